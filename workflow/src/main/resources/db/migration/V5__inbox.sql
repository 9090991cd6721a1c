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

CREATE TABLE inbox_candidate (
  task_id  VARCHAR(64) NOT NULL,
  group_id VARCHAR(64) NOT NULL,
  CONSTRAINT pk_inbox_candidate PRIMARY KEY (group_id, task_id)
);
CREATE INDEX ix_inbox_candidate_task ON inbox_candidate (task_id);
