-- One timeline and one document store for every case type, keyed by a case reference (type and
-- number): assistance steps and complaint events move into case_event, and documents say which case
-- type they belong to. Certification and subsidy cases will write here too.
CREATE TABLE case_event (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  case_type   VARCHAR(16)   NOT NULL,
  case_no     VARCHAR(32)   NOT NULL,
  kind        VARCHAR(32)   NOT NULL,
  seq         INT           NOT NULL,
  task_id     VARCHAR(64)   NULL,
  outcome     VARCHAR(32)   NULL,
  subject_id  BIGINT        NULL,
  document_id BIGINT        NULL,
  details     VARCHAR(4000) NULL,
  done_at     DATETIME(3)   NOT NULL,
  done_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_case_event PRIMARY KEY (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_type, case_no, id);

INSERT INTO case_event (case_type, case_no, kind, seq, task_id, outcome, subject_id, document_id, details,
  done_at, done_by)
SELECT 'assistance', c.case_no, s.kind, s.seq, s.task_id, s.outcome, s.job_id, s.document_id, s.details,
  s.done_at, s.done_by
FROM assistance_step s JOIN assistance_case c ON c.id = s.case_id
ORDER BY s.id;

INSERT INTO case_event (case_type, case_no, kind, seq, task_id, outcome, subject_id, document_id, details,
  done_at, done_by)
SELECT 'complaint', c.complaint_no, e.kind, 1, e.task_id, e.outcome, NULL, e.document_id, e.details,
  e.done_at, e.done_by
FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id
ORDER BY e.id;

DROP TABLE assistance_step;
DROP TABLE complaint_event;

ALTER TABLE case_document ADD COLUMN case_type VARCHAR(16) NULL;
UPDATE case_document SET case_type = 'assistance'
  WHERE case_no IN (SELECT case_no FROM assistance_case);
UPDATE case_document SET case_type = 'complaint'
  WHERE case_no IN (SELECT complaint_no FROM complaint);
CREATE INDEX ix_case_document_ref ON case_document (case_type, case_no, id);
