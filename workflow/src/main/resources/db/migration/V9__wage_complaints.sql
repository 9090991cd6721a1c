-- 欠薪投诉与调解 (issue 7): complaints with their complainants and amounts, evidence files, the
-- timeline of contacts and steps, the mediation agreement's instalments, referrals, and the time
-- limits of the steps the law does not set.

CREATE TABLE complaint (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  complaint_no        VARCHAR(32)   NOT NULL,
  district_id         VARCHAR(64)   NOT NULL,
  channel             VARCHAR(16)   NOT NULL,
  employer_id         BIGINT        NOT NULL,
  project             VARCHAR(200)  NOT NULL,
  construction        BOOLEAN       NOT NULL,
  work_start          DATE          NOT NULL,
  work_end            DATE          NOT NULL,
  pay_agreement       VARCHAR(16)   NOT NULL,
  pay_agreement_note  VARCHAR(300)  NULL,
  request             VARCHAR(1000) NOT NULL,
  worker_count        INT           NOT NULL,
  amount_owed         DECIMAL(14,2) NOT NULL,
  amount_agreed       DECIMAL(14,2) NULL,
  amount_recovered    DECIMAL(14,2) NOT NULL,
  priority            VARCHAR(16)   NULL,
  stage               VARCHAR(24)   NOT NULL,
  state               VARCHAR(16)   NOT NULL,
  outcome             VARCHAR(32)   NULL,
  outcome_detail      VARCHAR(300)  NULL,
  received_at         DATETIME(3)   NOT NULL,
  acceptance_due      DATETIME(3)   NULL,
  accepted_at         DATETIME(3)   NULL,
  mediation_due       DATETIME(3)   NULL,
  inspection_started  DATETIME(3)   NULL,
  inspection_due      DATETIME(3)   NULL,
  process_instance_id VARCHAR(64)   NULL,
  filed_by            VARCHAR(64)   NOT NULL,
  closed_at           DATETIME(3)   NULL,
  CONSTRAINT pk_complaint PRIMARY KEY (id),
  CONSTRAINT uq_complaint_no UNIQUE (complaint_no),
  CONSTRAINT fk_complaint_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
  CONSTRAINT ck_complaint_state CHECK (state IN ('OPEN', 'CLOSED')),
  CONSTRAINT ck_complaint_amounts CHECK (amount_owed > 0 AND amount_recovered >= 0)
);
CREATE INDEX ix_complaint_district ON complaint (district_id, state, stage, received_at);

-- The complainants (one or many) with what each is owed, agreed and recovered.
CREATE TABLE complaint_worker (
  complaint_id     BIGINT        NOT NULL,
  worker_id        BIGINT        NOT NULL,
  seq              INT           NOT NULL,
  amount_owed      DECIMAL(12,2) NOT NULL,
  amount_agreed    DECIMAL(12,2) NULL,
  amount_recovered DECIMAL(12,2) NOT NULL,
  CONSTRAINT pk_complaint_worker PRIMARY KEY (complaint_id, worker_id),
  CONSTRAINT fk_complaint_worker_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT fk_complaint_worker_worker FOREIGN KEY (worker_id) REFERENCES worker (id),
  CONSTRAINT ck_complaint_worker_owed CHECK (amount_owed > 0)
);
CREATE INDEX ix_complaint_worker_worker ON complaint_worker (worker_id);

-- Evidence files (photos, IOUs, attendance records…), type and size checked before they come here.
CREATE TABLE complaint_evidence (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT       NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  description  VARCHAR(200) NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_at  DATETIME(3)  NOT NULL,
  uploaded_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_complaint_evidence PRIMARY KEY (id),
  CONSTRAINT fk_complaint_evidence_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_evidence_complaint ON complaint_evidence (complaint_id, id);

-- Everything that happened, in order: steps, contacts and sessions, reminders; details as JSON.
CREATE TABLE complaint_event (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT        NOT NULL,
  kind         VARCHAR(32)   NOT NULL,
  outcome      VARCHAR(32)   NULL,
  details      VARCHAR(4000) NULL,
  document_id  BIGINT        NULL,
  task_id      VARCHAR(64)   NULL,
  done_at      DATETIME(3)   NOT NULL,
  done_by      VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_complaint_event PRIMARY KEY (id),
  CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_id, id);

-- The agreement's payment schedule: one sum or instalments with dates.
CREATE TABLE complaint_instalment (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT        NOT NULL,
  seq          INT           NOT NULL,
  due_date     DATE          NOT NULL,
  amount       DECIMAL(14,2) NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  amount_paid  DECIMAL(14,2) NULL,
  confirmed_at DATETIME(3)   NULL,
  confirmed_by VARCHAR(64)   NULL,
  CONSTRAINT pk_complaint_instalment PRIMARY KEY (id),
  CONSTRAINT uq_complaint_instalment UNIQUE (complaint_id, seq),
  CONSTRAINT fk_complaint_instalment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT ck_complaint_instalment_status CHECK (status IN ('PENDING', 'PAID', 'MISSED'))
);

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('complaint.supplement', 10, 'WORKING_DAYS',
   '补正材料：一次性告知后等待投诉人补齐材料的期限，逾期未补正的结案（项目默认值）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('complaint.payment-confirmation', 3, 'WORKING_DAYS',
   '调解协议履行跟踪：约定付款日后3个工作日内向劳动者核实是否到账（项目默认值）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('complaint.referral', 5, 'WORKING_DAYS',
   '转办：调解不成或未按协议履行的，5个工作日内转劳动保障监察、仲裁、法律援助或公安机关（项目默认值；《保障农民工工资支付条例》第四十一条）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('complaint.extension-approval', 3, 'WORKING_DAYS',
   '监察案件延期审批：科室负责人3个工作日内审批（项目默认值；《劳动保障监察条例》第十七条延长30个工作日须经负责人批准）',
   TIMESTAMP '2026-11-25 00:00:00', 'system');
