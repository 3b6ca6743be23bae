package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.render.TableModel.Slot;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table layouts beyond the seed's: other numbers of checkpoints, merged 二级指标, blank amounts. */
class ProjectTablesTest {

    private static Indicator indicator(String level1, String level2, String level3) {
        return new Indicator(level1, level2, level3, "描述", IndicatorValue.parse("≥1次"), "依据");
    }

    private static Project project(List<SpendCheckpoint> plan, List<Indicator> indicators) {
        return new Project("1", "P1", "项目", new Budget(new BigDecimal("5.0"), null, new BigDecimal("0.50")), "用途",
                plan, "目标", indicators);
    }

    @Test
    void spendingPlanOfThreeOrFiveCheckpointsTilesTheGrid() {
        for (int n : new int[] {1, 2, 3, 4, 5, 6, 12}) {
            List<SpendCheckpoint> plan = java.util.stream.IntStream.rangeClosed(1, n)
                    .mapToObj(i -> new SpendCheckpoint(i + "月底", BigDecimal.valueOf(100L * i / n))).toList();
            TableModel table = ProjectTables.goalTable(project(plan, List.of()), new Unit("1", "单位"), "表");

            List<List<Slot>> slots = table.slots(); // throws if the spans do not tile the grid
            assertThat(table.totalWidth()).isEqualTo(ProjectTables.TEXT_WIDTH);
            assertThat(slots.get(4)).as("checkpoint labels for %d", n).hasSize(1 + n);
            assertThat(slots.get(5).get(0).covered()).isTrue();
        }
    }

    @Test
    void noSpendingPlanStillMakesAWholeRow() {
        TableModel table = ProjectTables.goalTable(project(List.of(), List.of()), new Unit("1", "单位"), "表");
        assertThat(table.slots()).hasSize(6);
    }

    @Test
    void blankAmountsStayBlankAndWrittenScaleIsKept() {
        TableModel table = ProjectTables.goalTable(project(List.of(), List.of()), new Unit("1", "单位"), "表");
        assertThat(table.rows().get(2).cells()).extracting(TableModel.Cell::text)
                .containsExactly("预算规模及资金用途", "预算数", "5.0", "其中：财政资金", "", "其他资金", "0.50");
    }

    @Test
    void equalLevelTwoCellsMergeWithinTheirLevelOneGroup() {
        TableModel table = ProjectTables.indicatorTable(project(List.of(), List.of(
                indicator("产出指标", "数量指标", "a"),
                indicator("产出指标", "数量指标", "b"),
                indicator("产出指标", "质量指标", "c"),
                indicator("效益指标", "质量指标", "d"))), "表");

        List<List<Slot>> slots = table.slots();
        assertThat(slots.get(1).get(0).cell().rowSpan()).isEqualTo(3);
        assertThat(slots.get(1).get(1).cell().rowSpan()).isEqualTo(2);
        assertThat(slots.get(2).get(1).covered()).isTrue();
        assertThat(slots.get(3).get(1).covered()).isFalse();
        // same 二级指标 text under another 一级指标 starts a new cell
        assertThat(slots.get(4).get(1).covered()).isFalse();
        assertThat(slots.get(4).get(0).cell().text()).isEqualTo("效益指标");
    }
}
