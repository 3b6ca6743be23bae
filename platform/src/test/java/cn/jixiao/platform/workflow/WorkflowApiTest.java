package cn.jixiao.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TenantState;
import cn.jixiao.platform.testing.TestDistrict;
import cn.jixiao.platform.testing.TestTenants;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Review and publication over HTTP, with users' tokens: who may make which move, illegal moves, drafts only editable. */
class WorkflowApiTest extends DistrictUsersTest {

    private static final String PATH = TestDistrict.DISCLOSURE;
    private static final String STATUS = PATH + "/status";

    @Test
    void aDisclosureGoesFromDraftThroughReviewToPublishedAndBack() throws Exception {
        var submitted = move(district.editor202003(), "SUBMITTED", "已填报完毕");
        assertThat(submitted.statusCode()).as("a unit editor may submit: %s", submitted.body()).isEqualTo(200);
        assertThat(Api.json(submitted.body()).get("from").asString()).isEqualTo("DRAFT");
        assertThat(status()).isEqualTo("SUBMITTED");

        var save = api.send("PUT", PATH, district.admin(), TestDistrict.input(read()).toString());
        assertThat(save.statusCode()).as("only drafts are edited").isEqualTo(409);
        assertThat(Api.json(save.body()).get("detail").asString()).contains("待审核", "只有草稿可以修改内容");

        assertThat(move(district.reviewer(), "DRAFT", "请补充绩效指标").statusCode()).as("退回").isEqualTo(200);
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(move(district.editor202001(), "SUBMITTED", null).statusCode()).isEqualTo(200);
        assertThat(move(district.editor202001(), "APPROVED", null).statusCode()).as("editors do not review").isEqualTo(403);
        assertThat(move(district.reviewer(), "APPROVED", "同意").statusCode()).isEqualTo(200);
        assertThat(move(district.reviewer(), "PUBLISHED", null).statusCode()).as("reviewers do not publish").isEqualTo(403);
        assertThat(status()).isEqualTo("APPROVED");

        var published = move(district.admin(), "PUBLISHED", null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(Api.json(published.body()).get("publishedRevision").asInt()).isEqualTo(1);
        assertThat(publishedRevision()).isEqualTo(1);

        assertThat(move(district.admin(), "DRAFT", "撤回更正").statusCode()).as("撤回").isEqualTo(200);
        assertThat(status()).isEqualTo("DRAFT");
        assertThat(publishedRevision()).as("withdrawn: nothing public").isNull();

        // every move is audited with the revision it concerns
        var actions = Db.asTenant(district.id(), c -> {
            return Sql.query(c, "select action, detail->>'revision', detail->>'to' from audit_log"
                    + " where action like 'DISCLOSURE\\_%' and action <> 'DISCLOSURE_CREATED' order by id");
        });
        assertThat(actions).extracting(r -> r.get(0)).containsExactly("DISCLOSURE_SUBMITTED", "DISCLOSURE_RETURNED",
                "DISCLOSURE_SUBMITTED", "DISCLOSURE_APPROVED", "DISCLOSURE_PUBLISHED", "DISCLOSURE_WITHDRAWN");
        assertThat(actions).extracting(r -> r.get(1)).containsOnly("1");
    }

    @Test
    void aDraftWithErrorsCannotGoToReview() {
        String slug = Slugs.unique("errors");
        UUID id = TestTenants.create(slug, "unused-secret", "disclosures.read");
        CurrentTenant.callAs(new TenantId(id), "test", () -> commands.create(DemoSeed.disclosure(), Origin.demo(), "seed"));
        String admin = tokens().mint(id, Role.TENANT_ADMIN);
        var before = TenantState.of(id, "202", 2025);

        var refused = api.send("POST", STATUS, admin, "{\"to\":\"SUBMITTED\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("indicator.money.outsideCost", "≤38万元");
        assertThat(TenantState.of(id, "202", 2025)).as("still a draft, nothing audited").isEqualTo(before);
    }

    @Test
    void illegalMovesAreRefusedWith409AndChangeNothing() {
        var before = district.state();
        var skip = move(district.admin(), "PUBLISHED", null);
        assertThat(skip.statusCode()).isEqualTo(409);
        assertThat(Api.json(skip.body()).get("detail").asString()).contains("草稿", "不能改为“已公开”", "待审核");
        assertThat(move(district.admin(), "APPROVED", null).statusCode()).isEqualTo(409);
        assertThat(move(district.admin(), "DRAFT", null).statusCode()).isEqualTo(409);
        assertThat(api.send("POST", STATUS, district.admin(), "{\"to\":\"ARCHIVED\"}").statusCode()).isEqualTo(400);
        assertThat(api.send("POST", STATUS, district.admin(), "{}").statusCode()).isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/disclosures/999/2025/status", district.admin(), "{\"to\":\"SUBMITTED\"}").statusCode())
                .isEqualTo(404);
        assertThat(district.state()).isEqualTo(before);
    }

    @Test
    void aReviewerCannotSubmitOrEdit() {
        var before = district.state();
        assertThat(move(district.reviewer(), "SUBMITTED", null).statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", PATH, district.reviewer(), TestDistrict.input(read()).toString()).statusCode()).isEqualTo(403);
        assertThat(district.state()).isEqualTo(before);
    }

    @Test
    void afterWithdrawalANewDraftIsSavedAndPublishedAsItsOwnRevision() throws Exception {
        publishAsAdmin();
        assertThat(move(district.admin(), "DRAFT", null).statusCode()).isEqualTo(200);
        ObjectNode input = TestDistrict.input(read());
        ((ObjectNode) input.get("projects").get(0)).put("name", "撤回后修改的项目名称");
        assertThat(api.send("PUT", PATH, district.admin(), input.toString()).statusCode()).isEqualTo(200);
        assertThat(publishedRevision()).isNull();
        publishAsAdmin();
        assertThat(publishedRevision()).isEqualTo(2);

        // the publication log keeps what was public when, withdrawals included, in order
        var log = Db.asTenant(district.id(), c -> Sql.query(c,
                "select kind, revision_no::text, department_code, fiscal_year::text, actor from publication_event order by seq"));
        assertThat(log).extracting(r -> r.get(0) + "/" + r.get(1)).containsExactly("PUBLISHED/1", "WITHDRAWN/1", "PUBLISHED/2");
        assertThat(log).extracting(r -> r.get(2)).containsOnly("202");
        assertThat(log).extracting(r -> r.get(4)).doesNotContain("anonymous");
    }

    private void publishAsAdmin() {
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            var response = move(district.admin(), to, null);
            assertThat(response.statusCode()).as("%s: %s", to, response.body()).isEqualTo(200);
        }
    }

    private java.net.http.HttpResponse<String> move(String token, String to, String comment) {
        String body = comment == null ? "{\"to\":\"" + to + "\"}" : "{\"to\":\"" + to + "\",\"comment\":\"" + comment + "\"}";
        return api.send("POST", STATUS, token, body);
    }

    private JsonNode read() {
        var response = api.get(PATH, district.admin());
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.json(response.body());
    }

    private String status() {
        return read().get("status").asString();
    }

    private Integer publishedRevision() {
        try {
            return Db.asTenant(district.id(), c -> {
                return (Integer) Sql.single(c, "select published_revision_no from disclosure");
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
