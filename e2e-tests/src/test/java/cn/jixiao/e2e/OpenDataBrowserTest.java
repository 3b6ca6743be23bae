package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import cn.jixiao.infra.testing.TestHttp;

/**
 * Search and open data in Chromium: the demo department is published (submitted through the API,
 * approved and published in the browser), found from the search page, the result followed to the
 * project's anchor, the JSON, CSV and zip downloaded and checked byte by byte, and the search and
 * open data pages checked by axe-core.
 */
class OpenDataBrowserTest {

    private static PlatformProcess platform;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chrome.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        platform = PlatformProcess.start();
        assertThat(platform.awaitHealthy(Duration.ofMinutes(8))).as("platform started").isTrue();
        base = "http://127.0.0.1:" + platform.port;
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aPublishedDepartmentIsFoundReadAndDownloadedAsOpenData() throws Exception {
        submitTheFixedSeed();
        try (Chrome reviewer = signedIn("reviewer"); Chrome admin = signedIn("admin"); Chrome visitor = new Chrome()) {
            reviewer.open(base + "/app/review/202/2025");
            reviewer.click("#approve-disclosure");
            reviewer.awaitText("#notice", "已审核通过");
            admin.open(base + "/app/years/2025");
            admin.click("#dept-202 .publish");
            admin.awaitText("#notice", "部门 202 已公开");

            visitor.open(base + "/public/lunan/search");
            visitor.awaitText("h1", "搜索");
            visitor.assertAccessible();
            visitor.type("#q", "车辆");
            visitor.click("#search-button");
            visitor.awaitText("#results-heading", "共 1 项");
            assertThat(visitor.find("#results mark").getText()).isEqualTo("车辆");
            visitor.assertAccessible();
            visitor.click("#results h3 a");
            visitor.awaitText("body", "督查车辆租用经费");
            assertThat(visitor.url()).isEqualTo(base + "/public/lunan/2025/202#project-13020225P008969100011");

            visitor.open(base + "/public/lunan/search?q=%20");
            visitor.awaitText("#q-refusal", "请输入要搜索的内容");
            visitor.assertAccessible();

            visitor.open(base + "/public/lunan/opendata");
            visitor.awaitText("h1", "开放数据");
            assertThat(visitor.find("#licence-statement").getText()).contains("CC BY 4.0");
            assertThat(visitor.find("#zip-2025").getAttribute("href")).endsWith("/public/lunan/2025/opendata.zip");
            visitor.assertAccessible();

            // the public pages allow no script to fetch: the signed-in admin's page fetches the public files
            admin.open(base + "/app/years/2025");
            assertThat(fetch(admin, "/public/lunan/2025/202/data.json", "text"))
                    .startsWith("200 application/json").contains("\"fiscalYear\"", "2025", "督查车辆租用经费", "\"202\"");
            assertThat(fetch(admin, "/public/lunan/2025/202/indicators.csv", "bytes")).as("BOM, then the header")
                    .startsWith("200 text/csv").contains(" ef bb bf e5 b9 b4"); // 年 = e5 b9 b4
            assertThat(fetch(admin, "/public/lunan/2025/opendata.zip", "bytes")).startsWith("200 application/zip")
                    .contains(" 50 4b 03 04");
        }
    }

    /** Status, type and the body's text, or its first bytes in hex. */
    private static String fetch(Chrome chrome, String path, String as) {
        return (String) ((JavascriptExecutor) chrome.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
                  const head = r.status + ' ' + r.headers.get('content-type') + ' ';
                  if (arguments[1] === 'text') { done(head + new TextDecoder().decode(b)); return; }
                  done(head + Array.from(new Uint8Array(b).slice(0, 6)).map(x => x.toString(16).padStart(2, '0')).join(' '));
                })).catch(e => done('failed ' + e));
                """, base + path, as);
    }

    private static Chrome signedIn(String username) throws Exception {
        Chrome chrome = new Chrome();
        chrome.open(base + "/app");
        chrome.signIn("lunan", username, "jixiao-demo-pass");
        chrome.awaitText("h1", "唐山市路南区");
        return chrome;
    }

    /** The seed's known errors fixed through the API, then the disclosure submitted for review. */
    private static void submitTheFixedSeed() {
        DemoApi api = DemoApi.signIn(base);
        api.fixTheSeedsErrors(2025);
        api.move("202", 2025, "SUBMITTED");
    }
}
