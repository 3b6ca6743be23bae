package cn.jixiao.platform.search;

/** Which text of a published disclosure a search entry holds (V25 {@code search_entry.field}). */
enum SearchField {
    DEPARTMENT("部门"), PROJECT_NAME("项目名称"), PROJECT_CODE("项目编码"), LEVEL3("三级指标"), DESCRIPTION("指标描述"),
    VALUE("指标值");

    final String label;

    SearchField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
