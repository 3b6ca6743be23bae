package cn.jixiao.templates.diff;

import java.util.Objects;

/**
 * A user's decision about project matching, applied before any automatic rule: pair {@code fromCode}
 * with {@code toCode}, or, with one side {@code null}, keep that project unmatched (reported as removed
 * or added).
 *
 * @param fromCode 项目编码 in the old version, or {@code null} for "this new project has no predecessor"
 * @param toCode   项目编码 in the new version, or {@code null} for "this old project has no successor"
 */
public record MatchOverride(String fromCode, String toCode) {

    public MatchOverride {
        if (fromCode == null && toCode == null) {
            throw new IllegalArgumentException("an override names at least one project code");
        }
    }

    /** Pairs two projects whatever the automatic rules would say. */
    public static MatchOverride pair(String fromCode, String toCode) {
        if (fromCode == null || toCode == null) {
            throw new IllegalArgumentException("a pair needs both codes");
        }
        return new MatchOverride(fromCode, toCode);
    }

    /** The old project must not be matched: it is reported as removed. */
    public static MatchOverride noMatchFrom(String fromCode) {
        return new MatchOverride(Objects.requireNonNull(fromCode, "fromCode"), null);
    }

    /** The new project must not be matched: it is reported as added. */
    public static MatchOverride noMatchTo(String toCode) {
        return new MatchOverride(null, Objects.requireNonNull(toCode, "toCode"));
    }
}
