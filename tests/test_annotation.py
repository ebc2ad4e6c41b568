"""The annotation loader anchors every text itself and refuses what does not fit the article."""

from __future__ import annotations

import pytest
from viewer.pipeline.annotation import AnnotationError, load_annotation

from .conftest import SOURCES, TINY_ANNOTATION, write_tiny_sources


def test_every_bundled_span_equals_its_text():
    ann = load_annotation(SOURCES / "000_3ced09b7e7213ebc.toml")
    anchors = [e.anchor for e in ann.events]
    anchors += [o.anchor for q in ann.quotes for o in q.occurrences]
    anchors += [o.translation for q in ann.quotes for o in q.occurrences if o.translation]
    anchors += [o.anchor for c in ann.claims for o in c.occurrences]
    anchors += [r.anchor for p in ann.persons for r in p.roles if r.anchor]
    assert len(anchors) > 40
    for a in anchors:
        assert ann.body[a.start : a.end] == a.text


def test_missing_text_is_refused_with_its_entry_named(tmp_path):
    bad = TINY_ANNOTATION.replace("感谢大家,我会想念这里。", "这句话不在文章里。")
    path = write_tiny_sources(tmp_path, annotation=bad)
    with pytest.raises(AnnotationError, match=r"quotes 'thanks': text not in the article"):
        load_annotation(path)


def test_ambiguous_text_needs_a_hint(tmp_path):
    bad = TINY_ANNOTATION.replace('text = "集体离职"', 'text = "测试公司"')
    path = write_tiny_sources(tmp_path, annotation=bad)
    with pytest.raises(AnnotationError, match=r"occurs \d+ times.*'occurrence' or 'within'"):
        load_annotation(path)


def test_occurrence_and_within_hints_pick_the_right_place(tmp_path):
    hinted = TINY_ANNOTATION.replace('text = "集体离职"', 'text = "测试公司"\noccurrence = 3')
    ann = load_annotation(write_tiny_sources(tmp_path / "a", annotation=hinted))
    third = ann.claims[0].occurrences[0].anchor
    assert ann.body[third.start : third.end] == "测试公司"
    assert ann.body.rfind("测试公司", 0, third.start) > ann.body.find("测试公司")
    within = TINY_ANNOTATION.replace('text = "集体离职"', 'text = "测试公司"\nwithin = "李四加入测试公司"')
    ann = load_annotation(write_tiny_sources(tmp_path / "b", annotation=within))
    anchor = ann.claims[0].occurrences[0].anchor
    assert ann.body[anchor.start - 4 : anchor.end] == "李四加入测试公司"


def test_unreadable_date_names_the_event(tmp_path):
    bad = TINY_ANNOTATION.replace('date = "3月4日"', 'date = "3月4日消息"').replace(
        'text = "3月4日消息,测试公司CEO张三宣布离职。"', 'text = "3月4日消息,测试公司CEO张三宣布离职。"'
    )
    with pytest.raises(AnnotationError, match=r"events 'left': cannot read date"):
        load_annotation(write_tiny_sources(tmp_path, annotation=bad))


def test_unknown_references_are_refused(tmp_path):
    for old, new, message in [
        ('speaker = "zhang"', 'speaker = "nobody"', "unknown speaker"),
        ('persons = ["li"]', 'persons = ["ghost"]', "unknown person"),
        ('speaker_role = "CEO"', 'speaker_role = "CTO"', "no role titled"),
    ]:
        with pytest.raises(AnnotationError, match=message):
            load_annotation(write_tiny_sources(tmp_path, annotation=TINY_ANNOTATION.replace(old, new, 1)))


def test_invalid_toml_is_a_clear_error(tmp_path):
    with pytest.raises(AnnotationError, match="not valid TOML"):
        load_annotation(write_tiny_sources(tmp_path, annotation="[article\n"))
