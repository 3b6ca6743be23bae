-- A user's project-matching decisions for diffs of one department between two fiscal years
-- (equal years: two revisions of one year). Applied before the automatic matching rules.
create table match_override (
    tenant_id       uuid        not null,
    department_code text        not null,
    from_year       integer     not null,
    to_year         integer     not null,
    position        integer     not null,
    from_code       text,
    to_code         text,
    created_at      timestamptz not null default now(),
    created_by      text        not null,
    constraint match_override_pkey primary key (tenant_id, department_code, from_year, to_year, position),
    constraint match_override_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint match_override_side_check check (from_code is not null or to_code is not null)
);
select enable_tenant_isolation('match_override');
grant select, insert, update, delete on match_override to ${appRole};
