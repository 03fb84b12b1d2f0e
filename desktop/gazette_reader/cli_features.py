"""``gazette`` commands for search, tags, export and the benchmark (kept apart so cli.py stays small)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click

from gazette_reader.cli import CONTEXT, BatchSize, Obj, _emit_json, cli, emit_rows, json_option, pass_library
from gazette_reader.search.engine import PAGE_MAX

QUERY_HELP = """\b
Query language:
  宋洁 老旧小区         both terms (space = AND); any substring, 1 character up
  宋洁 OR 耿勇军        either term
  -疫情                exclude articles containing the term
  "4 月 3 日"          a term with spaces (spaces never matter: it matches 4月3日)
  “老旧 小区”          Chinese quotes group too when they enclose a whole word; inside a word
                       (“美丽上街”建设, 开展“全城清洁”行动) they are characters of the term
  人物:宋洁 leader:宋洁  articles where this official is tagged
  项目:老旧小区改造 project:…  articles tagged with a project/campaign (name or alias)
  栏目:工作动态 section:…  articles in a section
  地区:二七区 place:…     articles of gazettes from a place
  日期:2020-04  日期:2020  日期:2020-04-01..2020-06-30  date:..2020-06
Traditional and simplified characters match each other; Latin letters ignore case.
A query has at most 64 terms and filters and 1,000 characters."""


class QueryCommand(click.Command):
    """A command whose QUERY may start with ``-`` (``gazette search -疫情``).

    Click reads every word starting with ``-`` as an option and refuses unknown ones (``No such option
    '-疫'``). Here only the command's own option names (and their values) are options, wherever they
    stand; every other word belongs to the query, joined with spaces (an AND), as does all after ``--``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Override click.Command.parse_args: options first, then ``--`` and the query as one word."""
        return super().parse_args(ctx, _query_last(ctx, self._arities(ctx), args))

    def _arities(self, ctx: click.Context) -> dict[str, int]:
        """Option name → how many values follow it (0 for flags such as --json and --help)."""
        return {name: 0 if param.is_flag else param.nargs for param in self.get_params(ctx)
                if isinstance(param, click.Option) for name in (*param.opts, *param.secondary_opts)}


def _query_last(ctx: click.Context, arities: dict[str, int], args: list[str]) -> list[str]:
    """``args`` reordered as ``[options…, "--", "query words joined"]`` (see :class:`QueryCommand`)."""
    options, words, i = [], [], 0
    while i < len(args):
        arg = args[i]
        name = arg.partition("=")[0] if arg.startswith("--") else arg
        if arg == "--":
            words += args[i + 1 :]
            break
        if name not in arities:
            if arg.startswith("--"):  # a misspelt option, or a group option such as --library given here
                raise click.NoSuchOption(name, ctx=ctx)
            words.append(arg)
            i += 1
            continue
        width = 1 if name != arg else 1 + arities[name]  # --limit=5 carries its value
        if i + width > len(args):
            raise click.BadOptionUsage(name, f"Option '{name}' requires an argument.", ctx)
        options += args[i : i + width]
        i += width
    return [*options, "--", " ".join(words)] if words else options


@cli.command(cls=QueryCommand, context_settings=CONTEXT, epilog=QUERY_HELP)
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=0, max=PAGE_MAX), default=20, show_default=True,
              help="Hits per page.")
@click.option("--offset", type=click.IntRange(min=0, max=PAGE_MAX), default=0, help="Skip this many hits.")
@click.option("--sort", type=click.Choice(["relevance", "date", "oldest"]), default="relevance", show_default=True,
              help="relevance; date: newest first; oldest: oldest first (undated articles last either way)")
@json_option
@pass_library
def search(obj: Obj, query: str, limit: int, offset: int, sort: str, as_json: bool) -> None:
    """Full-text search with exact Chinese substring semantics.

    QUERY may start with '-' and may be several words (they are one query, space = AND): only --json,
    --limit, --offset, --sort and -h/--help are options, wherever they stand, and any other word starting
    with '--' is refused. Everything after '--' is query text, even a word that looks like an option.

    \b
    Example:
      gazette search '宋洁 老旧小区' --json
      gazette search '人物:耿勇军 日期:2020-04' --sort date
      gazette search -疫情 宋洁 --limit 5
    """
    result = obj.library.search(query, limit=limit, offset=offset, sort=sort)
    if as_json:
        _emit_json(result.to_json())
        return
    click.echo(f"{result.total} articles match")
    for hit in result.hits:
        click.echo(f"{hit.id:>6}  {hit.date or '':10}  {hit.title}")
        click.echo(f"        {hit.snippet}")


SORT_TAGS = click.option("--sort", type=click.Choice(["articles", "name"]), default="articles", show_default=True,
                         help="Order: most articles first, or by name.")


@cli.command(context_settings=CONTEXT)
@SORT_TAGS
@json_option
@pass_library
def leaders(obj: Obj, sort: str, as_json: bool) -> None:
    """List tagged officials with their titles over time and article counts.

    \b
    Example:
      gazette leaders --json
    """
    emit_rows(obj.library.leaders(sort=sort), as_json,
              lambda row: f"{row['articles']:>5}  {row['name']}  " + " / ".join(t["title"] for t in row["titles"] if t["title"]))


@cli.command(context_settings=CONTEXT)
@SORT_TAGS
@json_option
@pass_library
def projects(obj: Obj, sort: str, as_json: bool) -> None:
    """List tagged projects and campaigns with their aliases and article counts.

    \b
    Example:
      gazette projects --json
    """
    emit_rows(obj.library.projects(sort=sort), as_json,
              lambda row: f"{row['articles']:>5}  {row['name']}" + (f"  (= {'、'.join(row['aliases'])})" if row["aliases"] else ""))


@cli.group(context_settings=CONTEXT)
def tag() -> None:
    """Correct the tagging by hand; corrections survive re-parsing and re-import.

    \b
    Examples:
      gazette tag hide leader 文明
      gazette tag rename project 老旧小区提升改造 老旧小区改造
      gazette tag merge leader 耿勇君 耿勇军
      gazette tag add leader 宋洁 --article 12 --title 区委书记
    """


ENTITY = click.argument("entity", type=click.Choice(["leader", "project"]))


@tag.command("hide", context_settings=CONTEXT)
@ENTITY
@click.argument("name")
@click.option("--article", "article_id", type=int, help="Hide only in this article.")
@pass_library
def tag_hide(obj: Obj, entity: str, name: str, article_id: int | None) -> None:
    """Hide a false tag everywhere (or in one article).

    \b
    Example:
      gazette tag hide leader 文明
    """
    obj.library.correct("hide", entity, name, None, article_id)
    click.echo(f"hidden {entity} {name}")


@tag.command("rename", context_settings=CONTEXT)
@ENTITY
@click.argument("name")
@click.argument("new_name")
@pass_library
def tag_rename(obj: Obj, entity: str, name: str, new_name: str) -> None:
    """Rename a person or project.

    \b
    Example:
      gazette tag rename leader 耿勇君 耿勇军
    """
    obj.library.correct("rename", entity, name, new_name)
    click.echo(f"renamed {entity} {name} → {new_name}")


@tag.command("merge", context_settings=CONTEXT)
@ENTITY
@click.argument("name")
@click.argument("into")
@pass_library
def tag_merge(obj: Obj, entity: str, name: str, into: str) -> None:
    """Merge one person or project into another.

    \b
    Example:
      gazette tag merge project 老旧小区提升改造 老旧小区改造
    """
    obj.library.correct("merge", entity, name, into)
    click.echo(f"merged {entity} {name} into {into}")


@tag.command("add", context_settings=CONTEXT)
@ENTITY
@click.argument("name")
@click.option("--article", "article_id", type=int, required=True, help="The article to tag.")
@click.option("--title", help="The leader's title in that article.")
@pass_library
def tag_add(obj: Obj, entity: str, name: str, article_id: int, title: str | None) -> None:
    """Tag an article with a person or project the machine missed.

    \b
    Example:
      gazette tag add project 路长制 --article 40
    """
    obj.library.correct("add", entity, name, title, article_id)
    click.echo(f"tagged article {article_id} with {entity} {name}")


EXPORT_FORMATS = ["docx", "xlsx", "csv", "jsonl", "md", "html", "pdf", "chronicle", "chronicle-md", "chronicle-xlsx",
                  "citations", "ris", "bibtex"]
"""The ``--format`` choices (the same names as ``export.FORMATS``, kept here so --help needs no import)."""


@cli.command(context_settings=CONTEXT, epilog=QUERY_HELP)
@click.option("--ids", help="Comma-separated article ids, e.g. 1,2,3.")
@click.option("--query", help="Export exactly the hits of this search.")
@click.option("--all", "export_all", is_flag=True, help="Export every article in the library.")
@click.option("--collection", metavar="NAME", help="Export the articles of this collection (see 'gazette collect').")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS),
              help="Output format; default: inferred from the -o suffix (.docx Word, .xlsx Excel, .csv, .jsonl, "
                   ".md, .html, .pdf, .txt GB/T 7714 citations, .ris, .bib). chronicle = 大事记 as DOCX, "
                   "chronicle-md as Markdown, chronicle-xlsx as Excel rows; ris/bibtex for Zotero, EndNote, LaTeX. "
                   "A suffix that names another format is refused.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output file (default: export.<suffix>).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option("--layout", type=click.Choice(["official", "plain"]), default="official", show_default=True,
              help="Word/大事记 page: official = A4, GB/T 9704 margins, 仿宋 三号 indented body, 黑体 headings, "
                   "— 1 — page numbers, a table of contents; plain = the simple 宋体 五号 layout.")
@click.option("--order", type=click.Choice(["date", "list"]), default="date", show_default=True,
              help="Word: articles by date ascending, or in the order of --ids / the search hits.")
@click.option("--source", "source", type=click.Choice(["short", "citation", "none"]), default="short",
              show_default=True,
              help="大事记: each entry's source as （《上街区简报》2020年4月总第93期）, as a GB/T 7714 reference, "
                   "or none.")
@click.option("--edits/--no-edits", default=True, show_default=True,
              help="大事记: apply the entry edits made in the window's preview (kept in LIBRARY.chronicle.json).")
@pass_library
def export(obj: Obj, ids: str | None, query: str | None, export_all: bool, collection: str | None, fmt: str | None, output: Path | None,
           force: bool, layout: str, order: str, source: str, edits: bool) -> None:
    """Export selected articles to Word, Excel, CSV, JSON Lines, Markdown, HTML, PDF, 大事记 or citations.

    大事记 (chronicle): one entry per event, dated (4月3日，… / 同日，… / 是月 / 是年 / 日期不详), its text
    condensed from the article's lead, followed by its sources; one event reported by several sources
    is one entry. Excel: 日期 is a date cell only when year, month and day are known, with 年/月/日 number
    columns; CSV cells that Excel would run as formulas get a leading apostrophe.

    \b
    Examples:
      gazette export --query '人物:宋洁' --format chronicle -o 宋洁大事记.docx
      gazette export --query '老旧小区' -o 大事记.md --format chronicle-md --source none
      gazette export --ids 1,2,3 -o selection.xlsx
      gazette export --all -o everything.jsonl --force
      gazette export --query '项目:老旧小区改造' -o refs.ris
      gazette export --ids 4,5 -o 汇编.docx --layout plain --order list
      gazette export --collection 老旧小区改造 -o 专题.docx --order list
    """
    from gazette_reader.export import FORMATS, ExportOptions
    from gazette_reader.export.chronicle_edits import edits_file, load_edits

    fmt = _export_format(fmt, output)
    article_ids = _selection(obj, ids, query, export_all, collection)
    output = output or Path(f"export{FORMATS[fmt][1]}")
    stored = load_edits(edits_file(obj.library.path)) if edits and fmt.startswith("chronicle") else {}
    options = ExportOptions(layout=layout, order=order, source=source, edits=stored)
    written = obj.library.export(article_ids, fmt, output, force=force, options=options)
    click.echo(f"exported {len(article_ids)} articles to {written}")


def _export_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one -o's suffix names; a suffix naming another format is refused."""
    from gazette_reader.export import FORMATS, format_for, name_mismatch

    if fmt is None:
        fmt = format_for(output) if output else None
        if fmt is None:
            raise click.UsageError("give --format, or an -o file name whose suffix names one "
                                   "(.docx .xlsx .csv .jsonl .md .html .pdf .txt .ris .bib)")
        return fmt
    named = name_mismatch(fmt, output) if output else None
    if named:
        raise click.UsageError(f"-o {output} names a {named} file but --format is {fmt}; "
                               f"use a {FORMATS[fmt][1]} name or --format {named}")
    return fmt


