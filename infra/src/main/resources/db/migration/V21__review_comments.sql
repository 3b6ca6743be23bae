-- A reviewer's comments on a disclosure returned for changes (退回), attached to the whole
-- disclosure, to one project (by code: positions move with edits) or to one of its indicator rows.
-- The editor resolves them; they are never deleted, so the review history stays readable.
create table review_comment (
    tenant_id          uuid        not null,
    id                 uuid        not null default gen_random_uuid(),
    disclosure_id      uuid        not null,
    revision_no        integer     not null,
    project_code       text,
    indicator_position integer,
    body               text        not null,
    created_at         timestamptz not null default now(),
    created_by         text        not null,
    resolved_at        timestamptz,
    resolved_by        text,
    constraint review_comment_pkey primary key (tenant_id, id),
    constraint review_comment_disclosure_fkey foreign key (tenant_id, disclosure_id) references disclosure (tenant_id, id),
    constraint review_comment_body_check check (length(body) between 1 and 2000),
    constraint review_comment_indicator_check check (indicator_position is null or (project_code is not null and indicator_position > 0)),
    constraint review_comment_resolution_check check ((resolved_at is null) = (resolved_by is null))
);
create index review_comment_disclosure_idx on review_comment (tenant_id, disclosure_id, created_at);
select enable_tenant_isolation('review_comment');
grant select, insert, update on review_comment to ${appRole};
