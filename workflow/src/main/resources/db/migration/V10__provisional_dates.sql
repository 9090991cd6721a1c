-- Dates computed from a provisional year (a year whose State Council notice is not entered yet,
-- counted from 《全国年节及纪念日放假办法》 alone): what was computed (target_kind, target_ref), from which
-- start and by which rule (rule_text, see DateRule), the value it got and the provisional years it
-- looked at. When an admin enters a year's official arrangement every OPEN row whose span holds that
-- year is computed again from its start and rule, in bounded batches, on any node.
--   target_kind TASK: a user task's due date (ref = task id), with its follow-up date and escalation
--   timer; TIMER: a process timer (ref = process instance id; matched by its due date);
--   COMPLAINT_CLOCK: a statutory clock of a complaint (ref = complaint id ':' clock).
--   state OPEN (still provisional), DONE (official now), GONE (the target ended first), FAILED (could
--   not be computed again: logged, counted on the calendar screen).
CREATE TABLE provisional_date (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  target_kind         VARCHAR(32)  NOT NULL,
  target_ref          VARCHAR(100) NOT NULL,
  process_instance_id VARCHAR(64)  NULL,
  business_key        VARCHAR(255) NULL,
  rule_text           VARCHAR(300) NOT NULL,
  start_at            DATETIME(3)  NOT NULL,
  value_at            DATETIME(3)  NOT NULL,
  first_year          INT          NOT NULL,
  last_year           INT          NOT NULL,
  state               VARCHAR(16)  NOT NULL,
  created_at          DATETIME(3)  NOT NULL,
  changed_at          DATETIME(3)  NOT NULL,
  CONSTRAINT pk_provisional_date PRIMARY KEY (id),
  CONSTRAINT ck_provisional_date_state CHECK (state IN ('OPEN', 'DONE', 'GONE', 'FAILED'))
);
CREATE INDEX ix_provisional_date_open ON provisional_date (state, first_year, last_year, id);
CREATE INDEX ix_provisional_date_target ON provisional_date (target_kind, target_ref, state);

-- One row per entered year whose dates must be computed again; the batches add up what they did.
--   state PENDING (batches still to run) or DONE (every date of that year recomputed).
CREATE TABLE provisional_recompute (
  year_number  INT          NOT NULL,
  source       VARCHAR(500) NOT NULL,
  requested_at DATETIME(3)  NOT NULL,
  requested_by VARCHAR(64)  NOT NULL,
  state        VARCHAR(16)  NOT NULL,
  examined     INT          NOT NULL,
  changed      INT          NOT NULL,
  failed       INT          NOT NULL,
  finished_at  DATETIME(3)  NULL,
  CONSTRAINT pk_provisional_recompute PRIMARY KEY (year_number),
  CONSTRAINT ck_provisional_recompute_state CHECK (state IN ('PENDING', 'DONE'))
);

-- Every date a recomputation moved, old → new, for the task page, the case timelines and audit.
CREATE TABLE due_date_change (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  target_kind         VARCHAR(32)  NOT NULL,
  target_ref          VARCHAR(100) NOT NULL,
  task_id             VARCHAR(64)  NULL,
  process_instance_id VARCHAR(64)  NULL,
  business_key        VARCHAR(255) NULL,
  what                VARCHAR(255) NULL,
  old_at              DATETIME(3)  NOT NULL,
  new_at              DATETIME(3)  NOT NULL,
  year_number         INT          NOT NULL,
  still_provisional   BOOLEAN      NOT NULL,
  changed_at          DATETIME(3)  NOT NULL,
  CONSTRAINT pk_due_date_change PRIMARY KEY (id)
);
CREATE INDEX ix_due_date_change_task ON due_date_change (task_id, id);
CREATE INDEX ix_due_date_change_case ON due_date_change (business_key, id);

-- The inbox shows "暂定" beside a due date computed from a provisional year.
ALTER TABLE inbox_task ADD COLUMN due_provisional BOOLEAN NOT NULL DEFAULT FALSE;

-- The weekly reminder to admins that next year's arrangement is not entered: one row per year,
-- claimed by the node that sends it (sent_at moves on only once per interval).
CREATE TABLE calendar_reminder (
  year_number INT         NOT NULL,
  sent_at     DATETIME(3) NOT NULL,
  CONSTRAINT pk_calendar_reminder PRIMARY KEY (year_number)
);
