package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TenantState;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestDistrict;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A unit editor (单位填报人) writes only its own units' projects: anything else in a save is refused
 * with 403 naming what it touched, and the database stays exactly as it was.
 */
class UnitScopeApiTest extends DistrictUsersTest {

    private static final String PATH = TestDistrict.DISCLOSURE;

    @Test
    void aUnitEditorSavesItsOwnUnitsProject() {
        ObjectNode input = TestDistrict.input(read());
        ((ObjectNode) input.get("projects").get(3)).put("goal", "便民服务中心修改后的绩效目标");
        var response = put(district.editor202003(), input);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read().get("projects").get(3).get("goal").asString()).isEqualTo("便民服务中心修改后的绩效目标");

        ObjectNode added = TestDistrict.input(read());
        ObjectNode copy = ((ObjectNode) added.get("projects").get(3).deepCopy()).put("code", "13020225P000000000099")
                .put("name", "便民服务中心新增项目");
        ((ArrayNode) added.get("projects")).add(copy);
        assertThat(put(district.editor202003(), added).statusCode()).as("adding to its own unit").isEqualTo(200);
        assertThat(read().get("projects")).hasSize(5);
    }

    @Test
    void aUnitEditorIsHeldOnlyByErrorsInItsOwnUnits() {
        // a draft whose first project (unit 202001) holds an error, e.g. as imported
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        List<Project> projects = new ArrayList<>(seed.projects());
        Project first = projects.get(0);
        List<Indicator> indicators = new ArrayList<>(first.indicators());
        int row = java.util.stream.IntStream.range(0, indicators.size())
                .filter(i -> !indicators.get(i).level2().startsWith("成本")).findFirst().orElseThrow();
        Indicator i = indicators.get(row);
        indicators.set(row, new Indicator(i.level1(), i.level2(), i.level3(), i.description(), IndicatorValue.parse("≤10万元"), i.basis()));
        projects.set(0, new Project(first.unitCode(), first.code(), first.name(), first.budget(), first.purpose(),
                first.spendPlan(), first.goal(), indicators));
        String slug = Slugs.unique("held");
        UUID id = TestTenants.create(slug, "unused-secret", "disclosures.read");
        CurrentTenant.callAs(new TenantId(id), "test", () -> commands.create(
                new Disclosure(seed.department(), seed.fiscalYear(), seed.goals(), projects), Origin.demo(), "seed"));

        ObjectNode own = TestDistrict.input(Api.json(api.get(PATH, tokens().mint(id, Role.TENANT_ADMIN)).body()));
        ((ObjectNode) own.get("projects").get(3)).put("goal", "另一单位的错误不妨碍本单位保存");
        var saved = put(tokens().mint(id, Role.UNIT_EDITOR, "202003"), own);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).as("the other unit's error is reported, not blocking").contains("indicator.money.outsideCost");

        ObjectNode sameUnit = TestDistrict.input(Api.json(api.get(PATH, tokens().mint(id, Role.TENANT_ADMIN)).body()));
        ((ObjectNode) sameUnit.get("projects").get(1)).put("goal", "本单位仍有错误");
        assertThat(put(tokens().mint(id, Role.UNIT_EDITOR, "202001"), sameUnit).statusCode())
                .as("an error in its own unit holds the editor").isEqualTo(422);
        assertThat(put(tokens().mint(id, Role.TENANT_ADMIN), sameUnit).statusCode())
                .as("the district admin answers for every unit").isEqualTo(422);
    }

    @Test
    void editingAnotherUnitsProjectIsRefusedAndNothingIsStored() {
        TenantState before = district.state();
        ObjectNode input = TestDistrict.input(read());
        ((ObjectNode) input.get("projects").get(0)).put("name", "越权修改的名称"); // project of unit 202001
        var response = put(district.editor202003(), input);
        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode problem = Api.json(response.body());
        assertThat(problem.get("detail").asString()).contains("单位 202001", "未保存任何内容");
        assertThat(district.state()).as("no revision, no audit entry").isEqualTo(before);
    }

    @Test
    void addingOrRemovingAnotherUnitsProjectIsRefused() {
        TenantState before = district.state();
        ObjectNode removed = TestDistrict.input(read());
        ((ArrayNode) removed.get("projects")).remove(1);
        assertThat(put(district.editor202003(), removed).statusCode()).isEqualTo(403);

        ObjectNode added = TestDistrict.input(read());
        ObjectNode copy = ((ObjectNode) added.get("projects").get(0).deepCopy()).put("code", "13020225P000000000098")
                .put("name", "给别的单位新增的项目");
        ((ArrayNode) added.get("projects")).add(copy);
        var response = put(district.editor202003(), added);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("202001");

        ObjectNode moved = TestDistrict.input(read());
        ((ObjectNode) moved.get("projects").get(3)).put("unitCode", "202001");
        assertThat(put(district.editor202003(), moved).statusCode()).as("moving its project to another unit").isEqualTo(403);
        assertThat(district.state()).isEqualTo(before);
    }

    @Test
    void partOneBelongsToTheWholeDepartmentWrittenByItsOwnUnit() {
        TenantState before = district.state();
        ObjectNode input = TestDistrict.input(read());
        ((ArrayNode) input.get("goals").get("overall")).set(0, "单位填报人改写的总体绩效目标");
        var response = put(district.editor202003(), input);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Api.json(response.body()).get("detail").asString()).contains("第一部分");
        assertThat(district.state()).isEqualTo(before);

        var own = put(district.editor202001(), input);
        assertThat(own.statusCode()).as("202001 is the department's own unit (本级): %s", own.body()).isEqualTo(200);
        assertThat(read().get("goals").get("overall").get(0).asString()).isEqualTo("单位填报人改写的总体绩效目标");
    }

    @Test
    void wholeDepartmentOperationsAreRefusedToUnitEditors() {
        TenantState before = district.state();
        String editor = district.editor202001();
        assertThat(api.send("POST", PATH + "/roll-forward", editor, null).statusCode()).isEqualTo(403);
        assertThat(api.send("POST", PATH + "/template-migration", editor,
                "{\"to\":{\"id\":\"platform-default\",\"version\":1},\"apply\":true}").statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/document-settings", editor, "{\"footerText\":\"越权\"}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/document-batches", editor, "{\"fiscalYear\":2025}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/imports/" + java.util.UUID.randomUUID() + "/files/1/accept", editor, null)
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", editor).statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/diffs/overrides?dept=202&from=2025&to=2025", editor, "[]").statusCode()).isIn(400, 403);
        assertThat(district.state()).isEqualTo(before);
        // the control: the district's admin may
        assertThat(api.send("POST", PATH + "/roll-forward", district.admin(), null).statusCode()).isEqualTo(201);
    }

    @Test
    void anOutdatedSaveIsAConflictNotAScopeRefusal() {
        ObjectNode stale = TestDistrict.input(read());
        ObjectNode mine = TestDistrict.input(read());
        ((ObjectNode) mine.get("projects").get(0)).put("name", "本单位修改");
        assertThat(put(district.editor202001(), mine).statusCode()).isEqualTo(200);
        ((ObjectNode) stale.get("projects").get(3)).put("name", "便民服务中心修改");
        assertThat(put(district.editor202003(), stale).statusCode()).isEqualTo(409);
    }

    private HttpResponse<String> put(String token, ObjectNode input) {
        return api.send("PUT", PATH, token, input.toString());
    }

    private JsonNode read() {
        var response = api.get(PATH, district.admin());
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.json(response.body());
    }
}
