package cn.jixiao.platform.security;

import static cn.jixiao.infra.jooq.Tables.API_CLIENT;
import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.List;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.platform.tenancy.TenantBindingTransactionManager;
import cn.jixiao.platform.tenancy.TransactionSettings;

/**
 * The authorization server's view of tenants' API clients, read from {@code api_client}. The token
 * endpoint does not know the tenant yet, so the lookup declares the client id it looks for
 * ({@code jixiao.client_lookup}) and row-level security lets exactly that row through. Clients of a
 * suspended district are not found. Clients are created by operators, never here. The platform's
 * own first-party clients (the web pages, see login.WebClient) are found first, by their fixed ids.
 */
@Component
class ApiClientRegistry implements RegisteredClientRepository {

    static final String TENANT_ID_SETTING = "jixiao.tenant-id";
    static final String TENANT_SLUG_SETTING = "jixiao.tenant-slug";

    private final DSLContext dsl;
    private final TransactionTemplate tx;
    private final TransactionTemplate writes;
    private final SecurityProperties properties;
    private final List<RegisteredClient> firstParty;

    ApiClientRegistry(DSLContext dsl, TenantBindingTransactionManager txManager, SecurityProperties properties,
                      List<RegisteredClient> firstParty) {
        this.firstParty = firstParty;
        this.dsl = dsl;
        this.tx = new TransactionTemplate(txManager);
        this.tx.setReadOnly(true);
        this.writes = new TransactionTemplate(txManager);
        this.properties = properties;
    }

    /**
     * The only save at run time: the server re-hashing a secret it has just verified with the
     * current encoder (e.g. bcrypt → Argon2id). Only the hash changes; clients are otherwise
     * provisioned by operators (tenant-admin). First-party clients live in memory and are never re-hashed.
     */
    @Override
    public void save(RegisteredClient registeredClient) {
        String tenantId = registeredClient.getClientSettings().getSetting(TENANT_ID_SETTING);
        if (tenantId == null) {
            return;
        }
        writes.executeWithoutResult(status -> {
            TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, tenantId);
            dsl.update(API_CLIENT).set(API_CLIENT.SECRET_HASH, registeredClient.getClientSecret())
                    .where(API_CLIENT.CLIENT_ID.eq(registeredClient.getClientId())).execute();
        });
    }

    /** Registered client ids equal client ids: a client is addressed by its client id alone. */
    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        for (RegisteredClient client : firstParty) {
            if (client.getClientId().equals(clientId)) {
                return client;
            }
        }
        return tx.execute(status -> {
            TransactionSettings.setLocal(dsl, "jixiao.client_lookup", clientId);
            var clients = dsl.selectFrom(API_CLIENT).where(API_CLIENT.CLIENT_ID.eq(clientId)).fetch();
            if (clients.size() != 1) {
                return null; // unknown, or (never by construction) ambiguous: refuse either way
            }
            var client = clients.get(0);
            TransactionSettings.setLocal(dsl, TenantBindingTransactionManager.SETTING, client.getTenantId().toString());
            var tenant = dsl.selectFrom(TENANT).where(TENANT.ID.eq(client.getTenantId())).fetchOne();
            if (tenant == null || tenant.getStatus() != TenantStatus.ACTIVE) {
                return null;
            }
            return RegisteredClient.withId(client.getClientId())
                    .clientId(client.getClientId())
                    .clientName(client.getName())
                    .clientSecret(client.getSecretHash())
                    .clientAuthenticationMethods(m -> m.addAll(Set.of(
                            ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST)))
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(s -> s.addAll(Set.of(client.getScopes())))
                    .clientSettings(ClientSettings.builder()
                            .setting(TENANT_ID_SETTING, tenant.getId().toString())
                            .setting(TENANT_SLUG_SETTING, tenant.getSlug())
                            .build())
                    .tokenSettings(TokenSettings.builder()
                            .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                            .accessTokenTimeToLive(properties.accessTokenTtl())
                            .build())
                    .build();
        });
    }
}
