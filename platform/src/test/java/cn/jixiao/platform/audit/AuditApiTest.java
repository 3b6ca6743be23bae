package cn.jixiao.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import tools.jackson.databind.JsonNode;

/** District admins read their district's audit log, newest first, paged, and can pick out what operators did. */
class AuditApiTest extends DistrictUsersTest {

    @Test
    void adminsListTheirDistrictsEntriesAndOperatorsActions() throws Exception {
        TestDistrict other = newDistrict("audit-other");
        Db.asOperators(c -> Sql.update(c,
                "insert into audit_log (tenant_id, actor, action, target) values (?, 'operator:alice', 'TENANT_SUSPENDED', 'tenant')",
                district.id()));
        assertThat(api.send("POST", TestDistrict.DISCLOSURE + "/status", district.editor202001(), "{\"to\":\"SUBMITTED\"}")
                .statusCode()).isEqualTo(200);

        JsonNode all = list(api, "/api/v1/audit", district.admin());
        assertThat(all.get("entries")).hasSize(3);
        assertThat(all.get("entries").get(0).get("action").asString()).as("newest first").isEqualTo("DISCLOSURE_SUBMITTED");
        assertThat(all.get("entries").get(0).get("detail").get("revision").asInt()).isEqualTo(1);
        assertThat(all.get("entries").get(2).get("action").asString()).isEqualTo("DISCLOSURE_CREATED");
        assertThat(all.get("hasMore").asBoolean()).isFalse();

        JsonNode operators = list(api, "/api/v1/audit?actor=operators", district.admin());
        assertThat(operators.get("entries")).hasSize(1);
        assertThat(operators.get("entries").get(0).get("actor").asString()).isEqualTo("operator:alice");

        JsonNode firstPage = list(api, "/api/v1/audit?size=2", district.admin());
        assertThat(firstPage.get("entries")).hasSize(2);
        assertThat(firstPage.get("hasMore").asBoolean()).isTrue();
        JsonNode secondPage = list(api, "/api/v1/audit?size=2&page=1", district.admin());
        assertThat(secondPage.get("entries")).hasSize(1);

        assertThat(list(api, "/api/v1/audit", other.admin()).toString()).doesNotContain("alice", "DISCLOSURE_SUBMITTED");
        assertThat(api.get("/api/v1/audit", district.reviewer()).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", district.editor202001()).statusCode()).isEqualTo(403);
    }

    private static JsonNode list(Api api, String path, String token) {
        var response = api.get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response.body());
    }
}
