package cn.jixiao.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every join the platform sends joins on {@code tenant_id}, so each query stays on one Citus shard
 * group when the schema is distributed by {@code tenant_id} (docs/scaling.md). A listener records
 * every statement while a district's yearly work runs over the API (reads, edits, validation,
 * roll-forward, diffs, documents, the volume, review, audit, users); each {@code join … on} must
 * equate the joined table's {@code tenant_id} with another's, unless it joins the reference table
 * {@code tenant}. The checker itself is tested on a join without it.
 */
@Import(CoLocationTest.Recording.class)
class CoLocationTest extends DistrictUsersTest {

    /** Tables every node has a copy of (Citus reference tables); joining them needs no tenant_id. */
    private static final Set<String> REFERENCE_TABLES = Set.of("tenant", "platform_template");

    private static final Pattern JOIN = Pattern.compile(
            "\\bjoin\\s+(?:\"[a-z_]+\"\\.)?\"([a-z_]+)\"(?:\\s+(?:as\\s+)?\"([a-z_0-9]+)\")?\\s+on\\s+");
    private static final Pattern CLAUSE_END = Pattern.compile(
            "\\b(?:left |right |full |inner |cross )?join\\b|\\bwhere\\b|\\border by\\b|\\bgroup by\\b|\\blimit\\b|\\breturning\\b|\\bunion\\b");

    @Autowired
    StatementLog log;

    @Test
    void everyJoinOfADistrictsYearJoinsOnTenantId() {
        log.clear();
        String admin = district.admin();
        String path = TestDistrict.DISCLOSURE;
        JsonNode read = Api.json(api.get(path, admin).body());
        JsonNode row = read.get("projects").get(0).get("indicators").get(0);
        ObjectNode edit = ((ObjectNode) row.deepCopy()).retain("level1", "level2", "level3", "basis")
                .put("value", row.get("value").get("text").asString()).put("description", "协同定位检查")
                .put("baseRevision", read.get("revision").get("number").asInt());
        List<Integer> statuses = List.of(
                api.send("PUT", path + "/projects/1/indicators/1", admin, edit.toString()).statusCode(),
                api.get(path + "/validation", admin).statusCode(),
                api.send("POST", path + "/roll-forward", admin, null).statusCode(),
                api.get("/api/v1/diffs?dept=202&from=2025&to=2026", admin).statusCode(),
                api.get("/api/v1/diffs?dept=202&from=2025r1&to=2025r2", admin).statusCode(),
                api.get("/api/v1/district-diffs?from=2025&to=2026", admin).statusCode(),
                api.get(path + "/document.html", admin).statusCode(),
                api.get("/api/v1/district-volumes/2025/volume.html", admin).statusCode(),
                api.get("/api/v1/departments", admin).statusCode(),
                api.send("POST", path + "/status", admin, "{\"to\":\"SUBMITTED\"}").statusCode(),
                api.get("/api/v1/audit", admin).statusCode(),
                api.get("/api/v1/users", admin).statusCode(),
                api.get("/api/v1/form-templates", admin).statusCode());
        assertThat(statuses).as("every step of the scenario ran").allMatch(s -> s >= 200 && s < 300);

        List<String> statements = log.statements();
        assertThat(statements).as("the scenario's statements were recorded").hasSizeGreaterThan(30)
                .anyMatch(sql -> sql.contains(" join "));
        assertThat(statements.stream().flatMap(sql -> violations(sql).stream()).distinct().toList())
                .as("joins without tenant_id").isEmpty();
    }

    @Test
    void theCheckerFindsAJoinWithoutTenantId() {
        assertThat(violations("select \"unit\".\"code\" from \"unit\" join \"department\" on \"department\".\"id\" = \"unit\".\"department_id\" where \"unit\".\"code\" = ?"))
                .hasSize(1);
        assertThat(violations("select 1 from \"unit\" join \"department\" on (\"department\".\"tenant_id\" = \"unit\".\"tenant_id\" and \"department\".\"id\" = \"unit\".\"department_id\")"))
                .isEmpty();
        assertThat(violations("select 1 from \"app_user\" join \"tenant\" on \"tenant\".\"id\" = \"app_user\".\"tenant_id\"")).isEmpty();
    }

    /** The join clauses of one statement whose condition does not equate the joined table's tenant_id with another's. */
    static List<String> violations(String statement) {
        String sql = statement.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        Matcher join = JOIN.matcher(sql);
        while (join.find()) {
            String table = join.group(1);
            String name = join.group(2) != null ? join.group(2) : table;
            Matcher end = CLAUSE_END.matcher(sql);
            String condition = end.find(join.end()) ? sql.substring(join.end(), end.start()) : sql.substring(join.end());
            String own = "\"" + name + "\".\"tenant_id\"";
            boolean onTenant = Pattern.compile(Pattern.quote(own) + "\\s*=\\s*\"[a-z_0-9]+\"\\.\"tenant_id\"").matcher(condition).find()
                    || Pattern.compile("\"[a-z_0-9]+\"\\.\"tenant_id\"\\s*=\\s*" + Pattern.quote(own)).matcher(condition).find();
            if (!onTenant && !REFERENCE_TABLES.contains(table)) {
                found.add("join " + table + " on " + condition.strip() + "   in: " + statement);
            }
        }
        return found;
    }

    /** Every statement any thread sent through the application's jOOQ since the last {@link #clear}. */
    static class StatementLog implements ExecuteListener {
        private final Set<String> statements = ConcurrentHashMap.newKeySet();

        void clear() {
            statements.clear();
        }

        List<String> statements() {
            return List.copyOf(statements);
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (ctx.sql() != null) {
                statements.add(ctx.sql());
            } else if (ctx.batchSQL() != null) {
                statements.addAll(List.of(ctx.batchSQL()));
            }
        }
    }

    @TestConfiguration
    static class Recording {
        @Bean
        StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        DefaultExecuteListenerProvider statementLogListener(StatementLog log) {
            return new DefaultExecuteListenerProvider(log);
        }
    }
}
