package cn.jixiao.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TenantState;
import cn.jixiao.platform.testing.TestDistrict;
import cn.jixiao.platform.testing.TestTenants;

/** A suspended district reads but cannot write: every write answers 403 "区县已暂停服务…" and stores nothing. */
class SuspendedTenantTest extends DistrictUsersTest {

    private static final String PATH = TestDistrict.DISCLOSURE;

    @Test
    void everyWriteIsRefusedReadsGoOn() {
        String body = TestDistrict.input(Api.json(api.get(PATH, district.admin()).body())).toString();
        TestTenants.suspend(district.id());
        TenantState before = district.state();

        refused(api.send("PUT", PATH, district.admin(), body));
        refused(api.send("POST", PATH + "/status", district.admin(), "{\"to\":\"SUBMITTED\"}"));
        refused(api.send("POST", PATH + "/roll-forward", district.admin(), null));
        refused(api.send("POST", PATH + "/template-migration", district.admin(),
                "{\"to\":{\"id\":\"platform-default\",\"version\":1},\"apply\":true}"));
        refused(api.send("PUT", "/api/v1/document-settings", district.admin(), "{\"footerText\":\"暂停后\"}"));
        refused(api.send("POST", "/api/v1/document-batches", district.admin(), "{\"fiscalYear\":2025}"));
        refused(api.send("PUT", "/api/v1/form-templates/default", district.admin(), "{\"id\":\"platform-default\",\"version\":1}"));
        refused(api.send("PUT", PATH, district.editor202001(), body));

        assertThat(district.state()).as("nothing stored, nothing audited").isEqualTo(before);
        assertThat(api.get(PATH, district.admin()).statusCode()).as("reads go on").isEqualTo(200);
        assertThat(api.get("/api/v1/departments", district.reviewer()).statusCode()).isEqualTo(200);
    }

    private static void refused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(Api.json(response.body()).get("detail").asString()).startsWith("区县已暂停服务");
    }
}
