package cn.jixiao.platform.users;

/** A unit an editor can be given. */
public record UnitChoice(String code, String name, String departmentName) {
}
