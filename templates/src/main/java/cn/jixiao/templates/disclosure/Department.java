package cn.jixiao.templates.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A department (部门), e.g. code "202", with its budget units in order of first appearance.
 *
 * @param code  department code
 * @param name  department name
 * @param units budget units (immutable)
 */
public record Department(String code, String name, List<Unit> units) {
    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        units = List.copyOf(units);
    }
}
