package de.globallokal.bench;

import de.globallokal.core.json.Json;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap an open staff dashboard keeps, with its push connection, and whether it grows
 * while it stays open. Staff sign in headless (login form with its CSRF token), open
 * {@code /staff} (Vaadin's init request builds the UI), open the push WebSocket as the
 * client script does and send heartbeats like a browser. The slope of heap (after a full
 * GC, read with jcmd) over open dashboards is the retained heap per dashboard (target ≤ 1
 * MB). Then changes are made through the API for a while — each is pushed into every open
 * dashboard — and the heap is read again: a dashboard left open must not grow.
 */
public final class StaffDashboardHeapBenchmark {

    static final int BATCH = 10;
    static final int BATCHES = 3;
    static final double TARGET_KB = 1024;
    static final int FILL = 60;
    static final Duration SETTLE = Duration.ofSeconds(Long.getLong("settleSeconds", 150));

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private StaffDashboardHeapBenchmark() {
    }

    /** One open dashboard: its browser (cookies), UI id and push socket. */
    record Dashboard(HttpClient browser, int uiId, WebSocket push, AtomicLong pushed) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        long pid = Long.parseLong(args[1]);
        Path output = Path.of(args.length > 2 ? args[2] : "bench/target/bench-staff.json");
        int changes = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        List<Dashboard> open = new ArrayList<>();
        ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        heartbeats.scheduleAtFixedRate(() -> open.forEach(d -> heartbeat(base, d)), 10, 10, TimeUnit.SECONDS);
        try {
            // warm-up: classes loaded, caches filled
            open.addAll(openDashboards(base, 3));
            List<double[]> points = new ArrayList<>();
            points.add(new double[] { 0, SessionHeapBenchmark.usedHeapAfterGc(pid) });
            for (int batch = 1; batch <= BATCHES; batch++) {
                synchronized (open) {
                    open.addAll(openDashboards(base, BATCH));
                }
                points.add(new double[] { batch * BATCH, SessionHeapBenchmark.usedHeapAfterGc(pid) });
            }
            double slope = SessionHeapBenchmark.slopeOf(points);

            String token = token(base);
            String id = createPartnership(base, token);
            // first fill every open feed to its 50 lines, so what follows measures
            // growth, not filling
            for (int i = 1; i <= FILL; i++) {
                changePartnership(base, token, id, i);
            }
            Thread.sleep(5_000);
            double before = SessionHeapBenchmark.usedHeapAfterGc(pid);
            histogram(pid, output.resolveSibling("staff-histogram-before.txt"));
            long started = System.nanoTime();
            for (int i = FILL + 1; i <= FILL + changes; i++) {
                changePartnership(base, token, id, i);
            }
            // the last changes reach the projector and the pushes go out
            Thread.sleep(5_000);
            double after = SessionHeapBenchmark.usedHeapAfterGc(pid);
            histogram(pid, output.resolveSibling("staff-histogram-after.txt"));
            // still open, heartbeats going, no changes: what is only waiting for a timer
            // goes
            Thread.sleep(SETTLE.toMillis());
            double settled = SessionHeapBenchmark.usedHeapAfterGc(pid);
            histogram(pid, output.resolveSibling("staff-histogram-settled.txt"));
            double minutes = (System.nanoTime() - started) / 60e9;
            long pushed = open.stream().mapToLong(d -> d.pushed().get()).sum();

            SessionHeapBenchmark.printSlope("Retained heap per open staff dashboard with its push connection, "
                    + BATCHES + " × " + BATCH + " dashboards (plus 3 warm-up)", "dashboard", points, slope, TARGET_KB);
            double growth = (after - before) / open.size();
            double remaining = (settled - before) / open.size();
            System.out
                .printf("left open (feeds filled by %d changes first): %d more changes through the API in %.1f min,"
                        + " %d push messages received by %d dashboards in all; heap after GC %.1f → %.1f MiB, %.1f kB per"
                        + " dashboard (%s)%n", FILL, changes, minutes, pushed, open.size(), before / (1024 * 1024),
                        after / (1024 * 1024), growth / 1024,
                        growth / 1024 <= 10 ? "no growth" : "grows while changes arrive");
            System.out.printf(
                    "after %d s more, still open and beating: %.1f MiB, %.1f kB per dashboard above the start"
                            + " (%s)%n",
                    SETTLE.toSeconds(), settled / (1024 * 1024), remaining / 1024,
                    remaining / 1024 <= 10 ? "no growth" : "GROWS");
            if (pushed == 0) {
                System.out.println("WARNING: no push message arrived; the measurement did not include live updates");
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("points", points);
            json.put("kBPerDashboard", slope / 1024);
            json.put("changes", changes);
            json.put("pushMessages", pushed);
            json.put("heapBeforeChanges", before);
            json.put("heapAfterChanges", after);
            json.put("kBGrowthPerDashboard", growth / 1024);
            json.put("heapSettled", settled);
            json.put("kBRemainingPerDashboard", remaining / 1024);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, Json.strict().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        }
        finally {
            heartbeats.shutdownNow();
            open.forEach(d -> d.push().abort());
        }
    }

    static List<Dashboard> openDashboards(String base, int count) throws Exception {
        List<Dashboard> dashboards = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
            String login = browser
                .send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=globallokal-editor&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException(
                        "sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers().map());
            }
            VaadinVisit visit = VaadinVisit.open(browser, base, "staff");
            if (!visit.firstResponse().contains("gl-live")) {
                throw new IllegalStateException("no staff dashboard was built");
            }
            int uiId = visit.uiId();
            AtomicLong pushed = new AtomicLong();
            String ws = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                    + URLEncoder.encode(visit.pushId(), StandardCharsets.UTF_8)
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-atmo-protocol=true";
            WebSocket socket = browser.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    pushed.incrementAndGet();
                    webSocket.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            dashboards.add(new Dashboard(browser, uiId, socket, pushed));
        }
        return dashboards;
    }

    /** The classes on the heap by bytes, kept next to the results to explain a growth. */
    private static void histogram(long pid, Path file) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true)
            .start();
        Files.write(file, jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
    }

    /** What a browser sends every heartbeat interval, so Vaadin keeps the UI. */
    private static void heartbeat(String base, Dashboard dashboard) {
        try {
            dashboard.browser()
                .send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + dashboard.uiId()))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        catch (Exception e) {
            System.err.println("heartbeat failed: " + e);
        }
    }

    private static String token(String base) throws Exception {
        String basic = Base64.getEncoder().encodeToString("editor:globallokal-editor".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(base + "/api/token?audience=partnerships-service"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        return Json.tolerant().readTree(answer.body()).get("access_token").asText();
    }

    private static String createPartnership(String base, String token) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(base.replace(":8080", ":8081") + "/api/partnerships"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(0)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return Json.tolerant().readTree(created.body()).get("id").asText();
    }

    private static void changePartnership(String base, String token, String id, int version) throws Exception {
        HttpResponse<String> changed = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(base.replace(":8080", ":8081") + "/api/partnerships/" + id))
                .header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body(version)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (changed.statusCode() != 200) {
            throw new IllegalStateException("change " + version + " refused: " + changed.body());
        }
    }

    private static String body(int round) {
        return """
                {"partner":{"name":"Heap-Probe","country":"FR"},"kind":"FRIENDSHIP","status":"ACTIVE",
                 "description":{"de":"Änderung %d für die Messung"}}""".formatted(round);
    }

}
