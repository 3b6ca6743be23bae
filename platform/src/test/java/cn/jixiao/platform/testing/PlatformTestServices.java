package cn.jixiao.platform.testing;

import cn.jixiao.infra.db.DatabaseRoles;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.infra.testing.TestServices;

/** The platform connects as the application role; Flyway migrates as the owner; the demo loads. */
public class PlatformTestServices extends TestServices {

    @Override
    protected DatabaseRoles.Credentials connectAs(DatabaseRoles roles) {
        return roles.app();
    }

    @Override
    protected void configure(TestDatabase db) {
        var roles = db.roles();
        System.setProperty("spring.flyway.user", roles.owner().username());
        System.setProperty("spring.flyway.password", roles.owner().password());
        System.setProperty("jixiao.demo.ops-username", roles.ops().username());
        System.setProperty("jixiao.demo.ops-password", roles.ops().password());
        System.setProperty("jixiao.demo.allow-external-database", "true");
        System.setProperty("jixiao.jobs.key-prefix", ownRedisKeys("jobs"));
        // the whole suite signs in from 127.0.0.1, far more than a person's 30 a minute; the
        // per-account lockout stays as configured (WebLoginTest), the throttle itself is LoginThrottle's tests'
        System.setProperty("jixiao.login.max-attempts-per-address", "100000");
    }
}
