package cn.jixiao.templates.forms;

/** How an item differs between two template versions. */
public enum ChangeKind {
    ADDED("新增"), REMOVED("删除"), CHANGED("修改");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** Chinese name, e.g. "新增". */
    public String label() {
        return label;
    }
}
