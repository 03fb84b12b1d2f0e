"""A PostgreSQL connection that the core's modules use as they use a sqlite-utils ``Database``.

The core calls ``db.execute(sql, params)`` (a cursor back, with ``fetchone``/``fetchall``/``lastrowid``/
``rowcount``, iterable), ``db.conn.executemany``, ``db.conn.in_transaction`` and ``db.atomic()``. This class
gives exactly that over psycopg 3, translating the SQL (:mod:`.dialect`). The connection runs in
autocommit mode, like sqlite3 outside a transaction: a reader holds no snapshot between statements, so it
never keeps old row versions alive nor blocks a migration; writes are explicit transactions
(:meth:`write_transaction`) that first take the library's writer lock, so two imports or two editors
queue instead of failing on each other's ids (readers are never blocked: PostgreSQL's MVCC).

Savepoints (:meth:`PgDatabase.atomic`) are queued and sent with the next statement: read ``db.raw`` at
each use (it sends the queue), never keep it across a ``db.atomic()`` block, or its statements would run
outside the block's savepoint.

Passwords never pass through here: libpq reads them from ``PGPASSFILE`` / ``~/.pgpass`` (or a service
file) when the URL carries none.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg
from psycopg import pq

from gazette_reader.errors import LibraryError, ServerUnreachable
from gazette_reader.store.pg.dialect import ID_TABLES, plain_insert, translate

WRITER_LOCK = 0x47415A31
"""The advisory lock every write transaction takes (``GAZ1``, the SQLite application id): one writer at a
time, as in SQLite, so ids handed out as ``max(id) + 1`` never collide."""
LOCK_WAIT = 30.0
"""Seconds a write waits for another writer (as ``library.LOCK_WAIT`` for a file)."""
IGNORED_PRAGMAS = ("PRAGMA WAL_CHECKPOINT", "PRAGMA OPTIMIZE", "PRAGMA DATABASE_LIST")
"""SQLite's file upkeep and file questions: a server has no file and no log of ours, so no rows."""


CONNECT_TIMEOUT = 10
"""Seconds a connection may take when neither the URL (``?connect_timeout=N``) nor ``PGCONNECT_TIMEOUT``
says: without it a host that drops packets keeps libpq waiting for minutes."""


