"""Use cases: what a person does in one go, as one core function each, above the services.

Each function takes plain values (str, int, date, datetime, bool, None), checks them all, writes in one
transaction and returns a frozen result; bad input raises ``ValidationError`` whose ``errors`` are keyed
by the field names the dialogs (and the CLI) know. The UI only maps fields to widgets and shows errors.

- ``log_contact``: log a contact with its optional new customer, scores and follow-up; edit a contact.
- ``customers``: add a customer or change one (with the "another customer has this email" rule).
- ``followups``: mark follow-ups done; the due date of a follow-up choice ("in 2 days", "next week").
- ``merge``: merge two customers, and the per-field choices and defaults a merge offers.
"""
