<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>ArticleActions</name>
    <message>
        <source>校正标题、日期、栏目、类型…</source>
        <translation>Correct title, date, section, kind…</translation>
    </message>
    <message>
        <source>与下一篇合并…</source>
        <translation>Merge with the next article…</translation>
    </message>
    <message>
        <source>从某一段拆分…</source>
        <translation>Split at a paragraph…</translation>
    </message>
    <message>
        <source>添加人物或项目标签…</source>
        <translation>Tag with a leader or project…</translation>
    </message>
    <message>
        <source>与下一篇合并</source>
        <translation>Merge with the next article</translation>
    </message>
    <message>
        <source>这是本期的最后一篇，没有下一篇可以合并。</source>
        <translation>This is the last article of its issue: there is no next one to merge.</translation>
    </message>
    <message>
        <source>把下一篇《%1》并入《%2》？</source>
        <translation>Merge the next article «%1» into «%2»?</translation>
    </message>
</context>
<context>
    <name>ArticleEdit</name>
    <message>
        <source>校正文章</source>
        <translation>Correct the article</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>拆分文章</source>
        <translation>Split the article</translation>
    </message>
    <message>
        <source>拆分</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>例如 2020-04-29，可留空</source>
        <translation>e.g. 2020-04-29, or empty</translation>
    </message>
    <message>
        <source>校正会在重新解析后保留，可用 Ctrl+Z 或“校正记录”撤销。</source>
        <translation>Corrections survive a re-parse; Ctrl+Z or Edit › Corrections undoes them.</translation>
    </message>
    <message>
        <source>校正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>新文章从哪一段开始？（该段成为新文章的标题）</source>
        <translation>Which paragraph starts the new article? (It becomes the new article’s title.)</translation>
    </message>
    <message>
        <source>文章</source>
        <translation>article</translation>
    </message>
    <message>
        <source>简讯</source>
        <translation>brief</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <source>OCR 识别</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1月%2日</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>BulkImport</name>
    <message>
        <source>所选内容至少有 %1 个简报文件、%2 MB 文本。请选择导入方式：</source>
        <translation>The selection holds at least %1 gazette files, %2 MB of text. How should it be imported?</translation>
    </message>
    <message>
        <source>导入大量文件</source>
        <translation>Import many files</translation>
    </message>
    <message>
        <source>一次导入（默认）</source>
        <translation>All at once (default)</translation>
    </message>
    <message>
        <source>分批提交，可中断后继续</source>
        <translation>Commit in batches, resumable</translation>
    </message>
    <message>
        <source> 个文件</source>
        <translation> files</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>全部文件导入成功后才一次写入资料库；中途取消或出错时，资料库保持原样。文件很多时需要较多磁盘空间，临近结束时取消会丢失全部进度。</source>
        <translation>The library is written once, after every file has been imported: a cancel or an error leaves it as it was. Many files need much disk space meanwhile, and a cancel near the end loses all the work.</translation>
    </message>
    <message>
        <source>每导入 N 个文件就提交（保存）一次。中途取消、断电或程序退出时，已提交的文件保留在资料库中；再次导入同一文件夹时，已导入的文件会自动跳过，从中断处继续。</source>
        <translation>Every N files are committed (saved). After a cancel, a power cut or a crash the committed files stay in the library; importing the same folder again skips them and goes on where it stopped.</translation>
    </message>
    <message>
        <source>每批文件数 N：</source>
        <translation>Files per batch N:</translation>
    </message>
    <message>
        <source>自动（约每 %1 MB 文本提交一次）</source>
        <translation>Automatic (a commit every ~%1 MB of text)</translation>
    </message>
