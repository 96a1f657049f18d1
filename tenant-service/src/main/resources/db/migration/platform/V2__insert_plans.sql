-- The modules of the four platforms (work, information, management, learning) and the statistics dashboard.
INSERT INTO module (module_key, platform, name, name_en, position) VALUES
    ('affairs.organizations', 'management',  '组织管理',     'Organisations',         10),
    ('affairs.members',       'management',  '党员管理',     'Members',               20),
    ('affairs.development',   'work',        '发展党员',     'Member development',    30),
    ('affairs.transfers',     'work',        '组织关系转接', 'Membership transfers',  40),
    ('affairs.meetings',      'work',        '三会一课',     'Meetings and lectures', 50),
    ('info.notices',          'information', '通知公告',     'Notices',               60),
    ('info.disclosure',       'information', '党务公开',     'Party affairs disclosure', 70),
    ('info.suggestions',      'information', '意见建议',     'Suggestions',           80),
    ('info.messages',         'information', '消息推送',     'Messages',              90),
    ('dues.billing',          'management',  '党费核定',     'Dues assessment',      100),
    ('dues.payments',         'management',  '党费缴纳',     'Dues payments',        110),
    ('learning.courses',      'learning',    '在线学习',     'Courses',              120),
    ('learning.exams',        'learning',    '在线考试',     'Exams',                130),
    ('stats.dashboard',       'statistics',  '统计看板',     'Statistics dashboard', 140);

INSERT INTO plan (plan_key, name, name_en, description, position) VALUES
    ('basic',     '基础版', 'Basic',     '组织与党员管理、三会一课、通知公告、党费收缴', 10),
    ('standard',  '标准版', 'Standard',  '基础版全部功能，另含发展党员、组织关系转接、党务公开、意见建议、消息推送与学习考试', 20),
    ('committee', '党委版', 'Committee', '标准版全部功能，另含下级单位统计看板，适用于上级党委、工委', 30);

INSERT INTO plan_module (plan_key, module_key)
SELECT 'basic', module_key FROM module
WHERE module_key IN ('affairs.organizations', 'affairs.members', 'affairs.meetings', 'info.notices',
                     'dues.billing', 'dues.payments');

INSERT INTO plan_module (plan_key, module_key)
SELECT 'standard', module_key FROM module WHERE module_key <> 'stats.dashboard';

INSERT INTO plan_module (plan_key, module_key)
SELECT 'committee', module_key FROM module;
