package cn.jixiao.ops.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tests against tenant-admin running on a random port, each test with a fresh client (its own cookies). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningOps {

    @LocalServerPort
    protected int port;

    protected OpsHttp http;

    @BeforeEach
    void freshClient() {
        http = new OpsHttp(port);
    }
}
