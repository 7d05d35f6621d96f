"""``N_``: marks a string for the translation catalogue without translating it (gettext's convention), for
text defined when a module loads (vocabulary labels, table headings); it is translated where it is shown
(``carebook.i18n._``). A leaf module, so that the lowest layers can mark their words too."""

from __future__ import annotations


def N_(text: str) -> str:  # gettext's name for "mark for translation, translate later"
    return text
