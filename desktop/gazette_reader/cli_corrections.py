"""``gazette`` commands that correct the split: edit, split and merge articles, mark a file's layout, and
list or revert every correction (tag corrections included).

Each correction re-parses its file with the correction applied; the articles keep their ids (a split's
new part gets a new one, an article merged into the one before disappears). The commands print the
articles the correction resulted in (``--json``: in the ``articles --json`` shape).
"""

from __future__ import annotations

import click

from gazette_reader.cli import CONTEXT, Obj, _emit_json, cli, json_option, pass_library
from gazette_reader.ingest.parse import LAYOUTS


def _article_line(article: dict) -> str:
    """``  58  2020-04-03  工作动态  title`` for the text output."""
    when = article["date"] or article["month_day"] or ""
    return f"{article['id']:>6}  {when:10}  {article['section'] or '':6}  {article['title']}"


def _report(result: dict, as_json: bool, what: str, *, one: bool = False) -> None:
    """Print a correction's outcome: its number and the articles it resulted in."""
    if as_json:
        articles = result["articles"]
        _emit_json({"correction": result["correction"], "article": articles[0]} if one else
                   {"correction": result["correction"], "articles": articles})
        return
    click.echo(f"correction {result['correction']}: {what}; now:")
    for article in result["articles"]:
        click.echo(_article_line(article))


@cli.command("edit-article", context_settings=CONTEXT)
@click.argument("article_id", type=int)
@click.option("--title", help="The article's title.")
@click.option("--subtitle", help="Its subtitle (副题); '' removes it.")
@click.option("--date", metavar="YYYY-MM-DD", help="The date of the event it reports.")
@click.option("--section", help="Its section (栏目); '' removes it.")
@click.option("--kind", type=click.Choice(["article", "brief"]), help="A full article or a brief (△ item).")
@json_option
@pass_library
def edit_article(obj: Obj, article_id: int, title: str | None, subtitle: str | None, date: str | None,
                 section: str | None, kind: str | None, as_json: bool) -> None:
    """Correct an article's title, subtitle, date, section or kind.

    The correction is kept across 'gazette reparse', a re-import of the same text and parser upgrades
    (undo it with 'gazette corrections revert N'). Prints the corrected article (--json:
    {"correction": N, "article": {...}} with the article as 'articles --json' gives it, "corrected":
    true).

    \b
    Example:
      gazette edit-article 12 --title '区委书记宋洁督导老旧小区改造' --date 2020-04-03
      gazette edit-article 40 --kind brief --section 工作动态 --json
    """
    result = obj.library.edit_article(article_id, title=title, subtitle=subtitle, date=date, section=section,
                                      kind=kind)
    _report(result, as_json, f"article {article_id} edited", one=True)


@cli.command("split-article", context_settings=CONTEXT)
@click.argument("article_id", type=int)
@click.option("--at", "paragraph", type=int, required=True, metavar="PARAGRAPH",
              help="Number of the body paragraph (1 = the first) where the new article starts; 2 or more.")
@click.option("--title", help="The new article's title (default: the text of paragraph PARAGRAPH).")
@json_option
@pass_library
def split_article(obj: Obj, article_id: int, paragraph: int, title: str | None, as_json: bool) -> None:
    """Split an article in two: a new article starts at paragraph PARAGRAPH of its body.

    Paragraphs are numbered from 1 as 'gazette show ID' prints the body, one paragraph per line below
    the blank line (the title and the metadata lines above it do not count). Without --title the
    paragraph itself becomes the new article's title (a headline the parser missed); with --title it
    stays the first paragraph of the new article's body. Kept across re-parse and re-import; --json:
    {"correction": N, "articles": [first part, new article]}.

    \b
    Example:
      gazette show 12
      gazette split-article 12 --at 3
      gazette split-article 12 --at 5 --title '区长苏建设调研防汛工作' --json
    """
    result = obj.library.split_article(article_id, paragraph, title)
    _report(result, as_json, f"article {article_id} split at paragraph {paragraph}")


@cli.command("merge-articles", context_settings=CONTEXT)
@click.argument("article_id", type=int)
@click.argument("next_id", type=int, metavar="ID2")
@json_option
@pass_library
def merge_articles(obj: Obj, article_id: int, next_id: int, as_json: bool) -> None:
    """Merge an article with the next one of the same issue (ID2 must follow ID in reading order).

    The second article's title becomes a paragraph of the merged body. Kept across re-parse and
    re-import; --json: {"correction": N, "article": {...}}.

    \b
    Example:
      gazette merge-articles 12 13
    """
    result = obj.library.merge_articles(article_id, next_id)
    _report(result, as_json, f"articles {article_id} and {next_id} merged", one=True)


@cli.command("set-layout", context_settings=CONTEXT)
@click.argument("issue_id", type=int)
@click.argument("layout", type=click.Choice(LAYOUTS))
@json_option
@pass_library
def set_layout(obj: Obj, issue_id: int, layout: str, as_json: bool) -> None:
    """Mark an issue's file as having LAYOUT: it is split with that layout from now on.

    For a file the parser did not recognise (imported as "1 article (layout not recognised)") or split
    the wrong way. Kept across re-parse and re-import; --json: {"correction": N, "issue": {...},
    "articles": [...]}.

    \b
    Example:
      gazette set-layout 3 worklog
    """
    result = obj.library.set_layout(issue_id, layout)
    if as_json:
        _emit_json(result)
        return
    issue = result["issue"] or {}
    click.echo(f"correction {result['correction']}: issue {issue.get('id', issue_id)} is now split as {layout} "
               f"({len(result['articles'])} articles)")


@cli.group("corrections", context_settings=CONTEXT, invoke_without_command=True)
@json_option
@click.pass_context
def corrections(ctx: click.Context, as_json: bool) -> None:
    """List every correction, tag and split, numbered (undo one with 'corrections revert N').

    --json: one object per correction: number, kind (tag or split), action, source, in_library, article
    (the title it was made on), summary, created_at; tag corrections add entity, target and value, split
    corrections values.

    \b
    Example:
      gazette corrections
      gazette corrections --json
      gazette corrections revert 3
    """
    if ctx.invoked_subcommand is not None:
        return
    rows = ctx.find_object(Obj).library.corrections()
    if as_json:
        _emit_json([{k: v for k, v in row.items() if k != "summary_zh"} for row in rows])
        return
    if not rows:
        click.echo("no corrections")
    for row in rows:
        absent = "" if row["in_library"] else "  (its text is not in the library)"
        click.echo(f"{row['number']:>5}  {row['kind']:5}  {row['summary']}{absent}")


@corrections.command("revert", context_settings=CONTEXT)
@click.argument("number", type=int)
@json_option
@pass_library
def corrections_revert(obj: Obj, number: int, as_json: bool) -> None:
    """Undo correction NUMBER (as 'gazette corrections' lists it); the others are applied again.

    Undoing a split correction re-parses its file; undoing a tag correction re-tags the library.
    --json: the correction as it was listed, with issue_id (the re-parsed issue, or null).

    \b
    Example:
      gazette corrections revert 3 --json
    """
    entry = obj.library.revert_correction(number)
    if as_json:
        _emit_json({k: v for k, v in entry.items() if k != "summary_zh"})
        return
    click.echo(f"reverted correction {number}: {entry['summary']}")
