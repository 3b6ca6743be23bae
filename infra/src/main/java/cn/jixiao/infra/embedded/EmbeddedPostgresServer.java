package cn.jixiao.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started in-process (from the zonky binaries on the classpath) for machines
 * that have none configured. One per JVM, stopped at JVM exit.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** Starts the server on first call; returns a superuser JDBC URL of its {@code postgres} database. */
    public static synchronized String adminJdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is temporary anyway
                }
            }, "embedded-postgres-stop"));
            // tenant-admin in development connects to this server (see EmbeddedServicesDiscovery)
            EmbeddedServicesDiscovery.record(EmbeddedServicesDiscovery.POSTGRES_PORT, Integer.toString(server.getPort()));
        }
        return jdbcUrl("postgres") + "&user=postgres";
    }

    /** JDBC URL of a database on the running embedded server, without credentials. */
    public static synchronized String jdbcUrl(String database) {
        if (server == null) {
            throw new IllegalStateException("embedded PostgreSQL is not started");
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database + "?sslmode=disable";
    }
}
