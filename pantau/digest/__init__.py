"""Email alert digests: select, group, escalate, render and build the message (pure)."""

from pantau.digest.grouping import group_stories, same_event
from pantau.digest.mailconfig import (
    MailSettings,
    SmtpSettings,
    ledger_key,
    mail_settings_from_env,
    smtp_settings_from_env,
)
from pantau.digest.message import build_message
from pantau.digest.model import (
    AlertRow,
    DigestPlan,
    Reason,
    RenderedDigest,
    SentItem,
    Story,
)
from pantau.digest.render import render_digest
from pantau.digest.select import DEFAULT_CAP, escalation_reasons, plan_digest
from pantau.records import WIB

__all__ = [
    "DEFAULT_CAP",
    "WIB",
    "AlertRow",
    "DigestPlan",
    "MailSettings",
    "Reason",
    "RenderedDigest",
    "SentItem",
    "SmtpSettings",
    "Story",
    "build_message",
    "escalation_reasons",
    "group_stories",
    "ledger_key",
    "mail_settings_from_env",
    "plan_digest",
    "render_digest",
    "same_event",
    "smtp_settings_from_env",
]
