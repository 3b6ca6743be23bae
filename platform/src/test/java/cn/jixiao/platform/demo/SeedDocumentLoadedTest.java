package cn.jixiao.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.testing.Api;
import tools.jackson.databind.JsonNode;
import cn.jixiao.templates.testing.SeedDocument;

/**
 * The demo district holds the seed document completely: every table cell and every Part 1
 * paragraph of the seed, read here independently of the platform's reader, is in the database
 * (read as the application role bound to the demo tenant) and in the API's JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeedDocumentLoadedTest {

    /** Header labels of the seed's tables: structure, not data. */
    private static final Set<String> LABELS = Set.of("单位：万元", "项目编码", "项目名称", "预算规模及资金用途", "预算数",
            "其中：财政    资金", "其他资金", "资金支出计划（%）", "绩效目标", "一级指标", "二级指标", "三级指标", "绩效指标描述",
            "指标值", "指标值确定依据");
    private static final Set<String> HEADINGS = Set.of("第一部分", "部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标",
            "三、工作保障措施");
    private static final Pattern PARAGRAPH_PREFIX = Pattern.compile("^(\\d+\\.|绩效目标：|绩效指标：)");

    private static List<String> cells;
    private static List<String> paragraphs;

    @LocalServerPort
    int port;

    @BeforeAll
    static void readSeed() throws IOException {
        cells = new ArrayList<>();
        paragraphs = new ArrayList<>();
        boolean part1 = true;
        for (String line : SeedDocument.text().split("\n")) {
            if (line.startsWith("\t")) {
                String cell = line.substring(1);
                if (!cell.isBlank() && !LABELS.contains(cell)) {
                    cells.add(cell);
                }
            } else {
                String text = line.replaceFirst("^\\[bookmark: [^]]*]", "").replace('\u00a0', ' ').strip();
                part1 &= !text.equals("第二部分");
                if (part1 && !text.isEmpty() && !HEADINGS.contains(text)) {
                    paragraphs.add(text);
                }
            }
        }
        assertThat(cells).as("seed table cells").hasSizeGreaterThan(200);
        assertThat(paragraphs).as("seed Part 1 paragraphs").hasSizeGreaterThan(25);
    }

    @Test
    void everySeedCellAndParagraphIsInTheDatabase() throws SQLException {
        UUID lunan = Db.tenantId("lunan");
        Values stored = new Values();
        Db.asTenant(lunan, c -> {
            for (String sql : List.of(
                    "select code || name from unit",
                    // every text and number of the stored content parts (Part 1, projects)
                    "select v #>> '{}' from content_part, jsonb_path_query(body, 'strict $.**') v where jsonb_typeof(v) = 'string'",
                    "select (v #>> '{}')::numeric from content_part, jsonb_path_query(body, 'strict $.**') v"
                            + " where jsonb_typeof(v) = 'number'")) {
                Sql.query(c, sql).forEach(row -> stored.add(row.get(0)));
            }
            return null;
        });
        assertAllPresent(stored);
    }

    @Test
    void everySeedCellAndParagraphIsInTheJson() {
        Api api = new Api(port);
        var response = api.get("/api/v1/disclosures/202/2025", api.token("lunan-api", "lunan-demo-secret"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = Api.json(response.body());
        Values values = new Values();
        collect(json, values);
        json.get("department").get("units").forEach(u -> values.add(u.get("code").asString() + u.get("name").asString()));
        assertAllPresent(values);
    }

    private static void assertAllPresent(Values values) {
        List<String> missingCells = cells.stream().filter(cell -> !values.containsCell(cell)).toList();
        List<String> missingParagraphs = paragraphs.stream().filter(p -> !values.containsParagraph(p)).toList();
        assertThat(missingCells).as("seed cells not stored").isEmpty();
        assertThat(missingParagraphs).as("seed paragraphs not stored").isEmpty();
    }

    private static void collect(JsonNode node, Values values) {
        if (node.isContainer()) {
            node.forEach(child -> collect(child, values));
        } else if (node.isNumber()) {
            values.add(node.decimalValue());
        } else if (node.isString()) {
            values.add(node.asString());
        }
    }

    /** Stored texts and amounts; a seed cell matches a text exactly, or a number / percent by value. */
    private static final class Values {
        private final Set<String> texts = new HashSet<>();
        private final Set<BigDecimal> numbers = new HashSet<>();

        void add(Object value) {
            if (value instanceof BigDecimal n) {
                numbers.add(n.stripTrailingZeros());
            } else if (value != null) {
                texts.add(value.toString());
            }
        }

        boolean containsCell(String cell) {
            if (texts.contains(cell)) {
                return true;
            }
            String number = cell.endsWith("%") ? cell.substring(0, cell.length() - 1) : cell;
            return number.matches("\\d+(\\.\\d+)?") && numbers.contains(new BigDecimal(number).stripTrailingZeros());
        }

        /** Item titles and goal texts are stored without their "1." / "绩效目标：" prefix. */
        boolean containsParagraph(String paragraph) {
            return texts.contains(paragraph) || texts.contains(PARAGRAPH_PREFIX.matcher(paragraph).replaceFirst(""));
        }
    }
}
