"""Hand-written article dicts in the public ``articles --json`` shape, with real text from the seeds."""

from __future__ import annotations

import copy

import pytest

BULLETIN = {
    "id": 93008, "source": "001_50b77e7c84dd9d8f.txt", "place": "上街区", "publication": "上街区简报",
    "issue_id": 1, "issue_title": "2020年4月 总第93期", "year": 2020, "month": 4, "issue_number": "93",
    "section": "工作动态", "kind": "article", "title": "区委书记宋洁督导我区老旧小区改造提升工作",
    "subtitle": None, "kicker": None, "month_day": "04-03", "date": "2020-04-03", "bylines": [],
    "byline_roles": [], "source_unit": "上街区地方史志办公室",
    "body": "4 月 3 日，区委书记宋洁实地督导我区老旧小区改造提升工作，并对发现的问题进行现场交办。"
    "区领导耿勇军、张向奥及相关单位负责同志参加活动。\n"
    "宋洁指出，老旧小区提升改造是改善群众居住环境的重点民生工程。各级各部门要提高政治站位，顺应群众对"
    "美好生活的向往，全面推进老旧小区提升改造工作，努力创造“整洁、有序、舒适、愉悦”的城市环境。",
    "leaders": [{"name": "宋洁", "title": "区委书记"}, {"name": "耿勇军", "title": "区长"},
                {"name": "张向奥", "title": None}],
    "projects": ["老旧小区改造"], "page": 8,
}

NEWSPAPER = {
    "id": 2101, "source": "002_7c599cab29d6075a.txt", "place": "二七区", "publication": "二七区新闻",
    "issue_id": 2, "issue_title": None, "year": 2021, "month": 9, "issue_number": None, "section": None,
    "kind": "article", "title": "二七区召开灾后恢复重建工作领导小组第二次会议",
    "subtitle": "突出重点 分类推进 全力加快灾后恢复重建", "kicker": None, "month_day": "09-13",
    "date": "2021-09-13", "bylines": ["景静"], "byline_roles": [{"name": "景静", "role": "reporter"}],
    "source_unit": None,
    "body": "本报讯 9月 13日，二七区委书记陈红民主持召开二七区灾后恢复重建工作领导小组第二次会议，强调要按照省市"
    "安排部署，进一步提高站位，抓住重点、分类推进，全力加快灾后恢复重建工作。\n"
    "会议听取了全区灾后恢复重建工作整体情况汇报、各专项工作组工作进展情况汇报，就市政基础设施、城镇住宅、"
    "教育设施、水利工程等恢复重建中存在问题进行分析研判，并研究部署下一步重点工作。\n"
    "陈红民表示，灾后恢复重建是今后一个时期的重要民生工程，要进一步提高站位。",
    "leaders": [{"name": "陈红民", "title": "区委书记"}], "projects": ["灾后恢复重建"], "page": None,
}

TWO_REPORTERS = {
    "id": 1906, "source": "004_7331d32aa81932c1.txt", "place": "二七区", "publication": "二七区新闻",
    "issue_id": 3, "issue_title": None, "year": 2019, "month": 6, "issue_number": None, "section": None,
    "kind": "article", "title": "二七区召开精神文明建设暨创文工作推进会", "subtitle": None, "kicker": None,
    "month_day": "06-26", "date": "2019-06-26", "bylines": ["张改华", "张雅青"],
    "byline_roles": [{"name": "张改华", "role": "reporter"}, {"name": "张雅青", "role": "correspondent"}],
    "source_unit": None,
    "body": "本报讯 6月 26日，二七区召开2019年精神文明建设暨文明城市创建工作推进会。二七区委常委、宣传部长崔世英"
    "出席会议。\n会议宣读了《市长签批全国文明城市创建督查情况制度》文件，崔世英对全区精神文明建设暨文明城市创建"
    "工作进行再安排再部署。",
    "leaders": [{"name": "崔世英", "title": "区委常委、宣传部长"}], "projects": ["文明城市创建"], "page": 1,
}

BRIEF = {
    "id": 6011, "source": "000_ae7211d5decd4555.txt", "place": "上街区", "publication": "上街区简报",
    "issue_id": 4, "issue_title": "2020年6月", "year": 2020, "month": 6, "issue_number": None,
    "section": None, "kind": "brief", "title": "郑州市规范医用口罩生产质量管理工作现场会在我区召开",
    "subtitle": None, "kicker": None, "month_day": "06-11", "date": "2020-06-11", "bylines": [],
    "byline_roles": [], "source_unit": "区市场监管局",
    "body": "6 月 11 日，郑州市规范医用口罩生产质量管理工作现场会在我区召开，现场向企业讲解如何规范医用口罩生产"
    "质量管理，我区就“三送一强”帮扶经验进行发言，企业代表介绍了医用口罩生产情况及经验，并递交了承诺书。",
    "leaders": [], "projects": ["三送一强"], "page": None,
}

UNDATED = {
    "id": 3001, "source": "003_3f13d9cc05edbc24.txt", "place": "二七区", "publication": "二七区新闻",
    "issue_id": 5, "issue_title": None, "year": None, "month": None, "issue_number": None, "section": None,
    "kind": "article", "title": "百城建设提质+文明城市创建 二七区不断实现人民群众对城市的美好期望",
    "subtitle": None, "kicker": None, "month_day": None, "date": None, "bylines": ["景静", "郭佳星", "胡源浩"],
    "byline_roles": [{"name": "景静", "role": "reporter"}, {"name": "郭佳星", "role": "correspondent"},
                     {"name": "胡源浩", "role": "photographer"}],
    "source_unit": None,
    "body": "11月23日上午,二七区召开百城建设提质工程暨文明城市创建工作推进会。\n"
    "二七区连续两次获得全国文明城市创建工作“集体二等功”,连续两届获得“河南省文明城区”荣誉称号。",
    "leaders": [], "projects": ["百城建设提质", "文明城市创建"], "page": None,
}

SAMPLES = [BULLETIN, NEWSPAPER, TWO_REPORTERS, BRIEF, UNDATED]


@pytest.fixture
def articles() -> list[dict]:
    """Five realistic articles (fresh copies, so a test may modify them)."""
    return copy.deepcopy(SAMPLES)
