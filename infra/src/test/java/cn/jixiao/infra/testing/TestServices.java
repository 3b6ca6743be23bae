package cn.jixiao.infra.testing;

import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import cn.jixiao.infra.db.DatabaseRoles;

/**
 * Points every Spring context of a test run at the test PostgreSQL and Redis (CI's local services
 * from the environment, else embedded ones) before any context starts. Each application registers
 * its subclass in {@code META-INF/services}, naming the role it connects as in production and its
 * own settings.
 */
public abstract class TestServices implements LauncherSessionListener {

    @Override
    public final void launcherSessionOpened(LauncherSession session) {
        TestDatabase db = TestDatabase.get();
        DatabaseRoles.Credentials role = connectAs(db.roles());
        System.setProperty("spring.datasource.url", db.jdbcUrl());
        System.setProperty("spring.datasource.username", role.username());
        System.setProperty("spring.datasource.password", role.password());
        System.setProperty("spring.data.redis.url", TestRedis.url());
        configure(db);
    }

    /** The role the application connects as, exactly as in production. */
    protected abstract DatabaseRoles.Credentials connectAs(DatabaseRoles roles);

    /** The application's own settings, as system properties. */
    protected abstract void configure(TestDatabase db);

    /** A Redis key prefix of this run's own: CI, developers and the e2e jars may share one Redis. */
    protected static String ownRedisKeys(String name) {
        return "jixiao-test-" + UUID.randomUUID() + ":" + name;
    }
}
