package cn.jixiao.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

import cn.jixiao.infra.identity.PasswordHashing;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Four of the five filter chains: the embedded authorization server's protocol endpoints ({@code /oauth2/**}),
 * the JSON API under {@code /api/v1} as a stateless JWT resource server, the published pages, and the
 * rest (health); the district's web pages' chain is the web sign-in's ({@code login.WebSecurityConfiguration}).
 * Method security guards every service operation whichever chain let the request in.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        var authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, as -> as.tokenEndpoint(token -> token.accessTokenRequestConverters(converters ->
                        converters.replaceAll(c -> c instanceof OAuth2ClientCredentialsAuthenticationConverter
                                ? new AllScopesByDefaultConverter() : c))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a browser asking for a code without a session signs in on the district login page first
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, IssuerAuthenticationManagers issuers) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.authenticationManagerResolver(issuers.byIssuer()) // ours, or a district's issuer
                        .bearerTokenResolver(FastRequestChecks.bearerTokens()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // bearer tokens only, no cookies: nothing for CSRF to ride on
        return http.build();
    }

    /**
     * The portal's widget, the one page a district's own website may frame: its controller sends the
     * framing policy of the district's listed origins, so this chain writes neither that policy nor
     * X-Frame-Options. Otherwise as the published pages.
     */
    @Bean
    @Order(3)
    SecurityFilterChain widgetChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/*/widget")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/public/*/widget").permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers.frameOptions(frame -> frame.disable()))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable()) // GET only, no cookies: nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The districts' published pages (portal): anonymous, read-only, published material only, with a
     * policy of their own ({@link ContentSecurityPolicy#PUBLISHED}). No session, request cache or
     * security context is kept: a stored page is answered without touching Redis or the database.
     */
    @Bean
    @Order(4)
    SecurityFilterChain publishedPagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> {
                    headers.defaultsDisabled().cacheControl(Customizer.withDefaults()); // no-store unless the page sets its own
                    PublishedPageHeaders.WRITERS.forEach(headers::addHeaderWriter);
                })
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable()) // GET only, no cookies: nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain publicChain(HttpSecurity http, MetricsScrapers scrapers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator/prometheus").access(scrapers)
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.PAGES)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    /** The key tokens are signed with, shared by every instance ({@link SigningKeys}). */
    @Bean
    RSAKey signingKey(SigningKeys keys) {
        return keys.current();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** Accepts only tokens signed by one of our keys, from our issuer, for our audience, not expired. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties properties) {
        return TokenDecoders.ours(keys.verificationKeys(), properties.issuer().toString(), properties.audience());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
