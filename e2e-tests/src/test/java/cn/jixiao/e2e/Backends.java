package cn.jixiao.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import cn.jixiao.infra.db.DatabaseBootstrap;
import cn.jixiao.infra.db.DatabaseRoles;

/**
 * PostgreSQL and Redis of the test's own, shared by the platform instances it starts: the
 * database and roles made as the installation guide makes them; the platform migrates at start.
 */
final class Backends implements AutoCloseable {

    private static final String DATABASE = "jixiao";

    final OwnPostgres postgres;
    final OwnRedis redis;
    private final DatabaseRoles roles = DatabaseRoles.defaults();

    private Backends(OwnPostgres postgres, OwnRedis redis) {
        this.postgres = postgres;
        this.redis = redis;
    }

    static Backends start() throws Exception {
        OwnPostgres postgres = OwnPostgres.start();
        OwnRedis redis = OwnRedis.start();
        Backends backends = new Backends(postgres, redis);
        DatabaseBootstrap.ensure(postgres.adminUrl(), DATABASE, backends.roles);
        return backends;
    }

    /** The arguments of one platform instance on these services, behind a proxy at {@code publicUrl}. */
    String[] platformArgs(String instanceId, String publicUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.port + "/" + DATABASE,
                "--spring.datasource.password=" + roles.app().password(),
                "--spring.flyway.password=" + roles.owner().password(),
                "--jixiao.embedded.enabled=false",
                "--spring.data.redis.url=" + redis.url(),
                "--jixiao.demo.allow-external-database=true",
                "--jixiao.security.issuer=" + publicUrl,
                "--jixiao.instance.id=" + instanceId,
                // claims of a killed instance go back to the queue after three missed beats (3 s)
                "--jixiao.jobs.heartbeat=1s"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** The platform database as the superuser (bypasses RLS): the test's view of what was stored. */
    String superuserUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.port + "/" + DATABASE + "?user=postgres";
    }

    /** The rows of a query as the superuser, each row its columns as strings. */
    List<List<String>> rows(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(superuserUrl()); ResultSet rs = db.createStatement().executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.add(rs.getString(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0).get(0));
    }

    @Override
    public void close() throws Exception {
        try (redis) {
            postgres.close();
        }
    }
}
