-- What supervisors watch and steer (issue 17).

-- Every user task that ended, written from its inbox row in the transaction that ends it, so that
-- step times, caseloads and the overdue trend are indexed range queries, never a walk over the
-- engine's history. completed: FALSE when the task was deleted (a case withdrawn or cancelled).
CREATE TABLE task_done (
  task_id                VARCHAR(64)  NOT NULL,
  task_name              VARCHAR(255) NULL,
  task_definition_key    VARCHAR(255) NOT NULL,
  process_definition_key VARCHAR(255) NOT NULL,
  process_name           VARCHAR(255) NULL,
  business_key           VARCHAR(255) NULL,
  district_id            VARCHAR(64)  NULL,
  assignee               VARCHAR(64)  NULL,
  time_limit_key         VARCHAR(100) NULL,
  created_at             DATETIME(3)  NOT NULL,
  due_at                 DATETIME(3)  NULL,
  ended_at               DATETIME(3)  NOT NULL,
  duration_ms            BIGINT       NOT NULL,
  completed              BOOLEAN      NOT NULL,
  CONSTRAINT pk_task_done PRIMARY KEY (task_id)
);
CREATE INDEX ix_task_done_ended ON task_done (ended_at, district_id);
CREATE INDEX ix_task_done_district_ended ON task_done (district_id, ended_at);
CREATE INDEX ix_task_done_assignee_ended ON task_done (assignee, ended_at);
-- the overdue trend: tasks that were open and late at the end of a past week
CREATE INDEX ix_task_done_due ON task_done (due_at, ended_at);

-- "下一件": due date, then priority, then age
ALTER TABLE inbox_task ADD COLUMN priority INT NOT NULL DEFAULT 50;
ALTER TABLE inbox_task ADD COLUMN time_limit_key VARCHAR(100) NULL;
CREATE INDEX ix_inbox_task_created ON inbox_task (created_at);

-- The escalation ladder: the holder's warning is a mail of the outbox (sent once by its key); the
-- second level, to the city's supervisors, is noted on the escalation.
ALTER TABLE escalation ADD COLUMN second_level_at DATETIME(3) NULL;

-- A person away (leave, training): while away_until has not passed, the person's new steps go to
-- the substitute; what the person held when the absence was set was reassigned then, one audited
-- action per task. ended_at: the supervisor ended the absence early.
CREATE TABLE absence (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  user_id       VARCHAR(64)  NOT NULL,
  substitute_id VARCHAR(64)  NOT NULL,
  district_id   VARCHAR(64)  NULL,
  away_until    DATE         NOT NULL,
  reason        VARCHAR(200) NULL,
  set_by        VARCHAR(64)  NOT NULL,
  set_at        DATETIME(3)  NOT NULL,
  ended_at      DATETIME(3)  NULL,
  CONSTRAINT pk_absence PRIMARY KEY (id)
);
CREATE INDEX ix_absence_user ON absence (user_id, ended_at, away_until);
