package cn.jixiao.platform.demo;

/** Refuses to put the demo district, with its published secret, into a real database by accident. */
final class DemoGuard {

    private DemoGuard() {
    }

    static void check(DemoProperties demo, boolean embeddedDatabase) {
        if (demo.enabled() && !embeddedDatabase && !demo.allowExternalDatabase()) {
            throw new IllegalStateException("拒绝启动：演示区（路南区）的 API 密钥是公开的，不能装入外部数据库。"
                    + "生产环境请设置 jixiao.demo.enabled=false；确为演示环境请设置 jixiao.demo.allow-external-database=true。");
        }
    }
}
