-- The nightly purge of timeline entries older than linggong.retention.timeline finds them by date.
CREATE INDEX ix_case_event_done ON case_event (done_at);

-- The dashboard's overdue trend counts a district's late tasks in one pass of an index, without
-- reading the rows (due and creation for the open ones; end, due and creation for the ended ones).
CREATE INDEX ix_inbox_task_district_due_created ON inbox_task (district_id, due_at, created_at);
CREATE INDEX ix_task_done_district_ended_due ON task_done (district_id, ended_at, due_at, created_at);
