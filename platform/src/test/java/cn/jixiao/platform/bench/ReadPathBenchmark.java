package cn.jixiao.platform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;

/**
 * The authenticated JSON read {@code GET /api/v1/disclosures/202/2025} against nginx serving the same bytes, with
 * three probes that answer the same bytes from memory and so show what the stack itself allows
 * (docs/benchmarks.md, "Read path: what this stack allows"):
 * <ul>
 * <li>{@code tx}: behind the API's filter chain, bearer token and {@code @CanReadDisclosures}, after a read-only
 * transaction that only binds the tenant and runs {@code select 1};</li>
 * <li>{@code bare}: the same without the transaction;</li>
 * <li>{@code anonymous}: through the published pages' chain, no token, no method security.</li>
 * </ul>
 * wrk with the same threads, connections and duration for each, in interleaved rounds after a warm-up. Needs wrk
 * and nginx (Debian packages). Not run by surefire (its name): {@code -Dtest=ReadPathBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}, options {@code -Dbench.warmSeconds=60 -Dbench.rounds=3
 * -Dbench.seconds=10 -Dbench.connections=16}; prints lines starting {@code BENCH}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jixiao.security.access-token-ttl=60m") // one token for the whole run
@Import(ReadPathBenchmark.Probes.class)
class ReadPathBenchmark {

    private static final String READ = "/api/v1/disclosures/202/2025";
    private static final int WARM_SECONDS = Integer.getInteger("bench.warmSeconds", 60);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+(\\S+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+(\\S+)");

    /** The bytes the probes answer: the real read's, taken once at the start. */
    static volatile byte[] body;
    static volatile String etag;

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Test
    void theAuthenticatedReadAgainstNginxAndTheStacksOwnCeiling() throws Exception {
        assumeTrue(installed("wrk") && installed("nginx"), "wrk and nginx are needed (apt-get install wrk nginx)");
        String slug = Slugs.unique("readbench");
        TestTenants.withSeed(commands, slug, "read-secret", "disclosures.read");
        Api api = new Api(port);
        String token = api.token(slug + "-api", "read-secret");
        HttpResponse<String> read = api.get(READ, token);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        body = read.body().getBytes(StandardCharsets.UTF_8);
        etag = read.headers().firstValue("ETag").orElseThrow();
        for (String probe : List.of("/api/v1/bench/tx", "/api/v1/bench/bare")) {
            HttpResponse<String> answer = api.get(probe, token);
            assertThat(answer.statusCode()).as(probe + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).as(probe).isEqualTo(read.body());
        }
        HttpResponse<String> anonymous = api.get("/public/bench/anonymous", null);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/bench/bare", null).statusCode()).as("the probes need the token").isEqualTo(401);

        String local = "http://127.0.0.1:" + port;
        String bearer = "Authorization: Bearer " + token;
        Map<String, Target> targets = new LinkedHashMap<>();
        try (Nginx nginx = Nginx.serving(READ, body)) {
            targets.put("platform", new Target(local + READ, bearer));
            targets.put("tx", new Target(local + "/api/v1/bench/tx", bearer));
            targets.put("bare", new Target(local + "/api/v1/bench/bare", bearer));
            targets.put("anonymous", new Target(local + "/public/bench/anonymous", null));
            targets.put("nginx", new Target(nginx.url(READ), null));
            System.out.printf("BENCH %s %,d bytes, %d CPUs, load average %.2f; warm-up %d s (platform), then %d s each%n",
                    Instant.now(), body.length, Runtime.getRuntime().availableProcessors(), load(), WARM_SECONDS, WARM_SECONDS / 3);
            wrk(targets.get("platform"), WARM_SECONDS);
            for (String name : List.of("tx", "bare", "anonymous", "nginx")) {
                wrk(targets.get(name), Math.max(1, WARM_SECONDS / 3));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                Map<String, Result> results = new LinkedHashMap<>();
                for (var target : targets.entrySet()) {
                    results.put(target.getKey(), wrk(target.getValue(), SECONDS));
                }
                double nginxRate = results.get("nginx").rate();
                System.out.printf("BENCH round %d (load average %.2f)%n", round, load());
                results.forEach((name, r) -> System.out.printf("BENCH   %-9s %10.1f req/s  p50 %8s  p99 %8s  %5.1f %% of nginx%n",
                        name, r.rate(), r.p50(), r.p99(), 100 * r.rate() / nginxRate));
            }
        }
    }

    private static Result wrk(Target target, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + CONNECTIONS, "-d" + seconds + "s", "--latency"));
        if (target.header() != null) {
            command.addAll(List.of("-H", target.header()));
        }
        command.add(target.url());
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as("wrk saw only answers of 2xx: %s", output).doesNotContain("Non-2xx");
        return new Result(Double.parseDouble(group(RATE, output)), group(P50, output), group(P99, output));
    }

    private static String group(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in wrk's output: " + output);
        }
        return m.group(1);
    }

    private static boolean installed(String command) {
        for (String dir : List.of("/usr/bin", "/usr/sbin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A URL wrk loads, with the one header it sends ({@code null}: none). */
    record Target(String url, String header) {
    }

    record Result(double rate, String p50, String p99) {
    }

    /** The probes: the real read's bytes from memory, with as much of the read path as each one names. */
    @RestController
    static class Probes {

        private final DSLContext dsl;

        Probes(DSLContext dsl) {
            this.dsl = dsl;
        }

        @GetMapping("/api/v1/bench/tx")
        @CanReadDisclosures
        @Transactional(readOnly = true)
        ResponseEntity<byte[]> transaction() {
            dsl.selectOne().fetch();
            return answer();
        }

        @GetMapping("/api/v1/bench/bare")
        @CanReadDisclosures
        ResponseEntity<byte[]> bare() {
            return answer();
        }

        @GetMapping("/public/bench/anonymous")
        ResponseEntity<byte[]> anonymous() {
            return answer();
        }

        private static ResponseEntity<byte[]> answer() {
            return ResponseEntity.ok().eTag(etag).contentType(MediaType.APPLICATION_JSON).body(body);
        }
    }

    /** nginx with one worker serving the bytes at one path from its own prefix, stopped on close. */
    record Nginx(Path prefix, int port) implements AutoCloseable {

        static Nginx serving(String path, byte[] bytes) throws IOException, InterruptedException {
            // nginx's worker runs as nobody when started by root: the files must be readable by others
            Path prefix = Files.createTempDirectory("jixiao-read-bench-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
            Path file = prefix.resolve("html" + path);
            Files.createDirectories(file.getParent());
            Files.createDirectories(prefix.resolve("logs"));
            Files.write(file, bytes);
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Files.writeString(prefix.resolve("nginx.conf"), """
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log;
                    events { worker_connections 1024; }
                    http {
                      access_log off;
                      server {
                        listen 127.0.0.1:%2$d;
                        root %1$s/html;
                        default_type application/json;
                        location / { try_files $uri =404; }
                      }
                    }
                    """.formatted(prefix, port));
            Nginx nginx = new Nginx(prefix, port);
            nginx.run();
            return nginx;
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        private void run(String... signal) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("nginx", "-c", prefix + "/nginx.conf", "-p", prefix.toString()));
            command.addAll(List.of(signal));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as("nginx %s: %s", command, output).isZero();
        }

        @Override
        public void close() throws Exception {
            run("-s", "stop");
        }
    }
}
