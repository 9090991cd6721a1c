-- 困难零工帮扶 (issue 6): job-category dictionary, employers (用工主体), job postings (岗位),
-- assistance cases with their steps, case documents (PDF letters), case numbers, and the time limits
-- of the assistance process.

-- Job categories (工种) a worker can do and a posting asks for; admins may add or retire entries.
CREATE TABLE job_category (
  code       VARCHAR(32)  NOT NULL,
  name_zh    VARCHAR(64)  NOT NULL,
  name_en    VARCHAR(100) NOT NULL,
  sort_order INT          NOT NULL,
  active     BOOLEAN      NOT NULL,
  CONSTRAINT pk_job_category PRIMARY KEY (code)
);
INSERT INTO job_category (code, name_zh, name_en, sort_order, active) VALUES
  ('construction', '建筑工', 'Construction worker', 10, TRUE),
  ('decoration', '装修工', 'Decorator', 20, TRUE),
  ('electrician', '电工', 'Electrician', 30, TRUE),
  ('welder', '焊工', 'Welder', 40, TRUE),
  ('loading', '搬运装卸', 'Loading and moving', 50, TRUE),
  ('warehouse', '仓储理货', 'Warehouse', 60, TRUE),
  ('delivery', '快递配送', 'Delivery', 70, TRUE),
  ('driver', '驾驶员', 'Driver', 80, TRUE),
  ('cleaning', '保洁', 'Cleaning', 90, TRUE),
  ('domestic', '家政服务', 'Domestic service', 100, TRUE),
  ('elderly-care', '养老护理', 'Elderly care', 110, TRUE),
  ('catering', '餐饮服务', 'Catering', 120, TRUE),
  ('security', '保安', 'Security guard', 130, TRUE),
  ('landscaping', '园林绿化', 'Landscaping', 140, TRUE),
  ('farm-seasonal', '农业季节工', 'Seasonal farm work', 150, TRUE),
  ('factory', '普工', 'Factory worker', 160, TRUE);

-- Employers: an organisation with a unified social credit code, or an individual employer whose
-- ID number is kept like a worker's (encrypted, keyed hash, masked). 双实名: a caseworker verifies
-- the employer before any posting of theirs can be referred.
CREATE TABLE employer (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  kind                 VARCHAR(16)  NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  credit_code          VARCHAR(18)  NULL,
  id_number_enc        VARCHAR(200) NULL,
  id_number_hash       CHAR(64)     NULL,
  id_number_masked     VARCHAR(32)  NULL,
  contact_name         VARCHAR(64)  NOT NULL,
  contact_phone_enc    VARCHAR(200) NOT NULL,
  contact_phone_masked VARCHAR(16)  NOT NULL,
  address              VARCHAR(300) NOT NULL,
  district_id          VARCHAR(64)  NOT NULL,
  verified             BOOLEAN      NOT NULL,
  verified_by          VARCHAR(64)  NULL,
  verified_at          DATETIME(3)  NULL,
  registered_at        DATETIME(3)  NOT NULL,
  registered_by        VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_employer PRIMARY KEY (id),
  CONSTRAINT uq_employer_credit_code UNIQUE (credit_code),
  CONSTRAINT uq_employer_id_number UNIQUE (id_number_hash),
  CONSTRAINT ck_employer_kind CHECK (kind IN ('ORGANIZATION', 'INDIVIDUAL'))
);
CREATE INDEX ix_employer_district_name ON employer (district_id, name);

-- Job postings with the fields of seed 001 (用工信息): employer, job category, headcount, place,
-- work period and hours, pay and settlement, hiring date, contact.
CREATE TABLE job_posting (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  employer_id          BIGINT        NOT NULL,
  title                VARCHAR(100)  NOT NULL,
  category_code        VARCHAR(32)   NOT NULL,
  skill_level          VARCHAR(16)   NOT NULL,
  headcount            INT           NOT NULL,
  hired                INT           NOT NULL,
  district_id          VARCHAR(64)   NOT NULL,
  work_place           VARCHAR(300)  NOT NULL,
  period_start         DATE          NOT NULL,
  period_end           DATE          NULL,
  work_hours           VARCHAR(100)  NOT NULL,
  pay_amount           DECIMAL(10,2) NOT NULL,
  pay_unit             VARCHAR(16)   NOT NULL,
  settlement           VARCHAR(16)   NOT NULL,
  hiring_date          DATE          NOT NULL,
  contact_name         VARCHAR(64)   NOT NULL,
  contact_phone_enc    VARCHAR(200)  NOT NULL,
  contact_phone_masked VARCHAR(16)   NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  posted_at            DATETIME(3)   NOT NULL,
  posted_by            VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_job_posting PRIMARY KEY (id),
  CONSTRAINT fk_job_posting_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
  CONSTRAINT ck_job_posting_status CHECK (status IN ('OPEN', 'FILLED', 'CLOSED')),
  CONSTRAINT ck_job_posting_headcount CHECK (headcount > 0 AND hired >= 0)
);
CREATE INDEX ix_job_posting_open ON job_posting (status, district_id, category_code);