def _selection(obj: Obj, ids: str | None, query: str | None, export_all: bool,
               collection: str | None = None) -> list[int]:
    chosen = [name for name, value in (("--ids", ids), ("--query", query), ("--all", export_all),
                                       ("--collection", collection)) if value]
    if len(chosen) != 1:
        raise click.UsageError("give exactly one of --ids, --query, --all or --collection")
    if collection:
        return obj.library.collection_ids(collection)
    if ids:
        try:
            return [int(part) for part in ids.split(",") if part.strip()]
        except ValueError:
            raise click.UsageError("--ids takes comma-separated numbers, e.g. 1,2,3") from None
    if query:
        return obj.library.search_ids(query)
    return obj.library.article_ids()


@cli.command(context_settings=CONTEXT)
@click.option("--articles", "n_articles", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Size of the synthetic corpus.")
@click.option("--no-queries", is_flag=True, help="Measure the import only.")
@click.option("--scanned", type=click.IntRange(min=0), default=20, show_default=True,
              help="How many queries of the mix are also answered by the brute-force scan (slow at scale; "
                   "0: none).")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), help="Where to build the corpus.")
@click.option("--gui", is_flag=True, help="Measure the GUI instead: window shown, as-you-type latency, "
                                           "GUI-thread heartbeat during an import (needs PySide6).")
