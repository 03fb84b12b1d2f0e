"""Library facade calls the GUI relies on beyond import: tree, headers, timeline, filter choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazette_reader.library import Library
from tests.conftest import SEEDS


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def library(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Library:
    """The seeds in a library on each backend (#18: the same facade over a file and a server)."""
    if request.param == "sqlite":
        location = str(tmp_path_factory.mktemp("lib") / "lib.sqlite")
    else:
        server = request.getfixturevalue("pg_server")
        location = server.url(server.new_database())
    lib = Library.open(location)
    lib.import_files(SEEDS)
    yield lib
    lib.close()


def test_tree_levels_add_up(library: Library) -> None:
    pubs = library.tree_publications()
    assert sum(p["articles"] for p in pubs) == 45
    for pub in pubs:
        years = library.tree_years(pub["id"])
        assert sum(y["articles"] for y in years) == pub["articles"]
        for year in years:
            issues = library.tree_issues(pub["id"], year["year"])
            assert sum(i["articles"] for i in issues) == year["articles"]
            assert library.count_headers(publication_id=pub["id"], year=year["year"], all_years=False) == year["articles"]


def test_headers_follow_requested_ids(library: Library) -> None:
    rows = library.headers(ids=[30, 2, 17])
    assert [r["id"] for r in rows] == [30, 2, 17]
    assert {"title", "date", "month_day", "issue_title", "publication"} <= set(rows[0])


def test_timeline_counts_dated_and_undated_articles(library: Library) -> None:
    months, undated = library.timeline("leader", "宋洁")
    assert months == {"2020-04": 8}
    assert undated == 1  # the June bulletin excerpt prints no year


def test_filter_choices(library: Library) -> None:
    assert library.sections() == sorted(["本月关注", "重要会议", "工作动态", "通用航空", "基层实录"])
    assert library.places() == ["上街区", "二七区"]


def test_unknown_issue_is_a_clear_error(library: Library) -> None:
    from gazette_reader.errors import GazetteError

    with pytest.raises(GazetteError, match="no issue 999"):
        library.set_issue_metadata(999, year=2020)
    with pytest.raises(GazetteError, match="cannot set"):
        library.set_issue_metadata(1, colour="red")


def test_many_ids_are_fetched_in_chunks_in_order(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from gazette_reader.store import queries

    ids = list(reversed(library.article_ids()))
    expected = [row["id"] for row in library.articles(ids=ids)]
    monkeypatch.setattr(queries, "ID_CHUNK", 7)
    assert [row["id"] for row in library.articles(ids=ids)] == expected == ids
    assert [row["id"] for row in library.headers(ids=ids, limit=1000)] == ids


def test_a_second_writer_waits_instead_of_failing(tmp_path: Path) -> None:
    """Two writers at once (the GUI's first-run import and a file opened with the app): the second
    waits for the first, instead of every file being refused as "database is locked"."""
    import threading
    import time

    from gazette_reader.store.writer import write_transaction

    path = tmp_path / "two.sqlite"
    first, second = Library.open(path), Library(path)
    reports = []
    with write_transaction(first.db):
        first.db.execute("INSERT INTO publications (name) VALUES ('held')")
        worker = threading.Thread(target=lambda: reports.append(second.import_files(SEEDS[:2])))
        worker.start()
        time.sleep(0.5)
    worker.join(30)
    assert [o.status for o in reports[0].outcomes] == ["imported", "imported"]
