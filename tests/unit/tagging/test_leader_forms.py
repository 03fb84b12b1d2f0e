"""Leader forms seen in blind round 6: rare surnames, names ending in a follower character, lists
written as 组长：NAME（title）, titles after the name, and names kept as written."""

from __future__ import annotations

import pytest

from gazette_reader.tagging.leaders import LEADER, find_leaders


def leaders_in(text: str, known: tuple[str, ...] = ()) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text, known) if m.role == LEADER}


@pytest.mark.parametrize("text, expected", [
    ("市委书记厉志海对党委信息工作作出重要批示。", {("厉志海", "市委书记")}),
    ("镇长茆龙海进行大会总结。", {("茆龙海", "镇长")}),
    ("梅江区委书记丘炀，区委副书记、区长刘东峰出席。", {("丘炀", "梅江区委书记"), ("刘东峰", "区委副书记、区长")}),
])
def test_rare_surnames_before_a_weak_follower(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市人大常委会副主任、党组成员尹金来、马俊健等出席", {("尹金来", "市人大常委会副主任、党组成员"), ("马俊健", None)}),
    ("副主任王旺来、施爱枝、潘泽忠及其他组成人员出席会议。",
     {("王旺来", "副主任"), ("施爱枝", None), ("潘泽忠", None)}),
    ("副县长徐望来到现场。", {("徐望", "副县长")}),  # 来到: the verb, not the name's end
])
def test_a_name_may_end_in_lai_before_strong_evidence(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("检查组在农业部副部长韩德乾带领下来检查工作。", {("韩德乾", "农业部副部长")}),  # 乾 is simplified too
    ("副市长於国平出席会议。", {("於国平", "副市长")}),
    ("區委書記宋潔主持會議。", {("宋洁", "区委书记")}),  # a traditional text still comes out simplified
])
def test_names_in_a_simplified_text_keep_characters_that_are_simplified_too(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("福建省政府指派省府秘书长张超兼理县长。", {("张超", "省府秘书长")}),
    ("恢复金门县政府建制。福建省政府任命田学信兼任金门县长。", {("田学信", None)}),
    ("设连江县政府，陈拱北兼任县长。", {("陈拱北", None)}),
    ("后改派反共救国军第118纵队司令陈逸民兼任县长。", {("陈逸民", None)}),  # after any word
    ("9月设长乐县政府，派邱德龄为县长，初派楼胜利为 县长。", {("邱德龄", None), ("楼胜利", None)}),
    ("白肯区长先后由两人担任，归白肯区公所管辖。", set()),  # 白肯区 is a place, not 白肯 the 区长
    ("李扬镇长调度工作，李扬镇长强调", {("李扬", None)}),
])
def test_offices_given_by_jian_and_wei(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("由於該區民選議員蕭嘉怡已辭職", {("萧嘉怡", "民选议员")}),
    ("由於中西區民選議員吳兆康和梁晃維請辭，他們的議席懸空。", {("吴兆康", "中西区民选议员"), ("梁晃维", None)}),
    ("選舉呈請中裁定九龍城民選議員李軒朗並非妥為選出", {("李轩朗", "九龙城民选议员")}),
    ("行政院特別核派政務委員羅秉成出席", {("罗秉成", "政务委员")}),
    ("根据赵国芳区长的提请，任命", {("赵国芳", None)}),
    ("区委书记李杰和群众座谈。", {("李杰", "区委书记")}),
])
def test_titles_start_after_reasons_and_rulings(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会上，县级领导包联乡镇情况汇报。", set()),  # a verb after the marker, no list
    ("代表家鄉領導向珠澳福州鄉親致意", set()),  # a preposition
    ("区领导封波、张锐、顾绍波参", {("封波", None), ("张锐", None), ("顾绍波", None)}),  # a list shows itself
    ("各村(社区)党总支书记作表态发言", set()),  # 总支 is the organ, not 党总 the 书记
    ("党总支书记王刚主持会议", {("王刚", "党总支书记")}),
])
def test_no_leader_from_a_verb_or_an_organ_word(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_known_name_inside_a_longer_name_does_not_stand_alone() -> None:
    text = "今年2月份，新华社记者梁军、胡伟杰发表了报道。胡伟强调"
    assert [(m.name, m.start) for m in find_leaders(text, ("胡伟",))] == [("胡伟", text.index("胡伟强调"))]


@pytest.mark.parametrize("text, expected", [
    ("组长:孙会方(县委常委、常务副县长)\n副组长:彭海峰(县政府办公室主任)", {("孙会方", None), ("彭海峰", None)}),
    ("成员：张三（县财政局局长）、李四（县发改局局长）", {("张三", None), ("李四", None)}),
    ("组长：王五（县医院院长）", set()),  # a hospital's: no official
    ("措施：加强管理（责任单位：县财政局）", set()),
])
def test_a_name_glossed_with_its_title_in_brackets(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_list_closed_by_the_county_s_four_teams() -> None:
    text = "启幕，郭廓、李秀儒、杨雪辉等县四个班子领导以及各级劳动模范代表出席。"
    assert leaders_in(text) == {("郭廓", None), ("李秀儒", None), ("杨雪辉", None)}


@pytest.mark.parametrize("text, expected", [
    ("4月9日旗委常委、副旗长白洋调度旗级领导包联重大项目", {("白洋", "旗委常委、副旗长")}),
    ("全國運動會香港賽區統籌辦公室主任楊德強將會隨行。", {("杨德强", "全国运动会香港赛区统筹办公室主任")}),
    ("在县长高明伟的带领下来我县考察学习", {("高明伟", "县长")}),
    ("旗委副书记、旗长、旗疫情工作总指挥长王海英主持召开", {("王海英", "旗委副书记、旗长、旗疫情工作总指挥长")}),
    ("分管农业农村工作副镇长李四主持", {("李四", "副镇长")}),
])
def test_names_end_before_more_verbs(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_long_run_of_names_after_leaders_needs_no_closing_deng() -> None:
    text = "自治区党政军领导李纪恒、布小林、冷杰松、云光中、宋亮到会祝贺。"
    assert leaders_in(text) == {("李纪恒", None), ("布小林", None), ("冷杰松", None), ("云光中", None),
                                ("宋亮", None)}


@pytest.mark.parametrize("text", [
    "加强领导班子、干部队伍、党员队伍建设。",
    "县领导张三参加，领导小组、办公室、工作专班要协调。",
])
def test_words_after_leaders_are_no_list(text: str) -> None:
    assert leaders_in(text) <= {("张三", None)}


def test_auditor_general() -> None:
    assert leaders_in("為加強聯繫,審計長何永安率領審計署代表團前往廣州訪問") == {("何永安", "审计长")}


@pytest.mark.parametrize("text, expected", [
    ("转市委决定：免去江荣同志的屯溪区委常委、委员职务；王自福同志任屯溪区委委员、常委。",
     {("江荣", None), ("王自福", None)}),
    ("张三同志的先进事迹感人。李四同志为人正直。", set()),  # no office follows
])
def test_comrades_appointed_or_removed(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("旗委副书记、旗长希尼，旗人大常委会主任郝伟参加会议。", {("希尼", "旗委副书记、旗长"), ("郝伟", "旗人大常委会主任")}),
    ("总统唁电。", set()),
])
def test_a_two_character_name_with_an_unlisted_surname_before_the_next_title(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("旗人大常委会主任宝音满都呼，旗政协主席郝伟参加会议。", {("宝音满都呼", "旗人大常委会主任"), ("郝伟", "旗政协主席")}),
    ("文化局长李安妤四人，一同出席", {("李安妤", "文化局长")}),
])
def test_five_character_names_but_no_counts(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县政协主席曹紫权，县委副书记代瑜等陪同；", {("曹紫权", "县政协主席"), ("代瑜", "县委副书记")}),
    ("县委副书记、代县长叶青参加审议", {("叶青", "县委副书记、代县长")}),  # 代 still an acting rank
    ("县委书记代表县委讲话", set()),
])
def test_the_surname_dai_beside_the_acting_rank(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("東勢鄉民代表會主席劉家瑋及各界民意代表共同剪綵", {("刘家玮", "东势乡民代表会主席")}),
    ("行政長官李家超率領香港特區政府代表團", {("李家超", "行政长官")}),
    ("县政协全体正副主席出席", set()),  # 全体: a plain noun
])
def test_a_name_starting_like_a_family_after_a_title(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_name_starting_like_a_family_before_a_title() -> None:
    assert leaders_in("何麗娟又介紹國家審計署劉家義審計長主編的書") == {("刘家义", None)}
