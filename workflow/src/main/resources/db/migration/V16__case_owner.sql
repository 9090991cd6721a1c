-- The caseworker or mediator responsible for a case, from the moment it opens; every next step of
-- the case goes to them (still visible to their group), and a supervisor may name another. One
-- table for every case type, keyed like the timeline.
CREATE TABLE case_owner (
  case_type  VARCHAR(16)  NOT NULL,
  case_no    VARCHAR(32)  NOT NULL,
  owner      VARCHAR(64)  NOT NULL,
  since      DATETIME(3)  NOT NULL,
  CONSTRAINT pk_case_owner PRIMARY KEY (case_type, case_no)
);
CREATE INDEX ix_case_owner_owner ON case_owner (owner, case_type);

-- cases opened so far belong to the person who opened them
INSERT INTO case_owner (case_type, case_no, owner, since)
SELECT 'assistance', case_no, opened_by, opened_at FROM assistance_case;
INSERT INTO case_owner (case_type, case_no, owner, since)
SELECT 'complaint', complaint_no, filed_by, received_at FROM complaint;
