"""Leader forms seen in blind round 9: a place starting with a conjunction (和林格尔县), verbs and adverbs
glued to names or titles (受, 昨, 到会, 率领, 罕见, a byline's 报导), 代理 before a bare title, titles joined
beyond one title's reach, nominations of a 同志, and the XPCC's divisions."""

from __future__ import annotations

import pytest

from gazette_reader.tagging.leaders import LEADER, find_leaders


def leaders_in(text: str, known: tuple[str, ...] = ()) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text, known) if m.role == LEADER}


def test_a_place_that_starts_with_a_conjunction() -> None:
    assert leaders_in("和林格尔县副县长郭文俊在总结交流大会上致辞。") == {("郭文俊", "和林格尔县副县长")}


@pytest.mark.parametrize("text, expected", [
    ("市委副书记、组织部部长李健受市委委托,通报了情况。", {("李健", "市委副书记、组织部部长")}),  # 受: is entrusted
    ("桃園市長鄭文燦昨(15)日下午前往桃園區。", {("郑文灿", "桃园市长")}),  # 昨: yesterday
    ("县农委主任许昌发到会指导。", {("许昌发", "县农委主任")}),  # 到会: comes to the meeting
])
def test_a_word_glued_after_a_name_ends_it(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市長張善政也率領副市長蘇俊賓出席。", {("张善政", "市长"), ("苏俊宾", "副市长")}),  # 率领: leads
    ("舉行升旗典禮，罕見基隆市長謝國樑與議員同台。", {("谢国梁", "基隆市长")}),  # 罕见: rarely
    ("記者吳翊慈∕基隆報導市長謝國樑十六日受邀出席。", {("谢国梁", "市长")}),  # a byline glued to the body
])
def test_a_word_glued_before_a_title_is_no_part_of_it(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_an_acting_title_after_a_surname_makes_no_name() -> None:
    assert leaders_in("盤點。陳代理縣長表示,為了完成託付。") == set()  # 陈 + 代理县长, no 陈代理


@pytest.mark.parametrize("text, expected", [
    ("副厅长孙善芳先生;中共海南省委教育工作委员会委员,省教育厅党组成员、副厅长李燕仪女士;",
     {("孙善芳", "副厅长"), ("李燕仪", "中共海南省委教育工作委员会委员，省教育厅党组成员、副厅长")}),
    ("我们请来了省委农办主任、省农业农村厅党组书记、厅长黄华康,",
     {("黄华康", "省委农办主任、省农业农村厅党组书记、厅长")}),  # 农办: an office, no name
])
def test_joined_titles_each_have_a_reach_of_their_own(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_responsible_person_joins_the_next_title() -> None:
    text = "请来了疫情工作领导小组市场供应保障组负责人、省委农办主任、厅长黄华康,"
    assert leaders_in(text) == {("黄华康", "疫情工作领导小组市场供应保障组负责人、省委农办主任、厅长")}


def test_a_comrade_nominated_or_appointed() -> None:
    text = "通报了省委关于徐曙海同志任镇江市委副书记,提名为市长候选人;周凯同志提名为镇江市副市长人选。"
    assert leaders_in(text) == {("徐曙海", None), ("周凯", None)}


def test_a_division_of_the_production_corps() -> None:
    text = "政委刘新建带领师党委常委、副政委徐广江,师党委常委、副师长蔡新平,及师党办一行赴伊犁州。"
    assert leaders_in(text) == {("刘新建", "政委"), ("徐广江", "师党委常委、副政委"), ("蔡新平", "师党委常委、副师长")}


def test_names_listed_with_commas_before_a_collective_title() -> None:
    text = "3月12日,田一泓,薛岩,林梅,张永亮等在家全体县级领导来到植树现场。"
    assert leaders_in(text) == {("田一泓", None), ("薛岩", None), ("林梅", None), ("张永亮", None)}


def test_a_comma_list_needs_each_name_alone_in_its_clause() -> None:
    assert leaders_in("会议由张三主持,李四、王五等县领导出席。") == {("李四", None), ("王五", None)}


def test_the_heads_of_an_army_unit() -> None:
    assert leaders_in("31619部队军政首长楼正军、袁建新表示,全体官兵感谢。") == {("楼正军", None), ("袁建新", None)}


def test_a_group_title_joins_no_one_s_next_title() -> None:
    text = "議長邱奕勝、副議長李曉鐘及多位市議員、桃園市長張善政率同市府局處首長出席。"
    assert ("张善政", "桃园市长") in leaders_in(text)


@pytest.mark.parametrize("text, expected", [
    ("也要祝福張善政市長高票連任。", set()),  # 高票: no name, and the title follows 张善政
    ("解读;纪委书记张环传达了换届的相关纪律要求;", {("张环", "纪委书记")}),  # 纪委: an organ, no name
])
def test_a_name_without_evidence_after_a_head_that_follows_a_name(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_an_aide_named_after_a_titled_name() -> None:
    text = "偕同國民黨立委林沛祥、議長童子瑋秘書楊文河、副議長楊秀玉上台。"
    assert leaders_in(text) == {("林沛祥", "立委"), ("童子玮", "议长"), ("杨秀玉", "副议长")}  # 杨文河: his aide


def test_a_bare_level_title_after_a_titled_name_is_the_next_person_s() -> None:
    assert leaders_in("市委书记陈光市长杜昌文出席。") == {("陈光", "市委书记"), ("杜昌文", "市长")}


def test_a_verb_of_speech_ends_a_name() -> None:
    assert leaders_in("油尖旺民政事務專員李家維期望地區團體新一年繼續。") == {("李家维", "油尖旺民政事务专员")}


def test_an_organ_before_a_rank_is_no_name() -> None:
    text = "8 月 12 日 , 南京军区副司令员王洪光少将和 委副主席 、 国务委员兼国防部部长迟浩田上将在"
    assert leaders_in(text) == {("迟浩田", "国务委员兼国防部部长")}  # 和 委: a line's break, no 和委


@pytest.mark.parametrize("text, expected", [
    ("偕同國民黨立委林沛祥上台。", {("林沛祥", "立委")}),
    ("中國國民黨籍桃園市長張善政出席。", {("张善政", "桃园市长")}),
    ("國民黨主席朱立倫出席。", {("朱立伦", "国民党主席")}),  # the party's own office
])
def test_a_taiwanese_party_before_a_title_is_membership(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_place_before_the_head_is_no_name_that_takes_the_title() -> None:
    text = "馬公市長葉竹林頒發轄屬616鄰鄰長聘書\n馬公市公所於本月8-10日安排頒發。"
    assert ("叶竹林", "马公市长") in leaders_in(text)


@pytest.mark.parametrize("text, expected", [
    ("以無記名投票方式選出黃恭士先生、張富先生為正副議長,會址設于", {("黄恭士", None), ("张富", None)}),
    ("日召開成立大會選出吳鴻麟先生為議長。", {("吴鸿麟", None)}),
    ("陳振清、陳寶官當選連江縣第一屆縣議會正副議長", {("陈振清", None), ("陈宝官", None)}),
])
def test_names_elected_with_an_honorific(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_given_names_ending_in_a_new_stop_word_are_read_on_strong_evidence() -> None:
    """受 and 昨 part a name from what follows (李健|受市委委托, 郑文灿|昨(15)日), and they also end a few given
    names: on a verb of presence or a list's comma after them, the name keeps them (a review's probe)."""
    assert [(m.name, m.title) for m in find_leaders("县长李受、副县长王昨出席。")] == [("李受", "县长"), ("王昨", "副县长")]
    assert [m.name for m in find_leaders("县长李受主持会议。")] == ["李受"]
    assert [m.name for m in find_leaders("市委副书记、组织部部长李健受市委委托讲话。")] == ["李健"]
