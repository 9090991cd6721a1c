-- 零工市场名录: one row per market, the ministry's fields (人社部发〔2022〕38号) first, then what the
-- city's documents add. Lists of codes are kept comma-separated (job types, services, rules). The
-- contact's phone is personal: encrypted, shown masked. version counts changes (an update names
-- the version it read, so two people editing at once do not overwrite each other).
CREATE TABLE market (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  name                  VARCHAR(200)  NOT NULL,
  name_kind             VARCHAR(16)   NOT NULL,
  nature                VARCHAR(16)   NOT NULL,
  address               VARCHAR(300)  NOT NULL,
  daily_seekers         INT           NULL,
  job_types             VARCHAR(500)  NULL,
  daily_hires           INT           NULL,
  kind                  VARCHAR(16)   NOT NULL,
  district_id           VARCHAR(64)   NOT NULL,
  operation             VARCHAR(16)   NOT NULL,
  operator_name         VARCHAR(200)  NOT NULL,
  operator_credit_code  VARCHAR(18)   NULL,
  hr_agency             BOOLEAN       NOT NULL,
  hr_licence_no         VARCHAR(64)   NULL,
  legal_representative  VARCHAR(64)   NULL,
  opening_hours         VARCHAR(200)  NOT NULL,
  contact_name          VARCHAR(64)   NOT NULL,
  contact_phone_enc     VARCHAR(200)  NOT NULL,
  contact_phone_masked  VARCHAR(32)   NOT NULL,
  service_hotline       VARCHAR(32)   NULL,
  complaint_channel     VARCHAR(300)  NULL,
  floor_area            DECIMAL(10,2) NULL,
  staff                 INT           NULL,
  services              VARCHAR(300)  NULL,
  rules                 VARCHAR(200)  NULL,
  opened_on             DATE          NOT NULL,
  status                VARCHAR(16)   NOT NULL,
  certification         VARCHAR(16)   NOT NULL,
  certified_since       DATE          NULL,
  certified_until       DATE          NULL,
  version               INT           NOT NULL,
  created_at            DATETIME(3)   NOT NULL,
  created_by            VARCHAR(64)   NOT NULL,
  updated_at            DATETIME(3)   NOT NULL,
  updated_by            VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_market PRIMARY KEY (id),
  CONSTRAINT uq_market_district_name UNIQUE (district_id, name)
);
CREATE INDEX ix_market_status ON market (status, district_id);

-- Every change of a market's record: field, before and after (the contact's phone masked), who,
-- when, and the reason where one is asked for (a status change).
CREATE TABLE market_change (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  market_id   BIGINT        NOT NULL,
  changed_at  DATETIME(3)   NOT NULL,
  changed_by  VARCHAR(64)   NOT NULL,
  field       VARCHAR(32)   NOT NULL,
  before_text VARCHAR(1000) NULL,
  after_text  VARCHAR(1000) NULL,
  reason      VARCHAR(500)  NULL,
  CONSTRAINT pk_market_change PRIMARY KEY (id)
);
CREATE INDEX ix_market_change_market ON market_change (market_id, id);

-- The quarterly review of each district's directory: one row per district and period, claimed by
-- the node that starts its review (the unique key), completed by the caseworker who reviewed it.
CREATE TABLE market_directory_review (
  district_id   VARCHAR(64)   NOT NULL,
  period        VARCHAR(8)    NOT NULL,
  started_at    DATETIME(3)   NOT NULL,
  reviewed_at   DATETIME(3)   NULL,
  reviewed_by   VARCHAR(64)   NULL,
  markets       INT           NULL,
  note          VARCHAR(1000) NULL,
  CONSTRAINT pk_market_directory_review PRIMARY KEY (district_id, period)
);

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('market.directory-review', 10, 'WORKING_DAYS',
   '零工市场名录信息每季度更新一次（《关于进一步加强零工市场建设完善求职招聘服务工作的通知》；人社部办公厅通知：动态建好零工市场名录，向社会公布地址、运行时间、联系方式等信息）',
   TIMESTAMP '2026-12-01 00:00:00', 'system');
