package cn.jixiao.platform.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    /** The web pages' client, found by the authorization server next to the districts' API clients. */
    @Bean
    RegisteredClient webRegisteredClient(WebClient webClient) {
        return webClient.registeredClient();
    }

    /** The web sign-in's clients: our own authorization server ({@code jixiao}), or a district's issuer ({@code district-<slug>}). */
    @Bean
    ClientRegistrationRepository clientRegistrations(WebClient webClient, DistrictRegistrations districts) {
        return id -> WebClient.REGISTRATION_ID.equals(id) ? webClient.findByRegistrationId(id) : districts.findByRegistrationId(id);
    }
}
