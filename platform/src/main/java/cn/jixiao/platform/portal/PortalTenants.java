package cn.jixiao.platform.portal;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.security.LookupCaches;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * Finds a district by the slug in a public URL and reads its published material as a
 * {@link PublicVisitor}. The lookup declares the slug ({@code jixiao.tenant_lookup}), and row-level
 * security lets exactly that tenant row through (V8's {@code tenant_login_lookup}); nothing else of
 * any district is visible before the visitor is bound. A suspended district's pages stay up; a
 * district whose pages operators took down is not found.
 */
@Component
class PortalTenants {

    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,62}$");

    private final DSLContext dsl;
    private final TransactionTemplate tx;
    private final Cache<String, Optional<PortalTenant>> cache = LookupCaches.expiring(PortalCache.LIFETIME, 10_000);

    PortalTenants(DSLContext dsl, PlatformTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    /**
     * The district of a public URL whose pages are up. Cached for the pages' cache lifetime: the
     * served pages need no database at all on a hit (operators taking pages down show within it).
     */
    Optional<PortalTenant> find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty(); // not even looked up, nor cached
        }
        return cache.get(slug, this::load).filter(PortalTenant::publicPages);
    }

    /** Runs {@code work} as the district's public visitor. */
    static <T> T asVisitor(TenantId tenant, Supplier<T> work) {
        return CurrentTenant.runAs(new PublicVisitor(tenant), work);
    }

    void forget() {
        cache.invalidateAll();
    }

    private Optional<PortalTenant> load(String slug) {
        return tx.execute(s -> {
            dsl.select(DSL.function("set_config", String.class, DSL.inline("jixiao.tenant_lookup"), DSL.val(slug), DSL.inline(true)))
                    .fetch();
            return dsl.select(TENANT.ID, TENANT.SLUG, TENANT.NAME, TENANT.PUBLIC_PAGES).from(TENANT)
                    .where(TENANT.SLUG.eq(slug))
                    .fetchOptional(r -> new PortalTenant(new TenantId(r.value1()), r.value2(), r.value3(), r.value4()));
        });
    }
}
