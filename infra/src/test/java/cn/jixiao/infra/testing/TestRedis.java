package cn.jixiao.infra.testing;

import cn.jixiao.infra.embedded.EmbeddedRedisServer;

/** The Redis that tests use: {@value #URL_ENV} (CI's local server) or else an embedded one. */
public final class TestRedis {

    public static final String URL_ENV = "JIXIAO_TEST_REDIS_URL";

    private TestRedis() {
    }

    public static String url() {
        String fromEnv = System.getenv(URL_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : EmbeddedRedisServer.url();
    }
}
