"""Test helper: saved government CMS pages around an article (a list of paragraphs,
the first one the title), in the styles real sites use: page furniture around the
article that a reader must remove — 今天是… date bars, 无障碍 / 简体 | 繁体 tool
bars, breadcrumbs (您当前的位置：首页 > …), metadata bars (发布时间 / 来源 / 字号 大 中 小 /
打印 / 关闭), 索引号 / 发文机关 blocks, share widgets, 扫一扫在手机打开当前页, 责任编辑,
related links and footers."""
from __future__ import annotations

import html

STYLES = 4


def _paras(article, tag="p", attrs=' style="text-indent:2em"'):
    return "\n".join(f"<{tag}{attrs}>{html.escape(p, quote=False)}</{tag}>" for p in article[1:])


def build_page(article, style=0, site="某某区人民政府"):
    title = html.escape(article[0], quote=False)
    body = _paras(article)
    nav = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
           '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>')
    footer = (f'<div class="footer"><p>主办单位：{site}办公室 承办单位：区政务服务数据管理局</p>'
              '<p>网站标识码：4403060001 粤ICP备05069333号 粤公网安备44030602000123号</p></div>')
    if style == 0:  # a modern portal with classes
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_{site}</title>
<script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || [];</script></head><body>
<div class="top-bar"><span>今天是2024年3月1日 星期五</span><span class="tools"><a href="#">无障碍</a> | <a href="#">简体</a> | <a href="#">繁体</a> | <a href="#">English</a></span></div>
<div class="header"><img src="/logo.png" alt="{site}"></div>
{nav}
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设</a></div>
<div class="detail">
<h1 class="detail-title">{title}</h1>
<div class="detail-info"><span>发布时间：2024-03-01 10:20</span> <span>来源：区司法局</span> <span>字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span> <span><a href="javascript:print()">【打印】</a></span> <span><a href="javascript:close()">【关闭】</a></span></div>
<div class="detail-content" id="zoom">
{body}
</div>
<div class="editor">责任编辑：张晓明</div>
<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qq">QQ空间</a></div>
<div class="qr"><img src="/qr.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a">2022年法治政府建设年度报告</a></li><li><a href="/b">2021年法治政府建设年度报告</a></li></ul></div>
{footer}
</body></html>"""
    if style == 1:  # a 政府信息公开 page: 索引号 table above the title
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head><body>
<div class="wza"><a>无障碍浏览</a> <a>长者模式</a></div>
{nav}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 法定主动公开内容</div>
<div class="xxgk-box"><table class="xxgk-table">
<tr><td>索引号：</td><td>11440306007543210X/2024-00123</td><td>分类：</td><td>法治政府建设</td></tr>
<tr><td>发布机构：</td><td>{site}</td><td>成文日期：</td><td>2024-02-28</td></tr>
<tr><td>名　　称：</td><td>{title}</td></tr>
<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>2024-03-01</td></tr>
</table></div>
<div class="article"><h2>{title}</h2>
<div class="content">
{body}
</div></div>
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
{footer}
</body></html>"""
    if style == 2:  # an older table-layout site
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{title}</title></head>
<body><table width="1000" align="center"><tr><td><img src="banner.jpg"></td></tr>
<tr><td>今天是：2024年3月1日 星期五</td></tr>
<tr><td class="dh"><a href="/">首页</a> | <a href="/a">机构概况</a> | <a href="/b">政务公开</a> | <a href="/c">办事服务</a></td></tr></table>
<table width="1000" align="center"><tr><td>当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 工作报告</td></tr>
<tr><td align="center"><font size="5"><b>{title}</b></font></td></tr>
<tr><td align="center">发布日期：2024-03-01　　信息来源：区司法局　　浏览次数：<script>document.write(1234)</script>　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td>{_paras(article, "p", "")}</td></tr>
<tr><td align="right">【<a href="#">打印此页</a>】【<a href="#">关闭窗口</a>】</td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td>版权所有：{site}　地址：某某路1号　电话：0755-12345678</td></tr></table>
</body></html>"""
    # style 3: meaningless class names: furniture recognisable by its text only
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>{title}</title>
<script>window.__INITIAL__ = {{"a": 1}};</script></head><body>
<div class="a1"><div class="a2">今天是 2024年3月1日 星期五</div><div class="a3"><span>简体</span>|<span>繁體</span>|<span>无障碍</span></div></div>
<div class="b1"><p>您现在的位置：<a href="/">首页</a> &gt; <a href="/x">通知公告</a></p></div>
<div class="c1">
<div class="c2">{title}</div>
<div class="c3"><span>日期：2024-03-01</span><span>来源：本网</span><span>作者：区司法局</span><span>【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="c4">
{body}
</div>
<div class="c5"><p>（责任编辑：李四）</p></div>
<div class="c6"><p>分享到：</p><a>微信</a><a>微博</a></div>
<div class="c7"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="d1"><p>版权所有 © {site} 网站标识码 4403060001</p></div>
</body></html>"""
