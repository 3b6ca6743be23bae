package cn.jixiao.infra.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The package map of an application under {@code root} (e.g. {@code cn.jixiao.platform}): each
 * package directly below it is a feature (or a small shared package such as {@code web}).
 * A feature's internals are its sub-packages, and its controllers, controller advice and
 * configuration (entry points that no other code calls); its package-private classes javac
 * guards already.
 */
public final class FeatureRules {

    private FeatureRules() {
    }

    /** All of the rules below but the shared package's. */
    public static ArchRule all(String root) {
        return CompositeArchRule.of(freeOfCycles(root)).and(subPackagesStayInside(root)).and(entryPointsStayInside(root))
                .as("features below " + root + " are free of cycles, and their sub-packages, controllers and configuration stay inside them");
    }

    /** No two features depend on each other, directly or around a circle. */
    public static ArchRule freeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** {@code root.<feature>.<sub>..} is used only from {@code root.<feature>..}. */
    public static ArchRule subPackagesStayInside(String root) {
        return classes().that().resideInAPackage(root + ".*.*..")
                .should(beUsedOnlyWithinTheirFeature(root))
                .allowEmptyShould(true);
    }

    /** Controllers, controller advice and configuration classes are used by no other package. */
    public static ArchRule entryPointsStayInside(String root) {
        // by name: infra has no Spring on its class path
        return classes().that().areMetaAnnotatedWith("org.springframework.stereotype.Controller")
                .or().areMetaAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
                .or().areMetaAnnotatedWith("org.springframework.context.annotation.Configuration")
                .and().resideInAPackage(root + "..")
                .should(beUsedOnlyWithinTheirPackage());
    }

    /** The shared package {@code shared} depends on no feature but the kernel packages named. */
    public static ArchRule sharedDependsOnlyOn(String root, String shared, String... kernel) {
        String[] allowed = Stream.concat(Stream.of(shared), Arrays.stream(kernel)).map(p -> root + "." + p + "..")
                .toArray(String[]::new);
        return classes().that().resideInAPackage(root + "." + shared + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + ".*..").or(resideInAnyPackage(allowed)));
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature(String root) {
        return usedOnlyFrom("be used only within their feature", target -> {
            String rest = target.getPackageName().substring(root.length() + 1);
            return root + "." + rest.substring(0, rest.indexOf('.'));
        });
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirPackage() {
        return usedOnlyFrom("be used only within their package", JavaClass::getPackageName);
    }

    private static ArchCondition<JavaClass> usedOnlyFrom(String description, Function<JavaClass, String> home) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String inside = home.apply(target);
                for (Dependency dependency : target.getDirectDependenciesToSelf()) {
                    String from = dependency.getOriginClass().getPackageName();
                    if (!from.equals(inside) && !from.startsWith(inside + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
