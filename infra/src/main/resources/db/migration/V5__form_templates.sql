-- Tenants' own form templates, derived from the platform's (which ships in the templates library,
-- not in the database). Stored as the full derived document, immutable per version.
create table form_template (
    tenant_id        uuid        not null,
    template_id      text        not null,
    version          integer     not null,
    body             jsonb       not null,
    based_on_id      text        not null,
    based_on_version integer     not null,
    is_default       boolean     not null default false,
    created_at       timestamptz not null default now(),
    created_by       text        not null,
    constraint form_template_pkey primary key (tenant_id, template_id, version),
    constraint form_template_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint form_template_version_check check (version >= 1)
);
select enable_tenant_isolation('form_template');
-- at most one default template per district; without one, the platform default applies
create unique index form_template_one_default on form_template (tenant_id) where is_default;
grant select, insert, update on form_template to ${appRole};

-- The template a disclosure is written under ("id@version", e.g. platform-default@1) and the values
-- of the template's custom fields.
alter table disclosure add column custom_fields jsonb not null default '{}';
update disclosure set template_version = 'platform-default@1' where template_version is null;
