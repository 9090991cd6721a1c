-- Failed sign-ins per account, for the lock after repeated wrong passwords (linggong.security.*).
CREATE TABLE login_lock (
  user_id         VARCHAR(64)  NOT NULL,
  failed_count    INT          NOT NULL,
  last_failure_at DATETIME(3)  NULL,
  locked_until    DATETIME(3)  NULL,
  CONSTRAINT pk_login_lock PRIMARY KEY (user_id)
);

-- Who did what to which record, and who looked at which personal data in full.
CREATE TABLE audit_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at  DATETIME(3)   NOT NULL,
  actor        VARCHAR(64)   NOT NULL,
  action       VARCHAR(64)   NOT NULL,
  subject_type VARCHAR(64)   NOT NULL,
  subject_id   VARCHAR(128)  NOT NULL,
  district_id  VARCHAR(64)   NULL,
  detail       VARCHAR(2000) NULL,
  CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_subject ON audit_event (subject_type, subject_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
