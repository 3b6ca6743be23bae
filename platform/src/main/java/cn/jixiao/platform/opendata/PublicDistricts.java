package cn.jixiao.platform.opendata;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantActorAuthentication;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * Finds a district by the slug of a public URL and runs work as its anonymous reader (authority
 * {@code PUBLIC_READ} only), as {@code portal.PortalTenants} does for the portal pages; the two are to be
 * merged. The slug is declared in {@code jixiao.tenant_lookup}, so row-level security
 * lets exactly that tenant row through; a district whose pages operators took down is not found.
 */
@Component
public class PublicDistricts {

    private static final Pattern SLUG = Pattern.compile("^[a-z][a-z0-9-]{1,62}$");

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    PublicDistricts(DSLContext dsl, PlatformTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    /** Runs {@code work} as the district's public reader; empty when there is no such district or its pages are down. */
    public <T> Optional<T> read(String slug, Function<PublicDistrict, T> work) {
        return find(slug).map(d -> CurrentTenant.runAs(new Reader(d), () -> work.apply(d)));
    }

    /** The district the current transaction is bound to, as its public URLs name it. */
    PublicDistrict current() {
        TenantId tenant = CurrentTenant.require();
        return dsl.select(TENANT.SLUG, TENANT.NAME).from(TENANT).where(TENANT.ID.eq(tenant.value()))
                .fetchSingle(r -> new PublicDistrict(tenant, r.value1(), r.value2()));
    }

    private Optional<PublicDistrict> find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return tx.execute(s -> {
            dsl.select(DSL.function("set_config", String.class, DSL.inline("jixiao.tenant_lookup"), DSL.val(slug), DSL.inline(true)))
                    .fetch();
            return dsl.select(TENANT.ID, TENANT.SLUG, TENANT.NAME).from(TENANT)
                    .where(TENANT.SLUG.eq(slug).and(TENANT.PUBLIC_PAGES.isTrue()))
                    .fetchOptional(r -> new PublicDistrict(new TenantId(r.value1()), r.value2(), r.value3()));
        });
    }

    /** The anonymous reader: only the readers of published material accept it. */
    private static final class Reader extends TenantActorAuthentication {
        Reader(PublicDistrict district) {
            super(district.id(), "PUBLIC_READ", "public");
        }
    }
}
