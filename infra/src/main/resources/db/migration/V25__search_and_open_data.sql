-- Public search and open data, both filled when a disclosure is published (workflow's
-- PublicationChanged) and emptied when it is withdrawn: only published revisions are here.

-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it, no superuser.
-- In a schema of its own, so its functions stay out of the generated jOOQ classes. The search uses
-- bigrams; pg_trgm is here for the measured alternative (docs/benchmarks.md) and similarity ranking.
create schema if not exists extensions;
create extension if not exists pg_trgm with schema extensions;
grant usage on schema extensions to ${appRole};

-- One row per searchable text of a published disclosure: the department name, a project's name
-- and code, an indicator's 三级指标 / 描述 / 指标值. grams holds the text's characters and character
-- bigrams (lower case): Chinese words are mostly two characters, which trigrams cannot index
-- (docs/benchmarks.md has the comparison).
create table search_entry (
    tenant_id        uuid    not null,
    disclosure_id    uuid    not null,
    ord              integer not null,
    fiscal_year      integer not null,
    department_code  text    not null,
    department_name  text    not null,
    project_position integer,
    project_code     text,
    project_name     text,
    field            text    not null,
    body             text    not null,
    grams            text[]  not null,
    constraint search_entry_pkey primary key (tenant_id, disclosure_id, ord),
    constraint search_entry_disclosure_fkey foreign key (tenant_id, disclosure_id) references disclosure (tenant_id, id),
    constraint search_entry_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint search_entry_field_check check (field in ('DEPARTMENT', 'PROJECT_NAME', 'PROJECT_CODE', 'LEVEL3',
                                                         'DESCRIPTION', 'VALUE'))
);
create index search_entry_grams_idx on search_entry using gin (grams);
select enable_tenant_isolation('search_entry');
grant select, insert, delete on search_entry to ${appRole};

-- The open data files, rendered once at publication and served as stored (ETag = sha256).
-- path is the file's place under /public/{slug}/: 2025/202/data.json, 2025/202/indicators.csv,
-- 2025/opendata.zip; department_code is null for a year's zip.
create table opendata_file (
    tenant_id       uuid        not null,
    path            text        not null,
    fiscal_year     integer     not null,
    department_code text,
    title           text        not null,
    media_type      text        not null,
    content         bytea       not null,
    sha256          text        not null,
    created_at      timestamptz not null default now(),
    constraint opendata_file_pkey primary key (tenant_id, path),
    constraint opendata_file_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint opendata_file_sha256_format check (sha256 ~ '^[0-9a-f]{64}$')
);
select enable_tenant_isolation('opendata_file');
grant select, insert, update, delete on opendata_file to ${appRole};

-- Stable identifiers across years. A year's ids were assigned from one published revision
-- (opendata_lineage_year); an id is minted when a unit, project or indicator first appears and
-- carried over when the diff engine matches it in the next publication. Kept after a withdrawal:
-- the identifiers stay the same when the disclosure is published again.
create table opendata_lineage_year (
    tenant_id       uuid        not null,
    department_code text        not null,
    fiscal_year     integer     not null,
    disclosure_id   uuid        not null,
    revision_no     integer     not null,
    assigned_at     timestamptz not null default now(),
    constraint opendata_lineage_year_pkey primary key (tenant_id, department_code, fiscal_year),
    constraint opendata_lineage_year_disclosure_fkey foreign key (tenant_id, disclosure_id) references disclosure (tenant_id, id),
    constraint opendata_lineage_year_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('opendata_lineage_year');
grant select, insert, update, delete on opendata_lineage_year to ${appRole};

create table opendata_unit_id (
    tenant_id       uuid not null,
    department_code text not null,
    unit_code       text not null,
    stable_id       uuid not null default gen_random_uuid(),
    constraint opendata_unit_id_pkey primary key (tenant_id, department_code, unit_code),
    constraint opendata_unit_id_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('opendata_unit_id');
grant select, insert on opendata_unit_id to ${appRole};

create table opendata_project_id (
    tenant_id       uuid    not null,
    department_code text    not null,
    fiscal_year     integer not null,
    project_code    text    not null,
    stable_id       uuid    not null,
    constraint opendata_project_id_pkey primary key (tenant_id, department_code, fiscal_year, project_code),
    constraint opendata_project_id_year_fkey foreign key (tenant_id, department_code, fiscal_year)
        references opendata_lineage_year (tenant_id, department_code, fiscal_year) on delete cascade,
    constraint opendata_project_id_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('opendata_project_id');
grant select, insert, delete on opendata_project_id to ${appRole};

-- row_no: the indicator's position in its project's table at the assigning revision.
create table opendata_indicator_id (
    tenant_id       uuid    not null,
    department_code text    not null,
    fiscal_year     integer not null,
    project_code    text    not null,
    row_no          integer not null,
    stable_id       uuid    not null,
    constraint opendata_indicator_id_pkey primary key (tenant_id, department_code, fiscal_year, project_code, row_no),
    constraint opendata_indicator_id_year_fkey foreign key (tenant_id, department_code, fiscal_year)
        references opendata_lineage_year (tenant_id, department_code, fiscal_year) on delete cascade,
    constraint opendata_indicator_id_tenant_fkey foreign key (tenant_id) references tenant (id)
);
select enable_tenant_isolation('opendata_indicator_id');
grant select, insert, delete on opendata_indicator_id to ${appRole};

-- The district's open licence statement, shown on the open data page and in datapackage.json.
create table opendata_licence (
    tenant_id  uuid        not null,
    name       text        not null,
    title      text        not null,
    url        text        not null,
    statement  text        not null,
    updated_at timestamptz not null default now(),
    updated_by text        not null,
    constraint opendata_licence_pkey primary key (tenant_id),
    constraint opendata_licence_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint opendata_licence_name_length check (char_length(name) between 1 and 64),
    constraint opendata_licence_statement_length check (char_length(statement) between 1 and 2000)
);
select enable_tenant_isolation('opendata_licence');
grant select, insert, update on opendata_licence to ${appRole};
