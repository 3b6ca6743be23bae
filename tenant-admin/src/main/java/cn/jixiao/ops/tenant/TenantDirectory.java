package cn.jixiao.ops.tenant;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.TENANT_IDENTITY_PROVIDER;
import static cn.jixiao.infra.jooq.Tables.TENANT_USAGE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.ops.OpsRefusal;

/** Reads districts with their usage and identity provider; never any content table. */
@Repository
public class TenantDirectory {

    private final DSLContext dsl;

    TenantDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The id of the district with this slug, locking its row for the rest of the transaction. */
    public UUID lockId(String slug) {
        return dsl.select(TENANT.ID).from(TENANT).where(TENANT.SLUG.eq(slug)).forUpdate()
                .fetchOptional(TENANT.ID)
                .orElseThrow(() -> OpsRefusal.tenantNotFound(slug));
    }

    @Transactional(readOnly = true)
    public List<TenantOverview> list() {
        return overviews(DSL.noCondition());
    }

    @Transactional(readOnly = true)
    public TenantOverview get(String slug) {
        return overviews(TENANT.SLUG.eq(slug)).stream().findFirst().orElseThrow(() -> OpsRefusal.tenantNotFound(slug));
    }

    /** The district's users with the admin role, oldest first, and whether each has set a password. */
    @Transactional(readOnly = true)
    public List<TenantAdmin> admins(String slug) {
        return dsl.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_SET, APP_USER.SETUP_TOKEN_EXPIRES_AT)
                .from(APP_USER).join(TENANT).on(TENANT.ID.eq(APP_USER.TENANT_ID))
                .where(TENANT.SLUG.eq(slug), APP_USER.ROLE.eq(Role.TENANT_ADMIN))
                .orderBy(APP_USER.CREATED_AT, APP_USER.USERNAME)
                .fetch(r -> new TenantAdmin(r.value1(), r.value2(), Boolean.TRUE.equals(r.value3()),
                        Optional.ofNullable(r.value4()).map(OffsetDateTime::toInstant).orElse(null)));
    }

    private List<TenantOverview> overviews(Condition condition) {
        return dsl.select(TENANT.SLUG, TENANT.NAME, TENANT.REGION_CODE, TENANT.STATUS, TENANT.PUBLIC_PAGES,
                        TENANT.PLATFORM_TEMPLATE_VERSION, TENANT.CREATED_AT,
                        TENANT_USAGE.DEPARTMENTS, TENANT_USAGE.DISCLOSURES, TENANT_USAGE.STORAGE_BYTES, TENANT_USAGE.LAST_ACTIVITY_AT,
                        TENANT_IDENTITY_PROVIDER.ISSUER, TENANT_IDENTITY_PROVIDER.JWK_SET_URI, TENANT_IDENTITY_PROVIDER.AUDIENCE,
                        TENANT_IDENTITY_PROVIDER.USERNAME_CLAIM, TENANT_IDENTITY_PROVIDER.WEB_CLIENT_ID)
                .from(TENANT)
                .leftJoin(TENANT_USAGE).on(TENANT_USAGE.TENANT_ID.eq(TENANT.ID))
                .leftJoin(TENANT_IDENTITY_PROVIDER).on(TENANT_IDENTITY_PROVIDER.TENANT_ID.eq(TENANT.ID))
                .where(condition)
                .orderBy(TENANT.SLUG)
                .fetch(TenantDirectory::overview);
    }

    private static TenantOverview overview(Record r) {
        // a district the platform has not counted yet has no usage row: zeros, no last activity
        TenantOverview.Usage usage = new TenantOverview.Usage(
                Optional.ofNullable(r.get(TENANT_USAGE.DEPARTMENTS)).orElse(0),
                Optional.ofNullable(r.get(TENANT_USAGE.DISCLOSURES)).orElse(0),
                Optional.ofNullable(r.get(TENANT_USAGE.STORAGE_BYTES)).orElse(0L),
                Optional.ofNullable(r.get(TENANT_USAGE.LAST_ACTIVITY_AT)).map(OffsetDateTime::toInstant).orElse(null));
        TenantOverview.IdentityProviderView idp = r.get(TENANT_IDENTITY_PROVIDER.ISSUER) == null ? null
                : new TenantOverview.IdentityProviderView(r.get(TENANT_IDENTITY_PROVIDER.ISSUER), r.get(TENANT_IDENTITY_PROVIDER.JWK_SET_URI),
                r.get(TENANT_IDENTITY_PROVIDER.AUDIENCE), r.get(TENANT_IDENTITY_PROVIDER.USERNAME_CLAIM),
                r.get(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_ID));
        return new TenantOverview(r.get(TENANT.SLUG), r.get(TENANT.NAME), r.get(TENANT.REGION_CODE), r.get(TENANT.STATUS),
                r.get(TENANT.PUBLIC_PAGES), r.get(TENANT.PLATFORM_TEMPLATE_VERSION), r.get(TENANT.CREATED_AT).toInstant(), usage, idp);
    }
}
