-- The worker's page: every change of a registration (who, when, before and after; personal numbers
-- kept masked here, never in full), and the contact log (calls, visits, messages).
CREATE TABLE worker_change (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  worker_id   BIGINT        NOT NULL,
  changed_at  DATETIME(3)   NOT NULL,
  changed_by  VARCHAR(64)   NOT NULL,
  field       VARCHAR(32)   NOT NULL,
  before_text VARCHAR(500)  NULL,
  after_text  VARCHAR(500)  NULL,
  reason      VARCHAR(500)  NULL,
  CONSTRAINT pk_worker_change PRIMARY KEY (id)
);
CREATE INDEX ix_worker_change_worker ON worker_change (worker_id, id);

CREATE TABLE worker_contact (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  worker_id    BIGINT        NOT NULL,
  contacted_on DATE          NOT NULL,
  kind         VARCHAR(16)   NOT NULL,
  note         VARCHAR(1000) NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_worker_contact PRIMARY KEY (id)
);
CREATE INDEX ix_worker_contact_worker ON worker_contact (worker_id, contacted_on);
