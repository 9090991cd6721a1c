-- A user task that passed its due date: one row per task, closed when the task ends.
CREATE TABLE escalation (
  id                     BIGINT       NOT NULL AUTO_INCREMENT,
  task_id                VARCHAR(64)  NOT NULL,
  task_name              VARCHAR(255) NULL,
  task_definition_key    VARCHAR(255) NULL,
  process_instance_id    VARCHAR(64)  NULL,
  process_definition_key VARCHAR(255) NULL,
  business_key           VARCHAR(255) NULL,
  district_id            VARCHAR(64)  NULL,
  assignee               VARCHAR(64)  NULL,
  time_limit_key         VARCHAR(100) NULL,
  due_at                 DATETIME(3)  NOT NULL,
  escalated_at           DATETIME(3)  NOT NULL,
  resolved_at            DATETIME(3)  NULL,
  CONSTRAINT pk_escalation PRIMARY KEY (id),
  CONSTRAINT uq_escalation_task UNIQUE (task_id)
);
CREATE INDEX ix_escalation_open ON escalation (district_id, resolved_at, due_at);

-- Every mail the system sends, written in the transaction of the step that causes it and sent by a
-- job that claims each row before sending, so that no mail is sent twice, also with several nodes.
CREATE TABLE mail_outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  kind            VARCHAR(64)   NOT NULL,
  reference       VARCHAR(128)  NOT NULL,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(255)  NOT NULL,
  body            VARCHAR(4000) NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  next_attempt_at DATETIME(3)   NOT NULL,
  claimed_by      VARCHAR(100)  NULL,
  claimed_until   DATETIME(3)   NULL,
  sent_at         DATETIME(3)   NULL,
  last_error      VARCHAR(1000) NULL,
  CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
  CONSTRAINT uq_mail_outbox_once UNIQUE (kind, reference, recipient),
  CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);
