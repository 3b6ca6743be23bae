package cn.jixiao.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import cn.jixiao.infra.embedded.EmbeddedServicesDiscovery;

/** Development mode finds the running platform's embedded services, or says to start the platform first. */
class PlatformEmbeddedServicesEnvironmentPostProcessorTest {

    @TempDir
    Path tmp;

    private String previousTmp;
    private final PlatformEmbeddedServicesEnvironmentPostProcessor processor = new PlatformEmbeddedServicesEnvironmentPostProcessor();

    @BeforeEach
    void ownTmpDir() {
        // the discovery file lives under java.io.tmpdir: keep the developer's real one out of this test
        previousTmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
    }

    @AfterEach
    void restoreTmpDir() {
        System.setProperty("java.io.tmpdir", previousTmp);
    }

    @Test
    void withoutARunningPlatformItRefusesToStartAndSaysWhatToDo() throws IOException {
        assertThatThrownBy(() -> processor.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .hasMessageContaining("未找到平台的内嵌 PostgreSQL").hasMessageContaining("请先启动平台");

        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            writeDiscovery(gone.getLocalPort(), gone.getLocalPort());
        }
        assertThatThrownBy(() -> processor.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .as("an entry left by a dead process").hasMessageContaining("请先启动平台");
    }

    @Test
    void aRunningPlatformsServicesAreUsedAsTheOperatorsRoleWithTheDemoOperator() throws IOException {
        try (ServerSocket postgres = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket redis = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            writeDiscovery(postgres.getLocalPort(), redis.getLocalPort());
            MockEnvironment env = new MockEnvironment();
            processor.postProcessEnvironment(env, new SpringApplication());

            assertThat(env.getProperty("spring.datasource.url"))
                    .isEqualTo("jdbc:postgresql://localhost:" + postgres.getLocalPort() + "/jixiao?sslmode=disable");
            assertThat(env.getProperty("spring.datasource.username")).isEqualTo("jixiao_ops");
            assertThat(env.getProperty("spring.data.redis.url")).isEqualTo("redis://127.0.0.1:" + redis.getLocalPort());
            assertThat(env.getProperty("jixiao.ops.embedded-database")).isEqualTo("true");
            assertThat(env.getProperty("jixiao.ops.bootstrap-operator.username")).isEqualTo("operator");
            assertThat(env.getProperty("jixiao.ops.bootstrap-operator.password")).isEqualTo("operator-demo-pass");
        }
    }

    @Test
    void configuredServicesWin() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/jixiao")
                .withProperty("spring.data.redis.url", "redis://cache:6379");
        processor.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/jixiao");
        assertThat(env.getProperty("jixiao.ops.embedded-database")).isNull();
        assertThat(env.getProperty("jixiao.ops.bootstrap-operator.username")).isNull();
    }

    private static void writeDiscovery(int postgresPort, int redisPort) throws IOException {
        Path file = EmbeddedServicesDiscovery.file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, EmbeddedServicesDiscovery.POSTGRES_PORT + "=" + postgresPort + "\n"
                + EmbeddedServicesDiscovery.REDIS_URL + "=redis\\://127.0.0.1\\:" + redisPort + "\n");
    }
}
