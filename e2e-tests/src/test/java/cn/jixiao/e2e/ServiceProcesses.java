package cn.jixiao.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Running the machine's servers (PostgreSQL, Redis, nginx) as the test's own processes: on spare
 * ports, in temporary directories, never as root (PostgreSQL refuses to, nginx should not).
 */
final class ServiceProcesses {

    private ServiceProcesses() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code command} run as {@code user} when this JVM runs as root, else as this JVM's user. */
    static List<String> as(String user, List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", user, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** A new temporary directory that {@code user} owns (when this JVM is root and can give it away). */
    static Path directoryFor(String user, String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        if ("root".equals(System.getProperty("user.name"))) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(user));
        }
        return dir;
    }

    /** Runs a command to its end; fails with its output when it does not succeed. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    static void deleteTree(Path dir) throws IOException, InterruptedException {
        if (dir != null && Files.exists(dir)) {
            run(List.of("rm", "-rf", dir.toString()));
        }
    }
}
