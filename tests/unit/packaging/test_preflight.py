"""Preflight decisions on fake machines: no display, missing xcb libraries, no Chinese font."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from gazette_reader.gui import preflight
from gazette_reader.gui.preflight import Environment, Problem

LDD_MISSING_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""
LDD_OK = "\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)\n"
FONTS = "WenQuanYi Micro Hei,文泉驛微米黑\n"
PLUGIN = Path("/qt/plugins/platforms/libqxcb.so")


def fake_runner(outputs: Mapping[str, str | None]):
    """A Runner answering by program name; unknown programs are 'not installed' (None)."""
    calls: list[Sequence[str]] = []

    def run(command: Sequence[str], timeout: float | None = 10.0) -> str | None:
        calls.append(command)
        return outputs.get(command[0])

    run.calls = calls  # type: ignore[attr-defined]
    return run


def machine(platform: str = "linux", env: Mapping[str, str] | None = None, ldd: str | None = LDD_OK,
            fonts: str | None = FONTS, plugin: Path | None = PLUGIN) -> Environment:
    return Environment(platform=platform, env=dict(env or {}), xcb_plugin=plugin,
                       run=fake_runner({"ldd": ldd, "fc-list": fonts}))


@pytest.mark.parametrize(
    ("platform", "env", "fatal_display"),
    [
        ("linux", {}, True),
        ("linux", {"DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ("linux", {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, True),
        ("linux", {"QT_QPA_PLATFORM": "xcb:dpi=96", "DISPLAY": ":1"}, False),
        ("freebsd14", {}, True),
        ("win32", {}, False),
        ("darwin", {}, False),
    ],
)
def test_display_problem(platform: str, env: dict[str, str], fatal_display: bool) -> None:
    problem = preflight.display_problem(machine(platform, env))
    assert (problem is not None) == fatal_display
    if problem:
        assert problem.fatal and "xvfb-run" in problem.fix


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libEGL.so.1", "libegl1"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("weird", "weird"),
    ],
)
def test_debian_package(soname: str, package: str) -> None:
    assert preflight.debian_package(soname) == package


def test_missing_libraries_are_deduplicated_in_order() -> None:
    assert preflight.missing_libraries(LDD_MISSING_CURSOR) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert preflight.missing_libraries(LDD_OK) == []


@pytest.mark.parametrize(
    ("env", "ldd", "plugin", "expected"),
    [
        ({"DISPLAY": ":0"}, LDD_MISSING_CURSOR, PLUGIN, "fatal"),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, LDD_MISSING_CURSOR, PLUGIN, "warning"),
        ({"DISPLAY": ":0"}, LDD_OK, PLUGIN, None),
        ({"DISPLAY": ":0"}, None, PLUGIN, None),  # no ldd (musl, odd system): cannot tell, do not block
        ({"DISPLAY": ":0"}, LDD_MISSING_CURSOR, None, None),  # no xcb plugin at all
        ({}, LDD_MISSING_CURSOR, PLUGIN, None),  # no X display: the display check speaks instead
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, LDD_MISSING_CURSOR, PLUGIN, None),
    ],
)
def test_xcb_problem(env: dict[str, str], ldd: str | None, plugin: Path | None, expected: str | None) -> None:
    problem = preflight.xcb_problem(machine(env=env, ldd=ldd, plugin=plugin))
    if expected is None:
        assert problem is None
        return
    assert problem is not None and problem.fatal == (expected == "fatal")
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in problem.fix


@pytest.mark.parametrize(
    ("platform", "fonts", "expected_fix"),
    [
        ("linux", "", "fonts-wqy-microhei"),
        ("linux", "\n", "fonts-wqy-microhei"),
        ("linux", FONTS, None),
        ("linux", None, None),  # no fontconfig tool: Qt's own check after start-up decides
        ("win32", "", None),  # Windows and macOS are asked through QFontDatabase instead
    ],
)
def test_cjk_font_problem(platform: str, fonts: str | None, expected_fix: str | None) -> None:
    problem = preflight.cjk_font_problem(machine(platform, {"DISPLAY": ":0"}, fonts=fonts))
    if expected_fix is None:
        assert problem is None
    else:
        assert problem is not None and not problem.fatal and expected_fix in problem.fix


@pytest.mark.parametrize(("platform", "word"), [("win32", "Microsoft YaHei"), ("darwin", "PingFang"),
                                                ("linux", "apt-get"), ("sunos5", "apt-get")])
def test_font_advice_per_platform(platform: str, word: str) -> None:
    assert word in preflight.missing_font_problem(platform).fix


def test_diagnose_puts_fatal_first() -> None:
    problems = preflight.diagnose(machine(env={}, fonts=""))
    assert [p.fatal for p in problems] == [True, False]


def test_ensure_can_start_exits_on_fatal_and_tries_a_dialog() -> None:
    env = machine(env={}, fonts="")
    out = io.StringIO()
    with pytest.raises(SystemExit) as exit_info:
        preflight.ensure_can_start(env, out)
    assert exit_info.value.code == 2
    assert "No graphical display" in out.getvalue() and "fonts-wqy-microhei" in out.getvalue()


def test_ensure_can_start_shows_a_dialog_when_a_display_exists() -> None:
    env = machine(env={"DISPLAY": ":0"}, ldd=LDD_MISSING_CURSOR)
    with pytest.raises(SystemExit):
        preflight.ensure_can_start(env, io.StringIO())
    programs = [c[0] for c in env.run.calls]  # type: ignore[attr-defined]
    assert programs[-3:] == ["zenity", "kdialog", "xmessage"]  # none installed in the fake: tried in turn


def test_ensure_can_start_returns_warnings() -> None:
    out = io.StringIO()
    problems = preflight.ensure_can_start(machine(env={"DISPLAY": ":0"}, fonts=""), out)
    assert [p.fatal for p in problems] == [False] and "Chinese font" in out.getvalue()


def test_ensure_can_start_is_silent_on_a_good_machine() -> None:
    out = io.StringIO()
    assert preflight.ensure_can_start(machine(env={"DISPLAY": ":0"}), out) == []
    assert out.getvalue() == ""


def test_problem_message() -> None:
    assert Problem("A.", "do b", True).message() == "A.\n  → do b"


def test_real_machine_has_an_xcb_plugin_and_runs_commands() -> None:
    plugin = preflight.find_xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"
    assert preflight.run_command(["true"]) == ""
    assert preflight.run_command(["false"]) is None
    assert preflight.run_command(["no-such-program-gazette"]) is None
