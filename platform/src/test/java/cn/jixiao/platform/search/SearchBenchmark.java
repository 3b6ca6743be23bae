package cn.jixiao.platform.search;

import static cn.jixiao.infra.jooq.Tables.SEARCH_ENTRY;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jooq.Condition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.workflow.PublicationChanged;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.synthetic.SyntheticDistrict;

/**
 * Portal search on the synthetic district (80 departments, 1,500 projects, ~20k indicators) for
 * three years, indexed as the publication listener does (docs/benchmarks.md). Not run by surefire
 * (its name): {@code -Dtest=SearchBenchmark}. Compares, on the same table and the same grouped
 * query, the bigram GIN index (what the search uses) with a pg_trgm GIN index on the text, then
 * measures the search page end to end over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBenchmark {

    private static final List<String> QUERIES = List.of("费", "培训", "设备", "合格", "虚构", "信息化建设", "按时完成率",
            "办公设备购置", "p0", "不存在的词语");
    private static final int WARMUP = 5;
    private static final int RUNS = 40;

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    SearchEntries entries;

    @Autowired
    PlatformTransactionManager txManager;

    @Test
    void bigramsAgainstTrigramsAndThePage() throws Exception {
        String slug = Slugs.unique("searchbench");
        TenantId tenant = new TenantId(TestTenants.create(slug, "bench-secret", "disclosures.read"));
        TransactionTemplate tx = new TransactionTemplate(txManager);
        long started = System.nanoTime();
        int rows = 0;
        for (int year : new int[] {2024, 2025, 2026}) {
            for (Disclosure d : SyntheticDistrict.generate(20261207L, year)) {
                CurrentTenant.callAs(tenant, "bench", () -> commands.create(d, Origin.demo(), "synthetic"));
                CurrentTenant.callAs(tenant, "bench", () -> tx.execute(s -> {
                    var revision = queries.currentRevision(d.department().code(), d.fiscalYear()).orElseThrow();
                    indexer.on(new PublicationChanged(tenant, revision.disclosureId(), d.department().code(), d.fiscalYear(),
                            revision.number(), PublicationKind.PUBLISHED));
                    return null;
                }));
            }
        }
        long indexed = System.nanoTime();
        try (Connection c = TestDatabase.get().ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create index if not exists search_entry_trgm_bench_idx on search_entry using gin (body extensions.gin_trgm_ops)");
            s.execute("analyze search_entry");
            try (ResultSet r = s.executeQuery("select pg_size_pretty(pg_relation_size('search_entry_grams_idx')),"
                    + " pg_size_pretty(pg_relation_size('search_entry_trgm_bench_idx')), pg_size_pretty(pg_relation_size('search_entry'))")) {
                r.next();
                rows = CurrentTenant.callAs(tenant, "bench", () -> tx.execute(t -> entries.dsl().fetchCount(SEARCH_ENTRY)));
                System.out.printf("BENCH rows=%d grams_idx=%s trgm_idx=%s table=%s%n", rows, r.getString(1), r.getString(2),
                        r.getString(3));
            }
        }
        System.out.printf("BENCH created+indexed 240 disclosures in %.1f s%n", (indexed - started) / 1e9);

        Map<String, Function<String, Condition>> approaches = new LinkedHashMap<>();
        approaches.put("bigram", SearchEntries::matches);
        approaches.put("pg_trgm", q -> SEARCH_ENTRY.BODY.likeIgnoreCase(
                "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%", '!'));
        Map<String, List<Double>> all = new LinkedHashMap<>();
        for (String q : QUERIES) {
            String normalized = Grams.normalize(q);
            Map<String, Long> totals = new LinkedHashMap<>();
            for (var a : approaches.entrySet()) {
                Condition condition = a.getValue().apply(normalized);
                Supplier<SearchEntries.Page> run = () -> CurrentTenant.callAs(tenant, "bench",
                        () -> tx.execute(s -> entries.search(condition, 0, PublicSearch.PAGE_SIZE)));
                List<Double> ms = time(run);
                all.computeIfAbsent(a.getKey(), k -> new ArrayList<>()).addAll(ms);
                totals.put(a.getKey(), run.get().total());
                System.out.printf("BENCH %-8s q=%-8s results=%5d p50=%7.1f ms p95=%7.1f ms plan=%s%n", a.getKey(), q,
                        totals.get(a.getKey()), pct(ms, 50), pct(ms, 95), plan(tenant.value(), condition));
            }
            if (totals.values().stream().distinct().count() != 1) {
                throw new AssertionError("approaches disagree on " + q + ": " + totals);
            }
        }
        all.forEach((k, ms) -> System.out.printf("BENCH %-8s all queries p50=%.1f ms p95=%.1f ms%n", k, pct(ms, 50), pct(ms, 95)));

        try (Connection c = TestDatabase.get().ownerDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop index search_entry_trgm_bench_idx");
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Double> page = new ArrayList<>();
        for (String q : QUERIES) {
            URI uri = URI.create("http://localhost:" + port + "/public/" + slug + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            page.addAll(time(() -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(q + ": " + r.statusCode());
                    }
                    return r;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        System.out.printf("BENCH page /public/{slug}/search (HTTP, rendered) %d requests p50=%.1f ms p95=%.1f ms p99=%.1f ms%n",
                page.size(), pct(page, 50), pct(page, 95), pct(page, 99));
    }

    private String plan(UUID tenant, Condition condition) {
        return CurrentTenant.callAs(new TenantId(tenant), "bench", () -> new TransactionTemplate(txManager).execute(s -> {
            var dsl = entries.dsl();
            String text = dsl.explain(dsl.selectCount().from(SEARCH_ENTRY).where(condition)).plan();
            if (text.contains("search_entry_grams_idx")) {
                return "bitmap scan of search_entry_grams_idx";
            }
            if (text.contains("search_entry_trgm_bench_idx")) {
                return "bitmap scan of the trigram index";
            }
            return text.contains("Seq Scan") ? "sequential scan" : text.lines().findFirst().orElse("");
        }));
    }

    private static <T> List<Double> time(Supplier<T> run) {
        for (int i = 0; i < WARMUP; i++) {
            run.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            run.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
