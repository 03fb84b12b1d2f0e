"""Leader recognition: the brief's examples one by one, then precision/recall on the five seeds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazette_reader.tagging.leaders import (
    EXPERT, LEADER, NameIndex, NameScan, find_leaders, find_standalone, name_at, name_index, title_start,
)
from gazette_reader.tagging.lexicon import longest_first, trie_alternation
from tests.unit.tagging.conftest import seed_text
from tests.unit.tagging.gold import EXPERTS, LEADER_NAMES, NOT_LEADERS, TITLES


def leaders_in(text: str, known: tuple[str, ...] = ()) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text, known) if m.role == LEADER}


@pytest.mark.parametrize("text, expected", [
    ("6月10日，区委书记宋洁主持召开推进会。", {("宋洁", "区委书记")}),
    ("会前，区委副书记、区长耿勇军带领相关局委", {("耿勇军", "区委副书记、区长")}),
    ("4月2日，市人大常委会副主任王福松带领", {("王福松", "市人大常委会副主任")}),
    ("推进会。二七区委常委、宣传部长崔世英出席会议", {("崔世英", "二七区委常委、宣传部长")}),
    ("4月3日，副市长万正峰带领市相关部门", {("万正峰", "副市长")}),
    ("区委常委、组织部部长赵晨阳陪同。", {("赵晨阳", "区委常委、组织部部长")}),
    ("4月21日，市政协党组书记张延明带队调研", {("张延明", "市政协党组书记")}),
    ("在座谈会上，区政协主席邓书安汇报了", {("邓书安", "区政协主席")}),
    ("区委常委、副区长王传胜参加调研。", {("王传胜", "区委常委、副区长")}),
    ("区委副书记、常务副区长姚志伟，区委常委", {("姚志伟", "区委副书记、常务副区长")}),
    ("二七区委常委、政法委书记雍明轩带队", {("雍明轩", "二七区委常委、政法委书记")}),
    ("实况。市疫情防控办第二督导组组长张振华，区领导", {("张振华", "市疫情防控办第二督导组组长")}),
    ("9月16日上午，二七区区长苏建设带领区督查局", {("苏建设", "二七区区长")}),
    ("区委常委、区委办主任袁斌，区委常委", {("袁斌", "区委常委、区委办主任")}),
    ("区领导宋双兴、虎荣鑫参加活动。", {("宋双兴", None), ("虎荣鑫", None)}),
    ("。耿勇军、李新军、邓书安等区领导参加会议", {("耿勇军", None), ("李新军", None), ("邓书安", None)}),
    ("区领导赵晨阳、李杰等陪同。", {("赵晨阳", None), ("李杰", None)}),
    ("区领导李新军、王文权及区直各相关单位", {("李新军", None), ("王文权", None)}),
    ("区委书记宋洁强调。宋洁指出，要注重方法。", {("宋洁", "区委书记"), ("宋洁", None)}),
])
def test_brief_examples(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


# Classes of error seen on real gazettes (issue 12), each with phrases from tests/corpus/real where it has
# them. Expected values are read from the text: the title as written right before the name, None when a
# name stands without one.
@pytest.mark.parametrize("text, expected", [
    # a name-final character that is also a particle: strong evidence after it keeps it in the name
    ("18日以山东省委政策研究室副主任朱建和为组长的省委第三批巡回检查组", {("朱建和", "山东省委政策研究室副主任")}),
    ("副省长康正和出席会议。", {("康正和", "副省长")}),
    ("市委副书记朱建和，副市长王刚出席", {("朱建和", "市委副书记"), ("王刚", "副市长")}),
    ("区委书记李杰和区长张超出席会议", {("李杰", "区委书记"), ("张超", "区长")}),     # 和 joins here
    ("以上答复，已经镇政府镇长和满秀审阅，您对此有何意见", {("和满秀", "镇政府镇长")}),  # 和 a surname
])
def test_name_final_particles_are_decided_by_what_follows(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # fragments of text are no names: a particle for a surname before a word, a surname and given
    # name that start a common word, a meeting for a given name, a verb that binds to what follows
    ("省长和下岗职工座谈", set()),
    ("召开县委书记周例会，研究部署工作", set()),
    ("会议深入学习贯彻习近平总书记关于加强和改进民族工作的重要思想", set()),
    ("市长应邀出席开幕式", set()),
    ("区委书记宋洁的讲话", {("宋洁", "区委书记")}),
    ("市委常委、秘书长徐望来到上街区调研", {("徐望", "市委常委、秘书长")}),
    ("会议讨论并赞同区长徐明所作的政府工作报告", {("徐明", "区长")}),
    ("区委副书记、代区长高伟作交流发言", {("高伟", "区委副书记、代区长")}),
    # a head inside a longer word (常委会, 委员们) takes no name
    ("审议并提交区政协常委会第18次会议", set()),
    ("与会委员们纷纷表示", set()),
    ("市领导督导我区“三送一强”活动开展情况", set()),
])
def test_fragments_are_not_names(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # titles start at a word boundary and never absorb the verb or phrase before them
    ("会议受县委书记张三委托，由县长李四主持。", {("张三", "县委书记"), ("李四", "县长")}),
    ("召开会议，接受县委书记李四的邀请", {("李四", "县委书记")}),
    ("会上，分管农业农村工作副镇长胡茂发解读了考核方案", {("胡茂发", "副镇长")}),
    ("会议审议并赞同区政协主席连业礼所作的常委会工作报告", {("连业礼", "区政协主席")}),
    ("出席会议的还有国务委员兼国务院秘书长王忠禹。", {("王忠禹", "国务委员兼国务院秘书长")}),
    ("国务院副总理吴邦国、国\n务委员兼国务院秘书长王忠禹出席",
     {("吴邦国", "国务院副总理"), ("王忠禹", "国务委员兼国务院秘书长")}),
    ("和平区区长王刚出席", {("王刚", "和平区区长")}),                                 # 和平, not 和
    ("区委一级巡视员陈建华，经开区管委会副主任席捲澜一同调研。",
     {("陈建华", "区委一级巡视员"), ("席卷澜", "经开区管委会副主任")}),
    ("县政协副主席李汉川，县人大党组成员苏昊櫆，以及县政府办", {("李汉川", "县政协副主席"), ("苏昊櫆", "县人大党组成员")}),
    ("13日区委常委、统战部部长，区政府党组成员张锐调研海洋经济高质量发展。",   # a comma joins titles too
     {("张锐", "区委常委、统战部部长，区政府党组成员")}),
    ("敖包苏木政府副苏木达包杨、政府副苏木达周广亮陪同。",
     {("包杨", "敖包苏木政府副苏木达"), ("周广亮", "政府副苏木达")}),
])
def test_titles_start_at_a_word_boundary(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # roles outside government are not leaders: academia, artists, stations and service centres
    ("省青联委员李丹阳演唱了歌曲", set()),
    ("清华大学教授王大明作专题讲座", set()),
    ("8月19日,科左中旗国家现代农业产业园服务中心主任孙志强、旗农牧局畜牧站站长李静一行,到敖包苏木", set()),
    ("苏木政府副苏木达包爱华、动防站站长李友生陪同。", {("包爱华", "苏木政府副苏木达")}),
    # … unless a party group heads the centre: the title is official again
    ("市商务局党组书记、局长、市投资促进服务中心党组书记刘春晨出席仪式",
     {("刘春晨", "市商务局党组书记、局长、市投资促进服务中心党组书记")}),
])
def test_non_official_roles_are_not_leaders(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_an_expert_is_named_only_where_the_name_starts_cleanly() -> None:
    assert [(m.name, m.role) for m in find_leaders("清华大学教授王大明")] == []
    assert [(m.name, m.role) for m in find_leaders("省委党校郭献功教授以《七一》为题")] == [("郭献功", EXPERT)]


@pytest.mark.parametrize("text, expected", [
    # after a title or in a list of officials a name may have a surname not in the list, or four
    # characters, on strong evidence; organs in the same list are no names
    ("旗委副书记、旗长敖慧然,旗政府副旗长福青一行先后赴巴彦塔拉", {("敖慧然", "旗委副书记、旗长"), ("福青", "旗政府副旗长")}),
    ("副区长巴桑罗布、林涛,董家塅高科园党工委书记汤勇军、区政府办、发改局、经科信局负责人参加",
     {("巴桑罗布", "副区长"), ("林涛", None), ("汤勇军", "董家塅高科园党工委书记")}),
    ("市委常委、副市长隽新阳,区委书记姚运明", {("隽新阳", "市委常委、副市长"), ("姚运明", "区委书记")}),
    # names listed after a titled one share no title
    ("市政协主席施巨耀,副主席陈荣臻、姜宗羽、林邦虎、金丽云、杨成彪、王文光,秘书长涂小平",
     {("施巨耀", "市政协主席"), ("陈荣臻", "副主席"), ("姜宗羽", None), ("林邦虎", None), ("金丽云", None),
      ("杨成彪", None), ("王文光", None), ("涂小平", "秘书长")}),
    ("区政协主席涂文坚、副主席邓万清、田艳、罗贤明、周思全以及秘书长熊健峰参加活动。",
     {("涂文坚", "区政协主席"), ("邓万清", "副主席"), ("田艳", None), ("罗贤明", None), ("周思全", None),
      ("熊健峰", "秘书长")}),
    # lists after a marker, ended by a word or 等
    ("区领导王峰、刘小虎、李亚明一同督导。", {("王峰", None), ("刘小虎", None), ("李亚明", None)}),
    ("县政府领导孙旭、蔡军、李向平出席会议。", {("孙旭", None), ("蔡军", None), ("李向平", None)}),
    ("区领导夏玮、吴天广、富宽、李晓林、杨正栋等参加会议。",
     {("夏玮", None), ("吴天广", None), ("富宽", None), ("李晓林", None), ("杨正栋", None)}),
    # a name right before a bare title, as speech names people: no title written before it
    ("2020年10月7日李扬镇长调度秸秆禁烧工作", {("李扬", None)}),
    ("。赵革书记的讲话站位高、思路明", {("赵革", None)}),
    ("村党支部书记、村委会主任参加", set()),
    # from tests/corpus/real/newspaper and clippings: dotted and four-character names, a verb with its
    # aspect particle after a name, a dateline before a title, media are not official
    ("国家主席江泽民在中南海会见泰国总理差瓦立·永猜裕时,称赞中泰友谊", {("江泽民", "国家主席"), ("差瓦立·永猜裕", "泰国总理")}),
    ("凉山彝族自治州人大常委会副主任、昭觉县委书记罗古阿吉说，这片土地",
     {("罗古阿吉", "凉山彝族自治州人大常委会副主任、昭觉县委书记")}),
    ("会上,分管农业农村工作副镇长胡茂发解读了考核方案", {("胡茂发", "副镇长")}),
    ("江西吉安市永丰县中村乡义溪村村支书陈辉拿着分红账单", {("陈辉", "江西吉安市永丰县中村乡义溪村村支书")}),
    ("综合研判后，龙港市市场监督管理局知识产权科科长楼海燕有了办法。", {("楼海燕", "龙港市市场监督管理局知识产权科科长")}),
    ("新华社郑州1月7日电中共中央政治局委员、国务院副总理刘国中6日至7日到河南调研",
     {("刘国中", "中共中央政治局委员、国务院副总理")}),
    ("行政長官崔世安將於本月21日啟程前往上海", {("崔世安", "行政长官")}),
    ("用江西人民广播电台节目部副主任杨盛海的话说就是", set()),
])
def test_names_after_titles_and_in_lists(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # traditional script: found on the simplified form, names and titles stored simplified
    ("臺南市長黃偉哲今天出席記者會", {("黄伟哲", "台南市长")}),
    ("區委書記宋潔主持召開推進會。宋潔指出，要注重方法。", {("宋洁", "区委书记"), ("宋洁", None)}),
    ("區委副書記、區長耿勇軍帶領相關局委", {("耿勇军", "区委副书记、区长")}),
    ("區領導宋雙興、虎榮鑫參加活動。", {("宋双兴", None), ("虎荣鑫", None)}),
    # a space between title and name, as PDF text gives it
    ("市長 黃偉哲表示，將持續推動", {("黄伟哲", "市长")}),
    ("6月10日，区委书记 宋洁主持召开推进会。", {("宋洁", "区委书记")}),
    ("区委副书记、区长\u3000耿勇军带领相关局委", {("耿勇军", "区委副书记、区长")}),
])
def test_traditional_script_and_spaced_titles(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Hong Kong press releases: 司长 and 行政长官 heads, 及 inside an organ's name, 联同 before a title
    ("以下是政務司司長張建宗今日出席青年論壇後會見傳媒的談話全文", {("张建宗", "政务司司长")}),
    ("感謝候任行政長官李家超先生支持和提名我續任這個崗位", {("李家超", "候任行政长官")}),
    ("行政長官今日下午聯同律政司司長鄭若驊資深大律師和政制及內地事務局局長曾國衞會見傳媒",
     {("郑若骅", "律政司司长"), ("曾国衞", "政制及内地事务局局长")}),
    ("政务司副司长卓永兴和环境及生态局长谢展寰,在视察部分卫生黑点后会见媒体。",
     {("卓永兴", "政务司副司长"), ("谢展寰", "环境及生态局长")}),
    ("代表团成员包括政制及内地事务局局长聂德权、创新及科技局副局长钟伟强博士",
     {("聂德权", "政制及内地事务局局长"), ("钟伟强", "创新及科技局副局长")}),
    ("市人力资源和社会保障局局长王某出席", {("王某", "市人力资源和社会保障局局长")}),
    ("区委书记和公安局局长王某出席", {("王某", "公安局局长")}),         # 和 after a title joins two people
    ("明日会出席领导小组会议,亦会与韩正副总理有个会面。", {("韩正", None)}),
    # from tests/corpus/real/traditional: 今 and 今日 end a name; 发言人, 次长, 专员, 议员 are titles
    ("保安局局長李家超今日（六月二十六日）下午到訪觀塘區", {("李家超", "保安局局长")}),
    ("總統府發言人郭雅慧今（21）日表示，賴清德總統聞訊後深感哀悼", {("郭雅慧", "总统府发言人"), ("赖清德", None)}),
    ("社會文化司司長歐陽瑜今（15）日表示", {("欧阳瑜", "社会文化司司长")}),
    ("包括外交部次長吳志中、天主教會台灣地區主教團主席李克勉、台北總教區總主教鍾安住", {("吴志中", "外交部次长")}),
    ("西貢及離島規劃專員陳俊鋒陪同", {("陈俊锋", "西贡及离岛规划专员")}),
    ("包括經濟財政司司長梁維特、行政長官辦公室主任柯嵐、新聞局局長陳致平",
     {("梁维特", "经济财政司司长"), ("柯岚", "行政长官办公室主任"), ("陈致平", "新闻局局长")}),
    ("中央港澳工作辦公室主任、國務院港澳事務辦公室主任夏寶龍今日在考察調研期間",
     {("夏宝龙", "中央港澳工作办公室主任、国务院港澳事务办公室主任")}),
    # a title right after another one's name, or a sentence, does not reach back over them
    ("中西區長蔡佳甫代表市長黃偉哲、民政局姜淋煌局長與民意代表等人",
     {("蔡佳甫", "中西区长"), ("黄伟哲", "市长"), ("姜淋煌", None)}),
    ("參與典禮的貴賓邱莉莉議長、陳怡珍議員、許至椿議員、沈震東議員、民政局局長姜淋煌、北區區長潘寶淑、竇國昌建築師事務所",
     {("邱莉莉", None), ("陈怡珍", None), ("许至椿", None), ("沈震东", None), ("姜淋煌", "民政局局长"),
      ("潘宝淑", "北区区长")}),
    ("包括臺南市長黃偉哲、立法委員王定宇、林俊憲、陳亭妃，林宜瑾、郭國文、王義川、賴惠員等分別陪同",
     {("黄伟哲", "台南市长"), ("王定宇", "立法委员"), ("林俊宪", None), ("陈亭妃", None), ("林宜瑾", None),
      ("郭国文", None), ("王义川", None), ("赖惠员", None)}),
    # no names: a speech verb, a word, a venue, a mediation committee
    ("總統致詞時表示，很高興在正月初一回到臺南", set()),
    ("我國駐教廷大使館則轉致總統唁電，表達我國哀悼與不捨。", set()),
    ("-行政長官施政報告記者會快訊", set()),
    ("由醫遊館主任陳靜儀與專案人員黃昱凱全程陪同", set()),
    ("北區調解委員會主席郭少鈴、北區里長聯誼會長黃文宗", set()),
])
def test_hong_kong_and_taiwan_titles(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("包括臺南市長黃偉哲、立法委員王定宇、林俊憲、陳亭妃,林宜瑾、郭國文等分別陪同",
     {("黄伟哲", "台南市长"), ("王定宇", "立法委员"), ("林俊宪", None), ("陈亭妃", None), ("林宜瑾", None),
      ("郭国文", None)}),
    ("全面啟動,市議員黃肇輝、林燕祝、陳秋萍、楊中成及奇美醫療財團法人副董事長許春華也到場",
     {("黄肇辉", "市议员"), ("林燕祝", None), ("陈秋萍", None), ("杨中成", None)}),
])
def test_half_width_punctuation_reads_as_full_width(text: str, expected: set) -> None:
    """Text copied from a web page often has half-width commas; the lists read on as with ，."""
    assert leaders_in(text) == expected
    assert leaders_in(text) == leaders_in(text.replace(",", "，"))


def test_a_known_name_does_not_cut_a_longer_one() -> None:
    """黄建 is known from another gazette; here the text names 黄建彬, and the evidence says so."""
    text = "陳茂波先在東區區議會主席黃建彬和東區民政事務專員陳尚文陪同下"
    assert leaders_in(text, known=("黄建",)) == {("黄建彬", "东区区议会主席"), ("陈尚文", "东区民政事务专员")}


def test_traditional_offsets_point_into_the_original() -> None:
    text = "市長 黃偉哲表示"
    [m] = find_leaders(text)
    assert text[m.start:m.end] == "黃偉哲" and m.name == "黄伟哲"


@pytest.mark.parametrize("text", [
    "成立了以党工委书记任组长的招商领导小组",      # 任 + 组长 is not a name
    "发放范围：区委书记，区长，区委常委，区人大常委会主任、副主任",  # titles, nobody named
    "会议宣读了《市长签批全国文明城市创建督查情况制度》文件",
    "在人和路街道广兴社区长江花园、华府社区召开",   # 社区 + 长江花园, not 区长 + 江花园
    "整体工作由区长负责，区政府所有领导都在领导小组",
    "记者 景静 通讯员 胡伟",
    "中铝矿业有限公司总经理王大明介绍",             # company staff: no official title head
])
def test_no_false_leaders(text: str) -> None:
    assert leaders_in(text) == set()


def test_experts_are_not_leaders() -> None:
    found = find_leaders("省委党校郭献功教授以《七一》为题，研究生导师刘会永博士作讲座")
    assert {(m.name, m.role) for m in found} == {("郭献功", EXPERT), ("刘会永", EXPERT)}


@pytest.mark.parametrize("text, start, known, length", [
    ("苏建设先后来到", 0, (), 3),        # 建设 is a jieba word: rules, not POS tags, keep 苏建设
    ("虎荣鑫参加活动", 0, (), 3),
    ("李新军宣读了", 0, (), 3),
    ("宋洁主持召开", 0, (), 2),
    ("陈红民主持会议", 0, (), 3),       # 民主 is a word, 主持 decides
    ("袁斌，区委常委", 0, (), 2),
    ("李杰等参加", 0, (), 2),
    ("张三丰收", 0, ("张三",), 2),       # a known name wins over the default
    ("的确如此", 0, (), 0),             # no surname, no name
    ("徐望来到上街区", 0, (), 2),        # 来到 binds: the one-character follower 到 is no evidence
    ("康正和出席会议", 0, (), 3),        # 和 ends the name on strong evidence (出席)
    ("李杰和张超", 0, (), 2),           # … and joins on weak evidence
    ("和下岗职工", 0, (), 0),           # a particle for a surname, before a word
    ("周例会，", 0, (), 0),             # a meeting for a given name, and no default for 周例
    ("刘正传达了会议精神", 0, (), 2),    # 传达 is the verb: the name ends cleanly before it
    ("刘正传主持会议", 0, (), 3),        # … unless the longer name has evidence (主持)
    ("苏建设在致辞中表示", 0, (), 3),    # 设在 is less of a word than 建设: keep 苏建设
])
def test_name_boundaries(text: str, start: int, known: tuple, length: int) -> None:
    assert name_at(text, start, known) == length


@pytest.mark.parametrize("text, expected", [
    ("街道党工委委员、办事处副主任刘正传达市、区文明创建会议精神", {("刘正", "街道党工委委员、办事处副主任")}),
    ("县委书记高峰出席会议并讲话。", {("高峰", "县委书记")}),  # 高峰 is a word, and a name before 出席
    ("用电高峰期间，县委书记高峰主持会议。", {("高峰", "县委书记")}),  # the word alone is no mention
    ("县委书记明确指出，要抓好落实。", set()),  # 明确 is no name, whatever follows
    ("区长高度重视此项工作。", set()),
])
def test_a_common_word_after_a_title_is_a_name_only_before_a_name_ending_word(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_known_name_that_is_a_common_word_stands_alone_only_before_a_name_ending_word() -> None:
    assert leaders_in("用电高峰期间供电平稳。", known=("高峰",)) == set()
    assert leaders_in("会上，高峰指出，要抓好落实。", known=("高峰",)) == {("高峰", None)}


def test_title_extends_over_joined_titles_only() -> None:
    text = "会前，区委副书记、区长耿勇军"
    assert text[title_start(text, text.index("区长")):text.index("耿")] == "区委副书记、区长"


def test_known_names_from_the_library_count_alone() -> None:
    assert leaders_in("耿勇军强调，要抓好落实。", known=("耿勇军",)) == {("耿勇军", None)}
    assert leaders_in("要扩张超过三成。", known=("张超",)) == set()   # 扩张|超过, not 张超


def _scores(found: set, gold: set) -> tuple[int, int, int]:
    return len(found & gold), len(found), len(gold)


def test_seeds_precision_and_recall() -> None:
    """Per seed file: the set of leaders and of (leader, title) pairs against the hand-checked gold."""
    hit = found_n = gold_n = 0
    for prefix, gold in LEADER_NAMES.items():
        found = find_leaders(seed_text(prefix))
        names = {m.name for m in found if m.role == LEADER}
        titles = {(m.name, m.title) for m in found if m.role == LEADER and m.title}
        for f, g in ((names, gold), (titles, TITLES[prefix])):
            h, n, t = _scores(f, g)
            hit, found_n, gold_n = hit + h, found_n + n, gold_n + t
        assert not names & NOT_LEADERS, prefix
        assert {m.name for m in found if m.role == EXPERT} == EXPERTS.get(prefix, set()), prefix
    precision, recall = hit / found_n, hit / gold_n
    assert precision >= 0.97 and recall >= 0.97, (precision, recall)


def _regex_spans(names: set[str], text: str) -> list[tuple[int, int]]:
    """The oracle: what a longest-first regex alternation over the names reports."""
    if not names:
        return []
    return [m.span() for m in re.finditer(longest_first(names), text)]


@pytest.mark.parametrize("names, text, spans", [
    ({"宋洁"}, "宋洁指出，宋洁强调", [(0, 2), (5, 7)]),
    ({"王福", "王福松"}, "王福松带领", [(0, 3)]),            # longest at a position wins
    ({"李新", "新军等"}, "李新军等", [(0, 2)]),              # leftmost first, no overlap
    ({"欧阳文", "阳文"}, "欧阳文阳文", [(0, 3), (3, 5)]),
    ({"张三丰丰"}, "张三丰", []),                           # longer than what is left
    (set(), "宋洁", []),
])
def test_name_index_matches_like_the_regex(names: set[str], text: str, spans: list[tuple[int, int]]) -> None:
    index = NameIndex(names)
    assert list(index.finditer(text)) == spans == _regex_spans(names, text)


@given(st.sets(st.text(alphabet="王李张宋洁新军等明", min_size=1, max_size=5), max_size=8),
       st.text(alphabet="王李张宋洁新军等明，", max_size=40))
def test_name_index_agrees_with_the_regex_oracle(names: set[str], text: str) -> None:
    assert list(NameIndex(names).finditer(text)) == _regex_spans(names, text)


@pytest.mark.parametrize("names, text, spans", [
    ({"宋洁"}, "宋洁指出，宋洁强调", [(0, 2), (5, 7)]),
    ({"王福", "王福松"}, "王福松带领", [(0, 3)]),
    ({"李新", "新军等"}, "李新军等", [(0, 2)]),
    ({"欧阳文", "阳文"}, "欧阳文阳文", [(0, 3), (3, 5)]),
    ({"张三丰丰"}, "张三丰", []),
    (set(), "宋洁", []),
    ({"宋洁"}, "", []),
    ({"王伟", "王伟明"}, "𠀀😀王伟明说𠀀王伟", [(2, 5), (7, 9)]),  # offsets count characters beyond the BMP as one
])
def test_name_scan_matches_like_the_regex(names: set[str], text: str, spans: list[tuple[int, int]]) -> None:
    assert NameScan(names).spans(text) == spans == _regex_spans(names, text)


@given(st.sets(st.text(alphabet="王李张宋洁新军等明", min_size=1, max_size=5), max_size=8),
       st.text(alphabet="王李张宋洁新军等明，", max_size=40))
def test_name_scan_agrees_with_the_regex_oracle(names: set[str], text: str) -> None:
    assert NameScan(names).spans(text) == _regex_spans(names, text)


def test_name_index_is_none_without_names() -> None:
    assert name_index([]) is None and find_standalone("宋洁指出", None) == []
    assert "宋洁" in name_index(["宋洁"])


@given(st.data())
def test_a_large_name_index_agrees_with_the_regex_oracle(data: st.DataObject) -> None:
    """Many first characters: one big character class, as in ``retag_all``."""
    alphabet = "".join(chr(0x4e00 + k) for k in range(300))
    names = {alphabet[k] + alphabet[(k * 7) % len(alphabet)] for k in range(len(alphabet))}
    names |= data.draw(st.sets(st.text(alphabet=alphabet[:6], min_size=1, max_size=4), max_size=6))
    text = data.draw(st.text(alphabet=alphabet + "，", max_size=60))
    assert list(NameIndex(names).finditer(text)) == _regex_spans(names, text)


@pytest.mark.parametrize("text, expected", [
    # 来 and 则 right after a name are the verb and the conjunction, not a given name's last character
    ("3月4日，枣庄市委书记、市人大常委会主任陈伟来薛城区视察", {("陈伟", "枣庄市委书记、市人大常委会主任")}),
    ("市委书记陈伟来我区调研。", {("陈伟", "市委书记")}),
    ("安远县委副书记何清平则详细讲述了东江源生态环境保护情况。", {("何清平", "安远县委副书记")}),
    # the 林长制 / 河长制 chiefs' titles
    ("2月16日下午，市委副书记、市长、市总林长李春田到秦皇河国家湿地公园", {("李春田", "市委副书记、市长、市总林长")}),
    ("区委书记、区级总河长张建国出席巡河活动。", {("张建国", "区委书记、区级总河长")}),
    # 带头 after a name, as 带领 and 带队: the name ends before it (区长于春海|带头)
    ("节后上班第一天，区长于春海带头参加清雪活动。", {("于春海", "区长")}),
])
def test_verbs_after_names_and_chief_titles(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


# Blind round 3 (tests/corpus/real): where a name ends, and words that are no names.
@pytest.mark.parametrize("text, expected", [
    # a rare dictionary word one character longer (张伟进) does not hold a name before a common word (进行)
    ("区委副书记、区长张伟进行领学。", {("张伟", "区委副书记、区长")}),
    ("区长张伟进出席会议。", {("张伟进", "区长")}),
    # a name whose surname is not in the list: its last character starts no word (亲率)
    ("由鄉長游淑貞親率主任秘書及各課室主管出席", {("游淑贞", "乡长")}),
    # a name written before its title, the text going on after the title (由叶竹林市长|至所辖)
    ("安排由葉竹林市長至所轄33里逐一頒發聘書", {("叶竹林", None)}),
    # surname and given characters that make a plain word are no name without evidence (党建, 全体)
    ("市直机关党组织书记党建述职会召开", set()),
    ("党组织书记党建工作述职评议", set()),
    ("县政协全体正副主席、常委及各组正、副组长参加会议", set()),
    # an academic society's chair is an expert, not an official
    ("国际热带菌类学会主席张树庭教授来县讲学", set()),
])
def test_names_end_cleanly_and_plain_words_are_no_names(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title starts after an adverb, a reporting verb, 率 or a date's month
    ("最后镇党委副书记、镇长米厚章讲意见", {("米厚章", "镇党委副书记、镇长")}),
    ("成都电视台专访青羊区委书记戴志勇", {("戴志勇", "青羊区委书记")}),
    ("编辑记者采访县委常委、政法委书记龙国建", {("龙国建", "县委常委、政法委书记")}),
    ("4月县委书记邓本忠奉调离泾", {("邓本忠", "县委书记")}),
    ("縣長許淑華率副縣長王瑞德出席", {("许淑华", "县长"), ("王瑞德", "副县长")}),
    # a word before titles that starts the organ of the head goes into the title (代表|会主席)
    ("元長鄉民代表會主席李宗懋致詞", {("李宗懋", "元长乡民代表会主席")}),
    ("洪紹欽代表局長吳世瑋致詞", {("吴世玮", "局长")}),
    ("听取社工委书记姜健汇报", {("姜健", "社工委书记")}),
    # Taiwan township offices and legislators
    ("由鄉長游淑貞親率主任秘書高文彬及各課室主管出席", {("游淑贞", "乡长"), ("高文彬", "主任秘书")}),
    ("鎮民代表謝德川、吳新文等人出席", {("谢德川", "镇民代表"), ("吴新文", None)}),
    ("鄉公所秘書傅仰鑫、各課課長出席。鄉代表陳成勇也到場", {("傅仰鑫", "乡公所秘书"), ("陈成勇", "乡代表")}),
    ("副縣長陳璧君、立委吳琪銘共同剪彩", {("陈璧君", "副县长"), ("吴琪铭", "立委")}),
    # members of a body and village heads are no officials
    ("全国政协委员王家扬一行6人来县考察", set()),
    ("政协委员张友阳说，要重视航空物流", set()),
    ("由村長蔡輝進主持", set()),
    ("听取社区书记姜健汇报", set()),
    ("县政协委员会主席王可出席", {("王可", "县政协委员会主席")}),
])
def test_title_starts_and_taiwan_offices(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 领导 with any word before it opens a list closed by 等
    ("主题教育。相关领导沈晓玲、胡元坤、薛敏、戴志勇、高志等参加。",
     {("沈晓玲", None), ("胡元坤", None), ("薛敏", None), ("戴志勇", None), ("高志", None)}),
    ("领导干部王某、李某等参加", set()),
    # a level and a leadership group, quoted or not, between 等 and 领导
    ("会议。陈栋、张功玉、李采明等县“四大家”领导参加会议。", {("陈栋", None), ("张功玉", None), ("李采明", None)}),
    ("。宋洁、耿勇军等区四套班子领导出席", {("宋洁", None), ("耿勇军", None)}),
])
def test_lists_of_leaders_with_any_marker(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@given(st.sets(st.text(alphabet="abcd", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abcde", max_size=40))
def test_the_trie_alternation_matches_what_the_longest_first_one_does(words: set[str], text: str) -> None:
    """The heads, markers and followers are compiled as a trie; the matches stay those of the plain
    longest-first alternation (leftmost, then longest)."""
    spans = [m.span() for m in re.finditer(longest_first(words), text)]
    assert [m.span() for m in re.finditer(trie_alternation(words), text)] == spans


@pytest.mark.parametrize("text, expected", [
    # a name written before 为 and the title it is given: a leader, the title not written before the name
    ("經委員投票,許樂敏為市政諮詢委員會主席、高岸峰為副主席。", {("许乐敏", None), ("高岸峰", None)}),
    ("会议决定，王某成为副主席。", set()),     # 成为: 为 ends a word, no name before it
])
def test_names_given_a_title_by_wei(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("近日，市文旅广体局党组成员、总工程师江勇一行来到澧县", {("江勇", "市文旅广体局党组成员、总工程师")}),
    ("某建设集团公司总工程师王某出席", set()),  # a company's: not official
])
def test_chief_engineers_of_departments(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an indigenous name in romanization and characters goes on a titled run of names
    ("市議員黃肇輝、Ingay Tali穎艾達利、林燕祝、陳秋萍及副董事長許春華也到場",
     {("黄肇辉", "市议员"), ("Ingay Tali颖艾达利", None), ("林燕祝", None), ("陈秋萍", None)}),
    ("区委书记PPT课件、讲稿", set()),  # an acronym is no name
])
def test_romanized_names_in_runs(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新竹縣長楊文科四日主持首次主管會報", {("杨文科", "新竹县长")}),  # a day in numerals ends the name
    ("县长王建国十五日到乡镇调研", {("王建国", "县长")}),
    ("县长杨文科主持会议", {("杨文科", "县长")}),  # 文科 is a word ending like an organ (科)
    ("县长杨文科昨日主持会议", {("杨文科", "县长")}),
    ("县委书记王建国近日到园区调研", {("王建国", "县委书记")}),
    ("召开县长周例会。", set()),  # 周例会 is a meeting: no name stops at a full stop alone
    ("区长周例会上部署工作", set()),
])
def test_names_before_a_date_or_given_a_word_ending_like_an_organ(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # disciplinary bulletins: a cause (因), a responsibility (负有) or a penalty (受到) follows the name
    ("管理处主任吴军因在公共资源管理上失职渎职", {("吴军", "管理处主任")}),
    ("社区党总支书记梅子建负有主要领导责任。", {("梅子建", "社区党总支书记")}),
    ("居委会主任周宏受到党内严重警告处分", {("周宏", "居委会主任")}),
])
def test_names_in_disciplinary_bulletins_end_before_cause_and_penalty(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 领导 ends a title joined to an earlier one, or a description of duties
    ("南坪街道党工委委员、组织委员、社区联点领导梅娜及社区党总支书记梅子建负有主要领导责任。",
     {("梅娜", "南坪街道党工委委员、组织委员、社区联点领导"), ("梅子建", "社区党总支书记")}),
    ("南坪街道党工委副书记、分管疫情摸排工作领导孙龙，", {("孙龙", "南坪街道党工委副书记、分管疫情摸排工作领导")}),
    # a list marker opens a list of officials without a title, whatever stands before it
    ("挂钩联系区领导宋双兴、虎荣鑫到场", {("宋双兴", None), ("虎荣鑫", None)}),
    ("主要领导责任落实不到位", set()),
])
def test_leader_role_ending_a_title(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("台党委书记、台长杨善岗带领采访小组成员来到姚庄镇", {("杨善岗", "台党委书记、台长")}),
    ("县气象台台长李明出席", set()),  # a weather station's head is no official
    ("要出台长效机制，搭建平台长期运行", set()),  # 出台, 平台: no 台长
])
def test_heads_of_broadcasters(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 包括有 opens the title; 等人 closes the list though 立等 is a word
    ("成員包括有議長謝宜璋、議員許華玉、李誠智、楊永立等人，而質詢議程一直持續",
     {("谢宜璋", "议长"), ("许华玉", "议员"), ("李诚智", None), ("杨永立", None)}),
])
def test_list_opened_by_baokuoyou_and_closed_by_dengren(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Qing officials in county and town histories
    ("道光21年(1841),淡水同知曹謹進行全廳18堡的戶口編審工作。", {("曹谨", "淡水同知")}),
    ("巡抚刘铭传奏请设省", {("刘铭传", "巡抚")}),
    ("请通知县直各单位", set()),  # 通知: no 知县
])
def test_qing_officials(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # only an official reports on behalf of a government or party organ
    ("杨易先代表乡人民委员会作政府工作报告。", {("杨易先", None)}),
    ("会上，张三代表县委作报告", {("张三", None)}),
    ("群众代表县政府作证", set()),
])
def test_names_reporting_on_behalf_of_an_organ(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a yearbook's leader line run together: the second title does not start inside the first name
    ("市委书记陈光市长杜昌文", {("陈光", "市委书记"), ("杜昌文", "市长")}),
    ("县委书记王建国县长李明", {("王建国", "县委书记"), ("李明", "县长")}),
])
def test_a_title_starts_after_the_name_before_it(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_a_two_character_name_set_wide_in_a_leader_line() -> None:
    assert leaders_in("市委书记 陈 光 市长 杜昌文") == {("陈光", "市委书记"), ("杜昌文", "市长")}
    assert leaders_in("县委书记 王 某某出席") == set()  # no wide name: the given name runs on
