package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.render.OfficePool;
import cn.jixiao.templates.render.PdfConverter;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import tools.jackson.databind.JsonNode;

/**
 * A district batch through the LibreOffice pool, with its one process killed mid-conversion: the batch
 * finishes with every document and no task failing once, the conversion was repeated once, and the
 * Prometheus endpoint shows the renderings, the restart and the retry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // its own queue, so the batch runs on this context's workers and its pool, not on another test context's
        properties = {"jixiao.pdf.pool-size=1", "jixiao.jobs.workers=2", "jixiao.jobs.key-prefix=jixiao:jobs:pdfpool-test"})
class PdfPoolBatchTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    PdfConverter converter;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anOfficeProcessKilledMidBatchCostsOneRetryAndTheMetricsShowIt() throws Exception {
        OfficePool pool = (OfficePool) converter;
        String slug = Slugs.unique("pdfpool");
        TenantId tenant = new TenantId(TestTenants.create(slug, "pdfpool-secret", "disclosures.read", "disclosures.write"));
        CurrentTenant.callAs(tenant, "test", () -> {
            SyntheticDistrict.generate(23, 2025, 3, 4, 12).forEach(d -> commands.create(d, Origin.demo(), "synthetic"));
            return null;
        });
        Api api = new Api(port);
        String token = api.token(slug + "-api", "pdfpool-secret");
        double retriesBefore = metric("jixiao_pdf_pool_retries_total");

        var started = api.send("POST", "/api/v1/document-batches", token, "{\"fiscalYear\":2025}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = started.headers().firstValue("Location").orElseThrow();

        // the pool starts with the batch's first PDF; kill its process while a conversion runs in it
        await("a conversion running").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                .until(() -> pool.stats().active() == 1 && !pool.processIds().isEmpty());
        Thread.sleep(300);
        Set<Long> victims = pool.processIds();
        assertThat(pool.stats().active()).as("still converting when killed").isEqualTo(1);
        victims.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));

        JsonNode job = await("batch finished").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofMillis(500))
                .until(() -> Api.json(api.get(progress, token).body()), j -> !j.get("status").asString().equals("RUNNING"));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("tasks")).hasSize(4);
        for (JsonNode task : job.get("tasks")) {
            // the job counts failed attempts: the killed conversion was repeated inside the task, which never failed
            assertThat(task.get("attempts").asInt()).as("failed attempts of %s", task.get("key")).isZero();
            var pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + task.get("result").get("pdf").asString()))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(pool.processIds()).as("a new process replaced the killed one").hasSize(1).doesNotContainAnyElementsOf(victims);

        String metrics = scrape();
        assertThat(metric(metrics, "jixiao_pdf_pool_retries_total") - retriesBefore).isEqualTo(1.0);
        assertThat(metric(metrics, "jixiao_pdf_pool_restarts_total")).isEqualTo(1.0);
        assertThat(metric(metrics, "jixiao_pdf_pool_conversions_total")).isEqualTo(4.0);
        assertThat(metric(metrics, "jixiao_pdf_pool_active")).isZero();
        assertThat(metric(metrics, "jixiao_pdf_pool_queued")).isZero();
        assertThat(metric(metrics, "jixiao_pdf_pool_size")).isEqualTo(1.0);
        for (String format : List.of("docx", "pdf", "html")) {
            assertThat(metric(metrics, "jixiao_render_seconds_count{document=\"department\",format=\"" + format + "\"}")).isEqualTo(3.0);
            assertThat(metric(metrics, "jixiao_render_seconds_count{document=\"volume\",format=\"" + format + "\"}")).isEqualTo(1.0);
        }
    }

    private double metric(String name) throws Exception {
        return metric(scrape(), name);
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of one sample line, name and labels exactly as given (labels in Prometheus' sorted order). */
    private static double metric(String scrape, String sample) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(sample) + "(?:\\{[^}]*\\})? (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("sample %s in the scrape", sample).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
