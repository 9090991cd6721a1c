-- 零工市场补贴申请 (issue 16): an application for one market and a period within one calendar year,
-- its claimed items with the system's quote, finance's corrections and the approved amounts; the
-- evidence (lease, receipts and invoices with their amounts and dates); the objections to its public
-- notice; the disbursements finance records; and each district's annual budget from the
-- employment-subsidy fund (就业补助资金). Higher-level grants (subsidy_higher_grant, V24) now say
-- who declared them.
CREATE TABLE subsidy_application (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  application_no       VARCHAR(32)   NOT NULL,
  market_id            BIGINT        NOT NULL,
  district_id          VARCHAR(64)   NOT NULL,
  subsidy_year         INT           NOT NULL,
  period_from          DATE          NOT NULL,
  period_to            DATE          NOT NULL,
  submitted_by         VARCHAR(16)   NOT NULL,
  operator_contact     VARCHAR(64)   NULL,
  account              VARCHAR(100)  NOT NULL,
  statement            VARCHAR(1000) NULL,
  state                VARCHAR(16)   NOT NULL,
  stage                VARCHAR(24)   NOT NULL,
  outcome              VARCHAR(24)   NULL,
  content_reviewer     VARCHAR(64)   NULL,
  supplement_asked     BOOLEAN       NOT NULL,
  calculation_reviewer VARCHAR(64)   NULL,
  notice_from          DATETIME(3)   NULL,
  notice_until         DATETIME(3)   NULL,
  approved_total       DECIMAL(12,2) NULL,
  approved_at          DATETIME(3)   NULL,
  approved_by          VARCHAR(64)   NULL,
  budget_year          INT           NULL,
  decision_reason      VARCHAR(1000) NULL,
  process_instance_id  VARCHAR(64)   NULL,
  filed_at             DATETIME(3)   NOT NULL,
  filed_by             VARCHAR(64)   NOT NULL,
  closed_at            DATETIME(3)   NULL,
  CONSTRAINT pk_subsidy_application PRIMARY KEY (id),
  CONSTRAINT uq_subsidy_application_no UNIQUE (application_no)
);
CREATE INDEX ix_subsidy_application_district ON subsidy_application (district_id, state, filed_at);
CREATE INDEX ix_subsidy_application_market ON subsidy_application (market_id, subsidy_year);
CREATE INDEX ix_subsidy_application_budget ON subsidy_application (district_id, budget_year);

CREATE TABLE subsidy_application_item (
  application_id    BIGINT        NOT NULL,
  item              VARCHAR(16)   NOT NULL,
  claimed           DECIMAL(12,2) NOT NULL,
  quoted            DECIMAL(12,2) NULL,
  quote_rules       VARCHAR(300)  NULL,
  quote_rate        DECIMAL(5,4)  NULL,
  quote_cap         DECIMAL(12,2) NULL,
  higher_level      DECIMAL(12,2) NULL,
  corrected         DECIMAL(12,2) NULL,
  correction_reason VARCHAR(500)  NULL,
  approved          DECIMAL(12,2) NULL,
  higher_offset     DECIMAL(12,2) NULL,
  CONSTRAINT pk_subsidy_application_item PRIMARY KEY (application_id, item)
);

CREATE TABLE subsidy_evidence (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  application_id BIGINT        NOT NULL,
  kind           VARCHAR(24)   NOT NULL,
  amount         DECIMAL(12,2) NULL,
  dated          DATE          NULL,
  reference_no   VARCHAR(64)   NULL,
  document_id    BIGINT        NOT NULL,
  added_at       DATETIME(3)   NOT NULL,
  added_by       VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_subsidy_evidence PRIMARY KEY (id)
);
CREATE INDEX ix_subsidy_evidence_application ON subsidy_evidence (application_id, kind);

