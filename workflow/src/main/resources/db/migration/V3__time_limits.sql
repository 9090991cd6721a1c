-- Named time limits that processes read by key; admins change the numbers, processes never carry
-- them. unit: WORKING_DAYS (weekends and holidays skipped, make-up days counted) or CALENDAR_DAYS.
CREATE TABLE time_limit (
  limit_key   VARCHAR(100) NOT NULL,
  amount      INT          NOT NULL,
  unit        VARCHAR(16)  NOT NULL,
  legal_basis VARCHAR(500) NOT NULL,
  changed_at  DATETIME(3)  NOT NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_time_limit PRIMARY KEY (limit_key),
  CONSTRAINT ck_time_limit_unit CHECK (unit IN ('WORKING_DAYS', 'CALENDAR_DAYS')),
  CONSTRAINT ck_time_limit_amount CHECK (amount >= 0)
);

INSERT INTO time_limit (limit_key, amount, unit, legal_basis, changed_at, changed_by) VALUES
  ('complaint.acceptance', 5, 'WORKING_DAYS',
   '劳动保障监察投诉受理：收到投诉之日起5个工作日内决定是否受理（劳社部令第25号《关于实施〈劳动保障监察条例〉若干规定》第十八条）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('complaint.mediation', 15, 'CALENDAR_DAYS',
   '劳动争议调解：自收到调解申请之日起15日内未达成调解协议的，当事人可以申请仲裁（《劳动争议调解仲裁法》第十四条）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('complaint.investigation', 60, 'WORKING_DAYS',
   '劳动保障监察案件自立案之日起60个工作日内完成（《劳动保障监察条例》第十七条）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('complaint.investigation-extension', 30, 'WORKING_DAYS',
   '情况复杂的，经劳动保障行政部门负责人批准可延长30个工作日（《劳动保障监察条例》第十七条）',
   TIMESTAMP '2026-11-25 00:00:00', 'system'),
  ('certification.public-notice', 5, 'WORKING_DAYS',
   '示范性零工市场认定公示期：国家未规定时长，按常见做法5个工作日',
   TIMESTAMP '2026-11-25 00:00:00', 'system');
