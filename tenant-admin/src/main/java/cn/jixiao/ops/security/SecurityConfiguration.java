package cn.jixiao.ops.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import cn.jixiao.infra.identity.PasswordHashing;
import cn.jixiao.infra.login.LoginThrottle;
import cn.jixiao.ops.OpsProperties;
import cn.jixiao.ops.operator.OperatorAccounts;
import cn.jixiao.ops.operator.OperatorUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two ways in, one set of operator accounts: the console (form login, session, CSRF) and the JSON
 * API under /api/ops/** (HTTP Basic, stateless, so no CSRF). Both go through the login throttle.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere; htmx and the stylesheet come from this origin. */
    static final String CONSOLE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    /** Failed logins per username, counted in Redis across instances. */
    @Bean
    LoginThrottle loginThrottle(StringRedisTemplate redis, OpsProperties properties) {
        OpsProperties.LoginThrottle settings = properties.loginThrottle();
        return new LoginThrottle(redis, settings.keyPrefix(), settings.maxFailures(), settings.window());
    }

    @Bean
    AuthenticationManager authenticationManager(OperatorAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        OperatorUserDetails operators = new OperatorUserDetails(accounts);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(operators);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(operators);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication, JsonMapper json) throws Exception {
        ApiProblems problems = new ApiProblems(json);
        http.securityMatcher("/api/ops/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(OperatorUserDetails.AUTHORITY))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.entryPoint()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic: no cookie a forged cross-site request could ride on
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.entryPoint()).accessDeniedHandler(problems.accessDenied()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        http.authenticationManager(authentication)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/console.css", "/webjars/**", "/error", "/favicon.ico").permitAll()
                        .anyRequest().hasAuthority(OperatorUserDetails.AUTHORITY))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // written on HTTPS requests only (Spring Security skips it on plain HTTP)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
