-- 认定申请: one application per market at a time (open_market_id is the market while the
-- application is open, NULL after), scored against the criteria sheet in force when it was filed.
-- Scores are kept per criterion, per person and per round (an upheld objection sends an
-- application back to inspection: a new round); each sheet a person submits keeps its total, the
-- exclusions found and the declaration of no conflict of interest.
CREATE TABLE certification_application (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  application_no      VARCHAR(32)   NOT NULL,
  market_id           BIGINT        NOT NULL,
  open_market_id      BIGINT        NULL,
  district_id         VARCHAR(64)   NOT NULL,
  level               VARCHAR(16)   NOT NULL,
  sheet_id            BIGINT        NOT NULL,
  submitted_by        VARCHAR(16)   NOT NULL,
  operator_contact    VARCHAR(64)   NULL,
  statement           VARCHAR(1000) NULL,
  state               VARCHAR(16)   NOT NULL,
  stage               VARCHAR(24)   NOT NULL,
  outcome             VARCHAR(24)   NULL,
  inspection_round    INT           NOT NULL,
  inspector           VARCHAR(64)   NULL,
  reviewers           VARCHAR(300)  NULL,
  review_score        DECIMAL(6,2)  NULL,
  exclusion_found     BOOLEAN       NULL,
  decision_reason     VARCHAR(1000) NULL,
  certified_since     DATE          NULL,
  certified_until     DATE          NULL,
  process_instance_id VARCHAR(64)   NULL,
  filed_at            DATETIME(3)   NOT NULL,
  filed_by            VARCHAR(64)   NOT NULL,
  closed_at           DATETIME(3)   NULL,
  CONSTRAINT pk_certification_application PRIMARY KEY (id),
  CONSTRAINT uq_certification_application_no UNIQUE (application_no),
  CONSTRAINT uq_certification_application_open UNIQUE (open_market_id)
);
CREATE INDEX ix_certification_application_district ON certification_application (district_id, state, filed_at);
CREATE INDEX ix_certification_application_market ON certification_application (market_id, filed_at);

CREATE TABLE certification_score (
  application_id  BIGINT        NOT NULL,
  round           INT           NOT NULL,
  role            VARCHAR(16)   NOT NULL,
  scorer          VARCHAR(64)   NOT NULL,
  criterion_code  VARCHAR(32)   NOT NULL,
  points          DECIMAL(6,1)  NOT NULL,
  note            VARCHAR(500)  NULL,
  CONSTRAINT pk_certification_score PRIMARY KEY (application_id, round, role, scorer, criterion_code)
);

CREATE TABLE certification_sheet_result (
  application_id     BIGINT        NOT NULL,
  round              INT           NOT NULL,
  role               VARCHAR(16)   NOT NULL,
  scorer             VARCHAR(64)   NOT NULL,
  total              DECIMAL(6,1)  NOT NULL,
  exclusions         VARCHAR(300)  NULL,
  no_conflict        BOOLEAN       NOT NULL,
  note               VARCHAR(1000) NULL,
  submitted_at       DATETIME(3)   NOT NULL,
  CONSTRAINT pk_certification_sheet_result PRIMARY KEY (application_id, round, role, scorer)
);

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('certification.recommendation', 5, 'WORKING_DAYS',
   '区县人社部门对辖区零工市场的认定申请提出推荐意见（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.completeness', 5, 'WORKING_DAYS',
   '市人社部门对申报材料进行完整性审查，材料不齐的一次性告知需补正的全部材料（首问负责、限时办结、一次性告知）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.supplement', 10, 'WORKING_DAYS',
   '申请人按一次性告知补正材料的期限，逾期未补正的视为放弃申请（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.inspection', 10, 'WORKING_DAYS',
   '对申报市场进行实地核查并按评分标准打分（浙江省示范零工市场认定：书面审核和实地核查）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.review', 5, 'WORKING_DAYS',
   '评审人员按评分标准独立打分并声明无利益冲突（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system'),
  ('certification.decision', 5, 'WORKING_DAYS',
   '公示期满无异议或异议处理完毕后作出认定决定（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system');
