package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DocxText;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import tools.jackson.databind.JsonNode;

/** Publication documents over HTTP: the demo department in three formats, cached by content, and a district batch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DocumentRenderers renderers;

    @Autowired
    DisclosureCommands commands;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoDepartmentDownloadsAsDocxPdfAndHtmlRenderedOnce() throws Exception {
        Api api = new Api(port);
        String token = api.token("lunan-api", "lunan-demo-secret");

        var docx = download("/api/v1/disclosures/202/2025/document.docx", token);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("wordprocessingml"));
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(DocxText.documentXml(docx.body())).contains("督查车辆租用经费", "第一部分", "≤38万元");

        var html = download("/api/v1/disclosures/202/2025/document.html", token);
        assertThat(html.statusCode()).isEqualTo(200);
        String page = new String(html.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("lang=\"zh-CN\"", "区12345政务服务便民热线整合优化工作经费", "scope=\"col\"");

        var pdf = download("/api/v1/disclosures/202/2025/document.pdf", token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        long before = renderers.renderings.get();
        var again = download("/api/v1/disclosures/202/2025/document.pdf", token);
        assertThat(again.body()).isEqualTo(pdf.body());
        assertThat(download("/api/v1/disclosures/202/2025/document.docx", token).body()).isEqualTo(docx.body());
        assertThat(renderers.renderings.get()).as("asking again renders nothing").isEqualTo(before);
        assertThat(again.headers().firstValue("ETag")).isEqualTo(pdf.headers().firstValue("ETag"));

        assertThat(download("/api/v1/disclosures/202/2025/document.odt", token).statusCode()).isEqualTo(404);
        assertThat(download("/api/v1/disclosures/202/2025/document.docx", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aDistrictBatchRendersEveryDepartmentAndTheVolumeAndIsNotRepeatedWhenAskedAgain() throws Exception {
        String slug = Slugs.unique("batch");
        TenantId tenant = new TenantId(TestTenants.create(slug, "batch-secret", "disclosures.read", "disclosures.write"));
        List<Disclosure> district = SyntheticDistrict.generate(11, 2025, 3, 4, 6);
        CurrentTenant.callAs(tenant, "test", () -> {
            district.forEach(d -> commands.create(d, Origin.demo(), "synthetic"));
            return null;
        });
        Api api = new Api(port);
        String token = api.token(slug + "-api", "batch-secret");

        long start = renderers.renderings.get();
        JsonNode job = runBatch(api, token);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("total").asInt()).isEqualTo(4);
        assertThat(job.get("tasks").findValuesAsString("key")).containsExactly("100", "101", "102", "volume");
        assertThat(renderers.renderings.get() - start).as("each department's three documents and the volume's, once each")
                .isEqualTo(3 * 3 + 3);
        for (JsonNode task : job.get("tasks")) {
            for (String format : List.of("docx", "pdf", "html")) {
                var file = download(task.get("result").get(format).asString(), token);
                assertThat(file.statusCode()).as("%s %s", task.get("key"), format).isEqualTo(200);
                assertThat(file.body().length).isGreaterThan(1000);
            }
        }
        var volume = download(job.get("tasks").get(3).get("result").get("html").asString(), token);
        assertThat(new String(volume.body(), StandardCharsets.UTF_8)).contains("虚构第1部门", "虚构第3部门");
        // the volume task's PDF is the department tasks' stored PDFs bound together
        List<byte[]> departmentPdfs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            departmentPdfs.add(download(job.get("tasks").get(i).get("result").get("pdf").asString(), token).body());
        }
        BoundVolume.assertBoundFrom(download(job.get("tasks").get(3).get("result").get("pdf").asString(), token).body(),
                district.stream().map(d -> d.department().name()).toList(), departmentPdfs);

        long before = renderers.renderings.get();
        JsonNode second = runBatch(api, token);
        assertThat(second.get("status").asString()).isEqualTo("DONE");
        assertThat(renderers.renderings.get()).as("same content, nothing rendered again").isEqualTo(before);
    }

    @Test
    void simultaneousRequestsForANewDocumentRenderItOnce() throws Exception {
        String slug = Slugs.unique("race");
        TenantId tenant = new TenantId(TestTenants.create(slug, "race-secret", "disclosures.read"));
        CurrentTenant.callAs(tenant, "test", () -> commands.create(cn.jixiao.platform.demo.DemoSeed.disclosure(), Origin.demo(), "seed"));
        String token = new Api(port).token(slug + "-api", "race-secret");

        long before = renderers.renderings.get();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<HttpResponse<byte[]>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> download("/api/v1/disclosures/202/2025/document.docx", token)));
            }
            byte[] first = null;
            for (var call : calls) {
                HttpResponse<byte[]> response = call.get();
                assertThat(response.statusCode()).isEqualTo(200);
                first = first == null ? response.body() : first;
                assertThat(response.body()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(renderers.renderings.get() - before).as("six simultaneous requests, one rendering").isEqualTo(1);
    }

    @Test
    void aDistrictsOwnCoverTitleAndFooterAreUsedWithoutCode() throws Exception {
        String slug = Slugs.unique("look");
        TenantId tenant = new TenantId(TestTenants.create(slug, "look-secret", "disclosures.read", "disclosures.write"));
        CurrentTenant.callAs(tenant, "test", () -> commands.create(cn.jixiao.platform.demo.DemoSeed.disclosure(), Origin.demo(), "seed"));
        Api api = new Api(port);
        String token = api.token(slug + "-api", "look-secret");
        var before = download("/api/v1/disclosures/202/2025/document.docx", token);

        var put = api.send("PUT", "/api/v1/document-settings", token,
                "{\"titleOverride\": \"2025年度部门预算绩效目标公开\", \"footerText\": \"测试区财政局发布\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        var after = download("/api/v1/disclosures/202/2025/document.docx", token);

        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        String xml = DocxText.documentXml(after.body());
        assertThat(xml).contains("2025年度部门预算绩效目标公开");
        assertThat(entries(after.body(), "word/footer")).contains("测试区财政局发布");
        assertThat(api.send("PUT", "/api/v1/document-settings", token, "{\"logoPngBase64\": \"bm90IGEgcG5n\"}").statusCode())
                .as("a logo that is not a PNG").isEqualTo(422);
    }

    private JsonNode runBatch(Api api, String token) {
        var started = api.send("POST", "/api/v1/document-batches", token, "{\"fiscalYear\":2025}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = started.headers().firstValue("Location").orElseThrow();
        return await("batch finished").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.json(api.get(progress, token).body()), job -> !job.get("status").asString().equals("RUNNING"));
    }

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** All zip entries whose names start with the prefix, concatenated. */
    private static String entries(byte[] docx, String prefix) throws Exception {
        StringBuilder text = new StringBuilder();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(prefix)) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }
}
