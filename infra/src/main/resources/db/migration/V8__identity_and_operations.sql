-- Identity (users, their units, external identity providers, signing keys) and the operators'
-- side (template catalog, tenant pins, usage). Same isolation rule as V1: tenant-owned tables
-- have tenant_id leading every key and forced RLS; platform tables (catalog, signing keys) carry
-- no tenant data.

-- A district's published pages can be taken down by operators; its new disclosures default to the
-- platform template version it is pinned to (operators roll versions out).
alter table tenant add column public_pages boolean not null default true;
alter table tenant add column platform_template_version integer not null default 1;
alter table tenant add column updated_at timestamptz not null default now();

-- The login page knows the district's slug, not its id: it may read exactly the tenant row whose
-- slug it declared for this transaction (as api_client_lookup does for client ids).
create policy tenant_login_lookup on tenant for select to ${appRole}
    using (slug = nullif(current_setting('jixiao.tenant_lookup', true), ''));

-- People who log in to a district. password_hash is NULL until the user sets a password through
-- the one-time setup link (stored as a SHA-256 hash, never in clear).
create table app_user (
    tenant_id              uuid        not null,
    id                     uuid        not null default gen_random_uuid(),
    username               text        not null,
    display_name           text        not null,
    role                   text        not null,
    status                 text        not null default 'ACTIVE',
    password_hash          text,
    setup_token_hash       text,
    setup_token_expires_at timestamptz,
    created_at             timestamptz not null default now(),
    created_by             text        not null,
    last_login_at          timestamptz,
    constraint app_user_pkey primary key (tenant_id, id),
    constraint app_user_username_key unique (tenant_id, username),
    constraint app_user_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint app_user_role_check check (role in ('TENANT_ADMIN', 'REVIEWER', 'UNIT_EDITOR')),
    constraint app_user_status_check check (status in ('ACTIVE', 'DISABLED')),
    constraint app_user_username_format check (username ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$')
);
select enable_tenant_isolation('app_user');
-- The setup page knows only the token: it may read exactly the user whose token hash it declared.
create policy app_user_setup_lookup on app_user for select to ${appRole}
    using (setup_token_hash = nullif(current_setting('jixiao.setup_lookup', true), ''));
-- Operators create a district's first admin and may re-issue its setup link; they never read
-- password hashes (column grants below).
create policy app_user_operators on app_user for all to ${opsRole} using (true) with check (true);

-- The units a UNIT_EDITOR may edit.
create table user_unit (
    tenant_id uuid not null,
    user_id   uuid not null,
    unit_id   uuid not null,
    constraint user_unit_pkey primary key (tenant_id, user_id, unit_id),
    constraint user_unit_user_fkey foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade,
    constraint user_unit_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
select enable_tenant_isolation('user_unit');

-- A district that trusts its own OIDC issuer (e.g. a province's unified identity platform).
-- Tokens of that issuer are accepted for this district only; an issuer trusted by two districts
-- is ambiguous and refused by the platform (operators cannot configure it twice).
create table tenant_identity_provider (
    tenant_id      uuid        not null,
    issuer         text        not null,
    jwk_set_uri    text        not null,
    audience       text        not null,
    username_claim text        not null default 'preferred_username',
    created_at     timestamptz not null default now(),
    constraint tenant_identity_provider_pkey primary key (tenant_id),
    constraint tenant_identity_provider_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint tenant_identity_provider_issuer_https check (issuer ~ '^https?://')
);
select enable_tenant_isolation('tenant_identity_provider');
-- A bearer token names its issuer before the tenant is known: the resolver may read the rows of
-- exactly the issuer it declared.
create policy idp_issuer_lookup on tenant_identity_provider for select to ${appRole}
    using (issuer = nullif(current_setting('jixiao.issuer_lookup', true), ''));
create policy idp_operators on tenant_identity_provider for all to ${opsRole}
    using (true) with check (true);

-- What a district uses, kept current by the platform as it writes; operators read it for billing
-- and support without reading any content.
create table tenant_usage (
    tenant_id        uuid        not null,
    departments      integer     not null default 0,
    disclosures      integer     not null default 0,
    storage_bytes    bigint      not null default 0,
    last_activity_at timestamptz,
    refreshed_at     timestamptz not null default now(),
    constraint tenant_usage_pkey primary key (tenant_id),
    constraint tenant_usage_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('tenant_usage');
create policy usage_operators on tenant_usage for select to ${opsRole} using (true);

-- Operators read the audit entries they wrote themselves (actor 'operator:<name>'), not the
-- districts' own activity.
create policy audit_log_operators_read on audit_log for select to ${opsRole} using (actor like 'operator:%');

-- Platform template versions published by operators after the built-in one (platform-default@1,
-- shipped in the templates library). Immutable once published.
create table platform_template (
    template_id  text        not null,
    version      integer     not null,
    body         jsonb       not null,
    published_at timestamptz not null default now(),
    published_by text        not null,
    constraint platform_template_pkey primary key (template_id, version),
    constraint platform_template_version_check check (version >= 2)
);
alter table platform_template enable row level security;
alter table platform_template force row level security;
create policy platform_template_read on platform_template for select to ${appRole}, ${opsRole} using (true);
create policy platform_template_publish on platform_template for insert to ${opsRole} with check (true);
create trigger platform_template_immutable before update or delete on platform_template
    for each row execute function forbid_change();

-- The authorization server's signing keys, shared by every instance: the first instance to start
-- generates one, the others use it; tokens survive restarts and load balancing.
create table signing_key (
    kid        text        not null,
    jwk        text        not null,
    created_at timestamptz not null default now(),
    constraint signing_key_pkey primary key (kid)
);
alter table signing_key enable row level security;
alter table signing_key force row level security;
create policy signing_key_app_read on signing_key for select to ${appRole} using (true);
create policy signing_key_app_insert on signing_key for insert to ${appRole} with check (true);

grant select, insert, update on app_user to ${appRole};
grant select, insert, delete on user_unit to ${appRole};
grant select on tenant_identity_provider to ${appRole};
grant select, insert, update on tenant_usage to ${appRole};
grant select on platform_template to ${appRole};
grant select, insert on signing_key to ${appRole};

grant select (tenant_id, id, username, display_name, role, status, created_at, created_by, last_login_at,
              setup_token_expires_at),
      insert, update (setup_token_hash, setup_token_expires_at, status) on app_user to ${opsRole};
grant select, insert, update, delete on tenant_identity_provider to ${opsRole};
grant select on tenant_usage to ${opsRole};
grant select on audit_log to ${opsRole};
grant select, insert on platform_template to ${opsRole};
