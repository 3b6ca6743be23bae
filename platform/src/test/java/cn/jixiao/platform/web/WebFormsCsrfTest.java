package cn.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TenantState;
import cn.jixiao.platform.testing.TestUsers;

/**
 * Every state-changing web form, enumerated from the application's handler mappings (a new form
 * cannot escape): posted by a signed-in district admin without the CSRF token, it is refused with
 * 403 and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFormsCsrfTest {

    /** Path values of the demo district, so that a form that did run would change real data. */
    private static final Map<String, String> PATH_VALUES = Map.of("dept", "202", "year", "2025", "index", "3",
            "username", "editor", "position", "1");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Browser admin;

    @BeforeAll
    void signIn() {
        admin = new Browser(port);
        assertThat(admin.login("lunan", "admin", "jixiao-demo-pass").statusCode()).isEqualTo(200);
    }

    List<String> forms() {
        List<String> forms = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean writes = info.getMethodsCondition().getMethods().stream().anyMatch(m -> m != RequestMethod.GET);
            for (String pattern : info.getPatternValues()) {
                if (writes && !pattern.startsWith("/api/")) {
                    String path = pattern;
                    for (var v : PATH_VALUES.entrySet()) {
                        path = path.replace("{" + v.getKey() + "}", v.getValue());
                    }
                    forms.add(path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                }
            }
        });
        assertThat(forms).as("the web forms found").contains("/app/users", "/app/imports",
                "/app/disclosures/202/2025/projects/3");
        return forms;
    }

    Stream<String> formPaths() {
        return forms().stream();
    }

    @ParameterizedTest
    @MethodSource("formPaths")
    void aFormPostedWithoutTheCsrfTokenIsRefused(String path) {
        var before = TenantState.of(TestUsers.demoTenant(), "202", 2025);
        var response = admin.post(path, Map.of("username", "mallory", "displayName", "越权", "role", "TENANT_ADMIN",
                "fiscalYear", "2025", "baseRevision", "1", "purpose", "越权修改", "fiscal", "1",
                "password", "forged-password-1", "confirmation", "forged-password-1"));
        assertThat(response.statusCode()).as("POST %s without CSRF token", path).isEqualTo(403);
        assertThat(TenantState.of(TestUsers.demoTenant(), "202", 2025)).isEqualTo(before);
        assertThat(admin.get("/app/users").body()).doesNotContain("mallory");
    }
}
