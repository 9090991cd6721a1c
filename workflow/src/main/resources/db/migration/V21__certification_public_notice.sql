-- 公示: a passed review is published for objections for certification.public-notice; anyone may
-- object on the public page (name and contact optional, the contact encrypted, the address kept
-- only as a keyed hash to limit how often one address objects), staff too; each objection is
-- resolved by a reviewer before the decision.
ALTER TABLE certification_application ADD COLUMN notice_from DATETIME(3) NULL;
ALTER TABLE certification_application ADD COLUMN notice_until DATETIME(3) NULL;
ALTER TABLE certification_application ADD COLUMN objection_upheld BOOLEAN NULL;

CREATE TABLE certification_objection (
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
  CONSTRAINT pk_certification_objection PRIMARY KEY (id)
);
CREATE INDEX ix_certification_objection_application ON certification_objection (application_id, state, id);
CREATE INDEX ix_certification_objection_address ON certification_objection (address_hash, filed_at);

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('certification.objection', 5, 'WORKING_DAYS',
   '公示期间收到的异议由审核人调查核实并作出处理（项目默认）',
   TIMESTAMP '2026-12-01 00:00:00', 'system');
