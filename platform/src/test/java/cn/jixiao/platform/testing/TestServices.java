package cn.jixiao.platform.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.infra.testing.TestRedis;

/**
 * Points every Spring context of this test run at the test PostgreSQL and Redis (CI's local
 * services from the environment, else embedded ones) before any context starts. The platform
 * connects as the application role, exactly as in production.
 */
public class TestServices implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase db = TestDatabase.get();
        var roles = db.roles();
        System.setProperty("spring.datasource.url", db.jdbcUrl());
        System.setProperty("spring.datasource.username", roles.app().username());
        System.setProperty("spring.datasource.password", roles.app().password());
        System.setProperty("spring.flyway.user", roles.owner().username());
        System.setProperty("spring.flyway.password", roles.owner().password());
        System.setProperty("jixiao.demo.ops-username", roles.ops().username());
        System.setProperty("jixiao.demo.ops-password", roles.ops().password());
        System.setProperty("jixiao.demo.allow-external-database", "true");
        System.setProperty("spring.data.redis.url", TestRedis.url());
        // a key space of its own: CI, developers and the e2e jar may share one Redis
        System.setProperty("jixiao.jobs.key-prefix", "jixiao-test-" + java.util.UUID.randomUUID() + ":jobs");
    }
}
