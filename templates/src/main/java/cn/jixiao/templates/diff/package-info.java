/**
 * What changed between two versions of a disclosure, and between two years of a district.
 *
 * <p>Entry points: {@link cn.jixiao.templates.diff.DisclosureDiff#compare},
 * {@link cn.jixiao.templates.diff.DistrictDiff#compare}, {@link cn.jixiao.templates.diff.TextDiff#diff} and
 * {@link cn.jixiao.templates.diff.DiffApplier#apply}, which rebuilds the new version from the old one and a diff.
 * Results are immutable records; money is {@link java.math.BigDecimal} in 万元. Text meant for people is Chinese
 * ({@code label()} on the enums).
 */
package cn.jixiao.templates.diff;
