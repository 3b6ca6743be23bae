package cn.jixiao.platform.review;

import java.util.List;

/** A disclosure's review comments as its editors' page places them: all of them, and the open ones of a project. */
public record ReviewNotes(List<ReviewComment> all) {

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<ReviewComment> openOn(String projectCode) {
        return all.stream().filter(c -> c.open() && c.concerns(projectCode)).toList();
    }
}
