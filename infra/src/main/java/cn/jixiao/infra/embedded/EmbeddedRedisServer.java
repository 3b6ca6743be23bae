package cn.jixiao.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/** A Redis server started in-process for machines that have none configured. One per JVM. */
public final class EmbeddedRedisServer {

    private static RedisServer server;
    private static int port;

    private EmbeddedRedisServer() {
    }

    /** Starts the server on first call (on a free loopback port); returns its redis:// URL. */
    public static synchronized String url() {
        if (server == null) {
            port = freePort();
            try {
                server = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded Redis", e);
            }
            RedisServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.stop();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "embedded-redis-stop"));
            EmbeddedServicesDiscovery.record(EmbeddedServicesDiscovery.REDIS_URL, "redis://127.0.0.1:" + port);
        }
        return "redis://127.0.0.1:" + port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