@click.option("--existing", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Measure this existing library (only read) instead of importing a new corpus, e.g. a "
                   "1,000,000-article one: the query mix, or with --gui the window.")
@click.option("--keep-library", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the library the benchmark builds at this path (it must not exist yet), to measure "
                   "it again later with --existing.")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Score the parser and tagger against a gold corpus instead (e.g. tests/corpus/real): "
                   "article recall/precision/F1, exact titles, dates, leaders P/R, per layout and overall.")
@click.option("--details", is_flag=True, help="With --corpus: also list every document and item.")
@click.option("--export", "export_formats", metavar="FORMATS",
              help="Time the exports instead: seconds to write --articles synthetic articles in each of these "
                   "comma-separated formats (e.g. docx,xlsx; 'all' for every format).")
@click.option("--pdf", is_flag=True, help="Measure PDF import instead: A4 text pages made from the synthetic "
                                          "corpus, read alone and imported (pages per second).")
@click.option("--pages", type=click.IntRange(min=1), default=100, show_default=True,
              help="With --pdf: how many pages to make and read.")
@click.option("--ocr-pages", type=click.IntRange(min=0), default=0, show_default=True,
              help="With --pdf: also read this many pages as scans by OCR (needs the [ocr] extra; ~15 s a page).")
@click.option("--batch", type=BatchSize(), default=None, metavar="N|auto",
              help="Import the corpus as a bulk load (as `gazette import --batch`): commits as it goes.")
