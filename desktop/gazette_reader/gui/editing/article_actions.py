"""The article corrections offered in the reader's 校正 menu and the list's context menu.

One object builds those actions for the article at hand and runs what the user confirms through the
window's :class:`~gazette_reader.gui.editing.corrector.Corrector`; the facade calls it needs first (the
next article of the issue, the known sections) go through the window's worker runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from gazette_reader.gui.editing.article_edit import ArticleEditDialog, SplitDialog
from gazette_reader.gui.editing.corrector import Corrector
from gazette_reader.gui.editing.tag_add import TagAddDialog
from gazette_reader.tagging.summaries import by_count

Runner = Callable[[Callable[..., Any], Callable[[Any], None]], None]


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("ArticleActions", text)


def next_article_id(library: Any, article: dict) -> int | None:
    """The id of the article after ``article`` in its issue's reading order, or None for the last."""
    ids = library.article_ids(issue_id=article["issue_id"])
    position = ids.index(article["id"]) if article["id"] in ids else -1
    return ids[position + 1] if 0 <= position < len(ids) - 1 else None


class ArticleActions(QObject):
    """Edit / merge-with-next / split for one article; the last dialog or question stays in ``last``."""

    def __init__(self, *, corrector: Corrector, run: Runner, parent: QWidget,
                 known: Callable[[], tuple[list[str], list[str]]] = lambda: ([], [])) -> None:
        super().__init__(parent)
        self.corrector = corrector
        self.run = run
        self.known = known
        """The leader and project names the window already holds (its tag panel), most tagged first; empty
        while it has none ready, and then they are loaded here."""
        self.window = parent
        self.last: QWidget | None = None
        self.enabled = True
        """False while the library is read-only: the corrections show greyed out."""

    def fill_menu(self, menu: QMenu, article_id: Callable[[], int | None]) -> None:
        """Add the three corrections to ``menu``, each for the article ``article_id()`` names when chosen
        (loaded whole first: a list row has no body to split)."""
        added = [menu.addAction(tr("校正标题、日期、栏目、类型…"), lambda: self._with(article_id(), self.ask_edit)),
                 menu.addAction(tr("与下一篇合并…"), lambda: self._with(article_id(), self.ask_merge_next)),
                 menu.addAction(tr("从某一段拆分…"), lambda: self._with(article_id(), self.ask_split)),
                 menu.addSeparator(),
                 menu.addAction(tr("添加人物或项目标签…"), lambda: self._with(article_id(), self.ask_add_tag))]
        for action in added:
            action.setEnabled(self.enabled)

    def _with(self, article_id: int | None, action: Callable[[dict], Any]) -> None:
        if article_id is not None:
            self.run(lambda library: library.article(article_id), action)

    def ask_edit(self, article: dict) -> None:
        """Open the edit dialog (with the library's sections to choose from)."""
        def show(sections: list[str]) -> None:
            dialog = ArticleEditDialog(article=article, sections=sections, parent=self.window)
            dialog.accepted.connect(lambda: self._edit(article, dialog.changes()))
            self._open(dialog)

        self.run(lambda library: library.sections(), show)

    def _edit(self, article: dict, changes: dict) -> None:
        if changes:
            self.corrector.edit_article(article["id"], changes, label=article.get("title") or "")

    def ask_merge_next(self, article: dict) -> None:
        """Ask before merging the article with the next one of its issue (named in the question)."""
        def ask(following: dict | None) -> None:
            if following is None:
                self._open(QMessageBox(QMessageBox.Icon.Information, tr("与下一篇合并"),
                                       tr("这是本期的最后一篇，没有下一篇可以合并。"), QMessageBox.StandardButton.Ok,
                                       self.window))
                return
            box = QMessageBox(QMessageBox.Icon.Question, tr("与下一篇合并"),
                              tr("把下一篇《%1》并入《%2》？").replace("%1", following.get("title") or "")
                              .replace("%2", article.get("title") or ""),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
            box.buttonClicked.connect(lambda button: self._merge_if_yes(box, button, article, following))
            self._open(box)

        def following_of(library: Any) -> dict | None:
            next_id = next_article_id(library, article)
            return library.article(next_id) if next_id is not None else None

        self.run(following_of, ask)

    def _merge_if_yes(self, box: QMessageBox, button: Any, article: dict, following: dict) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.corrector.merge_articles(article["id"], following["id"], label=article.get("title") or "")

    def ask_split(self, article: dict) -> None:
        """Open the split dialog; the picked paragraph starts a new article."""
        dialog = SplitDialog(article=article, parent=self.window)
        dialog.accepted.connect(lambda: self.corrector.split_article(article["id"], dialog.at() or 0,
                                                                     label=article.get("title") or ""))
        self._open(dialog)

    def ask_add_tag(self, article: dict) -> None:
        """Tag the article by hand with a leader or project (known names offered as you type)."""
        def show(names: tuple[list[str], list[str]]) -> None:
            dialog = TagAddDialog(title=article.get("title") or "", leaders=names[0], projects=names[1],
                                  parent=self.window)
            dialog.accepted.connect(lambda: self.corrector.tag("add", dialog.tag()[0], dialog.tag()[1],
                                                               dialog.tag()[2], article["id"]))
            self._open(dialog)

        leaders, projects = self.known()
        if leaders or projects:
            show((leaders, projects))  # loading 200,000 leaders again took ~20 s at a million articles
            return
        self.run(lambda library: tuple([r.name for r in by_count(library.tag_summaries(entity))]
                                       for entity in ("leader", "project")), show)

    def _open(self, dialog: QWidget) -> None:
        self.last = dialog
        dialog.open()  # type: ignore[attr-defined]
