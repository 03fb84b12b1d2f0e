"""``gazette-reader --selftest``, the Qt-free half: prove an installed or bundled copy really works.

A bundle can build fine and still be broken at run time: jieba's ``dict.txt`` or OpenCC's tables left
out, ``resources/`` or ``seeds/`` not where :mod:`gazette_reader.paths` looks, an export writer whose
dependency was excluded. None of that shows until a user clicks, so these checks exercise the same path a
user does — import the seeds into a *temporary* library, search, read tags, export — and report one line
per step. The GUI half (rendering the main window) lives in :mod:`gazette_reader.gui.selftest`.

Every check runs even when an earlier one failed, so one run shows every broken piece; a check that needs
the library reports that it could not run instead of raising.
"""

from __future__ import annotations

import csv
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gazette_reader.errors import GazetteError

CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
LIBRARY_NAME = "selftest.sqlite"
"""The temporary library inside ``workdir``; the GUI half opens the same file to render the window."""


@dataclass(frozen=True)
class Check:
    """The outcome of one self-test step: a name, pass/fail and one human-readable sentence."""

    name: str
    ok: bool
    detail: str
    seconds: float = 0.0

    def line(self) -> str:
        """``ok   import: 5 files, 45 articles (1.20 s)`` or ``FAIL import: <reason>``."""
        return f"{'ok' if self.ok else 'FAIL':<4} {self.name}: {self.detail} ({self.seconds:.2f} s)"


@dataclass
class Context:
    """What the checks share: the scratch folder and, once imported, the library and its article ids."""

    workdir: Path
    library: Any = None
    article_ids: list[int] = field(default_factory=list)

    def require_library(self) -> Any:
        """The imported library, or a readable failure for checks that cannot run without it."""
        if self.library is None or not self.article_ids:
            raise GazetteError("not run: the import check failed")
        return self.library


CheckFn = Callable[[Context], str]


def run_step(name: str, step: Callable[[], str]) -> Check:
    """Run one step, turning any exception into a FAIL line (a self-test must never crash)."""
    start = time.perf_counter()
    try:
        detail, ok = step(), True
    except GazetteError as exc:
        detail, ok = str(exc), False
    except Exception as exc:  # noqa: BLE001 — anything else is exactly what the self-test hunts for
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return Check(name, ok, detail, time.perf_counter() - start)


def run_check(name: str, fn: CheckFn, ctx: Context) -> Check:
    """Run one core check against the shared context."""
    return run_step(name, lambda: fn(ctx))


def check_resources(ctx: Context) -> str:
    """The bundled folders are where :mod:`gazette_reader.paths` looks, with their files in them."""
    from gazette_reader import paths

    dictionaries = sorted(paths.resources_dir().joinpath("dict").glob("*.txt"))
    seeds = paths.seed_files()
    if not dictionaries:
        raise GazetteError(f"no dictionaries in {paths.resources_dir() / 'dict'}")
    if not seeds:
        raise GazetteError(f"no sample gazettes in {paths.seeds_dir()}")
    return f"{len(seeds)} seeds, {len(dictionaries)} dictionaries in {paths.resources_dir().parent}"


def check_text(ctx: Context) -> str:
    """OpenCC's tables and jieba's dictionary load (both are data files a bundle can lose)."""
    from gazette_reader.text.normalize import normalize
    from gazette_reader.text.segment import cut

    simplified = normalize("區人民政府召開常務會議")
    if "区人民政府" not in simplified:
        raise GazetteError(f"traditional→simplified conversion failed: {simplified!r}")
    words = cut("区人民政府召开常务会议")
    if len(words) < 3:
        raise GazetteError(f"jieba did not segment the sentence: {words!r}")
    return f"OpenCC t2s ok, jieba: {' / '.join(words)}"


def check_import(ctx: Context) -> str:
    """Import every seed into a fresh library: the whole ingest pipeline and the store. The two C
    libraries only the import uses must be there: a bundle without pyahocorasick cannot tag, and one
    without isal would pack texts three times as slowly with no other sign."""
    from gazette_reader import paths
    from gazette_reader.library import Library
    from gazette_reader.store.packing import DEFLATE

    if DEFLATE != "ISA-L":
        raise GazetteError(f"isal is missing: texts would be packed by {DEFLATE}, three times as slowly")

    library = Library.open(ctx.workdir / LIBRARY_NAME)
    report = library.import_files(paths.seed_files())
    seeds = len(paths.seed_files())
    imported = len(report.by_status("imported"))
    if imported != seeds:
        raise GazetteError(f"only {imported} of {seeds} seeds imported: {report.summary()}")
    ctx.library, ctx.article_ids = library, library.article_ids()
    if not ctx.article_ids:
        raise GazetteError("the seeds imported but produced no articles")
    return f"{imported} files, {len(ctx.article_ids)} articles, texts packed by {DEFLATE}"


def search_term(title: str) -> str | None:
    """A query guaranteed to match ``title``: its first run of CJK characters, at most four long."""
    match = CJK_RUN.search(title or "")
    return match.group()[:4] if match else None


def check_search(ctx: Context) -> str:
    """Search for a word taken from a real title; the article it came from must be among the hits."""
    library = ctx.require_library()
    for article in library.articles(ids=ctx.article_ids[:20]):
        term = search_term(article["title"])
        if term:
            break
    else:
        raise GazetteError("none of the first 20 articles has a Chinese title to search for")
    hits = library.search_ids(term)
    if article["id"] not in hits:
        raise GazetteError(f"searching {term!r} did not find article {article['id']} ({len(hits)} hits)")
    return f"{term!r}: {len(hits)} hits, including article {article['id']}"


