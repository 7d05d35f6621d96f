"""The core's own messages in the language the app chose (``i18n.set_default``): on every thread, under
any ``using``; English when nothing chose one (the command line)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from carebook import i18n
from carebook.errors import ValidationError
from carebook.metrics import display_number
from carebook.translation import _, ngettext


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_default("de")
    yield
    i18n.set_default(i18n.SOURCE)


def test_without_a_chosen_language_the_messages_are_english() -> None:
    assert display_number(None) == "n/a"
    assert ValidationError("phone").errors == {"phone": "is not valid"}
    assert ngettext("{0} row", "{0} rows", 1200) == "1200 rows"  # as the command line always wrote it


def test_the_apps_language_reaches_every_thread(german: None) -> None:
    seen: list[str] = []
    worker = threading.Thread(target=lambda: seen.append(display_number(None)))
    worker.start()
    worker.join()
    assert seen == ["k. A."] and display_number(None) == "k. A."
    assert i18n.current().code == "de"


def test_a_using_inside_the_app_wins_and_ends(german: None) -> None:
    with i18n.using("en"):
        assert _("n/a") == "n/a"
    assert _("n/a") == "k. A."


def test_back_to_english_and_a_bad_code_refused(german: None) -> None:
    i18n.set_default("en")
    assert _("n/a") == "n/a"
    with pytest.raises(ValidationError):
        i18n.set_default("tlh")


def test_an_email_check_keeps_the_validators_english_words_only_in_english() -> None:
    from carebook.contact_info import normalise_email

    with pytest.raises(ValidationError) as english:
        normalise_email("ingrid@@fjord")
    assert english.value.errors["email"].startswith("'ingrid@@fjord' is not a valid email address (")
    i18n.set_default("de")
    try:
        with pytest.raises(ValidationError) as german:
            normalise_email("ingrid@@fjord")
    finally:
        i18n.set_default(i18n.SOURCE)
    assert german.value.errors == {"email": "„ingrid@@fjord“ ist keine gültige E-Mail-Adresse"}
