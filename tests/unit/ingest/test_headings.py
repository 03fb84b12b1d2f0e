"""Headlines found by their look, table-driven: each case is an excerpt of a real document of
tests/corpus/real (see its SOURCES.md), cut short, with the (title, MM-DD) of every item it must give
(title None: the item has no headline of its own, its label is derived from its text)."""

from __future__ import annotations

import pytest

from gazette_reader.ingest.layouts.headings import titlelike
from gazette_reader.ingest.parse import is_lossless, parse_text
from gazette_reader.text.normalize import to_simplified

# traditional/tainan_qugongsuo_11310.txt: a full-width headline line, its date line right under it
TAINAN_DATE_LINE = """中西區百歲人瑞賀重陽活動
發布日期：113-10-09
為發揚九九重陽敬老孝道精神及對百歲人瑞的關懷，中西區長蔡佳甫代表市長黃偉
哲前往探視轄區百歲人瑞，致贈賀禮及祝福，祝賀人瑞們身體健康、福壽綿延。
八區防疫防災合作交流 齊心簽訂聯防支援協定 提升整體災害防救量能
發布日期：113-10-25
為提升登革熱防疫量能，精進各項防治措施，並落實推動防救災整備工作和應變作
為，南區區公所今(25)日與相鄰且同為都會型7區進行登革熱防疫經驗交流，並簽訂
災害防救區域聯防-跨區支援協定，當面對疫情或災害規模超過自有能力或資源時，能
夠緊急迅速應變，更有效整合防救災資源及運用調度，打造堅韌的災害應變防護網。
"""

# traditional/macau_zhengfu_xinwen.txt: a two-line headline (its first line set off by two spaces),
# the issuing office and a date-time line under it; a web page's info line with bars
MACAU_RELEASES = """-行政長官施政報告記者會快訊  開展維護國家安全工作是防
患未然
新聞局
2023-11-14 22:07
就維護國家安全的工作，行政長官賀一誠表示，澳門城市很安全
，開展維護國家安全的工作是防患未然，對市民有警惕性、警示
性。對於現在澳門有否外部勢力入侵這問題，行政長官表示，不
會說有或沒有，包括政府網站在內的澳門特區網站，每天都受到
不同程度的網絡攻擊。外國勢力不會放棄澳門這個地方，他們必
定會攻擊澳門，所以大家要“警鐘長鳴”。

歐陽瑜：夏主任勉勵社團齊心協力把澳門國際大都市“金名片”
擦得更亮
新聞局
2024-05-15 22:51
社會文化司司長歐陽瑜今（15）日表示，中央港澳工作辦公室
主任、國務院港澳事務辦公室主任夏寶龍今日在考察調研期間，
再次充分肯定澳門具有愛國愛澳的傳統情感優勢及中西文化薈萃
的人文優勢，並勉勵社團齊心協力把澳門國際大都市“金名片”
擦得更亮。
夏寶龍主任今天到訪本澳4個社團及1家學校。陪同考察的歐陽
瑜司長接受傳媒訪問時表示，今日的行程充分體現了夏主任昨日
提到澳門具有六大優勢中，愛國愛澳的傳統情感優勢；4個社團
均為本澳愛國愛澳的傳統社團，長期以來都積極服務市民和建設
社會，支持特區政府依法施政，參政議政，以及在鞏固愛國愛澳
社會基礎方面做了大量工作。同時，正如夏主任所言，澳門的免
費教育、免費醫療、雙層式社保等一系列政策福利，有賴愛國愛
澳的各界支持及適時反饋意見，使政策的落實能夠更貼合社會所
需。夏主任在座談中充分肯定了社團協助政府施政，以及歸僑對
特區和祖國的貢獻等。
她續說，與社會文化範疇息息相關的是，澳門具有中西文化薈萃
的人文優勢，文化多元、宗教多元、語言多元等均體現澳門中西
文化交匯的特色和獨特價值。特區政府不僅善用這些珍貴的人文
優勢，將之打造成獨一無二的名片，更藉此推動文化、體育等產
業的發展，以促進澳門的經濟適度多元化。同時，特區政府有信
心將澳門建設為“演藝之都”和“體育之城”，相關工作會越做
越好。

行政長官委任行政會發言人
澳門快訊 | 發佈時間: 2025/01/08 | 來源
: 新聞局(GCS)
《澳門特別行政區公報》今（8）日刊登第01/2025號行
政長官批示，行政長官岑浩輝根據《行政會章程》規定，委任行
政會委員張永春擔任行政會發言人，自2025年1月8日起生
效。行政會發言人的主要職責是以舉行新聞發佈會及以新聞稿等
形式，將行政會須對外發佈的事宜向社會公佈。
"""

