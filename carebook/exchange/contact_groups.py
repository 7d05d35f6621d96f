"""The groups an address book adds by itself, which are not a shop's tags.

Google Contacts puts every contact in ``myContacts`` and a starred one in ``starred`` (in its vCard
CATEGORIES, and as ``* myContacts`` in its CSV "Labels"); older exports name them "System Group: My
Contacts" and Android "Starred in Android". A label the user made ("Customers") stays a tag.
"""

from __future__ import annotations

from collections.abc import Iterable

_SYSTEM = frozenset(
    {
        "mycontacts",
        "starred",
        "chatbuddies",
        "system group: my contacts",
        "system group: starred",
        "starred in android",
    }
)


def is_system_group(name: str) -> bool:
    """Whether ``name`` is a group an address book made by itself (any case, a leading ``*`` ignored)."""
    return name.strip().lstrip("*").strip().casefold() in _SYSTEM


def user_groups(names: Iterable[str]) -> list[str]:
    """The names that are not system groups, in their order."""
    return [name for name in names if not is_system_group(name)]
