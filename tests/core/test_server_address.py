"""A server address taken apart, and passwords taken out of every text that is shown."""

from __future__ import annotations

import pytest

from carebook.server_address import BadAddress, ServerAddress, parse, redact


def test_redact_takes_the_password_out_of_an_address_and_a_connection_string() -> None:
    assert redact("postgresql://ann:s3cr%40t@shop.lan:5433/shop") == "postgresql://ann@shop.lan:5433/shop"
    assert redact("postgres://ann:pw@h/db and postgresql://bob:x@h/db2") == (
        "postgres://ann@h/db and postgresql://bob@h/db2"
    )
    assert redact("host=h password=secret user=ann") == "host=h password=*** user=ann"
    assert redact("postgresql://ann@h/db?password=secret&sslmode=require") == (
        "postgresql://ann@h/db?password=***&sslmode=require"
    )
    assert redact("postgresql://ann@h/db") == "postgresql://ann@h/db"  # nothing to take out


def test_parse_keeps_the_password_apart_and_the_url_never_holds_it() -> None:
    address, password = parse("postgresql://ann:s3cr%40t@shop.lan/shop?sslmode=require&password=other")
    assert password == "s3cr@t"
    assert address == ServerAddress("shop.lan", 5432, "shop", "ann", (("sslmode", "require"),))
    assert address.url == "postgresql://ann@shop.lan/shop?sslmode=require"
    assert "s3cr" not in address.url and "other" not in address.url
    assert address.where == "shop on shop.lan:5432"
    assert parse("postgresql://ann@h:5433/db")[0].url == "postgresql://ann@h:5433/db"
    assert parse("postgres://h/db") == (ServerAddress("h", 5432, "db", ""), None)
    assert parse("postgresql://ann@h/db?password=only-here")[1] == "only-here"


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://ann:pw@/shop", "names no server"),
        ("postgresql://ann:pw@host/", "names no database"),
        ("postgresql://ann:pw@host:99999/shop", "cannot be used"),
        ("mysql://ann:pw@host/shop", "is not a postgresql:// address"),
    ],
)
def test_a_bad_address_is_refused_in_one_line_without_its_password(url: str, says: str) -> None:
    with pytest.raises(BadAddress, match=says) as refused:
        parse(url)
    assert "pw" not in str(refused.value) and "\n" not in str(refused.value)