@click.option("--against", type=click.Path(exists=True, dir_okay=False, path_type=Path), metavar="LIB.sqlite",
              help="With --library postgresql://… --articles N: compare the server with this file library, made "
                   "from the same corpus by `gazette bench --articles N --keep-library LIB.sqlite` (only read), "
                   "instead of importing the corpus into a new file too.")
@json_option
def bench(n_articles: int, no_queries: bool, scanned: int, workdir: Path | None, gui: bool, existing: Path | None,
          keep_library: Path | None, corpus: Path | None, details: bool, export_formats: str | None, pdf: bool, pages: int, ocr_pages: int,
          batch: int | None, against: Path | None, as_json: bool) -> None:
    """Benchmark import and search on a deterministic synthetic corpus built from the seeds.

    Works in a temporary folder; your library is not touched. Prints articles, raw_mb,
    ingest_mb_per_s, db_mb, query_p50_ms, query_p95_ms, scan_p50_ms, peak_rss_mb and more.
    With --gui: window_shown_s, type_p50_ms, type_p95_ms, type_max_ms, debounce_ms,
    import_heartbeat_max_gap_ms, import_heartbeat_p99_gap_ms, import_seconds and more.
    With --pdf: pdf_pages, pdf_pages_per_s (reading alone), pdf_import_pages_per_s and more;
    with --ocr-pages: ocr_seconds_per_page.
    With --library postgresql://…: the corpus imported into the server by the real importer
    (import_mb_per_s, stage_seconds; sqlite_import_mb_per_s of the same corpus into a file), search on
    PostgreSQL against SQLite FTS5 on the same library (sqlite_p50_ms; the server asked page first as
    the window asks it: postgresql_page_p50_ms for the page, postgresql_p50_ms until its total; p95s,
    mismatches, pg_index_mb_per_s) and 8 clients searching while one more import runs (concurrent:
    searches_per_s, loaded_p95_ms, written_articles_per_s, import_mb_per_s). --batch imports the
    corpus into the server as a bulk load; --against LIB.sqlite compares with that file library of the
    same corpus (--keep-library made it) instead of importing the corpus into a file too.
    The database must be empty; the tables the benchmark makes are dropped at the end.
    With --library postgresql://… and --existing LIB.sqlite: the query mix of the file run on the
    server library copied from it (gazette copy), page first then count as the window asks
    (page_p50_ms, page_p95_ms, total_p50_ms, total_p95_ms), every total checked against the file's
    (mismatches); neither library is changed.

    \b
    Examples:
      gazette bench --articles 100000 --json
      gazette bench --gui --articles 5000 --json
      gazette bench --gui --existing big.sqlite --json
      gazette bench --articles 1000000 --keep-library big.sqlite --json
      gazette bench --articles 1000000 --batch auto --no-queries --json
      gazette bench --existing big.sqlite --scanned 2 --json
      gazette bench --corpus tests/corpus/real --json
      gazette bench --export docx --articles 10000
      gazette bench --pdf --pages 200 --json
      gazette bench --pdf --pages 20 --ocr-pages 1 --json
      gazette --library postgresql://me@localhost/benchdb bench --articles 20000 --json
      gazette --library postgresql://me@localhost/benchdb bench --articles 1000000 --batch auto --against big.sqlite --json
      gazette --library postgresql://me@localhost/team bench --existing team.sqlite --json
    """
    if corpus:
        from gazette_reader.bench.gold import score_corpus

        _emit_scores(score_corpus(corpus, details=details), as_json)
        return
    if keep_library is not None and (gui or existing or keep_library.exists()):
        raise click.UsageError("--keep-library keeps the library a core benchmark builds: without --gui or "
                               "--existing, at a path that does not exist yet")
    if against is not None and (not _postgres_url() or existing or gui or export_formats or pdf or corpus):
        raise click.UsageError("--against compares a server library with a file: it needs --library "
                               "postgresql://… and --articles N (not --existing, --gui, --export, --pdf or --corpus)")
    if export_formats:
        result = _run_export_bench(export_formats, n_articles, workdir)
    elif pdf:
        from gazette_reader.bench.pdf_bench import run_pdf_bench

        result = run_pdf_bench(pages, workdir=workdir, ocr_pages=ocr_pages)
    elif gui:
        result = _run_gui_bench(n_articles, workdir, existing)
    elif existing and _postgres_url():
        from gazette_reader.bench.pg_search import run_pg_existing

        result = run_pg_existing(_postgres_url(), existing)
    elif existing:
        from gazette_reader.bench.run import run_bench_on

        result = run_bench_on(existing, scanned=scanned)
    elif _postgres_url():
        result = _run_pg_bench(_postgres_url(), n_articles, workdir, against, batch)
    else:
        from gazette_reader.bench.run import run_bench

        result = run_bench(n_articles, workdir=workdir, queries=not no_queries, scanned=scanned,
                           keep_library=keep_library, batch=batch)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        click.echo(f"{key:>22}: {value}")


