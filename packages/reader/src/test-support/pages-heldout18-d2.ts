import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 18, file d2: a Hacker News item page (the center table with the orange pagetop bar and its links, the
 * story's athing row with rank-less title, site link, the subtext "N points by user N hours ago | hide | past | favorite |
 * N comments", the Ask-style story text in a toptext cell, the comment form, the comment-tree table whose rows are indented
 * by a spacer img width, each with comhead "user N hours ago | next [–]", commtext and "reply" link, and the footer).
 */
const hnTitle = 'Ask HN: How do you keep a small on-call rotation from burning out?';
const hnText = [
  'We are four backend engineers supporting a payments product in three time zones. Each of us is on call one week in four, and ' +
    'over the last year two people have left, both citing the pager in their exit interviews.',
  'We already have runbooks, alert deduplication and a rule that anyone paged after midnight starts late the next day. It is not ' +
    'enough. What has actually worked for teams of this size?',
];
type HnComment = { id: number; indent: number; user: string; age: string; paras: string[] };
const hnComments: HnComment[] = [
  {
    id: 41822301,
    indent: 0,
    user: 'mkessler',
    age: '5 hours ago',
    paras: [
      'Delete alerts. We went through every alert that fired in a quarter and asked whether anyone did anything when it fired. ' +
        'About two thirds were noise, and removing them did more than any schedule change.',
      'The rule we kept afterwards: every page must link to a runbook step that a tired person can follow.',
    ],
  },
  {
    id: 41822455,
    indent: 1,
    user: 'ojnr',
    age: '4 hours ago',
    paras: [
      'Seconded. We also started paying a flat on-call allowance per week plus a bonus per night page, which made management ' +
        'suddenly very interested in reducing night pages.',
    ],
  },
  {
    id: 41822610,
    indent: 2,
    user: 'mkessler',
    age: '4 hours ago',
    paras: ['Same experience. Once pages cost money, they show up in a budget review, and reliability work gets scheduled.'],
  },
  {
    id: 41822188,
    indent: 0,
    user: 'tamsin_r',
    age: '5 hours ago',
    paras: [
      'With four people and three time zones, follow the sun even if it is imperfect. Nobody should be woken up for a region where ' +
        'a colleague is awake and could take the page.',
    ],
  },
  {
    id: 41823004,
    indent: 1,
    user: 'dvb',
    age: '3 hours ago',
    paras: ['This, and make the handover a short written note rather than a meeting. Ours is five lines and takes two minutes to read.'],
  },
];
const hnTop = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const row = (c: HnComment): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr>
<td class="ind" indent="${c.indent}"><img src="s.gif" height="1" width="${c.indent * 40}"></td>
<td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D41822001">
<div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}" class="hnuser">${c.user}</a>
<span class="age" title="2025-10-21T1${c.indent}:12:00"><a href="item?id=${c.id}">${c.age}</a></span> <span id="unv_${c.id}"></span><span class="navs"> |
<a href="#${c.id + 1}" class="clicky" aria-hidden="true">next</a> <a class="togg clicky" id="${c.id}" n="1" href="javascript:void(0)">[–]</a></span></span>
</div><br>
<div class="comment"><div class="commtext c00">${c.paras[0]}${c.paras
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div>
<div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D41822001%23${c.id}" rel="nofollow">reply</a></u></font></p></div>
</div></td></tr></table></td></tr>`;
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?9GGq2a"><link rel="icon" href="y18.svg"><title>${hnTitle} | Hacker News</title></head>
<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
<td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.example">
<img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnTop.map((t) => `<a href="${t}">${t}</a>`).join(' | ')}</span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D41822001">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="41822001"><td align="right" valign="top" class="title"><span class="rank"></span></td>
<td valign="top" class="votelinks"><center><a id="up_41822001" href="vote?id=41822001&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="title"><span class="titleline"><a href="item?id=41822001">${hnTitle}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_41822001">186 points</span> by
<a href="user?id=pagerweary" class="hnuser">pagerweary</a> <span class="age" title="2025-10-21T09:02:11"><a href="item?id=41822001">6 hours ago</a></span>
<span id="unv_41822001"></span> |
<a href="hide?id=41822001&amp;goto=item%3Fid%3D41822001">hide</a> | <a href="https://hn.algolia.example/?query=on-call">past</a> |
<a href="fave?id=41822001&amp;auth=3c1e">favorite</a> | <a href="item?id=41822001">97&nbsp;comments</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">${hnText[0]}<p>${hnText[1]}</p></div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="41822001">
<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">
${hnComments.map(row).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${hnFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.example/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"></form></center></td></tr>
</table></center><script type="text/javascript" src="hn.js?9GGq2a"></script></body></html>`;
export const hackerNews: TestPage = {
  html: hnHtml,
  name: 'heldout18-hackernews-item',
  kind: 'forum',
  // a thread: the Ask HN text and all five comments are body; the submitter and each commenter ("mkessler" twice: once)
  // with the story and comment ages ("5 hours ago" and "4 hours ago" twice each: once) are bylines ("by" in neither); the
  // subtext parts ("186 points", hide, past, favorite, "97 comments"), the pagetop bar and login, the comment heads' "next"
  // and "[–]", "reply" links, the "add comment" button (a value only), the footer links and "Search:" are furniture; the
  // bar's "past" is the subtext's "past" too (once); the bar's "ask" and "show" and the heads' "next" are words of the
  // title or body: left out
  title: hnTitle,
  headings: [],
  body: [...hnText, ...hnComments.flatMap((c) => c.paras)],
  bylines: ['pagerweary', '6 hours ago', 'mkessler', 'ojnr', 'tamsin_r', 'dvb', '5 hours ago', '4 hours ago', '3 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News',
    ...hnTop.filter((t) => !['ask', 'show'].includes(t)), 'login', '186 points', 'hide', 'favorite', '97 comments', '[–]', 'reply', ...hnFoot, 'Search:',
  ],
};
