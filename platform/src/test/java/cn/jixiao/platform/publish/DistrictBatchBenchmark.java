package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import tools.jackson.databind.JsonNode;

/**
 * The district batch through the platform (docs/benchmarks.md, "Through the platform, quiet machine"): the
 * synthetic district (80 departments, 1,500 projects) stored as a district's 2025 disclosures, then
 * {@code POST /api/v1/document-batches} and the job polled until it ends, on the platform's own workers and
 * LibreOffice pool with their defaults (2 and 2), the pool started by the batch's first PDF as in production.
 * Not run by surefire (its name): {@code -Dtest=DistrictBatchBenchmark}; prints lines starting {@code BENCH}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.pdf.pool-size=2", "jixiao.jobs.workers=2", "jixiao.jobs.key-prefix=jixiao:jobs:batch-bench"})
class DistrictBatchBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    private static final int WARM_BATCHES = Integer.getInteger("bench.warmBatches", 3);

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * Districts with the same content, each batched once: the first batch in this JVM (it starts the pool, the JIT
     * still compiling the paths), then warm ones.
     */
    @Test
    void theSyntheticDistrictsBatchFirstThenWarm() throws Exception {
        Api api = new Api(port);
        List<String> districts = new ArrayList<>();
        for (int i = 0; i <= WARM_BATCHES; i++) {
            districts.add(district(api, "batchbench-" + i));
        }
        batch(api, districts.get(0), "first batch in this JVM (pool started by it)");
        for (int i = 1; i <= WARM_BATCHES; i++) {
            batch(api, districts.get(i), "warm batch " + i + " (another district, same JVM and pool)");
        }
    }

    /** A district holding the synthetic 2025 disclosures; returns its API token. */
    private String district(Api api, String prefix) {
        String slug = Slugs.unique(prefix);
        TenantId tenant = new TenantId(TestTenants.create(slug, "batch-secret", "disclosures.read", "disclosures.write"));
        CurrentTenant.callAs(tenant, "bench", () -> {
            SyntheticDistrict.generate(42, 2025).forEach(d -> commands.create(d, Origin.demo(), "synthetic"));
            return null;
        });
        return api.token(slug + "-api", "batch-secret");
    }

    private void batch(Api api, String token, String name) throws Exception {
        System.out.printf("BENCH %s %s: %d CPUs, load average %.2f before%n", Instant.now(), name,
                Runtime.getRuntime().availableProcessors(), load());
        long start = System.nanoTime();
        var started = api.send("POST", "/api/v1/document-batches", token, "{\"fiscalYear\":2025}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = started.headers().firstValue("Location").orElseThrow();
        JsonNode job = await("batch finished").atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.json(api.get(progress, token).body()), j -> !j.get("status").asString().equals("RUNNING"));
        double seen = (System.nanoTime() - start) / 1e9;

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("tasks")).hasSize(81);
        Duration server = Duration.between(OffsetDateTime.parse(job.get("createdAt").asString()),
                OffsetDateTime.parse(job.get("finishedAt").asString()));
        JsonNode volume = job.get("tasks").valueStream()
                .filter(t -> t.get("key").asString().equals(DocumentBatches.VOLUME_TASK)).findFirst().orElseThrow();
        var pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + volume.get("result").get("pdf").asString()))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        System.out.printf("BENCH %s: %d tasks DONE, %.1f s from the request to the job's end as the client saw it,"
                        + " %.1f s from the job's creation to its end (server); volume PDF %,d bytes; load average %.2f after%n",
                name, job.get("tasks").size(), seen, server.toMillis() / 1e3, pdf.body().length, load());
        String pdfLink = volume.get("result").get("pdf").asString(); // /api/v1/documents/{content key}.pdf
        timeline(job.get("id").asString(), pdfLink.substring(pdfLink.lastIndexOf('/') + 1, pdfLink.lastIndexOf('.')));
    }

    /** When, after the job's creation, the departments and the volume ended, and the last documents were stored. */
    private static void timeline(String jobId, String volumeKey) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.get().jdbcUrl(), "postgres", "");
             PreparedStatement q = c.prepareStatement("""
                     select 'tasks ' || case when t.task_key = 'volume' then 'volume' else 'departments' end, count(*),
                            extract(epoch from min(t.updated_at) - j.created_at), extract(epoch from max(t.updated_at) - j.created_at)
                     from job j join job_task t on t.tenant_id = j.tenant_id and t.job_id = j.id where j.id = ?::uuid
                     group by 1, j.created_at
                     union all
                     select 'stored ' || d.format || case when d.content_key = ? then ' (volume)' else '' end, count(*),
                            extract(epoch from min(d.created_at) - j.created_at), extract(epoch from max(d.created_at) - j.created_at)
                     from job j join rendered_document d on d.tenant_id = j.tenant_id and d.created_at >= j.created_at
                     where j.id = ?::uuid group by 1, j.created_at order by 4""")) {
            q.setString(1, jobId);
            q.setString(2, volumeKey);
            q.setString(3, jobId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("BENCH   %-28s %3d  first %6.1f s  last %6.1f s after the job's creation%n",
                            rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4));
                }
            }
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