def timeout_parameter(url: str) -> dict[str, int]:
    """``{"connect_timeout": CONNECT_TIMEOUT}`` unless the URL or the environment sets one (honoured as
    given, 0 included: libpq's "wait as long as it takes")."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = "connect_timeout" in conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        given = False  # an unreadable address: psycopg.connect says so itself
    return {} if given or os.environ.get("PGCONNECT_TIMEOUT") else {"connect_timeout": CONNECT_TIMEOUT}


def connect_timeout(url: str) -> int:
    """The seconds a connection to ``url`` may take, as psycopg applies them (at least 2, libpq's rule)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo, timeout_from_conninfo

    return timeout_from_conninfo(conninfo_to_dict(make_conninfo(url, **timeout_parameter(url))))


class ReadOnlyLibrary(LibraryError):
    """A write refused because this connection's role may only read."""


LOGIN_REFUSED = ("authentication failed", "no password supplied", "password", "no pg_hba.conf entry",
                 "permission denied")


def connect_failure_kind(reason: str) -> str:
    """``login`` (the server refused this user or password), ``database`` (no such database) or
    ``unreachable`` (no server answered at that address), from libpq's message."""
    lowered = reason.lower()
    if "database" in lowered and "does not exist" in lowered:
        return "database"
    if "role" in lowered and "does not exist" in lowered or any(word in lowered for word in LOGIN_REFUSED):
        return "login"
    return "unreachable"


class PgCursor:
    """The sqlite3 cursor surface over a psycopg cursor (``lastrowid`` from ``RETURNING id``)."""

    def __init__(self, cursor: psycopg.Cursor, returns_id: bool) -> None:
        self._cursor = cursor
        self.lastrowid = None
        if returns_id:
            row = cursor.fetchone()
            self.lastrowid = row[0] if row else None

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def description(self):
        return self._cursor.description

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description else []

    def fetchmany(self, size: int = 1) -> list:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def __iter__(self) -> Iterator:
        return iter(self._cursor) if self._cursor.description else iter(())


class _Conn:
    """``db.conn``: the few sqlite3.Connection members the core uses."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    @property
    def in_transaction(self) -> bool:
        return self._db.idle_raw.info.transaction_status != pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence | dict | None = None) -> PgCursor:
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows) -> PgCursor:
        return self._db.executemany(sql, rows)

    def commit(self) -> None:
        if self.in_transaction:
            self._db.end_transaction("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self._db.end_transaction("ROLLBACK")


class _Table:
    """The two sqlite-utils table members the core and its tests look at."""

    def __init__(self, db: PgDatabase, name: str) -> None:
        self.db, self.name = db, name

    def exists(self) -> bool:
        return bool(self.db.raw.execute("SELECT to_regclass(%s) IS NOT NULL", [self.name]).fetchone()[0])

    @property
    def columns_dict(self) -> dict[str, str]:
        return dict(self.db.raw.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = %s ORDER BY ordinal_position", [self.name]).fetchall())


class PgDatabase:
    """One PostgreSQL connection to a library (see the module)."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection, url: str) -> None:
        self.idle_raw = raw
        """The psycopg connection as it is, without sending :attr:`raw`'s queued statements."""
        self.url = url
        self.conn = _Conn(self)
        self._savepoints = itertools.count(1)
        self._types: dict[str, dict[str, str]] = {}
        self._queued: list[str] = []
        """Savepoint statements not sent yet (:meth:`atomic`): they go with the next statement."""

    @property
    def raw(self) -> psycopg.Connection:
        """The psycopg connection, for statements the core writes in PostgreSQL's own SQL; the savepoint
        statements queued so far are sent first, so whatever runs on it runs inside them."""
        queued = self._take_queue()
        if queued:
            self.idle_raw.execute("; ".join(queued))  # no parameters: one round trip for them all
        return self.idle_raw

    def _take_queue(self) -> list[str]:
        """The queued savepoint statements to send now, the queue emptied; none once the transaction
        has ended (a commit made on ``raw`` directly): there is nothing left for them to open or release."""
        queued, self._queued = self._queued, []
        return queued if self.conn.in_transaction else []

    @contextmanager
    def _sending(self) -> Iterator[None]:
        """Send the queued savepoint statements in the same round trip as the statement run inside (a
        pipeline): an import opens and releases some four savepoints a file, which were eight round trips
        of its 28."""
        if not self._queued:
            yield
            return
        if not psycopg.Pipeline.is_supported():  # libpq before 14: the queue in a round trip of its own
            self.raw  # noqa: B018 (sends the queue)
            yield
            return
        queued = self._take_queue()
        with self.idle_raw.pipeline():
            for statement in queued:
                self.idle_raw.execute(statement)
            yield

    @classmethod
    def connect(cls, url: str) -> PgDatabase:
        """Connect (password from libpq's PGPASSFILE/.pgpass when the URL has none); a clear error if not,
        within :func:`connect_timeout` seconds (a wrong host must not hang the window or the CLI)."""
        extra = timeout_parameter(url)
        try:
            raw = psycopg.connect(url, autocommit=True, application_name="gazette", **extra)
        except psycopg.errors.ConnectionTimeout:
            seconds = connect_timeout(url)
            error = ServerUnreachable(
                f"cannot connect to the library server {redacted(url)}: no answer within {seconds} s "
                "(check the host name, port and network; a slow link may need connect_timeout=N in the URL)",
                zh=f"无法连接资料库服务器 {redacted(url)}：{seconds} 秒内没有应答")
            error.kind, error.seconds = "timeout", seconds
            raise error from None
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            error = ServerUnreachable(f"cannot connect to the library server {redacted(url)}: {reason}",
                                      zh=f"无法连接资料库服务器 {redacted(url)}：{reason}")
            error.kind = connect_failure_kind(reason)
            raise error from None
        _prefer_lz4(raw)
        return cls(raw, url)

    # -- statements --------------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence | dict | None = None) -> PgCursor:
        """Run one statement (SQLite placeholders) and return a cursor over its rows. SQLite's file
        upkeep (``PRAGMA wal_checkpoint``/``optimize`` after a bulk batch) is the server's own business
        here: nothing to run."""
        if sql.lstrip().upper().startswith(IGNORED_PRAGMAS):
            return PgCursor(self.idle_raw.cursor(), False)
        text, returns = translate(sql)
        cursor = self.idle_raw.cursor()
        with refusals(), self._sending():
            cursor.execute(text, _params(params))
        return PgCursor(cursor, returns)

    def executemany(self, sql: str, rows) -> PgCursor:
        """Run one statement for each parameter row (no ids returned). The rows of a plain insert go in
        one ``COPY`` (:meth:`copy_rows`) inside a transaction: ids handed out by :meth:`_insert_numbered`
        are only safe under the writers' lock, which a write transaction holds; outside one (no core path
        writes there) each row is its own insert, numbered by the id trigger."""
        text, _ = translate(sql, returning_id=False)
        cursor = self.idle_raw.cursor()
        batch = [_params(r) for r in rows]
        if batch:  # the tagger writes many empty lists (an article without bylines): no round trip for those
            target = plain_insert(text)
            with refusals():
                if target is not None and _copyable(batch) and self.conn.in_transaction:
                    self.copy_rows(cursor, *target, batch)
                else:
                    with self._sending():
                        cursor.executemany(text, batch)
        return PgCursor(cursor, False)

    def copy_rows(self, cursor: psycopg.Cursor, table: str, columns: Sequence[str], rows: list[list]) -> None:
        """Insert ``rows`` in one statement on the server instead of one a row (an import writes some
        fifteen rows an article: mentions, people, projects): a ``COPY``, or for rows that need ids
        :meth:`_insert_numbered`."""
        if table.lower() in ID_TABLES and "id" not in map(_bare, columns):
            self._insert_numbered(cursor, table, columns, rows)
            return
        self.raw  # a COPY cannot share a pipeline: the queued savepoints go first
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _insert_numbered(self, cursor: psycopg.Cursor, table: str, columns: Sequence[str], rows: list[list]) -> None:
        """Rows without an ``id``, given the next ones after the table's largest in row order: what the id
        trigger (:mod:`.schema`) gives each row, without its query a row (an eighth of a millisecond each),
        in one ``INSERT … SELECT`` (the largest id read once, in the same round trip). The writers' lock
        makes this writer the only one handing out ids.

        The rows travel as one JSON array (``json.dumps`` is C; psycopg dumps a list a column element by
        element in Python, a quarter of the writer's time for these rows); rows holding bytes, which
        JSON cannot carry, as one array a column."""
        types = [self._column_types(table)[_bare(column)] for column in columns]
        first = f"(SELECT coalesce(max(id), 0) FROM {table})"
        if any(isinstance(value, bytes) for row in rows for value in row):
            arrays = ", ".join(f"%s::{kind}[]" for kind in types)
            names = ", ".join(f"c{n}" for n in range(len(columns)))
            source, values, params = (f"unnest({arrays}) WITH ORDINALITY AS r({names}, n)", names,
                                      [list(column) for column in zip(*rows)])
        else:
            values = ", ".join(f"(r.v->>{n})::{kind}" for n, kind in enumerate(types))
            source, params = "json_array_elements(%s::json) WITH ORDINALITY AS r(v, n)", [_json_rows(rows)]
        with self._sending():
            cursor.execute(f"INSERT INTO {table} (id, {', '.join(columns)}) SELECT {first} + r.n, {values} "
                           f"FROM {source}", params)

    def _column_types(self, table: str) -> dict[str, str]:
        """The SQL type of each column of ``table`` (read once a connection: the schema changes only in an
        upgrade, which runs before the library opens)."""
        if table not in self._types:
            self._types[table] = dict(self.raw.execute(
                "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = %s::regclass "
                "AND attnum > 0 AND NOT attisdropped", [table]).fetchall())
        return self._types[table]

    def query(self, sql: str, params: Sequence | dict | None = None) -> Iterator[dict]:
        """Rows as dicts (sqlite-utils' ``db.query``)."""
        cursor = self.execute(sql, params)
        names = [c.name for c in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row))

    def __getitem__(self, table: str) -> _Table:
        """``db["articles"].columns_dict`` and ``.exists()``, as sqlite-utils offers them."""
        return _Table(self, table)

    # -- transactions ------------------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """A transaction, or a savepoint inside one (sqlite-utils' ``db.atomic()``)."""
        if not self.conn.in_transaction:
            with self.write_transaction():
                yield self
            return
        opened = f"SAVEPOINT sp_{next(self._savepoints)}"
        self._queued.append(opened)  # sent with the block's first statement, or never if it has none
        try:
            yield self
        except BaseException:
            if opened in self._queued:  # nothing ran inside: nothing to undo on the server
                del self._queued[self._queued.index(opened):]
            elif self.conn.in_transaction and not self.broken:
                self._queued.clear()  # the block's own inner savepoints: undone with it
                self._roll_back_to(opened.removeprefix("SAVEPOINT "))
            raise
        if self._queued and self._queued[-1] == opened:
            self._queued.pop()
        elif self.conn.in_transaction:
            self._queued.append(f"RELEASE {opened}")

    def _roll_back_to(self, name: str) -> None:
        """Undo a block. Its savepoint may never have been opened: sent in a pipeline behind a statement
        that failed, or into a transaction that had failed already. The error that led here is the one to
        report, not this one."""
        try:
            self.idle_raw.execute(f"ROLLBACK TO SAVEPOINT {name}; RELEASE SAVEPOINT {name}")
        except psycopg.errors.InvalidSavepointSpecification:
            pass

    @contextmanager
    def write_transaction(self, notice=None) -> Iterator[PgDatabase]:
        """BEGIN, take the writers' lock (calling ``notice(self)`` once if another writer holds it), and
        COMMIT at the end or ROLLBACK on any exception; nested, a savepoint.

        Inside, every statement is planned for its parameters (``plan_cache_mode``): psycopg prepares a
        statement run five times, and PostgreSQL may then keep one generic plan for it. A plan made while
        an import's tables were small (a scan of ``people``) stayed while they grew in the same
        transaction (uncommitted rows are in no statistics): each file's look-up of its names took 8 ms
        at 20,000 articles, and longer as the import went on."""
        if self.conn.in_transaction:
            with self.atomic():
                yield self
            return
        self.idle_raw.execute("BEGIN")
        try:
            custom = ", set_config('plan_cache_mode', 'force_custom_plan', true)" \
                if self.raw.info.server_version >= 120000 else ""  # the setting came in PostgreSQL 12
            got = self.raw.execute(f"SELECT pg_try_advisory_xact_lock(%s){custom}", [WRITER_LOCK]).fetchone()[0]
            if not got:
                if notice is not None:
                    notice(self)
                self._wait_for_writer()
            yield self
        except BaseException:
            if self.conn.in_transaction and not self.broken:
                self.end_transaction("ROLLBACK")
            self._queued.clear()
            raise
        self.end_transaction("COMMIT")

    def end_transaction(self, statement: str) -> None:
        """``COMMIT`` or ``ROLLBACK``: either ends every savepoint, so the queued ones are dropped (in a
        failed transaction a queued release would fail and hide the first error).

        PostgreSQL answers a ``COMMIT`` of a failed transaction by rolling it back without an error. A
        statement's failure swallowed inside a block (none of the core's) would then lose the whole
        transaction silently; here it is rolled back and said, as the release sent at once used to say it."""
        self._queued.clear()
        if statement == "COMMIT" and self.idle_raw.info.transaction_status == pq.TransactionStatus.INERROR:
            self.idle_raw.execute("ROLLBACK")
            raise LibraryError("a statement of this change failed, so none of it was saved",
                               zh="这次修改中有一条语句失败，整次修改都没有保存")
        self.idle_raw.execute(statement)

    def _wait_for_writer(self) -> None:
        """Wait up to :data:`LOCK_WAIT` seconds for the writer holding the lock, as SQLite's busy timeout
        does for a file, then give up with a sentence instead of hanging."""
        self.raw.execute(f"SET LOCAL lock_timeout = '{int(LOCK_WAIT * 1000)}ms'")
        try:
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITER_LOCK])
        except psycopg.errors.LockNotAvailable:
            raise LibraryError(f"another user has been importing or correcting for over {LOCK_WAIT:.0f} s; "
                               "try again when they are done",
                               zh=f"另一位用户的导入或校正已超过 {LOCK_WAIT:.0f} 秒，请稍后再试") from None
        self.raw.execute("SET LOCAL lock_timeout = 0")

    @property
    def broken(self) -> bool:
        """Whether the connection was lost (server restarted, network gone): the library opens a new one."""
        return self.idle_raw.broken or self.idle_raw.closed

    def close(self) -> None:
        self._queued.clear()
        self.idle_raw.close()


