package cn.jixiao.templates.diff;

import java.util.List;

import cn.jixiao.templates.disclosure.SpendCheckpoint;

/**
 * A changed 资金支出计划, shown side by side: the plan is a handful of cells.
 *
 * @param from old checkpoints
 * @param to   new checkpoints
 */
public record SpendPlanChange(List<SpendCheckpoint> from, List<SpendCheckpoint> to) {
    public SpendPlanChange {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
