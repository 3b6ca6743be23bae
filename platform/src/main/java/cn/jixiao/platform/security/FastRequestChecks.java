package cn.jixiao.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's checks of header values and of the bearer token, with the same rules as its
 * defaults but without their regular expressions: on an authenticated read, matching the ~1 KB token
 * against them each time the header is read was a third of the request's CPU. Differential tests
 * (FastRequestChecksTest) hold both to the defaults' answers.
 */
@Configuration(proxyBeanMethods = false)
class FastRequestChecks {

    /** Used by Spring Security's filter chain proxy when present. */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FastRequestChecks::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FastRequestChecks::assignedAndNotControl);
        firewall.setAllowedParameterNames(FastRequestChecks::assignedAndNotControl);
        return firewall;
    }

    /** The API's bearer token: the RFC 6750 token the default resolver's pattern accepts, else its answer. */
    static BearerTokenResolver bearerTokens() {
        DefaultBearerTokenResolver defaults = new DefaultBearerTokenResolver();
        return request -> {
            String token = wellFormedBearer(request.getHeader("Authorization"));
            return token != null ? token : defaults.resolve(request);
        };
    }

    /** StrictHttpFirewall's default {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, code point by code point. */
    static boolean assignedAndNotControl(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c < 0x20 || c >= 0x7f && (c <= 0x9f || !Character.isDefined(c))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}, case-insensitive, as the default resolver matches it. */
    static String wellFormedBearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        int end = header.length();
        while (end > 7 && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 7) {
            return null;
        }
        for (int i = 7; i < end; i++) {
            if (!tokenChar(header.charAt(i))) {
                return null;
            }
        }
        return header.substring(7);
    }

    private static boolean tokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
