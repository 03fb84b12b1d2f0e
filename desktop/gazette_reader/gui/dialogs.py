"""Dialogs: export (format, file, overwrite check), settings, job progress, import summary, about.

None of them touches the library: they collect choices and show results; the main window runs the work.
Message boxes are opened non-modally-blocking (``open()``, not ``exec()``) so the event loop (and the
tests driving it) keep running.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFontComboBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressDialog, QPushButton,
                               QSpinBox, QWidget)

from gazette_reader import __version__ as _version
from gazette_reader import paths
from gazette_reader.export import FORMATS, ExportOptions, name_mismatch
from gazette_reader.gui import settings
from gazette_reader.gui.messages import reason_text, ui_language
from gazette_reader.search.upkeep import MERGING
from gazette_reader.gui.widgets.fonts import reading_font
from gazette_reader.gui.widgets.theme import THEMES
from gazette_reader.jobs import CancelToken


PATH_FIELD_MAX = 720
"""Pixels: a longer library path scrolls in its field rather than make the dialog wider than a screen."""


def tr(text: str) -> str:
    """Translate in this module's context."""
    return QCoreApplication.translate("Dialogs", text)


def with_suffix(path: str, fmt: str) -> str:
    """``path`` with the format's default suffix when it has none of its own."""
    suffix = FORMATS[fmt][1]
    return path if not path or Path(path).suffix else path + suffix


LAYOUT_CHOICES = {"official": "公文版式（A4，仿宋三号，页码）", "plain": "简洁版式"}
ORDER_CHOICES = {"date": "按日期先后", "list": "按列表顺序"}
SOURCE_CHOICES = {"short": "注明出处（《刊名》期次）", "citation": "出处用 GB/T 7714 著录", "none": "不注出处"}
FORMAT_LABELS = {
    "docx": "Word 文档", "xlsx": "Excel 表格", "csv": "CSV 表格（UTF-8）", "jsonl": "JSON Lines 数据",
    "md": "Markdown 文档", "html": "网页（HTML）", "pdf": "PDF 文档", "chronicle": "大事记（Word）",
    "chronicle-md": "大事记（Markdown）", "chronicle-xlsx": "大事记（Excel）", "citations": "参考文献（GB/T 7714）",
    "ris": "参考文献（RIS，Zotero/EndNote）", "bibtex": "参考文献（BibTeX）",
}
"""The export formats' names as the dialog shows them: ``export.FORMATS``' labels (a test keeps them equal),
here as a literal so ``update_translations.py`` finds them for the English catalogue."""


def format_label(fmt: str) -> str:
    """An export format's name in the UI's language."""
    return tr(FORMAT_LABELS.get(fmt, FORMATS[fmt][0]))


def _safe_stem(name: str) -> str:
    """A collection's name as a file name: characters no file system takes become _."""
    return "".join("_" if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in name).strip(" .")


_USES = {"layout": ("docx", "chronicle"), "order": ("docx",),
         "source": ("chronicle", "chronicle-md", "chronicle-xlsx")}
"""Which formats each option applies to (the others grey it out)."""


