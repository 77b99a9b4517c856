package vn.lamchu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the case statistics API ({@code GET /api/v1/statistics/cases}) for a commune-year (the demo commune Xã Tân
 * Phú, unit TP) and a province-year (the root unit HA), both for the current (latest) year, for the scale benchmark.
 * The bearer should belong to a province-level account (quantri, lanhdao.tinh, kiemtoan): an account whose scope does
 * not reach a unit gets 404 there, and then the probe measures the account's own unit instead (for xuly.tp: TP-VP,
 * where the commune's letters are handled) or reports the province as out of scope.
 */
public final class StatisticsProbe {

    private StatisticsProbe() {
    }

    /**
     * @param bearer  the Authorization value ("Bearer lc_…", or just the token)
     * @param samples timed calls per figure (after a warm-up of a tenth of them, at least one)
     * @return {@code commune} and {@code province}: each {@code unit}, {@code p50ms}, {@code p95ms}, {@code maxms},
     *         {@code samples}, or {@code error} when the API did not answer 200
     */
    public static Map<String, Object> measure(HttpClient http, String baseUrl, String bearer, int samples) {
        String authorization = bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer;
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> commune = time(http, base, authorization, "TP", samples);
        if (commune.containsKey("error")) {
            commune = time(http, base, authorization, "", samples);
        }
        out.put("commune", commune);
        out.put("province", time(http, base, authorization, "HA", samples));
        return out;
    }

    /** Stand-alone: {@code java -cp target/test-classes vn.lamchu.bench.StatisticsProbe http://localhost:8091 lc_… 50}. */
    public static void main(String[] args) {
        System.out.println(measure(HttpClient.newHttpClient(), args[0], args[1], Integer.parseInt(args[2])));
    }

    private static Map<String, Object> time(HttpClient http, String base, String authorization, String unit,
                                            int samples) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", unit.isEmpty() ? "(own unit)" : unit);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/statistics/cases"
                        + (unit.isEmpty() ? "" : "?unit=" + unit)))
                .header("Authorization", authorization).timeout(Duration.ofMinutes(1)).build();
        try {
            for (int i = 0; i < Math.max(1, samples / 10); i++) {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    out.put("error", r.statusCode() + " " + r.body());
                    return out;
                }
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < Math.max(1, samples); i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.discarding());
                millis.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(millis);
            out.put("p50ms", round(millis.get(millis.size() / 2)));
            out.put("p95ms", round(millis.get((int) Math.ceil(millis.size() * 0.95) - 1)));
            out.put("maxms", round(millis.get(millis.size() - 1)));
            out.put("samples", millis.size());
        } catch (java.io.IOException e) {
            out.put("error", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.put("error", e.toString());
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
