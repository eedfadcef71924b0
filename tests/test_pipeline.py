"""kg.pipeline: Doc construction and extraction entry points."""
from __future__ import annotations

from kg.model import Article
from kg.pipeline import extract_article, make_doc


def test_line_breaks_after_sentences_become_spaces_with_offsets_kept(nlp):
    text = "Kishida said so.\nYoon and Japanese Prime Minister Fumio Kishida held talks.\n\nHeadline without stop\nNext"
    doc = make_doc(nlp, Article("t", text))
    assert len(doc.text) == len(text)
    assert doc.text == text.replace("so.\nYoon", "so. Yoon")
    assert "\n\n" in doc.text and "stop\nNext" in doc.text  # paragraph gaps and unpunctuated lines stay
    assert not any(t.text == "\n" for t in doc[:6])


def test_sentence_after_a_line_break_parses_like_running_text(nlp):
    text = ("Kishida said Japan would lift export controls.\n"
            "Yoon and Japanese Prime Minister Fumio Kishida held talks over dinner.")
    found = {(a.subject, a.relation, a.object) for a in extract_article(nlp, Article("t", text, date="2023-03-16"))}
    assert (("Fumio Kishida", "meets-with", "Yoon Suk Yeol") in found
            or ("Yoon Suk Yeol", "meets-with", "Fumio Kishida") in found), found
    for assertion in extract_article(nlp, Article("t", text, date="2023-03-16")):
        assert text[assertion.start_char:assertion.end_char].replace("\n", " ") == assertion.sentence


def test_a_line_break_after_a_sentence_still_starts_one(nlp):
    # "on X." reads like an initial: without the break the parser runs the two sentences together.
    text = ('"No talks without Ukraine," he wrote on X.\n'
            'European Commission President Ursula von der Leyen said: "Appeasement will not stop Putin."')
    doc = nlp(make_doc(nlp, Article("t", text, date="2024-07-05")))
    assert [s for s in doc.sents if s.text.startswith("European Commission President")]
    found = {(a.subject, a.relation, a.object) for a in extract_article(nlp, Article("t", text, date="2024-07-05"))}
    assert ("Ursula von der Leyen", "leader-of", "European Commission") in found, found
