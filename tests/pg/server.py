"""A throwaway PostgreSQL server for the tests: one per test session, in a temporary folder.

``initdb`` into the folder, ``pg_ctl start`` on a free port with the unix socket in the same folder and no
TCP listener, trust authentication (only this machine's users reach the socket, and the folder is ours).
PostgreSQL refuses to run as root; when the tests run as root the server runs as the ``postgres`` (or
``nobody``) user through ``runuser``. :func:`find_binaries` says why there is no server when it cannot
make one, and the fixture skips the PostgreSQL tests with that reason.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BIN_DIRS = [Path(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)] + [Path("/usr/local/bin")]


def find_binaries() -> tuple[Path | None, str]:
    """The folder holding ``initdb`` and ``pg_ctl``, or None and why not."""
    explicit = os.environ.get("GAZETTE_PG_BIN")
    for folder in ([Path(explicit)] if explicit else []) + BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder, ""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent, ""
    return None, "no PostgreSQL server binaries (initdb, pg_ctl): install Debian's postgresql package"


def _server_user() -> str | None:
    """The user to run the server as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and there is no postgres or nobody user to run the server as")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    """A running throwaway server: its socket folder, port and superuser."""

    bin: Path
    folder: Path
    port: int
    user: str
    run_as: str | None

    def url(self, dbname: str = "postgres", user: str | None = None) -> str:
        """A libpq URL to ``dbname`` over the server's unix socket."""
        return f"postgresql://{user or self.user}@/{dbname}?host={self.folder}&port={self.port}"

    def conninfo(self, dbname: str = "postgres") -> str:
        """The same as a libpq keyword string (what ``psycopg.connect`` takes)."""
        return f"host={self.folder} port={self.port} user={self.user} dbname={dbname}"

    def admin(self):
        """An autocommit superuser connection to the ``postgres`` database."""
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def new_database(self, prefix: str = "t") -> str:
        """A fresh, empty database; returns its name."""
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = list(args) if self.run_as is None else ["runuser", "-u", self.run_as, "--", *args]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate`` is a crash: no checkpoint, recovery on the next start)."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", mode, "-w", "stop", check=False)

    def start(self) -> None:
        """Start (or restart) the server on its port, socket in its folder, no TCP."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses='' -c fsync=off -c max_connections=60"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-l", str(self.folder / "log"),
                  "-o", options, "-w", "start")


def start_server() -> PgServer:
    """initdb and start a server in a new temporary folder (see the module)."""
    binaries, why = find_binaries()
    if binaries is None:
        raise FileNotFoundError(why)
    run_as = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="gazette-pg-"))
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        folder.chmod(0o755)
    server = PgServer(binaries, folder, _free_port(), "postgres", run_as)
    server._run(str(binaries / "initdb"), "-D", str(folder / "data"), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8" if _has_c_utf8() else "--locale=C")
    server.start()
    return server


def _has_c_utf8() -> bool:
    """Whether the C.UTF-8 locale exists (Debian has it; else initdb falls back to C, same byte order)."""
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    except OSError:
        return False
    return "c.utf8" in out or "c.utf-8" in out


def remove_server(server: PgServer) -> None:
    """Stop the server and delete its folder."""
    server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)


@contextmanager
def silent_server() -> Iterator[int]:
    """A TCP port on 127.0.0.1 that takes connections (the kernel's backlog) and never answers: what a
    wrong or firewalled host looks like to libpq, which then waits until its connect timeout."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield sock.getsockname()[1]
