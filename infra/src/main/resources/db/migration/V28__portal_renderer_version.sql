-- The version of the portal's renderer (a SHA-256 over its templates and stylesheet) each stored page
-- was rendered by: after a deploy that changes how pages look, a district whose pages carry another
-- version has them rendered again. Pages stored before this column ('') are rendered again too.
alter table portal_page add column renderer_version text not null default '';
