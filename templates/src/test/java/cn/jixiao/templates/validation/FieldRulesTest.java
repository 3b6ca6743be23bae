package cn.jixiao.templates.validation;

import static cn.jixiao.templates.validation.Fixtures.CODE_1;
import static cn.jixiao.templates.validation.Fixtures.budget;
import static cn.jixiao.templates.validation.Fixtures.findings;
import static cn.jixiao.templates.validation.Fixtures.indicators;
import static cn.jixiao.templates.validation.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** field.required and field.maxLength. */
class FieldRulesTest {

    static Stream<Arguments> missingRequiredFields() {
        return Stream.of(
                Arguments.of("project.name", (Function<Project, Project>) p -> copy(p, "", p.purpose())),
                Arguments.of("project.purpose", (Function<Project, Project>) p -> copy(p, p.name(), " ")),
                Arguments.of("project.budget.total", (Function<Project, Project>) p -> Fixtures.project(CODE_1,
                        budget(null, "10.00", null), plan("20", "50", "80", "100"), indicators())),
                Arguments.of("project.spendPlan", (Function<Project, Project>) p -> Fixtures.project(CODE_1,
                        budget("10.00", "10.00", null), List.of(), indicators())),
                Arguments.of("project.indicators", (Function<Project, Project>) p -> Fixtures.project(CODE_1,
                        budget("10.00", "10.00", null), plan("20", "50", "80", "100"), List.of())));
    }

    @ParameterizedTest
    @MethodSource("missingRequiredFields")
    void requiredProjectFieldMustBeFilled(String fieldId, Function<Project, Project> blank) {
        Disclosure ok = Fixtures.clean();
        Disclosure broken = Fixtures.disclosure(blank.apply(ok.projects().get(0)));

        assertThat(findings(ok, "field.required")).isEmpty();
        assertThat(findings(broken, "field.required"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location().project()).isEqualTo(1);
                    assertThat(f.location().column()).isEqualTo(fieldId);
                    assertThat(f.message()).contains("为必填项");
                });
    }

    @Test
    void requiredDepartmentGoalsMustBeFilled() {
        Disclosure noPart1 = Fixtures.disclosure(DepartmentGoals.empty(), Fixtures.project(CODE_1));

        assertThat(findings(noPart1, "field.required"))
                .extracting(f -> f.location().section(), f -> f.location().column())
                .containsExactly(
                        tuple("goals.overall", "goals.overall"),
                        tuple("goals.itemized", "goals.itemized"),
                        tuple("goals.measures", "goals.measures"));
    }

    @Test
    void textMustNotExceedMaxLength() {
        Project p = Fixtures.project(CODE_1);
        Disclosure ok = Fixtures.disclosure(copy(p, "名".repeat(100), p.purpose()));
        Disclosure tooLong = Fixtures.disclosure(copy(p, "名".repeat(101), p.purpose()));

        assertThat(findings(ok, "field.maxLength")).isEmpty();
        assertThat(findings(tooLong, "field.maxLength"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.location()).isEqualTo(new Location("projects", 1, CODE_1, null, "project.name"));
                    assertThat(f.message()).contains("「项目名称」共 101 个字，超过上限 100 个字");
                });
    }

    private static Project copy(Project p, String name, String purpose) {
        return new Project(p.unitCode(), p.code(), name, p.budget(), purpose, p.spendPlan(), p.goal(), p.indicators());
    }
}
