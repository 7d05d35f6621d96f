"""Stored vocabularies. The UI shows translated labels; these values are what the database holds."""

from __future__ import annotations

from carebook.marks import N_
from carebook.translation import _

CHANNELS: tuple[str, ...] = ("phone", "email", "in_person", "social", "sms", "chat", "self_service")
DIRECTIONS: tuple[str, ...] = ("inbound", "outbound")
REASONS: tuple[str, ...] = (
    "inquiry",
    "problem",
    "technical",
    "order_return",
    "billing",
    "recommendation",
    "complaint",
    "compliment",
    "other",
)
STATUSES: tuple[str, ...] = ("open", "resolved")
PRIORITIES: tuple[str, ...] = ("normal", "high")
ROLES: tuple[str, ...] = ("owner", "staff")
FEEDBACK_KINDS: tuple[str, ...] = ("csat", "nps", "ces")

# Inclusive score ranges per feedback kind.
SCORE_RANGES: dict[str, tuple[int, int]] = {"csat": (1, 5), "nps": (0, 10), "ces": (1, 7)}

# English labels for the CLI and the PDF (marked for the core's catalogue: the PDF shows them in the report's
# language; the UI translates its own through tr()).
CHANNEL_LABELS: dict[str, str] = {
    "phone": N_("Phone"),
    "email": N_("Email"),
    "in_person": N_("In person"),
    "social": N_("Social media"),
    "sms": N_("SMS"),
    "chat": N_("Chat"),
    "self_service": N_("Self-service"),
}
REASON_LABELS: dict[str, str] = {
    "inquiry": N_("Inquiry"),
    "problem": N_("Problem"),
    "technical": N_("Technical"),
    "order_return": N_("Order / return"),
    "billing": N_("Billing"),
    "recommendation": N_("Recommendation"),
    "complaint": N_("Complaint"),
    "compliment": N_("Compliment"),
    "other": N_("Other"),
}
KIND_LABELS: dict[str, str] = {"csat": "CSAT", "nps": "NPS", "ces": "CES"}


def check_choice(value: str, allowed: tuple[str, ...], field: str) -> str:
    """Return ``value`` normalised (trimmed, lower case) or raise ValidationError naming the field."""
    from carebook.errors import ValidationError

    cleaned = (value or "").strip().lower().replace(" ", "_").replace("-", "_")
    if cleaned not in allowed:
        raise ValidationError(
            field, _("'{value}' is not one of: {allowed}").format(value=value, allowed=", ".join(allowed))
        )
    return cleaned


def check_score(kind: str, score: int | str, field: str = "score") -> int:
    """Validate a score for its kind; raise ValidationError for out-of-range or non-numbers."""
    from carebook.errors import ValidationError
    from carebook.integers import parse_int

    kind = check_choice(kind, FEEDBACK_KINDS, "kind")
    low, high = SCORE_RANGES[kind]
    number = parse_int(
        score, field, expected=_("a whole number from {low} to {high}").format(low=low, high=high)
    )
    if not low <= number <= high:
        raise ValidationError(
            field,
            _("{kind} scores go from {low} to {high}, not {number}").format(
                kind=KIND_LABELS[kind], low=low, high=high, number=number
            ),
        )
    return number
