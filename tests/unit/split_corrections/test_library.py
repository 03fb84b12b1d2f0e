"""Split corrections through the facade: applied at once, kept across ``reparse``, a re-import of the same
text (also in another encoding), a parser change and the import helper process; undone one at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader import importer
from gazette_reader.errors import GazetteError
from gazette_reader.ingest.model import ParsedIssue
from gazette_reader.ingest.parse import parse_text
from gazette_reader.library import Library
from tests.conftest import seed
from tests.pg.fixtures import stale_articles

BULLETIN = "001"


@pytest.fixture
def library(library_location: str) -> Library:
    """Both backends (#18): split corrections behave the same on a server."""
    lib = Library.open(library_location)
    lib.import_files([seed(BULLETIN), seed("003")])
    return lib


def bulletin(library: Library) -> list[dict]:
    issue = next(i for i in library.issues() if not i["source"].startswith("003"))  # the other file
    return library.articles(issue_id=issue["id"])


def with_paragraphs(library: Library, count: int) -> dict:
    return next(a for a in bulletin(library) if len(a["body"].split("\n")) >= count)


def state(library: Library) -> list[tuple]:
    """What a reader sees of the bulletin, article by article."""
    return [(a["title"], a["subtitle"], a["body"], a["section"], a["kind"], a["date"], a["corrected"])
            for a in bulletin(library)]


def correct_some(library: Library) -> None:
    """An edit, a split and a merge on the bulletin."""
    articles = bulletin(library)
    library.edit_article(articles[0]["id"], title="消费季活动启动", subtitle="上街区", date="2020-04-02",
                         section="要闻", kind="brief")
    library.split_article(with_paragraphs(library, 3)["id"], 2, "王福松调研企业")
    later = bulletin(library)
    library.merge_articles(later[-2]["id"], later[-1]["id"])


def test_an_edit_is_applied_marked_and_searchable(library: Library) -> None:
    first = bulletin(library)[0]
    result = library.edit_article(first["id"], title="消费季活动启动", date="2020-04-02", section="要闻", kind="brief")
    (edited,) = result["articles"]
    assert result["correction"] == 1 and edited["id"] == first["id"]  # the article keeps its id
    assert (edited["title"], edited["date"], edited["section"], edited["kind"]) == ("消费季活动启动", "2020-04-02", "要闻", "brief")
    assert edited["corrected"] and edited["body"] == first["body"]
    assert [a["corrected"] for a in bulletin(library)].count(True) == 1
    assert [h.id for h in library.search("消费季活动启动").hits] == [first["id"]]
    assert library.search("栏目:要闻", limit=0).total == 1 and stale_articles(library.db) == []


def test_split_and_merge_keep_every_other_article_and_its_id(library: Library) -> None:
    before = bulletin(library)
    article = with_paragraphs(library, 3)
    paragraphs = article["body"].split("\n")
    first, new = library.split_article(article["id"], 2)["articles"]
    assert first["id"] == article["id"] and new["id"] not in {a["id"] for a in before}
    assert first["body"] == paragraphs[0] and (new["title"], new["body"]) == (paragraphs[1], "\n".join(paragraphs[2:]))
    assert first["corrected"] and new["corrected"]
    after = bulletin(library)
    assert len(after) == len(before) + 1
    assert {a["id"] for a in after} - {new["id"]} == {a["id"] for a in before}
    (merged,) = library.merge_articles(first["id"], new["id"])["articles"]
    assert merged["id"] == article["id"] and merged["body"] == article["body"]
    assert len(bulletin(library)) == len(before)


def test_corrections_survive_reparse(library: Library) -> None:
    correct_some(library)
    corrected, ids = state(library), [a["id"] for a in bulletin(library)]
    assert library.reparse() == library.counts()["articles"]
    assert state(library) == corrected and [a["id"] for a in bulletin(library)] == ids


def test_corrections_survive_a_reimport_in_any_encoding(library: Library, tmp_path: Path) -> None:
    correct_some(library)
    corrected = state(library)
    text = seed(BULLETIN).read_text(encoding="utf-8")
    variant = tmp_path / "另一份.txt"
    variant.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    for path in (seed(BULLETIN), variant):
        issue_id = next(i["id"] for i in library.issues() if i["source"] in (seed(BULLETIN).name, variant.name))
        library.delete_issue(issue_id)
        assert library.counts()["issues"] == 1 and len(library.corrections()) == 3  # kept for a re-import
        assert not any(c["in_library"] for c in library.corrections())
        report = library.import_files([path])
        assert report.outcomes[0].status == "imported"
        assert state(library) == corrected
        assert stale_articles(library.db) == []


def test_a_reimport_through_the_helper_process_applies_them_too(library: Library, monkeypatch) -> None:
    correct_some(library)
    corrected = state(library)
    library.delete_issue(bulletin(library)[0]["issue_id"])
    monkeypatch.setattr(importer, "POOL_MIN_FILES", 1)  # parse in the helper process, which has no database
    library.import_files([seed(BULLETIN)])
    assert state(library) == corrected
    assert stale_articles(library.db) == []  # index documents computed again from the corrected parse
    assert library.search("消费季活动启动", limit=0).total == 1


def shifted_parser(real):
    """A 'new parser version': each article's first paragraph goes to the end of the one before, and
    headlines gain a prefix, so boundaries, titles and spans all move."""

    def parse(text: str, *, name: str = "", layout: str | None = None, sizes=None) -> ParsedIssue:
        issue = real(text, name=name, layout=layout, sizes=sizes)
        for article in issue.articles:
            article.title = f"★{article.title}"
        for previous, article in zip(issue.articles, issue.articles[1:]):
            paragraphs = article.body.split("\n")
            if len(paragraphs) > 1:
                previous.body = f"{previous.body}\n{paragraphs[0]}"
                article.body = "\n".join(paragraphs[1:])
        return issue

    return parse


def test_corrections_find_their_articles_after_a_parser_change(library: Library, monkeypatch) -> None:
    articles = bulletin(library)
    edited = articles[5]
    library.edit_article(edited["id"], title="改过的标题")
    target = with_paragraphs(library, 4)
    paragraph = target["body"].split("\n")[2]
    library.split_article(target["id"], 3)
    monkeypatch.setattr(importer, "parse_text", shifted_parser(parse_text))
    library.reparse()
    titles = [a["title"] for a in bulletin(library)]
    assert "改过的标题" in titles and f"★{edited['title']}" not in titles  # found by its span, not its title
    assert paragraph in titles  # the split found its paragraph wherever the new parser put it
    assert len(titles) == len(articles) + 1
    assert all(c["in_library"] for c in library.corrections())


def test_a_marked_layout_is_used_on_every_parse(library: Library) -> None:
    feature = next(i for i in library.issues() if i["source"].startswith("003"))
    expected = len(parse_text(seed("003").read_text(encoding="utf-8"), layout="newsletter").articles)
    result = library.set_layout(feature["id"], "newsletter")
    assert result["issue"]["layout"] == "newsletter" and result["issue"]["id"] == feature["id"]
    assert len(result["articles"]) == expected and all(a["corrected"] for a in result["articles"])
    library.reparse()
    assert next(i for i in library.issues() if i["id"] == feature["id"])["layout"] == "newsletter"
    library.revert_correction(result["correction"])
    assert next(i for i in library.issues() if i["id"] == feature["id"])["layout"] == "feature"
    assert not any(a["corrected"] for a in library.articles(issue_id=feature["id"]))


def test_revert_undoes_one_and_keeps_the_rest(library: Library, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    original = state(library)
    first = bulletin(library)[0]
    library.edit_article(first["id"], title="消费季活动启动")
    article = with_paragraphs(library, 3)
    library.split_article(article["id"], 2)
    other = request.getfixturevalue("pg_server").new_database() if library.is_server else None
    split_only = Library.open(request.getfixturevalue("pg_server").url(other) if other else tmp_path / "other.sqlite")
    split_only.import_files([seed(BULLETIN)])
    split_only.split_article(with_paragraphs(split_only, 3)["id"], 2)
    listed = library.corrections()
    assert [(c["number"], c["kind"], c["action"]) for c in listed] == [(1, "split", "edit"), (2, "split", "split")]
    reverted = library.revert_correction(1)
    assert reverted["action"] == "edit" and reverted["issue_id"] == first["issue_id"]
    assert state(library) == state(split_only)
    assert [c["number"] for c in library.corrections()] == [2]  # numbers stay what they were
    library.revert_correction(2)
    assert state(library) == original and library.corrections() == []


def test_a_tag_correction_is_listed_and_reverted_with_the_same_numbers(library: Library) -> None:
    leaders = library.leaders()
    name = leaders[0]["name"]
    library.edit_article(bulletin(library)[0]["id"], section="要闻")
    library.correct("hide", "leader", name)
    assert name not in {row["name"] for row in library.leaders()}
    listed = library.corrections()
    assert [(c["number"], c["kind"]) for c in listed] == [(1, "split"), (2, "tag")]
    assert listed[1]["summary"] == f"hide leader {name}" and listed[1]["summary_zh"] == f"隐藏人物“{name}”"
    library.revert_correction(2)
    assert library.leaders() == leaders
    assert bulletin(library)[0]["section"] == "要闻"


def test_a_tagged_article_keeps_its_tag_when_an_earlier_one_is_split(library: Library) -> None:
    articles = bulletin(library)
    last = articles[-1]
    library.correct("add", "leader", "测试人", "区长", last["id"])
    library.split_article(with_paragraphs(library, 3)["id"], 2)
    tagged = library.article(last["id"])
    assert {"name": "测试人", "title": "区长"} in tagged["leaders"]


@pytest.mark.parametrize(("call", "message", "zh"), [
    (lambda lib, a: lib.edit_article(a[0]["id"]), "Say what to change", "请指明"),
    (lambda lib, a: lib.edit_article(a[0]["id"], title="  "), "cannot be empty", "不能为空"),
    (lambda lib, a: lib.edit_article(a[0]["id"], date="2020-4-3"), "not a date", "不是日期"),
    (lambda lib, a: lib.edit_article(a[0]["id"], kind="essay"), "Unknown kind", "类型"),
    (lambda lib, a: lib.edit_article(99999, title="x"), "no article with id 99999", "99999"),
    (lambda lib, a: lib.split_article(a[0]["id"], 1), "Paragraph 1 is not one to split at", "第 2 至"),
    (lambda lib, a: lib.split_article(a[0]["id"], 99), "Paragraph 99", "不能从第 99 段拆分"),
    (lambda lib, a: lib.merge_articles(a[0]["id"], a[2]["id"]), "is not the article after", "只能与下一篇合并"),
    (lambda lib, a: lib.merge_articles(a[-1]["id"], a[0]["id"]), "last of its issue", "最后一篇"),
    (lambda lib, a: lib.set_layout(a[0]["issue_id"], "poster"), "Unknown layout", "版式"),
    (lambda lib, a: lib.set_layout(999, "worklog"), "no issue 999", "999"),
    (lambda lib, a: lib.revert_correction(42), "no correction number 42", "第 42 号"),
])
def test_mistakes_are_refused_in_both_languages_and_change_nothing(library: Library, call, message, zh) -> None:
    articles = [a for a in bulletin(library) if len(a["body"].split("\n")) >= 2] or bulletin(library)
    articles = bulletin(library) if "merge" in message or "last" in message else articles
    before = state(library)
    with pytest.raises(GazetteError, match=message) as raised:
        call(library, articles)
    assert zh in raised.value.zh
    assert state(library) == before and library.corrections() == []
