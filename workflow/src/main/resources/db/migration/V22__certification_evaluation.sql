-- 年度绩效评估 and 退出: a certified market is evaluated on each anniversary of its certification
-- against the criteria sheet in force (合格 with a grade that subsidies use; 限期整改 and evaluated
-- again; 退出 with the supervisor's approval); a reviewer may ask for its withdrawal at any time.
CREATE TABLE certification_evaluation (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  application_id  BIGINT        NOT NULL,
  sheet_id        BIGINT        NOT NULL,
  total           DECIMAL(6,1)  NOT NULL,
  exclusions      VARCHAR(300)  NULL,
  outcome         VARCHAR(16)   NOT NULL,
  grade           VARCHAR(16)   NULL,
  note            VARCHAR(1000) NULL,
  evaluated_by    VARCHAR(64)   NOT NULL,
  evaluated_at    DATETIME(3)   NOT NULL,
  CONSTRAINT pk_certification_evaluation PRIMARY KEY (id)
);
CREATE INDEX ix_certification_evaluation_application ON certification_evaluation (application_id, id);

ALTER TABLE certification_application ADD COLUMN withdrawn_at DATETIME(3) NULL;
ALTER TABLE certification_application ADD COLUMN withdrawal_reason VARCHAR(1000) NULL;

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('certification.evaluation', 10, 'WORKING_DAYS',
   '认定有效期内每年开展绩效评估（示范性零工市场认定和运行管理绩效评价细则，项目默认期限）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.rectification', 90, 'CALENDAR_DAYS',
   '年度评估限期整改的期限，期满重新评估（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.withdrawal-approval', 5, 'WORKING_DAYS',
   '退出认定须经科室负责人审批（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system');
