"""Erase on a server shop, in every run (the PostgreSQL leg runs test_privacy.py itself on a server too):
after ``erase`` the erased text is in none of the files of the shop's database in the server's data folder."""

from __future__ import annotations

from carebook.db import database
from carebook.services import privacy
from tests.core.services.test_privacy import SECRETS, _person, _stored_bytes


def test_erased_text_leaves_the_servers_table_and_index_files(server_shop: str) -> None:
    customer_id = _person()
    before = _stored_bytes(server_shop)
    assert all(secret.encode() in before for secret in SECRETS[:2])  # the test can see them
    privacy.erase(customer_id)
    data = _stored_bytes(server_shop)
    assert [s for s in SECRETS for form in (s, s.lower()) if form.encode() in data] == []
    row = database.execute_sql("SELECT name FROM customer WHERE id = %s", (customer_id,)).fetchone()
    assert row[0] == f"Erased customer #{customer_id}"
