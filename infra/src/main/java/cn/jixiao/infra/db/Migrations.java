package cn.jixiao.infra.db;

import java.util.Map;

import org.flywaydb.core.Flyway;

/** Flyway configured for the Jixiao schema, for code that migrates outside Spring (codegen, tests, tools). */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** The placeholders the migrations expect: the role names that receive grants and policies. */
    public static Map<String, String> placeholders(DatabaseRoles roles) {
        return Map.of("appRole", roles.app().username(), "opsRole", roles.ops().username());
    }

    public static void migrate(String jdbcUrl, DatabaseRoles roles) {
        Flyway.configure()
                .dataSource(jdbcUrl, roles.owner().username(), roles.owner().password())
                .locations(LOCATION)
                .placeholders(placeholders(roles))
                .load()
                .migrate();
    }
}
