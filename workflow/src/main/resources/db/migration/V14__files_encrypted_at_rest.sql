-- Evidence files and case letters hold personal data: they are stored encrypted (AES-256-GCM,
-- PersonalData.encryptFile) like ID numbers. Rows stored before are encrypted at start
-- (StoredFileEncryption) and marked here, so that each start only looks at the rows not yet done.
ALTER TABLE case_document ADD COLUMN content_encrypted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE complaint_evidence ADD COLUMN content_encrypted BOOLEAN NOT NULL DEFAULT FALSE;
