package cn.jixiao.platform.demo;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static cn.jixiao.infra.jooq.Tables.USER_UNIT;

import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * The demo district's people, one per role, all with the demo password: an admin, a reviewer and
 * an editor of the seed's first unit. Created only where the demo guard allows demo secrets.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "jixiao-demo-pass";

    private final DSLContext dsl;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwords;

    DemoUsers(DSLContext dsl, TenantBindingTransactionManager txManager, PasswordEncoder passwords) {
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.passwords = passwords;
    }

    void ensure(TenantId tenant, String editorUnitCode) {
        String hash = passwords.encode(PASSWORD);
        CurrentTenant.callAs(tenant, "demo-users", () -> tx.execute(status -> {
            ensure(tenant, "admin", "演示管理员", Role.TENANT_ADMIN, hash);
            ensure(tenant, "reviewer", "演示审核人", Role.REVIEWER, hash);
            UUID editor = ensure(tenant, "editor", "演示填报人", Role.UNIT_EDITOR, hash);
            UUID unit = dsl.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(editorUnitCode)).fetchOne(UNIT.ID);
            if (unit != null) {
                dsl.insertInto(USER_UNIT).set(USER_UNIT.TENANT_ID, tenant.value()).set(USER_UNIT.USER_ID, editor)
                        .set(USER_UNIT.UNIT_ID, unit).onConflictDoNothing().execute();
            }
            return null;
        }));
    }

    private UUID ensure(TenantId tenant, String username, String displayName, Role role, String hash) {
        dsl.insertInto(APP_USER)
                .set(APP_USER.TENANT_ID, tenant.value())
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role)
                .set(APP_USER.PASSWORD_HASH, hash)
                .set(APP_USER.CREATED_BY, "system:demo-users")
                .onConflictDoNothing().execute();
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchSingle(APP_USER.ID);
    }
}
