package cn.jixiao.infra.provisioning;

import static cn.jixiao.infra.jooq.Tables.API_CLIENT;
import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Operators' writes that create a district and its API clients. Runs as the operators' role, which
 * may manage tenants and clients but cannot read any disclosure content.
 */
public final class TenantProvisioning {

    private final DSLContext ops;

    /** @param ops a context connected as the operators' role */
    public TenantProvisioning(DSLContext ops) {
        this.ops = ops;
    }

    /** Creates the tenant (pinned to the column's default template version) unless its slug exists; returns its id either way. */
    public UUID ensureTenant(String slug, String name, String regionCode) {
        return insertTenant(slug, name, regionCode, DSL.defaultValue(TENANT.PLATFORM_TEMPLATE_VERSION))
                .orElseGet(() -> ops.select(TENANT.ID).from(TENANT).where(TENANT.SLUG.eq(slug)).fetchSingle(TENANT.ID));
    }

    /** Creates a tenant pinned to a platform template version; empty when the slug is taken (concurrently too). */
    public Optional<UUID> createTenant(String slug, String name, String regionCode, int platformTemplateVersion) {
        return insertTenant(slug, name, regionCode, DSL.val(platformTemplateVersion));
    }

    private Optional<UUID> insertTenant(String slug, String name, String regionCode, Field<Integer> platformTemplateVersion) {
        return ops.insertInto(TENANT)
                .set(TENANT.SLUG, slug)
                .set(TENANT.NAME, name)
                .set(TENANT.REGION_CODE, regionCode)
                .set(TENANT.PLATFORM_TEMPLATE_VERSION, platformTemplateVersion)
                .onConflict(TENANT.SLUG).doNothing()
                .returning(TENANT.ID)
                .fetchOptional(TENANT.ID);
    }

    /**
     * Creates or replaces an API client of a tenant.
     *
     * @param secretHash the secret as stored by the platform's password encoder ({@code {bcrypt}…})
     */
    public void ensureApiClient(UUID tenantId, String clientId, String secretHash, String name, Set<String> scopes) {
        String[] scopeArray = scopes.stream().sorted().toArray(String[]::new);
        ops.insertInto(API_CLIENT)
                .set(API_CLIENT.TENANT_ID, tenantId)
                .set(API_CLIENT.CLIENT_ID, clientId)
                .set(API_CLIENT.SECRET_HASH, secretHash)
                .set(API_CLIENT.NAME, name)
                .set(API_CLIENT.SCOPES, scopeArray)
                .onConflict(API_CLIENT.TENANT_ID, API_CLIENT.CLIENT_ID)
                .doUpdate()
                .set(API_CLIENT.SECRET_HASH, secretHash)
                .set(API_CLIENT.NAME, name)
                .set(API_CLIENT.SCOPES, scopeArray)
                .execute();
    }
}
