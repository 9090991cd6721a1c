-- Failed sign-ins counted per account and client address, and per client address alone (subject
-- '*'): repeated wrong passwords lock that account from that address only, and many failures from
-- one address (any user names) block the address, so that nobody can keep an account locked from
-- elsewhere. Every change is one conditional update, so parallel guesses are all counted.
CREATE TABLE login_failure (
  subject         VARCHAR(64) NOT NULL,
  source          VARCHAR(64) NOT NULL,
  failed_count    INT         NOT NULL,
  last_failure_at DATETIME(3) NOT NULL,
  locked_until    DATETIME(3) NULL,
  CONSTRAINT pk_login_failure PRIMARY KEY (subject, source)
);
CREATE INDEX ix_login_failure_locked ON login_failure (subject, locked_until);

DROP TABLE login_lock;
