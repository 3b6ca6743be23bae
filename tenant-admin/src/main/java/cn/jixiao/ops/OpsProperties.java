package cn.jixiao.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of tenant-admin ({@code jixiao.ops.*}).
 *
 * @param platformUrl       public base URL of the platform, for the setup links handed to new admins
 * @param embeddedDatabase  set by the development fallback when connected to the platform's embedded database
 * @param bootstrapOperator an operator account created at start when missing
 * @param loginThrottle     failed logins per username before the account is locked for a while
 */
@ConfigurationProperties("jixiao.ops")
public record OpsProperties(@DefaultValue("http://localhost:8080") String platformUrl,
                            @DefaultValue("false") boolean embeddedDatabase,
                            @DefaultValue BootstrapOperator bootstrapOperator,
                            @DefaultValue LoginThrottle loginThrottle) {

    public record BootstrapOperator(String username, String password) {
    }

    public record LoginThrottle(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                                @DefaultValue("jixiao:ops:login-failures") String keyPrefix) {
    }

    /** The platform URL without a trailing slash. */
    public String platformBase() {
        return platformUrl.endsWith("/") ? platformUrl.substring(0, platformUrl.length() - 1) : platformUrl;
    }
}
