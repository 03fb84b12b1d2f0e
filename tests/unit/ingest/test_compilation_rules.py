"""The compilation splitter on a 工作信息 whose items have no headlines: a printed rule parts them, and a
bracketed heading alone on its line over them is their group (section), not a title. Each case a short
text of the kind, written here, with the items it must give."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_text

GROUPED_UNTITLED = (
    "两会工作信息\n"
    "第3期（总第27期）\n"
    "县人大常委会办公室　县政协办公室\n"
    "\n"
    "【政协动态】\n"
    "\n"
    "3月2日,县政协主席王立新带领部分政协委员深入城关镇调研\n"
    "农村人居环境整治工作,实地查看了垃圾分类收集点和污水处理\n"
    "站运行情况。\n"
    "调研组要求,要坚持问题导向,持续巩固整治成果。\n"
    "\n"
    "————————————————\n"
    "\n"
    "3月9日上午,县政协召开十届二十次常委会议,传达学习全国\n"
    "两会精神,审议通过了年度协商计划。县政协副主席李秀兰主持\n"
    "\n"
    "- 1 -\n"
    "\n"
    "会议。\n"
    "会议强调,要围绕中心工作,精心组织开展协商议政活动。\n"
    "\n"
    "————————————————\n"
    "\n"
    "【人大之窗】\n"
    "\n"
    "3月15日,县人大常委会副主任赵建国带领执法检查组对全县\n"
    "食品安全法贯彻实施情况开展执法检查,听取了有关部门的汇报\n"
    "。检查组指出,要压实主体责任,守牢食品安全底线。(张敏)\n"
    "\n"
    "- 2 -\n"
)


def test_rules_part_untitled_items_under_group_headings() -> None:
    """Untitled items set apart by printed rules, under 【…】 headings alone on their lines: the rule
    parts the two items (across the page number), and each bracketed heading is the section of the
    items under it, not a title."""
    issue = parse_text(GROUPED_UNTITLED)
    assert [(a.section, a.body[:6]) for a in issue.articles] == [
        ("政协动态", "3月2日,县"), ("政协动态", "3月9日上午"), ("人大之窗", "3月15日,")]
    assert [(a.month, a.day) for a in issue.articles] == [(3, 2), (3, 9), (3, 15)]
    assert not any(a.title in ("政协动态", "人大之窗") for a in issue.articles)
    assert is_lossless(GROUPED_UNTITLED, issue)


RULED_UNTITLED = (
    "工作简报\n"
    "第5期\n"
    "县委办公室编\n"
    "\n"
    "5月6日,县委书记刘振华主持召开县委常委会会议,传达学习省委\n"
    "全会精神,研究部署下一阶段重点工作。会议要求,各级各部门要\n"
    "狠抓落实,确保各项任务按时完成。\n"
    "\n"
    "══════════════════════\n"
    "\n"
    "5月8日,县长陈国强带队检查防汛准备工作,先后来到水库、河道\n"
    "和地质灾害隐患点,详细了解应急物资储备和值班值守情况。\n"
)


def test_a_rule_parts_two_untitled_items() -> None:
    """Two untitled items parted by a printed rule, no group heading: two items, the rule furniture."""
    issue = parse_text(RULED_UNTITLED)
    assert [(a.month, a.day) for a in issue.articles] == [(5, 6), (5, 8)]
    assert is_lossless(RULED_UNTITLED, issue)


NUMBERED_UNTITLED = (
    "政 务 信 息\n"
    "第7期\n"
    "县委办公室　县政府办公室　　　　编\n"
    "══════════════════════\n"
    "\n"
    "　　1．为扎实做好春季森林防火工作,4月2日,县林业局组织召开全县森林防火工作推进会,安排部署重点时段防火任务。\n"
    "　　会议要求,各乡镇要严格落实网格化管理,确保不发生重特大森林火灾。\n"
    "\n"
    "　　2．近日,县市场监管局开展校园周边食品安全专项检查,共检查经营户46家,责令整改问题12个。\n"
    "\n"
    "　　3．自“项目攻坚年”活动开展以来,县发改局坚持一线工作法,围绕重点项目建立清单化推进机制,累计协调解决问题30余个。\n"
    "　　下一步,县发改局将持续跟踪问效,推动项目早开工、早投产。\n"
)


def test_numbered_paragraphs_under_a_masthead_are_items() -> None:
    """Under a masthead, paragraphs numbered 1． 2． 3． after blank lines, in order, are the issue's items,
    whatever their leads (为…, 近日…, 自…以来): three items, the numbers furniture."""
    issue = parse_text(NUMBERED_UNTITLED)
    assert [a.body[:4] for a in issue.articles] == ["为扎实做", "近日,县", "自“项目"]
    assert is_lossless(NUMBERED_UNTITLED, issue)


def test_a_labelled_line_under_the_last_rule_is_no_item() -> None:
    """A labelled line under the rule after the last item (编辑：… 审核：…, 联系电话：…) is the colophon's,
    not an untitled item."""
    for colophon in ("编辑：王明,审核：李华。\n", "联系电话：1234567，传真：7654321。\n"):
        text = RULED_UNTITLED + "\n————————————————\n" + colophon
        issue = parse_text(text)
        assert [(a.month, a.day) for a in issue.articles] == [(5, 6), (5, 8)]
        assert is_lossless(text, issue)