# traditional/zongtongfu_xinwen_114.txt (double-spaced): date line, a full-width headline, then a
# paragraph whose first line opens a bracket it closes on the next
ZONGTONGFU = """114年04月19日

總統出席臺北母娘文化季保民遶境嘉年華　祈求國家安

全、社會安定、人民安居樂業

總統出席「2025臺北母娘文化季羅天大醮米龍開光

暨保民遶境嘉年華起駕」

賴清德總統今（19）日上午出席「2025臺北母娘

文化季羅天大醮米龍開光暨保民遶境嘉年華起駕」，感

謝松山慈惠堂長期熱心公益，行善全臺灣，並祈求母娘

保佑臺灣國家安全、社會安定、人民安居樂業。

總統抵達後，首先進行參香祈福儀式，並為「母娘文化

館」揭匾，接著以毛筆為米龍開光點睛，為醮典拉開序

幕。


114年04月21日

天主教教宗方濟各辭世　總統表達誠摯悼念與深切慰問

關於教廷宣布天主教教宗方濟各（Pope Fran

cis）辭世消息，總統府發言人郭雅慧今（21）日

表示，賴清德總統聞訊後深感哀悼不捨，向教廷致以我

國政府與人民誠摯悼念與深切慰問，同時指示外交部長

林佳龍，向教廷駐我國大使館轉達悼念之意；我國駐教

廷大使館則轉致總統唁電，表達我國哀悼與不捨。

郭雅慧表示，總統感念方濟各教宗在位期間與我國互動

"""

# worklog/jiedao_shequ_tongxun.txt (double-spaced): the wrap cut the date that opens the text after
# the headline on its line (…入户宣传 1 / 1月2日,…)
JIEDAO_CUT_DATE = """群英街道召开2023年重点工作谋划部署会 2023年是贯

彻落实党的二十大精神开局之年,为了更好地开展基层工作,统

一思想、明确目标、理清任务,全面提升街道工作服务水平,2

月6日下午,群英街道召开全街2023年重点工作谋划部署会

。党工委领导班子、各科室负责人、社区党委书记参加。

会上,各科室负责人和社区党委书记分别就各自工作领域进行发

言,梳理工作难点,给出解决方案,擘画新年蓝图。街道党工委

班子成员按包保社区和分管科室总结了2022年取得的成绩,

深刻剖析了发展中存在的问题和不足,并结合当前经济社会发展

情况以及时代大背景、经济大环境等因素,谋深谋实2023年

的各项工作。

最后,街道党工委书记侯立军就2023年的工作推进落实提出

3点建议:一是提高站位、勇开新局,迅速把各项工作抓起来。

二是突出重点、统筹兼顾,全面厘清年度重点任务。三是严肃纪

律、压实责任,营造风清气正良好环境。

实干争春早,奋进正当时。此次会议为2023年各项工作的开

展指明了方向,奠定了基础,下一步,群英街道将以“起步就是

冲刺,开局就是决战”的姿态,铆足干劲谱写群英街道新华章。



丰文街道丰盛社区新时代文明实践站开展垃圾分类入户宣传 1

1月2日,丰文街道丰盛社区新时代文明实践站开展垃圾分类入

户宣传活动,普及居民对垃圾分类人人有责的环保理念,引导居

民学习、掌握生活垃圾分类的投放要求。

活动中,社区工作人员、红岩志愿者等分成三组,挨家挨户敲门

入户,向居民发放垃圾分类宣传资料,并讲解垃圾的正确投放方

式,以及社区积分兑换办法等,指导居民正确分类垃圾,耐心回

答居民提出的垃圾分类问题,杜绝乱堆乱放的现象出现。
"""

