package cn.jixiao.ops.tenant;

import static cn.jixiao.infra.jooq.Tables.APP_USER;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.SetupToken;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.jixiao.infra.identity.SetupTokens;
import cn.jixiao.infra.provisioning.TenantProvisioning;
import cn.jixiao.ops.OpsProperties;
import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.ops.audit.OperatorAudit;

/**
 * Subscribing a district: the tenant, its first admin (no password yet, a one-time setup link) and
 * its pin to the current platform template, in one transaction with the audit entry. Also
 * re-issues the link to an admin who has not used it.
 */
@Service
public class TenantSubscriptions {

    private final DSLContext dsl;
    private final TenantProvisioning provisioning;
    private final TenantDirectory tenants;
    private final LatestTemplateVersion templates;
    private final OperatorAudit audit;
    private final OpsProperties properties;
    private final Clock clock;
    private final Validator validator;

    TenantSubscriptions(DSLContext dsl, TenantDirectory tenants, LatestTemplateVersion templates, OperatorAudit audit,
                        OpsProperties properties, Validator validator) {
        this.dsl = dsl;
        this.provisioning = new TenantProvisioning(dsl);
        this.validator = validator;
        this.tenants = tenants;
        this.templates = templates;
        this.audit = audit;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /**
     * @throws OpsRefusal INVALID with every problem of the input; CONFLICT when the slug is taken
     */
    @Transactional
    public Subscription subscribe(SubscribeRequest request, String operator) {
        List<String> problems = validator.validate(request).stream().map(ConstraintViolation::getMessage).toList();
        if (!problems.isEmpty()) {
            throw OpsRefusal.invalid(problems);
        }
        int version = templates.latestVersion();
        UUID tenantId = provisioning.createTenant(request.slug(), request.name(), request.regionCode(), version)
                .orElseThrow(() -> slugTaken(request.slug()));
        SetupToken token = SetupTokens.issue(clock);
        dsl.insertInto(APP_USER)
                .set(APP_USER.TENANT_ID, tenantId)
                .set(APP_USER.USERNAME, request.adminUsername())
                .set(APP_USER.DISPLAY_NAME, request.adminDisplayName())
                .set(APP_USER.ROLE, Role.TENANT_ADMIN)
                .set(APP_USER.CREATED_BY, OperatorAudit.actor(operator))
                .set(token.columns())
                .execute();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("slug", request.slug());
        detail.put("name", request.name());
        detail.put("regionCode", request.regionCode());
        detail.put("admin", request.adminUsername());
        detail.put("platformTemplateVersion", version);
        audit.record(tenantId, operator, "OPERATOR_TENANT_SUBSCRIBED", "tenant/" + request.slug(), detail);
        return new Subscription(tenantId, request.slug(), version, setupLink(request.adminUsername(), token));
    }

    /**
     * A new setup link for the district's first admin who has not set a password (the old link stops working).
     *
     * @throws OpsRefusal NOT_FOUND for an unknown district; CONFLICT when every admin has set a password
     */
    @Transactional
    public SetupLink reissueSetupLink(String slug, String operator) {
        UUID tenantId = tenants.lockId(slug);
        String username = dsl.select(APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.TENANT_ID.eq(tenantId), APP_USER.ROLE.eq(Role.TENANT_ADMIN), APP_USER.PASSWORD_SET.isFalse())
                .orderBy(APP_USER.CREATED_AT, APP_USER.USERNAME)
                .limit(1)
                .fetchOptional(APP_USER.USERNAME)
                .orElseThrow(() -> new OpsRefusal(OpsRefusal.Kind.CONFLICT, "该区没有尚未设置密码的管理员，无需重新发放设置链接。"));
        SetupToken token = SetupTokens.issue(clock);
        dsl.update(APP_USER)
                .set(token.columns())
                .where(APP_USER.TENANT_ID.eq(tenantId), APP_USER.USERNAME.eq(username))
                .execute();
        audit.record(tenantId, operator, "OPERATOR_SETUP_LINK_REISSUED", "user/" + username, Map.of("expiresAt", token.expiresAt().toInstant().toString()));
        return setupLink(username, token);
    }

    private SetupLink setupLink(String username, SetupToken token) {
        return new SetupLink(username, SetupTokens.url(properties.platformBase(), token.token()), token.expiresAt().toInstant());
    }

    private static OpsRefusal slugTaken(String slug) {
        return new OpsRefusal(OpsRefusal.Kind.CONFLICT, "标识“" + slug + "”已被其他区使用，请换一个");
    }
}
