"""kg.io.readers: articles in from .txt/.md files and .jsonl collections."""
from __future__ import annotations

import json
import warnings

import pytest

from kg.errors import KGError, KGWarning
from kg.io.readers import count_articles, find_input_files, iter_articles, normalise_date

BODY = ("President Vladimir Putin met Kim Jong Un in Beijing.\n"
        "Putin called Kim \u201ccomrade\u201d and praised North Korea\u2019s troops.\n")


def codes(problems: list[str]) -> list[str]:
    return [p[1:5] for p in problems]


# --------------------------------------------------------------------------- #
# .txt / .md
# --------------------------------------------------------------------------- #
def test_plain_text_file_is_one_article_taken_whole(write, read):
    path = write("putin-kim.txt", BODY)
    articles, problems = read(path)
    assert problems == []
    [article] = articles
    assert article.id == "putin-kim"
    assert article.text == BODY
    assert (article.title, article.date, article.url) == (None, None, None)
    assert article.source == str(path)


def test_front_matter_fields_and_body_kept_exactly(write, read):
    body = "\n\n  Putin met Kim \u201ccomrade\u201d.\r\nSecond line\u2014with a dash.\n\n"
    path = write("a.md", "---\ntitle: Putin meets Kim\ndate: 2025-09-03\n"
                         "url: https://example.org/a\nauthor: ignored\ntags: [x, y]\n---\n" + body)
    [article], problems = read(path)
    assert problems == []
    assert article.id == "a"
    assert article.title == "Putin meets Kim"
    assert article.date == "2025-09-03"
    assert article.url == "https://example.org/a"
    # only the leading line breaks go; everything else, curly quotes and \r\n included, stays
    assert article.text == body.lstrip("\n")
    assert "\u201ccomrade\u201d" in article.text and "\r\n" in article.text


def test_offsets_are_those_of_the_body(write, read):
    body = "Kim thanked Putin \u201cwarmly\u201d. Then Putin left.\n"
    [article], _ = read(write("o.md", "---\ntitle: t\n---\n\n" + body))
    start = body.index("Putin", 20)
    assert article.text[start:start + 5] == "Putin"
    assert article.text.index("\u201cwarmly\u201d") == body.index("\u201cwarmly\u201d")


def test_front_matter_with_crlf_line_endings(write, read):
    [article], problems = read(write("crlf.md", "---\r\ntitle: T\r\ndate: 2024-01-05\r\n---\r\nBody\r\nline\r\n"))
    assert problems == []
    assert (article.title, article.date, article.text) == ("T", "2024-01-05", "Body\r\nline\r\n")


@pytest.mark.parametrize("value, expected", [
    ("2025-09-03", "2025-09-03"),
    ("'2025-09-03'", "2025-09-03"),
    ("2025-09-03T22:15:00+09:00", "2025-09-03"),
    ("2025-09-03 22:15:00", "2025-09-03"),
    ("'2025-09-03T22:15:00Z'", "2025-09-03"),
])
def test_front_matter_dates_are_normalised(write, read, value, expected):
    [article], problems = read(write("d.md", f"---\ndate: {value}\n---\ntext\n"))
    assert problems == []
    assert article.date == expected


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "yesterday", "03/09/2025", "2025"])
def test_invalid_date_is_reported_and_article_kept_without_date(write, read, value):
    path = write("bad-date.md", f"---\ntitle: T\ndate: {value}\n---\ntext\n")
    [article], problems = read(path)
    assert article.date is None and article.title == "T"
    assert codes(problems) == ["E009"]
    assert str(path) in problems[0] and value in problems[0]


def test_normalise_date_accepts_date_objects():
    import datetime as dt

    assert normalise_date(dt.date(2024, 2, 29)) == "2024-02-29"
    assert normalise_date(dt.datetime(2024, 2, 29, 23, 59)) == "2024-02-29"
    assert normalise_date("2024-02-29T23:59:59.123+05:30") == "2024-02-29"
    assert normalise_date("2024-02-29T25:00") is None
    assert normalise_date(20240229) is None


def test_byte_order_mark_is_stripped(write, read):
    [plain], _ = read(write("bom.txt", b"\xef\xbb\xbf" + BODY.encode()))
    [fronted], problems = read(write("bom2.md", b"\xef\xbb\xbf---\ntitle: T\n---\n" + BODY.encode()))
    assert problems == []
    assert plain.text == BODY
    assert fronted.title == "T" and fronted.text == BODY


@pytest.mark.parametrize("content", ["", "   \n\t\n", "---\ntitle: Only front matter\n---\n",
                                     "---\ntitle: T\n---\n\n   \n"])
def test_empty_article_is_reported_and_skipped(write, read, content):
    path = write("empty.txt", content)
    articles, problems = read(path)
    assert articles == []
    assert codes(problems) == ["E002"]
    assert problems[0].startswith(f"[E002] {path}:")


