"""Item views configured for models of any length: fixed row heights, so layout never walks every row."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def lazy_table(
    parent: QWidget, name: str, accessible: str, row_height: int, multi: bool = False, header: bool = True
) -> QTableView:
    """A QTableView whose rows are all one height (O(1) layout at a million rows)."""
    view = QTableView(parent, objectName=name)
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
    return view
