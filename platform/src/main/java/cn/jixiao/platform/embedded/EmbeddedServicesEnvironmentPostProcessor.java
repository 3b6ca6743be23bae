package cn.jixiao.platform.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import cn.jixiao.infra.db.DatabaseBootstrap;
import cn.jixiao.infra.db.DatabaseRoles;
import cn.jixiao.infra.embedded.EmbeddedPostgresServer;
import cn.jixiao.infra.embedded.EmbeddedRedisServer;

/**
 * Starts PostgreSQL and Redis in-process when none is configured, so that a bare machine with Java
 * and Maven runs the platform. Configured services ({@code spring.datasource.url},
 * {@code spring.data.redis.url}/{@code host}) always win; {@code jixiao.embedded.enabled=false}
 * turns the fallback off.
 */
public class EmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATABASE = "jixiao";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("jixiao.embedded.enabled", Boolean.class, true)) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (!env.containsProperty("spring.datasource.url")) {
            DatabaseRoles roles = DatabaseRoles.defaults();
            DatabaseBootstrap.ensure(EmbeddedPostgresServer.adminJdbcUrl(), DATABASE, roles);
            props.put("spring.datasource.url", EmbeddedPostgresServer.jdbcUrl(DATABASE));
            props.put("spring.datasource.username", roles.app().username());
            props.put("spring.datasource.password", roles.app().password());
            props.put("spring.flyway.user", roles.owner().username());
            props.put("spring.flyway.password", roles.owner().password());
            props.put("jixiao.demo.ops-username", roles.ops().username());
            props.put("jixiao.demo.ops-password", roles.ops().password());
            props.put("jixiao.embedded.database", true);
        }
        if (!env.containsProperty("spring.data.redis.url") && !env.containsProperty("spring.data.redis.host")) {
            props.put("spring.data.redis.url", EmbeddedRedisServer.url());
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("jixiao-embedded-services", props));
        }
    }
}