def test_non_utf8_file_is_reported_with_byte_offset_and_skipped(write, read):
    data = "Caf\u00e9 ok\n".encode() + b"Putin met Kim in Pyongyang \xe9t\xe9\n"
    path = write("latin1.txt", data)
    articles, problems = read(path)
    assert articles == []
    assert codes(problems) == ["E003"]
    bad = data.index(b"\xe9t")
    assert f"byte offset {bad}" in problems[0]
    assert "line 2" in problems[0] and str(path) in problems[0]


def test_byte_offset_counts_the_bom(write, read):
    path = write("bom-bad.txt", b"\xef\xbb\xbfab\xff")
    _, problems = read(path)
    assert "byte offset 5" in problems[0]


@pytest.mark.parametrize("front", [
    "title: [unclosed\n",
    "title: a: b: c\n",
    "- just\n- a list\n",
    "title: x\n\tbad: indentation\n",
])
def test_bad_yaml_front_matter_is_reported_and_skipped(write, read, front):
    path = write("bad.md", f"---\n{front}---\nBody text.\n")
    articles, problems = read(path)
    assert articles == []
    assert codes(problems) == ["E007"]
    assert str(path) in problems[0]


def test_unclosed_front_matter_is_reported(write, read):
    articles, problems = read(write("open.md", "---\ntitle: T\nBody without closing fence.\n"))
    assert articles == []
    assert codes(problems) == ["E007"] and "closing" in problems[0]


def test_yaml_error_names_the_file_line(write, read):
    _, problems = read(write("where.md", "---\ntitle: ok\nurl: [broken\n---\nBody\n"))
    assert "line" in problems[0]


# --------------------------------------------------------------------------- #
# .jsonl
# --------------------------------------------------------------------------- #
def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records)


def test_jsonl_lines_become_articles(write, read):
    path = write("news.jsonl", jsonl(
        {"id": "a1", "text": BODY, "title": "T", "date": "2025-09-03T08:00:00Z",
         "url": "https://example.org/a1", "extra": 1},
        "",
        "   ",
        {"id": 42, "text": "Kim met Xi.\r\n"},
    ))
    articles, problems = read(path)
    assert problems == []
    assert [a.id for a in articles] == ["a1", "42"]
    first, second = articles
    assert first.text == BODY and first.title == "T" and first.date == "2025-09-03"
    assert first.url == "https://example.org/a1"
    assert first.source == f"{path}:1"
    assert second.text == "Kim met Xi.\r\n" and second.source == f"{path}:4"


def test_jsonl_bad_lines_are_reported_with_line_numbers(write, read):
    path = write("mixed.jsonl", jsonl(
        {"id": "ok1", "text": "Fine."},          # 1
        "{not json",                             # 2
        "[1, 2, 3]",                             # 3
        {"id": "t", "text": ""},                 # 4
        {"id": "t2"},                            # 5
        {"text": "No id here."},                 # 6
        {"id": "d", "text": "x", "date": "soon"},  # 7 kept without date
        {"id": "ok2", "text": "Also fine."},     # 8
    ))
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok1", "d", "ok2"]
    assert articles[1].date is None
    assert codes(problems) == ["E004", "E004", "E005", "E005", "E006", "E009"]
    for message, line in zip(problems, [2, 3, 4, 5, 6, 7]):
        assert f"{path}:{line}:" in message
        assert "\n" not in message


def test_jsonl_non_utf8_line_is_reported_and_other_lines_read(write, read):
    good = json.dumps({"id": "g", "text": "Good."}).encode() + b"\n"
    bad = b'{"id": "b", "text": "caf\xe9"}\n'
    path = write("enc.jsonl", good + bad + good.replace(b'"g"', b'"g2"'))
    articles, problems = read(path)
    assert [a.id for a in articles] == ["g", "g2"]
    assert codes(problems) == ["E003"]
    assert f"{path}:2:" in problems[0]
    offset = len(good) + bad.index(b"\xe9")
    assert f"byte offset {offset}" in problems[0]


def test_jsonl_with_bom(write, read):
    [article], problems = read(write("bom.jsonl", b"\xef\xbb\xbf" + jsonl({"id": "x", "text": "T."}).encode()))
    assert problems == [] and article.id == "x"


# --------------------------------------------------------------------------- #
# Across inputs
# --------------------------------------------------------------------------- #
def test_duplicate_ids_keep_the_first_copy(write, read):
    first = write("corpus/putin.txt", "First copy.\n")
    later = write("more/putin.md", "Second copy.\n")
    lines = write("more/x.jsonl", jsonl({"id": "putin", "text": "Third copy."}))
    articles, problems = read(first, later, lines)
    assert [a.text for a in articles] == ["First copy.\n"]
    assert codes(problems) == ["E011", "E011"]
    assert problems[0].startswith(f"[E011] {later}: duplicate document id 'putin'")
    assert f"first seen in {first}" in problems[0]
    assert problems[1].startswith(f"[E011] {lines}:1: ")


