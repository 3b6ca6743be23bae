package cn.jixiao.platform.tenancy;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transaction-local settings that row-level security policies read: the bound tenant, and the
 * narrow lookups (a client id, a district slug, a setup-link hash, an issuer) that code running
 * before the tenant is known may declare to see exactly the row it names.
 */
public final class TransactionSettings {

    private TransactionSettings() {
    }

    /** {@code set_config(setting, value, true)}: lasts until the current transaction ends. */
    public static void setLocal(DSLContext dsl, String setting, String value) {
        dsl.select(DSL.function("set_config", String.class, DSL.inline(setting), DSL.val(value), DSL.inline(true))).fetch();
    }
}
