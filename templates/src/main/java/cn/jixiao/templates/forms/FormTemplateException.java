package cn.jixiao.templates.forms;

import java.util.List;
import java.util.stream.Collectors;

/** A template or derivation that cannot be used; the message lists every problem with its JSON path, in Chinese. */
public final class FormTemplateException extends RuntimeException {

    private final transient List<TemplateProblem> problems;

    FormTemplateException(String summary, List<TemplateProblem> problems) {
        super(summary + "：\n" + problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each with its JSON path. */
    public List<TemplateProblem> problems() {
        return problems;
    }
}
