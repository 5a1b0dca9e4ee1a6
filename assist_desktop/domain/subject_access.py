"""The subject access log: requests she makes to the centre for her data (received), and
requests the centre makes for her, e.g. to the Home Office for her immigration file (made).

The time limit is data, not code: the deadline rules "sar-response" (one month from receipt)
and "sar-response-extended" (three months from receipt, for complex or numerous requests),
UK GDPR / GDPR Art. 12(3), in resources/rules/deadline_rules.json, editable by an
administrator like any other rule. `due_on` is worked out from them by the service whenever
the received date or the extension changes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assist_desktop.domain.errors import AssistError, ValidationError
from assist_desktop.domain.records import ClientRecord, check_date, check_enum, check_text

RULE = "sar-response"
EXTENDED_RULE = "sar-response-extended"


class SarDirection(StrEnum):
    RECEIVED = "received"   # she asked the centre for her data
    MADE = "made"           # the centre asked another body (the Home Office) for her data


@dataclass(frozen=True, kw_only=True)
class SarRequest(ClientRecord):
    direction: SarDirection = SarDirection.RECEIVED
    received_on: date                     # received by the centre / sent by the centre
    organisation: str = ""                # for a request made: who it went to
    identity_checked_on: date | None = None
    identity_method: str = ""
    extended: bool = False
    extension_reason: str = ""
    extension_told_on: date | None = None
    due_on: date | None = None            # worked out by the service from the rules
    sent_on: date | None = None           # received: package sent; made: her file received
    notes: str = ""
    recorded_by: int | None = None

    def validate(self) -> None:
        check_enum("direction", self.direction, SarDirection)
        check_date("received_on", self.received_on, required=True)
        check_text("organisation", self.organisation, limit=500)
        check_date("identity_checked_on", self.identity_checked_on)
        check_text("identity_method", self.identity_method, limit=500)
        check_text("extension_reason", self.extension_reason, limit=2000)
        check_date("extension_told_on", self.extension_told_on)
        check_date("sent_on", self.sent_on)
        check_text("notes", self.notes, limit=20_000)
        if self.sent_on is not None and self.sent_on < self.received_on:
            raise ValidationError("sent_on", "is before the request was received")
        if self.direction == SarDirection.MADE and not self.organisation.strip():
            raise ValidationError("organisation", "is required for a request the centre makes "
                                                  "(e.g. Home Office)")
        if self.extended and not self.extension_reason.strip():
            raise ValidationError("extension_reason", "is required when the time is extended "
                                                      "(complex or numerous requests)")

    @property
    def is_open(self) -> bool:
        return self.sent_on is None and not self.is_deleted


class IdentityNotChecked(AssistError):
    """Her copy was asked for while the SAR log records her identity as not yet checked:
    sending a stranger her file would be a breach (UK GDPR Art. 12(6)). Made only when the
    solicitor confirms she has been identified another way (audited)."""

    def __init__(self, message: str = (
            "Her identity is recorded as not yet checked on the subject access log. Check "
            "it and record how (the log's Identity checked date) before her copy is made, or "
            "confirm that you are sure who is asking (this is recorded in the audit log).")):
        super().__init__(message)
