package cn.jixiao.platform.testing;

import java.util.Set;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import cn.jixiao.infra.provisioning.TenantProvisioning;
import cn.jixiao.infra.testing.TestDatabase;

/** Creates further districts with API clients, as an operator would, for tests that need more than the demo. */
public final class TestTenants {

    private TestTenants() {
    }

    /** A new tenant with client {@code <slug>-api} whose secret is {@code secret}; returns the tenant id. */
    public static UUID create(String slug, String secret, String... scopes) {
        var ops = DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES);
        var provisioning = new TenantProvisioning(ops);
        UUID id = provisioning.ensureTenant(slug, "测试区 " + slug, "130203");
        provisioning.ensureApiClient(id, slug + "-api",
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret), "测试接口", Set.of(scopes));
        return id;
    }

    /** A further API client of an existing tenant. */
    public static void addClient(UUID tenantId, String clientId, String secret, String... scopes) {
        new TenantProvisioning(DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES)).ensureApiClient(tenantId,
                clientId, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret), "测试接口", Set.of(scopes));
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Suspends a district, as an operator would. */
    public static void suspend(UUID tenantId) {
        DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES).update(cn.jixiao.infra.jooq.Tables.TENANT)
                .set(cn.jixiao.infra.jooq.Tables.TENANT.STATUS, "SUSPENDED")
                .where(cn.jixiao.infra.jooq.Tables.TENANT.ID.eq(tenantId)).execute();
    }
}
