package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TenantState;
import cn.jixiao.platform.testing.TestDistrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits at the level a person works at, over the API: each is one revision and one audit entry
 * naming it; an outdated base revision gets 409 with what changed meanwhile; ERROR findings get 422;
 * a unit editor edits only its units' projects. Nothing is stored by a refused edit.
 */
class ContentEditApiTest extends DistrictUsersTest {

    private static final String PATH = TestDistrict.DISCLOSURE;

    @Test
    void eachEditIsOneRevisionAndOneAuditEntryNamingIt() throws Exception {
        JsonNode seed = read();
        JsonNode first = seed.get("projects").get(0);

        ok("PUT", "/goals", "{\"baseRevision\":1,\"goals\":{\"overall\":[\"新的总体目标\"],"
                + "\"itemized\":[{\"title\":\"综合协调\",\"goal\":\"协调有力\",\"indicator\":\"≥95%\"}],\"measures\":[\"一是保障\"]}}",
                "GOALS_EDITED");
        assertThat(read().get("goals").get("overall")).hasSize(1);
        assertThat(read().get("goals").get("overall").get(0).asString()).isEqualTo("新的总体目标");

        ObjectNode edit = project(first).put("baseRevision", 2).put("name", "改名后的项目").put("fiscal", new BigDecimal("2.50"))
                .put("other", new BigDecimal("1.10"));
        ok("PUT", "/projects/1", edit.toString(), "PROJECT_EDITED");
        JsonNode edited = read().get("projects").get(0);
        assertThat(edited.get("name").asString()).isEqualTo("改名后的项目");
        assertThat(edited.get("budget").get("total").decimalValue()).as("预算数 = 财政资金 + 其他资金").isEqualByComparingTo("3.60");
        assertThat(edited.get("indicators")).as("rows stay").isEqualTo(first.get("indicators"));

        ObjectNode added = project(first).put("baseRevision", 3).put("code", "13020225P000000000077").put("name", "新增项目")
                .put("position", 2);
        added.set("spendPlan", first.get("spendPlan"));
        ArrayNode rows = added.putArray("indicators");
        first.get("indicators").forEach(r -> rows.add(indicator(r)));
        ok("POST", "/projects", added.toString(), "PROJECT_ADDED");
        assertThat(read().get("projects")).hasSize(5);
        assertThat(read().get("projects").get(1).get("name").asString()).isEqualTo("新增项目");

        ok("POST", "/projects/2/move", "{\"baseRevision\":4,\"to\":5}", "PROJECT_MOVED");
        assertThat(read().get("projects").get(4).get("name").asString()).isEqualTo("新增项目");

        ok("DELETE", "/projects/5", "{\"baseRevision\":5}", "PROJECT_DELETED");
        assertThat(read().get("projects")).hasSize(4);

        ObjectNode row = indicator(first.get("indicators").get(0)).put("baseRevision", 6).put("description", "修订后的描述");
        ok("PUT", "/projects/1/indicators/1", row.toString(), "INDICATOR_EDITED");
        assertThat(read().get("projects").get(0).get("indicators").get(0).get("description").asString()).isEqualTo("修订后的描述");

        int count = first.get("indicators").size();
        ObjectNode newRow = indicator(first.get("indicators").get(nonCostRow(first))).put("baseRevision", 7)
                .put("level3", "新增三级指标");
        ok("POST", "/projects/1/indicators", newRow.toString(), "INDICATOR_ADDED");
        assertThat(read().get("projects").get(0).get("indicators")).hasSize(count + 1);

        ok("POST", "/projects/1/indicators/" + (count + 1) + "/move", "{\"baseRevision\":8,\"to\":1}", "INDICATOR_MOVED");
        assertThat(read().get("projects").get(0).get("indicators").get(0).get("level3").asString()).isEqualTo("新增三级指标");

        ok("DELETE", "/projects/1/indicators/1", "{\"baseRevision\":9}", "INDICATOR_DELETED");
        assertThat(read().get("projects").get(0).get("indicators")).hasSize(count);

        ok("PUT", "/projects/1/spend-plan", "{\"baseRevision\":10,\"checkpoints\":[{\"label\":\"6月底\",\"cumulativePercent\":50},"
                + "{\"label\":\"12月底\",\"cumulativePercent\":100}]}", "SPEND_PLAN_REPLACED");
        JsonNode plan = read().get("projects").get(0).get("spendPlan");
        assertThat(plan).hasSize(2);
        assertThat(plan.get(0).get("label").asString()).isEqualTo("6月底");

        assertThat(read().get("revision").get("number").asInt()).isEqualTo(11);
        assertThat(actions()).containsExactly("DISCLOSURE_CREATED", "GOALS_EDITED", "PROJECT_EDITED", "PROJECT_ADDED", "PROJECT_MOVED",
                "PROJECT_DELETED", "INDICATOR_EDITED", "INDICATOR_ADDED", "INDICATOR_MOVED", "INDICATOR_DELETED",
                "SPEND_PLAN_REPLACED");
    }

