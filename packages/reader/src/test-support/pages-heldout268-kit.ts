/** Held-out batch 268, shared helpers: paragraph text joined from short pieces, plain `<li>` lines, the archives' toolbars. */
export const j = (...parts: string[]): string => parts.join(' ');
/** `<li>` lines of plain items (no links), each on its own line. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** The texts the Wayback Machine's toolbar shows (its furniture), for a capture count, a time span and a collection. */
export const waybackTexts = (captures: string, span: string, org: string, coll: string, ts: string, url: string, months: string[]): string[] => [
  ...months,
  String(Number(ts.slice(0, 4)) - 1),
  ts.slice(0, 4),
  String(Number(ts.slice(0, 4)) + 1),
  `${captures} captures`,
  span,
  'About this capture',
  'COLLECTED BY',
  'Organization:',
  org,
  'Collection:',
  coll,
  'TIMESTAMPS',
  `The Wayback Machine - https://web.archive.org/web/${ts}/${url}`,
];

/** The head scripts the Wayback Machine writes into every capture. */
export const waybackHead = `<script type="text/javascript" src="/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden"};</script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");__wm.wombat("URL","TS","https://web.archive.org/","web","/_static/");</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt.css" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv.css" />
<!-- End Wayback Rewrite JS Include -->`;

/** The Wayback Machine toolbar (#wm-ipp-base with the #donato donation frame), as a saved capture holds it. */
export function waybackBar(captures: string, span: string, org: string, coll: string, ts: string, url: string, months: string[]): string {
  const [prev = 'APR', cur = 'MAY', next = 'JUN'] = months;
  const y = ts.slice(0, 4);
  return `<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="donato" style="position:relative;width:100%;"><div id="donato-base">
<iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer=https%3A//web.archive.org/web/${ts}/${url}"
scrolling="no" frameborder="0" style="width:100%; height:100%"></iframe></div></div><div id="wm-ipp-inside">
<div id="wm-toolbar" style="position:relative;display:flex;flex-flow:row nowrap;justify-content:space-between;">
<div id="wm-logo" style="padding-top:12px;"><a href="/web/" title="Wayback Machine home page">
<img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" style="width:100px" border="0" /></a></div>
<div class="c" style="display:flex;flex-flow:column nowrap;justify-content:space-between;flex:1;">
<form class="u" style="display:flex;flex-direction:row;flex-wrap:nowrap;" target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb">
<input type="text" name="url" id="wmtbURL" value="${url}" style="flex:1;"/><input type="hidden" name="type" value="replay" />
<input type="hidden" name="date" value="${ts}" /><input type="submit" value="Go" /></form>
<div style="display:flex;flex-flow:row nowrap;align-items:flex-end;"><div class="s" id="wm-nav-captures" style="flex:1;">
<a class="t" href="/web/${ts}*/${url}" title="See a list of every capture for this URL">${captures} captures</a>
<div class="r" title="Timespan for captures of this URL">${span}</div></div>
<div class="k"><a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative">
<canvas class="sparkline" width="650" height="43"></canvas><div id="wm-sparkline-current" class="sparkline-current"></div></div></a></div></div></div>
<div class="n"><table><tbody><tr class="m"><td class="b" nowrap="nowrap"><a href="/web/${ts}/${url}" title="prev">${prev}</a></td>
<td class="c" id="displayMonthEl" title="You are here">${cur}</td><td class="f" nowrap="nowrap"><a href="/web/${ts}/${url}">${next}</a></td></tr>
<tr class="d"><td class="b" nowrap="nowrap"><img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" /></td>
<td class="c" id="displayDayEl" style="width:34px;font-size:22px;white-space:nowrap;">${ts.slice(6, 8)}</td>
<td class="f" nowrap="nowrap"><img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" /></td></tr>
<tr class="y"><td class="b" nowrap="nowrap">${Number(y) - 1}</td><td class="c" id="displayYearEl">${y}</td>
<td class="f" nowrap="nowrap">${Number(y) + 1}</td></tr></tbody></table></div>
<div class="r" style="display:flex;flex-flow:column nowrap;align-items:flex-end;justify-content:space-between;">
<div id="wm-btns" style="white-space:nowrap;"><a href="#close" onclick="__wm.h(event);return false;" style="visibility:hidden;">
<img src="/_static/images/toolbar/wm_tb_close.png" alt="Close the toolbar" id="wm-btn-close"/></a>
<a href="https://help.archive.org/help/category/the-wayback-machine/" title="Get some help using the Wayback Machine" style="top:-6px;">
<img src="/_static/images/toolbar/wm_tb_help.png" alt="Help" /></a></div>
<div id="wm-share" style="display: flex;"><a href="/web/${ts}/http://web.archive.org/screenshot/${url}" id="wm-screenshot" title="screenshot">
<span class="wm-icon-screen-shot"></span></a><a id="wm-share-facebook" href="#" title="Share on Facebook"><span class="iconochive-facebook"></span></a>
<a id="wm-share-twitter" href="#" title="Share on Twitter"><span class="iconochive-twitter"></span></a></div>
<div style="padding-right:2px;text-align:right;white-space:nowrap;"><a id="wm-expand" class="wm-btn wm-closed" href="#expand"
onclick="__wm.ex(event);return false;"><span id="wm-expand-icon" class="iconochive-down-solid"></span>
<span style="font-size:80%">About this capture</span></a></div></div></div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden"><div id="wm-capinfo-collected-by">
<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
<div style="padding:3px;position:relative" id="wm-collected-by-content"><div style="display:inline-block;vertical-align:top;width:50%;">
<span class="c-logo"></span> Organization: <a style="color:#33f;" href="https://archive.org/details/org" target="_new">
<span class="wm-title">${org}</span></a></div>
<div style="display:inline-block;vertical-align:top;width:49%;"><div>Collection: <a style="color:#33f;" href="https://archive.org/details/coll"
target="_new"><span class="wm-title">${coll}</span></a></div></div></div></div>
<div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center"
title="Timestamps for the elements of this page">TIMESTAMPS</div><div><div id="wm-capresources" style="margin:0 5px 5px 5px;"></div>
<div id="wm-capresources-loading" style="display:none"><img src="/_static/images/loading.gif" alt="loading" /></div></div></div></div></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/${ts}/${url}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(650,27,25,2,"web","${url}","${ts}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt.css"], false);
__wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->`;
}

/** The comment the Wayback Machine appends after </html>. */
export const waybackTail = (when: string): string => `
<!--
     FILE ARCHIVED ON ${when} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 02:14:51 Mar 03, 2026.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.
-->
<!--
playback timings (ms):
  captures_list: 0.61
  exclusion.robots: 0.03
  esindex: 0.01
  load_resource: 212.4
-->`;
