package cn.jixiao.platform.testing;

import java.util.Set;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import cn.jixiao.infra.provisioning.TenantProvisioning;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;

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

    /** As {@link #create}, holding the seed's department 202 and its 2025 disclosure without validation errors. */
    public static UUID withSeed(DisclosureCommands commands, String slug, String secret, String... scopes) {
        UUID id = create(slug, secret, scopes);
        CurrentTenant.callAs(new TenantId(id), "test", () -> commands.create(TestDisclosures.seedWithoutErrors(), Origin.demo(), "seed"));
        return id;
    }

    /** A further API client of an existing tenant. */
    public static void addClient(UUID tenantId, String clientId, String secret, String... scopes) {
        new TenantProvisioning(DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES)).ensureApiClient(tenantId,
                clientId, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(secret), "测试接口", Set.of(scopes));
    }

    /** Operators suspend the district (tenant.status). */
    public static void suspend(UUID tenantId) {
        operatorsUpdate("update tenant set status = 'SUSPENDED' where id = ?", tenantId);
    }

    /** Operators take the district's public pages down, or put them back up. */
    public static void publicPages(UUID tenantId, boolean up) {
        operatorsUpdate("update tenant set public_pages = " + up + " where id = ?", tenantId);
    }

    private static void operatorsUpdate(String sql, UUID tenantId) {
        try {
            Db.asOperators(c -> Sql.update(c, sql, tenantId));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
