-- Every publication and withdrawal of a disclosure, in order: the public portal's feed, sitemap
-- and caches follow it, and it keeps what was public when after the disclosure moves on.
-- Append-only, like the audit log.
create table publication_event (
    tenant_id       uuid        not null,
    id              uuid        not null default gen_random_uuid(),
    seq             bigint      generated always as identity,
    disclosure_id   uuid        not null,
    department_code text        not null,
    department_name text        not null,
    fiscal_year     integer     not null,
    revision_no     integer     not null,
    kind            text        not null,
    occurred_at     timestamptz not null default now(),
    actor           text        not null,
    constraint publication_event_pkey primary key (tenant_id, id),
    constraint publication_event_disclosure_fkey foreign key (tenant_id, disclosure_id) references disclosure (tenant_id, id),
    constraint publication_event_kind_check check (kind in ('PUBLISHED', 'WITHDRAWN'))
);
create index publication_event_seq_idx on publication_event (tenant_id, seq);
select enable_tenant_isolation('publication_event');
create trigger publication_event_immutable before update or delete on publication_event
    for each row execute function forbid_change();
grant select, insert on publication_event to ${appRole};
