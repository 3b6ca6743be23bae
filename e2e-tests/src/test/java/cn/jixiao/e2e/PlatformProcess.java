package cn.jixiao.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import cn.jixiao.infra.testing.TestHttp;

/**
 * An executable jar of ours started as its own process, the way the README's run commands start it:
 * the platform ({@link #start}) or the operators' tenant-admin ({@link #startTenantAdmin}).
 */
final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private PlatformProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static PlatformProcess start(String... args) throws IOException {
        return startJar("jixiao.platform.jar", freePort(), args);
    }

    /** The platform on a port chosen beforehand (its public URL, e.g. the issuer, names the port). */
    static PlatformProcess startOn(int port, String... args) throws IOException {
        return startJar("jixiao.platform.jar", port, args);
    }

    /** The platform, healthy within six minutes (a machine shared with builds is slow), or an exception with its output. */
    static PlatformProcess startHealthy(String... args) throws Exception {
        PlatformProcess platform = start(args);
        if (!platform.awaitHealthy(java.time.Duration.ofMinutes(6))) {
            String output = platform.output(); // before close, which moves the log to target/platform-logs
            platform.close();
            throw new IllegalStateException("the platform did not start: " + output);
        }
        return platform;
    }

    /** tenant-admin; without a configured database it finds the platform's embedded services (started first). */
    static PlatformProcess startTenantAdmin(String... args) throws IOException {
        return startJar("jixiao.tenant-admin.jar", freePort(), args);
    }

    private static PlatformProcess startJar(String jarProperty, int port, String... args) throws IOException {
        Path jar = Path.of(System.getProperty(jarProperty));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("platform jar not built: " + jar);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("jixiao-platform-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // a clean environment: nothing from this JVM's test configuration leaks into the platform
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("JIXIAO_"));
        return new PlatformProcess(builder.start(), log, port);
    }

    /** Waits until /actuator/health answers 200, or the process dies, or the timeout passes. */
    boolean awaitHealthy(Duration timeout) {
        return awaitOk("/actuator/health", timeout);
    }

    /** Waits until {@code path} answers 200, or the process dies, or the timeout passes. */
    boolean awaitOk(String path, Duration timeout) {
        TestHttp http = TestHttp.of(TestHttp.localhost(port));
        try {
            await(path + " answers 200").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .failFast("the process ended", () -> !process.isAlive())
                    .ignoreExceptionsInstanceOf(UncheckedIOException.class) // still starting
                    .until(() -> http.send(http.request(path)).statusCode() == 200);
            return true;
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            return false;
        }
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("platform did not exit within " + timeout);
        }
        return process.exitValue();
    }

    /** SIGKILL, as a crash or an OOM killer: no shutdown hooks, no goodbye to Redis. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        // kept beside the test reports, so a failed run (here or in CI) can be read afterwards
        Path kept = Path.of("target", "platform-logs");
        Files.createDirectories(kept);
        Files.move(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
