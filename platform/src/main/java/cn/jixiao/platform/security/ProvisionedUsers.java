package cn.jixiao.platform.security;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static cn.jixiao.infra.jooq.Tables.USER_UNIT;

import java.util.HashSet;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.UserStatus;
import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.tenancy.TransactionSettings;

/**
 * Finds the user a verified external token stands for, in the one district its issuer serves:
 * role and units come from our database, never from the token. Read on every request, so a
 * disabled user or a suspended district is refused at once.
 */
@Component
public class ProvisionedUsers {

    private final DSLContext dsl;
    private final TransactionTemplate tx;

    ProvisionedUsers(DSLContext dsl, TenantBindingTransactionManager txManager) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
    }

    /** The ACTIVE user {@code username} of {@code tenant}, if the tenant is ACTIVE too. */
    public Optional<ProvisionedUser> findActive(TenantId tenant, String username) {
        return tx.execute(status -> {
            // no principal is bound yet (we are authenticating): bind the issuer's district for this lookup
            TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, tenant.toString());
            boolean tenantActive = dsl.fetchExists(TENANT, TENANT.ID.eq(tenant.value()).and(TENANT.STATUS.eq(TenantStatus.ACTIVE)));
            if (!tenantActive) {
                return Optional.<ProvisionedUser>empty();
            }
            var user = dsl.select(APP_USER.ID, APP_USER.ROLE, APP_USER.DISPLAY_NAME)
                    .from(APP_USER)
                    .where(APP_USER.TENANT_ID.eq(tenant.value()), APP_USER.USERNAME.eq(username), APP_USER.STATUS.eq(UserStatus.ACTIVE))
                    .fetchOne();
            if (user == null) {
                return Optional.<ProvisionedUser>empty();
            }
            var units = dsl.select(UNIT.CODE)
                    .from(USER_UNIT)
                    .join(UNIT).on(UNIT.TENANT_ID.eq(USER_UNIT.TENANT_ID), UNIT.ID.eq(USER_UNIT.UNIT_ID))
                    .where(USER_UNIT.TENANT_ID.eq(tenant.value()), USER_UNIT.USER_ID.eq(user.value1()))
                    .fetchSet(UNIT.CODE);
            return Optional.of(new ProvisionedUser(user.value1(), username, user.value3(), user.value2(), new HashSet<>(units)));
        });
    }
}
