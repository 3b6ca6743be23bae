-- Which platform instance finished a task (done or failed for good): with several instances behind
-- a load balancer, operators see where work ran, and a task that ran twice would show up here.
alter table job_task add column finished_by text;

-- Operators' health page counts failed tasks of the last day across districts: the status and its
-- time only, never a task's key, error text or result (they may name a district's content).
create policy job_task_operators_read on job_task for select to ${opsRole} using (true);
grant select (tenant_id, status, updated_at) on job_task to ${opsRole};
