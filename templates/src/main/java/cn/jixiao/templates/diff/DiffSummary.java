package cn.jixiao.templates.diff;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;

/**
 * Counts of a disclosure diff, for a headline ("新增项目 1 个，删除 1 个…").
 *
 * @param projectsAdded        projects only in the new version
 * @param projectsRemoved      projects only in the old version
 * @param projectsChanged      matched projects with any change
 * @param projectsRenamed      matched projects with a new 项目名称
 * @param projectsMovedUnit    matched projects now in another unit
 * @param projectsMoneyChanged matched projects whose 预算数, 财政资金 or 其他资金 changed
 * @param indicatorsAdded      indicator rows added to matched projects
 * @param indicatorsRemoved    indicator rows removed from matched projects
 * @param indicatorsChanged    matched indicator rows that changed
 * @param targetsTightened     values {@link ValueChangeKind#TIGHTENED}
 * @param targetsLoosened      values {@link ValueChangeKind#LOOSENED}
 * @param conflicts            projects flagged with a {@link MoneyTargetConflict}
 * @param goalChanges          Part 1 paragraphs and items added, removed or edited
 * @param unitChanges          units added, removed, renamed or reordered
 */
public record DiffSummary(int projectsAdded, int projectsRemoved, int projectsChanged, int projectsRenamed,
                          int projectsMovedUnit, int projectsMoneyChanged, int indicatorsAdded, int indicatorsRemoved,
                          int indicatorsChanged, int targetsTightened, int targetsLoosened, int conflicts,
                          int goalChanges, int unitChanges) {

    /** Nothing changed. */
    public static final DiffSummary NONE = new DiffSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Both counts added up, for a district. */
    public DiffSummary plus(DiffSummary o) {
        return new DiffSummary(projectsAdded + o.projectsAdded, projectsRemoved + o.projectsRemoved,
                projectsChanged + o.projectsChanged, projectsRenamed + o.projectsRenamed,
                projectsMovedUnit + o.projectsMovedUnit, projectsMoneyChanged + o.projectsMoneyChanged,
                indicatorsAdded + o.indicatorsAdded, indicatorsRemoved + o.indicatorsRemoved,
                indicatorsChanged + o.indicatorsChanged, targetsTightened + o.targetsTightened,
                targetsLoosened + o.targetsLoosened, conflicts + o.conflicts, goalChanges + o.goalChanges,
                unitChanges + o.unitChanges);
    }

    static DiffSummary of(DepartmentChange department, ListChanges<Project, ProjectChange> projects,
                          GoalsChange goals) {
        int renamed = 0;
        int movedUnit = 0;
        int money = 0;
        int indicatorsAdded = 0;
        int indicatorsRemoved = 0;
        int indicatorsChanged = 0;
        int tightened = 0;
        int loosened = 0;
        int conflicts = 0;
        for (ProjectChange p : projects.changed()) {
            renamed += p.renamed() ? 1 : 0;
            movedUnit += p.movedUnit() ? 1 : 0;
            money += p.budget().isChanged() ? 1 : 0;
            conflicts += p.conflict() != null ? 1 : 0;
            ListChanges<Indicator, IndicatorChange> rows = p.indicators();
            indicatorsAdded += rows.added().size();
            indicatorsRemoved += rows.removed().size();
            indicatorsChanged += rows.changed().size();
            for (IndicatorChange row : rows.changed()) {
                ValueChangeKind kind = row.value() == null ? null : row.value().kind();
                tightened += kind == ValueChangeKind.TIGHTENED ? 1 : 0;
                loosened += kind == ValueChangeKind.LOOSENED ? 1 : 0;
            }
        }
        return new DiffSummary(projects.added().size(), projects.removed().size(), projects.changed().size(),
                renamed, movedUnit, money, indicatorsAdded, indicatorsRemoved, indicatorsChanged, tightened, loosened,
                conflicts, goals.count(), department.units().count());
    }
}
