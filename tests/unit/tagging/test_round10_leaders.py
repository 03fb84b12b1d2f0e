"""Leader forms seen in blind round 10: verbs of the sentence before a title (拜会, 拜访, 考虑, 分摊, 包含),
a surname and a title that address someone named with the title elsewhere (祝贺康议长, 钟分署长), ranks,
adverbs and words after names that are no part of them (和副秘书长, 时就很, 原为, 关于), and the bodies of
village heads (里长联谊会)."""

from __future__ import annotations

import pytest

from gazette_reader.tagging.leaders import LEADER, find_leaders


def leaders_in(text: str, known: tuple[str, ...] = ()) -> set[tuple[str, str | None]]:
    return {(m.name, m.title) for m in find_leaders(text, known) if m.role == LEADER}


@pytest.mark.parametrize("text, expected", [
    ("小野一彥所長今(5)日拜會議長康裕成,祝賀她當選。", {("康裕成", "议长")}),
    ("分署長二十六日特地前往花蓮縣政府拜訪縣長徐榛蔚，共商治水。", {("徐榛蔚", "县长")}),
    ("考慮縣府教育局長楊郡慈下週一卸任。", {("杨郡慈", "县府教育局长")}),
    ("新增副縣長1人，幫忙分攤副縣長陳見賢的工作。", {("陈见贤", "副县长")}),
    ("今日盛會冠蓋雲集,包含高雄市長陳其邁、立法委員李柏毅到場。", {("陈其迈", "高雄市长"), ("李柏毅", "立法委员")}),
])
def test_a_verb_before_a_title_is_the_sentence_s(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("审计局长张三出席。", {("张三", "审计局长")}),  # 审计 makes the organ's name with 局
    ("市发展和改革委员会主任张三出席。", {("张三", "市发展和改革委员会主任")}),
    ("代理县长张三出席。", {("张三", "代理县长")}),  # a rank
    ("开封市长张三出席。", {("张三", "开封市长")}),  # 开封 is a place (a verb to jieba)
    ("保定市委书记张三出席。", {("张三", "保定市委书记")}),
    ("本屆縣長當選人陳光復與卸任縣長賴峰偉交接。", {("赖峰伟", "卸任县长")}),  # tenure is part of the title
])
def test_a_verb_inside_an_organ_s_name_stays_in_the_title(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_an_adverb_before_and_is_no_part_of_an_organ() -> None:
    text = "林欽榮副市長特別與水利局長蔡長展出席。"
    assert ("蔡长展", "水利局长") in leaders_in(text)


@pytest.mark.parametrize("text, expected", [
    ("議長康裕成 ,祝賀康議長當選第 4 屆議長;康議長期盼交流恢復。", {("康裕成", "议长")}),
    ("高雄市長陳其邁出席。清大校長表示,對於陳市長帶領高雄深受感動。", {("陈其迈", "高雄市长")}),
    ("新任分署長鐘啟榮拜會縣府。縣長表示,與鐘分署長分享治理經驗。", {("钟启荣", "新任分署长")}),
])
def test_a_surname_and_a_title_address_someone_titled_elsewhere(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新竹縣長楊文科表示,正積極物色副縣長和副秘書長人選。", {("杨文科", "新竹县长")}),
    ("經濟部園管局長楊志清、高雄市副秘書長王啓川等多位貴賓出席。",
     {("杨志清", "经济部园管局长"), ("王启川", "高雄市副秘书长")}),
])
def test_a_rank_before_a_title_ends_no_name(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("她說,過去擔任議長時就很注重台日交流。", set()),  # 时 (when), then an adverb
    ("縣府表示，新任分署長鐘啟榮原為農業部坡地管理組組長。", {("钟启荣", "新任分署长")}),  # 原为: formerly
    ("会议听取了市安委办主任、应急管理局局长王国权关于一季度全市安全生产工作情况汇报。",
     {("王国权", "市安委办主任、应急管理局局长")}),  # 关于: about
])
def test_words_after_a_title_that_make_no_name(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


def test_the_head_of_a_body_of_village_heads_is_no_official() -> None:
    text = "鹽埕區代理區長陳佑瑞、鹽埕區里長聯誼會主席葛有力、陳本興、黃強等里長一同見證。"
    assert leaders_in(text) == {("陈佑瑞", "盐埕区代理区长")}


def test_a_name_addressed_by_a_question_before_its_title() -> None:
    text = "随后,记者获得了提问机会,“我想请问张宝顺书记,‘十二五’期间,安徽省如何定位?”"
    assert leaders_in(text) == {("张宝顺", None)}


def test_a_name_that_is_a_common_word_after_a_title() -> None:
    text = "中共中央政治局常委、国务院总理李鹏在团拜会上讲话。"  # jieba knows 李鹏 as a word and a name
    assert leaders_in(text) == {("李鹏", "中共中央政治局常委、国务院总理")}


def test_two_runs_of_names_joined_before_comrades_present() -> None:
    text = "万里、李瑞环、刘华清、胡锦涛以及姚依林、宋平、薄一波等同志出席团拜会。"
    assert leaders_in(text) == {(n, None) for n in ("万里", "李瑞环", "刘华清", "胡锦涛", "姚依林", "宋平", "薄一波")}


def test_a_name_before_its_service_office_is_an_elected_official_s() -> None:
    text = "水利局長蔡長展、立法委員黄捷服務處代表、簡煥宗服務處代表一同見證。"
    assert leaders_in(text) == {("蔡长展", "水利局长"), ("黄捷", "立法委员"), ("简焕宗", None)}


@pytest.mark.parametrize("text", [
    "——在中共成都市青羊区五届四次全会上的讲话\n(2008年1月7日)\n王忠林\n同志们:这次全会的主要任务是",
    "——在中共成都市青羊区五届四次全会上的讲话\n(2008年1月7日)王忠林同志们:这次全会的主要任务是",
])
def test_the_speaker_under_a_speech_s_date(text: str) -> None:
    assert leaders_in(text) == {("王忠林", None)}


def test_a_date_in_brackets_before_a_sentence_names_no_speaker() -> None:
    assert leaders_in("（2008年1月7日）王忠林在会上讲话。") == set()


def test_a_member_of_a_village_committee_is_no_leader() -> None:
    text = "北山镇仁村村党支部书记陈金荣、村委会主任陈长平违规发包工程,村监会委员陈斋伟、村委委员刘石旺未履行监督职责。"
    assert leaders_in(text) == {("陈金荣", "北山镇仁村村党支部书记"), ("陈长平", "村委会主任")}


def test_a_name_does_not_start_inside_a_word() -> None:
    assert leaders_in("清大校長表示,對於陳市長帶領高雄轉型深受感動。") == set()  # 对于 + 陈市长, no 于陈
    assert leaders_in("成立大會選出游榮山先生、謝科先生為正副議長。") == {("游荣山", None), ("谢科", None)}


@pytest.mark.parametrize("text, expected", [
    ("出席的有彰化縣議會秘書長張連發、立法委員陳杰。", {("张连发", "彰化县议会秘书长"), ("陈杰", "立法委员")}),
    ("市国有资产监督管理委员会主任张三出席。", {("张三", "市国有资产监督管理委员会主任")}),  # 国有: a word
])
def test_there_are_before_a_title(text: str, expected: set) -> None:
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("其间,市委副书记、市长王国先与王光庆座谈交流。", {("王国先", "市委副书记、市长")}),
    ("会上,县委常委、常务副县长高大立说,今年以来全县稳步推进。", {("高大立", "县委常委、常务副县长")}),
    ("市长王国先后到达会场。", set()),  # 先后: a word after 王国, no name the text settles
    ("县委书记关于加强作风建设的讲话。", set()),
])
def test_after_a_title_the_full_name_is_read_where_the_short_reading_is_a_word(text: str, expected: set) -> None:
    """王国 (a kingdom) and 高大 (tall) are common words and no names: after a title a name must follow,
    and the three characters are the only name the text gives, on the weak evidence of 与 or 说 after it."""
    assert leaders_in(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市府十局處首長今日拜會副議長曾俊傑,尋求總預算案的支持。", {("曾俊杰", "副议长")}),
    ("副议长曾主持会议。", set()),  # 主持: a verb after the adverb 曾
    ("市长曾到访该村。", set()),  # 到访: a verb, however rare
    ("市长和海燕一起出席。", set()),  # 和 joins: the mayor and 海燕
])
def test_a_particle_surname_before_a_name_jieba_knows_as_one(text: str, expected: set) -> None:
    """曾 is an adverb (once) and a surname: after a title, before a word jieba tags as a given name (俊杰
    nr), it is the surname; before a verb it stays the adverb, and 和 still joins two people."""
    assert leaders_in(text) == expected
