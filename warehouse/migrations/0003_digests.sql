-- Email digests: the exactly-once ledger, per mailbox.

-- digests: appended, one row per email the SMTP server accepted, in the same transaction
-- as its digest_items. digest_id is drawn from the sequence before sending (gaps are fine).
CREATE SEQUENCE digest_id_seq;
CREATE TABLE digests (
    digest_id    BIGINT PRIMARY KEY,
    mail_to      VARCHAR NOT NULL,         -- bare address, lower-cased
    message_id   VARCHAR NOT NULL,
    subject      VARCHAR NOT NULL,
    stories      INTEGER NOT NULL,         -- shown in this email
    more         INTEGER NOT NULL,         -- left for a later digest by the cap
    window_start TIMESTAMPTZ,
    window_end   TIMESTAMPTZ NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL
);

-- digest_items: appended with their digest; one row per article accounted for.
-- role 'shown': the article's story was in the email; 'folded': a further report of a
-- story already shown that did not escalate. supplier/recipient/items are what was shown.
CREATE TABLE digest_items (
    digest_id  BIGINT NOT NULL,
    mail_to    VARCHAR NOT NULL,
    story_key  VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    source_id  VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,           -- 'shown' | 'folded'
    supplier   VARCHAR,
    recipient  VARCHAR,
    items      VARCHAR[],
    PRIMARY KEY (digest_id, article_id)
);
