"""One throwaway PostgreSQL server for a test session: ``initdb`` into a temporary folder, ``pg_ctl start``
on a free port with its socket in that folder, stopped and deleted at the end.

Why a server of our own: the tests must never touch a PostgreSQL the machine already runs, and CI has
no database to lend. PostgreSQL refuses to run as root, so under root the server runs as the
``postgres`` account (Debian's package creates it) and the folder is handed to it. Without the
binaries the fixture skips with a reason saying what to install.

Use :func:`pg_server` (session scope) and ask it for a fresh database per test module or test
(:meth:`PgServer.new_database`): a database is cheap (``CREATE DATABASE`` copies ``template1``).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

BIN_DIRS = [Path(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]
RUN_AS = "postgres"
"""The account the server runs as when the tests run as root."""
_names = itertools.count(1)


def find_bin_dir() -> Path | None:
    """The newest installed PostgreSQL's ``bin`` folder (Debian layout), or the one on ``PATH``."""
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    """A running throwaway server: its socket folder, port and superuser."""

    bin_dir: Path
    folder: Path
    port: int
    user: str

    @property
    def host(self) -> str:
        return str(self.folder / "run")

    def conninfo(self, dbname: str = "postgres") -> str:
        """A libpq connection string for ``dbname`` on this server (Unix socket, no password)."""
        return f"host={self.host} port={self.port} user={self.user} dbname={dbname}"

    def url(self, dbname: str = "postgres") -> str:
        """The same as a ``postgresql://`` URL (what ``--library`` takes)."""
        return f"postgresql://{self.user}@/{dbname}?host={self.host}&port={self.port}"

    def new_database(self, prefix: str = "test") -> str:
        """Create an empty database (UTF-8, C.UTF-8 collation) and return its name."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(_names)}"
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return name


def _run(args: list[str], user: str | None) -> None:
    prefix = ["runuser", "-u", user, "--"] if user else []
    subprocess.run(prefix + args, check=True, capture_output=True, text=True)


def start(folder: Path) -> PgServer:
    """initdb and start a server in ``folder`` (which must exist and be empty)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    as_user = RUN_AS if os.geteuid() == 0 else None
    if as_user:
        account = pwd.getpwnam(as_user)
        os.chown(folder, account.pw_uid, account.pw_gid)
    user = as_user or pwd.getpwuid(os.geteuid()).pw_name
    data, run = folder / "data", folder / "run"
    for sub in (data, run):
        sub.mkdir()
        if as_user:
            os.chown(sub, account.pw_uid, account.pw_gid)
    _run([str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8",
          "--locale=C.UTF-8", "--no-sync"], as_user)
    port = _free_port()
    options = (f"-p {port} -k {run} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c shared_buffers=128MB")
    _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"], as_user)
    return PgServer(bin_dir, folder, port, user)


def stop(server: PgServer) -> None:
    as_user = RUN_AS if os.geteuid() == 0 else None
    _run([str(server.bin_dir / "pg_ctl"), "-D", str(server.folder / "data"), "-m", "immediate", "stop"], as_user)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server for the whole session; skips when PostgreSQL or psycopg is missing."""
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed (pip install 'psycopg[binary]')")
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL backend tests "
                    "need initdb and pg_ctl")
    folder = Path(tempfile.mkdtemp(prefix="gazette-pg-"))
    folder.chmod(0o755)
    try:
        server = start(folder)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        detail = exc.stderr if isinstance(exc, subprocess.CalledProcessError) else exc
        pytest.skip(f"could not start a throwaway PostgreSQL server: {detail}")
    try:
        yield server
    finally:
        stop(server)
        shutil.rmtree(folder, ignore_errors=True)
