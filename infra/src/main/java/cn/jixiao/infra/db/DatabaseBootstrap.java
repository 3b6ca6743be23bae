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
