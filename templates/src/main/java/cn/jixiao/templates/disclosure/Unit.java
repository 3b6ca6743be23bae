package cn.jixiao.templates.disclosure;

import java.util.Objects;

/**
 * A budget unit (单位) of a department, e.g. ("202001", "中共唐山市路南区委唐山市路南区人民政府督查室本级").
 *
 * @param code unit code as written (leading digits of the unit cell)
 * @param name unit name as written
 */
public record Unit(String code, String name) {
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
