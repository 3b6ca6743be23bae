package cn.jixiao.infra.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the roles and the database as a superuser: what a DBA does once per installation.
 * The embedded database and the tests use it; production installs run the same statements by hand
 * (see README).
 */
public final class DatabaseBootstrap {

    private DatabaseBootstrap() {
    }

    /** Ensures the three roles exist with the given passwords and the database exists, owned by the owner role. */
    public static void ensure(String adminJdbcUrl, String database, DatabaseRoles roles) {
        try (Connection admin = DriverManager.getConnection(adminJdbcUrl)) {
            ensureRole(admin, roles.owner(), "NOBYPASSRLS");
            ensureRole(admin, roles.app(), "NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            ensureRole(admin, roles.ops(), "NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                try (Statement s = admin.createStatement()) {
                    s.execute("create database " + quoteIdent(database) + " owner " + roles.owner().username()
                            + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bootstrap database " + database + ": " + e.getMessage(), e);
        }
        try (Connection admin = DriverManager.getConnection(inDatabase(adminJdbcUrl, database)); Statement s = admin.createStatement()) {
            s.execute(LEAKPROOF_ARRAY_CONTAINS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Under FORCE'd row-level security the planner uses an index only for leakproof operators; array
     * containment ({@code @>}) is not marked so, which turns the public search's GIN index
     * ({@code search_entry.grams}, text[]) into a sequential scan of every district's rows
     * (docs/benchmarks.md). It raises no error and reveals nothing about the values it compares for
     * text arrays, the only arrays a policy-protected query compares. Superuser only, per database.
     */
    static final String LEAKPROOF_ARRAY_CONTAINS = "alter function pg_catalog.arraycontains(anyarray, anyarray) leakproof";

    /** The admin URL pointed at {@code database}, its credentials kept. */
    static String inDatabase(String adminJdbcUrl, String database) {
        int slash = adminJdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminJdbcUrl.indexOf('?', slash);
        return adminJdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminJdbcUrl.substring(query));
    }

    /** Drops a database (tests only), terminating its connections first. */
    public static void drop(String adminJdbcUrl, String database) {
        try (Connection admin = DriverManager.getConnection(adminJdbcUrl); Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + quoteIdent(database) + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database + ": " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Connection admin, DatabaseRoles.Credentials role, String options) throws SQLException {
        String verb = exists(admin, "select 1 from pg_roles where rolname = ?", role.username()) ? "alter" : "create";
        try (Statement s = admin.createStatement()) {
            s.execute(verb + " role " + role.username() + " login " + options
                    + " password " + quoteLiteral(role.password()));
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String quoteIdent(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String quoteLiteral(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