-- Case numbers by kind and year (BF-2026-000001), one row per kind and year.
CREATE TABLE case_sequence (
  kind       VARCHAR(16) NOT NULL,
  seq_year   INT         NOT NULL,
  last_value BIGINT      NOT NULL,
  CONSTRAINT pk_case_sequence PRIMARY KEY (kind, seq_year)
);

-- An assistance case: one open case per worker (open_worker_id is the worker while open, NULL after).
CREATE TABLE assistance_case (
  id                  BIGINT      NOT NULL AUTO_INCREMENT,
  case_no             VARCHAR(32) NOT NULL,
  worker_id           BIGINT      NOT NULL,
  open_worker_id      BIGINT      NULL,
  district_id         VARCHAR(64) NOT NULL,
  process_instance_id VARCHAR(64) NULL,
  tier                VARCHAR(16) NULL,
  employment_hardship BOOLEAN     NULL,
  state               VARCHAR(16) NOT NULL,
  outcome             VARCHAR(32) NULL,
  opened_at           DATETIME(3) NOT NULL,
  opened_by           VARCHAR(64) NOT NULL,
  closed_at           DATETIME(3) NULL,
  CONSTRAINT pk_assistance_case PRIMARY KEY (id),
  CONSTRAINT uq_assistance_case_no UNIQUE (case_no),
  CONSTRAINT uq_assistance_case_open UNIQUE (open_worker_id),
  CONSTRAINT fk_assistance_case_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
  CONSTRAINT ck_assistance_case_state CHECK (state IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_assistance_case_district ON assistance_case (district_id, state, opened_at);
CREATE INDEX ix_assistance_case_worker ON assistance_case (worker_id);

-- Every step of a case with who, when and outcome; details hold the step's non-personal facts
-- (dates, programme, post, reasons) as JSON.
CREATE TABLE assistance_step (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  case_id     BIGINT        NOT NULL,
  kind        VARCHAR(24)   NOT NULL,
  seq         INT           NOT NULL,
  task_id     VARCHAR(64)   NULL,
  outcome     VARCHAR(32)   NULL,
  job_id      BIGINT        NULL,
  document_id BIGINT        NULL,
  details     VARCHAR(4000) NULL,
  done_at     DATETIME(3)   NOT NULL,
  done_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_assistance_step PRIMARY KEY (id),
  CONSTRAINT fk_assistance_step_case FOREIGN KEY (case_id) REFERENCES assistance_case (id)
);
CREATE INDEX ix_assistance_step_case ON assistance_step (case_id, id);

-- Letters and records (PDF) kept with their case.
CREATE TABLE case_document (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  case_no      VARCHAR(32)  NOT NULL,
  kind         VARCHAR(32)  NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  content      LONGBLOB     NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_case_document PRIMARY KEY (id)
);
CREATE INDEX ix_case_document_case ON case_document (case_no, id);

-- Time limits of the assistance steps. Seed 000 sets the package (1次职业指导、3次岗位推荐、
-- 1次技能培训) but no days: these are the project's configurable defaults.
INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('assistance.intake', 5, 'WORKING_DAYS',
   '困难零工认定核实：登记后5个工作日内完成（项目默认值；依据《关于加强零工市场建设 完善求职招聘服务的意见》困难零工帮扶要求）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.guidance', 10, 'WORKING_DAYS',
   '职业指导：认定后10个工作日内提供1次（项目默认值；“1次职业指导”）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.referral', 5, 'WORKING_DAYS',
   '岗位推荐：每次推荐5个工作日内发出推荐函（项目默认值；“3次岗位推荐”）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.referral-outcome', 10, 'WORKING_DAYS',
   '推荐结果：推荐函发出后10个工作日内核实录用结果（项目默认值）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.training', 40, 'WORKING_DAYS',
   '技能培训：安排并记录1次技能培训结果（项目默认值；“1次技能培训”）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.placement-proposal', 10, 'WORKING_DAYS',
   '公益性岗位安置：提出安置建议（项目默认值；就业补助资金管理办法 公益性岗位补贴）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.placement-approval', 5, 'WORKING_DAYS',
   '公益性岗位安置审批：科室负责人5个工作日内审批（项目默认值）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.follow-up-after', 30, 'CALENDAR_DAYS',
   '跟踪回访：上岗后30日回访（项目默认值；“对就业后出现问题的及时跟踪”）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.follow-up', 5, 'WORKING_DAYS',
   '跟踪回访：回访任务5个工作日内完成（项目默认值）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.placement-review-lead', 60, 'CALENDAR_DAYS',
   '公益性岗位期满前60日提醒复核（项目默认值；补贴期限最长3年，距法定退休年龄不足5年的可延长至退休）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('assistance.placement-review', 20, 'WORKING_DAYS',
   '公益性岗位期满复核：20个工作日内完成（项目默认值）',
   TIMESTAMP '2026-11-25 00:00:00', 'system');