    @Test
    void anOutdatedEditIsRefusedWithWhatChangedMeanwhileAndStoresNothing() {
        JsonNode first = read().get("projects").get(0);
        ObjectNode mine = indicator(first.get("indicators").get(0)).put("baseRevision", 1).put("description", "第一位编辑");
        ok("PUT", "/projects/1/indicators/1", mine.toString(), "INDICATOR_EDITED");

        TenantState before = district.state();
        ObjectNode theirs = indicator(first.get("indicators").get(0)).put("baseRevision", 1).put("description", "第二位编辑");
        var response = send(district.admin(), "PUT", "/projects/1/indicators/1", theirs.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        JsonNode problem = Api.json(response.body());
        assertThat(problem.get("baseRevision").asInt()).isEqualTo(1);
        assertThat(problem.get("currentRevision").asInt()).isEqualTo(2);
        JsonNode changes = problem.get("changes");
        assertThat(changes.get("revisions")).hasSize(1);
        assertThat(changes.get("revisions").get(0).get("number").asInt()).isEqualTo(2);
        assertThat(changes.get("revisions").get(0).get("createdBy").asString()).isNotBlank();
        assertThat(changes.get("diff").get("summary").get("indicatorsChanged").asInt()).isEqualTo(1);
        assertThat(changes.get("diff").get("summary").get("projectsChanged").asInt()).isEqualTo(1);
        assertThat(district.state()).isEqualTo(before);
        assertThat(read().get("projects").get(0).get("indicators").get(0).get("description").asString()).isEqualTo("第一位编辑");
    }

    @Test
    void anEditWithErrorsIsRefusedWithTheFindingsAndStoresNothing() {
        JsonNode first = read().get("projects").get(0);
        int i = nonCostRow(first);
        TenantState before = district.state();
        ObjectNode money = indicator(first.get("indicators").get(i)).put("baseRevision", 1).put("value", "≤10万元");
        var response = send(district.admin(), "PUT", "/projects/1/indicators/" + (i + 1), money.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("indicator.money.outsideCost");
        assertThat(district.state()).isEqualTo(before);
    }

    @Test
    void aUnitEditorEditsItsOwnUnitsProjectsOnly() {
        JsonNode projects = read().get("projects");
        TenantState before = district.state();
        ObjectNode other = indicator(projects.get(3).get("indicators").get(0)).put("baseRevision", 1).put("description", "越权");
        var refused = send(district.editor202001(), "PUT", "/projects/4/indicators/1", other.toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(send(district.editor202001(), "DELETE", "/projects/4", "{\"baseRevision\":1}").statusCode()).isEqualTo(403);
        assertThat(send(district.editor202003(), "PUT", "/goals", "{\"baseRevision\":1,\"goals\":{}}").statusCode())
                .as("Part 1 is the department's, not unit 202003's").isEqualTo(403);
        assertThat(send(district.editor202001(), "PUT", "/goals", "{\"baseRevision\":1,\"goals\":{}}").statusCode())
                .as("the department's own unit (本级) may write Part 1, but not empty").isEqualTo(422);
        assertThat(district.state()).isEqualTo(before);

        ObjectNode own = indicator(projects.get(0).get("indicators").get(0)).put("baseRevision", 1).put("description", "本单位修改");
        var allowed = send(district.editor202001(), "PUT", "/projects/1/indicators/1", own.toString());
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        assertThat(read().get("projects").get(0).get("indicators").get(0).get("description").asString()).isEqualTo("本单位修改");
    }

    @Test
    void anEditOfAPositionTheRevisionDoesNotHaveIsNotFound() {
        TenantState before = district.state();
        var response = send(district.admin(), "DELETE", "/projects/9", "{\"baseRevision\":1}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.body()).contains("没有第 9 个项目");
        assertThat(send(district.admin(), "POST", "/projects/1/move", "{\"baseRevision\":1}").statusCode()).isEqualTo(400);
        assertThat(district.state()).isEqualTo(before);
    }

    private void ok(String method, String path, String body, String action) {
        TenantState before = district.state();
        var response = send(district.admin(), method, path, body);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(200);
        assertThat(Api.json(response.body()).get("revision").get("number").asLong()).isEqualTo(before.revisions() + 1);
        TenantState after = district.state();
        assertThat(after.revisions()).isEqualTo(before.revisions() + 1);
        assertThat(after.auditEntries()).as("one audit entry for %s", action).isEqualTo(before.auditEntries() + 1);
    }

    private List<Object> actions() throws Exception {
        return Sql.inTransaction(TestDatabase.get().appDataSource(), c -> {
            Sql.bindTenant(c, district.id());
            return Sql.query(c, "select action from audit_log order by id").stream().map(r -> r.get(0)).toList();
        });
    }

    /** A row outside 成本指标 (a copy of a cost row would exceed the budget). */
    private static int nonCostRow(JsonNode project) {
        int i = 0;
        while (project.get("indicators").get(i).get("level2").asString().startsWith("成本")) {
            i++;
        }
        return i;
    }

    private static ObjectNode project(JsonNode p) {
        ObjectNode body = ((ObjectNode) p.deepCopy()).retain("unitCode", "code", "name", "purpose", "goal");
        body.set("fiscal", p.get("budget").get("fiscal"));
        body.set("other", p.get("budget").get("other"));
        return body;
    }

    private static ObjectNode indicator(JsonNode row) {
        ObjectNode body = ((ObjectNode) row.deepCopy()).retain("level1", "level2", "level3", "description", "basis");
        return body.put("value", row.get("value").get("text").asString());
    }

    private HttpResponse<String> send(String token, String method, String path, String body) {
        return api.send(method, PATH + path, token, body);
    }

    private JsonNode read() {
        var response = api.get(PATH, district.admin());
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.json(response.body());
    }
}
