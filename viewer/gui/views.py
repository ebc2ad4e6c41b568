"""Item views configured for models of any length: fixed row heights, so layout never walks every row."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # `named` serves the bare window before its first paint; the views load with the panes
    from PySide6.QtWidgets import QTableView, QWidget

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """Give an object the name tests and screen readers find it by; return it."""
    obj.setObjectName(name)
    return obj


def lazy_table(
    parent: QWidget, name: str, accessible: str, row_height: int, multi: bool = False, header: bool = True
) -> QTableView:
    """A QTableView whose rows are all one height (O(1) layout at a million rows)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = named(QTableView(parent), name)
    view.setAccessibleName(accessible)
    vh = view.verticalHeader()
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(row_height)
    vh.hide()
    view.horizontalHeader().setVisible(header)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside it
    return view