# bullets/chengxiang_huanjing_jianxun.txt: ◎ items whose first line has no punctuation yet
CHENGXIANG_BULLETS = """城乡环境整治简讯

◎为推进生态文明建设,进一步增强辖区居民垃圾
分类意识,提高辖区居民对于生活垃圾分类的关注
度,9月28日,街道在阳光花园小区组织开展“
垃圾分类进社区”主题宣传活动。
◎11月30日,南阳路街道以“分类是资源节约
的开始,简单分类·美好生活”为主题开展垃圾分
类宣传活动。
◎为了深入宣传普及垃圾分类知识,进一步提高居
民对垃圾分类的能力,加强辖区居民对垃圾分类的
认识。近日,北关街道联合联运公司在汇景苑开展
了垃圾分类志愿者进社区宣传活动。
◎为进一步巩固提升城市形象和生活垃圾分类工作
成果,4月15日,棠景街组织在职党员和群众志
愿者们开展以“‘分’享美好生活 ‘广’播文明
风尚”为主题的垃圾分类宣传活动,推进社区垃圾
分类宣传工作。
◎为进一步贯彻落实区委、区政府关于美丽乡村建
设的相关要求,加快推进农村环境卫生综合整治暨
美丽乡村建设工作。4月14日下午,揉谷镇召开
环境卫生清理暨美丽乡村建设工作推进会,区政府
副区长、揉谷镇党委书记李海平就下一步揉谷镇环
境卫生清理暨美丽乡村建设工作进行了安排部署。
◎为深入推动新一轮农村人居环境整治行动扎实有
效开展,全面提升农村人居环境整治质量,助力乡
村振兴,7月19日,吕村镇召开人居环境整治工
作推进会,班子成员及各村党支部书记参加会议。
◎为持续深入推进农村人居环境整治,全力打造村
容整洁、环境优美、管理有序的人居环境,8月1
1日,镇坪县牛头店镇组织召开人居环境整治攻坚
提升行动推进会。镇党政班子成员,站所负责人、
各村支部书记参加会议。
"""

# bullets/anquan_fangxun_jianxun.txt: a masthead line above △ briefs is the issue's, not an item
ANQUAN_MASTHEAD = """安全生产和防汛工作简讯



△7月28日上午,县长李维芳深入我镇检查指导防汛工作。县水利

局长徐炜、公安局政委庞强陪同检查。

李维芳先后来到桃园村、杨家庄村、西坡村,详细查看了林麝养殖基

地、沿线道路、河道等地的防汛安全情况。

△5月25日下午,县委副书记、县长王玉东带队调研防汛备汛及河

湖长制工作。县直有关部门、镇街负责同志参加调研。

王玉东先后到仲子路桥北侧、板桥路桥西侧、元郭拦河闸、昌里水库

等地实地察看,详细了解城区管网清淤、雨水泵站建设、浚河综合治

理、溢洪闸启闭设备使用和防汛物资储备情况,并就做好下步工作提

"""

