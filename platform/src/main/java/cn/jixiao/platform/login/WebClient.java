package cn.jixiao.platform.login;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.security.SecurityProperties;

/**
 * The web pages as an OAuth2 client of the embedded authorization server: authorization code with
 * PKCE, confidential (the secret never leaves this process: it is made at start). Both halves —
 * the server's registered client and the client's registration — are built here so they agree.
 * Redirects go back to the public URL; on a loopback address any port is accepted (development).
 */
@Component
public class WebClient {

    public static final String CLIENT_ID = "jixiao-web";
    public static final String REGISTRATION_ID = "jixiao";
    static final String SCOPE = "web";
    static final String CALLBACK = "/login/oauth2/code/" + REGISTRATION_ID;

    private final String secret = cn.jixiao.infra.identity.SetupTokens.generate();
    private final RegisteredClient registeredClient;
    private final Environment environment;

    WebClient(SecurityProperties properties, PasswordEncoder passwords, Environment environment) {
        this.environment = environment;
        URI publicUrl = properties.issuer();
        Set<String> redirects = new LinkedHashSet<>();
        redirects.add(publicUrl.toString().replaceAll("/$", "") + CALLBACK);
        if (isLoopback(publicUrl.getHost())) {
            redirects.add("http://127.0.0.1" + CALLBACK); // the server accepts any port on a loopback IP
        }
        this.registeredClient = RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientName("绩效公开网页")
                .clientSecret(passwords.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirects))
                .scope(SCOPE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(Duration.ofMinutes(30))
                        .authorizationCodeTimeToLive(Duration.ofMinutes(2))
                        .build())
                .build();
    }

    /** The authorization server's view of this client. */
    public RegisteredClient registeredClient() {
        return registeredClient;
    }

    /**
     * The client's view. The code is exchanged over a back channel to this very instance (which
     * issued it); the browser is sent to a relative authorization URL on whatever host it uses.
     * Served with the districts' registrations by {@link LoginConfiguration#clientRegistrations}.
     */
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(CLIENT_ID)
                .clientSecret(secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}" + CALLBACK)
                .scope(SCOPE)
                .authorizationUri("/oauth2/authorize")
                .tokenUri("http://127.0.0.1:" + port + "/oauth2/token")
                .userNameAttributeName("sub")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
