-- Where a disclosure's first revision came from: rolled forward from another fiscal year's
-- revision (or, later, imported from a file). Recorded once, when the disclosure is created.
alter table disclosure
    add column origin text,
    add column origin_fiscal_year integer,
    add column origin_revision_no integer,
    add constraint disclosure_origin_check check (origin is null or origin in ('ROLL_FORWARD', 'IMPORT', 'DEMO'));
