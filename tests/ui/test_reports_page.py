"""The Reports page: last month's summary PDF shown in the window, other months built off the UI thread
(the newest request wins), errors shown in the page, a rebuild when the page is shown after the data
changed, zoom and page navigation, keyboard access. Save as, Print and Open: test_reports_output.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from carebook import reports
from carebook.clock import Month
from carebook.errors import StorageError
from carebook.services import interactions
from tests.ui.reports_support import (
    EMPTY_MONTH,
    LAST_MONTH,
    SUMMARIES,
    TIMEOUT,
    document_text,
    local,
    make_page,
    seed,
    show_last_month,
    wait_for_pdf,
)
from ui.context import AppContext
from ui.pages.reports import ReportsPage
from ui.widgets.month_picker import month_label


@pytest.fixture
def seeded(ctx: AppContext) -> dict[str, int]:
    return seed(ctx)


@pytest.fixture
def page(ctx: AppContext, qtbot) -> Iterator[ReportsPage]:  # type: ignore[no-untyped-def]
    widget = make_page(ctx, qtbot)
    yield widget
    widget.shutdown()


def shown(page: ReportsPage, seeded: dict[str, int], qtbot) -> ReportsPage:  # type: ignore[no-untyped-def]
    return show_last_month(page, qtbot)


# -- building and showing ---------------------------------------------------------------------------
def test_opens_on_last_month_and_shows_its_pdf(page: ReportsPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.month() == LAST_MONTH
    assert not page.save_action.isEnabled()  # nothing to save before the PDF is there
    page.refresh()
    wait_for_pdf(page, qtbot, LAST_MONTH)

    document = page.viewer.document
    count = document.pageCount()
    assert count >= 3  # figures, charts, and an appendix of 45 contacts
    assert page.stack.currentWidget() is page.viewer
    assert page.viewer.page_spin.text() == f"Page 1 of {count}"
    assert page.viewer.page_spin.maximum() == count
    assert f"{count} pages" in page.subtitle_label.text()
    assert month_label(LAST_MONTH) in page.subtitle_label.text()
    text = document_text(document)
    assert "Ada Lovelace" in text and "Bob Builder" in text
    assert SUMMARIES[0] in text
    assert all(action.isEnabled() for action in (page.save_action, page.print_action, page.open_action))


def test_an_empty_month_shows_the_one_page_nothing_recorded_summary(page: ReportsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.picker.set_month(EMPTY_MONTH)
    wait_for_pdf(page, qtbot, EMPTY_MONTH)
    assert page.viewer.document.pageCount() == 1
    assert page.viewer.page_spin.text() == "Page 1 of 1"
    assert f"No contacts recorded in {EMPTY_MONTH.label()}" in document_text(page.viewer.document)


def test_the_newest_month_asked_for_wins_and_the_busy_state_names_it(
    page: ReportsPage, seeded, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    real = reports.build_monthly_report_bytes
    release = threading.Event()
    asked: list[Month] = []

    def slow(month: Month) -> bytes:
        asked.append(month)
        release.wait(TIMEOUT / 1000)
        return real(month)

    monkeypatch.setattr(reports, "build_monthly_report_bytes", slow)
    page.refresh()  # last month: held back until released
    qtbot.waitUntil(lambda: asked == [LAST_MONTH], timeout=TIMEOUT)
    assert page.stack.currentWidget() is page.busy_state
    assert page.busy_state.title_label.text() == f"Making the summary for {month_label(LAST_MONTH)}…"
    assert not page.print_action.isEnabled()

    page.picker.set_month(EMPTY_MONTH)  # supersedes last month while it is still being made
    assert page.busy_state.title_label.text() == f"Making the summary for {month_label(EMPTY_MONTH)}…"
    release.set()
    wait_for_pdf(page, qtbot, EMPTY_MONTH)
    page.runner.wait_idle()
    QCoreApplication.processEvents()  # deliver any answer still queued: the stale one is dropped
    assert page.shown_month == EMPTY_MONTH
    assert page.viewer.document.pageCount() == 1
    assert "No contacts recorded" in document_text(page.viewer.document)


def test_a_build_error_is_shown_in_the_page_and_try_again_recovers(
    page: ReportsPage, seeded, qtbot, msgboxes, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    real = reports.build_monthly_report_bytes

    def broken(month: Month) -> bytes:
        raise StorageError("The database is busy in another Carebook window or program; try again.")

    monkeypatch.setattr(reports, "build_monthly_report_bytes", broken)
    page.refresh()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.error_state, timeout=TIMEOUT)
    assert (
        page.error_state.title_label.text() == f"The summary for {month_label(LAST_MONTH)} could not be made"
    )
    assert page.error_state.text_label.text().startswith("The database is busy")
    assert not page.save_action.isEnabled() and not page.print_action.isEnabled()
    assert msgboxes.calls == []  # in the page, not a pop-up

    monkeypatch.setattr(reports, "build_monthly_report_bytes", real)
    page.error_state.buttons[0].click()  # Try again
    wait_for_pdf(page, qtbot, LAST_MONTH)
    assert page.stack.currentWidget() is page.viewer


def test_an_unexpected_failure_is_a_message_too(page: ReportsPage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(reports, "build_monthly_report_bytes", lambda month: b"this is not a PDF")
    page.refresh()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.error_state, timeout=TIMEOUT)
    assert page.error_state.text_label.text() == "The PDF that was made cannot be shown."


def test_data_changed_rebuilds_only_when_the_page_is_shown_again(
    page: ReportsPage, seeded, ctx: AppContext, qtbot
) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    builds = page.builds
    page.hide()
    interactions.log(
        seeded["ada"],
        channel="sms",
        summary="Saddle recall notice acknowledged",
        occurred_at=local(LAST_MONTH, 28),
    )
    ctx.notify_data_changed()
    ctx.notify_data_changed()
    QCoreApplication.processEvents()
    assert page.builds == builds  # nothing is built while hidden
    assert page.stale

    page.show()
    qtbot.waitUntil(lambda: page.builds == builds + 1, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: "Saddle recall notice" in document_text(page.viewer.document) and not page.runner.busy(),
        timeout=TIMEOUT,
    )
    assert page.builds == builds + 1 and not page.stale


def test_the_main_window_builds_the_reports_page_lazily(main_window, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = main_window.page("reports")
    assert isinstance(page, ReportsPage)
    assert main_window.current_page() is not page
    assert page.builds == 0  # a page never shown builds nothing
    main_window.show_page("reports")
    wait_for_pdf(page, qtbot, LAST_MONTH)
    builds = page.builds
    main_window.show_page("today")
    ctx.notify_data_changed()
    QCoreApplication.processEvents()
    assert page.builds == builds
    main_window.show_page("reports")
    assert page.builds == builds + 1
    wait_for_pdf(page, qtbot, LAST_MONTH)


def test_alt_up_and_down_change_the_month(page: ReportsPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    page.previous_record()
    assert page.month() == LAST_MONTH.prev()
    wait_for_pdf(page, qtbot, LAST_MONTH.prev())
    page.next_record()
    page.next_record()
    page.next_record()
    assert page.month() == Month.current()  # never past this month


# -- viewer: pages and zoom -------------------------------------------------------------------------
def test_page_navigation_by_buttons_and_by_typing(page: ReportsPage, seeded, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    viewer = page.viewer
    count = viewer.page_count()
    assert not viewer.previous_page_button.isEnabled()
    viewer.next_page_button.click()
    assert viewer.current_page() == 1 and viewer.page_spin.text() == f"Page 2 of {count}"
    viewer.page_spin.setFocus()
    viewer.page_spin.selectAll()
    qtbot.keyClicks(viewer.page_spin, str(count))
    qtbot.keyClick(viewer.page_spin, Qt.Key.Key_Return)
    assert viewer.current_page() == count - 1
    assert not viewer.next_page_button.isEnabled()
    viewer.previous_page_button.click()
    assert viewer.current_page() == count - 2


def test_zoom_controls_and_the_zoom_is_remembered(page: ReportsPage, seeded, ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    shown(page, seeded, qtbot)
    viewer = page.viewer
    assert viewer.zoom_mode() == "fit_width" and viewer.fit_width_button.isChecked()
    viewer.fit_page_button.click()
    assert viewer.zoom_mode() == "fit_page" and viewer.fit_page_button.isChecked()
    assert not viewer.fit_width_button.isChecked()
    fitted = viewer.effective_zoom()
    viewer.zoom_in_button.click()
    assert viewer.zoom_mode() == "custom" and viewer.effective_zoom() > fitted
    viewer.zoom_in_button.click()
    bigger = viewer.effective_zoom()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # Ctrl+-
    assert viewer.effective_zoom() < bigger
    assert viewer.zoom_label.text() == f"{round(viewer.effective_zoom() * 100)}%"
    assert ctx.state.get("reports/zoom") == str(round(viewer.effective_zoom() * 100))

    again = ReportsPage(ctx)
    qtbot.addWidget(again)
    assert again.viewer.zoom_mode() == "custom"
    assert again.viewer.view.zoomFactor() == pytest.approx(viewer.effective_zoom(), abs=0.01)
    again.shutdown()


def test_every_control_is_keyboard_reachable_and_named(page: ReportsPage) -> None:
    viewer = page.viewer
    controls = [
        page.picker.month_combo,
        page.save_button,
        page.print_button,
        page.open_button,
        viewer.zoom_out_button,
        viewer.zoom_in_button,
        viewer.fit_width_button,
        viewer.fit_page_button,
        viewer.previous_page_button,
        viewer.page_spin,
        viewer.next_page_button,
        viewer.view,
    ]
    for widget in controls:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.accessibleName(), widget
    assert page.save_action.shortcut().toString() == "Ctrl+S"
    assert page.print_action.shortcut().toString() == "Ctrl+P"


def test_a_narrow_window_keeps_the_buttons_as_icons(page: ReportsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.minimumSizeHint().width() <= 520  # never wider than the other pages need
    page.resize(1100, 700)
    qtbot.waitUntil(lambda: not page.action_bar.compact())
    assert page.save_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    page.resize(page.minimumSizeHint().width(), 700)
    qtbot.waitUntil(page.action_bar.compact)
    assert page.save_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert page.save_button.toolTip().startswith("Save as")  # the text is still there for the mouse
    assert page.save_button.accessibleName() == "Save as"
