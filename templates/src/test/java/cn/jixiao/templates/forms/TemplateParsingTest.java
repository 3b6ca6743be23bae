package cn.jixiao.templates.forms;

import static cn.jixiao.templates.forms.DefaultJson.array;
import static cn.jixiao.templates.forms.DefaultJson.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Loading refuses broken templates with Chinese messages that name the JSON path. */
class TemplateParsingTest {

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                broken("missing id", r -> r.remove("id"), "$.id", "缺少必填属性"),
                broken("version zero", r -> r.put("version", 0), "$.version", "不能小于 1"),
                broken("unknown property", r -> r.put("colour", "red"), "$.colour", "不允许的属性「colour」"),
                broken("bad id", r -> r.put("id", "平台"), "$.id", "格式不正确"),
                broken("severity", r -> object(r, "/rules/3").put("severity", "FATAL"),
                        "$.rules[3].severity", "取值「FATAL」无效，应为以下之一：ERROR、WARNING"),
                broken("unknown rule", r -> object(r, "/rules/0").put("id", "budget.magic"),
                        "$.rules[0].id", "取值「budget.magic」无效"),
                broken("required not boolean", r -> object(r, "/sections/1/fields/1").put("required", "是"),
                        "$.sections[1].fields[1].required", "类型应为布尔值，实际为字符串"),
                broken("unknown rule parameter", r -> object(r, "/rules/17/params").put("mid", 50),
                        "$.rules[17].params.mid", "属性名「mid」无效，应为以下之一：min、max"),
                broken("parameter on a rule without any", r -> object(r, "/rules/0").putObject("params").put("x", 1),
                        "$.rules[0].params", "此处不允许设置任何属性"),
                broken("empty hierarchy", r -> array(r, "/indicatorHierarchy").removeAll(),
                        "$.indicatorHierarchy", "至少需要 1 项"),
                broken("money factor", r -> object(r, "/valueGrammar/moneyUnits").put("元", -1),
                        "$.valueGrammar.moneyUnits['元']", "必须大于 0"),
                broken("duplicate rule", r -> array(r, "/rules").add(r.at("/rules/0").deepCopy()),
                        "$.rules[22].id", "规则「customField.required」重复"),
                broken("field in wrong section", r -> array(r, "/sections/0/fields").add(r.at("/sections/1/fields/1").deepCopy()),
                        "$.sections[0].fields[6].id", "字段「project.code」应属于栏目「projects」"),
                broken("field type fixed", r -> object(r, "/sections/1/fields/3").put("type", "text"),
                        "$.sections[1].fields[3].type", "类型固定为 money"),
                broken("maxLength on money", r -> object(r, "/sections/1/fields/3").put("maxLength", 10),
                        "$.sections[1].fields[3].maxLength", "只有文本字段可以设置 maxLength"),
                broken("min above max", r -> object(r, "/rules/17/params").put("min", 200),
                        "$.rules[17].params.min", "参数 min（200）大于 max（100）"),
                broken("bad regex", r -> array(r, "/valueGrammar/vaguePatterns").add("根据(实际"),
                        "$.valueGrammar.vaguePatterns[8]", "不是有效的正则表达式"),
                broken("unknown required indicator", r -> object(r, "/requiredIndicators/1/anyOf/0").put("level2", "数据指标"),
                        "$.requiredIndicators[1].anyOf[0].level2", "一级指标「产出指标」下没有二级指标「数据指标」"),
                broken("duplicate level1 spelled short", r -> array(r, "/indicatorHierarchy")
                                .add(((ObjectNode) r.at("/indicatorHierarchy/0").deepCopy()).put("name", "产出")),
                        "$.indicatorHierarchy[4].name", "一级指标「产出」重复"),
                broken("based on itself", r -> r.putObject("basedOn").put("id", "platform-default").put("version", 1),
                        "$.basedOn", "模板不能基于它自己"),
                broken("enum custom field without options", r -> array(r, "/customFields").addObject()
                                .put("id", "level").put("label", "等级").put("type", "enum").put("required", false),
                        "$.customFields[0].options", "必须列出 options"));
    }

    private static Arguments broken(String name, Consumer<ObjectNode> change, String path, String message) {
        return Arguments.of(name, DefaultJson.with(change), path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void refusesWithPathAndChineseMessage(String name, String json, String path, String message) {
        assertThatThrownBy(() -> FormTemplates.parse(json))
                .isInstanceOfSatisfying(FormTemplateException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.path()).isEqualTo(path);
                        assertThat(p.message()).contains(message);
                    });
                    assertThat(e.getMessage()).startsWith("模板无效：").contains(path + "：");
                });
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> FormTemplates.parse("{\"id\": \"x\","))
                .isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("$：不是有效的 JSON（第 1 行");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> FormTemplates.parse("{\"id\": \"a\", \"id\": \"b\"}"))
                .isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("不是有效的 JSON");
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> FormTemplates.parse(" "))
                .isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("$：内容为空");
    }

    @Test
    void listsEveryProblemAtOnce() {
        String json = DefaultJson.with(r -> {
            r.put("version", 0);
            object(r, "/rules/3").put("severity", "FATAL");
        });

        assertThatThrownBy(() -> FormTemplates.parse(json))
                .isInstanceOfSatisfying(FormTemplateException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::path)
                        .containsExactly("$.rules[3].severity", "$.version"));
    }
}
