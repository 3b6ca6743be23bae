package cn.jixiao.platform.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.security.SecurityProperties;

/** Base of tests that call the running platform as a district's users (tokens minted with the application's key). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DistrictUsersTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected DisclosureCommands commands;

    @Autowired
    private JWKSource<SecurityContext> keys;

    @Autowired
    private SecurityProperties properties;

    protected Api api;
    /** A fresh district for each test. */
    protected TestDistrict district;

    @BeforeEach
    void freshDistrict() {
        api = new Api(port);
        district = newDistrict(getClass().getSimpleName().toLowerCase().replaceAll("[^a-z]", ""));
    }

    protected UserTokens tokens() {
        return new UserTokens(keys, properties);
    }

    /** A fresh district with the seed disclosure and its users ({@link TestDistrict}). */
    protected TestDistrict newDistrict(String prefix) {
        return TestDistrict.create(prefix, commands, tokens());
    }
}
