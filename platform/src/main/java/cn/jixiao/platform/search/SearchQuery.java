package cn.jixiao.platform.search;

import java.util.Optional;

/**
 * A visitor's search words, checked: the text as typed (shown back in the box) and, when it can
 * be searched, its normalized form; otherwise the reason in Chinese.
 */
record SearchQuery(String typed, String normalized, String refusal) {

    static final int MAX_LENGTH = 50;

    static SearchQuery of(String raw) {
        String typed = raw == null ? "" : raw;
        String cleaned = typed.replaceAll("\\p{Cntrl}", " ");
        String normalized = Grams.normalize(cleaned);
        if (normalized.isEmpty()) {
            return new SearchQuery(typed, null, "请输入要搜索的内容，例如项目名称、项目编码、指标内容或部门名称。");
        }
        int length = normalized.codePointCount(0, normalized.length());
        if (length > MAX_LENGTH) {
            return new SearchQuery(typed, null, "搜索内容最多 " + MAX_LENGTH + " 个字，请缩短后再搜索。");
        }
        if (length == 1 && normalized.codePointAt(0) < 0x80) {
            return new SearchQuery(typed, null, "搜索内容太短：请至少输入两个字母或数字，或一个汉字。");
        }
        return new SearchQuery(typed, normalized, null);
    }

    Optional<String> searchable() {
        return Optional.ofNullable(normalized);
    }
}
