-- The tenant policies compare with the transaction's setting itself instead of calling
-- current_tenant_id(): the planner inlines a SQL function by parsing its body again at every
-- reference, a cost paid per table per statement (RLS at scale, docs/benchmarks.md). Same rule,
-- same index conditions; current_tenant_id() stays for code that wants the bound tenant.

create or replace function enable_tenant_isolation(tbl regclass) returns void
    language plpgsql
    as $$
declare
    bound constant text := $b$(nullif(current_setting('jixiao.tenant_id', true), ''))::uuid$b$;
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_select on %s for select to ${appRole} using (tenant_id = %s)', tbl, bound);
    execute format('create policy tenant_insert on %s for insert to ${appRole} with check (tenant_id = %s)', tbl, bound);
    execute format('create policy tenant_update on %s for update to ${appRole} using (tenant_id = %s) with check (tenant_id = %s)', tbl, bound, bound);
    execute format('create policy tenant_delete on %s for delete to ${appRole} using (tenant_id = %s)', tbl, bound);
end
$$;
revoke execute on function enable_tenant_isolation(regclass) from public;

do $$
declare
    bound constant text := $b$(nullif(current_setting('jixiao.tenant_id', true), ''))::uuid$b$;
    p record;
begin
    for p in select tablename, policyname, qual, with_check from pg_policies
             where schemaname = 'public'
               and (qual like '%current_tenant_id()%' or with_check like '%current_tenant_id()%')
    loop
        execute format('alter policy %I on public.%I', p.policyname, p.tablename)
            || coalesce(' using (' || replace(p.qual, 'current_tenant_id()', bound) || ')', '')
            || coalesce(' with check (' || replace(p.with_check, 'current_tenant_id()', bound) || ')', '');
    end loop;
end
$$;
