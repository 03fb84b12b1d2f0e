"""The window's filters: a tag click replaces or (Ctrl) adds a tag filter, chips show and remove them, a
timeline month lists the tag in that month, F3 steps on through the list, the tree and list reload
around a correction, F1 help. A mixin of the main window (see the package docs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from gazette_reader.gui.messages import ui_language
from gazette_reader.gui.reader import Marks
from gazette_reader.gui.search_pane import tag_clause, tag_filters
from gazette_reader.gui.widgets.help_view import HelpDialog


def tr(text: str) -> str:
    """Translate in the main window's context (these are its strings)."""
    return QCoreApplication.translate("MainWindow", text)


class FilteringMixin:
    """Tag filters, chips, stepping and reloading, for :class:`~gazette_reader.gui.main_window.MainWindow`."""

    def filter_tags(self) -> list[tuple[str, str]]:
        """``(entity, name)`` of the tag filters of the list shown (the query's or the node's)."""
        return tag_filters(self.query if self.browsing is None else " ".join(self.browse_tags))

    def filter_by_tag(self, entity: str, name: str, add: bool = False) -> None:
        """Filter the list by a leader or project: the tag replaces the tag filters (``add``, a Ctrl+click:
        joins them). A search gets ``人物:NAME`` in its query; a tree node being listed keeps only its
        articles with the tag (the box stays empty)."""
        clause = tag_clause(entity, name)
        if self.browsing is None:
            self.search.set_tag_filter(clause, add=add)
            return
        if not add:
            self.browse_tags = [clause]
        elif clause not in self.browse_tags:
            self.browse_tags.append(clause)
        self._browse_tagged()

    def remove_filter(self, clause: str) -> None:
        """A chip's ×: drop one tag filter from the query, or from the node listed."""
        if self.browsing is None:
            self.search.remove_clause(clause)
            return
        self.browse_tags = [c for c in self.browse_tags if c != clause]
        if self.browse_tags:
            self._browse_tagged()
        else:
            self.browse(self.browsing, label=self.browse_label)

    def _show_chips(self) -> None:
        clauses = ([tag_clause(e, n) for e, n in tag_filters(self.query)]
                   if self.browsing is None else list(self.browse_tags))
        self.chips.set_filters(clauses)

    def show_month(self, month: str) -> None:
        """A click on a timeline bar: list the timeline's tag in that month (a search: the tag filter and
        the month in the date fields): the tag the bars are of, even while another one's chart loads."""
        if self.charted_tag is None:
            return
        entity, name = self.charted_tag
        self.search.set_month(month)
        self.search.set_tag_filter(tag_clause(entity, name))

    def step_article(self, step: int) -> None:
        """F3 past the last hit (Shift+F3 before the first): open the next (previous) article of the list."""
        current = self.list.currentIndex()
        row = current.row() + step if current.isValid() else -1
        if not 0 <= row < self.articles.rowCount():
            self.statusBar().showMessage(tr("已是列表中的最后一篇。") if step > 0 else tr("已是列表中的第一篇。"), 4000)
            return
        self.open_at_last_hit = step < 0
        index = self.articles.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def reload_list(self, keep: int | None = None) -> None:
        """List again what is listed (after a correction), keeping article ``keep`` open if it still is."""
        self.keep_article = keep
        if self.query:
            self.run_query(self.query, self.sort)
        elif self.browsing is not None and self.browse_tags:
            self._browse_tagged()
        elif self.browsing is not None:
            self.browse(self.browsing, label=self.browse_label)
        elif keep is not None:
            self.keep_article = None
            self.open_article(keep, Marks())

    def refresh_tree(self) -> None:
        """Re-read the tree, keeping the open nodes open and the chosen node chosen (an import or a
        correction used to collapse it all), without listing that node again."""
        model = self.tree_model
        expanded = [model.path_of(i) for i in model.loaded_indexes() if self.tree.isExpanded(i)]
        current = model.path_of(self.tree.currentIndex())
        model.refresh()
        self.restoring_tree = True
        try:
            for path in sorted(expanded, key=len):
                self.tree.expand(model.find_path(path))
            if current:
                found = model.find_path(current)
                if found.isValid():
                    self.tree.setCurrentIndex(found)
        finally:
            self.restoring_tree = False

    def show_help(self) -> HelpDialog:
        """F1: the query language and the shortcuts, in the UI's language (non-modal, reused)."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(language=ui_language(), actions=self.actions(), parent=self)
        self.help_dialog.show()
        self.help_dialog.activateWindow()
        return self.help_dialog
