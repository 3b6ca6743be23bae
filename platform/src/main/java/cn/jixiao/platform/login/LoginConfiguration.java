package cn.jixiao.platform.login;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    /** The web pages' client, found by the authorization server next to the districts' API clients. */
    @Bean
    RegisteredClient webRegisteredClient(WebClient webClient) {
        return webClient.registeredClient();
    }
}
