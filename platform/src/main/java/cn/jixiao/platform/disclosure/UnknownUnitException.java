package cn.jixiao.platform.disclosure;

/** A project names a unit that is not one of its department's units; nothing was written. */
public class UnknownUnitException extends RuntimeException {

    public UnknownUnitException(int projectPosition, String projectName, String unitCode) {
        super("第" + projectPosition + "个项目“" + projectName + "”的单位 " + unitCode + " 不是本部门的单位");
    }
}