COPY_TYPES = frozenset({int, str, bytes, type(None)})
"""Values ``COPY`` takes as the same insert binds them. Others (a float or a bool for an integer column:
a value copied from a loosely typed SQLite file) go through ``executemany``, where the server casts them."""


def _json_rows(rows: list[list]) -> str:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def _bare(column: str) -> str:
    """A column's name as the catalog has it: ``"end"`` → ``end``."""
    return column.strip('"').lower()


def _copyable(rows: Sequence[Sequence]) -> bool:
    return all(isinstance(row, (list, tuple)) for row in rows) and \
        {type(value) for row in rows for value in row} <= COPY_TYPES


def _prefer_lz4(raw: psycopg.Connection) -> None:
    """Compress the long values this connection writes (the search index's keys and normalised text)
    with lz4 instead of pglz: a server's choice per value, read back by any PostgreSQL from 14 on
    whatever wrote it. Writing 2,000 articles' index rows (without their GIN index) took the server 0.50 s
    CPU with pglz, 0.24 s with lz4. A server without lz4, or older than 14, keeps pglz."""
    try:
        raw.execute("SET default_toast_compression = 'lz4'")
    except psycopg.Error:
        pass


def _params(params: Sequence | dict | None):
    if params is None or isinstance(params, dict):
        return params
    return [bytes(p) if isinstance(p, memoryview) else p for p in params]


@contextmanager
def refusals() -> Iterator[None]:
    """A reader role's write becomes one clear :class:`ReadOnlyLibrary` error."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as exc:
        if "must be owner" in str(exc):
            raise LibraryError("only the library's owner can change its tables (editors change rows: import, "
                               "correct, collect)", zh="只有资料库的所有者才能修改数据表结构（编辑者可导入、校正、收藏）") from None
        raise ReadOnlyLibrary(
            "this library is read-only for you: your server role may read, search and export, not change it",
            zh="这个资料库对你是只读的：你的服务器角色只能阅读、检索和导出，不能修改") from None
    except psycopg.errors.ReadOnlySqlTransaction:
        raise ReadOnlyLibrary("this library server is read-only (a replica): connect to the primary to change it",
                              zh="这台资料库服务器是只读的（副本）；要修改请连接主服务器") from None


def redacted(url: str) -> str:
    """The URL without a password, for messages (a password in the URL is never shown or stored)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "(an unreadable server address)"
    if "password" not in parts:
        return url
    parts.pop("password")
    return make_conninfo(**parts)
