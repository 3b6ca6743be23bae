package cn.jixiao.templates.forms;

import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The platform default as an editable tree, to build broken templates one change at a time. */
final class DefaultJson {

    private static final JsonMapper MAPPER = JsonMapper.shared();

    private DefaultJson() {}

    static String with(Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) MAPPER.readTree(FormTemplates.toJson(FormTemplates.platformDefault()));
        change.accept(root);
        return MAPPER.writeValueAsString(root);
    }

    static ObjectNode object(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static ArrayNode array(ObjectNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }
}
