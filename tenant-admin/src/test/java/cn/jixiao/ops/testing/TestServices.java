package cn.jixiao.ops.testing;

import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.infra.testing.TestRedis;

/**
 * Points every Spring context of this test run at the test PostgreSQL (a fresh migrated database,
 * connected to as the operators' role, as in production) and Redis, before any context starts.
 */
public class TestServices implements LauncherSessionListener {

    public static final String OPERATOR = "test-operator";
    public static final String PASSWORD = "test-operator-secret-1";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase db = TestDatabase.get();
        var ops = db.roles().ops();
        System.setProperty("spring.datasource.url", db.jdbcUrl());
        System.setProperty("spring.datasource.username", ops.username());
        System.setProperty("spring.datasource.password", ops.password());
        System.setProperty("spring.data.redis.url", TestRedis.url());
        System.setProperty("jixiao.ops.bootstrap-operator.username", OPERATOR);
        System.setProperty("jixiao.ops.bootstrap-operator.password", PASSWORD);
        System.setProperty("jixiao.ops.platform-url", "https://jixiao.example.cn/");
        // a key space of its own: CI, developers and other test runs may share one Redis
        System.setProperty("jixiao.ops.login-throttle.key-prefix", "jixiao-ops-test-" + UUID.randomUUID() + ":login-failures");
    }
}
