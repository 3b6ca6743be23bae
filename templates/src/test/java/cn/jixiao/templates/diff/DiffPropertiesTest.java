package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.synthetic.SyntheticDistrict;

/** Properties of the disclosure diff over random edits of the seed and of small synthetic departments. */
class DiffPropertiesTest {

    private static final Disclosure SEED = Edits.seed();

    @Property(tries = 200)
    void diffOfADisclosureWithItselfIsEmpty(@ForAll("disclosures") Disclosure a) {
        DisclosureDiffResult diff = DisclosureDiff.compare(a, a, List.of());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.summary()).isEqualTo(DiffSummary.NONE);
        assertThat(DiffApplier.apply(a, diff)).isEqualTo(a);
    }

    @Property(tries = 200)
    void rollingForwardAloneIsNoChange(@ForAll("disclosures") Disclosure a) {
        Disclosure b = Edits.rollForward(a, a.fiscalYear() + 1);

        DisclosureDiffResult diff = DisclosureDiff.compare(a, b, List.of());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(DiffApplier.apply(a, diff)).isEqualTo(b);
    }

    @Property(tries = 1000)
    void applyingTheDiffReproducesTheNewVersion(@ForAll("disclosures") Disclosure a,
                                               @ForAll("edits") List<RandomEdit> edits,
                                               @ForAll boolean rollForward) {
        Disclosure start = rollForward ? Edits.rollForward(a, a.fiscalYear() + 1) : a;
        Disclosure b = edit(start, edits);

        DisclosureDiffResult diff = DisclosureDiff.compare(a, b, List.of());

        assertThat(DiffApplier.apply(a, diff)).isEqualTo(b);
        if (diff.isEmpty()) {
            assertThat(b).isEqualTo(start);
        }
    }

    @Property(tries = 300)
    void overridesComeFirstAndTheDiffStaysComplete(@ForAll("disclosures") Disclosure a,
                                                   @ForAll("edits") List<RandomEdit> edits,
                                                   @ForAll @Size(max = 3) List<@IntRange(max = 50) Integer> pairs,
                                                   @ForAll @IntRange(max = 50) int unmatched) {
        Disclosure b = edit(Edits.rollForward(a, a.fiscalYear() + 1), edits);
        List<MatchOverride> overrides = overrides(a, b, pairs, unmatched);

        DisclosureDiffResult diff = DisclosureDiff.compare(a, b, overrides);

        for (MatchOverride o : overrides) {
            if (o.fromCode() != null && o.toCode() != null) {
                assertThat(diff.matches()).anySatisfy(m -> {
                    assertThat(m.fromCode()).isEqualTo(o.fromCode());
                    assertThat(m.toCode()).isEqualTo(o.toCode());
                    assertThat(m.reason()).isEqualTo(MatchReason.OVERRIDE);
                });
            } else {
                assertThat(diff.matches()).noneMatch(m -> m.fromCode().equals(o.fromCode()));
            }
        }
        assertThat(DiffApplier.apply(a, diff)).isEqualTo(b);
    }

    @Provide
    Arbitrary<Disclosure> disclosures() {
        Arbitrary<Disclosure> synthetic = Arbitraries.longs().between(1, 1_000_000)
                .map(seed -> SyntheticDistrict.generate(seed, 2025, 1, 3, 6).get(0));
        Arbitrary<Disclosure> base = Arbitraries.oneOf(Arbitraries.just(SEED), synthetic);
        // also start from already edited versions, so the old side varies too
        return Combinators.combine(base, edits()).as(DiffPropertiesTest::edit);
    }

    @Provide
    Arbitrary<List<RandomEdit>> edits() {
        Arbitrary<String> text = Arbitraries.strings().withChars("督查经费资金目标完成率提升工作，。、12%𠀀a ").ofMaxLength(8);
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999.99"))
                .ofScale(2).injectNull(0.2);
        Arbitrary<String> value = Arbitraries.of("≥95百分比", "≥85百分比", "≤3万元", "≤12万元", "较好", "", "≥1辆", "≥2辆",
                ">90%", "≥90%", "100%", "≥90人次", "根据工作实际需求");
        Arbitrary<RandomEdit> edit = Combinators.combine(Arbitraries.of(RandomEdit.Kind.class),
                        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 6), text, amount, value)
                .as(RandomEdit::new);
        return edit.list().ofMaxSize(8);
    }

    private static Disclosure edit(Disclosure d, List<RandomEdit> edits) {
        Disclosure result = d;
        int serial = 0;
        for (RandomEdit e : edits) {
            result = e.applyTo(result, ++serial + 1000 * d.projects().size());
        }
        return result;
    }

    private static List<MatchOverride> overrides(Disclosure a, Disclosure b, List<Integer> pairs, int unmatched) {
        List<MatchOverride> overrides = new ArrayList<>();
        Set<String> fromUsed = new HashSet<>();
        Set<String> toUsed = new HashSet<>();
        List<String> fromCodes = codes(a.projects());
        List<String> toCodes = codes(b.projects());
        for (int p : pairs) {
            if (fromCodes.isEmpty() || toCodes.isEmpty()) {
                break;
            }
            String f = fromCodes.get(p % fromCodes.size());
            String t = toCodes.get((p * 7 + 3) % toCodes.size());
            if (fromUsed.add(f) && toUsed.add(t)) {
                overrides.add(MatchOverride.pair(f, t));
            }
        }
        if (!fromCodes.isEmpty()) {
            String f = fromCodes.get(unmatched % fromCodes.size());
            if (fromUsed.add(f)) {
                overrides.add(MatchOverride.noMatchFrom(f));
            }
        }
        return overrides;
    }

    /** Codes that occur once, the only ones an override can name. */
    private static List<String> codes(List<Project> projects) {
        List<String> all = projects.stream().map(Project::code).toList();
        return all.stream().filter(c -> all.indexOf(c) == all.lastIndexOf(c)).toList();
    }
}
