package cn.jixiao.templates.forms;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes template JSON with one mapper: duplicate keys are refused, numbers keep their decimals. */
final class JsonDocuments {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonDocuments() {}

    /** Parses text into a tree, or throws with the line and column in Chinese. */
    static JsonNode read(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new FormTemplateException(what + "无效", List.of(new TemplateProblem("$", "内容为空")));
        }
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "第 " + loc.getLineNr() + " 行第 " + loc.getColumnNr() + " 列";
            throw new FormTemplateException(what + "无效",
                    List.of(new TemplateProblem("$", "不是有效的 JSON（" + where + "）：" + e.getOriginalMessage())));
        }
    }

    /** Pretty-printed JSON text. */
    static String write(JsonNode node) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
