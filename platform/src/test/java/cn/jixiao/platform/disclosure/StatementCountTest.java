package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;

/**
 * How many SQL statements the one write path and the one read path execute (counted by a jOOQ
 * listener: every statement the call sends through jOOQ): an indicator edit does not
 * depend on the number of projects, a year's content does not depend on the number of departments.
 * The figures are in docs/benchmarks.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementCountTest {

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureQueries queries;

    @Autowired
    StatementCounter counter;

    @Test
    void editingOneIndicatorRowTakesTheSameStatementsWhateverTheSizeOfTheDisclosure() {
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        List<String> small = indicatorEdit(seed);
        List<String> large = indicatorEdit(withProjects(seed, 200));

        System.out.printf("indicator edit: %d statements (4 projects), %d statements (200 projects)%n", small.size(), large.size());
        small.forEach(sql -> System.out.println("  " + sql));
        assertThat(large).as("statements of an indicator edit in 200 projects").hasSameSizeAs(small);
        assertThat(small).as("write guard, read current (3), move the disclosure, one part and its size, revision and its size, audit, usage once after commit").hasSize(11);
        assertThat(small.stream().filter(sql -> sql.startsWith("insert into \"content_part\"")))
                .as("only the changed project is a new part, in one statement").hasSize(1);
    }

    @Test
    void aYearOfTheDistrictIsReadInTheSameQueriesWhateverTheNumberOfDepartments() {
        int three = yearRead(3);
        int twelve = yearRead(12);

        System.out.printf("a year's content: %d queries (3 departments), %d queries (12 departments)%n", three, twelve);
        assertThat(twelve).isEqualTo(three);
        assertThat(three).as("disclosures with their current revisions, units, parts").isEqualTo(3);
    }

    private List<String> indicatorEdit(Disclosure content) {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("count"), "x"));
        CurrentTenant.callAs(tenant, "test", () -> commands.create(content, Origin.demo(), "seed"));
        Indicator row = content.projects().get(0).indicators().get(0);
        Indicator edited = new Indicator(row.level1(), row.level2(), row.level3(), row.description() + "（修订）", row.value(),
                row.basis());
        return counted(() -> CurrentTenant.callAs(tenant, "test",
                () -> commands.edit("202", 2025, 1, ContentEdit.editIndicator(1, 1, edited))));
    }

    private int yearRead(int departments) {
        TenantId tenant = new TenantId(TestTenants.create(Slugs.unique("year"), "x"));
        Disclosure seed = TestDisclosures.seedWithoutErrors();
        for (int d = 0; d < departments; d++) {
            String code = String.valueOf(300 + d);
            Unit unit = new Unit(code + "001", "测试单位" + d);
            List<Project> projects = seed.projects().stream().map(p -> new Project(unit.code(), p.code(), p.name(), p.budget(),
                    p.purpose(), p.spendPlan(), p.goal(), p.indicators())).toList();
            Disclosure disclosure = new Disclosure(new Department(code, "测试部门" + d, List.of(unit)), 2025, seed.goals(), projects);
            CurrentTenant.callAs(tenant, "test", () -> commands.create(disclosure, Origin.demo(), "seed"));
        }
        List<String> statements = counted(() -> {
            List<StoredDisclosure> year = CurrentTenant.callAs(tenant, "test", () -> queries.allOfYear(2025));
            assertThat(year).hasSize(departments);
            assertThat(year.get(departments - 1).content().projects()).hasSize(seed.projects().size());
            return year;
        });
        return statements.size();
    }

    /** The seed's first unit's projects repeated to {@code count} projects with distinct codes. */
    private static Disclosure withProjects(Disclosure seed, int count) {
        List<Project> projects = new ArrayList<>(seed.projects());
        IntStream.range(projects.size(), count).forEach(i -> {
            Project p = seed.projects().get(i % seed.projects().size());
            String code = p.code().substring(0, p.code().length() - 4) + String.format("%04d", 5000 + i);
            projects.add(new Project(p.unitCode(), code, p.name() + i, p.budget(), p.purpose(), p.spendPlan(), p.goal(),
                    p.indicators()));
        });
        return new Disclosure(seed.department(), seed.fiscalYear(), seed.goals(), projects);
    }

    private List<String> counted(Callable<?> work) {
        counter.start();
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            counter.stop();
        }
        return counter.statements();
    }

    @TestConfiguration
    static class Counting {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        ExecuteListenerProvider countingListener(StatementCounter counter) {
            return new DefaultExecuteListenerProvider(counter);
        }
    }

    /** Records the statements this thread executes between {@link #start} and {@link #stop}. */
    static class StatementCounter implements ExecuteListener {
        private final ThreadLocal<List<String>> recording = new ThreadLocal<>();
        private List<String> last = List.of();

        void start() {
            recording.set(new ArrayList<>());
        }

        void stop() {
            last = List.copyOf(recording.get());
            recording.remove();
        }

        List<String> statements() {
            return last;
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            List<String> statements = recording.get();
            if (statements != null) {
                String sql = ctx.sql() != null ? ctx.sql() : String.join("; ", ctx.batchSQL());
                statements.add(sql.length() > 120 ? sql.substring(0, 120) + "…" : sql);
            }
        }
    }
}
