"""The Linux launcher, AppStream metadata, icons and the per-user install script, in a temporary HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DESKTOP = ROOT / "resources" / "gazette-reader.desktop"
METAINFO = ROOT / "resources" / "io.github.gazette_reader.GazetteReader.metainfo.xml"
INSTALL = ROOT / "packaging" / "install-desktop.sh"
ICONS = ROOT / "resources" / "icons"


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


MIME_TYPES = ("text/plain;application/pdf;application/vnd.openxmlformats-officedocument.wordprocessingml.document;"
              "text/html;application/xhtml+xml;application/x-mimearchive;multipart/related;")
"""Plain text, PDF, Word .docx, web pages and saved web archives: what an import reads."""


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.parametrize(
    ("key", "value"),
    [("Exec", "gazette-reader %F"), ("MimeType", MIME_TYPES), ("Icon", "gazette-reader"),
     ("Terminal", "false"), ("Name[zh_CN]", "地方简报阅读器"), ("Type", "Application")],
)
def test_desktop_file_keys(key: str, value: str) -> None:
    assert desktop_entry(DESKTOP)[key] == value


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_launches_our_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP.name
    assert {b.text for b in root.iter("binary")} == {"gazette-reader", "gazette"}


@pytest.mark.parametrize(("name", "magic"), [("gazette-reader.ico", b"\x00\x00\x01\x00"),
                                             ("gazette-reader.icns", b"icns")])
def test_committed_platform_icons(name: str, magic: bytes) -> None:
    data = (ICONS / name).read_bytes()
    assert data.startswith(magic)
    if name.endswith(".ico"):
        assert struct.unpack("<H", data[4:6])[0] == 7  # 16, 24, 32, 48, 64, 128, 256


def run_install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"} | {"HOME": str(home)}
    return subprocess.run(["bash", str(INSTALL), *args], capture_output=True, text=True, env=env, check=False)


@pytest.fixture
def fake_exe(tmp_path: Path) -> Path:
    exe = tmp_path / "my apps" / "gazette-reader"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    return exe


def test_install_and_uninstall_in_a_temporary_home(tmp_path: Path, fake_exe: Path) -> None:
    home = tmp_path / "home"
    done = run_install(home, "--exec", str(fake_exe))
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    entry = desktop_entry(share / "applications" / "gazette-reader.desktop")
    assert entry["Exec"] == f'"{fake_exe}" %F'  # the path has a space: quoted per the spec
    assert entry["TryExec"] == str(fake_exe)
    assert (share / "icons/hicolor/scalable/apps/gazette-reader.svg").is_file()
    pngs = sorted(share.glob("icons/hicolor/*x*/apps/gazette-reader.png"))
    assert len(pngs) == 9
    assert (share / "metainfo" / METAINFO.name).is_file()
    if shutil.which("desktop-file-validate"):
        assert "error" not in done.stdout + done.stderr
    if shutil.which("update-desktop-database"):
        cache = (share / "applications" / "mimeinfo.cache").read_text()
        assert "text/plain=gazette-reader.desktop;" in cache
        assert "application/pdf=gazette-reader.desktop;" in cache

    assert run_install(home, "--uninstall").returncode == 0
    assert not (share / "applications" / "gazette-reader.desktop").exists()
    assert not list(share.glob("icons/hicolor/*/apps/gazette-reader.*"))


def test_install_without_an_executable_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "packaging").mkdir()
    shutil.copy(INSTALL, tmp_path / "packaging" / INSTALL.name)  # a checkout with no bundle built
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    env = {"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}  # no gazette-reader on it
    done = subprocess.run(["bash", str(tmp_path / "packaging" / INSTALL.name)], capture_output=True,
                          text=True, env=env, check=False)
    assert done.returncode == 1 and "--exec" in done.stderr
    assert not (tmp_path / "home").exists()
