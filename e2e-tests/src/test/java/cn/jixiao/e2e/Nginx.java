package cn.jixiao.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * nginx in front of two platform instances, configured from the repository's
 * {@code nginx/two-instances.conf}, started as a non-root process with its own prefix, pid and
 * temporary directories on a spare port.
 */
final class Nginx implements AutoCloseable {

    private static final String USER = "nobody";

    private final Process process;
    private final Path prefix;
    final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    static Nginx start(int instanceA, int instanceB) throws IOException {
        Path prefix = ServiceProcesses.directoryFor(USER, "jixiao-nginx-");
        int port = ServiceProcesses.freePort();
        String config;
        try (InputStream template = Nginx.class.getResourceAsStream("/nginx/two-instances.conf")) {
            config = new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@PREFIX@", prefix.toString())
                    .replace("@LISTEN@", "127.0.0.1:" + port)
                    .replace("@INSTANCE_A@", "127.0.0.1:" + instanceA)
                    .replace("@INSTANCE_B@", "127.0.0.1:" + instanceB);
        }
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(ServiceProcesses.as(USER, List.of(Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx", "-p", prefix.toString(), "-c", conf.toString(),
                "-e", prefix.resolve("error.log").toString())))
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, prefix, port);
        await("nginx listens").atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .failFast("nginx ended: " + nginx.prefix, () -> !process.isAlive())
                .until(() -> {
                    try (Socket ignored = new Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
        return nginx;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        ServiceProcesses.deleteTree(prefix);
    }
}
