package cn.jixiao.ops.operator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.ops.OpsProperties;

/** Creates the configured operator account at start when it does not exist (an existing one is left as is). */
@Component
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);
    private static final int MIN_PASSWORD_LENGTH = 12;

    private final OperatorAccounts accounts;
    private final PasswordEncoder encoder;
    private final OpsProperties properties;

    OperatorBootstrap(OperatorAccounts accounts, PasswordEncoder encoder, OpsProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        // refused before anything touches the database
        OpsProperties.BootstrapOperator operator = properties.bootstrapOperator();
        if (configured(operator)) {
            DemoOperatorGuard.check(operator, properties.embeddedDatabase());
            if (operator.password() == null || operator.password().length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("jixiao.ops.bootstrap-operator.password 至少需要 " + MIN_PASSWORD_LENGTH + " 个字符");
            }
        }
    }

    private static boolean configured(OpsProperties.BootstrapOperator operator) {
        return operator.username() != null && !operator.username().isBlank();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        OpsProperties.BootstrapOperator operator = properties.bootstrapOperator();
        if (configured(operator) && accounts.createIfMissing(operator.username(), encoder.encode(operator.password()))) {
            log.info("operator account {} created", operator.username());
        }
    }
}
