"""SMTP delivery: the only module that speaks smtplib; every failure is one DeliveryError."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage

from pantau.digest.mailconfig import SmtpSettings
from pantau.errors import DeliveryError


def _reply(code: int, text: bytes | str) -> str:
    raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(raw.split())}".strip()


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    cafile = str(settings.ca_file) if settings.ca_file else None
    return ssl.create_default_context(cafile=cafile)


class SmtpSession:
    """An open, authenticated SMTP connection that sends one message at a time."""

    def __init__(self, client: smtplib.SMTP, settings: SmtpSettings) -> None:
        self._client = client
        self._where = f"{settings.host}:{settings.port}"

    def send(self, message: EmailMessage) -> None:
        """Hand one message to the server; return only once it has accepted it."""
        try:
            refused = self._client.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            who, (code, text) = next(iter(exc.recipients.items()))
            raise DeliveryError(
                f"SMTP server refused recipient {who}: {_reply(code, text)}"
            ) from None
        except smtplib.SMTPSenderRefused as exc:
            raise DeliveryError(
                f"SMTP server refused sender {exc.sender}: {_reply(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except smtplib.SMTPDataError as exc:
            raise DeliveryError(
                f"SMTP server rejected the message: {_reply(exc.smtp_code, exc.smtp_error)}"
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"sending via {self._where} failed: {_describe(exc)}") from None
        if refused:
            who, (code, text) = next(iter(refused.items()))
            raise DeliveryError(f"SMTP server refused recipient {who}: {_reply(code, text)}")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split()) or type(exc).__name__


def _open(settings: SmtpSettings) -> smtplib.SMTP:
    # gethostname, not smtplib's default getfqdn: a reverse DNS lookup can stall for seconds.
    local = socket.gethostname() or "localhost"
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            local_hostname=local,
            timeout=settings.timeout,
            context=_tls_context(settings),
        )
    client = smtplib.SMTP(
        settings.host, settings.port, local_hostname=local, timeout=settings.timeout
    )
    if settings.security == "starttls":
        try:
            client.starttls(context=_tls_context(settings))
        except BaseException:
            client.close()
            raise
    return client


@contextmanager
def smtp_session(settings: SmtpSettings) -> Iterator[SmtpSession]:
    """Connect, secure and log in as configured; raise DeliveryError with one clear line."""
    where = f"{settings.host}:{settings.port}"
    try:
        client = _open(settings)
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(
            f"SMTP server {where} does not offer STARTTLS; on a trusted network, send without"
            " TLS with PANTAU_SMTP_SECURITY=none (or use ssl if the port expects TLS at once)"
        ) from None
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(
            f"TLS certificate of {where} not trusted: {exc.verify_message}"
        ) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"cannot reach SMTP server {where}: {_describe(exc)}") from None
    try:
        if settings.user and settings.password is not None:
            try:
                client.login(settings.user, settings.password)
            except smtplib.SMTPAuthenticationError as exc:
                raise DeliveryError(
                    f"SMTP server {where} refused the login of {settings.user}: "
                    f"{_reply(exc.smtp_code, exc.smtp_error)}"
                ) from None
            except smtplib.SMTPNotSupportedError:
                raise DeliveryError(f"SMTP server {where} does not offer AUTH") from None
            except (smtplib.SMTPException, OSError) as exc:
                raise DeliveryError(f"login at {where} failed: {_describe(exc)}") from None
        yield SmtpSession(client, settings)
    finally:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