def check_tags(ctx: Context) -> str:
    """Leaders and projects were tagged in the seeds (both are present in every sample bulletin)."""
    library = ctx.require_library()
    leaders, projects = library.leaders(), library.projects()
    if not leaders or not projects:
        raise GazetteError(f"expected leaders and projects, got {len(leaders)} leaders, {len(projects)} projects")
    return f"{len(leaders)} leaders (first: {leaders[0]['name']}), {len(projects)} projects"


MAGIC: dict[str, bytes] = {".docx": b"PK", ".xlsx": b"PK", ".pdf": b"%PDF"}
"""Leading bytes of the binary formats: a writer whose dependency a bundle dropped fails before these."""


def check_export_file(path: Path) -> None:
    """One exported file is non-empty and starts like its format should."""
    head = path.read_bytes()[:8]
    if not head or not head.startswith(MAGIC.get(path.suffix, b"")):
        raise GazetteError(f"{path.name} is empty or not a {path.suffix} file")


def check_csv_rows(path: Path, expected: int) -> None:
    """The CSV export has a header and one row per article."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if len(rows) - 1 != expected:
        raise GazetteError(f"{path.name} has {len(rows) - 1} data rows for {expected} articles")


def check_docx_text(path: Path) -> None:
    """The Word export is a real document with text runs in it."""
    with zipfile.ZipFile(path) as archive:
        if "<w:t" not in archive.read("word/document.xml").decode("utf-8"):
            raise GazetteError(f"{path.name} has no text runs")


def check_export(ctx: Context) -> str:
    """Export every article in every format (each writer pulls in its own library) and read them back."""
    from gazette_reader.export import FORMATS

    library = ctx.require_library()
    written = {fmt: library.export(ctx.article_ids, fmt, ctx.workdir / f"selftest-{fmt}{suffix}", force=True)
               for fmt, (_label, suffix) in FORMATS.items()}
    for path in written.values():
        check_export_file(path)
    check_docx_text(written["docx"])
    check_csv_rows(written["csv"], len(ctx.article_ids))
    total = sum(path.stat().st_size for path in written.values())
    return f"{len(written)} formats ({', '.join(written)}), {total // 1024} KB, csv {len(ctx.article_ids)} rows"


FORMAT_SAMPLE = ("区长调研城市建设", "4月1日，区长到工地察看进度，要求加快建设，确保按期完成。")
"""A headline and a paragraph written into a small file of each importable format by :func:`check_formats`."""


def _sample_files() -> dict[str, bytes]:
    """The sample as .docx, .html, .mhtml and .pdf bytes, made with the libraries the app ships."""
    import io
    from email.message import EmailMessage

    import docx
    from reportlab.pdfgen import canvas

    from gazette_reader.export.pdf_fonts import cjk_font

    title, text = FORMAT_SAMPLE
    document = docx.Document()
    document.add_heading(title, level=1)
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    page = f"<html><head><meta charset=gbk><title>{title}_政府网</title></head><body><div><p>{text}</p></div></body></html>"
    archive = EmailMessage()
    archive.set_content(page.replace("gbk", "utf-8"), subtype="html", charset="utf-8", cte="quoted-printable")
    pdf_buffer = io.BytesIO()
    pdf = canvas.Canvas(pdf_buffer)
    font = cjk_font().name
    pdf.setFont(font, 18)
    pdf.drawString(72, 720, title)
    pdf.setFont(font, 10.5)
    pdf.drawString(93, 690, text)
    pdf.showPage()
    pdf.save()
    return {".docx": buffer.getvalue(), ".html": page.encode("gbk"), ".mhtml": bytes(archive),
            ".pdf": pdf_buffer.getvalue()}


def check_formats(ctx: Context) -> str:
    """Word, web page, web archive and PDF files are read (python-docx, selectolax, pypdfium2 load)."""
    from gazette_reader.ingest.readers import read_bytes

    title, text = FORMAT_SAMPLE
    read = []
    for suffix, data in _sample_files().items():
        got = read_bytes(data, suffix).text.strip().split("\n\n")
        if got[0] != title or text not in got:
            raise GazetteError(f"the {suffix} reader gave {got!r}")
        read.append(suffix)
    return f"read {', '.join(read)}"


CORE_CHECKS: tuple[tuple[str, CheckFn], ...] = (
    ("resources", check_resources),
    ("text", check_text),
    ("import", check_import),
    ("formats", check_formats),
    ("search", check_search),
    ("tags", check_tags),
    ("export", check_export),
)


def run_core_checks(workdir: Path, checks: tuple[tuple[str, CheckFn], ...] = CORE_CHECKS, *,
                    report: Callable[[Check], None] | None = None) -> list[Check]:
    """Run every Qt-free check with ``workdir`` as scratch space (the caller owns and deletes it).

    ``report`` sees each check as soon as it finishes (so a slow or hanging step is visible in CI logs).
    Returns the checks in order; the library opened for them is closed before returning so that the
    caller can remove ``workdir`` (Windows refuses to delete an open SQLite file).
    """
    ctx = Context(workdir=Path(workdir))
    done: list[Check] = []
    try:
        for name, fn in checks:
            done.append(run_check(name, fn, ctx))
            if report is not None:
                report(done[-1])
        return done
    finally:
        if ctx.library is not None:
            ctx.library.close()


def summary(checks: list[Check], seconds: float) -> str:
    """The last line: ``selftest passed: 9 checks in 4.1 s`` or which checks failed."""
    failed = [c.name for c in checks if not c.ok]
    if failed:
        return f"selftest FAILED: {len(failed)} of {len(checks)} checks ({', '.join(failed)}) in {seconds:.1f} s"
    return f"selftest passed: {len(checks)} checks in {seconds:.1f} s"
