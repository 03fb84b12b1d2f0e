"""Saved government web pages made for the tests: one UTF-8, one GBK declared as GB2312, one MHTML."""

from __future__ import annotations

from email.message import EmailMessage

TITLE = "上街区召开安全生产工作会议"
PARAGRAPHS = [
    "4月21日上午，上街区召开全区安全生产工作会议，区长王喆出席会议并讲话。",
    "会议指出，要坚持人民至上、生命至上，压实安全生产责任，扎实开展隐患排查整治。",
    "会议要求，各单位要认真落实值班值守制度，确保全区安全形势持续稳定。",
]

_NAV = "".join(f'<li><a href="/{n}">{name}</a></li>' for n, name in enumerate(
    ["首页", "政务公开", "上街要闻", "部门动态", "乡镇街道", "政策文件", "政民互动", "办事服务", "走进上街",
     "专题专栏", "通知公告", "人事信息", "财政资金", "重点领域信息公开"]))


def page(*, charset: str, meta: bool, date_label: str = "发布日期") -> str:
    """The page as a district site serves it: navigation, 当前位置, the article, buttons and a footer."""
    head_meta = (f'<meta name="ArticleTitle" content="{TITLE}">'
                 '<meta name="PubDate" content="2024-04-22 10:30">'
                 '<meta name="ContentSource" content="上街区应急管理局">') if meta else ""
    body = "\n".join(
        f"<p style=\"text-indent:2em\">&nbsp;&nbsp;{p[:20]}\n  {p[20:]}</p>" if n == 1 else
        f"<p>\u3000\u3000{p}</p>" for n, p in enumerate(PARAGRAPHS))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{TITLE}_上街区人民政府</title>{head_meta}
<script>var 统计 = "不应出现的脚本文字";</script><style>.a{{color:red}}</style></head>
<body>
<div class="top"><ul class="nav">{_NAV}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/ywdt">上街要闻</a></div>
<div class="article">
  <h1>{TITLE}</h1>
  <div class="info">{date_label}：2024-04-22 &nbsp; 来源：上街区应急管理局 &nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
  <div class="TRS_Editor">{body}</div>
  <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer"><p>主办单位：郑州市上街区人民政府办公室</p><p>版权所有：郑州市上街区人民政府 豫ICP备12345678号</p></div>
</body></html>"""


def utf8_page() -> bytes:
    return page(charset="utf-8", meta=True).encode("utf-8")


def gbk_page() -> bytes:
    """Declared GB2312, as many district sites still are, and holding 喆 (GBK, not GB2312)."""
    return page(charset="gb2312", meta=False, date_label="发布时间").encode("gbk")


def mhtml_page() -> bytes:
    """The UTF-8 page saved by a browser as a web archive (quoted-printable HTML part)."""
    message = EmailMessage()
    message["Subject"] = f"{TITLE}_上街区人民政府"
    message["Snapshot-Content-Location"] = "http://www.zzsj.gov.cn/ywdt/1.html"
    message.set_content(page(charset="utf-8", meta=True), subtype="html", charset="utf-8", cte="quoted-printable")
    message.add_attachment(b"\x89PNG fake", maintype="image", subtype="png", filename="logo.png")
    return bytes(message)
