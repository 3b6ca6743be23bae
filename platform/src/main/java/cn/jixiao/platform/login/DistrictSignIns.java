package cn.jixiao.platform.login;

import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.TENANT_IDENTITY_PROVIDER;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.platform.security.TrustedIssuer;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.tenancy.TransactionSettings;

/**
 * Finds whether a district signs its users in through its own issuer. Nobody is signed in yet, so,
 * like the login form, the lookup declares the slug ({@code jixiao.tenant_lookup}) to see that one
 * tenant row, then binds that tenant to read its identity-provider row. Read on every sign-in, so
 * operators' changes and suspensions apply at once.
 */
@Component
class DistrictSignIns {

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    DistrictSignIns(DSLContext dsl, TenantBindingTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    /** The district's web sign-in settings; empty when it has no issuer or no web client credentials. */
    Optional<DistrictSignIn> find(String slug) {
        return tx.execute(status -> {
            TransactionSettings.setLocal(dsl, "jixiao.tenant_lookup", slug);
            var tenant = dsl.select(TENANT.ID, TENANT.STATUS).from(TENANT).where(TENANT.SLUG.eq(slug)).fetchOne();
            if (tenant == null) {
                return Optional.<DistrictSignIn>empty();
            }
            TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, tenant.value1().toString());
            var idp = dsl.selectFrom(TENANT_IDENTITY_PROVIDER)
                    .where(TENANT_IDENTITY_PROVIDER.TENANT_ID.eq(tenant.value1()),
                            TENANT_IDENTITY_PROVIDER.WEB_CLIENT_ID.isNotNull(), TENANT_IDENTITY_PROVIDER.WEB_CLIENT_SECRET.isNotNull())
                    .fetchOne();
            if (idp == null) {
                return Optional.<DistrictSignIn>empty();
            }
            var issuer = new TrustedIssuer(new TenantId(tenant.value1()), idp.getIssuer(), idp.getJwkSetUri(), idp.getAudience(),
                    idp.getUsernameClaim());
            return Optional.of(new DistrictSignIn(issuer, slug, tenant.value2() == TenantStatus.ACTIVE, idp.getWebClientId(),
                    idp.getWebClientSecret()));
        });
    }
}
