package cn.jixiao.platform.login;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static cn.jixiao.infra.jooq.Tables.USER_UNIT;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.security.DistrictUserDetails;
import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.UserStatus;
import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TransactionSettings;

/**
 * The login form's view of users. Before a login the tenant is not known, so the lookup declares
 * the district slug it looks for ({@code jixiao.tenant_lookup}) and row-level security lets exactly
 * that tenant row through; the user is then read with that tenant bound, like any tenant data.
 */
@Component
class LoginAccounts {

    /** A user as the login form finds it; {@code passwordHash} is null until the user has set one. */
    record Account(DistrictUserDetails user, String passwordHash, boolean tenantActive, boolean userActive) {
    }

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    LoginAccounts(DSLContext dsl, TenantBindingTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
    }

    Optional<Account> find(String tenantSlug, String username) {
        return tx.execute(status -> {
            TransactionSettings.setLocal(dsl, "jixiao.tenant_lookup", tenantSlug);
            var tenant = dsl.select(TENANT.ID, TENANT.SLUG, TENANT.STATUS).from(TENANT)
                    .where(TENANT.SLUG.eq(tenantSlug)).fetchOne();
            if (tenant == null) {
                return Optional.<Account>empty();
            }
            TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, tenant.value1().toString());
            var user = dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOne();
            if (user == null) {
                return Optional.<Account>empty();
            }
            var units = dsl.select(UNIT.CODE).from(USER_UNIT)
                    .join(UNIT).on(UNIT.TENANT_ID.eq(USER_UNIT.TENANT_ID), UNIT.ID.eq(USER_UNIT.UNIT_ID))
                    .where(USER_UNIT.USER_ID.eq(user.getId()))
                    .orderBy(UNIT.CODE)
                    .fetch(UNIT.CODE);
            var details = new DistrictUserDetails(tenant.value1(), tenant.value2(), user.getId(), user.getUsername(),
                    user.getDisplayName(), user.getRole(), units);
            return Optional.of(new Account(details, user.getPasswordHash(), tenant.value3() == TenantStatus.ACTIVE,
                    user.getStatus() == UserStatus.ACTIVE));
        });
    }

    /** Records the sign-in; {@code rehashed}, when not null, replaces a hash of an older algorithm. */
    void recordLogin(UUID tenantId, UUID userId, String rehashed) {
        tx.executeWithoutResult(status -> {
            TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, tenantId.toString());
            var update = dsl.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, OffsetDateTime.now());
            if (rehashed != null) {
                update = update.set(APP_USER.PASSWORD_HASH, rehashed);
            }
            update.where(APP_USER.ID.eq(userId)).execute();
        });
    }

}
