-- A district's own look for its published documents, applied without code: cover title, footer
-- line, logo. Part of the cache key of every rendered document.
create table document_settings (
    tenant_id      uuid        not null,
    title_override text,
    footer_text    text,
    logo_png       bytea,
    updated_at     timestamptz not null default now(),
    constraint document_settings_pkey primary key (tenant_id),
    constraint document_settings_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint document_settings_logo_size check (logo_png is null or octet_length(logo_png) <= 1048576)
);
select enable_tenant_isolation('document_settings');
grant select, insert, update, delete on document_settings to ${appRole};
