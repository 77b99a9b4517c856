package vn.lamchu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Làm Chủ process started from the packaged jar as an operator starts it ({@code java -Xmx512m -jar
 * target/lamchu.jar}, settings in the environment), for the benchmarks that stop, kill and restart nodes. Its output
 * goes to {@code dataDir/server.log}, appended across restarts.
 */
final class AppNode {

    private static final Pattern TOKEN = Pattern.compile("lc_[A-Za-z0-9_-]{20,}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Path JAR = Path.of("target/lamchu.jar").toAbsolutePath();

    /**
     * The Java that runs the harness also runs the nodes and the jar's commands, so the JSON's {@code java} names the
     * runtime that was measured (a plain {@code java} would be whatever comes first on the PATH).
     */
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    final String name;
    final int port;
    final Path dataDir;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final String heap;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private Process process;
    private Instant readyAt;

    AppNode(String name, int port, Path dataDir, String heap, Map<String, String> environment) {
        this.name = name;
        this.port = port;
        this.dataDir = dataDir.toAbsolutePath();
        this.heap = heap;
        this.environment.putAll(environment);
        this.environment.put("LAMCHU_DATA_DIR", this.dataDir.toString());
        this.environment.put("LAMCHU_PORT", String.valueOf(port));
    }

    static Path jar() {
        return JAR;
    }

    /** Starts the node and waits until its health endpoint answers; returns the seconds that took. */
    double start() throws Exception {
        Files.createDirectories(dataDir);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-Xmx" + heap, "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        while (System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting: see " + log());
            }
            try {
                if (http.send(request("/actuator/health").build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    readyAt = Instant.now();
                    return (System.nanoTime() - start) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(name + " did not start within 5 minutes: see " + log());
    }

    /** {@code kill -9}: the JVM gets no chance to close anything; returns when the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** An orderly stop (SIGTERM), forced after a minute. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Runs a command of the jar ({@code generate-cases} …) with this node's settings; fails the test if it fails. */
    void command(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("command.log").toFile()));
        builder.environment().putAll(environment);
        assertThat(builder.start().waitFor()).as(arguments[0] + ", see " + dataDir.resolve("command.log")).isZero();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Instant readyAt() {
        return readyAt;
    }

    Path log() {
        return dataDir.resolve("server.log");
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(15));
    }

    /** Signs in through the login form and issues a personal API token on the account page, as a user would. */
    String token(String user) throws Exception {
        return token(this::request, user);
    }

    /**
     * Signs {@code user} in through the login form of the node that {@code request} addresses and issues a personal
     * API token on the account page, as a user would.
     */
    static String token(Function<String, HttpRequest.Builder> request, String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(request.apply("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        browser.send(form(request, "/login", Map.of("username", user, "password", "LamChu@2026", "_csrf", csrf(login))),
                HttpResponse.BodyHandlers.discarding());
        String account = browser.send(request.apply("/account").build(), HttpResponse.BodyHandlers.ofString()).body();
        String after = browser.send(form(request, "/account/tokens", Map.of("name", "benchmark " + Instant.now(),
                "_csrf", csrf(account))), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = TOKEN.matcher(after);
        assertThat(token.find()).as("a token on the account page").isTrue();
        return token.group();
    }

    private static HttpRequest form(Function<String, HttpRequest.Builder> request, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return request.apply(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
