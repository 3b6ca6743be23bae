package cn.jixiao.platform.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;

/** A district admin manages users over the API: bad input is refused with the reasons and creates nothing. */
class UsersApiTest extends DistrictUsersTest {

    private static final String USERS = "/api/v1/users";

    @Test
    void anAdminCreatesAUnitEditorAndGetsItsOneTimeLink() {
        var created = api.send("POST", USERS, district.admin(),
                "{\"username\":\"li.si\",\"displayName\":\"李四\",\"role\":\"UNIT_EDITOR\",\"unitCodes\":[\"202003\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Api.json(created.body()).get("setupLink").asString()).matches("http://localhost:\\d+/setup/[A-Za-z0-9_-]{43}");
        var listed = Api.json(api.get(USERS, district.admin()).body());
        assertThat(listed.findValuesAsString("username")).contains("li.si");
        assertThat(api.get(USERS, district.admin()).body()).contains("\"awaitingPassword\":true", "202003")
                .doesNotContain("hash");
    }

    @Test
    void badInputIsRefusedWithTheReasonsAndCreatesNothing() {
        String before = api.get(USERS, district.admin()).body();
        var noUnit = api.send("POST", USERS, district.admin(),
                "{\"username\":\"wang\",\"displayName\":\"王五\",\"role\":\"UNIT_EDITOR\",\"unitCodes\":[]}");
        assertThat(noUnit.statusCode()).isEqualTo(400);
        assertThat(noUnit.body()).contains("单位填报人至少需要负责一个单位");
        var unknownUnit = api.send("POST", USERS, district.admin(),
                "{\"username\":\"wang\",\"displayName\":\"王五\",\"role\":\"UNIT_EDITOR\",\"unitCodes\":[\"999999\"]}");
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("没有编码为 999999 的单位");
        var badName = api.send("POST", USERS, district.admin(), "{\"username\":\"王 五\",\"displayName\":\"\",\"role\":\"REVIEWER\"}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(badName.body()).contains("用户名应为", "请填写姓名");
        assertThat(api.send("POST", USERS, district.admin(), "{not json").statusCode()).isEqualTo(400);
        assertThat(api.get(USERS, district.admin()).body()).as("nothing created").isEqualTo(before);

        String user = "{\"username\":\"zhou\",\"displayName\":\"周\",\"role\":\"REVIEWER\"}";
        assertThat(api.send("POST", USERS, district.admin(), user).statusCode()).isEqualTo(201);
        var again = api.send("POST", USERS, district.admin(), user);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("用户名 zhou 已存在");
        assertThat(api.send("POST", USERS + "/nobody/setup-link", district.admin(), null).statusCode()).isEqualTo(404);
    }
}
