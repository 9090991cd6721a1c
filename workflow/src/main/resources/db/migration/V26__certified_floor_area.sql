-- The operating subsidy goes by the certified floor area (seed 004): each certification period keeps
-- the market's floor area as it was certified, so that a later change of the directory's record
-- does not change what earlier or running certifications pay. Periods already recorded take the
-- area the directory holds now.
ALTER TABLE market_certification_period ADD COLUMN floor_area DECIMAL(10,2) NULL;
UPDATE market_certification_period SET floor_area =
  (SELECT m.floor_area FROM market m WHERE m.id = market_certification_period.market_id);
