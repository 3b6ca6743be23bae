package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The fast checks answer exactly as Spring Security's default patterns do, on chosen and random input. */
class FastRequestChecksTest {

    /** StrictHttpFirewall's default for header names and values and parameter names. */
    private static final Pattern FIREWALL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void headerValuesAreAllowedExactlyWhenTheFirewallsPatternAllowsThem() {
        List<String> values = new ArrayList<>(List.of("", "Bearer eyJhbGciOi.x-y_z", "督查车辆租用经费", "tab\there", "nul\0",
                "del\u007f", "c1\u0085", "nbsp\u00a0", "unassigned\u0378", "emoji\uD83D\uDE00", "lone\uD800", "bom\uFEFF",
                "private\uE000", "\u2028line", "zwj\u200d", "max\uDBFF\uDFFF", "noncharacter\uFFFF"));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                s.appendCodePoint(random.nextInt(8) == 0 ? random.nextInt(0x110000) : random.nextInt(0x300));
            }
            values.add(s.toString());
        }
        for (String value : values) {
            assertThat(FastRequestChecks.assignedAndNotControl(value)).as("%s", value.codePoints().boxed().toList())
                    .isEqualTo(FIREWALL.matcher(value).matches());
        }
    }

    @Test
    void bearerTokensAreReadExactlyAsTheDefaultResolverReadsThem() {
        var defaults = new DefaultBearerTokenResolver();
        var fast = FastRequestChecks.bearerTokens();
        List<String> headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER a.b.c", "Bearer a-b_c~d+e/f==",
                "Bearer ==", "Bearer a=b", "Bearer  abc", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearerabc",
                "Bearer abc ", "Bearer ab\u017fc", "Bearer \u212a", "Bearer a\tb", "Token abc", ""));
        Random random = new Random(7);
        String alphabet = "aZ09-._~+/= \t\u017f";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR");
            for (int j = random.nextInt(8); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(s.toString());
        }
        headers.add(null);
        for (String header : headers) {
            var request = new MockHttpServletRequest("GET", "/api/v1/disclosures/202/2025");
            if (header != null) {
                request.addHeader("Authorization", header);
            }
            String expected = null;
            Throwable expectedFailure = catchThrowable(() -> defaults.resolve(request));
            if (expectedFailure == null) {
                expected = defaults.resolve(request);
            }
            String actual = null;
            Throwable failure = catchThrowable(() -> fast.resolve(request));
            if (failure == null) {
                actual = fast.resolve(request);
            }
            assertThat(actual).as("token of [%s]", header).isEqualTo(expected);
            assertThat(failure == null ? null : failure.getMessage()).as("refusal of [%s]", header)
                    .isEqualTo(expectedFailure == null ? null : expectedFailure.getMessage());
        }
    }
}