</context>
<context>
    <name>ChroniclePreview</name>
    <message>
        <source>正在准备大事记预览…</source>
        <translation>Preparing the chronicle preview…</translation>
    </message>
    <message>
        <source>大事记预览</source>
        <translation>Chronicle preview</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>记事</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>共 %1 条。双击日期或记事可修改（日期写作 2020-04-03、2020-04 或 2020，不详则留空）；取消勾选则不导出该条。修改会保留到下次导出相同文章时。</source>
        <translation>%1 entries. Double-click a date or an event to change it (dates as 2020-04-03, 2020-04 or 2020; empty when unknown); untick an entry to leave it out. Your changes are kept for the next export of the same articles.</translation>
    </message>
    <message>
        <source>第 %1 条的日期“%2”无法识别：请写作 2020-04-03、2020-04 或 2020，不详则留空。</source>
        <translation>The date “%2” of entry %1 is not a date: write 2020-04-03, 2020-04 or 2020, or leave it empty when unknown.</translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <source>校正记录</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>撤销所选校正</source>
        <translation>Revert the selected correction</translation>
    </message>
    <message>
        <source>全部校正</source>
        <translation>All corrections</translation>
    </message>
    <message>
        <source>标签校正</source>
        <translation>Tag corrections</translation>
    </message>
    <message>
        <source>隐藏的标签</source>
        <translation>Hidden tags</translation>
    </message>
    <message>
        <source>文章校正</source>
        <translation>Article corrections</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>没有校正。</source>
        <translation>No corrections.</translation>
    </message>
    <message>
        <source>撤销一项校正后，其余校正会重新应用；文章校正所在的文件会重新解析。</source>
        <translation>Reverting a correction applies the others again; an article correction’s file is parsed again.</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <source>标签</source>
        <translation>tag</translation>
    </message>
    <message>
        <source>文章</source>
        <translation>article</translation>
    </message>
    <message>
        <source>这份文件已不在资料库中：重新导入后这项校正会再次生效。</source>
        <translation>This file is no longer in the library: the correction applies again when it is re-imported.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>校正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
