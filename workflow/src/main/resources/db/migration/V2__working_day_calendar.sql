-- The working-day calendar: the years it knows, and the dated exceptions to "Monday to Friday".
--   HOLIDAY = a Monday-to-Friday date that is not worked; WORKDAY = a Saturday or Sunday that is
--   worked (调休上班). A year not in calendar_year is unknown: asking about it is an error.
CREATE TABLE calendar_year (
  year_number INT          NOT NULL,
  source      VARCHAR(500) NOT NULL,
  changed_at  DATETIME(3)  NOT NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT pk_calendar_year PRIMARY KEY (year_number)
);

CREATE TABLE calendar_day (
  cal_date    DATE        NOT NULL,
  year_number INT         NOT NULL,
  kind        VARCHAR(16) NOT NULL,
  name        VARCHAR(64) NOT NULL,
  CONSTRAINT pk_calendar_day PRIMARY KEY (cal_date),
  CONSTRAINT fk_calendar_day_year FOREIGN KEY (year_number) REFERENCES calendar_year (year_number),
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
CREATE INDEX ix_calendar_day_year ON calendar_day (year_number, cal_date);

-- Bumped by every change, so that every node reloads its copy of the calendar.
CREATE TABLE calendar_revision (
  id       INT    NOT NULL,
  revision BIGINT NOT NULL,
  CONSTRAINT pk_calendar_revision PRIMARY KEY (id)
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);

-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
--   元旦 1月1日放假1天；春节 1月28日至2月4日，1月26日（周日）、2月8日（周六）上班；
--   清明节 4月4日至6日；劳动节 5月1日至5日，4月27日（周日）上班；端午节 5月31日至6月2日；
--   国庆节、中秋节 10月1日至8日，9月28日（周日）、10月11日（周六）上班。
INSERT INTO calendar_year (year_number, source, changed_at, changed_by) VALUES
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）', TIMESTAMP '2024-11-12 00:00:00', 'system');
INSERT INTO calendar_day (cal_date, year_number, kind, name) VALUES
  (DATE '2025-01-01', 2025, 'HOLIDAY', '元旦'),
  (DATE '2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
  (DATE '2025-01-28', 2025, 'HOLIDAY', '春节'),
  (DATE '2025-01-29', 2025, 'HOLIDAY', '春节'),
  (DATE '2025-01-30', 2025, 'HOLIDAY', '春节'),
  (DATE '2025-01-31', 2025, 'HOLIDAY', '春节'),
  (DATE '2025-02-03', 2025, 'HOLIDAY', '春节'),
  (DATE '2025-02-04', 2025, 'HOLIDAY', '春节'),
  (DATE '2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
  (DATE '2025-04-04', 2025, 'HOLIDAY', '清明节'),
  (DATE '2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
  (DATE '2025-05-01', 2025, 'HOLIDAY', '劳动节'),
  (DATE '2025-05-02', 2025, 'HOLIDAY', '劳动节'),
  (DATE '2025-05-05', 2025, 'HOLIDAY', '劳动节'),
  (DATE '2025-06-02', 2025, 'HOLIDAY', '端午节'),
  (DATE '2025-09-28', 2025, 'WORKDAY', '国庆节调休上班'),
  (DATE '2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (DATE '2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (DATE '2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (DATE '2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (DATE '2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (DATE '2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (DATE '2025-10-11', 2025, 'WORKDAY', '国庆节调休上班');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
--   元旦 1月1日至3日，1月4日（周日）上班；春节 2月15日至23日，2月14日（周六）、2月28日（周六）上班；
--   清明节 4月4日至6日；劳动节 5月1日至5日，5月9日（周六）上班；端午节 6月19日至21日；
--   中秋节 9月25日至27日；国庆节 10月1日至7日，9月20日（周日）、10月10日（周六）上班。
INSERT INTO calendar_year (year_number, source, changed_at, changed_by) VALUES
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', TIMESTAMP '2025-11-04 00:00:00', 'system');
INSERT INTO calendar_day (cal_date, year_number, kind, name) VALUES
  (DATE '2026-01-01', 2026, 'HOLIDAY', '元旦'),
  (DATE '2026-01-02', 2026, 'HOLIDAY', '元旦'),
  (DATE '2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
  (DATE '2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
  (DATE '2026-02-16', 2026, 'HOLIDAY', '春节'),
  (DATE '2026-02-17', 2026, 'HOLIDAY', '春节'),
  (DATE '2026-02-18', 2026, 'HOLIDAY', '春节'),
  (DATE '2026-02-19', 2026, 'HOLIDAY', '春节'),
  (DATE '2026-02-20', 2026, 'HOLIDAY', '春节'),
  (DATE '2026-02-23', 2026, 'HOLIDAY', '春节'),
  (DATE '2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
  (DATE '2026-04-06', 2026, 'HOLIDAY', '清明节'),
  (DATE '2026-05-01', 2026, 'HOLIDAY', '劳动节'),
  (DATE '2026-05-04', 2026, 'HOLIDAY', '劳动节'),
  (DATE '2026-05-05', 2026, 'HOLIDAY', '劳动节'),
  (DATE '2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
  (DATE '2026-06-19', 2026, 'HOLIDAY', '端午节'),
  (DATE '2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
  (DATE '2026-09-25', 2026, 'HOLIDAY', '中秋节'),
  (DATE '2026-10-01', 2026, 'HOLIDAY', '国庆节'),
  (DATE '2026-10-02', 2026, 'HOLIDAY', '国庆节'),
  (DATE '2026-10-05', 2026, 'HOLIDAY', '国庆节'),
  (DATE '2026-10-06', 2026, 'HOLIDAY', '国庆节'),
  (DATE '2026-10-07', 2026, 'HOLIDAY', '国庆节'),
  (DATE '2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');
