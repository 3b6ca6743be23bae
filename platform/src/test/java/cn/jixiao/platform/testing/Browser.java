package cn.jixiao.platform.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jixiao.infra.testing.TestHttp;

/**
 * A browser without a screen: keeps cookies, follows redirects one at a time (so tests can look at
 * each hop), reads the CSRF token out of forms. Talks to 127.0.0.1, like a developer's browser.
 */
public final class Browser {

    private final TestHttp http;

    public Browser(int port) {
        this.http = TestHttp.withCookies("http://127.0.0.1:" + port);
    }

    public String base() {
        return http.base();
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return http.send(http.request(pathOrUrl).GET().header("Accept", "text/html"));
    }

    /** A download as its bytes (images, documents). */
    public HttpResponse<byte[]> download(String pathOrUrl) {
        return http.send(http.request(pathOrUrl).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post; {@code fields} as the form would send them (add {@code _csrf} yourself, or use {@link #submit}). */
    public HttpResponse<String> post(String pathOrUrl, Map<String, String> fields) {
        return http.send(http.formRequest(pathOrUrl, fields).header("Accept", "text/html"));
    }

    /** Posts a form with the CSRF token found on {@code page}. */
    public HttpResponse<String> submit(HttpResponse<String> page, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", TestHttp.csrf(page.body()));
        return post(action, all);
    }

    /** Posts a form as htmx does (header {@code HX-Request}), with the CSRF token found on {@code page}. */
    public HttpResponse<String> htmx(HttpResponse<String> page, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", TestHttp.csrf(page.body()));
        return http.send(http.formRequest(action, all).header("Accept", "text/html").header("HX-Request", "true"));
    }

    /** Posts a form whose fields repeat a name (rows of paragraphs), in order, with the CSRF token found on {@code page}. */
    public HttpResponse<String> submitRepeated(HttpResponse<String> page, String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", TestHttp.csrf(page.body())));
        String form = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(http.request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A multipart form post with one file, as a browser sends an upload form. */
    public HttpResponse<String> upload(HttpResponse<String> page, String action, Map<String, String> fields,
                                       String fileField, String fileName, byte[] content) {
        String boundary = "----jixiao" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", TestHttp.csrf(page.body()));
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.request(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Follows redirects from {@code response} until a page answers. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            current = get(current.headers().firstValue("Location").orElseThrow());
        }
        return current;
    }

    public String sessionId() {
        return http.cookie("SESSION");
    }

    /** Signs in as a district user through the whole code + PKCE flow; returns the page it lands on. */
    public HttpResponse<String> login(String tenant, String username, String password) {
        HttpResponse<String> loginPage = follow(get("/app"));
        return follow(submit(loginPage, "/login", Map.of("tenant", tenant, "username", username, "password", password)));
    }
}