</context>
<context>
    <name>Corrector</name>
    <message>
        <source>隐藏“%1”</source>
        <translation>hide “%1”</translation>
    </message>
    <message>
        <source>把“%1”改名为“%2”</source>
        <translation>rename “%1” to “%2”</translation>
    </message>
    <message>
        <source>把“%1”合并到“%2”</source>
        <translation>merge “%1” into “%2”</translation>
    </message>
    <message>
        <source>标注“%1”</source>
        <translation>tag “%1”</translation>
    </message>
    <message>
        <source>无法修改标签</source>
        <translation>Cannot change the tag</translation>
    </message>
    <message>
        <source>无法校正文章</source>
        <translation>Cannot correct the article</translation>
    </message>
    <message>
        <source>无法合并文章</source>
        <translation>Cannot merge the articles</translation>
    </message>
    <message>
        <source>无法拆分文章</source>
        <translation>Cannot split the article</translation>
    </message>
    <message>
        <source>校正《%1》</source>
        <translation>correct «%1»</translation>
    </message>
    <message>
        <source>把《%1》与下一篇合并</source>
        <translation>merge «%1» with the next article</translation>
    </message>
    <message>
        <source>无法撤销校正</source>
        <translation>Cannot undo the correction</translation>
    </message>
    <message>
        <source>从第 %1 段拆分《%2》</source>
        <translation>split «%2» at paragraph %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>未能识别版式，已作为 1 篇文章导入，请检查并校正拆分</source>
        <translation>Layout not recognised: imported as 1 article; please check and correct the split</translation>
    </message>
    <message>
        <source>关于地方简报阅读器</source>
        <translation>About Gazette Reader</translation>
    </message>
    <message>
        <source>简报导出</source>
        <translation>gazette-export</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>大事记出处</source>
        <translation>Chronicle sources</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>文件名与格式不符</source>
        <translation>File name and format disagree</translation>
    </message>
    <message>
        <source>准备中…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消，撤销已做的更改…</source>
        <translation>Cancelling, rolling back the changes made so far…</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>资料库文件</source>
        <translation>Library file</translation>
    </message>
    <message>
        <source>阅读字体</source>
        <translation>Reader font</translation>
    </message>
    <message>
        <source>字号</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>显示文字</source>
        <translation>Display script</translation>
    </message>
    <message>
        <source>外观</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>版式不确定（%1），请检查拆分</source>
        <translation>Layout uncertain (%1): please check the split</translation>
    </message>
    <message>
        <source>导出所选</source>
        <translation>Export selection</translation>
    </message>
    <message>
        <source>文件已存在</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>正在合并检索索引（文件已全部导入）…</source>
        <translation>Merging the search index (every file is imported)…</translation>
    </message>
    <message>
        <source>界面语言在重新启动后生效。</source>
        <translation>The interface language changes after a restart.</translation>
    </message>
    <message>
        <source>不支持这种文件类型，已跳过</source>
        <translation>file type not supported: skipped</translation>
    </message>
    <message>
        <source>&lt;b&gt;地方简报阅读器&lt;/b&gt; %1&lt;br&gt;阅读、检索和导出地方政府简报与区县报纸。&lt;br&gt;检索语法：空格=并且，OR=或者，-排除，"短语"，人物:、项目:、栏目:、地区:、日期:2020-04..2020-06</source>
        <translation>&lt;b&gt;Gazette Reader&lt;/b&gt; %1&lt;br&gt;Read, search and export Chinese local-government gazettes and district newspapers.&lt;br&gt;Query language: space = AND, OR, -exclude, "phrase", 人物: (leader), 项目: (project), 栏目: (section), 地区: (place), 日期:2020-04..2020-06</translation>
    </message>
    <message>
        <source>默认位置：%1</source>
        <translation>Default location: %1</translation>
    </message>
    <message>
        <source>已在资料库中</source>
        <translation>already in the library</translation>
    </message>
    <message>
        <source>……</source>
        <translation>…</translation>
    </message>
    <message>
        <source>导出专题“%1”</source>
        <translation>Export the collection “%1”</translation>
    </message>
    <message>
        <source>导出 %1 篇文章。</source>
        <translation>Export %1 articles.</translation>
    </message>
    <message>
        <source>%1 已存在。要覆盖它吗？</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>导入 %1 份（%2 篇文章），已在资料库中 %3 份，拒绝 %4 份。</source>
        <translation>Imported %1 files (%2 articles), %3 already in the library, %4 refused.</translation>
    </message>
    <message>
        <source>文件名的后缀 %1 表示“%2”，与所选格式“%3”不符。
改用 %4 后缀吗？</source>
        <translation>The suffix %1 means “%2”, not the chosen format “%3”.
Use the suffix %4 instead?</translation>
    </message>
    <message>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <source>繁體（OpenCC 标准）</source>
        <translation>Traditional (OpenCC standard)</translation>
    </message>
    <message>
        <source>繁體（台灣）</source>
        <translation>Traditional (Taiwan)</translation>
    </message>
    <message>
        <source>繁體（香港）</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>公文版式（A4，仿宋三号，页码）</source>
        <translation>Official layout (A4, FangSong 16 pt, page numbers)</translation>
    </message>
    <message>
        <source>简洁版式</source>
        <translation>Plain layout</translation>
    </message>
    <message>
        <source>按日期先后</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>按列表顺序</source>
        <translation>In list order</translation>
    </message>
    <message>
        <source>注明出处（《刊名》期次）</source>
        <translation>Source as 《Title》 issue</translation>
    </message>
    <message>
        <source>出处用 GB/T 7714 著录</source>
        <translation>Source as a GB/T 7714 reference</translation>
    </message>
    <message>
        <source>不注出处</source>
        <translation>No sources</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Excel 表格</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>CSV 表格（UTF-8）</source>
        <translation>CSV table (UTF-8)</translation>
    </message>
    <message>
        <source>JSON Lines 数据</source>
        <translation>JSON Lines data</translation>
    </message>
    <message>
        <source>Markdown 文档</source>
        <translation>Markdown document</translation>
    </message>
    <message>
        <source>网页（HTML）</source>
        <translation>Web page (HTML)</translation>
    </message>
    <message>
        <source>PDF 文档</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>大事记（Word）</source>
        <translation>Chronicle (Word)</translation>
    </message>
    <message>
        <source>大事记（Markdown）</source>
        <translation>Chronicle (Markdown)</translation>
    </message>
    <message>
        <source>大事记（Excel）</source>
        <translation>Chronicle (Excel)</translation>
    </message>
    <message>
        <source>参考文献（GB/T 7714）</source>
        <translation>References (GB/T 7714)</translation>
    </message>
    <message>
        <source>参考文献（RIS，Zotero/EndNote）</source>
        <translation>References (RIS, Zotero/EndNote)</translation>
    </message>
    <message>
        <source>参考文献（BibTeX）</source>
        <translation>References (BibTeX)</translation>
    </message>
