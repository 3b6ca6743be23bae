package cn.jixiao.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may read {@code /actuator/prometheus}: this machine and the addresses in
 * {@code jixiao.metrics.allowed-addresses} (the monitoring network, e.g. {@code 10.0.8.0/24}).
 * Metrics name districts' activity, so the public never sees them.
 */
@Component
class MetricsScrapers implements AuthorizationManager<RequestAuthorizationContext> {

    private final List<IpAddressMatcher> allowed;

    MetricsScrapers(@Value("${jixiao.metrics.allowed-addresses:}") List<String> addresses) {
        this.allowed = addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).map(IpAddressMatcher::new).toList();
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String address = context.getRequest().getRemoteAddr();
        return new AuthorizationDecision(loopback(address) || allowed.stream().anyMatch(m -> m.matches(address)));
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
