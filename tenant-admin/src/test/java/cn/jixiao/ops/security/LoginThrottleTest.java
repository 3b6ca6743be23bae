package cn.jixiao.ops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.ops.testing.OpsHttp;

/** Five failed logins lock the username for a while, in the console and the API alike, even with the right password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void fiveFailuresLockTheAccountWithAChineseMessage() throws SQLException {
        String username = "throttled-" + System.nanoTime();
        String password = "the-right-password-1";
        Sql.inTransaction(Db.ops(), c -> Sql.update(c, "insert into operator_account (username, password_hash) values (?, ?)",
                username, encoder.encode(password)));
        OpsHttp browser = new OpsHttp(port);

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = browser.login(username, "wrong-" + i);
            assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> locked = browser.login(username, password);
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(browser.get("/login?locked").body()).contains("登录失败次数过多", "已暂时锁定", "15 分钟后再试");
        assertThat(browser.get("/tenants").statusCode()).as("not logged in").isEqualTo(302);

        HttpResponse<String> api = browser.api("GET", "/api/ops/v1/tenants", null, username, password);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(OpsHttp.json(api.body()).get("detail").asString()).contains("已暂时锁定");
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() throws SQLException {
        String username = "recovers-" + System.nanoTime();
        String password = "the-right-password-2";
        Sql.inTransaction(Db.ops(), c -> Sql.update(c, "insert into operator_account (username, password_hash) values (?, ?)",
                username, encoder.encode(password)));
        OpsHttp client = new OpsHttp(port);
        for (int i = 0; i < 4; i++) {
            assertThat(client.api("GET", "/api/ops/v1/tenants", null, username, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(client.api("GET", "/api/ops/v1/tenants", null, username, password).statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(client.api("GET", "/api/ops/v1/tenants", null, username, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(client.api("GET", "/api/ops/v1/tenants", null, username, password).statusCode()).isEqualTo(200);
    }
}
