package cn.jixiao.platform.security;

import static cn.jixiao.infra.jooq.Tables.TENANT_IDENTITY_PROVIDER;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.tenancy.TransactionSettings;

/**
 * Finds the district that trusts an issuer. A bearer token names its issuer before any tenant is
 * known, so the lookup declares that issuer ({@code jixiao.issuer_lookup}) and row-level security
 * lets exactly its rows through (policy {@code idp_issuer_lookup}). An issuer trusted by no
 * district, or by more than one, is not trusted at all.
 */
@Component
class TrustedIssuers {

    static final String LOOKUP_SETTING = "jixiao.issuer_lookup";

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    TrustedIssuers(DSLContext dsl, TenantBindingTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    Optional<TrustedIssuer> find(String issuer) {
        return tx.execute(status -> {
            TransactionSettings.setLocal(dsl, LOOKUP_SETTING, issuer);
            var rows = dsl.selectFrom(TENANT_IDENTITY_PROVIDER).where(TENANT_IDENTITY_PROVIDER.ISSUER.eq(issuer)).fetch();
            if (rows.size() != 1) {
                return Optional.<TrustedIssuer>empty(); // unknown, or ambiguous: refuse either way
            }
            var row = rows.get(0);
            return Optional.of(new TrustedIssuer(new TenantId(row.getTenantId()), row.getIssuer(), row.getJwkSetUri(),
                    row.getAudience(), row.getUsernameClaim()));
        });
    }
}
