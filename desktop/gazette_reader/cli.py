"""The ``gazette`` command: a thin layer over :class:`gazette_reader.library.Library`.

Every command prints readable text by default and machine-readable JSON with ``--json`` where it lists
things. Errors the user can fix exit with status 1 (2 for usage errors) and a one-line message.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import click
from sqlite_utils import Database

from gazette_reader import __version__
from gazette_reader.errors import Cancelled, GazetteError, Terminated
from gazette_reader.importer import DUPLICATE, IMPORTED, REFUSED, FileOutcome
from gazette_reader.library import Library
from gazette_reader.paths import default_library_path
from gazette_reader.store.backend import database_errors, is_server_url, server_failure
from gazette_reader.store.check import CheckReport
from gazette_reader.store.failures import explain, waiting_for
from gazette_reader.store.writer import lock_notices

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _emit_json(value: object) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def emit_rows(rows: list[dict], as_json: bool, line: Callable[[dict], str]) -> None:
    """Print rows as JSON, or one readable ``line(row)`` each (the listing commands share this)."""
    if as_json:
        _emit_json(rows)
        return
    for row in rows:
        click.echo(line(row))


def json_option(func):
    """``--json``: print machine-readable output (shared by the listing commands)."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


CREATING = frozenset({"import"})
"""The commands that may create a library; the others need one to exist (a mistyped path is an error)."""


class Obj:
    """Lazily opened library shared by the commands of one invocation."""

    def __init__(self, path: str | None, *, create: bool = True) -> None:
        self.path = path
        self.create = create
        self._library: Library | None = None

    def library_file(self) -> Path:
        """The library file this invocation uses (for messages)."""
        return Path(self.path).expanduser() if self.path else default_library_path()

    @property
    def library(self) -> Library:
        if self._library is None:
            if Library.needs_upgrade(self.path):
                click.echo("Upgrading the library to this version (seconds, or about a minute per 100,000 "
                           "articles where the search index is rebuilt; interrupting it leaves the library as "
                           "it was)...", err=True)
            self._library = Library.open(self.path, create=self.create)
        return self._library


pass_library = click.make_pass_decorator(Obj)


