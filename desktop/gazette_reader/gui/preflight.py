"""Checks run before ``QApplication`` exists, so a missing system piece gives a sentence, not a crash.

Without a display, or with the xcb platform plugin missing a system library (``libxcb-cursor0`` is the
classic on a fresh Ubuntu), Qt prints "could not load the Qt platform plugin" and *aborts* the process —
no Python exception to catch, no dialog. Without a Chinese font every title renders as boxes. So the
application asks here first and, when something is missing, says what and which package fixes it.

The decisions are pure functions of an :class:`Environment` (platform, environment variables, a way to
run a command), so tests feed fake environments; :func:`current_environment` builds the real one.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

Runner = Callable[..., "str | None"]
"""``run(command, timeout=10.0)``: a command's stdout, or None when it is missing, fails or times out
(``timeout=None`` waits, for message boxes)."""

FONT_ADVICE: Mapping[str, str] = {
    "linux": "install one, e.g. `sudo apt-get install fonts-wqy-microhei` (Debian/Ubuntu) or "
    "`sudo dnf install google-noto-sans-cjk-fonts` (Fedora)",
    "win32": "add the Windows optional feature “Chinese (Simplified) Supplemental Fonts” "
    "(Settings → Apps → Optional features), which provides Microsoft YaHei",
    "darwin": "PingFang SC ships with macOS; restore it with Font Book → File → Restore Standard Fonts",
}

# Debian package names that the "libfoo.so.N → libfooN" rule gets wrong.
PACKAGE_OVERRIDES: Mapping[str, str] = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
}

LDD_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
SONAME = re.compile(r"^(?P<base>.+?)\.so\.(?P<version>\d+)")


@dataclass(frozen=True)
class Problem:
    """Something missing on this machine: what it is, how to fix it, and whether the GUI can start."""

    what: str
    fix: str
    fatal: bool

    def message(self) -> str:
        """Two sentences for a terminal or a message box."""
        return f"{self.what}\n  → {self.fix}"


@dataclass(frozen=True)
class Environment:
    """Everything the decisions depend on, so tests can fake any machine."""

    platform: str  # sys.platform: linux, win32, darwin, …
    env: Mapping[str, str]
    run: Runner
    xcb_plugin: Path | None = None


def is_x11_like(platform: str) -> bool:
    """True on the Unix systems where Qt needs X11 or Wayland (everything but Windows and macOS)."""
    return platform not in ("win32", "cygwin", "darwin")


def display_problem(environment: Environment) -> Problem | None:
    """No way to show a window: no QT_QPA_PLATFORM override and neither DISPLAY nor WAYLAND_DISPLAY."""
    env = environment.env
    platform_plugin = env.get("QT_QPA_PLATFORM", "")
    if not is_x11_like(environment.platform) or platform_plugin.split(":")[0] not in ("", "xcb", "wayland"):
        return None
    wanted = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",)}.get(platform_plugin.split(":")[0],
                                                                        ("DISPLAY", "WAYLAND_DISPLAY"))
    if any(env.get(name) for name in wanted):
        return None
    return Problem(
        what=f"No graphical display: {' and '.join(wanted)} {'is' if len(wanted) == 1 else 'are'} not set "
        "(a server or SSH session without X forwarding?).",
        fix="start Gazette Reader from a desktop session, or run it on a virtual screen with "
        "`xvfb-run -a gazette-reader`; `gazette-reader --selftest` checks the installation offscreen.",
        fatal=True,
    )


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a shared library (``libxcb-cursor.so.0`` → ``libxcb-cursor0``)."""
    if soname in PACKAGE_OVERRIDES:
        return PACKAGE_OVERRIDES[soname]
    match = SONAME.match(soname)
    if not match:
        return soname
    base, version = match["base"].lower(), match["version"]
    return f"{base}-{version}" if base[-1].isdigit() else f"{base}{version}"


def missing_libraries(ldd_output: str) -> list[str]:
    """The ``=> not found`` libraries in ``ldd`` output, without duplicates, in order."""
    return list(dict.fromkeys(LDD_NOT_FOUND.findall(ldd_output)))


