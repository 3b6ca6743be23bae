-- The public portal's pages, rendered once when a disclosure is published or withdrawn and served
-- from these bytes (strong ETag = SHA-256 of body). path is relative to /public/{slug}/ ('' is the
-- district home). Derived data: deleting a row only makes the portal render it again on request.
create table portal_page (
    tenant_id    uuid        not null,
    path         text        not null,
    content_type text        not null,
    body         bytea       not null,
    etag         text        not null,
    rendered_at  timestamptz not null default now(),
    constraint portal_page_pkey primary key (tenant_id, path),
    constraint portal_page_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('portal_page');
grant select, insert, update, delete on portal_page to ${appRole};

-- The origins (https://host[:port]) the district's own website frames the portal widget from.
create table portal_settings (
    tenant_id     uuid        not null,
    frame_origins text[]      not null default '{}',
    updated_at    timestamptz not null default now(),
    updated_by    text        not null,
    constraint portal_settings_pkey primary key (tenant_id),
    constraint portal_settings_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('portal_settings');
grant select, insert, update on portal_settings to ${appRole};
