-- 月度监测 and 记实管理 (issue 17). Seed 003: 按月公布本地零工市场主要行业及岗位求人倍率，每月28日前报送;
-- seed 001: five daily work-log ledgers per market.

-- Industries (GB/T 4754-2017 门类) the job categories belong to, for the ratio by industry.
CREATE TABLE industry (
  code       VARCHAR(8)   NOT NULL,
  name_zh    VARCHAR(64)  NOT NULL,
  name_en    VARCHAR(100) NOT NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_industry PRIMARY KEY (code)
);
INSERT INTO industry (code, name_zh, name_en, sort_order) VALUES
  ('A', '农、林、牧、渔业', 'Agriculture, forestry, husbandry and fishery', 10),
  ('C', '制造业', 'Manufacturing', 20),
  ('E', '建筑业', 'Construction', 30),
  ('G', '交通运输、仓储和邮政业', 'Transport, storage and post', 40),
  ('H', '住宿和餐饮业', 'Accommodation and catering', 50),
  ('L', '租赁和商务服务业', 'Leasing and business services', 60),
  ('N', '水利、环境和公共设施管理业', 'Water, environment and public facilities', 70),
  ('O', '居民服务、修理和其他服务业', 'Household and other services', 80),
  ('Q', '卫生和社会工作', 'Health and social work', 90);

ALTER TABLE job_category ADD COLUMN industry_code VARCHAR(8) NULL;
UPDATE job_category SET industry_code = 'E' WHERE code IN ('construction', 'decoration', 'electrician');
UPDATE job_category SET industry_code = 'C' WHERE code IN ('welder', 'factory');
UPDATE job_category SET industry_code = 'G' WHERE code IN ('loading', 'warehouse', 'delivery', 'driver');
UPDATE job_category SET industry_code = 'O' WHERE code IN ('cleaning', 'domestic');
UPDATE job_category SET industry_code = 'Q' WHERE code = 'elderly-care';
UPDATE job_category SET industry_code = 'H' WHERE code = 'catering';
UPDATE job_category SET industry_code = 'L' WHERE code = 'security';
UPDATE job_category SET industry_code = 'N' WHERE code = 'landscaping';
UPDATE job_category SET industry_code = 'A' WHERE code = 'farm-seasonal';

-- What a market reports for a month that the system cannot know: job seekers served, average daily
-- successful hires, and by job category the seekers, the positions employers sought on site and the
-- average offered daily pay. Entered by the district's caseworkers or imported from XLSX; read when
-- a report version is drawn up (the version keeps its own copy of every figure).
CREATE TABLE market_month_figure (
  market_id       BIGINT        NOT NULL,
  report_month    CHAR(7)       NOT NULL,
  district_id     VARCHAR(64)   NOT NULL,
  seekers_served  INT           NOT NULL,
  daily_hires     DECIMAL(10,2) NOT NULL,
  entered_by      VARCHAR(64)   NOT NULL,
  entered_at      DATETIME(3)   NOT NULL,
  CONSTRAINT pk_market_month_figure PRIMARY KEY (market_id, report_month),
  CONSTRAINT fk_market_month_figure_market FOREIGN KEY (market_id) REFERENCES market (id),
  CONSTRAINT ck_market_month_figure CHECK (seekers_served >= 0 AND daily_hires >= 0)
);
CREATE INDEX ix_market_month_figure_district ON market_month_figure (district_id, report_month);

CREATE TABLE market_month_category (
  market_id      BIGINT        NOT NULL,
  report_month   CHAR(7)       NOT NULL,
  category_code  VARCHAR(32)   NOT NULL,
  seekers        INT           NOT NULL,
  positions      INT           NOT NULL,
  avg_daily_pay  DECIMAL(10,2) NULL,
  CONSTRAINT pk_market_month_category PRIMARY KEY (market_id, report_month, category_code),
  CONSTRAINT fk_market_month_category_market FOREIGN KEY (market_id) REFERENCES market (id),
  CONSTRAINT ck_market_month_category CHECK (seekers >= 0 AND positions >= 0)
);

-- A district's report for a month, in versions: the first is drafted on the draft day; a signed
-- version is final, a correction is a new version with its reason (the old one is kept, SUPERSEDED).
-- figures: every figure of the version as JSON (district, markets, categories, industries, ledgers).
CREATE TABLE monitoring_report (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  report_no           VARCHAR(40)   NOT NULL,
  district_id         VARCHAR(64)   NOT NULL,
  report_month        CHAR(7)       NOT NULL,
  version             INT           NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  process_instance_id VARCHAR(64)   NULL,
  figures             LONGTEXT      NOT NULL,
  drafted_at          DATETIME(3)   NOT NULL,
  drafted_by          VARCHAR(64)   NOT NULL,
  signed_at           DATETIME(3)   NULL,
  signed_by           VARCHAR(64)   NULL,
  correction_reason   VARCHAR(500)  NULL,
  pdf_document_id     BIGINT        NULL,
  xlsx_document_id    BIGINT        NULL,
  CONSTRAINT pk_monitoring_report PRIMARY KEY (id),
  CONSTRAINT uq_monitoring_report_version UNIQUE (district_id, report_month, version),
  CONSTRAINT ck_monitoring_report_status CHECK (status IN ('DRAFT', 'SIGNED', 'SUPERSEDED'))
);
CREATE INDEX ix_monitoring_report_month ON monitoring_report (report_month, status);
CREATE INDEX ix_monitoring_report_no ON monitoring_report (report_no);

-- 记实管理: the five daily work-log ledgers of a market (seed 001).
CREATE TABLE work_log_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  market_id   BIGINT        NOT NULL,
  district_id VARCHAR(64)   NOT NULL,
  ledger      VARCHAR(24)   NOT NULL,
  entry_date  DATE          NOT NULL,
  content     VARCHAR(500)  NOT NULL,
  party       VARCHAR(200)  NOT NULL,
  head_count  INT           NOT NULL,
  entered_by  VARCHAR(64)   NOT NULL,
  entered_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_work_log_entry PRIMARY KEY (id),
  CONSTRAINT fk_work_log_entry_market FOREIGN KEY (market_id) REFERENCES market (id),
  CONSTRAINT ck_work_log_entry_ledger CHECK (ledger IN ('POLICY_TALK', 'EMPLOYER_DEMAND', 'LABOUR_SUPPLY', 'EMPLOYER_SERVICE', 'MATCHING')),
  CONSTRAINT ck_work_log_entry_count CHECK (head_count >= 0)
);
CREATE INDEX ix_work_log_entry_market ON work_log_entry (market_id, ledger, entry_date);
CREATE INDEX ix_work_log_entry_district ON work_log_entry (district_id, entry_date);

-- The report's sign-off is due 28 calendar days after the last day of the month before (the 28th).
INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('monitoring.sign-off', 28, 'CALENDAR_DAYS',
   '按月公布本地零工市场主要行业及岗位求人倍率信息，并于每月28日前向省人力资源和社会保障厅报送（《湖南省关于规范零工市场建设的实施意见》第五条）；自上月末日起算',
   TIMESTAMP '2026-12-03 00:00:00', 'system'),
  ('monitoring.market-figures', 3, 'WORKING_DAYS',
   '草稿生成后，区县就业服务专员录入或导入各零工市场报送的当月数据（项目默认，留足签发时间）',
   TIMESTAMP '2026-12-03 00:00:00', 'system');
