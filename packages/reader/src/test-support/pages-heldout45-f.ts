import { links, type TestPage, texts } from './page-kit.js';
import { primalNote } from './pages-heldout45-f2.js';

/**
 * Held-out batch 45, file f: a cohost post as the Wayback Machine serves it after the site went read-only (the rewrite
 * scripts and the toolbar insert with its capture calendar, "About this capture", the "COLLECTED BY" panel and the print
 * line, then cohost's own page: the read-only banner, the header with the eggbug logo and "log in", the post box with
 * avatar, display name, handle and time, the headline, the prose with a list, the tag row, the comments count, the comment
 * thread with nested replies, the disabled comment box, the footer and the archive's closing comment).
 */
const chTitle = 'finally fixed the radiator in the spare room and i have some thoughts about valves';
const chName = 'Wren Halloway';
const chHandle = '@wrenfield';
const chProse1 = [
  'so the radiator in the spare room has been cold at the top and warm at the bottom since roughly the last ice age, and every ' +
    'winter i have said "i will bleed it" and then not bled it. this weekend i finally bled it. it did not help!! reader i ' +
    'was furious',
  'turns out the actual problem was the thermostatic valve on the side. those little heads with the numbers on them have a pin ' +
    'underneath, and if the radiator sits all summer with the head turned down the pin can stick in the closed position. the ' +
    'internet says this is extremely common and also that nobody ever tells you about it',
];
const chListIntro = 'the fix, for anyone else living in a cold house with a cold spare room:';
const chList = [
  'turn the head all the way up and unscrew it (mine just needed a firm twist, no tools)',
  'you will see a little metal pin poking up. if it does not move when you press it, it is stuck',
  'tap it gently with the back of a spoon, then wiggle it with pliers until it springs up and down freely',
  'put the head back on and wait ten minutes',
];
const chProse2 = [
  'and that was it. the radiator is now hot all the way across for the first time in the three years we have lived here. the ' +
    'cat has already claimed the spare bed',
  'the thoughts about valves are mostly that it is wild how much of a house is made of tiny parts that fail quietly and then ' +
    'make you think something huge and expensive is wrong. anyway i am going to go around and wiggle every valve in the house now',
];
const chTags = ['#home repair', '#radiators', '#the cohost global feed', '#i fixed a thing'];
type ChComment = { name: string; handle: string; when: string; text: string; replies?: ChComment[] };
const chComments: ChComment[] = [
  {
    name: 'moth',
    handle: '@mothlight',
    when: 'Sep 24, 2024, 7:40 PM',
    text: 'the spoon trick is real, my dad taught me that one. also congratulations to the cat',
    replies: [
      {
        name: chName,
        handle: chHandle,
        when: 'Sep 24, 2024, 7:52 PM',
        text: 'the cat is insufferable about it already. she is currently lying directly on top of the radiator like a lizard',
      },
    ],
  },
  {
    name: 'Jun Park',
    handle: '@junpark',
    when: 'Sep 24, 2024, 8:15 PM',
    text:
      'every old flat i have lived in had at least one of these stuck. if the spoon does not work, a tiny bit of penetrating oil on ' +
      'the pin overnight usually frees it up',
  },
  {
    name: 'Aster 🌼',
    handle: '@asterisk',
    when: 'Sep 25, 2024, 9:03 AM',
    text: 'reading this on the last week of cohost and feeling weirdly emotional about radiator posts. we will miss this place',
  },
];
const chAllC = chComments.flatMap((c) => [c, ...(c.replies ?? [])]);
const chFoot = ['terms of use', 'privacy notice', 'community guidelines', 'staff blog', 'support', 'status'];
const chAbout =
  'Archive Team is a loose collective of volunteer archivists who copy websites that are about to close, so that what people ' +
  'made there is not lost when the servers go dark.';
