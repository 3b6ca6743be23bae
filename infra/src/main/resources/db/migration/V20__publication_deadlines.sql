-- A district's publication deadline for one fiscal year. Departments must publish within 20 days
-- of the budget approval (预算批复), so the admin enters that date and the deadline follows from it;
-- an explicit deadline overrides the rule where the district was given another one.
create table publication_deadline (
    tenant_id          uuid        not null,
    fiscal_year        integer     not null,
    budget_approved_on date        not null,
    deadline           date,
    updated_at         timestamptz not null default now(),
    updated_by         text        not null,
    constraint publication_deadline_pkey primary key (tenant_id, fiscal_year),
    constraint publication_deadline_tenant_fkey foreign key (tenant_id) references tenant (id),
    constraint publication_deadline_fiscal_year_check check (fiscal_year between 2000 and 2100),
    constraint publication_deadline_order_check check (deadline is null or deadline >= budget_approved_on)
);
select enable_tenant_isolation('publication_deadline');
grant select, insert, update on publication_deadline to ${appRole};