CASES = [
    ("date line under a full-width headline", TAINAN_DATE_LINE,
     [("中西區百歲人瑞賀重陽活動", "10-09"), ("八區防疫防災合作交流 齊心簽訂聯防支援協定 提升整體災害防救量能", "10-25")]),
    ("release headlines over office and date lines", MACAU_RELEASES,
     [("-行政長官施政報告記者會快訊 開展維護國家安全工作是防患未然", "11-14"),
      ("歐陽瑜：夏主任勉勵社團齊心協力把澳門國際大都市“金名片”擦得更亮", "05-15"),
      ("行政長官委任行政會發言人", "01-08")]),
    ("date cut by the wrap after a headline sharing its line", JIEDAO_CUT_DATE,
     [("群英街道召开2023年重点工作谋划部署会", "02-06"), ("丰文街道丰盛社区新时代文明实践站开展垃圾分类入户宣传", "11-02")]),
    ("bullet items whose first line has no punctuation", CHENGXIANG_BULLETS,
     [(None, "09-28"), (None, "11-30"), (None, None), (None, "04-15"), (None, "04-14"), (None, "07-19"),
      (None, "08-11")]),
    ("masthead above briefs", ANQUAN_MASTHEAD, [(None, "07-28"), (None, "05-25")]),
    ("headline under a date line, bracket left open below", ZONGTONGFU,
     [("總統出席臺北母娘文化季保民遶境嘉年華 祈求國家安全、社會安定、人民安居樂業", "04-19"),
      ("天主教教宗方濟各辭世 總統表達誠摯悼念與深切慰問", "04-21")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_items_and_titles(name: str, text: str, expected: list) -> None:
    issue = parse_text(text)
    assert is_lossless(text, issue)
    got = [(None if a.title_derived else a.title, a.month_day) for a in issue.articles if a.title or a.body]
    assert got == expected


# newspaper/renmin_1951_1997_archive_pages.txt: 引题 / 主题 / 副题 over a bracketed dateline that names
# only the day; the page line above gives its month
THREE_DECKS = """人民日报 1951年9月15日 星期六 第1版
我们伟大的祖国
中央人民政府派出的西南访问团到了云南圭山
少数民族地区。这是访问团的团员正在访问一
位阿西族的烈士家属,并送给她礼物。

执行和平解放西藏办法协议
人民解放军进抵拉萨
各族人民及西藏地方政府官员等列队欢迎
【新华社重庆十四日电】拉萨讯:执行和平解
放西藏办法协议开往西藏的人民解放军某部先
遣部队,已于本月九日进抵拉萨,受到当地藏
族、汉族、回族等各民族各界人民约三万人的
热烈欢迎。早在十天以前,拉萨城内的居民及
西藏地方政府即为入城的解放军准备好了粮食
和宿营地。当解放军入城时,各民族各界人民
列队欢迎,在欢迎的行列中有西藏地方政府官
员和哲蚌、色拉、噶丹三大寺庙的僧俗人员,
以及西藏地方的军队。欢迎的僧俗官员纷纷向
该部队王其梅司令员敬献哈达和鲜花等礼品。
"""


def test_three_decks_and_a_day_only_dateline() -> None:
    issue = parse_text(THREE_DECKS)
    story = issue.articles[-1]
    assert (story.kicker, story.title, story.subtitle) == (
        "执行和平解放西藏办法协议", "人民解放军进抵拉萨", "各族人民及西藏地方政府官员等列队欢迎")
    assert story.body.startswith("【新华社重庆十四日电】")
    assert (story.year, story.month_day) == (1951, "09-14")


def test_masthead_above_briefs_is_issue_metadata() -> None:
    issue = parse_text(ANQUAN_MASTHEAD)
    assert issue.metadata.get("报头") == "安全生产和防汛工作简讯"
    assert all("简讯" not in a.title for a in issue.articles)


TITLELIKE = [
    ("天主教教宗方濟各辭世　總統表達誠摯悼念與深切慰問", True),
    ("關於教廷宣布天主教教宗方濟各（Pope Fran", False),  # opens a bracket: a sentence that wraps
    ("澳門快訊 | 發佈時間: 2025/01/08 | 來源", False),  # a web page's info line
    (": 新聞局(GCS)", False),  # continues the line above
    ("歐陽瑜：夏主任勉勵社團齊心協力", True),
]


@pytest.mark.parametrize(("text", "expected"), TITLELIKE)
def test_titlelike(text: str, expected: bool) -> None:
    assert titlelike(to_simplified(text)) is expected  # the splitters read the simplified form