class ExportDialog(QDialog):
    """Choose format, file and document options for exporting ``count`` articles.

    The file's suffix follows the format; a typed suffix that names another format is questioned before
    anything is written; an existing file is only replaced after asking.
    """

    def __init__(self, *, count: int, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导出所选") if not name else tr("导出专题“%1”").replace("%1", name))
        self.force = False
        self.format = QComboBox(self)
        for fmt, (_label, suffix) in FORMATS.items():
            self.format.addItem(tr("%1（%2）").replace("%1", format_label(fmt)).replace("%2", suffix), fmt)
        self.format.setCurrentIndex(max(self.format.findData(settings.value("export/format")), 0))
        self.path = QLineEdit(self)
        self.path.setMinimumWidth(360)
        folder = settings.value("export/folder") or str(Path.home())
        stem = _safe_stem(name) or tr("简报导出")
        self.path.setText(str(Path(folder) / (stem + FORMATS[self.fmt()][1])))
        self.layout_choice = self._choices(LAYOUT_CHOICES, settings.value("export/layout"))
        self.order = self._choices(ORDER_CHOICES, settings.value("export/order"))
        self.source = self._choices(SOURCE_CHOICES, settings.value("export/source"))
        self.format.currentIndexChanged.connect(self._format_changed)
        browse = QPushButton(tr("浏览…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("导出"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("导出 %1 篇文章。").replace("%1", str(count)), self))
        form.addRow(tr("格式"), self.format)
        form.addRow(tr("文件"), row)
        form.addRow(tr("版式"), self.layout_choice)
        form.addRow(tr("顺序"), self.order)
        form.addRow(tr("大事记出处"), self.source)
        form.addRow(buttons)
        self._enable_options()

    def _choices(self, options: dict[str, str], current: str) -> QComboBox:
        combo = QComboBox(self)
        for key, label in options.items():
            combo.addItem(tr(label), key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def fmt(self) -> str:
        """The chosen format name (a key of ``FORMATS``)."""
        return self.format.currentData()

    def target(self) -> Path:
        """The chosen file."""
        return Path(self.path.text().strip()).expanduser()

    def options(self) -> ExportOptions:
        """The document options chosen (layout, order, 大事记 source; labels in the UI language)."""
        language = "zh" if ui_language().startswith("zh") else "en"
        return ExportOptions(layout=self.layout_choice.currentData(), order=self.order.currentData(),
                             source=self.source.currentData(), language=language)

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(FORMATS[self.fmt()][1])))
        self._enable_options()

    def _enable_options(self) -> None:
        """Grey out the options the chosen format does not use."""
        for key, combo in (("layout", self.layout_choice), ("order", self.order), ("source", self.source)):
            combo.setEnabled(self.fmt() in _USES[key])

    def browse(self) -> None:
        """Pick the file with the platform's save dialog."""
        suffix = FORMATS[self.fmt()][1]
        chosen, _ = QFileDialog.getSaveFileName(self, tr("导出到"), self.path.text(),
                                                f"{format_label(self.fmt())} (*{suffix})",
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(with_suffix(chosen, self.fmt()))

    def accept(self) -> None:
        """Override QDialog.accept: refuse an empty name, question a suffix of another format, ask before
        overwriting, remember the choices."""
        if not self.path.text().strip() or not self._suffix_agrees():
            return
        target = self.target()
        if target.exists():
            answer = QMessageBox.question(self, tr("文件已存在"),
                                          tr("%1 已存在。要覆盖它吗？").replace("%1", str(target)))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.force = True
        for key, value in (("format", self.fmt()), ("folder", str(target.parent)),
                           ("layout", self.layout_choice.currentData()), ("order", self.order.currentData()),
                           ("source", self.source.currentData())):
            settings.set_value(f"export/{key}", value)
        super().accept()

    def _suffix_agrees(self) -> bool:
        """True when the typed suffix fits the format; else offer the right one (Yes) or stay (No)."""
        named = name_mismatch(self.fmt(), self.target())
        if named is None:
            return True
        suffix = FORMATS[self.fmt()][1]
        text = (tr("文件名的后缀 %1 表示“%2”，与所选格式“%3”不符。\n改用 %4 后缀吗？")
                .replace("%1", self.target().suffix).replace("%2", format_label(named))
                .replace("%3", format_label(self.fmt())).replace("%4", suffix))
        answer = QMessageBox.question(self, tr("文件名与格式不符"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.path.setText(str(self.target().with_suffix(suffix)))
        return True


class JobProgress(QProgressDialog):
    """A progress dialog bound to a CancelToken: Cancel asks the job to stop (it then rolls back, or with
    ``cancelling`` says what it keeps instead)."""

    def __init__(self, *, title: str, token: CancelToken, parent: QWidget | None = None,
                 cancelling: str | None = None) -> None:
        super().__init__(tr("准备中…"), tr("取消"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.token = token
        self.cancelling = cancelling or tr("正在取消，撤销已做的更改…")
        self.canceled.connect(self._cancel)

    def report(self, done: int, total: int, message: str) -> None:
        """Show a ``(done, total, message)`` progress report (total 0 = unknown: busy bar)."""
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        self.setLabelText(tr("正在合并检索索引（文件已全部导入）…") if message == MERGING else message)

    def _cancel(self) -> None:
        self.token.cancel()
        self.setLabelText(self.cancelling)


class SettingsDialog(QDialog):
    """Library location, reader font, display script and UI language."""

    def __init__(self, *, parent: QWidget | None = None, open_library: str | Path | None = None) -> None:
        """``open_library``: the library the window has open; when it is not the stored choice (``--library``
        on the command line), the field shows it, so the dialog never claims another file is in use."""
        super().__init__(parent)
        self.setWindowTitle(tr("设置"))
        self.library = QLineEdit(settings.value("library/path"), self)
        default = str(paths.default_library_path())
        stored = settings.value("library/path") or default
        if open_library is not None and Path(open_library) != Path(stored):
            self.library.setText(str(open_library))
        self.library_shown = self.library.text()
        """What the field showed at first: stored only when the user changed it (a ``--library`` path
        shown here is not made the default by pressing OK)."""
        self.library.setPlaceholderText(tr("默认位置：%1").replace("%1", default))
        self.library.setMinimumWidth(path_field_width(self.library, default))
        browse = QPushButton(tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.library, 1)
        row.addWidget(browse)
        self.font_family = QFontComboBox(self)
        self.font_family.setCurrentFont(reading_font(settings.value("reader/font_family")))
        self.font_picked = False
        """True once the user chose a font: an untouched box (showing the app font) stores nothing."""
        self.font_family.currentFontChanged.connect(self._font_chosen)
        self.font_size = QSpinBox(self, minimum=6, maximum=48, value=settings.value("reader/font_size"))
        self.script = self._choices(settings.SCRIPTS, settings.value("reader/script"))
        self.language = self._choices(settings.LANGUAGES, settings.value("ui/language"), own_names=True)
        self.theme = self._choices(THEMES, settings.value("ui/theme"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("资料库文件"), row)
        form.addRow(tr("阅读字体"), self.font_family)
        form.addRow(tr("字号"), self.font_size)
        form.addRow(tr("显示文字"), self.script)
        form.addRow(tr("外观"), self.theme)
        form.addRow(tr("界面语言"), self.language)
        form.addRow(QLabel(tr("界面语言在重新启动后生效。"), self))
        form.addRow(buttons)

    def _choices(self, options: dict[str, str], current: str, *, own_names: bool = False) -> QComboBox:
        """A drop-down of ``options``; ``own_names``: languages, each named in itself (中文, English),
        as a reader who cannot read the current UI language still finds their own."""
        combo = QComboBox(self)
        for key, label in options.items():
            combo.addItem(label if own_names and key != "auto" else tr(label), key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _font_chosen(self) -> None:
        self.font_picked = True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, tr("资料库文件"), self.library.text(), "SQLite (*.sqlite *.db)",
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.library.setText(chosen)

    def accept(self) -> None:
        """Override QDialog.accept: store every choice (the font only when one was picked, so an empty
        setting keeps following the application font)."""
        if self.library.text() != self.library_shown:
            settings.set_value("library/path", self.library.text().strip())
        if self.font_picked:
            settings.set_value("reader/font_family", self.font_family.currentFont().family())
        settings.set_value("reader/font_size", self.font_size.value())
        settings.set_value("reader/script", self.script.currentData())
        settings.set_value("ui/language", self.language.currentData())
        settings.set_value("ui/theme", self.theme.currentData())
        super().accept()


def path_field_width(field: QLineEdit, typical: str) -> int:
    """Wide enough for ``typical`` (the default library path) and its clear button, within reason."""
    return min(max(field.fontMetrics().horizontalAdvance(typical) + 48, 360), PATH_FIELD_MAX)


class ImportSummary(QMessageBox):
    """What an import did: counts in the text, each refused file and why in the details."""

    closed = Signal()

    def __init__(self, *, report: object, skipped: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导入完成"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(import_summary_text(report, skipped))
        refused = [o for o in report.outcomes if o.status == "refused"]  # type: ignore[attr-defined]
        if refused:
            self.setDetailedText("\n".join(f"{Path(o.path).name}: {_reason(o)}" for o in refused))


def import_summary_text(report: object, skipped: Sequence[str] = ()) -> str:
    """``导入 3 份（42 篇文章），已存在 1 份，拒绝 1 份`` plus one line per refused file, per file already
    in the library (naming the file it repeats) and per file of a folder skipped for its type."""
    outcomes = report.outcomes  # type: ignore[attr-defined]
    count = {status: sum(1 for o in outcomes if o.status == status) for status in ("imported", "duplicate", "refused")}
    text = (tr("导入 %1 份（%2 篇文章），已在资料库中 %3 份，拒绝 %4 份。")
            .replace("%1", str(count["imported"])).replace("%2", str(report.articles))  # type: ignore[attr-defined]
            .replace("%3", str(count["duplicate"])).replace("%4", str(count["refused"])))
    refused = [f"• {Path(o.path).name}：{_reason(o)}" for o in outcomes if o.status == "refused"]
    unsure = [f"• {Path(o.path).name}：{_unsure(o)}" for o in outcomes if getattr(o, "unrecognised", False)]
    noted = [f"• {Path(o.path).name}：{reason_text(w, zh)}" for o in outcomes
             for w, zh in zip(getattr(o, "warnings", []), getattr(o, "warnings_zh", []))]
    repeated = [f"• {Path(o.path).name}：{_reason(o) or tr('已在资料库中')}" for o in outcomes if o.status == "duplicate"]
    passed = [f"• {Path(path).name}：{tr('不支持这种文件类型，已跳过')}" for path in skipped]
    lines = [*refused, *unsure, *noted, *repeated, *passed]
    return "\n".join([text, *lines[:10]] + ([tr("……")] if len(lines) > 10 else []))


def _unsure(outcome: object) -> str:
    """A file whose layout the parser did not recognise: say so, so the user checks the split."""
    if outcome.articles == 1:  # type: ignore[attr-defined]
        return tr("未能识别版式，已作为 1 篇文章导入，请检查并校正拆分")
    return tr("版式不确定（%1），请检查拆分").replace("%1", str(outcome.layout))  # type: ignore[attr-defined]


def _reason(outcome: object) -> str:
    """Why a file was refused, in the UI language."""
    return reason_text(outcome.reason, getattr(outcome, "reason_zh", ""))  # type: ignore[attr-defined]


def show_about(parent: QWidget) -> None:
    """The F1 about box."""
    QMessageBox.about(parent, tr("关于地方简报阅读器"),
                      tr("<b>地方简报阅读器</b> %1<br>阅读、检索和导出地方政府简报与区县报纸。<br>"
                         "检索语法：空格=并且，OR=或者，-排除，\"短语\"，人物:、项目:、栏目:、地区:、日期:2020-04..2020-06")
                      .replace("%1", _version))
