-- Fetch state that outlives a run: per-feed validators and health, and the page queue.

-- source_state: upserted after every attempt at a feed (in the transaction that queues
-- its new entries). Validators are sent only while validators_trusted; consecutive
-- failures set next_attempt_at, before which the feed is skipped.
CREATE TABLE source_state (
    source_id            VARCHAR PRIMARY KEY,
    etag                 VARCHAR,
    last_modified        VARCHAR,
    body_hash            VARCHAR,               -- sha256 of the last 200 body
    validators_trusted   BOOLEAN NOT NULL DEFAULT TRUE,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      TIMESTAMPTZ,
    last_attempt_at      TIMESTAMPTZ,
    last_success_at      TIMESTAMPTZ,
    last_error           VARCHAR,
    updated_at           TIMESTAMPTZ NOT NULL
);

-- page_queue: a row is inserted for each new article link when its feed is recorded, so a
-- killed run loses nothing; it is deleted in the transaction that stores the article for
-- good, or updated there to 'retry' (with next_attempt_at) or 'gave_up' after the last attempt.
CREATE TABLE page_queue (
    article_id      VARCHAR PRIMARY KEY,
    source_id       VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    title           VARCHAR,
    summary         VARCHAR,
    published_at    TIMESTAMPTZ,
    author          VARCHAR,
    state           VARCHAR NOT NULL,           -- 'pending' | 'retry' | 'gave_up'
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_reason     VARCHAR,
    next_attempt_at TIMESTAMPTZ,
    first_seen_at   TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
