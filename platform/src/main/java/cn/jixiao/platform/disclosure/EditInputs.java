package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.platform.disclosure.DisclosureInput.CheckpointInput;
import cn.jixiao.platform.disclosure.DisclosureInput.GoalsInput;
import cn.jixiao.platform.disclosure.DisclosureInput.IndicatorInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** Bodies of the edit endpoints under {@code /api/v1/disclosures/{deptCode}/{year}} (docs/api.md); each names its base revision. */
final class EditInputs {

    private static final String BASE = "必须给出所基于的修订版 baseRevision";

    private EditInputs() {
    }

    record GoalsEdit(@NotNull(message = BASE) @PositiveOrZero Integer baseRevision, @Valid GoalsInput goals) {
    }

    /** A project's goal table fields; 预算数 is computed from 财政资金 and 其他资金. */
    record ProjectEdit(
            @NotNull(message = BASE) @PositiveOrZero Integer baseRevision,
            @Positive(message = "位置 position 从 1 开始") Integer position,
            @NotBlank(message = "项目的单位编码 unitCode 不能为空") String unitCode,
            @NotBlank(message = "项目编码 code 不能为空") String code,
            @NotBlank(message = "项目名称 name 不能为空") String name,
            BigDecimal fiscal,
            BigDecimal other,
            String purpose,
            String goal,
            List<@Valid @NotNull CheckpointInput> spendPlan,
            List<@Valid @NotNull IndicatorInput> indicators) {

        ProjectFields fields() {
            return new ProjectFields(unitCode, code, name, fiscal, other, DisclosureInput.text(purpose), DisclosureInput.text(goal));
        }
    }

    record IndicatorEdit(
            @NotNull(message = BASE) @PositiveOrZero Integer baseRevision,
            @Positive(message = "位置 position 从 1 开始") Integer position,
            @NotBlank(message = "一级指标 level1 不能为空") String level1,
            @NotBlank(message = "二级指标 level2 不能为空") String level2,
            String level3, String description, String value, String basis) {

        IndicatorInput row() {
            return new IndicatorInput(level1, level2, level3, description, value, basis);
        }
    }

    record SpendPlanEdit(@NotNull(message = BASE) @PositiveOrZero Integer baseRevision,
                         @NotNull(message = "必须给出 checkpoints（可为空列表）") List<@Valid @NotNull CheckpointInput> checkpoints) {
    }

    record Move(@NotNull(message = BASE) @PositiveOrZero Integer baseRevision,
                @NotNull(message = "必须给出目标位置 to") @Positive(message = "目标位置 to 从 1 开始") Integer to) {
    }

    record Delete(@NotNull(message = BASE) @PositiveOrZero Integer baseRevision) {
    }
}
