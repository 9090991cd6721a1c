-- The masked number (area code and last four) beside the birth date rebuilt the whole ID number
-- from a copy of this table alone. Now the table keeps only the ciphertext and keyed hashes: of
-- the whole number (to find a person and refuse a second registration) and of its last four
-- characters (to find someone by them). Masked form, birth year and sex are derived from the
-- decrypted number when shown; rows from before get their tail hash at start (WorkerTailHashes).
ALTER TABLE worker ADD COLUMN id_tail_hash CHAR(64) NULL;
CREATE INDEX ix_worker_id_tail ON worker (id_tail_hash);
ALTER TABLE worker DROP COLUMN id_number_masked;
ALTER TABLE worker DROP COLUMN birth_date;
ALTER TABLE worker DROP COLUMN sex;
