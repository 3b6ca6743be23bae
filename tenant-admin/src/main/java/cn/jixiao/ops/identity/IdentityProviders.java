package cn.jixiao.ops.identity;

import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.TENANT_IDENTITY_PROVIDER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.ops.audit.OperatorAudit;
import cn.jixiao.ops.tenant.TenantDirectory;

/**
 * A district's external OIDC issuer (one per district). An issuer trusted by two districts would
 * make its tokens ambiguous, so it is refused; the check and the write are serialized by a lock
 * because the schema keys the table by tenant only.
 */
@Service
public class IdentityProviders {

    private final DSLContext dsl;
    private final TenantDirectory tenants;
    private final OperatorAudit audit;
    private final Validator validator;

    IdentityProviders(DSLContext dsl, TenantDirectory tenants, OperatorAudit audit, Validator validator) {
        this.dsl = dsl;
        this.validator = validator;
        this.tenants = tenants;
        this.audit = audit;
    }

    /**
     * Sets or replaces the district's issuer.
     *
     * @throws OpsRefusal INVALID input; NOT_FOUND district; CONFLICT issuer configured for another district
     */
    @Transactional
    public void set(String slug, IdentityProviderRequest request, String operator) {
        // both lengths share one message
        List<String> problems = validator.validate(request).stream().map(ConstraintViolation::getMessage).distinct().toList();
        if (!problems.isEmpty()) {
            throw OpsRefusal.invalid(problems);
        }
        UUID tenantId = tenants.lockId(slug);
        dsl.execute("select pg_advisory_xact_lock(hashtext('jixiao.tenant_identity_provider.issuer'))");
        Optional<String> other = dsl.select(TENANT.SLUG).from(TENANT_IDENTITY_PROVIDER)
                .join(TENANT).on(TENANT.ID.eq(TENANT_IDENTITY_PROVIDER.TENANT_ID))
                .where(TENANT_IDENTITY_PROVIDER.ISSUER.eq(request.issuer()), TENANT_IDENTITY_PROVIDER.TENANT_ID.ne(tenantId))
                .limit(1)
                .fetchOptional(TENANT.SLUG);
        if (other.isPresent()) {
            throw new OpsRefusal(OpsRefusal.Kind.CONFLICT, "签发者 " + request.issuer() + " 已配置给区“" + other.get()
                    + "”；同一签发者不能服务两个区");
        }
        String webClientSecret = webClientSecret(tenantId, request);
        dsl.insertInto(TENANT_IDENTITY_PROVIDER)
                .set(TENANT_IDENTITY_PROVIDER.TENANT_ID, tenantId)
                .set(TENANT_IDENTITY_PROVIDER.ISSUER, request.issuer())
                .set(TENANT_IDENTITY_PROVIDER.JWK_SET_URI, request.jwkSetUri())
                .set(TENANT_IDENTITY_PROVIDER.AUDIENCE, request.audience())
                .set(TENANT_IDENTITY_PROVIDER.USERNAME_CLAIM, request.usernameClaim())
                .set(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_ID, request.webSignIn() ? request.webClientId() : null)
                .set(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_SECRET, webClientSecret)
                .onConflict(TENANT_IDENTITY_PROVIDER.TENANT_ID).doUpdate()
                .set(TENANT_IDENTITY_PROVIDER.ISSUER, request.issuer())
                .set(TENANT_IDENTITY_PROVIDER.JWK_SET_URI, request.jwkSetUri())
                .set(TENANT_IDENTITY_PROVIDER.AUDIENCE, request.audience())
                .set(TENANT_IDENTITY_PROVIDER.USERNAME_CLAIM, request.usernameClaim())
                .set(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_ID, request.webSignIn() ? request.webClientId() : null)
                .set(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_SECRET, webClientSecret)
                .execute();
        audit.record(tenantId, operator, "OPERATOR_IDENTITY_PROVIDER_SET", "identity-provider",
                Map.of("issuer", request.issuer(), "jwkSetUri", request.jwkSetUri(), "audience", request.audience(),
                        "usernameClaim", request.usernameClaim(), "webClientId", request.webClientId(),
                        "webClientSecretChanged", !request.webClientSecret().isEmpty())); // never the secret itself
    }

    /** The web client secret to store: the one given, else the one stored before; none without a web client id. */
    private String webClientSecret(UUID tenantId, IdentityProviderRequest request) {
        if (!request.webSignIn()) {
            return null;
        }
        if (!request.webClientSecret().isEmpty()) {
            return request.webClientSecret();
        }
        return dsl.select(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_SECRET).from(TENANT_IDENTITY_PROVIDER)
                .where(TENANT_IDENTITY_PROVIDER.TENANT_ID.eq(tenantId))
                .fetchOptional(TENANT_IDENTITY_PROVIDER.WEB_CLIENT_SECRET)
                .orElseThrow(() -> OpsRefusal.invalid(List.of("首次配置网页登录须填写客户端密钥")));
    }

    /** @return true when the district had an issuer configured */
    @Transactional
    public boolean remove(String slug, String operator) {
        UUID tenantId = tenants.lockId(slug);
        Optional<String> issuer = dsl.deleteFrom(TENANT_IDENTITY_PROVIDER)
                .where(TENANT_IDENTITY_PROVIDER.TENANT_ID.eq(tenantId))
                .returning(TENANT_IDENTITY_PROVIDER.ISSUER)
                .fetchOptional(TENANT_IDENTITY_PROVIDER.ISSUER);
        issuer.ifPresent(i -> audit.record(tenantId, operator, "OPERATOR_IDENTITY_PROVIDER_REMOVED", "identity-provider",
                Map.of("issuer", i)));
        return issuer.isPresent();
    }
}
