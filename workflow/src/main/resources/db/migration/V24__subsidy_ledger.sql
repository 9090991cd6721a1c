-- Subsidies for certified markets (seed 004). What the quote reads across applications and years:
-- each approved item (the amount approved, and the part of a higher level's payment set against it
-- under 就高不重复), and the payments a higher level made to a market (declared by the market or
-- recorded by finance, each with its document number).
CREATE TABLE subsidy_approved_item (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  application_id BIGINT        NULL,
  market_id      BIGINT        NOT NULL,
  item           VARCHAR(16)   NOT NULL,
  subsidy_year   INT           NOT NULL,
  amount         DECIMAL(12,2) NOT NULL,
  higher_offset  DECIMAL(12,2) NOT NULL,
  approved_at    DATETIME(3)   NOT NULL,
  approved_by    VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_subsidy_approved_item PRIMARY KEY (id)
);
CREATE INDEX ix_subsidy_approved_item_market ON subsidy_approved_item (market_id, item, subsidy_year);

CREATE TABLE subsidy_higher_grant (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  market_id    BIGINT        NOT NULL,
  item         VARCHAR(16)   NOT NULL,
  subsidy_year INT           NOT NULL,
  amount       DECIMAL(12,2) NOT NULL,
  granted_by   VARCHAR(100)  NOT NULL,
  document_no  VARCHAR(100)  NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_subsidy_higher_grant PRIMARY KEY (id)
);
CREATE INDEX ix_subsidy_higher_grant_market ON subsidy_higher_grant (market_id, item, subsidy_year);
