package cn.jixiao.platform.login;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.identity.SetupTokens;
import cn.jixiao.infra.identity.UserStatus;
import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TransactionSettings;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * A new user's first password, set through the one-time link an operator (first admin) or the
 * district's admin (everyone else) handed out. The link is found by its hash only; it works once
 * and not after it expires.
 */
@Service
class PasswordSetup {

    static final int MIN_LENGTH = 10;

    /** Whom a valid link belongs to. */
    record Invitation(UUID tenantId, String tenantSlug, String tenantName, UUID userId, String username,
                      String displayName) {
    }

    private final DSLContext dsl;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    PasswordSetup(DSLContext dsl, TenantBindingTransactionManager txManager, PasswordEncoder passwords, AuditLog audit) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.passwords = passwords;
        this.audit = audit;
    }

    /** The invitation behind a link, if the link is valid and unused. */
    Optional<Invitation> find(String token) {
        return tx.execute(status -> lookup(token));
    }

    /** Problems with a proposed password, in Chinese; empty when it is acceptable. */
    static List<String> problems(Invitation invitation, String password, String confirmation) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("密码至少需要 " + MIN_LENGTH + " 个字符");
        }
        if (password != null && password.toLowerCase().contains(invitation.username().toLowerCase())) {
            problems.add("密码不能包含用户名");
        }
        if (password == null || !password.equals(confirmation)) {
            problems.add("两次输入的密码不一致");
        }
        return problems;
    }

    /**
     * Sets the password and spends the link.
     *
     * @return the invitation it was, or empty when the link is (no longer) valid
     */
    Optional<Invitation> complete(String token, String password) {
        Optional<Invitation> invitation = find(token);
        invitation.ifPresent(found -> CurrentTenant.callAs(TenantId.of(found.tenantId().toString()), "password-setup", () ->
                tx.execute(status -> {
                    int updated = dsl.update(APP_USER)
                            .set(APP_USER.PASSWORD_HASH, passwords.encode(password))
                            .setNull(APP_USER.SETUP_TOKEN_HASH)
                            .setNull(APP_USER.SETUP_TOKEN_EXPIRES_AT)
                            .where(APP_USER.ID.eq(found.userId()), APP_USER.SETUP_TOKEN_HASH.eq(SetupTokens.hash(token)))
                            .execute();
                    if (updated == 1) {
                        audit.record("USER_PASSWORD_SET", "user/" + found.username(), Map.of("username", found.username()));
                    }
                    return updated;
                })));
        return invitation;
    }

    private Optional<Invitation> lookup(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        TransactionSettings.setLocal(dsl, "jixiao.setup_lookup", SetupTokens.hash(token));
        var user = dsl.selectFrom(APP_USER).where(APP_USER.SETUP_TOKEN_HASH.eq(SetupTokens.hash(token))).fetchOne();
        if (user == null || user.getSetupTokenExpiresAt() == null
                || user.getSetupTokenExpiresAt().isBefore(OffsetDateTime.now()) || user.getStatus() != UserStatus.ACTIVE) {
            return Optional.empty();
        }
        TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, user.getTenantId().toString());
        var tenant = dsl.select(TENANT.SLUG, TENANT.NAME).from(TENANT).where(TENANT.ID.eq(user.getTenantId())).fetchSingle();
        return Optional.of(new Invitation(user.getTenantId(), tenant.value1(), tenant.value2(), user.getId(),
                user.getUsername(), user.getDisplayName()));
    }

}
