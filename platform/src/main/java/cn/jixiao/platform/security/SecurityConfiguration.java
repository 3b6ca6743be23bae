package cn.jixiao.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
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
import cn.jixiao.platform.login.LoginDetails;
import cn.jixiao.platform.login.SignInFailures;
import cn.jixiao.platform.login.WebClient;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Five filter chains: the embedded authorization server's protocol endpoints ({@code /oauth2/**}),
 * the JSON API under {@code /api/v1} as a stateless JWT resource server, the district's web pages
 * (session from signing in with code + PKCE), the published pages, and the rest (health).
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
                .oauth2ResourceServer(rs -> rs.authenticationManagerResolver(issuers.byIssuer())) // ours, or a district's issuer
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // bearer tokens only, no cookies: nothing for CSRF to ride on
        return http.build();
    }

    /**
     * The district's web pages: a session made by signing in through our own authorization server
     * (code + PKCE); the password form at {@code /login} only serves the server's authorization
     * step. A district with its own issuer may sign its users in there instead ({@code /login/sso}).
     * CSRF tokens on every form, session id changed at login, strict content security policy.
     */
    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, OAuth2UserService<OAuth2UserRequest, OAuth2User> districtUsers,
                          OAuth2UserService<OidcUserRequest, OidcUser> districtIssuerUsers) throws Exception {
        http.securityMatcher("/", "/login", "/login/sso", "/logout", "/setup/**", "/app/**", "/oauth2/authorization/**",
                        "/login/oauth2/**", "/webjars/**", "/css/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/login/sso", "/setup/**", "/webjars/**", "/css/**").permitAll()
                        .requestMatchers("/app/**").hasAuthority("SCOPE_disclosures.read")
                        .anyRequest().authenticated())
                // the password check is the application's only AuthenticationProvider bean, hence the
                // global one: registering it here too would run it twice per attempt
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::of)
                        .defaultSuccessUrl(WEB_LOGIN)
                        .failureUrl("/login?error"))
                .oauth2Login(login -> login.loginPage(WEB_LOGIN)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        // our own server's token (registration jixiao); a district's issuer's ID token (district-<slug>)
                        .userInfoEndpoint(userInfo -> userInfo.userService(districtUsers).oidcUserService(districtIssuerUsers))
                        .failureHandler(new SignInFailures())
                        .defaultSuccessUrl("/app", true))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(WEB_LOGIN), PathPatternRequestMatcher.pathPattern("/app/**")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Where a browser starts signing in: the code flow against our own authorization server. */
    static final String WEB_LOGIN = "/oauth2/authorization/" + WebClient.REGISTRATION_ID;

    /** No inline script or style anywhere: htmx and the stylesheet come from this origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The districts' published pages (publicsite): anonymous, read-only, published material only.
     * They carry no script at all; their stylesheet is inline (the same HTML is embedded in district
     * websites), hence a policy of their own.
     */
    @Bean
    @Order(4)
    SecurityFilterChain publishedPagesChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/public/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PUBLISHED_PAGES_POLICY)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    static final String PUBLISHED_PAGES_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(5)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
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
