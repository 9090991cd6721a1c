-- Letters are made outside the person's step (issue 18): the step keeps a PENDING document and a
-- request; a job of the engine renders it (on any node, with retries) and makes it READY, or, when
-- its retries run out, FAILED with an incident for the admins.
ALTER TABLE case_document ADD COLUMN status VARCHAR(16) DEFAULT 'READY' NOT NULL;

CREATE TABLE letter_request (
  document_id  BIGINT        NOT NULL,
  renderer     VARCHAR(64)   NOT NULL,
  letter       VARCHAR(64)   NOT NULL,
  -- the renderer's inputs (ids, the step's own texts), JSON, encrypted like the letters
  params       LONGBLOB      NOT NULL,
  requested_by VARCHAR(64)   NOT NULL,
  requested_at DATETIME(3)   NOT NULL,
  job_id       VARCHAR(64)   NULL,
  -- the process step that asked for it (its incident's step on the 运维 screen)
  step_id      VARCHAR(255)  NULL,
  failure      VARCHAR(2000) NULL,
  CONSTRAINT pk_letter_request PRIMARY KEY (document_id)
);
CREATE INDEX ix_letter_request_job ON letter_request (job_id);
