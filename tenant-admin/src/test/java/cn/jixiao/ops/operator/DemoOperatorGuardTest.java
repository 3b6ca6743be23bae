package cn.jixiao.ops.operator;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.jixiao.ops.OpsProperties;

class DemoOperatorGuardTest {

    private static final OpsProperties.BootstrapOperator DEMO = new OpsProperties.BootstrapOperator("operator", "operator-demo-pass");

    @Test
    void theDemoPasswordIsRefusedAgainstARealDatabase() {
        assertThatThrownBy(() -> DemoOperatorGuard.check(DEMO, false)).hasMessageContaining("演示运维账号的密码是公开的");
    }

    @Test
    void itIsAcceptedAgainstTheEmbeddedOneAndOtherPasswordsEverywhere() {
        assertThatCode(() -> DemoOperatorGuard.check(DEMO, true)).doesNotThrowAnyException();
        assertThatCode(() -> DemoOperatorGuard.check(new OpsProperties.BootstrapOperator("ops", "a-long-private-one"), false))
                .doesNotThrowAnyException();
    }
}