def xcb_problem(environment: Environment) -> Problem | None:
    """The X11 platform plugin would fail to load because a system library is missing (Linux only)."""
    env, plugin = environment.env, environment.xcb_plugin
    if environment.platform != "linux" or plugin is None or not env.get("DISPLAY"):
        return None
    if env.get("QT_QPA_PLATFORM", "xcb").split(":")[0] not in ("", "xcb"):
        return None
    output = environment.run(["ldd", str(plugin)])
    missing = missing_libraries(output or "")
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return Problem(
        what=f"Qt's X11 plugin cannot load: missing system libraries {', '.join(missing)}.",
        fix=f"install them: `sudo apt-get install {packages}` (Debian/Ubuntu; on other systems, the "
        "packages that provide these files).",
        fatal=not env.get("WAYLAND_DISPLAY"),
    )


def cjk_font_problem(environment: Environment) -> Problem | None:
    """No font with Chinese glyphs, asked of fontconfig (Linux, before Qt starts); None when unknown."""
    if not is_x11_like(environment.platform):
        return None
    output = environment.run(["fc-list", ":lang=zh", "family"])
    if output is None or output.strip():
        return None
    return missing_font_problem(environment.platform)


def missing_font_problem(platform: str) -> Problem:
    """The no-Chinese-font problem with the fix for ``platform``."""
    key = platform if platform in FONT_ADVICE else "linux"
    return Problem(what="No Chinese font is installed: titles and articles would show as empty boxes.",
                   fix=FONT_ADVICE[key] + ".", fatal=False)


def diagnose(environment: Environment) -> list[Problem]:
    """Every problem found, fatal ones first."""
    found = [check(environment) for check in (display_problem, xcb_problem, cjk_font_problem)]
    return sorted((p for p in found if p is not None), key=lambda p: not p.fatal)


def run_command(command: Sequence[str], timeout: float | None = 10.0) -> str | None:
    """The real :data:`Runner`: stdout of ``command``, None if it is missing, fails or hangs."""
    try:
        done = subprocess.run(list(command), capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def find_xcb_plugin() -> Path | None:
    """Qt's ``libqxcb.so`` as this process would load it (pip install or PyInstaller bundle)."""
    from PySide6.QtCore import QLibraryInfo  # QtCore only: no GUI is created here

    import PySide6

    roots = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)),
             Path(PySide6.__file__).resolve().parent / "Qt" / "plugins")
    for root in roots:
        candidate = root / "platforms" / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def current_environment() -> Environment:
    """This machine."""
    import os

    plugin = find_xcb_plugin() if sys.platform == "linux" else None
    return Environment(platform=sys.platform, env=dict(os.environ), run=run_command, xcb_plugin=plugin)


def show_native_message(text: str, environment: Environment) -> None:
    """Best effort to show ``text`` without Qt: a double-clicked app has no terminal to print to."""
    if environment.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "Gazette Reader", 0x10)  # type: ignore[attr-defined]
    elif environment.platform == "darwin":
        quoted = text.replace("\\", "\\\\").replace('"', '\\"')
        environment.run(["osascript", "-e", f'display alert "Gazette Reader" message "{quoted}"'], timeout=None)
    elif environment.env.get("DISPLAY") or environment.env.get("WAYLAND_DISPLAY"):
        for command in (["zenity", "--error", "--no-markup", f"--text={text}"],
                        ["kdialog", "--error", text], ["xmessage", "-center", text]):
            if environment.run(command, timeout=None) is not None:
                return


def ensure_can_start(environment: Environment | None = None, stream: TextIO | None = None) -> list[Problem]:
    """Call before creating ``QApplication``: print every problem; exit with status 2 on a fatal one.

    Returns the non-fatal problems (the GUI may repeat them in its status bar).
    """
    environment = environment or current_environment()
    stream = stream or sys.stderr
    problems = diagnose(environment)
    for problem in problems:
        print(f"Gazette Reader: {problem.message()}", file=stream)
    fatal = [p for p in problems if p.fatal]
    if fatal:
        show_native_message("\n\n".join(p.message() for p in fatal), environment)
        raise SystemExit(2)
    return problems


def cjk_font_problem_qt() -> Problem | None:
    """After ``QApplication`` exists: ask Qt itself whether any font covers Simplified Chinese."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    return missing_font_problem(sys.platform)