def _postgres_url() -> str | None:
    """The ``--library`` of this invocation when it names a PostgreSQL database."""
    obj = click.get_current_context().obj
    path = getattr(obj, "path", None) or ""
    return path if path.startswith(("postgresql://", "postgres://")) else None


def _run_pg_bench(url: str, n_articles: int, workdir: Path | None, against: Path | None,
                  batch: int | None) -> dict:
    """Search on PostgreSQL against FTS5, and under a concurrent import (``bench/pg_search.py``)."""
    import tempfile

    from gazette_reader.bench.pg_search import run_pg_library_bench

    with tempfile.TemporaryDirectory(dir=workdir) as folder:
        return run_pg_library_bench(url, n_articles, Path(folder), against=against, batch=batch)


def _run_export_bench(spec: str, n_articles: int, workdir: Path | None) -> dict:
    """Seconds per export format for ``n_articles`` synthetic articles."""
    from gazette_reader.bench.export_bench import run_export_bench

    names = [name.strip() for name in spec.split(",") if name.strip()]
    formats = None if names == ["all"] else names
    unknown = [name for name in formats or [] if name not in EXPORT_FORMATS]
    if unknown:
        raise click.UsageError(f"--export: unknown format {unknown[0]!r}; choose from {', '.join(EXPORT_FORMATS)}")
    return run_export_bench(n_articles, out_dir=workdir, formats=formats)


def _emit_scores(result: dict, as_json: bool) -> None:
    """The corpus scores as JSON, or as one table row per layout."""
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    columns = ("documents", "article_f1", "article_recall", "article_precision", "exact_titles", "dates",
               "leaders_precision", "leaders_recall")
    click.echo(f"{'layout':<18}" + "".join(f"{c[:12]:>13}" for c in columns))
    for name, figures in [*result["layouts"].items(), ("OVERALL", result["overall"])]:
        cells = ("-" if figures[c] is None else str(figures[c]) for c in columns)
        click.echo(f"{name:<18}" + "".join(f"{c:>13}" for c in cells))


def _run_gui_bench(n_articles: int, workdir: Path | None, existing: Path | None = None) -> dict:
    """The GUI benchmark runs in a child process: the core (this CLI included) never imports Qt."""
    command = [sys.executable, "-m", "gazette_reader.gui.bench"]
    if existing:
        command += ["--library", str(existing)]
    else:
        command += ["--articles", str(n_articles)] + (["--workdir", str(workdir)] if workdir else [])
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise click.ClickException(f"the GUI benchmark failed (exit status {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])
