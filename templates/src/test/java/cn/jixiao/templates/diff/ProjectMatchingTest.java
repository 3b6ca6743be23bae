package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Disclosure;

class ProjectMatchingTest {

    private static final Disclosure SEED = Edits.seed();
    private static final Disclosure ROLLED = Edits.rollForward(SEED, 2026);

    @Test
    void matchesARecodedProjectByItsNameWithinTheUnit() {
        Disclosure to = Edits.project(ROLLED, 1, p -> Edits.name(Edits.code(p, "13020226P777777100001"), "督查专项检查工作经费"));

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, to);

        ProjectMatch m = diff.matches().get(1);
        assertThat(m.reason()).isEqualTo(MatchReason.NAME);
        assertThat(m.confidence()).isCloseTo(16.0 / 18, offset(1e-9));
        assertThat(m.codeChanged()).isTrue();
        assertThat(diff.projects().changed()).singleElement().satisfies(c -> {
            assertThat(c.match()).isEqualTo(m);
            assertThat(c.name().to()).isEqualTo("督查专项检查工作经费");
        });
        assertThat(diff.projects().added()).isEmpty();
        assertThat(diff.projects().removed()).isEmpty();
    }

    @Test
    void matchesARecodedRenamedProjectInAnotherUnitByItsPurpose() {
        Disclosure to = Edits.project(ROLLED, 1, p -> Edits.unit(Edits.name(Edits.code(p, "13020226P777777100001"),
                "重点工作督办经费"), "202003"));

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, to);

        assertThat(diff.matches().get(1).reason()).isEqualTo(MatchReason.PURPOSE);
        assertThat(diff.matches().get(1).confidence()).isEqualTo(1.0);
        ProjectChange change = diff.projects().changed().get(0);
        assertThat(change.unit()).isEqualTo(new UnitMove("202001", "202003"));
        assertThat(change.renamed()).isTrue();
        assertThat(diff.summary().projectsMovedUnit()).isEqualTo(1);
    }

    @Test
    void unrelatedNewProjectIsAddedNotMatched() {
        Disclosure to = Edits.project(ROLLED, 2, p -> Edits.purpose(Edits.name(Edits.code(p, "13020226P777777100001"),
                "档案数字化经费"), "用于档案扫描。"));

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, to);

        assertThat(diff.projects().removed()).extracting(r -> r.item().name()).containsExactly("招商引资专项业务费");
        assertThat(diff.projects().added()).extracting(a -> a.item().name()).containsExactly("档案数字化经费");
    }

    @Test
    void overridesComeBeforeEveryRule() {
        String from1 = SEED.projects().get(0).code();
        String from3 = SEED.projects().get(2).code();
        String to4 = ROLLED.projects().get(3).code();

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, ROLLED,
                List.of(MatchOverride.pair(from1, to4), MatchOverride.noMatchFrom(from3)));

        assertThat(diff.matches()).extracting(ProjectMatch::fromCode, ProjectMatch::toCode, ProjectMatch::reason)
                .containsExactly(
                        tuple(SEED.projects().get(1).code(), ROLLED.projects().get(1).code(), MatchReason.CODE),
                        tuple(from1, to4, MatchReason.OVERRIDE));
        assertThat(diff.projects().removed()).extracting(Removed::fromIndex).containsExactly(2, 3);
        assertThat(diff.projects().added()).extracting(Added::toIndex).containsExactly(0, 2);
        assertThat(DiffApplier.apply(SEED, diff)).isEqualTo(ROLLED);
    }

    @Test
    void noMatchForANewCodeKeepsItAdded() {
        String to2 = ROLLED.projects().get(1).code();

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, ROLLED, List.of(MatchOverride.noMatchTo(to2)));

        assertThat(diff.projects().added()).extracting(a -> a.item().code()).containsExactly(to2);
        assertThat(diff.projects().removed()).extracting(r -> r.item().name()).containsExactly("督查专项检查经费");
    }

    @Test
    void rejectsOverridesThatDoNotFit() {
        String from1 = SEED.projects().get(0).code();
        assertThatThrownBy(() -> DisclosureDiff.compare(SEED, ROLLED, List.of(MatchOverride.noMatchFrom("nope"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> DisclosureDiff.compare(SEED, ROLLED,
                List.of(MatchOverride.noMatchFrom(from1), MatchOverride.pair(from1, ROLLED.projects().get(0).code()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> new MatchOverride(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reorderedProjectsAreReportedAsMoved() {
        Disclosure to = Edits.projects(ROLLED, List.of(ROLLED.projects().get(3), ROLLED.projects().get(0),
                ROLLED.projects().get(1), ROLLED.projects().get(2)));

        DisclosureDiffResult diff = DisclosureDiff.compare(SEED, to);

        assertThat(diff.projects().changed()).singleElement().satisfies(c -> {
            assertThat(c.moved()).isTrue();
            assertThat(c.fromIndex()).isEqualTo(3);
            assertThat(c.toIndex()).isEqualTo(0);
        });
        assertThat(DiffApplier.apply(SEED, diff)).isEqualTo(to);
    }
}
