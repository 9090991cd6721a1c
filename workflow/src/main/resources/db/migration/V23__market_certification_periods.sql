-- The certifications a market has held, one row per period (level, from, until, and the day it was
-- ended early: a withdrawal, a correction, the next certification taking over), so that how many
-- markets were certified on a past day can be counted (the city's targets: 3 by the end of 2025,
-- 10 by the end of 2027, one in every district). Written with the market's record.
CREATE TABLE market_certification_period (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  market_id   BIGINT       NOT NULL,
  level       VARCHAR(16)  NOT NULL,
  valid_from  DATE         NOT NULL,
  valid_until DATE         NOT NULL,
  ended_on    DATE         NULL,
  CONSTRAINT pk_market_certification_period PRIMARY KEY (id)
);
CREATE INDEX ix_market_certification_period_market ON market_certification_period (market_id, ended_on);
CREATE INDEX ix_market_certification_period_level ON market_certification_period (level, valid_from);

INSERT INTO market_certification_period (market_id, level, valid_from, valid_until)
  SELECT id, certification, certified_since, certified_until FROM market
  WHERE certification <> 'NONE' AND certified_since IS NOT NULL AND certified_until IS NOT NULL;