CREATE TABLE subsidy_disbursement (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  application_id BIGINT        NOT NULL,
  voucher_no     VARCHAR(64)   NOT NULL,
  paid_on        DATE          NOT NULL,
  amount         DECIMAL(12,2) NOT NULL,
  account        VARCHAR(100)  NOT NULL,
  recorded_at    DATETIME(3)   NOT NULL,
  recorded_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_subsidy_disbursement PRIMARY KEY (id),
  CONSTRAINT uq_subsidy_disbursement_voucher UNIQUE (voucher_no)
);
CREATE INDEX ix_subsidy_disbursement_application ON subsidy_disbursement (application_id, paid_on);

CREATE TABLE subsidy_objection (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  application_id  BIGINT        NOT NULL,
  filed_at        DATETIME(3)   NOT NULL,
  source          VARCHAR(16)   NOT NULL,
  filed_by        VARCHAR(64)   NULL,
  name            VARCHAR(64)   NULL,
  contact_enc     VARCHAR(300)  NULL,
  contact_masked  VARCHAR(64)   NULL,
  text            VARCHAR(2000) NOT NULL,
  address_hash    CHAR(64)      NULL,
  state           VARCHAR(16)   NOT NULL,
  outcome         VARCHAR(24)   NULL,
  resolution      VARCHAR(1000) NULL,
  resolved_by     VARCHAR(64)   NULL,
  resolved_at     DATETIME(3)   NULL,
  CONSTRAINT pk_subsidy_objection PRIMARY KEY (id)
);
CREATE INDEX ix_subsidy_objection_application ON subsidy_objection (application_id, state, id);
CREATE INDEX ix_subsidy_objection_address ON subsidy_objection (address_hash, filed_at);

CREATE TABLE subsidy_budget (
  district_id  VARCHAR(64)   NOT NULL,
  budget_year  INT           NOT NULL,
  amount       DECIMAL(14,2) NOT NULL,
  document_no  VARCHAR(100)  NULL,
  set_at       DATETIME(3)   NOT NULL,
  set_by       VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_subsidy_budget PRIMARY KEY (district_id, budget_year)
);

ALTER TABLE subsidy_higher_grant ADD COLUMN source VARCHAR(16) NULL;
ALTER TABLE subsidy_higher_grant ADD COLUMN application_id BIGINT NULL;

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('subsidy.content-review', 10, 'WORKING_DAYS',
   '审核人对补贴申请材料进行审核，核对租赁合同、租金票据、发票与申报金额是否一致；材料不齐的一次性告知（首问负责、限时办结、一次性告知）',
   TIMESTAMP '2026-12-02 00:00:00', 'system'),
  ('subsidy.supplement', 10, 'WORKING_DAYS',
   '申请人按一次性告知补正补贴申请材料的期限，逾期未补正的视为放弃申请（项目默认）',
   TIMESTAMP '2026-12-02 00:00:00', 'system'),
  ('subsidy.calculation-review', 5, 'WORKING_DAYS',
   '财务人员对补贴测算金额逐项复核（项目默认）',
   TIMESTAMP '2026-12-02 00:00:00', 'system'),
  ('subsidy.public-notice', 5, 'WORKING_DAYS',
   '补贴拟核定结果公示期：政策未规定时长，按常见做法5个工作日（项目默认）',
   TIMESTAMP '2026-12-02 00:00:00', 'system'),
  ('subsidy.objection', 5, 'WORKING_DAYS',
   '公示期间收到的异议由审核人调查核实并作出处理（项目默认）',
   TIMESTAMP '2026-12-02 00:00:00', 'system'),
  ('subsidy.approval', 5, 'WORKING_DAYS',
   '公示期满无异议或异议处理完毕后由负责人审批（项目默认）',
   TIMESTAMP '2026-12-02 00:00:00', 'system'),
  ('subsidy.disbursement', 15, 'WORKING_DAYS',
   '审批通过后从就业补助资金中拨付，每笔拨付登记凭证号、日期、金额和账户（项目默认）',
   TIMESTAMP '2026-12-02 00:00:00', 'system');
