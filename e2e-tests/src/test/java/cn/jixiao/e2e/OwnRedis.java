package cn.jixiao.e2e;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A redis-server of the test's own on a spare port, with its append-only file in a temporary
 * directory: stopped (SIGTERM, which flushes the file) and started again, it comes back with the
 * queue it had, as a production Redis with persistence does.
 */
final class OwnRedis implements AutoCloseable {

    private final Path dir;
    final int port;
    private Process process;

    private OwnRedis(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static OwnRedis start() throws IOException {
        OwnRedis redis = new OwnRedis(Files.createTempDirectory("jixiao-redis-"), ServiceProcesses.freePort());
        redis.startServer();
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    void startServer() throws IOException {
        process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", "always", "--save", ""))
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        await("redis-server listens").atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> {
                    try (Socket ignored = new Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
    }

    void stopServer() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
        ServiceProcesses.deleteTree(dir);
    }
}
