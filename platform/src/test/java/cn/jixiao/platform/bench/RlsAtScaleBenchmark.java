package cn.jixiao.platform.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import cn.jixiao.infra.db.DatabaseBootstrap;
import cn.jixiao.infra.db.DatabaseRoles;
import cn.jixiao.infra.db.Migrations;

/**
 * Row-level security at scale (docs/benchmarks.md, "RLS at scale"). Plain main, not run by surefire:
 * {@code <superuser-jdbc-url> [tenants] [departments] [projects] [indicators] [iterations]}.
 * <p>
 * Makes a database {@value #DATABASE} (migrated like production), fills it straight with SQL as
 * the superuser (tenants × departments disclosures, each with a Part 1 part and {@code projects}
 * project parts of {@code indicators} indicator rows), then reads one disclosure with the three
 * queries of {@code DisclosureReader.current} — as the application role under RLS (the tenant
 * bound per transaction, as {@code TenantBindingTransactionManager} does) against a BYPASSRLS role
 * with the tenant as an explicit predicate — alternating, a random tenant and department each
 * time, each variant through its own {@code -Dbench.connections} backends (default 4), once per
 * {@code -Dbench.planCacheModes} (default {@code auto}). Prints p50/p99 and the EXPLAIN (ANALYZE,
 * BUFFERS) plans, the head statement's generic plan too; drops the database at the end.
 */
public final class RlsAtScaleBenchmark {

    static final String DATABASE = "jixiao_bench_rls";
    private static final String BYPASS_ROLE = "jixiao_bench_bypass";
    private static final String BYPASS_PASSWORD = "bench-bypass-only";

    /** DisclosureReader.currentContents for one department and year, as jOOQ renders it (RLS adds the tenant). */
    private static final String DISCLOSURE = """
            select disclosure.id, disclosure.fiscal_year, disclosure.status, disclosure.template_version, disclosure.custom_fields,
                   department.id, department.code, department.name, revision.revision_no, revision.content_hash,
                   revision.created_at, revision.created_by, revision.note, revision.manifest
            from disclosure
            join department on (department.tenant_id = disclosure.tenant_id and department.id = disclosure.department_id)
            join revision on (revision.tenant_id = disclosure.tenant_id and revision.disclosure_id = disclosure.id
                              and revision.revision_no = disclosure.revision_no)
            where (department.code = ? and disclosure.fiscal_year = ?)%s
            order by department.code""";
    private static final String UNITS = """
            select unit.department_id, unit.code, unit.name from unit
            where unit.department_id in (?)%s
            order by unit.department_id, unit.position""";
    private static final String PARTS = """
            select content_part.hash, content_part.body from content_part
            where content_part.hash = any (?)%s""";

    public static void main(String[] args) throws Exception {
        String admin = args[0];
        int tenants = arg(args, 1, 1000);
        int departments = arg(args, 2, 80);
        int projects = arg(args, 3, 15);
        int indicators = arg(args, 4, 8);
        int iterations = arg(args, 5, 3000);
        DatabaseRoles roles = DatabaseRoles.defaults();
        DatabaseBootstrap.ensure(admin, DATABASE, roles);
        String url = database(admin);
        try {
            Migrations.migrate(url, roles);
            try (Connection su = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "user=postgres")) {
                long start = System.nanoTime();
                generate(su, tenants, departments, projects, indicators);
                System.out.printf("generated in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
                report(su);
                bypassRole(su);
            }
            List<Target> targets;
            try (Connection bypass = DriverManager.getConnection(url, BYPASS_ROLE, BYPASS_PASSWORD)) {
                targets = targets(bypass, 5000);
            }
            // -Dbench.planCacheModes=auto,force_generic_plan: one measured run per plan_cache_mode, same data
            for (String mode : System.getProperty("bench.planCacheModes", "auto").split(",")) {
                String modeUrl = withPlanCacheMode(url, mode.strip());
                // each variant reads through its own -Dbench.connections backends, in turn, so that where the scheduler
                // puts one backend (next to the client or not) does not decide a variant's figure
                int backends = Integer.getInteger("bench.connections", 4);
                List<Connection> connections = new ArrayList<>();
                try {
                    Variant[] variants = {new Variant(true, true), new Variant(false, false), new Variant(false, true)};
                    for (Variant v : variants) {
                        for (int i = 0; i < backends; i++) {
                            Connection c = v.rls()
                                    ? DriverManager.getConnection(modeUrl, roles.app().username(), roles.app().password())
                                    : DriverManager.getConnection(modeUrl, BYPASS_ROLE, BYPASS_PASSWORD);
                            c.setAutoCommit(false);
                            connections.add(c);
                            v.connections().add(c);
                        }
                    }
                    System.out.printf("plan_cache_mode %s, %d connections per variant%n", mode.strip(), backends);
                    run(variants, targets, Math.min(500, iterations / 5)); // warm-up: plans cached, pages in memory
                    run(variants, targets, iterations);
                } finally {
                    for (Connection c : connections) {
                        c.close();
                    }
                }
            }
            try (Connection app = DriverManager.getConnection(url, roles.app().username(), roles.app().password());
                 Connection bypass = DriverManager.getConnection(url, BYPASS_ROLE, BYPASS_PASSWORD)) {
                app.setAutoCommit(false);
                bypass.setAutoCommit(false);
                Target t = targets.get(0);
                Path plans = Path.of("target", "rls-plans.txt");
                Files.createDirectories(plans.getParent());
                Files.writeString(plans, "-- application role, RLS\n" + explain(app, t, true)
                        + "\n-- BYPASSRLS role, tenant_id = ? in every query\n" + explain(bypass, t, false)
                        + "\n-- application role, RLS, the head statement's generic plan\n" + genericHeadPlan(app, t));
                System.out.println("plans in " + plans.toAbsolutePath());
            }
        } finally {
            try (Connection su = DriverManager.getConnection(admin); Statement s = su.createStatement()) {
                DatabaseBootstrap.drop(admin, DATABASE);
                s.execute("drop role if exists " + BYPASS_ROLE);
            }
        }
    }

