-- Jixiao schema. Flyway runs this as the owner role; ${appRole} (tenant-facing code) and
-- ${opsRole} (tenant-admin) are separate roles that own nothing and cannot bypass RLS.
--
-- Isolation rule: every tenant-owned table has tenant_id leading its primary key and every
-- foreign key (Citus can distribute on it), and row-level security FORCE'd with policies keyed
-- on the transaction-local setting jixiao.tenant_id. No setting means no rows.

create function current_tenant_id() returns uuid
    language sql stable parallel safe
    as $$ select nullif(current_setting('jixiao.tenant_id', true), '')::uuid $$;

-- Enables and forces RLS on a tenant-owned table and gives the application role one policy
-- per command, all keyed on current_tenant_id(). Invoker rights; called only by migrations.
create function enable_tenant_isolation(tbl regclass) returns void
    language plpgsql
    as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_select on %s for select to ${appRole} using (tenant_id = current_tenant_id())', tbl);
    execute format('create policy tenant_insert on %s for insert to ${appRole} with check (tenant_id = current_tenant_id())', tbl);
    execute format('create policy tenant_update on %s for update to ${appRole} using (tenant_id = current_tenant_id()) with check (tenant_id = current_tenant_id())', tbl);
    execute format('create policy tenant_delete on %s for delete to ${appRole} using (tenant_id = current_tenant_id())', tbl);
end
$$;
revoke execute on function enable_tenant_isolation(regclass) from public;

-- Rows that must never change once written (revisions, audit log).
create function forbid_change() returns trigger
    language plpgsql
    as $$
begin
    raise exception '% on % is not allowed: rows are immutable', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

-- Platform registry of districts (a Citus reference table). Not tenant-owned: it is the tenant.
create table tenant (
    id          uuid        not null default gen_random_uuid(),
    slug        text        not null,
    name        text        not null,
    region_code text        not null,
    status      text        not null default 'ACTIVE',
    created_at  timestamptz not null default now(),
    constraint tenant_pkey primary key (id),
    constraint tenant_slug_key unique (slug),
    constraint tenant_slug_format check (slug ~ '^[a-z][a-z0-9-]{1,62}$'),
    constraint tenant_region_code_format check (region_code ~ '^[0-9]{6}$'),
    constraint tenant_status_check check (status in ('ACTIVE', 'SUSPENDED'))
);
alter table tenant enable row level security;
alter table tenant force row level security;
-- Tenant-facing code sees only its own district; operators manage all of them.
create policy tenant_self on tenant for select to ${appRole} using (id = current_tenant_id());
create policy tenant_operators on tenant for all to ${opsRole} using (true) with check (true);

