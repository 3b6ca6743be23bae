package cn.jixiao.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The rule engine and form templates through the running platform. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValidationApiTest {

    private static final String PATH = "/api/v1/disclosures/202/2025";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    Api api;
    String token;

    @BeforeEach
    void districtWithTheSeed() {
        api = new Api(port);
        String slug = Slugs.unique("rules");
        TenantId tenant = new TenantId(TestTenants.create(slug, "rules-secret", "disclosures.read", "disclosures.write", "templates.write"));
        CurrentTenant.callAs(tenant, "test", () -> commands.create(DemoSeed.disclosure(), Origin.demo(), "seed"));
        token = api.token(slug + "-api", "rules-secret");
    }

    @Test
    void theDemoDisclosuresValidationListsTheSeedsRealDefects() {
        var response = api.get("/api/v1/disclosures/202/2025/validation", api.token("lunan-api", "lunan-demo-secret"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = Api.json(response.body());
        assertThat(report.get("templateId").asString()).isEqualTo("platform-default");
        List<String> findings = new java.util.ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("ruleId").asString() + "/" + f.get("severity").asString() + "/p"
                + f.get("location").get("project").asInt() + "r" + f.get("location").get("row").asInt()));
        assertThat(findings).containsExactly(
                "indicator.value.vague/WARNING/p1r3",
                "indicator.value.vague/WARNING/p1r5",
                "indicator.value.vague/WARNING/p2r2",
                "indicator.value.qualitative/WARNING/p3r2",
                "indicator.value.qualitative/WARNING/p3r3",
                "indicator.money.outsideCost/ERROR/p3r6",
                "indicator.money.outsideCost/ERROR/p4r2",
                "indicator.money.outsideCost/ERROR/p4r3");
        JsonNode p4 = report.get("findings").get(7);
        assertThat(p4.get("message").asString()).contains("≤38万元");
        assertThat(p4.get("source").asString()).isNotBlank();
    }

    @Test
    void aSaveWithErrorsIsRejectedWithTheFindingsAndNothingIsStored() {
        ObjectNode input = asInput(api.get(PATH, token).body());
        var response = api.send("PUT", PATH, token, input.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = Api.json(response.body());
        assertThat(problem.get("validation").get("findings").findValuesAsString("ruleId"))
                .contains("indicator.money.outsideCost");
        assertThat(problem.get("detail").asString()).contains("3 处错误");
        assertThat(Api.json(api.get(PATH, token).body()).get("revision").get("number").asInt()).isEqualTo(1);
    }

    @Test
    void aSaveWithOnlyWarningsIsStoredAndReturnsThem() {
        ObjectNode input = asInput(api.get(PATH, token).body());
        fixErrors(input);
        var response = api.send("PUT", PATH, token, input.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode outcome = Api.json(response.body());
        assertThat(outcome.get("revision").get("number").asInt()).isEqualTo(2);
        assertThat(outcome.get("validation").get("findings").findValuesAsString("severity")).hasSize(5).containsOnly("WARNING");
    }

    @Test
    void aDistrictDerivesAStricterTemplateUsesItAndMigratesADraftExplicitly() {
        String derivation = """
                {"id": "district", "version": 1, "name": "本区模板",
                 "basedOn": {"id": "platform-default", "version": 1},
                 "rules": {"indicator.value.vague": {"severity": "ERROR"}}}
                """;
        var created = api.send("POST", "/api/v1/form-templates", token, derivation);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/form-templates/district/1");
        assertThat(api.send("POST", "/api/v1/form-templates", token, derivation).statusCode()).as("same version again").isEqualTo(409);

        var loosening = api.send("POST", "/api/v1/form-templates", token, """
                {"id": "loose", "version": 1, "name": "放宽", "rules": {"budget.sum": {"severity": "WARNING"}}}
                """);
        assertThat(loosening.statusCode()).isEqualTo(422);
        assertThat(loosening.body()).contains("不能降为警告", "$.rules['budget.sum'].severity");

        var report = api.send("POST", PATH + "/template-migration", token, """
                {"to": {"id": "district", "version": 1}}
                """);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode migration = Api.json(report.body());
        assertThat(migration.get("ruleChanges").toString()).contains("indicator.value.vague");
        assertThat(migration.get("newFindings").findValuesAsString("severity")).contains("ERROR");
        assertThat(Api.json(api.get(PATH, token).body()).get("template").get("id").asString())
                .as("a report alone changes nothing").isEqualTo("platform-default");

        var applied = api.send("POST", PATH + "/template-migration", token, """
                {"to": {"id": "district", "version": 1}, "apply": true}
                """);
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(Api.json(api.get(PATH, token).body()).get("template").get("id").asString()).isEqualTo("district");

        ObjectNode input = asInput(api.get(PATH, token).body());
        fixErrors(input);
        var stricter = api.send("PUT", PATH, token, input.toString());
        assertThat(stricter.statusCode()).as("vague values are errors under the district's template").isEqualTo(422);
        assertThat(stricter.body()).contains("indicator.value.vague");

        var setDefault = api.send("PUT", "/api/v1/form-templates/default", token, "{\"id\": \"district\", \"version\": 1}");
        assertThat(setDefault.statusCode()).isEqualTo(200);
        assertThat(Api.json(setDefault.body()).get("defaultTemplate").get("id").asString()).isEqualTo("district");
        assertThat(api.get("/api/v1/form-templates/district/1", token).body()).contains("\"basedOn\"");
        assertThat(api.get("/api/v1/form-templates/nothing/1", token).statusCode()).isEqualTo(404);
    }

    @Test
    void customFieldsOfTheDistrictsTemplateAreRequiredAndStored() {
        var derived = api.send("POST", "/api/v1/form-templates", token, """
                {"id": "with-contact", "version": 1, "name": "带联系人的模板",
                 "customFields": [{"id": "contact", "label": "联系人", "type": "text", "required": true, "maxLength": 20}]}
                """);
        assertThat(derived.statusCode()).as(derived.body()).isEqualTo(201);
        assertThat(api.send("PUT", "/api/v1/form-templates/default", token, "{\"id\": \"with-contact\", \"version\": 1}")
                .statusCode()).isEqualTo(200);

        ObjectNode input = asInput(api.get(PATH, token).body());
        fixErrors(input);
        input.put("baseRevision", 0);
        var missing = api.send("PUT", "/api/v1/disclosures/202/2026", token, input.toString());
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(missing.body()).contains("联系人");

        input.putObject("customFields").put("contact", "张三");
        var saved = api.send("PUT", "/api/v1/disclosures/202/2026", token, input.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode stored = Api.json(api.get("/api/v1/disclosures/202/2026", token).body());
        assertThat(stored.get("customFields").get("contact").asString()).isEqualTo("张三");
        assertThat(stored.get("template").get("id").asString()).isEqualTo("with-contact");
    }

    private static ObjectNode asInput(String getBody) {
        ObjectNode input = ((ObjectNode) Api.json(getBody).deepCopy()).retain("goals", "projects");
        input.put("baseRevision", Api.json(getBody).get("revision").get("number").asInt());
        input.get("projects").forEach(p -> p.get("indicators").forEach(i ->
                ((ObjectNode) i).put("value", i.get("value").get("text").asString())));
        return input;
    }

    /** Replaces the seed's money values outside 成本指标 (its three errors). */
    private static void fixErrors(ObjectNode input) {
        input.get("projects").forEach(p -> p.get("indicators").forEach(i -> {
            String value = i.get("value").asString();
            if (value.endsWith("万元") && !i.get("level2").asString().startsWith("成本")) {
                ((ObjectNode) i).put("value", "≥90%");
            }
        }));
    }
}
