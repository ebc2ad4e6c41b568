"""A band's label goes beside the band, not over its start (walk35 #10: searching 吴泳铭 at 1600×1000, the
label of the “after 3月4日” event was put inside its band, and its backing hid the band's first days)."""

from __future__ import annotations

from viewer.gui.main_window import MainWindow

from .conftest import search_by_keys, settle
from .test_timeline_labels_use_the_room import _labels, _repainted


def test_the_label_of_an_after_band_is_beside_it(qtbot, window: MainWindow):
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.width() == 1600)
    settle(qtbot, window)
    search_by_keys(qtbot, window, "wym")  # 吴泳铭, typed as his initials
    _repainted(qtbot, window)
    frame = window.timeline.canvas.frame
    bands = {(m.lane, m.event_ids[0]): m.rect for m in frame.layout.marks if m.kind == "band"}
    labelled = [
        (lab, bands[lab.lane, lab.event_id]) for lab in _labels(window) if (lab.lane, lab.event_id) in bands
    ]
    assert len(labelled) == 2, "the event's band and label in the lanes of 林俊旸 and 吴泳铭"
    for label, band in labelled:
        assert label.text == "吴泳铭在内部邮件中回应林俊旸离职"
        assert not label.rect.intersects(band) and not label.on_band, (label.rect, band)
