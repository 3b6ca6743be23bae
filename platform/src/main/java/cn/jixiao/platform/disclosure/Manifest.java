package cn.jixiao.platform.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a revision's content is made of: the hashes of its parts in {@code content_part}.
 *
 * @param goals    Part 1 ({@code DepartmentGoals})
 * @param projects one per project (with its spending plan and indicators), in document order
 */
record Manifest(String goals, List<String> projects) {

    Manifest {
        projects = List.copyOf(projects);
    }

    List<String> hashes() {
        List<String> all = new ArrayList<>(projects.size() + 1);
        all.add(goals);
        all.addAll(projects);
        return all;
    }
}
