package cn.jixiao.infra.codegen;

import java.nio.file.Path;

import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import cn.jixiao.infra.testing.TestDatabase;

/**
 * Regenerates the checked-in jOOQ classes from the Flyway migrations, against a fresh database on
 * the test PostgreSQL (no Docker needed). Run through the {@code jooq-codegen} Maven profile;
 * {@code GeneratedCodeIsCurrentTest} fails when the checked-in classes drift from the migrations.
 */
public final class JooqCodegen {

    public static final String PACKAGE = "cn.jixiao.infra.jooq";

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/java");
        generate(TestDatabase.create(true), out);
        System.exit(0); // the shutdown hooks drop the codegen database
    }

    /** A text column whose check constraint lists exactly the enum's constants, read and written as the enum. */
    private static ForcedType enumColumn(String enumClass, String column) {
        return new ForcedType().withUserType(enumClass).withEnumConverter(true).withIncludeExpression("public\\." + column);
    }

    public static void generate(TestDatabase db, Path outputDirectory) throws Exception {
        var owner = db.roles().owner();
        GenerationTool.generate(new Configuration()
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(db.jdbcUrl())
                        .withUser(owner.username())
                        .withPassword(owner.password()))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withIncludes(".*")
                                .withExcludes("flyway_schema_history|enable_tenant_isolation|forbid_change")
                                .withForcedTypes(
                                        enumColumn("cn.jixiao.infra.tenant.TenantStatus", "tenant\\.status"),
                                        enumColumn("cn.jixiao.infra.identity.UserStatus", "app_user\\.status"),
                                        enumColumn("cn.jixiao.infra.identity.Role", "app_user\\.role"),
                                        enumColumn("cn.jixiao.infra.disclosure.DisclosureStatus", "disclosure\\.status"),
                                        enumColumn("cn.jixiao.infra.jobs.TaskStatus", "job_task\\.status"),
                                        enumColumn("cn.jixiao.infra.importer.ImportFileStatus", "import_file\\.status")))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withRoutines(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withGeneratedAnnotation(false)
                                .withComments(true))
                        .withTarget(new Target()
                                .withPackageName(PACKAGE)
                                .withDirectory(outputDirectory.toString())
                                .withClean(true))));
    }
}
