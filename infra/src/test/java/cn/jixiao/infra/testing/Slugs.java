package cn.jixiao.infra.testing;

import java.util.UUID;

/** District slugs for tests: unique, so tests sharing one database never meet. */
public final class Slugs {

    private Slugs() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
