package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.jixiao.templates.disclosure.Disclosure;

/** A district's next year: the same departments with a few seeded random edits each (for tests and the benchmark). */
final class DistrictEdits {

    private static final String[] TEXTS = {"加强", "提升质量", "优化", "新增", "，", "。", "做好", "督查工作"};
    private static final String[] VALUES = {"≥95%", "≥80%", "≤3万元", "较好", "≥2次", ">90%", "100%", ""};
    private static final RandomEdit.Kind[] KINDS = RandomEdit.Kind.values();

    private DistrictEdits() {}

    /** {@code editsPerDepartment} random edits applied to each department of {@code next}. */
    static List<Disclosure> edit(List<Disclosure> next, long seed, int editsPerDepartment) {
        Random random = new Random(seed);
        List<Disclosure> result = new ArrayList<>(next.size());
        int serial = 0;
        for (Disclosure d : next) {
            Disclosure edited = d;
            for (int i = 0; i < editsPerDepartment; i++) {
                edited = randomEdit(random).applyTo(edited, ++serial);
            }
            result.add(edited);
        }
        return result;
    }

    static RandomEdit randomEdit(Random random) {
        BigDecimal amount = random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(1_000_000), 2);
        return new RandomEdit(KINDS[random.nextInt(KINDS.length)], random.nextInt(1000), random.nextInt(1000),
                random.nextInt(4), TEXTS[random.nextInt(TEXTS.length)], amount, VALUES[random.nextInt(VALUES.length)]);
    }
}
