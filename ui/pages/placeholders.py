"""Stand-in pages with an empty state, used until a page's own module exists (see ``ui.pages``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.dialogs import launcher
from ui.pages.base import Page, standard_layout
from ui.widgets.empty_state import Action, EmptyState


class PlaceholderPage(Page):
    """A page showing only its heading and an empty state that says what to do next."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = standard_layout(self)
        layout.addWidget(self.header(self.subtitle()))
        self.empty = EmptyState(self.icon_name, self.empty_title(), self.empty_text(), self.actions(), self)
        layout.addWidget(self.empty, 1)

    def subtitle(self) -> str:
        return ""

    def empty_title(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def actions(self) -> list[Action]:
        return []

    def focus_default(self) -> None:
        if self.empty.buttons:
            self.empty.buttons[0].setFocus()

    # shared actions
    def _log_contact(self) -> Action:
        return (
            QCoreApplication.translate("pages", "Log a contact"),
            "log-contact",
            lambda: launcher.open_contact_dialog(self.ctx, self),
        )

    def _new_customer(self) -> Action:
        return (
            QCoreApplication.translate("pages", "Add a customer"),
            "add",
            lambda: launcher.open_customer_dialog(self.ctx, self),
        )

    def _new_followup(self) -> Action:
        return (
            QCoreApplication.translate("pages", "Plan a follow-up"),
            "new-followup",
            lambda: launcher.open_followup_dialog(self.ctx, self),
        )


class TodayPlaceholder(PlaceholderPage):
    page_id = "today"
    icon_name = "today"

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Today")

    def empty_title(self) -> str:
        return QCoreApplication.translate("pages", "Nothing is due today")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "pages",
            "Follow-ups you plan show up here on the day they are due. Log a contact with Ctrl+L, "
            "or plan a follow-up with Ctrl+Shift+N.",
        )

    def actions(self) -> list[Action]:
        return [self._log_contact(), self._new_followup()]


class CustomersPlaceholder(PlaceholderPage):
    page_id = "customers"
    icon_name = "customers"

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Customers")

    def empty_title(self) -> str:
        return QCoreApplication.translate("pages", "Your customers will be listed here")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "pages", "Add a customer with Ctrl+N. Find one by name, email or phone with Ctrl+K."
        )

    def actions(self) -> list[Action]:
        return [self._new_customer()]


class ContactsPlaceholder(PlaceholderPage):
    page_id = "contacts"
    icon_name = "contacts"

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Contacts")

    def empty_title(self) -> str:
        return QCoreApplication.translate("pages", "Every call, email and visit in one log")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "pages", "Log a contact with Ctrl+L when a customer calls, writes or comes by the shop."
        )

    def actions(self) -> list[Action]:
        return [self._log_contact()]


class FollowupsPlaceholder(PlaceholderPage):
    page_id = "followups"
    icon_name = "followups"

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Follow-ups")

    def empty_title(self) -> str:
        return QCoreApplication.translate("pages", "No follow-ups planned")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "pages",
            "Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due.",
        )

    def actions(self) -> list[Action]:
        return [self._new_followup()]


class SatisfactionPlaceholder(PlaceholderPage):
    page_id = "satisfaction"
    icon_name = "satisfaction"

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Satisfaction")

    def empty_title(self) -> str:
        return QCoreApplication.translate("pages", "How happy are your customers?")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "pages",
            "Record a satisfaction score when you log a contact (Ctrl+L); the month's CSAT, NPS and "
            "effort figures appear here.",
        )

    def actions(self) -> list[Action]:
        return [self._log_contact()]


class ReportsPlaceholder(PlaceholderPage):
    page_id = "reports"
    icon_name = "reports"

    def title(self) -> str:
        return QCoreApplication.translate("pages", "Reports")

    def empty_title(self) -> str:
        return QCoreApplication.translate("pages", "Monthly summaries")

    def empty_text(self) -> str:
        return QCoreApplication.translate(
            "pages", "A one-page PDF of each month's contacts, follow-ups and satisfaction will be made here."
        )


PLACEHOLDERS: dict[str, type[Page]] = {
    cls.page_id: cls
    for cls in (
        TodayPlaceholder,
        CustomersPlaceholder,
        ContactsPlaceholder,
        FollowupsPlaceholder,
        SatisfactionPlaceholder,
        ReportsPlaceholder,
    )
}
