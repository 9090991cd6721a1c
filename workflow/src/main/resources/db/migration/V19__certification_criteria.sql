-- 示范性零工市场认定 (issue 15): criteria sheets kept as versioned data (an application is scored
-- against the version in force when it was filed), seeded with the shape of the Zhejiang
-- provincial scheme: six areas, points out of 100, pass at 80, and the exclusions that fail an
-- application whatever its score.
CREATE TABLE criteria_sheet (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  version        INT           NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  total_points   DECIMAL(6,1)  NOT NULL,
  pass_mark      DECIMAL(6,1)  NOT NULL,
  in_force_from  DATETIME(3)   NOT NULL,
  created_by     VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_criteria_sheet PRIMARY KEY (id),
  CONSTRAINT uq_criteria_sheet_version UNIQUE (version)
);

CREATE TABLE criteria_item (
  sheet_id    BIGINT        NOT NULL,
  area_order  INT           NOT NULL,
  area_code   VARCHAR(32)   NOT NULL,
  area_name   VARCHAR(100)  NOT NULL,
  item_order  INT           NOT NULL,
  code        VARCHAR(32)   NOT NULL,
  text        VARCHAR(500)  NOT NULL,
  points      DECIMAL(6,1)  NOT NULL,
  evidence    VARCHAR(300)  NULL,
  CONSTRAINT pk_criteria_item PRIMARY KEY (sheet_id, code)
);

CREATE TABLE criteria_exclusion (
  sheet_id    BIGINT        NOT NULL,
  item_order  INT           NOT NULL,
  code        VARCHAR(32)   NOT NULL,
  text        VARCHAR(300)  NOT NULL,
  CONSTRAINT pk_criteria_exclusion PRIMARY KEY (sheet_id, code)
);

INSERT INTO criteria_sheet (version, title, total_points, pass_mark, in_force_from, created_by)
VALUES (1, '示范性零工市场认定评分标准（参照浙江省省级示范零工市场评估体系）', 100.0, 80.0,
        TIMESTAMP '2025-01-01 00:00:00', 'system');

INSERT INTO criteria_item (sheet_id, area_order, area_code, area_name, item_order, code, text, points, evidence) VALUES
  ((SELECT id FROM criteria_sheet WHERE version = 1), 1, 'general', '总则与基本条件', 1, 'G1', '依法设立并运营满3个月以上，公益属性明确，免费为灵活就业人员提供服务', 5.0, '设立文件或营业执照、运营记录'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 1, 'general', '总则与基本条件', 2, 'G2', '按“××市（县、区）零工市场”等命名规范统一命名，悬挂统一标识', 3.0, '现场照片'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 1, 'general', '总则与基本条件', 3, 'G3', '主动公开服务项目、办事指南、服务热线和投诉渠道', 4.0, '公示栏照片、线上公开截图'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 1, 'general', '总则与基本条件', 4, 'G4', '建立首问负责、限时办结、一次性告知、服务承诺等制度并上墙公示', 3.0, '制度文本、上墙照片'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 2, 'premises', '服务场地', 1, 'P1', '场地面积满足供需对接需要，布局合理', 5.0, '场地平面图、租赁合同或产权证明'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 2, 'premises', '服务场地', 2, 'P2', '设置候工休息、洽谈对接、信息发布等功能区', 5.0, '功能区现场照片'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 2, 'premises', '服务场地', 3, 'P3', '交通便利，车辆即停即走，周边秩序良好', 5.0, '现场照片、周边交通说明'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 3, 'facilities', '服务设施', 1, 'F1', '配备岗位信息发布屏、自助服务终端等设备', 5.0, '设备清单、现场照片'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 3, 'facilities', '服务设施', 2, 'F2', '提供饮水、工具借用寄存、应急药品等便民设施', 5.0, '现场照片'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 3, 'facilities', '服务设施', 3, 'F3', '消防、安防设施齐全，制定突发事件应急预案', 5.0, '消防验收或检查记录、应急预案'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 4, 'functions', '服务功能', 1, 'S1', '即时快招：提供岗位信息撮合、现场对接等服务', 7.0, '对接记录、招聘活动记录'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 4, 'functions', '服务功能', 2, 'S2', '技能提升：开展或推介职业技能培训、创业培训信息', 6.0, '培训推介记录'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 4, 'functions', '服务功能', 3, 'S3', '劳动维权：设立维权指引，协助处理欠薪等劳动纠纷', 6.0, '维权指引公示、纠纷处理台账'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 4, 'functions', '服务功能', 4, 'S4', '提供政策咨询、岗位推介、职业指导、培训信息、困难帮扶、维权指引等“1+6”服务', 6.0, '服务台账'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 5, 'online', '线上服务', 1, 'O1', '接入公共就业服务信息平台，线上发布岗位信息', 5.0, '平台截图、发布记录'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 5, 'online', '线上服务', 2, 'O2', '提供线上求职登记、岗位推送、远程面试等服务', 5.0, '平台截图、服务记录'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 6, 'results', '服务成效', 1, 'R1', '日均求职人数、对接成功人数达到一定规模并逐月记录', 8.0, '月度统计表'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 6, 'results', '服务成效', 2, 'R2', '建立灵活用工政策宣讲、企业需求、人力资源供给、用工专员服务企业、即时对接五个日志台账，实名登记', 7.0, '五个日志台账'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 6, 'results', '服务成效', 3, 'R3', '服务对象满意度高，近一年无经查实的重大投诉', 5.0, '满意度调查、投诉处理记录');

INSERT INTO criteria_exclusion (sheet_id, item_order, code, text) VALUES
  ((SELECT id FROM criteria_sheet WHERE version = 1), 1, 'violation', '存在违法违规行为'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 2, 'discrimination', '存在就业歧视行为'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 3, 'criticism', '受到通报批评或约谈'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 4, 'public-opinion', '发生重大负面舆情事件'),
  ((SELECT id FROM criteria_sheet WHERE version = 1), 5, 'falsified', '弄虚作假、瞒报或虚报数据');
