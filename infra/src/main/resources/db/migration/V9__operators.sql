-- The operators' own accounts (tenant-admin console and API). A platform table: no tenant data,
-- forced RLS with a policy for the operators' role only; the application role has no grant on it.
create table operator_account (
    username      text        not null,
    password_hash text        not null,
    created_at    timestamptz not null default now(),
    constraint operator_account_pkey primary key (username),
    constraint operator_account_username_format check (username ~ '^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$')
);
alter table operator_account enable row level security;
alter table operator_account force row level security;
create policy operator_account_operators on operator_account for all to ${opsRole} using (true) with check (true);
grant select, insert, update on operator_account to ${opsRole};

-- Operators may re-issue a setup link only to a user who has not set a password yet, without
-- reading the hash itself (their column grants exclude it): a derived flag they may read.
alter table app_user add column password_set boolean generated always as (password_hash is not null) stored;
grant select (password_set) on app_user to ${opsRole};
