package cn.jixiao.platform.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jixiao.platform.portal.PortalTenant;
import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;

/**
 * {@code data.json}: one published disclosure as open data (schema in docs/opendata.md). Field
 * order is the records' order; money and numbers are decimal strings as written (万元), never
 * floating point; a blank cell is {@code null}.
 */
record OpenDataDocument(String schema, District district, int fiscalYear, int revision, String publishedAt,
                        Department department, List<UnitEntry> units, Goals goals, List<ProjectEntry> projects) {

    static final String SCHEMA = "https://jixiao.cn/opendata/disclosure/v1";

    record District(String slug, String name) {
    }

    record Department(String code, String name) {
    }

    record UnitEntry(UUID id, String code, String name) {
    }

    record Goals(List<String> overall, List<ItemizedGoal> itemized, List<String> measures) {
    }

    record Money(String total, String fiscal, String other) {
        static Money of(Budget b) {
            return new Money(decimal(b.total()), decimal(b.fiscal()), decimal(b.other()));
        }
    }

    record Checkpoint(String label, String cumulativePercent) {
    }

    record Value(String text, String kind, String comparator, String number, String unit) {
        static Value of(IndicatorValue v) {
            return new Value(v.text(), v.kind().name(), v.comparator() == null ? null : v.comparator().name(),
                    decimal(v.number()), v.unit());
        }
    }

    record IndicatorEntry(UUID id, String level1, String level2, String level3, String description, Value value,
                          String basis) {
    }

    record ProjectEntry(UUID id, String code, String name, UUID unitId, String unitCode, Money budget, String purpose,
                        List<Checkpoint> spendPlan, String goal, List<IndicatorEntry> indicators) {
    }

    static OpenDataDocument of(PortalTenant district, Disclosure d, int revision, String publishedAt, StableIds ids) {
        List<UnitEntry> units = d.department().units().stream()
                .map(u -> new UnitEntry(ids.units().get(u.code()), u.code(), u.name())).toList();
        Map<String, UUID> unitIds = ids.units();
        List<ProjectEntry> projects = d.projects().stream().map(p -> project(p, unitIds, ids)).toList();
        return new OpenDataDocument(SCHEMA, new District(district.slug(), district.name()), d.fiscalYear(), revision,
                publishedAt, new Department(d.department().code(), d.department().name()), units,
                new Goals(d.goals().overall(), d.goals().itemized(), d.goals().measures()), projects);
    }

    private static ProjectEntry project(Project p, Map<String, UUID> unitIds, StableIds ids) {
        List<UUID> rowIds = ids.indicators().get(p.code());
        List<Indicator> rows = p.indicators();
        List<IndicatorEntry> indicators = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            indicators.add(new IndicatorEntry(rowIds.get(i), r.level1(), r.level2(), r.level3(), r.description(),
                    Value.of(r.value()), r.basis()));
        }
        return new ProjectEntry(ids.projects().get(p.code()), p.code(), p.name(), unitIds.get(p.unitCode()), p.unitCode(),
                Money.of(p.budget()), p.purpose(),
                p.spendPlan().stream().map(OpenDataDocument::checkpoint).toList(), p.goal(), indicators);
    }

    private static Checkpoint checkpoint(SpendCheckpoint c) {
        return new Checkpoint(c.label(), decimal(c.cumulativePercent()));
    }

    private static String decimal(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }
}
