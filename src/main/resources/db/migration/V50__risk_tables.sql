-- The risk register. Risk domains are a table (the default taxonomy from DOMAIN.md, editable by
-- administrators); codes match org.rampart.shared.RiskDomain for the defaults so that indicators,
-- warnings and risks share one vocabulary.
create table risk_domain (
    code         varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    parent_code  varchar(40)  references risk_domain (code),
    name_en      varchar(200) not null,
    name_zh      varchar(200) not null,
    position     int          not null default 0,
    active       boolean      not null default true
);

insert into risk_domain (code, parent_code, name_en, name_zh, position) values
    ('POLITICAL', null, 'Political security', '政治安全', 10),
    ('ECONOMIC', null, 'Economic security', '经济安全', 20),
    ('FINANCIAL_DEBT', 'ECONOMIC', 'Financial and debt risk', '金融债务风险', 21),
    ('FOOD', 'ECONOMIC', 'Food security', '粮食安全', 22),
    ('ENERGY', 'ECONOMIC', 'Energy security', '能源安全', 23),
    ('RESOURCES', 'ECONOMIC', 'Resource security', '资源安全', 24),
    ('SOCIAL_STABILITY', null, 'Social stability', '社会稳定', 30),
    ('PUBLIC_ORDER', 'SOCIAL_STABILITY', 'Public order', '社会治安', 31),
    ('DISPUTES', 'SOCIAL_STABILITY', 'Conflicts and disputes', '矛盾纠纷', 32),
    ('RULE_OF_LAW', null, 'Rule of law', '法治', 40),
    ('PRODUCTION_SAFETY', null, 'Production safety', '安全生产', 50),
    ('DISASTER', null, 'Disaster prevention and relief', '防灾减灾救灾', 60),
    ('TECHNOLOGY', null, 'Technological security', '科技安全', 70),
    ('NETWORK_DATA', null, 'Network and data security', '网络数据安全', 80);

-- The likelihood x impact matrix: one row. Labels are arrays of {"en": .., "zh": ..} from 1 to size;
-- bands are [{"level": "LOW", "from": 1}, ...] in ascending order of "from" (the lowest score of the level).
create table risk_matrix (
    id                 smallint     primary key default 1 check (id = 1),
    size               smallint     not null check (size between 3 and 10),
    likelihood_labels  jsonb        not null,
    impact_labels      jsonb        not null,
    bands              jsonb        not null,
    updated_at         timestamptz  not null default now(),
    updated_by         varchar(64)
);

insert into risk_matrix (size, likelihood_labels, impact_labels, bands) values (5,
    '[{"en":"Rare","zh":"罕见"},{"en":"Unlikely","zh":"不太可能"},{"en":"Possible","zh":"可能"},{"en":"Likely","zh":"很可能"},{"en":"Almost certain","zh":"几乎确定"}]',
    '[{"en":"Minimal","zh":"轻微"},{"en":"Minor","zh":"较小"},{"en":"Moderate","zh":"中等"},{"en":"Major","zh":"重大"},{"en":"Catastrophic","zh":"灾难性"}]',
    '[{"level":"LOW","from":1},{"level":"MEDIUM","from":5},{"level":"HIGH","from":10},{"level":"EXTREME","from":17}]');

-- A risk. score = likelihood x impact, level from the matrix bands; residual_* after existing controls.
-- jurisdiction_path is the jurisdiction's materialised path at the time of writing (scope predicate).
create table risk (
    id                      bigserial    primary key,
    code                    varchar(40)  not null unique check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
    title_en                varchar(300) not null,
    title_zh                varchar(300) not null,
    description_en          text         not null default '',
    description_zh          text         not null default '',
    domain_code             varchar(40)  not null references risk_domain (code),
    jurisdiction_id         bigint       not null references jurisdiction (id),
    jurisdiction_code       varchar(64)  not null,
    jurisdiction_path       text         not null,
    owner_unit_id           bigint       references unit (id),
    owner_unit_code         varchar(64),
    causes                  text         not null default '',
    consequences            text         not null default '',
    controls                text         not null default '',
    bottom_line             boolean      not null default false,
    likelihood              smallint     not null check (likelihood >= 1),
    impact                  smallint     not null check (impact >= 1),
    score                   smallint     not null,
    level                   varchar(10)  not null check (level in ('LOW', 'MEDIUM', 'HIGH', 'EXTREME')),
    residual_likelihood     smallint     check (residual_likelihood >= 1),
    residual_impact         smallint     check (residual_impact >= 1),
    residual_score          smallint,
    residual_level          varchar(10)  check (residual_level in ('LOW', 'MEDIUM', 'HIGH', 'EXTREME')),
    target_level            varchar(10)  check (target_level in ('LOW', 'MEDIUM', 'HIGH', 'EXTREME')),
    status                  varchar(12)  not null check (status in ('IDENTIFIED', 'ASSESSED', 'TREATING', 'MONITORED', 'CLOSED')),
    review_frequency_days   int          not null check (review_frequency_days > 0),
    next_review_date        date         not null,
    reassessment_needed     boolean      not null default false,
    reassessment_reason     text,
    reassessment_flagged_at timestamptz,
    reassessment_warning_id bigint,
    tags                    text[]       not null default '{}',
    created_at              timestamptz  not null default now(),
    created_by              varchar(64)  not null,
    updated_at              timestamptz  not null default now(),
    closed_at               timestamptz,
    version                 int          not null default 0
);

create index risk_path_idx on risk (jurisdiction_path text_pattern_ops);
create index risk_domain_idx on risk (domain_code);
create index risk_owner_idx on risk (owner_unit_id);
create index risk_review_idx on risk (next_review_date) where status <> 'CLOSED';
create index risk_level_idx on risk (level, score desc);

-- Every assessment (the first one included) with who, when and why: the risk's trend.
create table risk_assessment (
    id                   bigserial    primary key,
    risk_id              bigint       not null references risk (id),
    assessed_at          timestamptz  not null,
    assessed_by          varchar(64)  not null,
    reason               text         not null default '',
    likelihood           smallint     not null,
    impact               smallint     not null,
    score                smallint     not null,
    level                varchar(10)  not null check (level in ('LOW', 'MEDIUM', 'HIGH', 'EXTREME')),
    residual_likelihood  smallint,
    residual_impact      smallint,
    residual_score       smallint,
    residual_level       varchar(10)  check (residual_level in ('LOW', 'MEDIUM', 'HIGH', 'EXTREME')),
    controls             text         not null default ''
);

create index risk_assessment_risk_idx on risk_assessment (risk_id, assessed_at);
create index risk_assessment_time_idx on risk_assessment (assessed_at);

-- Treatment actions on a risk (they become supervised tasks when that module exists).
create table risk_treatment (
    id               bigserial    primary key,
    risk_id          bigint       not null references risk (id),
    title            varchar(300) not null,
    owner_unit_id    bigint       references unit (id),
    owner_unit_code  varchar(64),
    due_date         date         not null,
    status           varchar(12)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    note             text         not null default '',
    created_at       timestamptz  not null default now(),
    created_by       varchar(64)  not null,
    completed_at     timestamptz
);

create index risk_treatment_risk_idx on risk_treatment (risk_id);

-- Indicators linked to a risk (by code: the indicator module's tables belong to that module).
create table risk_indicator (
    risk_id         bigint       not null references risk (id),
    indicator_code  varchar(64)  not null,
    primary key (risk_id, indicator_code)
);

create index risk_indicator_code_idx on risk_indicator (indicator_code);
