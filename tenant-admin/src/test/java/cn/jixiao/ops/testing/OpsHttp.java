package cn.jixiao.ops.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import cn.jixiao.infra.testing.TestHttp;

/**
 * A real HTTP client of the running tenant-admin: the API with HTTP Basic, or the console as a
 * browser would use it (its own cookie jar, no redirects followed so tests see them).
 */
public final class OpsHttp {

    private final TestHttp http;

    public OpsHttp(int port) {
        this.http = TestHttp.withCookies(TestHttp.localhost(port));
    }

    public HttpResponse<String> api(String method, String path, String json) {
        return api(method, path, json, OpsTestServices.OPERATOR, OpsTestServices.PASSWORD);
    }

    public HttpResponse<String> api(String method, String path, String json, String username, String password) {
        var request = http.jsonRequest(method, path, json);
        if (username != null) {
            request.header("Authorization", TestHttp.basic(username, password));
        }
        return http.send(request);
    }

    public HttpResponse<String> get(String path) {
        return http.send(http.request(path).GET());
    }

    /** A form POST with this client's cookies; {@code csrf} null sends no token. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String csrf) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        return http.send(http.formRequest(path, all));
    }

    /** The CSRF token of the form on a page. */
    public String csrfOf(String path) {
        return TestHttp.csrf(get(path).body());
    }

    /** Logs in through the login form; returns the response (a redirect). */
    public HttpResponse<String> login(String username, String password) {
        return postForm("/login", Map.of("username", username, "password", password), csrfOf("/login"));
    }

    public String sessionId() {
        return http.cookie("JIXIAO_OPS_SESSION");
    }

    public static JsonNode json(String body) {
        return TestHttp.json(body);
    }
}
