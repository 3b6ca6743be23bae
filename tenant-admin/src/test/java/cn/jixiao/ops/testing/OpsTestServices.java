package cn.jixiao.ops.testing;

import cn.jixiao.infra.db.DatabaseRoles;
import cn.jixiao.infra.testing.TestDatabase;
import cn.jixiao.infra.testing.TestServices;

/** tenant-admin connects as the operators' role, as in production, with a bootstrap operator for the tests. */
public class OpsTestServices extends TestServices {

    public static final String OPERATOR = "test-operator";
    public static final String PASSWORD = "test-operator-secret-1";

    @Override
    protected DatabaseRoles.Credentials connectAs(DatabaseRoles roles) {
        return roles.ops();
    }

    @Override
    protected void configure(TestDatabase db) {
        System.setProperty("jixiao.ops.bootstrap-operator.username", OPERATOR);
        System.setProperty("jixiao.ops.bootstrap-operator.password", PASSWORD);
        System.setProperty("jixiao.ops.platform-url", "https://jixiao.example.cn/");
        System.setProperty("jixiao.ops.login-throttle.key-prefix", ownRedisKeys("login-failures"));
    }
}