    /** Everything as set-based SQL; a part's hash is the SHA-256 of its JSON, as the application stores it. */
    private static void generate(Connection su, int tenants, int departments, int projects, int indicators) throws SQLException {
        try (Statement s = su.createStatement()) {
            s.execute("set synchronous_commit = off");
            s.execute("set maintenance_work_mem = '512MB'");
            s.execute("""
                    insert into tenant (id, slug, name, region_code)
                    select gen_random_uuid(), 'bench-' || t, '基准区' || t, '130' || lpad((t %% 1000)::text, 3, '0')
                    from generate_series(1, %d) t""".formatted(tenants));
            s.execute("""
                    insert into department (tenant_id, code, name)
                    select t.id, (200 + d)::text, '基准部门' || d from tenant t, generate_series(1, %d) d""".formatted(departments));
            s.execute("""
                    insert into unit (tenant_id, department_id, code, name, position)
                    select d.tenant_id, d.id, d.code || '001', d.name || '本级', 1 from department d""");
            // one project part per (department, project): its text says which, so every part hashes differently
            s.execute("""
                    create unlogged table bench_part as
                    select d.tenant_id, d.id as department_id, p as position, b.body, encode(sha256(convert_to(b.body::text, 'UTF8')), 'hex') as hash
                    from department d, generate_series(0, %d) p,
                    lateral (select (case when p = 0 then
                        jsonb_build_object('overall', jsonb_build_array('部门' || d.code || '总体绩效目标：完成年度重点工作任务，提升服务质量。'),
                                           'itemized', '[]'::jsonb, 'measures', jsonb_build_array('加强预算绩效管理。'))
                      else jsonb_build_object(
                        'unitCode', d.code || '001', 'code', '130202' || d.code || lpad(p::text, 8, '0'), 'name', '基准项目' || d.code || '-' || p,
                        'budget', jsonb_build_object('total', 12.50, 'fiscal', 12.50, 'other', null),
                        'purpose', '用于部门' || d.code || '项目' || p || '的日常业务支出。',
                        'spendPlan', '[{"label":"3月底","cumulativePercent":25},{"label":"6月底","cumulativePercent":50},{"label":"9月底","cumulativePercent":75},{"label":"12月底","cumulativePercent":100}]'::jsonb,
                        'goal', '按时完成项目' || p || '的各项任务。',
                        'indicators', (select jsonb_agg(jsonb_build_object(
                             'level1', case when i %% 3 = 0 then '成本指标' else '产出指标' end, 'level2', '数量指标', 'level3', '指标' || i,
                             'description', '项目' || p || '的第' || i || '项指标', 'value', jsonb_build_object('text', '≥' || (90 + i %% 10) || '%%'),
                             'basis', '年初计划') order by i) from generate_series(1, %d) i))
                      end) as body) b""".formatted(projects, indicators));
            s.execute("create index on bench_part (department_id, position)");
            s.execute("analyze bench_part");
            s.execute("""
                    insert into content_part (tenant_id, hash, body)
                    select tenant_id, hash, body from bench_part on conflict do nothing""");
            s.execute("""
                    insert into disclosure (tenant_id, department_id, fiscal_year, status, template_version, revision_no)
                    select tenant_id, id, 2025, 'DRAFT', 'platform-default@1', 1 from department""");
            s.execute("""
                    insert into revision (tenant_id, disclosure_id, revision_no, content_hash, created_by, note, manifest)
                    select x.tenant_id, x.id, 1, encode(sha256(convert_to(x.id::text, 'UTF8')), 'hex'), 'bench', '基准数据',
                           jsonb_build_object('goals', (select hash from bench_part g where g.department_id = x.department_id and g.position = 0),
                                              'projects', (select jsonb_agg(hash order by position) from bench_part p
                                                           where p.department_id = x.department_id and p.position > 0))
                    from disclosure x""");
            s.execute("drop table bench_part");
            s.execute("vacuum analyze");
        }
    }

