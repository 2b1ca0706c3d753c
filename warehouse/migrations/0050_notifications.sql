-- Chat notifications (pantau notify): the exactly-once ledger, per channel and cadence.

-- notifications: appended, one row per delivered send to one channel, in the same
-- transaction as its notification_items. channel_id is the first 16 hex digits of the
-- SHA-256 of the channel's Apprise URL (never the URL: it carries tokens).
CREATE SEQUENCE notification_id_seq;
CREATE TABLE notifications (
    notification_id BIGINT PRIMARY KEY,
    channel_id      VARCHAR NOT NULL,
    cadence         VARCHAR NOT NULL,      -- 'instant' | 'daily'
    channel         VARCHAR NOT NULL,      -- its label: scheme and masked host, then the id
    messages        INTEGER NOT NULL,      -- chat messages delivered in this send
    stories         INTEGER NOT NULL,      -- stories named in them
    more            INTEGER NOT NULL,      -- stories only counted ("and N more")
    window_start    TIMESTAMPTZ,
    window_end      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL
);

-- notification_items: appended with their notification; one row per article accounted for.
-- role 'shown': the story was named; 'folded': a further report of a story already named
-- that did not escalate; 'counted': the story was only counted in the "and N more" message.
CREATE TABLE notification_items (
    notification_id BIGINT NOT NULL,
    channel_id      VARCHAR NOT NULL,
    cadence         VARCHAR NOT NULL,
    story_key       VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    source_id       VARCHAR NOT NULL,
    role            VARCHAR NOT NULL,      -- 'shown' | 'folded' | 'counted'
    supplier        VARCHAR,
    recipient       VARCHAR,
    items           VARCHAR[],
    PRIMARY KEY (notification_id, article_id)
);
