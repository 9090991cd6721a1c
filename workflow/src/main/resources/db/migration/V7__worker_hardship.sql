-- What a worker can do, and the hardship facts (sensitive: 个人信息保护法 art. 28) kept encrypted
-- as one JSON value; each fact that applies is also a keyed hash in worker_hardship_tag, so that
-- caseworkers can find "低保" workers without anything readable in the table.
ALTER TABLE worker ADD COLUMN skills VARCHAR(500) NULL;
ALTER TABLE worker ADD COLUMN skill_level VARCHAR(32) NULL;
ALTER TABLE worker ADD COLUMN desired_daily_pay DECIMAL(10,2) NULL;
ALTER TABLE worker ADD COLUMN waiting_since DATE NULL;
ALTER TABLE worker ADD COLUMN hardship_enc VARCHAR(2000) NULL;

CREATE TABLE worker_hardship_tag (
  worker_id BIGINT   NOT NULL,
  tag_hash  CHAR(64) NOT NULL,
  CONSTRAINT pk_worker_hardship_tag PRIMARY KEY (tag_hash, worker_id)
);
CREATE INDEX ix_worker_hardship_tag_worker ON worker_hardship_tag (worker_id);
