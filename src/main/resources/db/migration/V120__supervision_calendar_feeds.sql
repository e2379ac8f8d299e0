-- Calendar feeds (iCalendar, RFC 5545) of supervision deadlines: one secret token per user in the feed's URL, so that
-- Outlook and phone calendars can subscribe without signing in. Only the token's SHA-256 is kept; the URL is shown once,
-- when the token is made. A revoked token, like one never issued, answers 404.
create table supervision_calendar_feed (
    id            bigserial    primary key,
    user_id       bigint       not null references app_user (id),
    username      varchar(100) not null,
    token_sha256  varchar(64)  not null unique,
    created_at    timestamptz  not null default now(),
    revoked_at    timestamptz,
    last_read_at  timestamptz
);
create unique index supervision_calendar_feed_active_idx on supervision_calendar_feed (user_id) where revoked_at is null;
