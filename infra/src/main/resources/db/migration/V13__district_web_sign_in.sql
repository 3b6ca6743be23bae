-- Web sign-in through a district's own OIDC issuer (single sign-on). When both columns are set,
-- the district's users may sign in to the web pages through that issuer (authorization code flow).
-- web_client_secret is the secret the province's identity provider issued to Jixiao for this
-- district. Like the signing key, the application role can read it (it must present it at the
-- issuer's token endpoint); it is never returned by the operators' API or shown in the console.
alter table tenant_identity_provider
    add column web_client_id     text,
    add column web_client_secret text,
    add constraint tenant_identity_provider_web_client_complete
        check ((web_client_id is null) = (web_client_secret is null));
