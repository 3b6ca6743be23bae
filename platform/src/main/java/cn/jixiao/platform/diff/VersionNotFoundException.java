package cn.jixiao.platform.diff;

/** No such year or revision of the department in the caller's district. */
public class VersionNotFoundException extends RuntimeException {

    public VersionNotFoundException(String departmentCode, VersionRef version) {
        super("未找到部门 " + departmentCode + " 的版本 " + version);
    }
}
