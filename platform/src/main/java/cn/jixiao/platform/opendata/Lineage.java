package cn.jixiao.platform.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.diff.Diffs;
import cn.jixiao.platform.diff.VersionRef;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.ProjectChange;
import cn.jixiao.templates.diff.ProjectMatch;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Stable identifiers across years from the diff engine's matching (with the district's match
 * overrides): a project or indicator the diff matches with the previous publication keeps that
 * one's id; anything else gets a new one. Units keep one id per unit code.
 */
@Component
class Lineage {

    private final LineageStore store;
    private final Diffs diffs;

    Lineage(LineageStore store, Diffs diffs) {
        this.store = store;
        this.diffs = diffs;
    }

    /** Assigns and stores the ids of a disclosure being published at {@code revision}. */
    StableIds assign(UUID disclosureId, int revision, Disclosure content) {
        String dept = content.department().code();
        int year = content.fiscalYear();
        Map<String, UUID> projects = new HashMap<>();
        Map<String, List<UUID>> indicators = new HashMap<>();
        store.predecessor(dept, year).ifPresent(previous -> carryOver(dept, year, revision, previous, projects, indicators));
        for (Project p : content.projects()) {
            projects.computeIfAbsent(p.code(), c -> UUID.randomUUID());
            List<UUID> rows = indicators.computeIfAbsent(p.code(), c -> new ArrayList<>());
            while (rows.size() < p.indicators().size()) {
                rows.add(null);
            }
            rows.replaceAll(id -> id == null ? UUID.randomUUID() : id);
        }
        StableIds ids = new StableIds(store.unitIds(dept, content.department().units().stream().map(Unit::code).toList()),
                projects, indicators);
        store.replace(dept, year, disclosureId, revision, ids);
        return ids;
    }

    private void carryOver(String dept, int year, int revision, LineageStore.Source previous,
                           Map<String, UUID> projects, Map<String, List<UUID>> indicators) {
        Map<String, UUID> oldProjects = store.projectIds(dept, previous.fiscalYear());
        Map<String, List<UUID>> oldIndicators = store.indicatorIds(dept, previous.fiscalYear());
        DisclosureDiffResult diff = diffs.compare(dept, new VersionRef(previous.fiscalYear(), previous.revision()),
                new VersionRef(year, revision));
        Map<Integer, ProjectChange> changed = new HashMap<>();
        diff.projects().changed().forEach(c -> changed.put(c.toIndex(), c));
        for (ProjectMatch m : diff.matches()) {
            UUID id = oldProjects.get(m.fromCode());
            if (id == null) {
                continue;
            }
            projects.put(m.toCode(), id);
            List<UUID> oldRows = oldIndicators.getOrDefault(m.fromCode(), List.of());
            ProjectChange change = changed.get(m.toIndex());
            int toSize = change == null ? oldRows.size() : sizeAfter(change, oldRows.size());
            Map<Integer, Integer> pairs = change == null ? identity(oldRows.size())
                    : RowPairs.of(change.indicators(), oldRows.size(), toSize);
            List<UUID> rows = new ArrayList<>();
            for (int n = 0; n < toSize; n++) {
                Integer from = pairs.get(n);
                rows.add(from == null || from >= oldRows.size() ? null : oldRows.get(from));
            }
            indicators.put(m.toCode(), rows);
        }
    }

    private static int sizeAfter(ProjectChange change, int fromSize) {
        return fromSize - change.indicators().removed().size() + change.indicators().added().size();
    }

    private static Map<Integer, Integer> identity(int size) {
        Map<Integer, Integer> pairs = new HashMap<>();
        for (int i = 0; i < size; i++) {
            pairs.put(i, i);
        }
        return pairs;
    }
}
