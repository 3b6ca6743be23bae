-- Publication: the revision the public sees is recorded when a disclosure is published, so later
-- drafts of the same disclosure never reach the public pages; withdrawing clears it. (No foreign
-- key to revision: it would make the two tables reference each other; the platform sets it from
-- the disclosure's own current revision, which always has its snapshot.)
alter table disclosure add column published_revision_no integer;
alter table disclosure add column published_at timestamptz;
alter table disclosure add constraint disclosure_published_revision_check
    check ((status = 'PUBLISHED') = (published_revision_no is not null and published_revision_no <= revision_no));
