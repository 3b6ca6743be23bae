package cn.jixiao.platform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.jixiao.infra.identity.PasswordHashing;

/**
 * What signing in costs (docs/benchmarks.md). Plain main, not run by surefire:
 * {@code hash [n]} — one password check with the platform's encoder (Argon2id) against bcrypt;
 * {@code token <base-url> <client> <secret> [n]} — client-credentials token requests against a running platform.
 */
public final class SignInBenchmark {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "hash" -> hash(args.length > 1 ? Integer.parseInt(args[1]) : 50);
            case "token" -> token(args[1], args[2], args[3], args.length > 4 ? Integer.parseInt(args[4]) : 100);
            default -> throw new IllegalArgumentException("hash | token");
        }
    }

    private static void hash(int n) {
        PasswordEncoder argon2 = PasswordHashing.encoder();
        PasswordEncoder bcrypt = new BCryptPasswordEncoder();
        String argonHash = argon2.encode("a-password-of-16");
        String bcryptHash = bcrypt.encode("a-password-of-16");
        report("argon2id matches", time(n, () -> argon2.matches("a-password-of-16", argonHash)));
        report("bcrypt(10) matches", time(n, () -> bcrypt.matches("a-password-of-16", bcryptHash)));
    }

    private static void token(String base, String client, String secret, int n) {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        report("client-credentials token", time(n, () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("token request failed: " + response.statusCode());
                }
                return response;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    /** Milliseconds of each of n runs, after n/5 warm-up runs. */
    private static List<Double> time(int n, Supplier<?> work) {
        for (int i = 0; i < Math.max(1, n / 5); i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis;
    }

    private static void report(String what, List<Double> millis) {
        System.out.printf("%-28s n=%d median %.1f ms, p90 %.1f ms, max %.1f ms%n", what, millis.size(),
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1));
    }
}
