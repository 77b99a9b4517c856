package vn.lamchu.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's load client: HTTP/1.1 over one kept-alive socket per client thread, blocking, no more than the protocol
 * asks. The harness, the application and PostgreSQL share the machine's two cores, so a client that costs as much CPU as
 * the request it sends (as {@code java.net.http.HttpClient} did: about 0.4 ms a request, measured) would be measured as
 * the application's slowness; the raw JDBC inserts it is compared with cost their client almost nothing.
 */
final class PlainHttp implements AutoCloseable {

    record Response(int status, Map<String, String> headers, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    PlainHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends a request with a JSON body (or none when {@code json} is null) and reads the whole answer. */
    Response send(String method, String path, Map<String, String> headers, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: application/json\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        for (int attempt = 0; ; attempt++) {
            boolean fresh = socket == null;
            try {
                connect();
                out.write(request);   // one write: the head and the body in the same segment
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                // a kept-alive connection the server closed meanwhile: once more on a new one
                if (fresh || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
    }

    private Response read() throws IOException {
        String status = line();
        if (status.isEmpty()) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String l = line(); !l.isEmpty(); l = line()) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                all.write(in.readNBytes(size));
                line();
            }
            for (String l = line(); !l.isEmpty(); l = line()) {
                // trailers: none expected
            }
            body = all.toByteArray();
        } else {
            body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Response(code, headers, new String(body, StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);  // headers are ISO-8859-1
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
