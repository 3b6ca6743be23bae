-- Uploaded legacy disclosures (one file, or a zip of many) and what the importer made of each
-- file: a draft, its import report and validation, or the reason it was refused. A draft becomes
-- a disclosure only when a user accepts it.
create table import_batch (
    tenant_id       uuid        not null,
    id              uuid        not null default gen_random_uuid(),
    file_name       text        not null,
    fiscal_year     integer     not null,
    department_code text,
    department_name text,
    job_id          uuid,
    created_at      timestamptz not null default now(),
    created_by      text        not null,
    constraint import_batch_pkey primary key (tenant_id, id),
    constraint import_batch_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('import_batch');

create table import_file (
    tenant_id         uuid        not null,
    import_id         uuid        not null,
    position          integer     not null,
    file_name         text        not null,
    content           bytea       not null,
    status            text        not null default 'PENDING',
    draft             jsonb,
    report            jsonb,
    validation        jsonb,
    error             text,
    error_reason      text,
    accepted_revision integer,
    updated_at        timestamptz not null default now(),
    constraint import_file_pkey primary key (tenant_id, import_id, position),
    constraint import_file_batch_fkey foreign key (tenant_id, import_id) references import_batch (tenant_id, id) on delete cascade,
    constraint import_file_status_check check (status in ('PENDING', 'PARSED', 'REJECTED', 'ACCEPTED'))
);
select enable_tenant_isolation('import_file');
grant select, insert, update, delete on import_batch, import_file to ${appRole};

alter table disclosure add column origin_file text;
