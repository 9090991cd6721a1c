-- 零工人员实名台账: only what is needed. ID number and mobile are stored encrypted
-- (PersonalData, AES-256-GCM), found through keyed hashes, shown masked; birth date and sex are
-- derived from the ID number.
CREATE TABLE worker (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  name             VARCHAR(64)  NOT NULL,
  id_number_enc    VARCHAR(200) NOT NULL,
  id_number_hash   CHAR(64)     NOT NULL,
  id_number_masked VARCHAR(32)  NOT NULL,
  birth_date       DATE         NOT NULL,
  sex              VARCHAR(8)   NOT NULL,
  mobile_enc       VARCHAR(200) NOT NULL,
  mobile_hash      CHAR(64)     NOT NULL,
  mobile_masked    VARCHAR(16)  NOT NULL,
  district_id      VARCHAR(64)  NOT NULL,
  registered_at    DATETIME(3)  NOT NULL,
  registered_by    VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_worker PRIMARY KEY (id),
  CONSTRAINT uq_worker_id_number UNIQUE (id_number_hash)
);
CREATE INDEX ix_worker_district_name ON worker (district_id, name);
CREATE INDEX ix_worker_mobile_hash ON worker (mobile_hash);