const chWb = (t: string): string => `https://web.archive.org/web/20241003034127/${t}`;
const chComment = (c: ChComment): string => `<div class="co-comment flex flex-row gap-4" data-testid="comment"><div class="flex-0">
<a href="${chWb(`https://cohost.org/${c.handle.slice(1)}`)}" class="mask mask-squircle h-8 w-8"><img
src="https://web.archive.org/web/20241003034127im_/https://staging.cohostcdn.org/avatar/${c.handle.length}.png"
alt="${c.handle.slice(1)}" class="mask mask-squircle h-full w-full object-cover"></a></div><div class="flex min-w-0 flex-1 flex-col justify-start gap-2">
<div class="flex flex-row flex-wrap items-center gap-2"><a rel="author" href="${chWb(`https://cohost.org/${c.handle.slice(1)}`)}"
class="co-project-display-name max-w-full flex-shrink truncate font-atkinson font-bold hover:underline">${c.name}</a>
<span class="co-project-handle block max-w-full flex-shrink truncate font-atkinson font-normal">${c.handle}</span>
<time class="block flex-none text-xs tabular-nums text-gray-500" datetime="2024-09-24T19:40:00.000Z" title="${c.when}">${c.when}</time></div>
<div class="co-prose prose overflow-hidden break-words"><p>${c.text}</p></div>
${
  (c.replies ?? []).length === 0
    ? ''
    : `<div
class="flex flex-col gap-4 border-l-2 border-gray-200 pl-4">${(c.replies ?? []).map(chComment).join('\n')}</div>`
}</div></div>`;
const chHtml = `<!DOCTYPE html>
<html lang="en"><head><script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';
v.server_name='wwwb-app223.us.archive.org';
v.server_ms=412;archive_analytics.send_pageview({});});</script>
<script type="text/javascript" src="https://web-static.archive.org/_static/js/bundle-playback.js?v=HxkREWBo" charset="utf-8"></script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");
__wm.wombat("https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra","20241003034127",
"https://web.archive.org/","web","https://web-static.archive.org/_static/","1727926887");</script>
<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi">
<!-- End Wayback Rewrite JS Include -->
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>cohost! - "${chTitle}"</title>
<meta property="og:title" content="${chTitle}"><meta property="og:site_name" content="cohost!"><meta name="description" content="${chProse1[0]!.slice(0, 120)}">
<link rel="stylesheet" href="https://web.archive.org/web/20241003034127cs_/https://cohost.org/static/client.d84c2d1e.css">
<script type="application/json" id="__COHOST_LOADER_STATE__">{"project-page-view":{"postId":7745102,"projectHandle":"wrenfield","headline":"${chTitle}",
"commentsLocked":true,"readOnly":true}}</script></head>
<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><script>__wm.rw(0);</script><div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;"><div id="donato" style="position:relative;width:100%;"><div id="donato-base">
<iframe id="donato-if" src="https://archive.org/includes/donate.php?as_page=1&amp;platform=wb" scrolling="no" frameborder="0"
style="width:100%;height:100%"></iframe>
</div></div><div id="wm-ipp-inside"><div id="wm-logo" style="float:left;width:110px;padding-top:12px;"><a href="/web/" title="Wayback Machine home page">
<img src="https://web-static.archive.org/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" style="width:100px" border="0"></a></div>
<div class="r" style="float:right;"><div id="wm-btns" style="text-align:right;height:25px;"><div id="wm-save-snapshot-success">success</div>
<div id="wm-save-snapshot-fail">fail</div><a id="wm-save-snapshot-open" href="#" title="Share via My Web Archive"><span class="iconochive-web"></span></a>
<a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in"><span class="iconochive-person"></span></a>
<a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine"><span class="iconochive-question"></span></a>
<a id="wm-tb-close" href="#close" title="Close the toolbar"><span class="iconochive-remove-circle"></span></a></div>
<div id="wm-share" style="text-align:right;"><a href="#" id="wm-expand" class="wm-btn wm-closed"><span id="wm-expand-icon" class="iconochive-down-solid"></span>
<span style="font-size:80%">About this capture</span></a></div></div><table class="c"><tbody><tr><td class="u" colspan="2"><form target="_top" method="get"
action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra">
<input type="hidden" name="type" value="replay"><input type="submit" value="Go"></form></td><td class="n" rowspan="2" style="width:110px;"><table><tbody>
<tr class="m"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20240926000000*/cohost.org/wrenfield"
title="26 Sep 2024"><strong>Sep</strong></a></td>
<td class="c" id="displayMonthEl" title="You are here: 03:41:27 Oct 03, 2024">OCT</td><td class="f" nowrap="nowrap">Nov</td></tr>
<tr class="d"><td class="b" nowrap="nowrap"><a href="https://web.archive.org/web/20240926120404/https://cohost.org/wrenfield" title="12:04:04 Sep 26, 2024">
<img src="https://web-static.archive.org/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0"></a></td>
<td class="c" id="displayDayEl" title="You are here: 03:41:27 Oct 03, 2024">03</td><td class="f" nowrap="nowrap"><img
src="https://web-static.archive.org/_static/images/toolbar/wm_tb_nxt_off.png" alt="Next capture" width="14" height="16" border="0"></td></tr>
<tr class="y"><td class="b" nowrap="nowrap">2023</td><td class="c" id="displayYearEl" title="You are here: 03:41:27 Oct 03, 2024">2024</td>
<td class="f" nowrap="nowrap">2025</td></tr></tbody></table></td></tr><tr><td class="s"><div id="wm-nav-captures"><a class="t"
href="/web/20240924000000*/https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra" title="See a list of every capture for this URL">3 captures</a>
<div class="r" title="Timespan for captures of this URL">24 Sep 2024 - 03 Oct 2024</div></div></td><td class="k"><a href="" id="wm-graph-anchor">
<div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position:relative"><canvas class="sparkline" width="475"
height="27"></canvas></div></a></td></tr>
</tbody></table><div id="wm-capinfo" style="border-top:1px solid #777;display:none;overflow:hidden"><div id="wm-capinfo-collected-by">
<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div><div style="padding:3px;position:relative"
id="wm-collected-by-content">
<div style="display:inline-block;vertical-align:top;width:50%;"><span class="c-logo"></span>Organization: <a href="https://archive.org/details/archiveteam"
target="_new"><span class="wm-title">Archive Team</span></a><div style="max-height:75px;overflow:hidden;position:relative;">${chAbout}</div></div>
<div style="display:inline-block;vertical-align:top;width:49%;"><span class="c-logo"></span>Collection: <a href="https://archive.org/details/archiveteam_cohost"
target="_new"><span class="wm-title">Archive Team: cohost shutdown</span></a></div></div></div><div id="wm-capinfo-timestamps">
<div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div>
<div id="wm-capinfo-timestamps-content"></div></div></div></div></div>
<div id="wm-ipp-print">The Wayback Machine - ${chWb('https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra')}</div></div>
<script type="text/javascript">__wm.bt(750,27,25,2,"web","https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra","20241003034127",1996,
"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/banner-styles.css?v=p7PEIJWi"],false);</script>
<!-- END WAYBACK TOOLBAR INSERT -->
<div id="app"><div class="flex min-h-screen flex-col"><div class="co-themed-box bg-secondary-200 px-3 py-2 text-center text-sm" role="status">
cohost is in read-only mode. posting, commenting and sharing are turned off. thank you for being here with us.</div>
<header class="co-themed-box sticky top-0 z-20 flex h-16 items-center justify-between bg-foreground px-3 text-notWhite"><a href="${chWb('https://cohost.org/')}"
class="flex items-center gap-2"><img src="https://web.archive.org/web/20241003034127im_/https://cohost.org/static/eggbug.svg" alt="" class="h-8">
<span class="font-league text-2xl">cohost!</span></a><nav class="flex gap-4"><a href="${chWb('https://cohost.org/rc/search')}">search</a>
<a href="${chWb('https://cohost.org/rc/login')}" class="rounded-lg bg-secondary px-3 py-1 font-bold">log in</a></nav></header>
<main class="flex flex-1 justify-center pt-8"><div class="flex w-full max-w-prose flex-col gap-12"><article class="co-post-box" data-postid="7745102">
<header class="co-thread-header flex min-w-0 flex-row items-center gap-2 px-3 py-2"><a href="${chWb('https://cohost.org/wrenfield')}"
class="mask mask-squircle h-8 w-8 flex-none"><img src="https://web.archive.org/web/20241003034127im_/https://staging.cohostcdn.org/avatar/41880-wren.png"
alt="wrenfield" class="mask mask-squircle h-full w-full object-cover"></a><div class="flex min-w-0 flex-shrink flex-wrap items-center gap-x-2">
<a rel="author" href="${chWb('https://cohost.org/wrenfield')}"
class="co-project-display-name max-w-full truncate font-atkinson font-bold hover:underline">${chName}</a>
<a href="${chWb('https://cohost.org/wrenfield')}" class="co-project-handle font-atkinson font-normal hover:underline">${chHandle}</a>
<time class="block flex-none text-xs tabular-nums text-gray-500" datetime="2024-09-24T19:03:11.000Z" title="Tue, Sep 24, 2024, 7:03 PM"><a
href="${chWb('https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra')}" class="hover:underline">Sep 24, 2024, 7:03 PM</a></time></div>
<button class="co-link-button ml-auto" aria-label="post menu"><svg class="h-6 w-6"></svg></button></header><hr class="co-hairline">
<div><div class="co-post-headline px-3 pt-3"><a href="${chWb('https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra')}">
<h1 class="font-atkinson text-xl font-bold">${chTitle}</h1></a></div><div class="co-prose prose my-4 overflow-hidden break-words px-3">
${chProse1.map((p) => `<p>${p}</p>`).join('\n')}<p>${chListIntro}</p><ol>${chList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${chProse2.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="co-tags w-full max-w-full p-3"><div class="-my-2 flex flex-wrap text-sm">${chTags
  .map((t) => `<a href="${chWb(`https://cohost.org/rc/tagged/${encodeURIComponent(t.slice(1))}`)}" class="mr-2 inline-block text-gray-400">${t}</a>`)
  .join('\n')}</div></div><hr class="co-hairline"><footer class="co-thread-footer flex items-center justify-between p-3"><a class="text-sm"
href="#comments">4 comments</a><div class="flex gap-3"><button aria-label="share this post" disabled><svg class="h-6 w-6"></svg></button>
<button aria-label="like this post" disabled><svg class="h-6 w-6"></svg></button></div></footer></article>
<section id="comments" class="co-themed-box co-comment-box flex flex-col gap-4 rounded-lg p-3"><h2 class="font-bold">comments</h2>
${chComments.map(chComment).join('\n')}<p class="co-info-box text-sm">comments are closed because cohost is in read-only mode.</p></section></div></main>
<footer class="co-themed-box flex flex-col items-center gap-2 p-6 text-sm"><ul class="flex flex-wrap gap-3">${links(chFoot)}</ul>
<p>cohost is brought to you by anti software software club</p><p>© anti software software club LLC 2024</p></footer></div></div>
<script src="https://web.archive.org/web/20241003034127js_/https://cohost.org/static/client.1f7c0b2e.js"></script></body></html>
<!--
     FILE ARCHIVED ON 03:41:27 Oct 03, 2024 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 14:02:55 Nov 20, 2025.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.52
  exclusion.robots: 0.021
  esindex: 0.009
  load_resource: 181.3
-->`;
const cohost: TestPage = {
  html: chHtml,
  name: 'heldout45-cohost-post-archived',
  kind: 'forum',
  // the post's own headline is the title; its prose, the line that leads into the list and the list items are body; every
  // comment and reply is body; display names, handles and times of the post and the comments are bylines (the poster's once);
  // the tags (the hash-marked topics, not lines of the post), the Wayback toolbar (calendar, capture count, timespan, "About
  // this capture", the "COLLECTED BY" panel, the print line), the read-only banner, header, "4 comments", "comments", the
  // closed-comments note and the footer are furniture; the archive's closing HTML comments are not text; the toolbar's
  // "success" is hidden but in the markup: furniture; its "fail" and the logo's "cohost!" are words of the body ("fail
  // quietly", "the last week of cohost"): left out
  title: chTitle,
  headings: [],
  body: [...texts(chProse1), chListIntro, ...chList, ...texts(chProse2), ...chAllC.map((c) => c.text)],
  bylines: [chName, chHandle, 'Sep 24, 2024, 7:03 PM', ...chComments.flatMap((c) => [c.name, c.handle, c.when]), 'Sep 24, 2024, 7:52 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'success', 'About this capture', 'Sep', 'OCT', 'Nov', '03', '2023', '2024', '2025', '3 captures', '24 Sep 2024 - 03 Oct 2024',
    'COLLECTED BY', 'Organization:', 'Archive Team', chAbout, 'Collection:', 'Archive Team: cohost shutdown', 'TIMESTAMPS',
    `The Wayback Machine - ${chWb('https://cohost.org/wrenfield/post/7745102-finally-fixed-the-ra')}`,
    'cohost is in read-only mode. posting, commenting and sharing are turned off. thank you for being here with us.', 'search',
    'log in', ...chTags, '4 comments', 'comments', 'comments are closed because cohost is in read-only mode.', ...chFoot,
    'cohost is brought to you by anti software software club', '© anti software software club LLC 2024',
  ],
};

export const HELDOUT45_F: readonly TestPage[] = [cohost, primalNote];
