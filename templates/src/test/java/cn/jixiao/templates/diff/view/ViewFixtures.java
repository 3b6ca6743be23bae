package cn.jixiao.templates.diff.view;

import cn.jixiao.templates.diff.DiffFixtures;
import cn.jixiao.templates.diff.DisclosureDiff;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.disclosure.Disclosure;

/** The seed scenario of the diff tests: 2025 → 2026 with six known edits, and the plain roll-forward. */
final class ViewFixtures {

    private ViewFixtures() {}

    /** Project 1 renamed, 3 removed, one added, 2's money 13.00 → 15.00, 4's 质量指标 ≥90 → ≥95, a measure edited. */
    static DisclosureDiffResult seedDiff() {
        return DisclosureDiff.compare(DiffFixtures.seed2025(), DiffFixtures.edited2026());
    }

    /** The seed against its plain roll-forward: nothing changed. */
    static DisclosureDiffResult emptyDiff() {
        Disclosure seed = DiffFixtures.seed2025();
        return DisclosureDiff.compare(seed, DiffFixtures.rolledForward(seed, 2026));
    }
}
