package cn.jixiao.e2e;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jixiao.infra.testing.TestHttp;

/**
 * A person's browser without a screen: signs in through the whole flow (the page, the password form,
 * the code and PKCE redirects) following each redirect, keeping cookies. Every response is kept,
 * so a test can see which instance served each hop.
 */
final class SignIn {

    final TestHttp http;
    final java.util.List<HttpResponse<String>> responses = new java.util.ArrayList<>();

    SignIn(String base) {
        this.http = TestHttp.withCookies(base);
    }

    /** A demo user of district lunan signed in at {@code base}; returns the page the flow ends on. */
    static HttpResponse<String> through(String base, String username) {
        return new SignIn(base).signIn(username);
    }

    HttpResponse<String> signIn(String username) {
        HttpResponse<String> loginPage = follow(get("/app"));
        Map<String, String> form = new LinkedHashMap<>(Map.of("tenant", "lunan", "username", username, "password", "jixiao-demo-pass"));
        form.put("_csrf", TestHttp.csrf(loginPage.body()));
        return follow(keep(http.send(http.formRequest("/login", form).header("Accept", "text/html"))));
    }

    HttpResponse<String> get(String pathOrUrl) {
        return keep(http.send(http.request(pathOrUrl).header("Accept", "text/html")));
    }

    HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = get(current.headers().firstValue("Location").orElseThrow());
        }
        return current;
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        responses.add(response);
        return response;
    }
}
