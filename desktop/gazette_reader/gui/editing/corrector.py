"""Corrections made from the window — of tags and of the split — run off-thread, remembered for Ctrl+Z.

The window decides what to reload; this object only runs the facade call in a worker, keeps the numbers
of this session's corrections (``Library.correct`` and the split corrections return them) so Ctrl+Z can
revert the last one with ``Library.revert_correction``, and reports back through signals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from gazette_reader.gui.messages import error_text
from gazette_reader.gui.workers import Workers


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Corrector", text)


@dataclass
class Done:
    """What a finished correction (or revert) tells the window: enough to reload the right things."""

    kind: str  # "tag" | "split" | "revert"
    article_id: int | None = None
    """The article to show afterwards (a split correction's first resulting article)."""
    entity: str = ""
    action: str = ""
    target: str = ""
    value: str | None = None


class Corrector(QObject):
    """Runs corrections through the library in a worker; ``done(Done)`` or ``failed(title, message)``."""

    done = Signal(object)
    failed = Signal(str, str)
    undo_changed = Signal(str)
    """The description of what Ctrl+Z would undo now ('' when nothing)."""

    def __init__(self, *, workers: Workers, library: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self.library = library
        self.undo_stack: list[tuple[int, str]] = []
        """``(correction number, description)`` of this session's corrections, oldest first."""

    # -- tags ---------------------------------------------------------------------------------------
    def tag(self, action: str, entity: str, target: str, value: str | None, article_id: int | None = None) -> None:
        """Hide, rename, merge or add a tag."""
        what = Done("tag", entity=entity, action=action, target=target, value=value)
        self._run(lambda lib: lib.correct(action, entity, target, value, article_id), what, tr("无法修改标签"),
                  _tag_description(action, entity, target, value))

    # -- the split ----------------------------------------------------------------------------------
    def edit_article(self, article_id: int, fields: dict[str, str | None], *, label: str) -> None:
        """Correct an article's title, date, section or kind (``fields`` as ``Library.edit_article``);
        ``label`` (its title) names the correction in the undo entry."""
        self._run(lambda lib: lib.edit_article(article_id, **fields), Done("split", article_id), tr("无法校正文章"),
                  tr("校正《%1》").replace("%1", label))

    def merge_articles(self, article_id: int, next_id: int, *, label: str) -> None:
        """Merge an article with the next one of its issue."""
        self._run(lambda lib: lib.merge_articles(article_id, next_id), Done("split", article_id),
                  tr("无法合并文章"), tr("把《%1》与下一篇合并").replace("%1", label))

    def split_article(self, article_id: int, at: int, *, label: str) -> None:
        """Start a new article at paragraph ``at`` (1-based) of this one."""
        self._run(lambda lib: lib.split_article(article_id, at), Done("split", article_id), tr("无法拆分文章"),
                  tr("从第 %1 段拆分《%2》").replace("%1", str(at)).replace("%2", label))

    # -- undo ---------------------------------------------------------------------------------------
    def can_undo(self) -> bool:
        """True when this session made a correction not yet undone."""
        return bool(self.undo_stack)

    def undo_text(self) -> str:
        """What Ctrl+Z would undo ('' when nothing)."""
        return self.undo_stack[-1][1] if self.undo_stack else ""

    def undo(self) -> bool:
        """Revert this session's last correction; False when there is none."""
        if not self.undo_stack:
            return False
        self.revert(self.undo_stack[-1][0])
        return True

    def revert(self, number: int) -> None:
        """Revert correction ``number`` (any, from the corrections manager); it leaves the undo stack."""
        library = self.library()
        if library is None:
            return

        def finished(entry: Any, error: BaseException | None) -> None:
            if error is not None:
                self.failed.emit(tr("无法撤销校正"), error_text(error))
                return
            self.undo_stack = [(n, text) for n, text in self.undo_stack if n != number]
            self.undo_changed.emit(self.undo_text())
            self.done.emit(Done("revert", entity=entry.get("entity") or "", action=entry.get("action") or "",
                                target=entry.get("target") or "", value=entry.get("value")))

        self.workers.run(lambda: library.revert_correction(number), finished)

    def _run(self, call: Callable[[Any], Any], what: Done, failure: str, description: str) -> None:
        library = self.library()
        if library is None:
            return

        def finished(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.failed.emit(failure, error_text(error))
                return
            number = result["correction"] if isinstance(result, dict) else result
            if isinstance(result, dict) and result.get("articles"):
                what.article_id = result["articles"][0]["id"]
            if isinstance(number, int):
                self.undo_stack.append((number, description))
                self.undo_changed.emit(self.undo_text())
            self.done.emit(what)

        self.workers.run(lambda: call(library), finished)


def _tag_description(action: str, entity: str, target: str, value: str | None) -> str:
    """``把“耿勇军”合并到“宋洁”``: a tag correction in the words of the Edit menu's undo entry."""
    texts = {"hide": tr("隐藏“%1”"), "rename": tr("把“%1”改名为“%2”"), "merge": tr("把“%1”合并到“%2”"),
             "add": tr("标注“%1”")}
    return texts.get(action, action).replace("%1", target).replace("%2", value or "")