def test_missing_path_raises_before_anything_is_read(write, tmp_path):
    good = write("good.txt", "Text.")
    problems: list[str] = []
    with pytest.raises(KGError) as info:
        iter_articles([good, tmp_path / "missing.txt"], on_problem=problems.append)
    assert info.value.code == "E001"
    assert str(tmp_path / "missing.txt") in str(info.value)
    assert problems == []
    with pytest.raises(KGError):
        count_articles([tmp_path / "nope"])


def test_folders_are_walked_recursively_in_sorted_order(write, read, tmp_path):
    for name in ["corpus/b.txt", "corpus/a.md", "corpus/sub/c.txt", "corpus/a/z.txt",
                 "corpus/B2.TXT", "corpus/.hidden.txt", "corpus/.git/x.txt", "corpus/notes.csv",
                 "corpus/sub/deeper/d.jsonl"]:
        write(name, jsonl({"id": name, "text": "x"}) if name.endswith(".jsonl") else f"{name}\n")
    articles, problems = read(tmp_path / "corpus")
    assert problems == []  # files of other types inside folders are ignored quietly
    root = str(tmp_path / "corpus") + "/"
    assert [a.source.replace(root, "") for a in articles] == [
        "B2.TXT", "a/z.txt", "a.md", "b.txt", "sub/c.txt", "sub/deeper/d.jsonl:1"]
    order = [p.relative_to(tmp_path / "corpus").as_posix() for p in find_input_files([tmp_path / "corpus"])]
    assert order == ["B2.TXT", "a/z.txt", "a.md", "b.txt", "sub/c.txt", "sub/deeper/d.jsonl"]


def test_folder_walk_yields_articles_in_file_order(write, read, tmp_path):
    write("c/2.txt", "two")
    write("c/1.txt", "one")
    write("c/0/9.txt", "nine")
    articles, _ = read(tmp_path / "c")
    assert [a.id for a in articles] == ["9", "1", "2"]


def test_explicit_file_with_other_suffix_is_reported(write, read):
    csv = write("table.csv", "a,b\n")
    txt = write("ok.txt", "Fine.")
    articles, problems = read(csv, txt)
    assert [a.id for a in articles] == ["ok"]
    assert codes(problems) == ["E008"]
    assert "'.csv'" in problems[0]


def test_explicit_hidden_file_is_read(write, read):
    [article], _ = read(write(".draft.txt", "Hidden but asked for."))
    assert article.id == ".draft"


def test_same_file_reached_twice_is_read_once(write, read, tmp_path):
    path = write("c/a.txt", "Once.")
    articles, problems = read(tmp_path / "c", path)
    assert len(articles) == 1 and problems == []


def test_default_handler_issues_kg_warnings(write):
    path = write("empty.txt", "")
    with pytest.warns(KGWarning, match=r"\[E002\]"):
        assert list(iter_articles([path])) == []


def test_problems_never_raise_or_print_tracebacks(write, capsys):
    write("x/a.txt", b"\xff\xfe")
    write("x/b.md", "---\n: : :\n---\nx")
    write("x/c.jsonl", "nope\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a KGWarning would now raise: use a handler instead
        problems: list[str] = []
        assert list(iter_articles([write("x/d.txt", "ok").parent], on_problem=problems.append))
    assert len(problems) == 3 and all(p.startswith("[E00") for p in problems)
    assert capsys.readouterr().err == ""


def test_count_articles_is_a_cheap_upper_bound(write, tmp_path):
    write("c/a.txt", "one")
    write("c/b.md", "")  # counted, though it will be skipped
    write("c/d.jsonl", jsonl({"id": 1, "text": "x"}, "", {"id": 2, "text": "y"}, "bad"))
    write("c/e.csv", "ignored")
    assert count_articles([tmp_path / "c"]) == 5
    problems: list[str] = []
    assert len(list(iter_articles([tmp_path / "c"], on_problem=problems.append))) == 3


def test_duplicate_is_reported_once_without_checking_its_fields(write, read):
    path = write("dup.jsonl", jsonl({"id": "a", "text": "x"}, {"id": "a", "text": "y", "date": "nope"}))
    articles, problems = read(path)
    assert [a.text for a in articles] == ["x"]
    assert codes(problems) == ["E011"]


def test_shared_sample_article_is_read_verbatim(read):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "putin-kim-beijing.txt"
    if not sample.exists():
        pytest.skip("../shared is not beside the repo")
    [article], problems = read(sample)
    assert problems == []
    assert article.id == "putin-kim-beijing"
    assert article.text == sample.read_bytes().decode("utf-8").removeprefix("\ufeff")
    assert "\u201ccomrade" in article.text and "\u2019" in article.text
