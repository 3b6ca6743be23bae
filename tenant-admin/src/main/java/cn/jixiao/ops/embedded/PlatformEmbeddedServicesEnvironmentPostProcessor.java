package cn.jixiao.ops.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import cn.jixiao.infra.db.DatabaseRoles;
import cn.jixiao.infra.embedded.EmbeddedServicesDiscovery;

/**
 * In development, with no database or Redis configured, connects to the embedded PostgreSQL and
 * Redis that a running platform started (found through {@link EmbeddedServicesDiscovery}); it never
 * starts its own, since the platform owns and migrates the schema. Also bootstraps the demo
 * operator there. Configured services always win; {@code jixiao.embedded.enabled=false} turns this off.
 */
public class PlatformEmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** The platform's embedded database name (its EmbeddedServicesEnvironmentPostProcessor.DATABASE). */
    static final String PLATFORM_DATABASE = "jixiao";
    public static final String DEMO_OPERATOR = "operator";
    public static final String DEMO_PASSWORD = "operator-demo-pass";

    private static final String START_PLATFORM_FIRST = "请先启动平台（./mvnw -pl platform -am spring-boot:run），"
            + "tenant-admin 连接平台的内嵌服务；或配置 spring.datasource.url（jixiao_ops 角色）和 spring.data.redis.url。";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty("jixiao.embedded.enabled", Boolean.class, true)) {
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (!env.containsProperty("spring.datasource.url")) {
            int port = EmbeddedServicesDiscovery.read(EmbeddedServicesDiscovery.POSTGRES_PORT)
                    .map(Integer::parseInt)
                    .filter(p -> listening("localhost", p))
                    .orElseThrow(() -> new IllegalStateException("未找到平台的内嵌 PostgreSQL。" + START_PLATFORM_FIRST));
            DatabaseRoles.Credentials ops = DatabaseRoles.defaults().ops();
            props.put("spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/" + PLATFORM_DATABASE + "?sslmode=disable");
            props.put("spring.datasource.username", ops.username());
            props.put("spring.datasource.password", ops.password());
            props.put("jixiao.ops.embedded-database", true);
            if (!env.containsProperty("jixiao.ops.bootstrap-operator.username")) {
                props.put("jixiao.ops.bootstrap-operator.username", DEMO_OPERATOR);
                props.put("jixiao.ops.bootstrap-operator.password", DEMO_PASSWORD);
            }
        }
        if (!env.containsProperty("spring.data.redis.url") && !env.containsProperty("spring.data.redis.host")) {
            String url = EmbeddedServicesDiscovery.read(EmbeddedServicesDiscovery.REDIS_URL)
                    .filter(u -> listening(URI.create(u).getHost(), URI.create(u).getPort()))
                    .orElseThrow(() -> new IllegalStateException("未找到平台的内嵌 Redis。" + START_PLATFORM_FIRST));
            props.put("spring.data.redis.url", url);
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("jixiao-platform-embedded-services", props));
        }
    }

    /** A discovery entry may be left by a process that died: only a listening port counts. */
    private static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
