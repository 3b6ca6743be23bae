package cn.jixiao.platform;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.infra.testing.FeatureRules;

/** The platform's package map (rules in {@link FeatureRules}). */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "cn.jixiao.platform";

    /** No cycles; sub-packages, controllers and configuration stay inside their feature. */
    @ArchTest
    static final ArchRule features = FeatureRules.all(ROOT);

    /** The pages' shared bits know the signed-in user and the district, no feature. */
    @ArchTest
    static final ArchRule webIsShared = FeatureRules.sharedDependsOnlyOn(ROOT, "web", "security", "tenancy");

    /** The sign-in sits above security: the token side never reaches back into the web sign-in. */
    @ArchTest
    static final ArchRule securityKnowsNoLogin = noClasses().that(resideInAPackage(ROOT + ".security.."))
            .should().dependOnClassesThat(resideInAPackage(ROOT + ".login.."));
}
