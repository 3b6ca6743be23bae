package cn.jixiao.templates.diff;

/**
 * Two versions of one project.
 *
 * @param fromIndex  position in the old version's project list
 * @param toIndex    position in the new version's project list
 * @param fromCode   old 项目编码
 * @param toCode     new 项目编码
 * @param fromName   old 项目名称, for display
 * @param toName     new 项目名称, for display
 * @param reason     the rule that matched them
 * @param confidence 1 for overrides and codes, the text similarity (0–1) for names and purposes
 */
public record ProjectMatch(int fromIndex, int toIndex, String fromCode, String toCode, String fromName, String toName,
                           MatchReason reason, double confidence) {

    /** Whether the codes differ in more than their year digits. */
    public boolean codeChanged() {
        return !ProjectCodes.withoutYear(fromCode).equals(ProjectCodes.withoutYear(toCode));
    }
}
