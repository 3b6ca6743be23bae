package cn.jixiao.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A PostgreSQL 15 cluster of the test's own (initdb in a temporary directory, a spare port, trust
 * authentication on 127.0.0.1 only), so a test can stop and restart the server under the platform.
 */
final class OwnPostgres implements AutoCloseable {

    private static final String BIN = "/usr/lib/postgresql/15/bin/";
    private static final String USER = "postgres";

    private final Path dir;
    final int port;

    private OwnPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    static OwnPostgres start() throws IOException, InterruptedException {
        Path dir = ServiceProcesses.directoryFor(USER, "jixiao-pg-");
        OwnPostgres postgres = new OwnPostgres(dir, ServiceProcesses.freePort());
        ServiceProcesses.run(ServiceProcesses.as(USER, List.of(BIN + "initdb", "-D", postgres.data(), "-U", USER,
                "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")));
        postgres.startServer();
        return postgres;
    }

    /** A superuser JDBC URL of the {@code postgres} database, as {@code DatabaseBootstrap} takes it. */
    String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
    }

    void startServer() throws IOException, InterruptedException {
        ServiceProcesses.run(ServiceProcesses.as(USER, List.of(BIN + "pg_ctl", "-D", data(), "-w", "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60",
                "start")));
    }

    /** A fast shutdown: open sessions are ended and their transactions rolled back, as in a crash or failover. */
    void stopServer() throws IOException, InterruptedException {
        ServiceProcesses.run(ServiceProcesses.as(USER, List.of(BIN + "pg_ctl", "-D", data(), "-w", "-m", "fast", "stop")));
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Override
    public void close() throws Exception {
        try {
            ServiceProcesses.run(ServiceProcesses.as(USER, List.of(BIN + "pg_ctl", "-D", data(), "-w", "-m", "immediate", "stop")));
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
        ServiceProcesses.deleteTree(dir);
    }
}
