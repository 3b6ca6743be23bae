-- A department's units in order: the disclosure head's units (every read of a disclosure), the
-- directory pages. Without it the units of one department were found by scanning the district's.
create index unit_department_idx on unit (tenant_id, department_id, position);
