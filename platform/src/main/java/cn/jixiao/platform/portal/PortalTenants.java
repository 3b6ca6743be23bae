package cn.jixiao.platform.portal;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.Optional;
import java.util.function.Function;
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
import cn.jixiao.platform.tenancy.TenantDirectory;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.templates.disclosure.District;

/**
 * Finds a district by the slug in a public URL and reads its published material as a
 * {@link PublicVisitor}: the one lookup of the portal, search and open data. The lookup declares the
 * slug ({@code jixiao.tenant_lookup}), and row-level security lets exactly that tenant row through
 * (V8's {@code tenant_login_lookup}); nothing else of any district is visible before the visitor is
 * bound. A suspended district's pages stay up; a district whose pages operators took down is not found.
 */
@Component
public class PortalTenants {

    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,62}$");

    private final DSLContext dsl;
    private final TenantDirectory directory;
    private final TransactionTemplate tx;
    private final Cache<String, Optional<PortalTenant>> cache = LookupCaches.expiring(PortalCache.LIFETIME, 10_000);

    PortalTenants(DSLContext dsl, TenantDirectory directory, PlatformTransactionManager txManager) {
        this.dsl = dsl;
        this.directory = directory;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    /**
     * The district of a public URL whose pages are up. Cached for the pages' cache lifetime: the
     * served pages need no database at all on a hit (operators taking pages down show within it,
     * on the portal, search and open data alike).
     */
    public Optional<PortalTenant> find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty(); // not even looked up, nor cached
        }
        return cache.get(slug, this::load);
    }

    /** Runs {@code work} as the public visitor of the district of a public URL; empty when it is not found. */
    public <T> Optional<T> read(String slug, Function<PortalTenant, T> work) {
        return find(slug).map(d -> asVisitor(d.id(), () -> work.apply(d)));
    }

    /** Runs {@code work} as the district's public visitor. */
    public static <T> T asVisitor(TenantId tenant, Supplier<T> work) {
        return CurrentTenant.runAs(new PublicVisitor(tenant), work);
    }

    /** The district the current transaction is bound to, as its public URLs name it (e.g. while publishing). */
    public PortalTenant current() {
        District d = directory.current();
        return new PortalTenant(CurrentTenant.require(), d.slug(), d.name());
    }

    void forget() {
        cache.invalidateAll();
    }

    private Optional<PortalTenant> load(String slug) {
        return tx.execute(s -> {
            dsl.select(DSL.function("set_config", String.class, DSL.inline("jixiao.tenant_lookup"), DSL.val(slug), DSL.inline(true)))
                    .fetch();
            return dsl.select(TENANT.ID, TENANT.SLUG, TENANT.NAME).from(TENANT)
                    .where(TENANT.SLUG.eq(slug).and(TENANT.PUBLIC_PAGES.isTrue()))
                    .fetchOptional(r -> new PortalTenant(new TenantId(r.value1()), r.value2(), r.value3()));
        });
    }
}
