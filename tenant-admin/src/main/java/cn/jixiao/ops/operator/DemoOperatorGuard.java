package cn.jixiao.ops.operator;

import cn.jixiao.ops.OpsProperties;
import cn.jixiao.ops.embedded.PlatformEmbeddedServicesEnvironmentPostProcessor;

/** Refuses the published demo operator password against a real database (as the platform's DemoGuard does). */
final class DemoOperatorGuard {

    private DemoOperatorGuard() {
    }

    static void check(OpsProperties.BootstrapOperator operator, boolean embeddedDatabase) {
        if (!embeddedDatabase && PlatformEmbeddedServicesEnvironmentPostProcessor.DEMO_PASSWORD.equals(operator.password())) {
            throw new IllegalStateException("拒绝启动：演示运维账号的密码是公开的，不能用于外部数据库。"
                    + "请为 jixiao.ops.bootstrap-operator.password 设置一个只有您知道的密码。");
        }
    }
}
