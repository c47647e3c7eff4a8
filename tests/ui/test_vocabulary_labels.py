"""The app shows a word, never a raw key, for every value of every declared vocabulary."""

from __future__ import annotations

from scfield.store.fields import CONFIDENCE, HELIX_GROUP, LEVEL, STATUS
from scfield.ui.assessment_list import level_text, status_text
from scfield.ui.interviews import confidence_text, helix_text


def test_every_vocabulary_value_has_a_label_in_the_app(qapp) -> None:
    for text, vocabulary in ((helix_text, HELIX_GROUP), (confidence_text, CONFIDENCE),
                             (level_text, LEVEL), (status_text, STATUS)):
        labels = [text(value) for value in vocabulary.values]
        assert all(label and label != value
                   for label, value in zip(labels, vocabulary.values, strict=True)), labels
        assert len(set(labels)) == len(labels)
