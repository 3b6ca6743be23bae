package cn.jixiao.templates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The templates library stays pure: no Spring, no database. */
@AnalyzeClasses(packages = "cn.jixiao.templates", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpringNoDatabase = noClasses().that().resideInAPackage("cn.jixiao.templates..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..", "java.sql..");
}
