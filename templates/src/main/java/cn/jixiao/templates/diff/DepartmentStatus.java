package cn.jixiao.templates.diff;

/** A department in a district comparison. */
public enum DepartmentStatus {
    ADDED("新增部门"), REMOVED("减少部门"), CHANGED("有变化"), UNCHANGED("无变化");

    private final String label;

    DepartmentStatus(String label) {
        this.label = label;
    }

    /** Chinese label for display. */
    public String label() {
        return label;
    }
}
