"""政府文件 pages of blind round 10: a document saved without its headline opens with its 主送 line after the
signed document above (and that one's attachment); a signing date whose 年月日 a page lost is read under
its signing unit; a breadcrumb's channel naming the site's whole document library is no section; a site that
glues a pinyin gloss after each less common character (``發(fā)``) prints 文号 and field tables the splitter
still knows, and the titles keep the glosses as printed."""

from __future__ import annotations

from gazette_reader.ingest.parse import parse_text

HEADLESS_SECOND = """甲县人民政府
首页 >> 公开信息内容

甲县人民政府办公室关于印发甲县森林防火应急预案的通知

甲政办发〔2017〕46号

各乡镇人民政府,县级有关部门:

经县人民政府同意,现将《甲县森林防火应急预案》印发给你们,请认真贯彻执行。

甲县人民政府办公室

(此件公开发布)

{ 2017 6 23

甲县森林防火应急预案

1 总则

1.1 编制目的

为有效预防森林火灾,保障人民群众生命财产安全,制定本预案。

第三条 县森林防火指挥部的主要任务是:

(一)组织扑救森林火灾。


乙市产业园区管委会,各乡镇人民政府,市级各部门:
《乙市人民政府工作规则》已经市人民政府常务会议通过,现予印发,请认真遵照执行。
乙市人民政府
2024年11月20日
(此件公开发布)
乙市人民政府工作规则
第一条 为规范市政府工作,制定本规则。
"""


def test_a_unit_list_after_a_signed_document_opens_a_document_without_headline() -> None:
    issue = parse_text(HEADLESS_SECOND)
    assert issue.layout == "govdoc"
    first, second = issue.articles
    assert first.title == "甲县人民政府办公室关于印发甲县森林防火应急预案的通知"
    assert first.body.endswith("(一)组织扑救森林火灾。")  # its attachment, its 主要任务是: line included
    assert second.title == ""
    assert second.body.startswith("乙市产业园区管委会,各乡镇人民政府,市级各部门:")
    assert (second.year, second.month, second.day) == (2024, 11, 20)


def test_a_date_of_three_spaced_numbers_under_the_signing_unit() -> None:
    first, _ = parse_text(HEADLESS_SECOND).articles
    assert (first.year, first.month, first.day) == (2017, 6, 23)


def test_a_breadcrumbs_channel_naming_the_document_library_is_no_section() -> None:
    first, _ = parse_text(HEADLESS_SECOND).articles
    assert first.section is None


FORWARDED = """丙县人民政府办公室关于转发丁市人民政府关于加强安全生产工作的通知的通知

各乡镇人民政府,县直各单位:

现将《丁市人民政府关于加强安全生产工作的通知》转发给你们,请认真贯彻执行。

丙县人民政府办公室
2020年3月5日

丁市人民政府关于加强安全生产工作的通知
各县(市、区)人民政府,市直各单位:
为加强安全生产工作,现将有关事项通知如下。
"""


def test_a_forwarded_documents_own_addressees_under_its_title_stay_with_the_notice() -> None:
    issue = parse_text(FORWARDED)
    assert len(issue.articles) == 1
    assert issue.articles[0].body.endswith("现将有关事项通知如下。")


GLOSSED = """當(dāng)前位置: 政府文件> 市政府文件
            索 引 號(hào) k12498411/2011-00002
            發(fā)布機(jī)構(gòu) 市政府辦 發(fā)文日期 2011-07-13
            標(biāo) 題 市政府關(guān)于印發(fā)《連云港市人民政府全體會(huì)議規(guī)則》的通知
            文 號(hào) 連政發(fā)〔2011〕97號(hào) 主 題 詞
            內(nèi)容概述
            時(shí) 效 有效 文件下載

            連政發(fā)〔2011〕97號(hào)

            市政府關(guān)于印發(fā)《連云港市人民政府全體會(huì)議規(guī)則》的通知

            各縣、區(qū)人民政府,市各委、辦、局,市各直屬單位:

              《連云港市人民政府全體會(huì)議規(guī)則》已經(jīng)市人民政府常務(wù)會(huì)議討論通過,現印發(fā)給你們,請認(rèn)真貫徹執(zhí)行。

            二○一一年七月十三日

            連云港市人民政府全體會(huì)議規(guī)則

            第一條 為規(guī)範市政府全體會(huì)議,制定本規則。


滬府發(fā)〔2017〕92號(hào)
上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知
各區(qū)人民政府,市政府各委、辦、局:
現(xiàn)將《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》印發(fā)給你們,請認(rèn)真按照執(zhí)行。
上海市人民政府
2017年12月20日
"""


def test_glossed_document_numbers_and_field_rows_are_read_through_their_glosses() -> None:
    issue = parse_text(GLOSSED)
    assert issue.layout == "govdoc"
    assert [a.title for a in issue.articles] == [
        "市政府關(guān)于印發(fā)《連云港市人民政府全體會(huì)議規(guī)則》的通知",
        "上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知",
    ]
    first, second = issue.articles
    assert [first.subtitle, second.subtitle] == ["連政發(fā)〔2011〕97號(hào)", "滬府發(fā)〔2017〕92號(hào)"]
    assert first.body.startswith("各縣、區(qū)人民政府") and first.body.endswith("制定本規則。")
    assert first.section is None and second.section is None


def test_a_chinese_numeral_date_with_white_circle_zeros_is_the_signing_date() -> None:
    first, second = parse_text(GLOSSED).articles
    assert (first.year, first.month, first.day) == (2011, 7, 13)
    assert (second.year, second.month, second.day) == (2017, 12, 20)
