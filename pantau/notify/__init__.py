"""Chat alerts: channel identity and cadence, and messages rendered for phones (pure)."""

from pantau.notify.channels import Cadence, ChannelInfo, cadences_of, channel_id
from pantau.notify.render import MESSAGE_CAP, ChatMessage, render_messages

__all__ = [
    "MESSAGE_CAP",
    "Cadence",
    "ChannelInfo",
    "ChatMessage",
    "cadences_of",
    "channel_id",
    "render_messages",
]
