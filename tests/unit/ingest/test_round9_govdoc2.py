"""政务公开 pages saved one after another (round 9): each page's head (the site's name, a breadcrumb whose
trail wraps under its label, the portal's link and menu bars, the field table) stands over its document, the page's info line may stand
between the title and the 文号, and a document without a signing date takes the page's 发布日期."""

from __future__ import annotations

from gazette_reader.ingest.parse import parse_text

SAVED_PAGES = """平县人民政府关于做好春季农业生产工作的通知

各乡镇人民政府,县直各单位:

现将春季农业生产工作方案印发给你们,请认真遵照执行。

平县人民政府

2024年1月15日

平县春季农业生产工作方案

一、抓好春耕备耕

各乡镇要及早安排,确保春耕生产顺利进行。

城市人民政府
您当前的位置:
>> ... >> 其他政策文件
索 引 号: 11330683742010670P/2017-84094 主题分类: 其他
发布机构: 城南新区 公开日期: 2017-03-28 00:00:00

关于认真做好村和社区组织换届选举工作的实施意见

发布日期:2017-03-28-00:00:00 信息来源:城市 浏览次数: 字号:[ ]

各片、办、局、中心,各行政村(社区):

今年3月份开始,全市村和社区组织将进行换届选举。

中国政府网 黑龙江省政府网 English 市人大 市政协
首     页 政 务 公 开 网 上 办 事 互 动 交 流
索   引   号 20191202-189769 分        类 其他
发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29
文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02
齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》的通知
信息来源: 市人民政府办公室

齐政办发〔2019〕29号

各县(市)、区人民政府,市政府各委、办、局:
经市政府同意,现将《齐齐哈尔市政务云平台管理实施细则》印发给你们,请认真遵照执行。

齐齐哈尔市人民政府办公室
2019年11月29日
"""


def test_saved_pages_part_at_each_pages_head() -> None:
    issue = parse_text(SAVED_PAGES)
    assert issue.layout == "govdoc"
    assert [a.title for a in issue.articles] == [
        "平县人民政府关于做好春季农业生产工作的通知",
        "关于认真做好村和社区组织换届选举工作的实施意见",
        "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》的通知",
    ]
    first, second, third = issue.articles
    assert first.body.endswith("确保春耕生产顺利进行。")
    assert second.body.endswith("将进行换届选举。")
    assert "位置" in "".join(issue.furniture) and "索 引 号" in "".join(issue.furniture)


def test_breadcrumb_wrapped_under_its_label_names_the_section() -> None:
    first, second, third = parse_text(SAVED_PAGES).articles
    assert second.section == "其他政策文件"
    assert first.section is None and third.section is None


def test_page_date_without_a_signing_date_and_the_signing_date_over_it() -> None:
    first, second, third = parse_text(SAVED_PAGES).articles
    assert (second.year, second.month, second.day) == (2017, 3, 28)
    assert (first.year, first.month, first.day) == (2024, 1, 15)
    assert (third.year, third.month, third.day) == (2019, 11, 29)


def test_number_under_the_pages_info_line_stays_with_its_title() -> None:
    third = parse_text(SAVED_PAGES).articles[-1]
    assert third.title == "齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》的通知"
    assert third.subtitle == "齐政办发〔2019〕29号"
    assert third.body.startswith("各县(市)、区人民政府,市政府各委、办、局:")
