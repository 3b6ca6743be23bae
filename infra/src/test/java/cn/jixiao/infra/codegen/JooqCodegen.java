package cn.jixiao.infra.codegen;

import java.nio.file.Path;
import java.util.Map;

import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.UserStatus;
import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.infra.jobs.TaskStatus;
import cn.jixiao.infra.tenant.TenantStatus;
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

    /**
     * Text columns read and written as enums ({@code table.column}); each column's check constraint
     * lists exactly the enum's constants ({@code EnumColumnsTest}).
     */
    public static final Map<String, Class<? extends Enum<?>>> ENUM_COLUMNS = Map.of(
            "tenant.status", TenantStatus.class,
            "app_user.status", UserStatus.class,
            "app_user.role", Role.class,
            "disclosure.status", DisclosureStatus.class,
            "job_task.status", TaskStatus.class,
            "import_file.status", ImportFileStatus.class,
            "publication_event.kind", PublicationKind.class);

    private static ForcedType enumColumn(Class<? extends Enum<?>> type, String column) {
        return new ForcedType().withUserType(type.getName()).withEnumConverter(true)
                .withIncludeExpression("public\\." + column.replace(".", "\\."));
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
                                .withForcedTypes(ENUM_COLUMNS.entrySet().stream()
                                        .map(e -> enumColumn(e.getValue(), e.getKey())).toList()))
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
