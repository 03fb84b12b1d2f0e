"""Leader forms seen in blind round 8: rare surnames, titles wrapped across a line, where a title starts
(after a pronoun, a preposition or a date), nominees, names elected in a list, and names that stand in a
doctrine's name rather than for someone taking part."""

from __future__ import annotations

import pytest

from gazette_reader.tagging.leaders import LEADER, find_leaders


def leaders_in(text: str, known: tuple[str, ...] = ()) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text, known) if m.role == LEADER}


@pytest.mark.parametrize("text, expected", [
    ("县政协党组副书记敏俊就会风会纪进行了培训。", {("敏俊", "县政协党组副书记")}),  # a Hui surname
    ("近日，国家主席习近平给香港企业家回信。", {("习近平", "国家主席")}),  # 给: to, after a name
    ("学习了习总书记系列重要讲话精神。", set()),  # 总 belongs to the rank: 习总 is no name
])
def test_surnames_of_national_and_regional_news(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


WRAPPED = ("预备会后,县政协党组书记、主席朱成花,县委常委、县委统战\n"
           "部部长、县政协党组副书记敏俊就会风会纪及会议期间应该注意\n"
           "的相关事项进行了培训。")


def test_a_title_wrapped_across_a_line() -> None:
    assert leaders_in(WRAPPED) == {("朱成花", "县政协党组书记、主席"),
                                   ("敏俊", "县委常委、县委统战部部长、县政协党组副书记")}


def test_a_wrapped_title_after_a_word_that_precedes_titles() -> None:
    text = "舞，洋溢着浓浓的节日气氛。由艺术节组委会\n主任李源潮、副主任席义方带领的第五届中国\n艺术节演出团来到这里。"
    assert ("李源潮", "艺术节组委会主任") in leaders_in(text)


@pytest.mark.parametrize("text, expected", [
    # an article's headline joined to its body: not one clause
    ("谭俊荣会见澳门社区义工联合总会、澳门护士学会领导层\n社会文化司司长谭俊荣2日在政府总部分别会见澳门社区义工联合总会"
     "、澳门护士学会领导层，就义工参与、医护服务等话题交换意见。", {("谭俊荣", None), ("谭俊荣", "社会文化司司长")}),
    # a byline under a headline
    ("后里区里邻长研习会，提升基层服务效能，共创富市台中、宜居后里\n后里区长赖同一\n", {("赖同一", "后里区长")}),
])
def test_a_line_that_was_not_wrapped_ends_the_title(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("縣長鍾東錦核示，請財政處檢討。", {("钟东锦", "县长")}),  # a rare verb after the name, in no list
    ("縣長鍾東錦裁示，為強化公共建設效能", {("钟东锦", "县长")}),
    ("副区长巴桑罗布、副区长宝音满都呼，", {("巴桑罗布", "副区长"), ("宝音满都呼", "副区长")}),
])
def test_a_long_unlisted_reading_takes_in_no_word(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("他大年初三也趁總統賴清德蒞臨苗栗參拜時，當面爭取", {("赖清德", "总统")}),
    ("各代表团围绕市委书记刘圣珍所作的报告展开热烈的讨论。", {("刘圣珍", "市委书记")}),
    ("八月十六議長陳振清提建議案興建南竿中型機場", {("陈振清", "议长")}),  # a day after its month
    ("9月二七区区长苏建设带领区督查局", {("苏建设", "二七区区长")}),  # 二七区: a place, no day
])
def test_where_a_title_starts(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_nominee_s_title() -> None:
    text = "镇党委副书记、镇长人选梁敏丽作政府工作报告，镇人大主席人选陈雪峰主持会议。"
    assert leaders_in(text) == {("梁敏丽", "镇党委副书记、镇长人选"), ("陈雪峰", "镇人大主席人选")}


@pytest.mark.parametrize("text, expected", [
    ("三月二日陳振清、陳寶官當選連江縣第一屆縣議會正副議長", {("陈振清", None), ("陈宝官", None)}),  # ends the text
    ("会议选举张三、李四当选为副县长。", {("张三", None), ("李四", None)}),
    ("一月十七日連江縣議會全體議員暨曹爾忠立委、曹常順縣長拜訪陸委會", {("曹尔忠", None), ("曹常顺", None)}),
])
def test_names_elected_or_joined_before_their_titles(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("深入学习贯彻习近平新时代中国特色社会主义思想。", set()),
    ("学习贯彻党的二十大精神和习近平生态文明思想，", set()),
    ("以习近平总书记重要指示精神为引领，", set()),
    ("会议学习了习近平总书记在中央会议上的讲话。", set()),
    ("毛泽东思想和邓小平理论", set()),
    ("习近平指出，要坚持", {("习近平", None)}),
])
def test_a_known_name_in_a_doctrine_names_no_one(text: str, expected: set) -> None:
    assert leaders_in(text, ("习近平", "毛泽东", "邓小平")) == expected


@pytest.mark.parametrize("text, expected", [
    ("設連江縣政府於南竿，陳拱北兼任縣 長。9 月設長樂縣政府", {("陈拱北", None)}),  # a PDF's space in the head
    ("中共市委员会\n书 记 白维国\n", {("白维国", "书记")}),  # a roster's spaced head
    ("選 出 共 390 名 區 議 員 任 期 四 年", set()),  # spaced throughout: 任 期 is no name
])
def test_a_head_split_by_a_space(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县人大常委会副主任向福建参加慰问。", {("向福建", "县人大常委会副主任")}),  # 参加 takes no 向-phrase
    ("副县长向大家介绍情况。", set()),  # 向 a preposition
])
def test_a_preposition_for_a_surname_before_a_verb_of_presence(text: str, expected: set) -> None:
    assert leaders_in(text) == expected
