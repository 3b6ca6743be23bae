package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The public portal in Chromium, on the demo district (2025 published, rolled forward and 2026
 * published too). One journey: district → year → department → 与上年相比, a search from the header
 * followed to the project's anchor, the DOCX/PDF downloads, the department's JSON and CSV and the
 * open data page, every page checked by axe-core; at 390 px (a phone) and 640 px (1280 px at 200 %)
 * the pages do not scroll sideways. The disclosure page in print media hides navigation, search and
 * downloads, borders its tables and starts each project on a new page (also in the printed PDF). The
 * widget is framed by the origin the admin lists (an HTTPS page on another port) and refused to a
 * page of any other origin.
 */
class PortalBrowserTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PDF = "application/pdf";

    private static PlatformProcess platform;
    private static String base;
    private static HttpsServer allowedSite;
    private static HttpServer otherSite;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chrome.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        platform = PlatformProcess.start();
        assertThat(platform.awaitHealthy(Duration.ofMinutes(8))).as("platform started").isTrue();
        base = "http://127.0.0.1:" + platform.port;
        byte[] framing = """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>区政府网站</title></head>
                <body><main><h1>区政府网站</h1><iframe id="widget" title="预算绩效目标最新公开" width="360" height="400"
                src="%s/public/lunan/widget"></iframe></main></body></html>
                """.formatted(base).getBytes(StandardCharsets.UTF_8);
        allowedSite = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        allowedSite.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (HttpServer server : List.of(allowedSite, otherSite)) {
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, framing.length);
                exchange.getResponseBody().write(framing);
                exchange.close();
            });
            server.start();
        }
        publishTwoYears();
    }

    /** 2025 published, rolled forward, 2026 published: the admin in the browser, the API submitting. */
    private static void publishTwoYears() throws Exception {
        DemoApi.signIn(base).fixTheSeedsErrors(2025);
        DemoApi.signIn(base).move("202", 2025, "SUBMITTED");
        try (Chrome admin = Chrome.signedIntoDemo(base, "admin")) {
            approveAndPublish(admin, 2025);
            admin.click("#roll-forward");
            admin.awaitText("h1", "2026 年度完成情况");
            DemoApi.signIn(base).move("202", 2026, "SUBMITTED");
            approveAndPublish(admin, 2026);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (HttpServer server : new HttpServer[] {allowedSite, otherSite}) {
            if (server != null) {
                server.stop(0);
            }
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void thePublicBrowsesSearchesReadsDownloadsAndTakesTheOpenData() throws Exception {
        try (Chrome visitor = new Chrome()) {
            // browse: the district, a year, a department
            visitor.open(base + "/public/lunan");
            visitor.awaitText("h1", "唐山市路南区 预算绩效目标公开");
            visitor.assertAccessible();
            visitor.click("#years a[href='/public/lunan/2026']");
            visitor.awaitText("h1", "2026 年度预算绩效目标");
            visitor.assertAccessible();
            assertThat(visitor.find("#dept-202 th[scope=row]").getText()).contains("督查室");
            assertThat(visitor.find("#dept-202 .units").getText()).contains("202001");
            assertDownload(visitor, "#volume a[href$='volume.pdf']", PDF, "%PDF");
            visitor.click("#dept-202 th a");
            visitor.awaitText("h1", "2026年度");
            visitor.assertAccessible();
            assertThat(visitor.driver.findElements(By.cssSelector("section.jx-project[id^='project-']"))).isNotEmpty();
            for (int width : new int[] {390, 640}) {
                visitor.driver.manage().window().setSize(new Dimension(width, 900));
                assertThat(visitor.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as("no horizontal scroll at %d px", width).isEqualTo(true);
            }
            visitor.driver.manage().window().setSize(new Dimension(1280, 900));
            visitor.click("#changes-link");
            visitor.awaitText("h1", "与上年相比");
            assertThat(visitor.find("#compared-years").getText()).contains("2025 年度与 2026 年度");
            visitor.assertAccessible();
            visitor.open(base + "/public/lunan/search?q=%20");
            visitor.awaitText("#q-refusal", "请输入要搜索的内容");
            visitor.assertAccessible();
            visitor.open(base + "/public/lunan/2025");
            visitor.assertAccessible();

            // search from the portal's header for a project name; the result leads to the project's anchor
            visitor.type("#portal-q", "督查车辆");
            visitor.click(".portal-search button");
            visitor.awaitText("#results-heading", "共");
            assertThat(visitor.find("#results mark").getText()).isEqualTo("督查车辆");
            visitor.assertAccessible();
            visitor.click("#results h3 a");
            visitor.awaitText("body", "督查车辆租用经费");
            assertThat(visitor.url()).matches(java.util.regex.Pattern.quote(base)
                    + "/public/lunan/20(25|26)/202#project-[0-9A-Za-z]+");
            String anchor = URI.create(visitor.url()).getFragment();
            assertThat(visitor.find("section.jx-project[id='" + anchor + "']").getText()).as("the result's project")
                    .contains("督查车辆租用经费");

            // read and download, from the page the result leads to: its DOCX and PDF, its JSON and CSV
            assertDownload(visitor, "#download-docx", DOCX, "PK\u0003\u0004");
            assertDownload(visitor, "#download-pdf", PDF, "%PDF");
            HttpResponse<byte[]> json = get(visitor.find("#downloads a[href$='/data.json']").getAttribute("href"));
            assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("\"fiscalYear\"", "督查车辆租用经费", "\"202\"");
            HttpResponse<byte[]> csv = get(visitor.find("#downloads a[href$='/indicators.csv']").getAttribute("href"));
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("utf-8");
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("BOM, then the header").startsWith("\uFEFF年");

            // open data: the district's files by year under its licence
            visitor.open(base + "/public/lunan/opendata");
            visitor.awaitText("h1", "开放数据");
            assertThat(visitor.find("#licence-statement").getText()).contains("CC BY 4.0");
            visitor.assertAccessible();
            HttpResponse<byte[]> zip = get(visitor.find("#zip-2025").getAttribute("href"));
            assertThat(zip.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
            assertThat(new String(zip.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("PK\u0003\u0004");
        }
    }

    @Test
    void onlyTheListedSiteFramesTheWidget() throws Exception {
        String allowedOrigin = "https://127.0.0.1:" + allowedSite.getAddress().getPort();
        try (Chrome admin = Chrome.signedIntoDemo(base, "admin")) {
            admin.open(base + "/app/settings/portal");
            admin.awaitText("h1", "公开网站设置");
            admin.assertAccessible();
            admin.type("#origins", "http://not-https.example.org");
            admin.click("#save-origins");
            admin.awaitText("#origins-errors", "不是网站来源");
            assertThat(admin.find("#origins").getAttribute("value")).as("kept as typed").isEqualTo("http://not-https.example.org");
            admin.type("#origins", allowedOrigin);
            admin.click("#save-origins");
            admin.awaitText("#notice", "1 个网站可以嵌入");
        }

        try (Chrome visitor = new Chrome("--ignore-certificate-errors")) {
            visitor.open(base + "/public/lunan/widget");
            visitor.awaitText("h1", "最新公开");
            visitor.assertAccessible();

            visitor.open(allowedOrigin + "/");
            visitor.awaitText("h1", "区政府网站");
            visitor.driver.switchTo().frame(visitor.find("#widget"));
            visitor.awaitText("#latest", "督查室");
            visitor.driver.switchTo().defaultContent();

            visitor.open("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");
            visitor.awaitText("h1", "区政府网站");
            visitor.driver.switchTo().frame(visitor.find("#widget"));
            Thread.sleep(2000); // the refused frame shows Chromium's error page instead; give it time to (not) load
            assertThat(visitor.driver.findElements(By.id("latest"))).as("refused to an unlisted origin").isEmpty();
            visitor.driver.switchTo().defaultContent();
        }
    }

    @Test
    void theDisclosurePagePrintsInTheOfficialLayout() throws Exception {
        try (Chrome visitor = new Chrome()) {
            visitor.open(base + "/public/lunan/2026/202");
            visitor.awaitText("h1", "2026年度");
            HasCdp cdp = (HasCdp) visitor.driver;
            List<String> hidden = List.of(".skip", ".portal-header", ".portal-search", ".crumbs", "#downloads", ".portal-footer");
            assertThat(displays(visitor, hidden)).as("on screen").doesNotContain("none");

            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(displays(visitor, hidden)).as("navigation, skip link, search form and downloads in print")
                    .containsOnly("none");
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = (Map<String, Object>) visitor.script("""
                    const s = getComputedStyle(document.querySelector('section.jx-project table td'));
                    return {style: s.borderTopStyle, width: s.borderTopWidth, left: s.borderLeftStyle, color: s.borderTopColor};""");
            assertThat(cell).as("a project table's cell").containsEntry("style", "solid").containsEntry("left", "solid")
                    .containsEntry("color", "rgb(0, 0, 0)");
            assertThat((String) cell.get("width")).isNotEqualTo("0px");
            @SuppressWarnings("unchecked")
            List<String> breaks = (List<String>) visitor.script("""
                    return Array.from(document.querySelectorAll('section.jx-project'))
                      .map(s => getComputedStyle(s).breakBefore);""");
            assertThat(breaks).as("the project sections").hasSizeGreaterThan(1);
            assertThat(breaks.subList(1, breaks.size())).as("each project after the first on a new page").containsOnly("page");

            @SuppressWarnings("unchecked")
            Map<String, Object> pdf = (Map<String, Object>) cdp.executeCdpCommand("Page.printToPDF",
                    Map.of("printBackground", false, "preferCSSPageSize", true));
            Path file = Files.createTempFile("portal-print-", ".pdf");
            try {
                Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
                assertThat(pages(file)).as("the printed disclosure's pages").isGreaterThanOrEqualTo(breaks.size());
                String text = ServiceProcesses.run(List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
                assertThat(text).contains("督查车辆租用经费").doesNotContain("跳到正文", "下载 Word 文档", "搜索项目");
            } finally {
                Files.deleteIfExists(file);
            }

            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            assertThat(displays(visitor, hidden)).as("on screen again").doesNotContain("none");
        }
    }

    /** The computed {@code display} of each element. */
    @SuppressWarnings("unchecked")
    private static List<String> displays(Chrome browser, List<String> selectors) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return arguments[0].map(c => getComputedStyle(document.querySelector(c)).display);", selectors);
    }

    private static int pages(Path pdf) throws Exception {
        return ServiceProcesses.run(List.of("pdfinfo", pdf.toString())).lines().filter(l -> l.startsWith("Pages:"))
                .map(l -> Integer.parseInt(l.substring("Pages:".length()).trim())).findFirst().orElseThrow();
    }

    /** The admin approves the submitted disclosure of dept 202 on the review page and publishes it from the year board. */
    private static void approveAndPublish(Chrome admin, int year) {
        admin.open(base + "/app/review/202/" + year);
        admin.click("#approve-disclosure");
        admin.awaitText("#notice", "已审核通过");
        admin.open(base + "/app/years/" + year);
        admin.click("#dept-202 .publish");
        admin.awaitText("#notice", "部门 202 已公开");
    }

    /**
     * Follows the link's address as the browser would download it and checks the type and first bytes.
     * Not with fetch() inside the page: the portal's policy allows the page no connections at all.
     */
    private static void assertDownload(Chrome browser, String linkCss, String type, String magic) throws Exception {
        String href = browser.find(linkCss).getAttribute("href");
        HttpResponse<byte[]> response = get(href);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as("the type of %s", href).startsWith(type);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(new String(response.body(), 0, 4, StandardCharsets.ISO_8859_1)).as("the bytes of %s", href).isEqualTo(magic);
    }

    /** A public address as anyone fetches it (no cookies needed); 200 or the test fails. */
    private static HttpResponse<byte[]> get(String href) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("the download of %s", href).isEqualTo(200);
        return response;
    }

    /** A throwaway certificate for 127.0.0.1 (the JDK's keytool), so the allowed site is an https origin. */
    private static SSLContext selfSigned() throws Exception {
        Path dir = Files.createTempDirectory("portal-tls-");
        Path store = dir.resolve("site.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1").inheritIO().start();
        if (keytool.waitFor() != 0) {
            throw new IOException("keytool failed");
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }
}
