"""Round 10: a one-item bulletin (政务信息 第3期, PDF text) whose headline wraps onto a second line and
whose issue closes with its distribution colophon (报：/送：/发：, 编辑 审核 签发)."""

from __future__ import annotations

from gazette_reader.ingest.parse import is_lossless, parse_unchecked

BODY = ("11月2日,市委副书记全桂寿深入苍梧县龙圩镇、广平镇、大坡镇,调研农\n"
        "村经济发展和创新社会管理等情况。苍梧县党委政府有关负责人陪同调研。\n"
        "在龙圩镇听取镇领导关于项目建设、征地拆迁、经济发展等情况的汇报后,全\n"
        "桂寿充分肯定了该镇所做的大量工作,要求新班子要有新作为,让老百姓得到\n")
COLOPHON = ("\n— 2 —\n\n报:市委办公室,市政府办公室。\n送:县委、县人大、县政府、县政协领导。\n"
            "发:各乡镇人民政府,县直各单位。\n\n编辑:信息科        审核:秘书股        签发:办公室\n")


def _issue(head: str):
    text = f"政 务 信 息\n\n第 3 期\n\n苍梧县人民政府办公室编\n\n{head}\n\n{BODY}{COLOPHON}"
    issue = parse_unchecked(text)
    assert is_lossless(text, issue)
    return issue


def test_a_headline_wrapped_onto_a_second_line_is_one_title() -> None:
    issue = _issue("市委副书记全桂寿到苍梧县调研农村经济\n发展和创新社会管理工作")
    assert [a.title for a in issue.articles] == ["市委副书记全桂寿到苍梧县调研农村经济发展和创新社会管理工作"]
    assert issue.articles[0].body.startswith("11月2日")


def test_a_line_under_the_headline_that_is_no_wrap_stays_in_the_text() -> None:
    for second in ("记者 张伟", "2023年11月2日", "全桂寿强调,要做好引导"):
        issue = _issue(f"市委副书记全桂寿到苍梧县调研农村经济\n{second}")
        assert issue.articles[0].title == "市委副书记全桂寿到苍梧县调研农村经济", second


def test_the_issues_distribution_colophon_is_no_part_of_its_one_article() -> None:
    issue = _issue("市委副书记全桂寿到苍梧县调研农村经济\n发展和创新社会管理工作")
    body = issue.articles[0].body
    assert body.rstrip().endswith("让老百姓得到") and "市委办公室,市政府办公室" not in body
    assert issue.metadata["送"].startswith("送:县委") and "签发:办公室" in issue.metadata["编辑"]
