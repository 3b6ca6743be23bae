package cn.jixiao.platform.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoGuardTest {

    @Test
    void refusesTheDemoSecretInAnExternalDatabaseUnlessConfirmed() {
        assertThatThrownBy(() -> DemoGuard.check(new DemoProperties(true, false, "ops", ""), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jixiao.demo.allow-external-database=true");
        assertThatCode(() -> DemoGuard.check(new DemoProperties(true, true, "ops", ""), false)).doesNotThrowAnyException();
        assertThatCode(() -> DemoGuard.check(new DemoProperties(true, false, "ops", ""), true)).doesNotThrowAnyException();
        assertThatCode(() -> DemoGuard.check(new DemoProperties(false, false, "ops", ""), false)).doesNotThrowAnyException();
    }
}
