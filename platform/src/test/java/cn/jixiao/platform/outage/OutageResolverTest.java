package cn.jixiao.platform.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.DisconnectedClientHelper;

import tools.jackson.databind.json.JsonMapper;

/** A database socket cut under a request is an outage (503), not a client that went away (Spring's empty 200). */
class OutageResolverTest {

    private final OutageResolver resolver = new OutageResolver(JsonMapper.builder().build());

    @Test
    void aBrokenPipeToPostgresqlIsAnsweredWith503AndTheChineseProblem() throws Exception {
        var io = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE,
                new SocketException("Broken pipe"));
        var failure = new org.jooq.exception.DataAccessException("SQL [select ...]", io);
        assertThat(DisconnectedClientHelper.isClientDisconnectedException(failure))
                .as("what Spring's resolvers would conclude without ours").isTrue();

        var response = new MockHttpServletResponse();
        var answered = resolver.resolveException(new MockHttpServletRequest("GET", "/api/v1/disclosures/202/2025"),
                response, null, failure);

        assertThat(answered).isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(OutageResponses.RETRY_AFTER_SECONDS);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("服务暂时不可用", "数据库暂时无法连接");
    }

    @Test
    void otherFailuresAreLeftToTheUsualResolvers() {
        var response = new MockHttpServletResponse();
        assertThat(resolver.resolveException(new MockHttpServletRequest(), response, null, new IllegalStateException("bug")))
                .isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
