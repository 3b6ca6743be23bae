package cn.jixiao.platform.security;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Transaction-local settings that row-level security policies read (they end with the transaction). */
final class LocalSettings {

    private LocalSettings() {
    }

    static void set(DSLContext dsl, String setting, String value) {
        dsl.select(DSL.function("set_config", String.class, DSL.inline(setting), DSL.val(value), DSL.inline(true))).fetch();
    }
}
