package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.BuiltInField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** project.code.unique: a department lists each project (项目编码) once. */
final class ProjectCodeUniqueRule implements Rule {

    @Override
    public String id() {
        return "project.code.unique";
    }

    @Override
    public String source() {
        return Sources.PLATFORM;
    }

    @Override
    public void check(RuleContext ctx) {
        List<Project> projects = ctx.disclosure().projects();
        Map<String, Integer> firstByCode = new HashMap<>();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            String code = project.code().strip();
            if (code.isEmpty()) {
                continue;
            }
            Integer first = firstByCode.putIfAbsent(code, p + 1);
            if (first != null) {
                Project earlier = projects.get(first - 1);
                ctx.report(Locations.project(p + 1, project, BuiltInField.PROJECT_CODE.id()),
                        "项目编码「" + code + "」与项目" + first + "（" + earlier.name() + "）重复，同一项目只能填报一次");
            }
        }
    }
}
