"""Saved web releases (blind round 8): a page's today widget, a release header's fields set apart by
blank lines, a headline of two phrases on a full line of hard-wrapped text."""

from __future__ import annotations

from gazette_reader.ingest.metadata import issue_facts
from gazette_reader.ingest.parse import parse_unchecked

# press_release/zhengwu_dongtai_jinan_…: each field of the release's header on its own line, blank lines
# between them; the page's day widget above everything
SAVED = """2023年03月29日 星期三

某市委常委会召开扩大会议研究部署全市工作

发布日期:2020-01-27

信息来源:某市日报

  1月26日下午,某市委常委会召开扩大会议,传达学习有关会议精神,研究部署下一步工作。
  市委书记某某某主持会议并讲话,市委副书记某某某出席会议。
编辑:某某

为切实抓好节前安全生产工作,确保全县人民群众过一个欢乐、祥和、平安的春节。2月9日,县委书记某某某带领有关单位负责人检查安全生产工作。
"""


def test_a_source_field_under_the_release_date_is_the_same_release() -> None:
    issue = parse_unchecked(SAVED)
    first = issue.articles[0]
    assert "1月26日下午" in first.body
    assert (first.year, first.month, first.day) == (2020, 1, 27)


def test_a_day_and_weekday_alone_is_a_widget_not_the_issue_date() -> None:
    assert issue_facts({"报头": "2023年03月29日 星期三"}).year is None
    assert parse_unchecked(SAVED).year is None
    assert parse_unchecked(SAVED).articles[-1].year is None  # the untitled item states no year
    assert issue_facts({"报头": "某某日报", "报头2": "2023年03月29日 星期三"}).year == 2023  # a paper's dated masthead


# worklog/xiangzhen_gongzuo_dongtai_di3qi_tw: text wrapped at 28 characters under a headline of two
# phrases, set whole on a line shorter than the column
WRAPPED = """某鄉鎮工作動態
第3期

吉安鄉召開村長會報啟共識 鄉長率團隊落實基層圓滿建設
吉安鄉公所促鄉政推行更加基層化周全,18日於親民堂召開
村長暨村幹事業務會報,由鄉長親率主任秘書及各課室主管,
向各村村長交互說明地方建設與業務推展之現況及內容,並
匯集各村提案進行交流與回應。也藉由會議頒發調解委員會
卸任賀匾及新續任聘書,盼未來持續攜手共構民意需求服務
,解決民眾問題,為鄉親再造福祉。

某鄉長下鄉聽基層幹部建言
某鄉公所幹部下鄉座談會昨晚在某村舉行,鄉長與幹部座談,
聽取基層幹部對鄉政建設的意見,並逐一回應各項建議,會中
氣氛熱烈,鄉長表示將持續推動基層建設。
"""


def test_a_two_phrase_headline_short_of_the_column_is_whole() -> None:
    assert parse_unchecked(WRAPPED).articles[0].title == "吉安鄉召開村長會報啟共識 鄉長率團隊落實基層圓滿建設"


# press_release/zhengwu_dongtai_jinan_…: a release's headline over two subtitle decks, then its info line
DECKS = """某市委常委会召开扩大会议

传达学习中央有关会议精神 安排部署全市疫情防控工作

某某某主持并讲话 某某某出席

发布日期:2020-01-27

  1月26日下午,某市委常委会召开扩大会议,传达学习有关会议精神,研究部署下一步工作。
编辑:某某

某县全面开展“全民巡河护河”专项行动
2018年9月19日 16:11
9月19日是“全民护河日”,某县各级河长带领广大群众深入镇、村河道沿线巡河。
"""


def test_the_decks_under_a_release_headline_are_its_subtitles() -> None:
    first = parse_unchecked(DECKS).articles[0]
    assert first.title == "某市委常委会召开扩大会议"
    assert first.subtitle == "传达学习中央有关会议精神 安排部署全市疫情防控工作 某某某主持并讲话 某某某出席"
    assert "1月26日下午" in first.body


# press_release/zhengwu_dongtai_jinan_…: photo captions on lines of their own inside a release, in a
# run of releases whose headlines have their info lines under them
CAPTIONS = """某市委常委会召开扩大会议

传达学习中央有关会议精神 安排部署全市疫情防控工作

某某某主持并讲话 某某某出席

发布日期:2020-01-27

  1月26日下午,某市委常委会召开扩大会议,传达学习有关会议精神,研究部署下一步工作。
编辑:某某

为切实抓好节前安全生产工作,确保全县人民群众过一个平安的春节。2月9日,县委书记某某某检查安全生产工作。

在新华百货检查食品供应及安全
某某某一行先后来到新华百货购物商场、年货一条街,分别检查了消防设施配备等情况。

到年货一条街检查
在检查中,某某某指出,安全生产责任重于泰山,各部门要切实担负起监管职责。

某县全面开展“全民巡河护河”专项行动
2018年9月19日 16:11
9月19日是“全民护河日”,某县各级河长带领广大群众深入镇、村河道沿线巡河。
"""


def test_caption_lines_inside_a_run_of_releases_start_no_item() -> None:
    articles = parse_unchecked(CAPTIONS).articles
    assert [a.title for a in articles if not a.title_derived] == ["某市委常委会召开扩大会议", "某县全面开展“全民巡河护河”专项行动"]
    assert len(articles) == 3  # the untitled release after the first one's trailer, its captions in its text
    assert "到年货一条街检查" in articles[1].body


def _wrapped(text: str, width: int) -> str:
    """``text`` cut into lines of ``width`` characters, as tests/corpus/wrap.py wraps a PDF-like text."""
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


# traditional/miaoli_pingtung_xianfu_jianji: releases set apart by blank lines, wrapped at 30 characters
# (headlines too); one has its date and byline line under its headline, one a headline wrapped onto a
# second line with its text right under it
APART = _wrapped("""縣府新聞剪輯（某縣）

某縣務會議 縣長緊盯各項建設計畫進度
某縣政府二十日召開一一五年度第三次縣務會議，各鄉鎮市長列席會議，鄉鎮市長當場提出問題，由縣長指示各單位研議妥處，會中各局處針對職掌業務計畫，逐一說明執行情形。

開工上香祈福 縣長：持續努力讓建設大步邁進
2026/02/23 15:52 記者某某某／某地報導
某縣長今（23）日農曆年假後上班首日，率縣府團隊到廟宇上香祈福，並提出新年縣政規劃，包括多項重大工程能順利推進，讓建設大步向前邁進。

馬上快樂!縣長市場拜早年小紅包傳遞新春祝福 人潮湧現熱鬧滾滾
縣長至市場分送一元紅包和鄉親拜早年 農曆春節將至,縣長今(13)日一早前往市場發一元紅包,向大家拜早年,恭賀新喜!所到之處都吸引許多民眾排隊領紅包。
""", 30)


def test_releases_set_apart_keep_a_wrapped_headline_under_a_byline_release() -> None:
    titles = [a.title for a in parse_unchecked(APART).articles]
    assert titles[-1] == "馬上快樂!縣長市場拜早年小紅包傳遞新春祝福 人潮湧現熱鬧滾滾"
    assert len(titles) == 3
