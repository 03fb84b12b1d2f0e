"""The compilation splitter on reference works (志, 年鉴, an encyclopedia's place page) and clipping
compilations: each case a short text of the kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

ANNAL_SECTION = (
    "P. 345\n\n"
    " 第三節 縣鄉組織\n"
    "福建省府設治金門時,計轄金門、連江等四縣,各縣分別擬訂縣與鄉鎮組織規程,呈轉行政院核定實施。\n"
    "壹、金門縣\n"
    "福建省轄下的金門縣,為適應軍事措施,廢金門縣改設軍管區制,不久改設行政公署。24\n"
    "民國 44 年省府改組後,該縣政府組織,除縣長、副縣長外,下設民政、\n\n"
    "P. 346\n\n"
    "  320\n"
    "財政等科。鄉鎮長及鄉鎮民代表會,實行選舉,收效甚宏。26\n"
    "貳、連江縣\n"
    "民國 42 年 8 月 17 日設連江縣政府於南竿,轄南、北竿兩鄉。\n"
)


def test_a_section_of_an_annal_over_its_numbered_parts() -> None:
    """A 志's section heading (第三節 …) over its own paragraph, then parts numbered in formal numerals
    (壹、 貳、), a footnote number after a part's last sentence: the section heading is every item's
    section, its paragraph an item without a heading; the page labels (P. 345) and the printed page
    number under one (320) are page furniture."""
    issue = parse_text(ANNAL_SECTION)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("", "第三節 縣鄉組織"), ("金門縣", "第三節 縣鄉組織"), ("連江縣", "第三節 縣鄉組織")]
    assert issue.articles[0].body.startswith("福建省府設治金門時")
    assert "320" not in issue.articles[1].body and "P." not in issue.articles[1].body
    assert is_lossless(ANNAL_SECTION, issue)


PLACE_PAGE = (
    "張村鄉(浙江省衢州市江山市)\n"
    "張村鄉,隸屬於浙江省衢州市江山市,地處江山市東南部,東鄰遂昌縣西畈鄉,鄉人民政府距江山\n"
    "市區28千米,行政區域面積274.92平方千米。截至2019年末,張村鄉戶籍人口為10904人。\n"
    "位置境域\n"
    "張村鄉地處江山市東南部,東鄰遂昌縣西畈鄉,南連雙溪口鄉,西與峽口鎮、石門鎮相毗鄰,西北、\n"
    "北與長台鎮接壤,行政區域面積274.92平方千米。\n"
    "自然資源\n"
    "2011年,張村鄉有耕地面積7285畝,林地面積18.24萬畝,累計造林7.6萬畝。\n"
    "人口\n"
    "截至2011年末,張村鄉轄區總人口13015人,其中城鎮常住人口310人,城鎮化率2.4%。\n"
)


def test_a_place_page_s_topics_are_entries_under_its_title() -> None:
    """An encyclopedia's page on a township: its title over a lead paragraph naming the place, then
    short topic headings over their texts. The title is every entry's section, the lead paragraph an
    entry without a heading."""
    issue = parse_text(PLACE_PAGE)
    section = "張村鄉(浙江省衢州市江山市)"
    assert [(a.title, a.section) for a in issue.articles] == [
        ("", section), ("位置境域", section), ("自然資源", section), ("人口", section)]
    assert is_lossless(PLACE_PAGE, issue)


def test_a_feature_with_short_subheadings_stays_one_article() -> None:
    """A feature's lead does not open by naming its headline's subject: its short subheadings stay in
    the body."""
    text = (
        "全县推进农村人居环境整治工作综述\n"
        "今年以来,我县坚持问题导向,扎实推进农村人居环境整治,村容村貌明显改善。\n"
        "主要做法\n一是强化组织领导,成立工作专班。二是加大资金投入。\n"
        "取得成效\n全县累计清理垃圾1.2万吨,改厕3000户。\n"
        "下步打算\n继续巩固整治成果,建立长效机制。\n"
    )
    assert len(parse_text(text).articles) == 1


CLIPPINGS = (
    "媒体聚焦\n\n【县域发展】\n\n"
    "陇西频受主流央媒关注\n来源:定西日报 2018-12-29\n\n"
    "陇西讯(记者张爱平)今年以来,陇西县大力推进扶贫开发进程。11月24日中央电视台播出了专题报道。\n\n"
    "【县区政务】\n\n"
    "来源:qynews.zjol.com.cn 2010-03-18\n\n"
    "县委副书记、代县长叶青参加人大第一代表团审议\n副县长廖永平参加人大第一代表团审议\n人大第一代表团审议现场\n"
    "3月17日下午,县委副书记、代县长叶青以普通代表的身份来到人大第一代表团,与代表们共同审议《政府工作报告》。\n\n"
    "来源:yunyang.cjyun.org\n\n"
    "1月23日,在新春佳节即将来临之际,区委副书记、区长梅华一行开展春节慰问活动。\n"
)


def test_clippings_dated_by_their_source_lines_under_group_markers() -> None:
    """A clipping is dated by its source line (来源:定西日报 2018-12-29 under its headline), not by a date
    in its text; a group marker (【县区政务】) sets the section of the clippings after it, and a source
    line right under it opens a clipping, whose photo captions over its text are neither an item nor
    its title (they close its body)."""
    issue = parse_text(CLIPPINGS)
    assert [(a.section, a.month_day) for a in issue.articles] == [
        ("县域发展", "12-29"), ("县区政务", "03-18"), ("县区政务", "01-23")]
    assert issue.articles[0].title == "陇西频受主流央媒关注"
    assert issue.articles[0].source_unit == "来源:定西日报 2018-12-29"
    assert issue.articles[1].body.startswith("3月17日下午")
    assert "人大第一代表团审议现场" not in issue.articles[1].title
    assert [a.year for a in issue.articles] == [2018, 2010, None]
    assert is_lossless(CLIPPINGS, issue)


BRIEFS = (
    "领导活动\n\n"
    "●2月8日,文昌镇第十五届人民代表大会第一次会议在镇政府四楼会议室召开。区委常委孙国梁到会并讲话。\n"
    "孙国梁指出,新一届政府领导班子要紧紧围绕区委、区政府中心工作,主动作为、担当尽责。\n"
    "(梅本炎)\n\n"
    "●10月17日上午,县委副书记、县长李洪文到南旺镇督导农村人居环境整治工作。\n\n"
    "●5月6日,大川镇召开村级建制村民大会工作部署会,全体班子成员参加会议。\n"
)


def test_a_column_heading_over_briefs_and_a_closing_credit() -> None:
    """A short heading naming no publication (领导活动, not 社区简讯) right over the first brief is the
    column: every brief's section. A name alone in brackets after a brief's text is its author's
    credit: it closes that brief and heads nothing."""
    issue = parse_text(BRIEFS)
    assert [(a.section, a.month_day) for a in issue.articles] == [
        ("领导活动", "02-08"), ("领导活动", "10-17"), ("领导活动", "05-06")]
    assert issue.articles[0].source_unit == "梅本炎"
    assert is_lossless(BRIEFS, issue)
    publication = parse_text(BRIEFS.replace("领导活动", "社区简讯"))
    assert {a.section for a in publication.articles} == {None}


CHAPTER_PAGES = (
    "某鎮志:【卷二 政事篇】第四章 民政\n\n"
    "第四章 民政\n\n"
    "第一節 社會救助\n\n"
    "壹、戰前之救助\n\n"
    " 清代地方設有養濟院,收容貧病無依之人,由官府撥給口糧,地方士紳亦捐資協助,\n"
    "每逢災歉,另行開倉賑濟,以安民心。道光年間,地方士紳另設義倉,積穀備荒,由\n"
    "街庄總理管理,遇有災歉,平價出糶。\n"
    " 日本治臺後,救助事務改由街庄役場辦理,設有救濟規程,對貧困者給予米穀及\n"
    "醫療,並由方面委員調查戶口實況。\n\n"
    "某鎮志:【卷二 政事篇】第五章 兵役\n\n"
    "第五章 兵役\n\n"
    "第一節 徵兵\n\n"
    "壹、徵兵制度\n\n"
    " 戰後實施徵兵制度,年滿二十歲之男子應服兵役,由鎮公所兵役課辦理身家調查,\n"
    "依規定程序徵集入營,每年辦理數次。役男體格檢查由縣政府會同醫院辦理,合格\n"
    "者依兵種需要分發各軍種服役。\n"
    " 民國四十年代起,鎮公所另設兵役協會,辦理役男家屬慰問及優待事宜,每逢年節\n"
    "致送慰問金。\n"
)


def test_an_entry_under_its_chapter_and_section_headings() -> None:
    """Two chapter pages of a 志, each under the site's page-title line: the headings stacked over the
    text (章 / 節 / 壹、) are not the entry's first paragraphs: the lowest titles it (its ordinal is
    furniture), the 節 above it is its section."""
    issue = parse_text(CHAPTER_PAGES)
    assert [(a.title, a.section) for a in issue.articles] == [
        ("戰前之救助", "第一節 社會救助"), ("徵兵制度", "第一節 徵兵")]
    assert issue.articles[0].body.startswith("清代地方設有養濟院")
    assert is_lossless(CHAPTER_PAGES, issue)


CUT_SENTENCE = (
    "P. 212\n"
    "所 属 各 村 设 正 、 副 村 长 , 配 备 分 管 农 业 、 水 利 、 文 教 及 财 务 、 治\n"
    "安 等 干 部 。\n"
    "1 9 5 1 年 3 月 建 立 城 关 镇 公 所 , 次 年 6 月 和 区 公 所 合 并 。\n"
    "1 9 5 5 年 2 月 县 治 设 城 关 , 7 月 区 公 所 改 称 镇 人 民 政 府 。\n"
    "1 9 5 7 年 4 月 撤 乡 建 高 级 社 , 年 底 镇 人 民 政 府 改 称 镇 人 民 委 员 会\n"
    "。\n"
    "1 9 6 8 年 1 0 月 建 立 城 关 镇 革 命 委 员 会 , 替 代 镇 人 民 委 员 会 职 能 。\n"
    "1 9 8 0 年 6 月 恢 复 城 关 镇 人 民 政 府\n"
    "。\n"
)


def test_a_sentence_cut_before_its_full_stop_is_no_headline() -> None:
    """An OCR'd page that breaks a sentence before its full stop, the 。 alone on the next line: the short
    line above it ends the text (a sentence), it does not head a second item whose text is 。."""
    issue = parse_text(CUT_SENTENCE)
    assert len(issue.articles) == 1
    assert issue.articles[0].body.endswith("恢复城关镇人民政府。")


MARGIN_ENTRIES = (
    "某某县\n\n"
    "县委书记 王 明 县长 李红军\n"
    "县名由来 “某某”原系古城名,明洪武二年(1369年)设县,沿用古城\n"
    "之名,以城得名。\n"
    "政区 人口 全县总面积1523平方公里。辖9镇3乡,312个行政村。年底\n"
    "全县总人口65.2万人,其中城镇人口18.6万人。\n"
    "经济概况 全县实现生产总值210.5亿元,按可比价格计算,比上年增长\n"
    "9.8%。其中,第一产业增加值32.1亿元,增长3.5%。\n"
)

GETA_ENTRIES = (
    "某某县\n\n"
    "·领导人名录·\n\n"
    "县委\n"
    "书〓记〓王明\n"
    "副书记〓李红军\n"
    "赵建国\n\n"
    "·国民经济和社会发展综述·\n\n"
    "县名由来〓因境内有某山而得名。\n"
    "政区〓人口〓全县总面积1523平方公里。辖9镇3乡。年末全县总人口\n"
    "65.2万人,其中城镇人口18.6万人。\n"
    "经济概况〓全县实现生产总值210.5亿元,按可比价格计算,比上年增\n"
    "长9.8%。第一产业实现增加值32.1亿元,增长3.5%。\n"
)


def test_yearbook_entries_run_in_at_the_margin() -> None:
    """A 年鉴 page whose entry titles, bold in print, run in at the margin before their text, then a
    space (经济概况 全县…) or the 〓 a yearbook database prints for the bold's end: an item each, the
    title of two words keeping its separator; a leader line's names after a title are no entry."""
    for text in (MARGIN_ENTRIES, GETA_ENTRIES):
        issue = parse_text(text)
        separator = " " if text is MARGIN_ENTRIES else "〓"
        assert [a.title for a in issue.articles] == ["县名由来", f"政区{separator}人口", "经济概况"]
        assert issue.articles[1].body.startswith("全县总面积1523平方公里。")
        assert is_lossless(text, issue)
    # the column heading between middle dots right above the entries is their section
    assert {a.section for a in parse_text(GETA_ENTRIES).articles} == {"国民经济和社会发展综述"}
