"""E-mail reader (.eml): subject, sender, date and body, plus attachments to import separately.

Attached e-mails are passed on whole, each with the e-mails nested in it; the importer reads them
in turn and stops at a stated depth (limits.MAX_EMAIL_DEPTH), naming in its report what lies
deeper, so a message nested in itself a thousand times costs a few documents and one line.
"""

from __future__ import annotations

import logging
import re
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import PurePosixPath

from ...models import Attachment, ReadResult
from ..metadata import looks_like_organisation, parse_date
from .html import html_to_text
from .limits import Unreadable
from .text import decode_bytes, normalise_newlines

log = logging.getLogger(__name__)

_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f]")


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception as exc:  # a malformed header must not cost us the body
        log.debug("unreadable %s header: %s", name, exc)
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _sender(message: EmailMessage) -> tuple[str | None, str | None]:
    """(author, issuer_hint) from From: the display name, or the address when there is none."""
    try:
        addresses = message["from"].addresses if message["from"] is not None else ()
    except Exception:  # noqa: BLE001 - headers the policy could not parse
        addresses = ()
    if not addresses:
        raw = _header(message, "from")
        return (raw or None), None
    name = addresses[0].display_name.strip() or None
    author = name or addresses[0].addr_spec or None
    return author, name if name and looks_like_organisation(name) else None


def _part_text(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError):  # unknown charset or broken encoding
        payload = part.get_payload(decode=True)
        content = decode_bytes(payload)[0] if isinstance(payload, bytes) else ""
    if isinstance(content, bytes):
        content = decode_bytes(content)[0]
    return str(content)


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if not isinstance(part, EmailMessage):
        return ""
    content = _part_text(part)
    if part.get_content_type() == "text/html":
        try:
            return html_to_text(content)
        except Unreadable:
            return ""
    return normalise_newlines(content).strip()


def safe_name(name: str, index: int) -> str:
    """An attachment's file name without folders or control characters (names are untrusted)."""
    base = _UNSAFE_NAME_CHARS.sub("", name).replace("\\", "/")
    base = PurePosixPath(base).name.strip()
    return base or f"attachment-{index}"


def _attachment_data(part: EmailMessage) -> bytes | None:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        nested = inner[0] if isinstance(inner, list) and inner else None
        if not isinstance(nested, Message):
            return None
        return nested.as_bytes(policy=policy.default)
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else None


def _attachments(message: EmailMessage, supported: frozenset[str]) -> tuple[list[Attachment], list[str]]:
    found: list[Attachment] = []
    warnings: list[str] = []
    for index, part in enumerate(message.iter_attachments(), start=1):
        is_message = part.get_content_type() == "message/rfc822"
        name = safe_name(part.get_filename() or ("message.eml" if is_message else ""), index)
        suffix = PurePosixPath(name).suffix.lower()
        if is_message and suffix != ".eml":
            name, suffix = f"{name}.eml", ".eml"
        if suffix not in supported:
            warnings.append(f"attachment {name!r} skipped: its type is not supported")
            continue
        data = _attachment_data(part)
        if not data:
            warnings.append(f"attachment {name!r} skipped: it is empty or damaged")
            continue
        found.append(Attachment(name=name, data=data))
    return found, warnings


_NESTED = re.compile(rb"^content-type:[ \t]*message/rfc822", re.IGNORECASE | re.MULTILINE)


def nested_messages(data: bytes) -> int:
    """How many e-mails an e-mail's bytes hold attached, at any depth (counted without parsing:
    only to say how many were left out)."""
    return len(_NESTED.findall(data))


def read_email(data: bytes, supported: frozenset[str]) -> ReadResult:
    """Read an .eml file's bytes; attachments with a suffix in `supported` are returned whole."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    if not isinstance(message, EmailMessage) or not message.keys():
        raise Unreadable("not an e-mail message (no headers)")
    author, issuer = _sender(message)
    date = parse_date(_header(message, "date"))
    attachments, warnings = _attachments(message, supported)
    text = _body(message)
    if not text and not attachments:
        raise Unreadable("the message has no text and no attachments we can read")
    return ReadResult(
        text=text,
        format="eml",
        title=_header(message, "subject") or None,
        date=date,
        date_source="header" if date else None,
        issuer_hint=issuer,
        author=author,
        attachments=tuple(attachments),
        warnings=tuple(warnings),
    )
