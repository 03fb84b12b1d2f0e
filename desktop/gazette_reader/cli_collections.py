"""``gazette`` commands for collections (专题) and notes: list collections, put articles into one, write an
article's note. Both are kept across 'gazette reparse' and corrections (they follow the article ids a
re-parse keeps); export a collection with ``gazette export --collection NAME``.
"""

from __future__ import annotations

import click

from gazette_reader.cli import CONTEXT, Obj, _emit_json, cli, emit_rows, json_option, pass_library


@cli.command(context_settings=CONTEXT)
@json_option
@pass_library
def collections(obj: Obj, as_json: bool) -> None:
    """List the collections with how many articles each holds.

    --json: [{"id": 1, "name": "老旧小区改造", "articles": 12}, ...]

    \b
    Example:
      gazette collections --json
    """
    emit_rows(obj.library.collections(), as_json, lambda row: f"{row['articles']:>6}  {row['name']}")


@cli.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--ids", help="Comma-separated article ids, e.g. 1,2,3.")
@click.option("--query", help="Every hit of this search.")
@click.option("--remove", is_flag=True, help="Take the articles out of the collection instead.")
@click.option("--delete", "delete", is_flag=True, help="Delete the collection (its articles stay).")
@json_option
@pass_library
def collect(obj: Obj, name: str, ids: str | None, query: str | None, remove: bool, delete: bool,
            as_json: bool) -> None:
    """Put articles into the collection NAME (made when new), or take them out with --remove.

    Prints how many articles changed and the collection's size (--json: {"collection": NAME,
    "changed": N, "articles": [ids in the order added]}).

    \b
    Examples:
      gazette collect 老旧小区改造 --query '项目:老旧小区改造'
      gazette collect 待核实 --ids 12,40
      gazette collect 待核实 --ids 40 --remove
      gazette collect 待核实 --delete
    """
    library = obj.library
    if delete:
        if ids or query or remove:
            raise click.UsageError("--delete takes no --ids, --query or --remove")
        library.delete_collection(name)
        click.echo(f"deleted the collection {name}")
        return
    article_ids = _chosen(obj, ids, query)
    changed = (library.uncollect if remove else library.collect)(name, article_ids)
    members = library.collection_ids(name)
    if as_json:
        _emit_json({"collection": name, "changed": changed, "articles": members})
        return
    verb = "removed from" if remove else "added to"
    click.echo(f"{changed} articles {verb} {name} (now {len(members)})")


def _chosen(obj: Obj, ids: str | None, query: str | None) -> list[int]:
    """The ids of --ids or the hits of --query (exactly one of them)."""
    if bool(ids) == bool(query):
        raise click.UsageError("give exactly one of --ids or --query")
    if query:
        return obj.library.search_ids(query)
    try:
        return [int(part) for part in ids.split(",") if part.strip()]
    except ValueError:
        raise click.UsageError("--ids takes comma-separated numbers, e.g. 1,2,3") from None


@cli.command(context_settings=CONTEXT)
@click.argument("article_id", type=int)
@click.argument("text", required=False)
@json_option
@pass_library
def note(obj: Obj, article_id: int, text: str | None, as_json: bool) -> None:
    """Write the note of article ARTICLE_ID (plain text; '' removes it), or print it when TEXT is left out.

    Notes are found with the 备注:/note: search filter and exported with their article (a 备注 line
    in Word, Markdown, HTML and PDF; a note column in Excel and CSV; "note" in JSON Lines).
    --json: {"id": N, "note": TEXT}.

    \b
    Examples:
      gazette note 12 '日期待核实：原文作4月3日'
      gazette note 12
      gazette note 12 ''
    """
    library = obj.library
    library.article(article_id)  # a clear error for an unknown id, also when only reading
    stored = library.note(article_id) if text is None else library.set_note(article_id, text)
    if as_json:
        _emit_json({"id": article_id, "note": stored})
    elif text is None:
        click.echo(stored)
    else:
        click.echo(f"note of article {article_id} {'saved' if stored else 'removed'}")