-- OAuth2 clients of a tenant's API integrations (client-credentials grant).
create table api_client (
    tenant_id   uuid        not null,
    client_id   text        not null,
    secret_hash text        not null,
    name        text        not null,
    scopes      text[]      not null default '{}',
    created_at  timestamptz not null default now(),
    constraint api_client_pkey primary key (tenant_id, client_id),
    constraint api_client_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('api_client');
-- The token endpoint must find a client before it knows the tenant: it may read exactly the row
-- whose client_id it declared in jixiao.client_lookup for this transaction, nothing else.
create policy api_client_lookup on api_client for select to ${appRole}
    using (client_id = nullif(current_setting('jixiao.client_lookup', true), ''));
create policy api_client_operators on api_client for all to ${opsRole} using (true) with check (true);

create table department (
    tenant_id  uuid        not null,
    id         uuid        not null default gen_random_uuid(),
    code       text        not null,
    name       text        not null,
    created_at timestamptz not null default now(),
    constraint department_pkey primary key (tenant_id, id),
    constraint department_code_key unique (tenant_id, code),
    constraint department_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('department');

create table unit (
    tenant_id     uuid        not null,
    id            uuid        not null default gen_random_uuid(),
    department_id uuid        not null,
    code          text        not null,
    name          text        not null,
    position      integer     not null,
    created_at    timestamptz not null default now(),
    constraint unit_pkey primary key (tenant_id, id),
    constraint unit_code_key unique (tenant_id, code),
    constraint unit_department_fkey foreign key (tenant_id, department_id) references department (tenant_id, id)
);
select enable_tenant_isolation('unit');

-- One department's disclosure for one fiscal year; its content lives in the tables below and,
-- as of every save, in an immutable revision.
create table disclosure (
    tenant_id        uuid        not null,
    id               uuid        not null default gen_random_uuid(),
    department_id    uuid        not null,
    fiscal_year      integer     not null,
    status           text        not null default 'DRAFT',
    template_version text,
    revision_no      integer     not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint disclosure_pkey primary key (tenant_id, id),
    constraint disclosure_department_year_key unique (tenant_id, department_id, fiscal_year),
    constraint disclosure_department_fkey foreign key (tenant_id, department_id) references department (tenant_id, id),
    constraint disclosure_status_check check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    constraint disclosure_fiscal_year_check check (fiscal_year between 2000 and 2100)
);
select enable_tenant_isolation('disclosure');

-- Part 1: 总体绩效目标 (OVERALL), 分项绩效目标 (ITEMIZED), 工作保障措施 (MEASURE), ordered.
create table goal_section (
    tenant_id     uuid    not null,
    disclosure_id uuid    not null,
    kind          text    not null,
    position      integer not null,
    title         text,
    body          text    not null,
    indicator     text,
    constraint goal_section_pkey primary key (tenant_id, disclosure_id, kind, position),
    constraint goal_section_disclosure_fkey foreign key (tenant_id, disclosure_id)
        references disclosure (tenant_id, id) on delete cascade,
    constraint goal_section_kind_check check (kind in ('OVERALL', 'ITEMIZED', 'MEASURE'))
);
select enable_tenant_isolation('goal_section');

-- Part 2: one row per budget project table. Amounts in 万元, NUMERIC without a fixed scale so
-- "3.60" stays as written; NULL is a blank cell.
create table project (
    tenant_id     uuid    not null,
    id            uuid    not null default gen_random_uuid(),
    disclosure_id uuid    not null,
    unit_id       uuid    not null,
    position      integer not null,
    code          text    not null,
    name          text    not null,
    budget_total  numeric,
    budget_fiscal numeric,
    budget_other  numeric,
    purpose       text    not null default '',
    goal          text    not null default '',
    constraint project_pkey primary key (tenant_id, id),
    constraint project_position_key unique (tenant_id, disclosure_id, position),
    constraint project_disclosure_fkey foreign key (tenant_id, disclosure_id)
        references disclosure (tenant_id, id) on delete cascade,
    constraint project_unit_fkey foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);
select enable_tenant_isolation('project');

create table spend_checkpoint (
    tenant_id          uuid    not null,
    project_id         uuid    not null,
    position           integer not null,
    label              text    not null,
    cumulative_percent numeric,
    constraint spend_checkpoint_pkey primary key (tenant_id, project_id, position),
    constraint spend_checkpoint_project_fkey foreign key (tenant_id, project_id)
        references project (tenant_id, id) on delete cascade
);
select enable_tenant_isolation('spend_checkpoint');

-- The value is stored as written; its parsed form is derived by the domain model.
create table indicator (
    tenant_id   uuid    not null,
    project_id  uuid    not null,
    position    integer not null,
    level1      text    not null,
    level2      text    not null,
    level3      text    not null default '',
    description text    not null default '',
    value_text  text    not null default '',
    basis       text    not null default '',
    constraint indicator_pkey primary key (tenant_id, project_id, position),
    constraint indicator_project_fkey foreign key (tenant_id, project_id)
        references project (tenant_id, id) on delete cascade
);
select enable_tenant_isolation('indicator');

-- A snapshot of the whole disclosure after every accepted save.
create table revision (
    tenant_id     uuid        not null,
    disclosure_id uuid        not null,
    revision_no   integer     not null,
    content_hash  text        not null,
    snapshot      jsonb       not null,
    created_at    timestamptz not null default now(),
    created_by    text        not null,
    note          text,
    constraint revision_pkey primary key (tenant_id, disclosure_id, revision_no),
    constraint revision_disclosure_fkey foreign key (tenant_id, disclosure_id) references disclosure (tenant_id, id),
    constraint revision_content_hash_format check (content_hash ~ '^[0-9a-f]{64}$')
);
select enable_tenant_isolation('revision');
create trigger revision_immutable before update or delete on revision
    for each row execute function forbid_change();

create table audit_log (
    tenant_id   uuid        not null,
    id          bigint      generated always as identity,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    target      text        not null,
    detail      jsonb       not null default '{}',
    constraint audit_log_pkey primary key (tenant_id, id),
    constraint audit_log_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('audit_log');
-- Operators' actions are logged into the tenant's own audit log, readable by the tenant.
create policy audit_log_operators on audit_log for insert to ${opsRole} with check (true);
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function forbid_change();

-- Privileges. RLS decides which rows; grants decide which tables and commands.
grant usage on schema public to ${appRole}, ${opsRole};
grant select on tenant, api_client to ${appRole};
grant select, insert, update, delete on department, unit, disclosure, goal_section, project, spend_checkpoint, indicator to ${appRole};
grant select, insert on revision, audit_log to ${appRole};
grant select, insert, update on tenant to ${opsRole};
grant select, insert, update, delete on api_client to ${opsRole};
grant insert on audit_log to ${opsRole};
grant usage on all sequences in schema public to ${appRole}, ${opsRole};
