"""Shop settings: declared keys, validation naming every bad field, time zone applied."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from carebook import clock, settings
from carebook.errors import ValidationError
from carebook.shop import close_shop, open_shop


def test_every_bad_field_is_reported_and_nothing_is_saved(db: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.update(shop_name="Corner Shop", phone_region="XX", time_zone="Mars/Base")
    assert set(caught.value.errors) == {"phone_region", "time_zone"}
    assert settings.get("shop_name") == ""


def test_settings_are_stored_and_shared_with_the_next_opening(db: Path) -> None:
    settings.update(shop_name="  Ødegård Sykkel  ", phone_region="no", paper_size="letter")
    close_shop()
    open_shop(db)
    assert settings.current().shop_name == "Ødegård Sykkel"
    assert settings.get("phone_region") == "NO"
    assert settings.get("paper_size") == "Letter"


def test_time_zone_setting_moves_local_time(db: Path) -> None:
    settings.update(time_zone="Europe/Oslo")
    assert clock.to_local(datetime(2026, 10, 31, 23, 30)) == datetime(2026, 11, 1, 0, 30)
    settings.update(time_zone="America/New_York")
    assert clock.to_local(datetime(2026, 7, 1, 12, 0)) == datetime(2026, 7, 1, 8, 0)


def test_undeclared_keys_are_a_programming_error(db: Path) -> None:
    with pytest.raises(KeyError):
        settings.get("colour")
    with pytest.raises(KeyError):
        settings.update(colour="red")
