package cn.jixiao.templates.validation;

/** One check; the template decides whether it runs and with which severity and limits. */
interface Rule {

    /** Id used in templates and findings, e.g. "budget.sum". */
    String id();

    /** Where the rule comes from, quoted in every finding. */
    String source();

    /** Reports every violation through {@link RuleContext#report(Location, String)}. */
    void check(RuleContext ctx);
}
