package cn.jixiao.platform.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import cn.jixiao.platform.security.ContentSecurityPolicy;

/** The web pages' filter chain, next to the sign-in it serves; the other four are in {@code security.SecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

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
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.PAGES))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Where a browser starts signing in: the code flow against our own authorization server. */
    static final String WEB_LOGIN = "/oauth2/authorization/" + WebClient.REGISTRATION_ID;
}
