package cn.jixiao.templates.diff;

/** 项目编码 rules: "13020225P008969100011" carries the budget year in its 7th and 8th characters. */
final class ProjectCodes {

    private static final int YEAR_START = 6;
    private static final int YEAR_END = 8;

    private ProjectCodes() {}

    /** The code with its year digits cut out, the key that stays the same when a project rolls forward. */
    static String withoutYear(String code) {
        if (code.length() < YEAR_END) {
            return code;
        }
        return code.substring(0, YEAR_START) + code.substring(YEAR_END);
    }
}
