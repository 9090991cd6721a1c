-- Personal access tokens for API clients: an admin makes one for a user (or for a read-only
-- service account); the token is shown once and only its SHA-256 is kept. A token is refused
-- after it expires or is revoked; its last use is kept to the minute.
CREATE TABLE access_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  token_hash   CHAR(64)     NOT NULL,
  token_prefix VARCHAR(12)  NOT NULL,
  user_id      VARCHAR(64)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  read_only    BOOLEAN      NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  created_by   VARCHAR(64)  NOT NULL,
  expires_at   DATETIME(3)  NOT NULL,
  last_used_at DATETIME(3)  NULL,
  revoked_at   DATETIME(3)  NULL,
  revoked_by   VARCHAR(64)  NULL,
  CONSTRAINT pk_access_token PRIMARY KEY (id),
  CONSTRAINT uq_access_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_access_token_user ON access_token (user_id);
