package cn.jixiao.platform.opendata;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stable identifiers of one published disclosure.
 *
 * @param units      by unit code
 * @param projects   by project code
 * @param indicators by project code, one per indicator row in table order
 */
record StableIds(Map<String, UUID> units, Map<String, UUID> projects, Map<String, List<UUID>> indicators) {
    StableIds {
        units = Map.copyOf(units);
        projects = Map.copyOf(projects);
        indicators = Map.copyOf(indicators);
    }
}
