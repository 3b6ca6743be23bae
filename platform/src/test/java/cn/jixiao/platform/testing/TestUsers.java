package cn.jixiao.platform.testing;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static cn.jixiao.infra.jooq.Tables.USER_UNIT;

import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.testing.TestDatabase;

/** District users for tests, written as the application role bound to their district. */
public final class TestUsers {

    private TestUsers() {
    }

    /** A user with a password (role TENANT_ADMIN, REVIEWER or UNIT_EDITOR) and, for editors, units by code. */
    public static UUID create(UUID tenantId, String username, String role, String password, String... unitCodes) {
        String hash = password == null ? null : PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        return DSL.using(TestDatabase.get().appDataSource(), SQLDialect.POSTGRES).transactionResult(c -> {
            var dsl = c.dsl();
            dsl.select(DSL.function("set_config", String.class, DSL.inline("jixiao.tenant_id"), DSL.val(tenantId.toString()),
                    DSL.inline(true))).fetch();
            UUID id = dsl.insertInto(APP_USER)
                    .set(APP_USER.TENANT_ID, tenantId)
                    .set(APP_USER.USERNAME, username)
                    .set(APP_USER.DISPLAY_NAME, "测试用户 " + username)
                    .set(APP_USER.ROLE, Role.valueOf(role))
                    .set(APP_USER.PASSWORD_HASH, hash)
                    .set(APP_USER.CREATED_BY, "test")
                    .returning(APP_USER.ID).fetchSingle().getId();
            for (String code : unitCodes) {
                UUID unit = dsl.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(code)).fetchSingle(UNIT.ID);
                dsl.insertInto(USER_UNIT).set(USER_UNIT.TENANT_ID, tenantId).set(USER_UNIT.USER_ID, id)
                        .set(USER_UNIT.UNIT_ID, unit).execute();
            }
            return id;
        });
    }

    /** The demo district's id. */
    public static UUID demoTenant() {
        return DSL.using(TestDatabase.get().opsDataSource(), SQLDialect.POSTGRES)
                .select(cn.jixiao.infra.jooq.Tables.TENANT.ID).from(cn.jixiao.infra.jooq.Tables.TENANT)
                .where(cn.jixiao.infra.jooq.Tables.TENANT.SLUG.eq("lunan")).fetchSingle(cn.jixiao.infra.jooq.Tables.TENANT.ID);
    }
}