    private static void report(Connection su) throws SQLException {
        try (Statement s = su.createStatement(); ResultSet rs = s.executeQuery("""
                select (select count(*) from tenant), (select count(*) from department), (select count(*) from revision),
                       (select count(*) from content_part),
                       (select sum(jsonb_array_length(body -> 'indicators')) from content_part where body ? 'indicators'),
                       pg_size_pretty(pg_database_size(current_database()))""")) {
            rs.next();
            System.out.printf("tenants %d, departments %d, revisions %d, content parts %d, indicator rows %d, database %s%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6));
        }
    }

    private static void bypassRole(Connection su) throws SQLException {
        try (Statement s = su.createStatement()) {
            s.execute("drop role if exists " + BYPASS_ROLE);
            s.execute("create role " + BYPASS_ROLE + " login bypassrls password '" + BYPASS_PASSWORD + "'");
            s.execute("grant select on disclosure, department, revision, unit, content_part to " + BYPASS_ROLE);
        }
    }

    record Target(UUID tenant, String department) {
    }

    private static List<Target> targets(Connection bypass, int n) throws SQLException {
        List<Target> targets = new ArrayList<>();
        try (Statement s = bypass.createStatement();
             ResultSet rs = s.executeQuery("select tenant_id, code from department order by random() limit " + n)) {
            while (rs.next()) {
                targets.add(new Target(rs.getObject(1, UUID.class), rs.getString(2)));
            }
        }
        return targets;
    }

    /** One way of reading: under RLS or with explicit predicates, with or without the bind; its own connections. */
    private record Variant(boolean rls, boolean bind, List<Connection> connections) {
        Variant(boolean rls, boolean bind) {
            this(rls, bind, new ArrayList<>());
        }

        long read(int i, Target t) throws SQLException {
            return RlsAtScaleBenchmark.read(connections.get(i % connections.size()), t, rls, bind);
        }
    }

    /** Variants in the order RLS with bind, explicit, explicit with bind. */
    private static void run(Variant[] variants, List<Target> targets, int iterations) throws SQLException {
        long[] rls = new long[iterations];
        long[] explicit = new long[iterations];
        long[] explicitBound = new long[iterations];
        long[][] times = {rls, explicit, explicitBound};
        Random random = new Random(7);
        for (int i = 0; i < iterations; i++) {
            Target t = targets.get(random.nextInt(targets.size()));
            // rotate which goes first, so none profits from another's cache misses
            for (int k = 0; k < 3; k++) {
                int v = (i + k) % 3;
                times[v][i] = variants[v].read(i, t);
            }
        }
        System.out.printf("%d reads each: RLS p50 %.3f ms p99 %.3f ms | explicit tenant_id p50 %.3f ms p99 %.3f ms"
                        + " | explicit tenant_id + the same bind round trip p50 %.3f ms p99 %.3f ms%n",
                iterations, ms(rls, 50), ms(rls, 99), ms(explicit, 50), ms(explicit, 99), ms(explicitBound, 50), ms(explicitBound, 99));
        System.out.printf("p50 overhead: RLS with its bind vs explicit %+.1f %% | the policies alone (both bind) %+.1f %%%n",
                100 * (ms(rls, 50) / ms(explicit, 50) - 1), 100 * (ms(rls, 50) / ms(explicitBound, 50) - 1));
    }

    /**
     * One disclosure read in one transaction, as the application reads it ({@code rls}: without the explicit
     * predicates; {@code bind}: with the tenant's {@code set_config} round trip first); returns nanoseconds.
     */
    private static long read(Connection c, Target t, boolean rls, boolean bind) throws SQLException {
        long start = System.nanoTime();
        if (bind) { // what TenantBindingTransactionManager does per transaction; a no-op for the BYPASSRLS role
            try (PreparedStatement setting = c.prepareStatement("select set_config('jixiao.tenant_id', ?, true)")) {
                setting.setString(1, t.tenant().toString());
                setting.executeQuery().close();
            }
        }
        UUID departmentId;
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(DISCLOSURE.formatted(rls ? "" : " and disclosure.tenant_id = ?"))) {
            q.setString(1, t.department());
            q.setInt(2, 2025);
            if (!rls) {
                q.setObject(3, t.tenant());
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no disclosure for " + t);
                }
                departmentId = rs.getObject(6, UUID.class);
                String manifest = rs.getString(14);
                var matcher = java.util.regex.Pattern.compile("[0-9a-f]{64}").matcher(manifest);
                while (matcher.find()) {
                    hashes.add(matcher.group());
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement(UNITS.formatted(rls ? "" : " and unit.tenant_id = ?"))) {
            q.setObject(1, departmentId);
            if (!rls) {
                q.setObject(2, t.tenant());
            }
            q.executeQuery().close();
        }
        int parts = 0;
        try (PreparedStatement q = c.prepareStatement(PARTS.formatted(rls ? "" : " and content_part.tenant_id = ?"))) {
            q.setArray(1, c.createArrayOf("text", hashes.toArray()));
            if (!rls) {
                q.setObject(2, t.tenant());
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                    parts++;
                }
            }
        }
        c.commit();
        if (parts != hashes.size()) {
            throw new IllegalStateException("read " + parts + " of " + hashes.size() + " parts for " + t);
        }
        return System.nanoTime() - start;
    }

