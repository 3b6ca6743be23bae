package cn.jixiao.templates.forms;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes a template as the JSON document the schema describes; {@code parse(write(t))} gives {@code t} back. */
final class TemplateWriter {

    private TemplateWriter() {}

    static String write(FormTemplate t) {
        ObjectNode root = JsonDocuments.MAPPER.createObjectNode();
        root.put("id", t.id());
        root.put("version", t.version());
        root.put("name", t.name());
        if (t.basedOn() == null) {
            root.putNull("basedOn");
        } else {
            ObjectNode b = root.putObject("basedOn");
            b.put("id", t.basedOn().id());
            b.put("version", t.basedOn().version());
        }
        ArrayNode sections = root.putArray("sections");
        for (Section s : t.sections()) {
            ObjectNode sn = sections.addObject();
            sn.put("id", s.id());
            sn.put("label", s.label());
            ArrayNode fields = sn.putArray("fields");
            s.fields().forEach(f -> field(fields.addObject(), f));
        }
        ArrayNode custom = root.putArray("customFields");
        t.customFields().forEach(f -> field(custom.addObject(), f));
        ArrayNode hierarchy = root.putArray("indicatorHierarchy");
        for (Level1Node l1 : t.hierarchy().level1()) {
            ObjectNode n1 = hierarchy.addObject();
            n1.put("name", l1.name());
            strings(n1, "aliases", l1.aliases());
            ArrayNode children = n1.putArray("children");
            for (Level2Node l2 : l1.children()) {
                ObjectNode n2 = children.addObject();
                n2.put("name", l2.name());
                strings(n2, "aliases", l2.aliases());
                n2.put("expects", l2.expects().json());
                n2.put("moneyAllowed", l2.moneyAllowed());
            }
        }
        ArrayNode required = root.putArray("requiredIndicators");
        t.requiredIndicators().forEach(r -> requiredIndicator(required.addObject(), r));
        ObjectNode grammar = root.putObject("valueGrammar");
        grammar.set("percentUnits", stringArray(t.valueGrammar().percentUnits()));
        ObjectNode money = grammar.putObject("moneyUnits");
        t.valueGrammar().moneyUnits().forEach(money::put);
        grammar.set("vaguePatterns", stringArray(t.valueGrammar().vaguePatterns()));
        grammar.put("unitRequired", t.valueGrammar().unitRequired());
        ArrayNode rules = root.putArray("rules");
        for (RuleSetting r : t.rules()) {
            ObjectNode rn = rules.addObject();
            rn.put("id", r.id());
            rn.put("severity", r.severity().name());
            rn.put("enabled", r.enabled());
            if (!r.params().isEmpty()) {
                ObjectNode params = rn.putObject("params");
                r.params().forEach(params::put);
            }
        }
        return JsonDocuments.write(root);
    }

    static void requiredIndicator(ObjectNode n, RequiredIndicator r) {
        n.put("name", r.name());
        ArrayNode anyOf = n.putArray("anyOf");
        for (IndicatorRef ref : r.anyOf()) {
            ObjectNode rn = anyOf.addObject();
            rn.put("level1", ref.level1());
            if (ref.level2() != null) {
                rn.put("level2", ref.level2());
            }
        }
    }

    private static void field(ObjectNode n, FieldDef f) {
        n.put("id", f.id());
        n.put("label", f.label());
        n.put("type", f.type().json());
        n.put("required", f.required());
        FieldLimits l = f.limits();
        if (l.maxLength() != null) {
            n.put("maxLength", l.maxLength());
        }
        putDecimal(n, "min", l.min());
        putDecimal(n, "max", l.max());
        if (l.maxDecimals() != null) {
            n.put("maxDecimals", l.maxDecimals());
        }
        if (!f.options().isEmpty()) {
            n.set("options", stringArray(f.options()));
        }
    }

    private static void putDecimal(ObjectNode n, String name, BigDecimal value) {
        if (value != null) {
            n.put(name, value);
        }
    }

    private static void strings(ObjectNode n, String name, List<String> values) {
        if (!values.isEmpty()) {
            n.set(name, stringArray(values));
        }
    }

    private static ArrayNode stringArray(List<String> values) {
        ArrayNode a = JsonDocuments.MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}
