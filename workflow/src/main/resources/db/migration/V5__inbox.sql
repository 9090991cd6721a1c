-- The inbox: one row per open user task, kept in step with the engine by task listeners in the
-- same transaction, so that the inbox's first page is one indexed query at any backlog.
CREATE TABLE inbox_task (
  task_id                VARCHAR(64)  NOT NULL,
  task_name              VARCHAR(255) NULL,
  task_definition_key    VARCHAR(255) NOT NULL,
  process_instance_id    VARCHAR(64)  NOT NULL,
  process_definition_key VARCHAR(255) NOT NULL,
  process_name           VARCHAR(255) NULL,
  business_key           VARCHAR(255) NULL,
  district_id            VARCHAR(64)  NULL,
  assignee               VARCHAR(64)  NULL,
  created_at             DATETIME(3)  NOT NULL,
  due_at                 DATETIME(3)  NULL,
  follow_up_at           DATETIME(3)  NULL,
  CONSTRAINT pk_inbox_task PRIMARY KEY (task_id)
);
CREATE INDEX ix_inbox_task_due ON inbox_task (due_at, task_id);
CREATE INDEX ix_inbox_task_district_due ON inbox_task (district_id, due_at);
CREATE INDEX ix_inbox_task_assignee_due ON inbox_task (assignee, due_at);
CREATE INDEX ix_inbox_task_business_key ON inbox_task (business_key);

-- Who may take each task, one row per principal, with the due date copied so that the first page
-- of any person's inbox is an index range per principal: 'u:<user>' for the assignee (or candidate
-- users), 'g:<group>' for each candidate group while the task is unassigned. district_id is '' for
-- a task of no district; due_at is far in the future for a task without a due date.
CREATE TABLE inbox_entry (
  principal   VARCHAR(80) NOT NULL,
  district_id VARCHAR(64) NOT NULL,
  due_at      DATETIME(3) NOT NULL,
  task_id     VARCHAR(64) NOT NULL,
  CONSTRAINT pk_inbox_entry PRIMARY KEY (principal, district_id, due_at, task_id)
);
CREATE INDEX ix_inbox_entry_principal_due ON inbox_entry (principal, due_at, task_id);
CREATE INDEX ix_inbox_entry_task ON inbox_entry (task_id);