    private static String explain(Connection c, Target t, boolean rls) throws SQLException {
        StringBuilder out = new StringBuilder();
        if (rls) {
            try (PreparedStatement bind = c.prepareStatement("select set_config('jixiao.tenant_id', ?, true)")) {
                bind.setString(1, t.tenant().toString());
                bind.executeQuery().close();
            }
        }
        String tenant = "'" + t.tenant() + "'";
        String where = rls ? "" : " and disclosure.tenant_id = " + tenant;
        out.append(plan(c, DISCLOSURE.formatted(where).replaceFirst("\\?", "'" + t.department() + "'").replaceFirst("\\?", "2025")));
        String deptId;
        String manifest;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(DISCLOSURE.formatted(where)
                .replaceFirst("\\?", "'" + t.department() + "'").replaceFirst("\\?", "2025"))) {
            rs.next();
            deptId = rs.getString(6);
            manifest = rs.getString(14);
        }
        out.append(plan(c, UNITS.formatted(rls ? "" : " and unit.tenant_id = " + tenant).replace("?", "'" + deptId + "'")));
        List<String> hashes = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("[0-9a-f]{64}").matcher(manifest);
        while (matcher.find()) {
            hashes.add("'" + matcher.group() + "'");
        }
        out.append(plan(c, PARTS.formatted(rls ? "" : " and content_part.tenant_id = " + tenant)
                .replace("?", "array[" + String.join(",", hashes) + "]")));
        c.commit();
        return out.toString();
    }

    private static String plan(Connection c, String sql) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("explain (analyze, buffers) " + sql)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.append('\n').toString();
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String database(String admin) {
        int slash = admin.indexOf('/', "jdbc:postgresql://".length());
        // -Dbench.prepareThreshold=n: pgjdbc's server-side prepare after n executions (its default is 5)
        String prepare = System.getProperty("bench.prepareThreshold");
        return admin.substring(0, slash + 1) + DATABASE + (prepare == null ? "" : "?prepareThreshold=" + prepare);
    }

    /** The server's plan_cache_mode for both roles' sessions, as pgjdbc's {@code options} startup parameter. */
    private static String withPlanCacheMode(String url, String mode) {
        String options = URLEncoder.encode("-c plan_cache_mode=" + mode, StandardCharsets.UTF_8).replace("+", "%20");
        return url + (url.contains("?") ? "&" : "?") + "options=" + options;
    }

    /** EXPLAIN of the head statement as a prepared statement forced to its generic plan (the tenant not a constant). */
    private static String genericHeadPlan(Connection c, Target t) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('jixiao.tenant_id', '" + t.tenant() + "', true)");
            s.execute("set local plan_cache_mode = force_generic_plan");
            s.execute("prepare head(text, int) as " + DISCLOSURE.formatted("").replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
            try (ResultSet rs = s.executeQuery("explain (analyze, buffers) execute head('" + t.department() + "', 2025)")) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
            s.execute("deallocate head");
        }
        c.commit();
        return out.toString();
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    private RlsAtScaleBenchmark() {
    }

}
