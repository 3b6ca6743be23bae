package cn.jixiao.platform.demo;

import java.util.Set;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.provisioning.TenantProvisioning;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * Loads the demo district at start: tenant {@code lunan} (唐山市路南区), its API client
 * {@code lunan-api}, and department 202's 2025 disclosure read from the seed document. Idempotent:
 * an existing disclosure is left as it is.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoDistrict implements ApplicationRunner {

    static final String SLUG = "lunan";
    static final String CLIENT_ID = "lunan-api";
    static final String CLIENT_SECRET = "lunan-demo-secret";

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final DemoProperties properties;
    private final Environment environment;
    private final PasswordEncoder passwordEncoder;
    private final DisclosureQueries queries;
    private final DisclosureCommands commands;
    private final DemoUsers users;

    DemoDistrict(DemoProperties properties, Environment environment, PasswordEncoder passwordEncoder,
                 DisclosureQueries queries, DisclosureCommands commands, DemoUsers users) {
        this.users = users;
        this.properties = properties;
        this.environment = environment;
        this.passwordEncoder = passwordEncoder;
        this.queries = queries;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoGuard.check(properties, environment.getProperty("jixiao.embedded.database", Boolean.class, false));
        TenantId tenant = provision();
        CurrentTenant.callAs(tenant, "demo-loader", () -> {
            if (queries.find(DemoSeed.DEPARTMENT_CODE, DemoSeed.FISCAL_YEAR).isEmpty()) {
                commands.create(DemoSeed.disclosure(), Origin.demo(), "演示数据：由种子文档导入");
                log.info("Demo district {} loaded: department {} fiscal year {}", SLUG, DemoSeed.DEPARTMENT_CODE, DemoSeed.FISCAL_YEAR);
            }
            return null;
        });
        users.ensure(tenant, DemoSeed.disclosure().department().units().get(0).code());
    }

    private TenantId provision() {
        PGSimpleDataSource ops = new PGSimpleDataSource();
        ops.setUrl(environment.getRequiredProperty("spring.datasource.url"));
        ops.setUser(properties.opsUsername());
        ops.setPassword(properties.opsPassword());
        var provisioning = new TenantProvisioning(DSL.using(ops, SQLDialect.POSTGRES));
        var tenantId = provisioning.ensureTenant(SLUG, "唐山市路南区", "130202");
        provisioning.ensureApiClient(tenantId, CLIENT_ID, passwordEncoder.encode(CLIENT_SECRET), "路南区演示接口",
                Set.of("disclosures.read", "disclosures.write", "templates.write"));
        return new TenantId(tenantId);
    }
}
