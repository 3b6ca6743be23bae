-- Background jobs (district document batches, bulk imports). The queue itself lives in Redis so
-- that every platform instance takes work from it; these tables are the durable record of what a
-- job consists of and how far it got.
create table job (
    tenant_id   uuid        not null,
    id          uuid        not null default gen_random_uuid(),
    kind        text        not null,
    params      jsonb       not null default '{}',
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    finished_at timestamptz,
    constraint job_pkey primary key (tenant_id, id),
    constraint job_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('job');

create table job_task (
    tenant_id  uuid        not null,
    job_id     uuid        not null,
    task_key   text        not null,
    position   integer     not null,
    status     text        not null default 'PENDING',
    attempts   integer     not null default 0,
    error      text,
    result     jsonb,
    updated_at timestamptz not null default now(),
    constraint job_task_pkey primary key (tenant_id, job_id, task_key),
    constraint job_task_job_fkey foreign key (tenant_id, job_id) references job (tenant_id, id) on delete cascade,
    constraint job_task_status_check check (status in ('PENDING', 'DONE', 'FAILED'))
);
select enable_tenant_isolation('job_task');

-- Rendered documents, addressed by what they were rendered from (revision content hash, template
-- version, overrides, format): the same key is never rendered twice.
create table rendered_document (
    tenant_id    uuid        not null,
    content_key  text        not null,
    format       text        not null,
    media_type   text        not null,
    bytes        bytea       not null,
    created_at   timestamptz not null default now(),
    constraint rendered_document_pkey primary key (tenant_id, content_key, format),
    constraint rendered_document_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint rendered_document_format_check check (format in ('DOCX', 'PDF', 'HTML'))
);
select enable_tenant_isolation('rendered_document');

grant select, insert, update, delete on job, job_task to ${appRole};
grant select, insert on rendered_document to ${appRole};