class GazetteGroup(click.Group):
    """Turns the core's typed errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Cancelled as exc:
            raise click.ClickException(str(exc)) from None
        except GazetteError as exc:
            raise click.ClickException(str(exc)) from None
        except (sqlite3.Error, OSError) as exc:
            obj = ctx.find_object(Obj)
            explained = explain(exc, obj.library_file() if obj else None)
            if explained is None:
                raise
            raise click.ClickException(str(explained)) from None
        except database_errors() as exc:  # the library server failed (connection lost, server stopped)
            raise click.ClickException(server_failure(exc)) from None
        except Terminated:
            click.echo("Terminated; the library is unchanged by the unfinished command.", err=True)
            sys.exit(128 + signal.SIGTERM)
        except KeyboardInterrupt:
            click.echo("Interrupted; the library is unchanged by the unfinished command.", err=True)
            sys.exit(130)


@click.group(cls=GazetteGroup, context_settings=CONTEXT)
@click.option("--library", "library_path", metavar="PATH", envvar="GAZETTE_LIBRARY",
              help="Library file, or a PostgreSQL library as postgresql://USER@HOST/DATABASE (password from "
                   "PGPASSFILE/~/.pgpass) (default: $GAZETTE_LIBRARY, else the user data folder).")
@click.version_option(__version__, prog_name="gazette")
@click.pass_context
def cli(ctx: click.Context, library_path: str | None) -> None:
    """Gazette Reader (地方简报阅读器) from the command line.

    \b
    Example:
      gazette --library my.sqlite import seeds/
      gazette --library my.sqlite search '宋洁 日期:2020-04' --json
    """
    if library_path is not None and not library_path.strip():
        raise click.BadParameter("the library path is empty; give a file name or leave --library out",
                                 param_hint="--library")
    ctx.obj = Obj(library_path, create=ctx.invoked_subcommand in CREATING)


class BatchSize(click.ParamType):
    """``--batch``: a positive number of files, or ``auto`` (0: commit by text size alone)."""

    name = "batch"

    def convert(self, value, param, ctx) -> int:
        """Override click.ParamType.convert."""
        if isinstance(value, int) or str(value).isdigit() and int(value) > 0:
            return int(value)
        if str(value).lower() == "auto":
            return 0
        self.fail(f"{value!r} is neither a positive number of files nor 'auto'", param, ctx)


@cli.command("import", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--publication", help="Publication name (default: inferred, e.g. 上街区简报).")
@click.option("--year", type=click.IntRange(1900, 2100), help="Year of the issue(s), if the text lacks it.")
@click.option("--month", type=click.IntRange(1, 12), help="Month of the issue(s).")
@click.option("--batch", type=BatchSize(), default=None, metavar="N|auto",
              help="Bulk load: commit every N files and at least every 80 MB of text ('auto': by size alone), so "
                   "an interrupted load keeps what it committed and a re-run goes on from there. "
                   "Default: all or nothing.")
@json_option
@pass_library
def import_cmd(obj: Obj, paths: tuple[Path, ...], publication: str | None, year: int | None,
               month: int | None, batch: int | None, as_json: bool) -> None:
    """Import gazette files or folders (recursively: *.txt, *.pdf, *.docx, *.html, *.htm, *.mhtml, *.mht).

    A PDF needs a text layer (a scan is refused); a Word file must be .docx. Any common Chinese
    encoding of a text file or web page is detected. A file already in the library (same text, in any encoding or
    line-end style) changes nothing. A file that cannot be read is refused with the reason; the others
    still import, and the command then exits with status 1.

    A bulk load (--batch) commits as it goes: stopped by Ctrl+C or a kill, the files committed so far
    stay, and running the same command again skips them and imports the rest.

    \b
    Example:
      gazette import seeds/ ~/gazettes/2020-04.txt --year 2020
      gazette import 简报2020-04.pdf 上街要闻.mhtml
      gazette import --batch auto /data/province/
    """
    report = obj.library.import_files(paths, publication=publication, year=year, month=month, batch=batch)
    if as_json:
        _emit_json({"summary": report.summary(),
                    "files": [{**asdict(o), "unrecognised": o.unrecognised} for o in report.outcomes]})
    else:
        for outcome in report.outcomes:
            click.echo(_describe(outcome), err=outcome.status == REFUSED)
        click.echo(report.summary())
    if report.by_status(REFUSED):
        sys.exit(1)


def _articles_and_layout(outcome: FileOutcome) -> str:
    """``12 articles, layout worklog`` — or, when the parser was unsure, says so plainly."""
    count = f"{outcome.articles} article{'s' if outcome.articles != 1 else ''}"
    if outcome.unrecognised:
        if outcome.articles == 1:
            return f"{count} (layout not recognised)"
        return f"{count}, layout {outcome.layout}? (not sure: check the split)"
    return f"{count}, layout {outcome.layout}"


def _describe(outcome: FileOutcome) -> str:
    if outcome.status == IMPORTED:
        notes = "".join(f"\n          note: {w}" for w in outcome.warnings)
        return f"imported  {outcome.path} ({outcome.encoding}, {_articles_and_layout(outcome)}){notes}"
    if outcome.status == DUPLICATE:
        return f"unchanged {outcome.path}: already in the library ({outcome.reason})"
    return f"refused   {outcome.path}: {outcome.reason}"


@cli.command(context_settings=CONTEXT)
@json_option
@pass_library
def issues(obj: Obj, as_json: bool) -> None:
    """List the issues in the library.

    \b
    Example:
      gazette issues --json
    """
    emit_rows(obj.library.issues(), as_json,
              lambda row: f"{row['id']:>5}  {row['publication']}  {row['title']}  ({row['articles']} articles, {row['source']})")


@cli.command(context_settings=CONTEXT)
@click.option("--issue", "issue_id", type=int, help="Only this issue's articles.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many articles.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@json_option
@pass_library
def articles(obj: Obj, issue_id: int | None, limit: int | None, offset: int, as_json: bool) -> None:
    """List articles (all, or one issue's) in reading order.

    With --json, one object per article: id, source, place, publication, issue_id, year, month,
    issue_number, section, kind, title, subtitle, month_day, date, bylines, source_unit, body, leaders,
    projects (and more; see README).

    \b
    Example:
      gazette articles --issue 2 --json
    """
    emit_rows(obj.library.articles(issue_id=issue_id, limit=limit, offset=offset), as_json,
              lambda row: f"{row['id']:>6}  {row['date'] or row['month_day'] or '':10}  {row['section'] or '':6}  {row['title']}")


@cli.command(context_settings=CONTEXT)
@click.argument("article_id", type=int)
@json_option
@pass_library
def show(obj: Obj, article_id: int, as_json: bool) -> None:
    """Show one article with its metadata and tags.

    \b
    Example:
      gazette show 12
    """
    row = obj.library.article(article_id)
    row["note"] = obj.library.note(article_id)  # the user's note ('' when none; see 'gazette note')
    if as_json:
        _emit_json(row)
        return
    click.echo(row["title"])
    for label, value in _show_lines(row):
        if value:
            click.echo(f"{label}: {value}")
    click.echo("")
    click.echo(row["body"])


def _show_lines(row: dict) -> list[tuple[str, object]]:
    leaders = "、".join(f"{l['title'] or ''}{l['name']}" for l in row["leaders"])
    return [
        ("subtitle", row["subtitle"]), ("kicker", row["kicker"]),
        ("issue", f"{row['publication']} {row['issue_title'] or ''}"), ("date", row["date"] or row["month_day"]),
        ("section", row["section"]), ("kind", row["kind"]), ("bylines", "、".join(row["bylines"])),
        ("source unit", row["source_unit"]), ("leaders", leaders), ("projects", "、".join(row["projects"])),
        ("corrected", "yes (see 'gazette corrections')" if row.get("corrected") else None),
        ("pages", _pages(row)),
        ("ocr", "yes: read from a scan, may hold recognition errors" if row.get("ocr") else None),
        ("note", row.get("note")),
    ]


def _pages(row: dict) -> str | None:
    """``3`` or ``3-4``: the pages of a PDF the article stands on."""
    first, last = row.get("page_first"), row.get("page_last")
    if not first:
        return None
    return str(first) if not last or last == first else f"{first}-{last}"


@cli.command(context_settings=CONTEXT)
@pass_library
def reparse(obj: Obj) -> None:
    """Re-parse every stored gazette text with the current parser (corrections are kept).

    \b
    Example:
      gazette reparse
    """
    written = obj.library.reparse()
    click.echo(f"re-parsed into {written} articles")


@cli.command("edit-issue", context_settings=CONTEXT)
@click.argument("issue_id", type=int)
@click.option("--publication")
@click.option("--place")
@click.option("--year", type=click.IntRange(1900, 2100))
@click.option("--month", type=click.IntRange(1, 12))
@click.option("--number", help="Issue number (总第N期).")
@pass_library
def edit_issue(obj: Obj, issue_id: int, **fields: object) -> None:
    """Correct an issue's metadata; kept when the library is re-parsed.

    The issue is re-parsed with the correction, so its id and its articles' ids may change.

    \b
    Example:
      gazette edit-issue 3 --year 2021
    """
    new_id = obj.library.set_issue_metadata(issue_id, **{k: v for k, v in fields.items() if v is not None})
    click.echo(f"issue {issue_id} updated (now issue {new_id})")


@cli.command("delete-issue", context_settings=CONTEXT)
@click.argument("issue_id", type=int)
@pass_library
def delete_issue(obj: Obj, issue_id: int) -> None:
    """Remove an issue, its articles and its stored text from the library.

    \b
    Example:
      gazette delete-issue 3
    """
    obj.library.delete_issue(issue_id)
    click.echo(f"issue {issue_id} deleted")


@cli.command(context_settings=CONTEXT)
@pass_library
def info(obj: Obj) -> None:
    """Show where the library is and what it holds.

    \b
    Example:
      gazette info
    """
    counts = obj.library.counts()
    click.echo(f"library: {obj.library.shown_path}")
    click.echo(", ".join(f"{n} {name}" for name, n in counts.items()))


@cli.command(context_settings=CONTEXT)
@click.option("--repair", is_flag=True,
              help="Rebuild a bad search index; read a damaged library into a new file beside it.")
@json_option
@click.pass_obj
def check(obj: Obj, repair: bool, as_json: bool) -> None:
    """Check the library file: SQLite's integrity check, the search indexes, the library's invariants.

    On a server library (--library postgresql://…) the storage is PostgreSQL's own to check
    (pg_amcheck, on the server); this checks the search index against the articles (ids, dates,
    version) and the library's invariants, and --repair rebuilds a bad index.

    Exits with status 1 when something is wrong and was not repaired. --repair never writes over a
    damaged file: it reads what it can into NAME.recovered-TIME.sqlite (articles whose pages were lost
    are parsed again from their stored source text) and tells you how to open it.

    \b
    Example:
      gazette check
      gazette --library damaged.sqlite check --repair
    """
    report = Library.check(obj.path if is_server_url(obj.path) else obj.library_file(), repair=repair)
    if as_json:
        _emit_json(report.as_dict())
    else:
        for line in _check_lines(report):
            click.echo(line)
    if not report.ok and not (report.repaired or report.recovered_to):
        sys.exit(1)


@cli.command(context_settings=CONTEXT)
@json_option
@pass_library
def optimize(obj: Obj, as_json: bool) -> None:
    """Merge the search index into one segment: what a bulk import (--batch) does at its end.

    A library filled by many imports holds its index in many segments, and every search seeks in each
    (a common term's first page at a million articles: ~200 ms in 17 segments, ~12 ms in one). About a
    minute per million articles; Ctrl+C stops it between steps and keeps what was merged. A server
    library has nothing to merge.

    \b
    Example:
      gazette optimize
    """
    started = time.perf_counter()
    steps = obj.library.optimize_index()
    seconds = round(time.perf_counter() - started, 1)
    if as_json:
        _emit_json({"steps": steps, "seconds": seconds})
    else:
        click.echo(f"search index merged in {steps} steps, {seconds} s" if steps else
                   "search index already in one segment: nothing to merge")


def _check_lines(report: CheckReport) -> list[str]:
    """The text form of a check report."""
    lines = [f"library: {report.path}"] + ([f"storage: {report.storage}"] if report.storage else [])
    for label, problems in (("file", report.damaged), ("search index", report.index),
                            ("invariants", report.invariants)):
        if label == "file" and report.storage:
            continue  # a server library has no file of ours: the storage line says who checks it
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        unchecked = report.damaged and label != "file"
        lines.append(f"{label}: {'not checked (the file is damaged)' if unchecked else shown or 'ok'}")
    lines += report.repaired
    if report.recovered_to:
        counts = ", ".join(f"{n} {name}" for name, n in report.recovered_rows.items())
        lines.append(f"recovered into {report.recovered_to} ({counts}); the damaged file was left as it was. "
                     f"Check it, then use it with --library {report.recovered_to}")
    elif report.storage and report.invariants and not report.index:
        lines.append("broken invariants of a server library are repaired on the server, by its administrator")
    elif not report.ok and not report.repaired:
        lines.append("run `gazette check --repair` to repair")
    return lines


def _notice_lock(db: Database) -> None:
    """Tell the user why the command pauses: another writer holds the library."""
    click.echo(waiting_for(db)[0], err=True)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM handler: unwind like Ctrl-C (rolled back, message), exit status 143."""
    raise Terminated()


def main() -> None:
    """Console-script entry point."""
    lock_notices.append(_notice_lock)
    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="gazette")


# Commands of the other features register themselves on ``cli``.
from gazette_reader import cli_collections, cli_corrections, cli_features, cli_server  # noqa: E402,F401  (imported for their side effect)
