"""Inputs that were slow or lost text after round 9's rules (or older), each now read in one pass.

No timings (speed is measured by ``gazette bench``): the blank stretch below took minutes with the search
it replaced, so a regression shows as a hang rather than a pass."""

from __future__ import annotations

from gazette_reader.ingest.layouts import cues


def test_a_trailer_is_looked_for_over_the_non_blank_lines_only() -> None:
    """The trailer pre-test joined every line, blanked furniture too: from each line start its pattern's
    ``\\s*`` ran over the whole blank stretch below (20,000 blanked button lines: 4 s; 200,000: minutes)."""
    assert not cues.holds_trailer([""] * 200_000 + ["会议要求,抓好落实。"])
    assert cues.holds_trailer(["", "会议要求,抓好落实。", "", "编辑:张三"])


def test_gaps_that_fit_no_column_unfold_nothing() -> None:
    """Gap positions chained into one smeared cluster (20, 24, 38) made a layout no line fits: the empty
    block raised IndexError and the text fell back to one article."""
    from gazette_reader.ingest.model import accounted_text
    from gazette_reader.ingest.parse import parse_unchecked

    a = "县委书记张三主持，    会议研究部署工，    确保各项工作落到实处。"
    b = "会议强调各级部门要求，    抓好落实，    确保各项工作落到实处。"
    text = "\n".join([a, b] * 3)
    pieces = accounted_text(parse_unchecked(text))
    assert sorted(c for c in text if not c.isspace()) == sorted(c for s in pieces for c in s if not c.isspace())


def test_a_photo_story_under_picture_labels_is_one_article() -> None:
    """One story's pictures, each under a label (图片), carry its paragraphs on without a day of their own:
    no card list (the card rule split it in three)."""
    from gazette_reader.ingest.parse import parse_text

    text = ("图片\n\n　　3月5日，县委书记张三到某镇调研春耕生产。他强调，要抓好粮食安全。\n\n"
            "　　张三一行先后来到某村、某合作社，详细了解情况。\n\n图片\n\n　　在某合作社，张三察看了育秧大棚。\n\n"
            "图片\n\n　　调研中，张三要求各级各部门提高认识。\n")
    assert len(parse_text(text).articles) == 1


def test_two_notices_under_one_title_are_two_documents() -> None:
    """A second notice under the same title, after the first one's 主送 and signing date, is no site's copy of
    the headline over its document (the first went to the issue's header) and no attachment of the first."""
    from gazette_reader.ingest.parse import parse_text

    notice = "某县人民政府关于张三等同志职务任免的通知\n\n各乡镇人民政府，县政府各部门：\n　　任命{0}为县{1}局局长\n\n某县人民政府\n2020年{2}月1日\n\n"
    text = notice.format("张三", "教育", 3) + notice.format("王五", "财政", 4)
    issue = parse_text(text)
    assert [a.body.count("任命") for a in issue.articles] == [1, 1] and not issue.metadata


def test_a_list_of_numbered_titles_heads_no_documents() -> None:
    """A 文件目录's lines (文号 and title on one line, one under the other) name documents printed further on."""
    from gazette_reader.ingest.parse import parse_text

    text = ("某县人民政府文件目录\n\n县政发〔2020〕1号 某县人民政府关于印发2020年政府工作要点的通知\n"
            "县政发〔2020〕2号 某县人民政府关于表彰2019年度先进集体的决定\n\n县政发〔2020〕1号\n\n"
            "某县人民政府关于印发2020年政府工作要点的通知\n\n各乡镇人民政府，县政府各部门：\n"
            "　　现将《2020年政府工作要点》印发给你们，请认真贯彻执行。\n\n某县人民政府\n2020年1月5日\n")
    issue = parse_text(text)
    assert [(a.subtitle, bool(a.body)) for a in issue.articles] == [("县政发〔2020〕1号", True)]


def test_a_line_after_a_stray_blank_line_closes_its_item() -> None:
    """In a bulletin that runs its paragraphs on, a blank line parts items; but one short line after it
    (会议还研究了其他事项。) tells no story of its own: it closes the item above (a reviewer's probe)."""
    from gazette_reader.ingest.parse import parse_text

    text = ("工作简报\n第4期\n县委办公室编\n\n县委召开常委会议研究春耕工作\n"
            "　　3月5日，县委召开常委会议，研究部署春耕生产工作。\n　　会议指出，春耕生产事关全年粮食安全。\n"
            "　　会议强调，各乡镇要压实责任，抓好落实。\n\n　　会议还研究了其他事项。\n\n县政府召开安全生产会议\n"
            "　　3月6日，县政府召开安全生产工作会议。\n　　会议要求，各部门要排查隐患，确保安全。\n　　会议强调，要严格落实责任制。\n")
    assert [a.title for a in parse_text(text).articles] == ["县委召开常委会议研究春耕工作", "县政府召开安全生产会议"]


def test_an_organiser_list_in_a_notice_is_its_text() -> None:
    """``县委宣传部  主办`` over ``县文化馆  承办`` in a notice lists its organisers: no site's banner."""
    from gazette_reader.ingest.parse import parse_text

    text = ("关于举办全县农民歌手大赛的通知\n\n各乡镇：\n　　为丰富群众文化生活，决定举办全县农民歌手大赛。现将有关事项通知如下。\n"
            "　　一、组织单位\n县委宣传部  主办\n县文化馆  承办\n　　二、比赛时间\n　　2024年5月1日。\n")
    issue = parse_text(text)
    assert not issue.furniture and "县委宣传部" in issue.articles[0].body


def test_short_lines_under_an_article_pager_are_no_e_paper_headline_list() -> None:
    """Only an e-paper's PDF button tops its headline list over the 标题导航 bar; under ``上一篇 下一篇`` the
    short lines are the article's (all of them went to furniture before)."""
    from gazette_reader.ingest.parse import parse_text

    text = ("上一篇 下一篇\n全县重点项目名单\n县人民医院新院区\n城南污水处理厂\n城东工业园道路\n"
            "| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |\n")
    assert "城南污水处理厂" in "".join(a.title + a.body for a in parse_text(text).articles)


def test_a_fraction_before_ri_yi_is_no_date() -> None:
    """Month/day closed by 日 is Taiwan's press's date (2/12日率…); a fraction before 日益/日趋 is none."""
    from gazette_reader.ingest.dates import month_day

    assert month_day("全县完成任务的3/4日益增多。") == (None, None)
    assert month_day("新北市長侯友宜2/12日率市府團隊於桃園") == (2, 12)


def test_one_line_opening_with_a_field_label_opens_no_page() -> None:
    """A saved page's field table has rows; one line opening with a label (文号 说明如下) under a signed
    document stays in its text (it went to furniture as a page's head)."""
    from gazette_reader.ingest.parse import parse_text

    text = ("关于做好防汛工作的通知\n各乡镇人民政府：\n请做好防汛工作。\n县政府办公室\n2020年6月1日\n\n文号 说明如下\n"
            "关于做好抗旱工作的通知\n各乡镇人民政府：\n请做好抗旱工作。\n县政府办公室\n2020年7月1日\n")
    issue = parse_text(text)
    assert not issue.furniture and "文号说明如下" in "".join(issue.articles[0].body.split())
