package cn.jixiao.templates.forms;

/**
 * One reason a template or derivation was refused.
 *
 * @param path    JSON path of the offending value, e.g. "$.rules[3].severity"
 * @param message Chinese explanation
 */
public record TemplateProblem(String path, String message) {
    @Override
    public String toString() {
        return path + "：" + message;
    }
}
