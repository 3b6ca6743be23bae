package cn.jixiao.ops;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.jixiao.infra.testing.FeatureRules;

/** tenant-admin's package map (rules in {@link FeatureRules}). */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "cn.jixiao.ops";

    /** No cycles; sub-packages, controllers and configuration stay inside their feature. */
    @ArchTest
    static final ArchRule features = FeatureRules.all(ROOT);

    /** The console's shared bits (model, formats, refusal handling) know no feature. */
    @ArchTest
    static final ArchRule webIsShared = FeatureRules.sharedDependsOnlyOn(ROOT, "web");
}