</context>
<context>
    <name>Exported</name>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>已导出 %1 篇到
%2</source>
        <translation>Exported %1 article(s) to
%2</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>筛选：</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <source>去掉这个筛选条件</source>
        <translation>Remove this filter</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>IssueEdit</name>
    <message>
        <source>编辑本期信息</source>
        <translation>Edit the issue</translation>
    </message>
    <message>
        <source>刊物</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>不详</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>IssueTree</name>
    <message>
        <source>年份不详</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>简报</source>
        <translation>Gazette</translation>
    </message>
    <message>
        <source>篇数</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>专题</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>已存检索</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>（无栏目）</source>
        <translation>(no section)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>地方简报阅读器</source>
        <translation>Gazette Reader</translation>
    </message>
    <message>
        <source>导入文件…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <source>导出所选…</source>
        <translation>Export selection…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>全选结果</source>
        <translation>Select all results</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>下一个命中</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <source>上一个命中</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>撤销校正</source>
        <translation>Undo correction</translation>
    </message>
    <message>
        <source>校正记录…</source>
        <translation>Corrections…</translation>
    </message>
    <message>
        <source>保存检索…</source>
        <translation>Save search…</translation>
    </message>
    <message>
        <source>加入专题…</source>
        <translation>Add to collection…</translation>
    </message>
    <message>
        <source>全部结果加入专题…</source>
        <translation>Add all results to collection…</translation>
    </message>
    <message>
        <source>加入专题</source>
        <translation>Collect</translation>
    </message>
    <message>
        <source>把当前文章加入专题</source>
        <translation>Add the open article to a collection</translation>
    </message>
    <message>
        <source>复制引文</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <source>把当前文章的 GB/T 7714 引文复制到剪贴板 (Ctrl+Shift+C)</source>
        <translation>Copy the open article's GB/T 7714 citation to the clipboard (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>校正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>新建资料库…</source>
        <translation>New library…</translation>
    </message>
    <message>
        <source>打开资料库…</source>
        <translation>Open library…</translation>
    </message>
    <message>
        <source>打开服务器资料库…</source>
        <translation>Open server library…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>最近的资料库</source>
        <translation>Recent libraries</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>资料库已损坏</source>
        <translation>The library is damaged</translation>
    </message>
    <message>
        <source>正在恢复资料库…</source>
        <translation>Recovering the library…</translation>
    </message>
    <message>
        <source>正在升级旧版本的资料库…</source>
        <translation>Upgrading a library written by an older version…</translation>
    </message>
    <message>
        <source>首次运行：正在导入示例简报…</source>
        <translation>First run: importing the sample gazettes…</translation>
    </message>
    <message>
        <source>要把能读出的内容恢复到一个新的资料库文件中吗？原文件不会被改动。</source>
        <translation>Recover what can be read into a new library file? The damaged file is left as it is.</translation>
    </message>
    <message>
        <source>无法打开资料库</source>
        <translation>Cannot open the library</translation>
    </message>
    <message>
        <source>升级资料库</source>
        <translation>Upgrade library</translation>
    </message>
    <message>
        <source>计数中…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>升级已取消，资料库没有任何改变。</source>
        <translation>Upgrade cancelled; the library was not changed.</translation>
    </message>
    <message>
        <source>无法统计篇数</source>
        <translation>The articles could not be counted</translation>
    </message>
    <message>
        <source>示例简报导入失败：</source>
        <translation>Importing the sample gazettes failed: </translation>
    </message>
    <message>
        <source>已选 %1 篇</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <source>共 %1 篇</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已恢复到新文件：</source>
        <translation>Recovered into a new file: </translation>
    </message>
    <message>
        <source>已导入示例简报：</source>
        <translation>Sample gazettes imported: </translation>
    </message>
    <message>
        <source>首次运行：正在导入示例简报… </source>
        <translation>First run: importing the sample gazettes… </translation>
    </message>
    <message>
        <source>没有找到与“%1”匹配的文章。</source>
        <translation>No articles match “%1”.</translation>
    </message>
    <message>
        <source>1 份简报</source>
        <translation>1 file</translation>
    </message>
    <message>
        <source>%1 份简报</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <source>1 期</source>
        <translation>1 issue</translation>
    </message>
    <message>
        <source>%1 期</source>
        <translation>%1 issues</translation>
    </message>
    <message>
        <source>1 篇文章</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 篇文章</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>“%1”中带 %2 的文章：%3</source>
        <translation>Articles in “%1” with %2: %3</translation>
    </message>
    <message>
        <source>重命名专题</source>
        <translation>Rename collection</translation>
    </message>
    <message>
        <source>删除专题</source>
        <translation>Delete collection</translation>
    </message>
    <message>
        <source>请先在列表中选择文章，或打开一篇文章。</source>
        <translation>Select articles in the list or open an article first.</translation>
    </message>
    <message>
        <source>请先打开一篇文章。</source>
        <translation>Open an article first.</translation>
    </message>
    <message>
        <source>请先检索，再把全部结果加入专题。</source>
        <translation>Search first, then add all results to a collection.</translation>
    </message>
    <message>
        <source>没有可加入专题的文章。</source>
        <translation>There are no articles to add to a collection.</translation>
    </message>
    <message>
        <source>新专题</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>专题“%1”的新名称：</source>
        <translation>New name of the collection “%1”:</translation>
    </message>
    <message>
        <source>删除专题“%1”？其中的文章仍保留在资料库中。</source>
        <translation>Delete the collection “%1”? Its articles stay in the library.</translation>
    </message>
    <message>
        <source>无法保存备注</source>
        <translation>Cannot save the note</translation>
    </message>
    <message>
        <source>备注已保存。</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>备注已删除。</source>
        <translation>Note removed.</translation>
    </message>
    <message>
        <source>无法修改专题</source>
        <translation>Cannot change the collection</translation>
    </message>
    <message>
        <source>把 %1 篇文章加入专题（选择已有专题或输入新名称）：</source>
        <translation>Add %1 article(s) to the collection (choose one or type a new name):</translation>
    </message>
    <message>
        <source>专题已重命名。</source>
        <translation>Collection renamed.</translation>
    </message>
    <message>
        <source>专题已删除。</source>
        <translation>Collection deleted.</translation>
    </message>
    <message>
        <source>已从专题“%1”移除 %2 篇。</source>
        <translation>Removed %2 article(s) from the collection “%1”.</translation>
    </message>
    <message>
        <source>已把 %1 篇加入专题“%2”（新增 %3 篇）。</source>
        <translation>Added %1 article(s) to the collection “%2” (%3 new).</translation>
    </message>
    <message>
        <source>标签已修改（Ctrl+Z 撤销）。</source>
        <translation>Tag changed (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>文章已校正（Ctrl+Z 撤销）。</source>
        <translation>Article corrected (Ctrl+Z undoes it).</translation>
    </message>
    <message>
        <source>校正已撤销。</source>
        <translation>Correction undone.</translation>
    </message>
    <message>
        <source>复制标题</source>
        <translation>Copy titles</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>已复制引文：</source>
        <translation>Citation copied: </translation>
    </message>
    <message>
        <source>已复制 1 个标题。</source>
        <translation>Copied 1 title.</translation>
    </message>
    <message>
        <source>已复制 %1 个标题。</source>
        <translation>Copied %1 titles.</translation>
    </message>
    <message>
        <source>撤销：%1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>已复制 %1 条引文。</source>
        <translation>Copied %1 citations.</translation>
    </message>
    <message>
        <source>从专题“%1”移除</source>
        <translation>Remove from “%1”</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>请先在列表中选择要导出的文章（Ctrl+A 全选结果）。</source>
        <translation>Select the articles to export in the list first (Ctrl+A selects all results).</translation>
    </message>
    <message>
        <source>导出已取消，没有写入文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>专题“%1”中没有文章。</source>
        <translation>The collection “%1” has no articles.</translation>
    </message>
    <message>
        <source>已导出 %1 篇到 %2</source>
        <translation>Exported %1 articles to %2</translation>
    </message>
    <message>
        <source>已是列表中的最后一篇。</source>
        <translation>This is the last article of the list.</translation>
    </message>
    <message>
        <source>已是列表中的第一篇。</source>
        <translation>This is the first article of the list.</translation>
    </message>
    <message>
        <source>简报文件</source>
        <translation>Gazette files</translation>
    </message>
    <message>
        <source>文本文件</source>
        <translation>Text files</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <source>网页</source>
        <translation>Web pages</translation>
    </message>
    <message>
        <source>导入简报</source>
        <translation>Import gazettes</translation>
    </message>
    <message>
        <source>导入文件夹</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>这个资料库对你是只读的，不能导入。</source>
        <translation>This library is read-only for you: nothing can be imported.</translation>
    </message>
    <message>
        <source>正在停止，已提交的文件会保留…</source>
        <translation>Stopping; the files committed so far stay…</translation>
    </message>
    <message>
        <source>导入已停止</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <source>导入已取消，资料库没有任何改变。</source>
        <translation>Import cancelled; the library was not changed.</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>新建资料库</source>
        <translation>New library</translation>
    </message>
    <message>
        <source>打开资料库</source>
        <translation>Open library</translation>
    </message>
    <message>
        <source>已新建资料库：用 Ctrl+O 导入简报。</source>
        <translation>New library created: import gazettes with Ctrl+O.</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>请先打开一篇文章，或在列表中选择要打印的文章。</source>
        <translation>Open an article, or select the articles to print in the list, first.</translation>
    </message>
    <message>
        <source>保存检索</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>请先输入检索词，再保存检索。</source>
        <translation>Type a search first, then save it.</translation>
    </message>
    <message>
        <source>“%1”的名称：</source>
        <translation>Name for “%1”:</translation>
    </message>
    <message>
        <source>已保存检索“%1”。</source>
        <translation>Search “%1” saved.</translation>
    </message>
    <message>
        <source>服务器拒绝了登录：请检查用户名，以及密码文件（PGPASSFILE 或 ~/.pgpass）中的密码。</source>
        <translation>The server refused the login: check the user name, and the password in the password file (PGPASSFILE or ~/.pgpass).</translation>
    </message>
    <message>
        <source>服务器上没有这个数据库：请检查地址末尾的数据库名。</source>
        <translation>The server has no such database: check the database name at the end of the address.</translation>
    </message>
    <message>
        <source>服务器无法访问：请检查主机名、端口和网络。</source>
        <translation>The server cannot be reached: check the host name, the port and the network.</translation>
    </message>
    <message>
        <source>无法打开服务器上的资料库 %1（详情已写入日志）。</source>
        <translation>Cannot open the library on the server %1 (the details are in the log).</translation>
    </message>
    <message>
        <source>打开服务器资料库</source>
        <translation>Open server library</translation>
    </message>
    <message>
        <source>PostgreSQL 服务器上资料库的地址（postgresql://用户名@主机:端口/数据库）：</source>
        <translation>Address of the library on a PostgreSQL server (postgresql://user@host:port/database):</translation>
    </message>
    <message>
        <source>密码不在这里输入：由 libpq 从 PGPASSFILE、~/.pgpass 或服务文件读取。</source>
        <translation>No password here: libpq reads it from PGPASSFILE, ~/.pgpass or a service file.</translation>
    </message>
    <message>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>你的服务器角色只能阅读、检索和导出这个资料库，不能修改它。</source>
        <translation>Your server role may read, search and export this library, not change it.</translation>
    </message>
    <message>
        <source>服务器在 %1 秒内没有应答：请检查主机名、端口和网络；网络较慢时可在地址末尾加上 ?connect_timeout=秒数。</source>
        <translation>The server did not answer within %1 seconds: check the host name, the port and the network; on a slow link, add ?connect_timeout=SECONDS to the end of the address.</translation>
    </message>
    <message>
        <source>正在连接资料库服务器 %1…</source>
        <translation>Connecting to the library server %1…</translation>
    </message>
    <message>
        <source>无法连接资料库服务器 %1。</source>
        <translation>Cannot connect to the library server %1.</translation>
    </message>
    <message>
        <source>%1（只读）</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>删除本期</source>
        <translation>Delete the issue</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>列出这些文章</source>
        <translation>List these articles</translation>
    </message>
    <message>
        <source>导出本专题…</source>
        <translation>Export this collection…</translation>
    </message>
    <message>
        <source>删除已存检索</source>
        <translation>Delete the saved search</translation>
    </message>
    <message>
        <source>本期信息已修改。</source>
        <translation>Issue details changed.</translation>
    </message>
    <message>
        <source>已删除本期。</source>
        <translation>Issue deleted.</translation>
    </message>
    <message>
        <source>重命名专题…</source>
        <translation>Rename collection…</translation>
    </message>
    <message>
        <source>删除专题…</source>
        <translation>Delete collection…</translation>
    </message>
    <message>
        <source>编辑本期信息…</source>
        <translation>Edit the issue…</translation>
    </message>
    <message>
        <source>删除本期…</source>
        <translation>Delete the issue…</translation>
    </message>
    <message>
        <source>从资料库中删除“%1”及其全部文章和原文？此操作无法撤销（可重新导入原文件）。</source>
        <translation>Delete “%1” with all its articles and its text from the library? This cannot be undone (the file can be imported again).</translation>
    </message>
    <message>
        <source>无法修改资料库</source>
        <translation>Cannot change the library</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>筛选…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>请选择要合并到的名称。</source>
        <translation>Pick the name to merge into.</translation>
    </message>
    <message>
        <source>“%1”的文章、职务和别名都将归入“%2”，“%1”不再单独列出。可用 Ctrl+Z 或“校正记录”撤销。</source>
        <translation>The articles, titles and aliases of “%1” will all go to “%2”; “%1” will no longer be listed. Ctrl+Z or Edit › Corrections undoes it.</translation>
    </message>
    <message>
        <source>“%1”与哪一个%2是同一个？</source>
        <translation>Which %2 is “%1” the same as?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>内部错误（请报告）：</source>
        <translation>Internal error (please report): </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>为这篇文章写备注（可用“备注:”检索，导出时一并写出）</source>
        <translation>Write a note on this article (found with “note:”, exported with it)</translation>
    </message>
    <message>
        <source>保存备注</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>保存备注 (Ctrl+Enter)</source>
        <translation>Save the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>（只读：不能写备注）</source>
        <translation>(Read-only: no notes can be written)</translation>
    </message>
</context>
<context>
    <name>QueryKeys</name>
    <message>
        <source>人物</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>project</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>section</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>place</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>date</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>打开原文件</source>
        <translation>open the original file</translation>
    </message>
    <message>
        <source>打开原文件第 {page} 页</source>
        <translation>open the original at page {page}</translation>
    </message>
    <message>
        <source>记者</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>通讯员</source>
        <translation>Correspondent</translation>
    </message>
    <message>
        <source>摄影</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>第 {first} 页</source>
        <translation>page {first}</translation>
    </message>
    <message>
        <source>选择左侧的简报或文章，或在上方输入检索词。</source>
        <translation>Choose a gazette or an article on the left, or type a search above.</translation>
    </message>
    <message>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>已校正</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>人物与项目：</source>
        <translation>Leaders and projects: </translation>
    </message>
    <message>
        <source>第 {first}–{last} 页</source>
        <translation>pages {first}–{last}</translation>
    </message>
    <message>
        <source>◀ 上一处</source>
        <translation>◀ Prev</translation>
    </message>
    <message>
        <source>上一个命中 (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <source>下一处 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>下一个命中 (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <source>按此筛选：</source>
        <translation>Filter by: </translation>
    </message>
    <message>
        <source>无命中</source>
        <translation>No hits</translation>
    </message>
    <message>
        <source>OCR 识别，可能有误</source>
        <translation>read by OCR, may hold errors</translation>
    </message>
    <message>
        <source>命中 %1 / %2</source>
        <translation>Hit %1 / %2</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <source>起始 2020-04</source>
        <translation>2020-04</translation>
    </message>
    <message>
        <source>截止 2020-06</source>
        <translation>2020-06</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>栏目</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>按相关度</source>
        <translation>By relevance</translation>
    </message>
    <message>
        <source>按日期，最新在前</source>
        <translation>By date, newest first</translation>
    </message>
    <message>
        <source>按日期，最早在前</source>
        <translation>By date, oldest first</translation>
    </message>
    <message>
        <source>全选结果</source>
        <translation>Select all results</translation>
    </message>
    <message>
        <source>检索全文：空格=并且，OR=或者，-排除，"短语"，人物:… 项目:… 栏目:… 日期:2020-04..2020-06</source>
        <translation>Full-text search: space = AND, OR, -exclude, "phrase", leader:… project:… section:… date:2020-04..2020-06</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>检索中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>检索式有误：下面仍是上一次检索的结果</source>
        <translation>The query has an error: the results below are from the previous search</translation>
    </message>
    <message>
        <source>计数中…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>检索式有误：下面仍是上一次检索的结果（共 %1 篇）</source>
        <translation>The query is not valid: below are still the previous search’s results (%1 articles)</translation>
    </message>
    <message>
        <source>共 1 篇</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>共 %1 篇</source>
        <translation>%1 articles</translation>
    </message>
</context>
<context>
    <name>TagAdd</name>
    <message>
        <source>添加标签</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>例如 区委书记，可留空</source>
        <translation>e.g. 区委书记, or empty</translation>
    </message>
    <message>
        <source>给《%1》添加标签</source>
        <translation>Tag «%1»</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>篇数</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>别名：</source>
        <translation>Aliases: </translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>按此筛选</source>
        <translation>Filter by this</translation>
    </message>
    <message>
        <source>添加到筛选条件</source>
        <translation>Add to the filters</translation>
    </message>
    <message>
        <source>重命名</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>隐藏</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>正在载入人物…</source>
        <translation>Loading leaders…</translation>
    </message>
    <message>
        <source>正在载入项目…</source>
        <translation>Loading projects…</translation>
    </message>
    <message>
        <source>筛选人物…</source>
        <translation>Filter leaders…</translation>
    </message>
    <message>
        <source>筛选项目…</source>
        <translation>Filter projects…</translation>
    </message>
    <message>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>“%1”的新名称：</source>
        <translation>New name for “%1”:</translation>
    </message>
    <message>
        <source>隐藏“%1”？它将不再出现在标签和筛选中。</source>
        <translation>Hide “%1”? It will no longer appear in the tags and filters.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>选择人物或项目查看时间分布</source>
        <translation>Select a leader or project to see its timeline</translation>
    </message>
    <message>
        <source>（另有 %1 篇无日期）</source>
        <translation> (plus %1 undated)</translation>
    </message>
    <message>
        <source>峰值 %1 篇/月</source>
        <translation>peak %1/month</translation>
    </message>
    <message>
        <source>%1：%2 篇（单击列出）</source>
        <translation>%1: %2 (click to list them)</translation>
    </message>
</context>
</TS>
