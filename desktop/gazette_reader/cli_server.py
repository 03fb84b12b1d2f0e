"""``gazette server init`` and ``gazette copy``: a shared library on PostgreSQL for a team (#18).

``server init`` runs as the database's owner: it creates the library's tables and two group roles,
``gazette_editor`` (import, correct, collect) and ``gazette_reader`` (read, search, export); people get
a login role that is a member of one (``CREATE ROLE alice LOGIN IN ROLE gazette_editor``). ``copy`` moves
a library between a file and a server, exactly (counts and a digest are compared before it commits).
Passwords come from libpq (``PGPASSFILE``, ``~/.pgpass``, ``PGSERVICE``); Gazette Reader never stores one.
"""

from __future__ import annotations

import click

from gazette_reader.cli import CONTEXT, Obj, _emit_json, cli, json_option, pass_library
from gazette_reader.errors import GazetteError
from gazette_reader.library import Library
from gazette_reader.store.backend import is_server_url


@cli.group(context_settings=CONTEXT)
def server() -> None:
    """Set up a library on a PostgreSQL server for a team.

    \b
    Example:
      gazette --library postgresql://owner@db.example.org/gazette server init
    """


@server.command("init", context_settings=CONTEXT)
@click.option("--editor-role", default="gazette_editor", show_default=True,
              help="Group role whose members may import and correct.")
@click.option("--reader-role", default="gazette_reader", show_default=True,
              help="Group role whose members may only read, search and export.")
@json_option
@pass_library
def server_init(obj: Obj, editor_role: str, reader_role: str, as_json: bool) -> None:
    """Create the library's tables on the server (when new) and the editor and reader roles, with their
    rights. Run it as the database's owner; running it again only grants what is missing.

    --json: {"database": ..., "owner": ..., "editor": ..., "reader": ..., "created_roles": [...],
    "created_library": true}

    \b
    Example:
      gazette --library postgresql://owner@db.example.org/gazette server init
      psql -c 'CREATE ROLE alice LOGIN IN ROLE gazette_editor'   # then alice uses the same URL
    """
    from gazette_reader.store.pg.roles import init_roles

    if not is_server_url(obj.path):
        raise click.UsageError("server init needs --library postgresql://USER@HOST/DATABASE")
    library = Library.open(obj.path, create=True)
    report = init_roles(library.db, editor=editor_role, reader=reader_role, created_library=library.created)
    if as_json:
        _emit_json(report.__dict__)
        return
    state = "created" if report.created_library else "already there"
    click.echo(f"library in database {report.database}: {state} (owner {report.owner})")
    click.echo(f"editors: members of {report.editor}; readers: members of {report.reader}"
               + (f" (new roles: {', '.join(report.created_roles)})" if report.created_roles else ""))


@cli.command(context_settings=CONTEXT)
@click.option("--from", "source", required=True, metavar="LIBRARY", help="A library file or postgresql:// URL.")
@click.option("--to", "target", required=True, metavar="LIBRARY",
              help="A new library file or an empty postgresql:// database.")
@json_option
def copy(source: str, target: str, as_json: bool) -> None:
    """Copy a whole library (articles, tags, corrections, collections, notes) between a file and a
    PostgreSQL server, either way. Checked before it commits: row counts and a digest of every row must
    match, else nothing is copied.

    --json: {"counts": {"articles": N, ...}, "digest": "sha256 hex"}

    \b
    Examples:
      gazette copy --from library.sqlite --to postgresql://owner@db.example.org/gazette
      gazette copy --from postgresql://owner@db.example.org/gazette --to backup.sqlite
    """
    from gazette_reader.store.copy import copy_library

    if source.strip() == target.strip():
        raise GazetteError("--from and --to are the same library", zh="源资料库与目标资料库相同")
    origin = Library.open(source, create=False)
    destination = Library.open(target, create=True)
    try:
        report = copy_library(origin.db, destination.db)
    finally:
        origin.close()
        destination.close()
    if as_json:
        _emit_json({"counts": report.counts, "digest": report.digest})
        return
    shown = ", ".join(f"{n} {table}" for table, n in report.counts.items() if n)
    click.echo(f"copied {shown}; digest {report.digest[:16]} matches")
