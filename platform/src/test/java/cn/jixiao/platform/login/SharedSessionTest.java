package cn.jixiao.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import cn.jixiao.platform.JixiaoApplication;
import cn.jixiao.platform.testing.Browser;

/**
 * Web sessions live in Redis, so instances need no sticky sessions: a second platform instance
 * (same database and Redis, its own port) serves the user who signed in at the first, takes a form
 * with the session's CSRF token, and a sign-out at the second ends the session at the first too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    ConfigurableApplicationContext second;
    String secondBase;

    @BeforeAll
    void startASecondInstance() {
        second = new SpringApplicationBuilder(JixiaoApplication.class)
                .run("--server.port=0", "--jixiao.jobs.workers=0");
        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        secondBase = "http://127.0.0.1:" + secondPort;
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aUserSignedInAtOneInstanceWorksAtAnother() {
        Browser browser = new Browser(port);
        var home = browser.login("lunan", "admin", "jixiao-demo-pass");
        assertThat(home.body()).contains("演示管理员");
        String session = browser.sessionId();
        assertThat(session).as("the session cookie").isNotBlank();
        String id = new String(java.util.Base64.getDecoder().decode(session), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(redis.hasKey("spring:session:sessions:" + id)).as("the session is stored in Redis").isTrue();

        var elsewhere = browser.get(secondBase + "/app");
        assertThat(elsewhere.statusCode()).as("signed in at the other instance").isEqualTo(200);
        assertThat(elsewhere.body()).contains("演示管理员", "唐山市路南区");

        var board = browser.get(secondBase + "/app/years/2025");
        var refused = browser.submit(board, secondBase + "/app/years/2025/deadline", Map.of("budgetApprovedOn", "", "deadline", ""));
        assertThat(refused.statusCode()).as("the session's CSRF token is accepted there").isEqualTo(422);
        assertThat(refused.body()).contains("请填写预算批复日期");

        var out = browser.submit(elsewhere, secondBase + "/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.get("/app").statusCode()).as("signed out at the first instance too").isEqualTo(302);
    }
}
