package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.jixiao.infra.testing.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The demo district's API client ({@code lunan-api}), for the browser tests' setup steps. */
final class DemoApi {

    private DemoApi() {
    }

    static String token(String base) {
        TestHttp http = TestHttp.of(base);
        var tokenResponse = http.send(http.formRequest("/oauth2/token", Map.of("grant_type", "client_credentials"))
                .header("Authorization", TestHttp.basic("lunan-api", "lunan-demo-secret")));
        return TestHttp.json(tokenResponse.body()).get("access_token").asString();
    }

    /**
     * Fixes the seed's three errors (SeedValidationTest: money targets outside 成本指标) in one save through the API,
     * as the demo's API client: every indicator value sent as its text, those three as ≥90%.
     */
    static void fixTheSeedsErrors(String base, String token, int year) {
        TestHttp http = TestHttp.of(base);
        String path = "/api/v1/disclosures/202/" + year;
        JsonNode current = TestHttp.json(http.send(http.request(path).header("Authorization", "Bearer " + token)).body());
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put("baseRevision", current.get("revision").get("number").asInt());
        input.set("goals", current.get("goals"));
        ArrayNode projects = input.putArray("projects");
        for (JsonNode p : current.get("projects")) {
            ObjectNode project = projects.addObject();
            for (String field : List.of("unitCode", "code", "name", "budget", "purpose", "spendPlan", "goal")) {
                project.set(field, p.get(field));
            }
            ArrayNode indicators = project.putArray("indicators");
            for (JsonNode i : p.get("indicators")) {
                ObjectNode indicator = indicators.addObject();
                for (String field : List.of("level1", "level2", "level3", "description", "basis")) {
                    indicator.set(field, i.get(field));
                }
                String value = i.get("value").get("text").asString();
                boolean moneyOutsideCost = value.contains("万元") && !i.get("level2").asString().startsWith("成本");
                indicator.put("value", moneyOutsideCost ? "≥90%" : value);
            }
        }
        var saved = http.send(http.jsonRequest("PUT", path, input.toString()).header("Authorization", "Bearer " + token));
        assertThat(saved.statusCode()).as("the fixed content saved: %s", saved.body()).isEqualTo(200);
    }
}
