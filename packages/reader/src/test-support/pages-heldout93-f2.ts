import type { TestPage } from './page-kit.js';
import { plain } from './page-kit.js';

/**
 * Held-out batch 93, file f2: a Hacker News "Ask HN" item page as a signed-out visitor saves it (the orange top bar with
 * the section links and "login", the title line with its points / by / age / hide / past / favorite / comments subtext,
 * the text of the question with unclosed <p> breaks, the comment box, the nested comment table with indents, "[–]" toggles,
 * "next" / "prev" / "parent" links and "reply", a "[flagged]" and a "[dead]" comment whose text is not shown, the "More"
 * link to page 2, the YC notice and the footer links with the search box).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const hnTitle = 'Ask HN: How do you keep on-call humane on a team of four?';
const hnTop = paras(`
We are four backend engineers supporting a payments product that has customers in three time zones. Right now we rotate on-call weekly, and
the person on call is also expected to do normal sprint work. Most weeks are quiet, but about one week in four someone gets paged two or three
times a night and is useless for days afterwards.

Management is open to changes but will not hire a fifth person this year. What has worked for other small teams? I am especially interested
in how you decide what is allowed to page at night and what waits until morning.`);
type Hn = { user: string; age: string; ind: number; body: string[] | 'flagged' | 'dead' };
const hnComments: Hn[] = [
  {
    user: 'pgtorvik',
    age: '2 days ago',
    ind: 0,
    body: paras(`
The single biggest change for us was deleting alerts. We went through every alert that paged in the previous quarter and asked one question:
did a human need to do something within the hour? About two thirds of them failed that test and became daytime tickets instead.

The second was making the on-call week an interrupt week. The person on call does no sprint work at all; they handle pages, tickets and small
fixes to whatever woke them up. It sounds expensive, but it is cheaper than someone half-working for three days after a bad night.`),
  },
  {
    user: 'lmerrow',
    age: '2 days ago',
    ind: 1,
    body: paras(`
Seconding the interrupt week. We also give a free morning after any night with a page between midnight and six. No negotiation, no need to
ask. It made people much more honest about how bad the nights actually were.`),
  },
  { user: 'throwaway_oncall77', age: '2 days ago', ind: 1, body: 'flagged' },
  {
    user: 'quietbyte',
    age: '2 days ago',
    ind: 2,
    body: paras(`
Whatever the merits of that argument, the question was about a team that cannot hire. Four people covering three time zones is a constraint,
not a choice.`),
  },
  {
    user: 'ana_kovalenko',
    age: '2 days ago',
    ind: 0,
    body: paras(`
With three time zones, look at follow-the-sun even inside a small team. If one of the four lives six or more hours away from the others,
split each day into two shifts so nobody is paged at 3am. We did it with five people across Lisbon and Denver and the night pages went to
zero for everyone.`),
  },
  { user: 'dtrane', age: '1 day ago', ind: 0, body: 'dead' },
  {
    user: 'hollis_w',
    age: '1 day ago',
    ind: 1,
    body: paras(`
Not sure why the parent is dead, the point underneath it was reasonable: pay for on-call. Even a modest flat amount per week changes the
conversation with management, because suddenly noisy alerts have a cost they can see on a spreadsheet.`),
  },
  {
    user: 'senna',
    age: '1 day ago',
    ind: 0,
    body: paras(`
Write the runbook for every page the morning after, while it is fresh, and link it from the alert itself. After a year, most of our night
pages could be handled by following the link half asleep, and a few turned into automated fixes that never page at all.`),
  },
];
const hnTopNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnYc = 'Applications are open for YC Winter 2026';
const hnText = (ps: readonly string[]): string => ps.map((p, i) => (i === 0 ? p : `<p>${p}`)).join('');
const hnRow = (c: Hn, i: number): string => {
  const id = 43920110 + i;
  const dead = typeof c.body === 'string';
  const text = dead ? `<div class="commtext cdd">[${c.body}]</div>` : `<div class="commtext c00">${hnText(c.body as string[])}</div>`;
  return `<tr class="athing comtr${dead ? ' coll' : ''}" id="${id}"><td><table border="0"><tr><td class="ind" indent="${c.ind}"><img src="s.gif" height="1"
width="${c.ind * 40}"></td><td valign="top" class="votelinks"><center>${
    dead
      ? '<img src="s.gif" height="1" width="14">'
      : `<a id="up_${id}"
href="vote?id=${id}&amp;how=up&amp;goto=item%3Fid%3D43918002"><div class="votearrow" title="upvote"></div></a>`
  }</center></td><td class="default">
<div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age"
title="2025-05-10T16:${String(10 + i)}:00 1746893400"><a href="item?id=${id}">${c.age}</a></span> 
<span id="unv_${id}"></span><span class="navs">${c.ind > 0 ? ` | <a href="#${id - 1}" class="clicky" aria-hidden="true">parent</a>` : ''}${
    i > 0 ? ` | <a href="#${id - 1}" class="clicky" aria-hidden="true">prev</a>` : ''
  } | <a href="#${id + 1}" class="clicky" aria-hidden="true">next</a> <a class="togg clicky" id="${id}" n="${3 - c.ind}" href="javascript:void(0)">[–]</a>
<span class="onstory"></span></span></span></div><br><div class="comment">${text}${
    dead
      ? ''
      : `<div class="reply"><p><font size="1"><u><a href="reply?id=${id}&amp;goto=item%3Fid%3D43918002%23${id}" rel="nofollow">reply</a></u></font></p></div>`
  }</div></td></tr></table></td></tr>`;
};
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?Kc2bLBpRsPJj0QnWhp0v"><link rel="icon" href="y18.svg"><link rel="canonical"
href="https://news.ycombinator.example/item?id=43918002">
<title>Ask HN: How do you keep on-call humane on a team of four? | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0"
cellspacing="0" width="85%" bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
<td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.example"><img src="y18.svg" width="18" height="18" style="border:1px white solid;
display:block"></a>
</td><td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnTopNav.map((t) => `<a href="${t}">${t}</a>`).join(' | ')}</span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop">
<a href="login?goto=item%3Fid%3D43918002">login</a></span></td></tr></table></td></tr><tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td>
<table class="fatitem" border="0"><tr class="athing submission" id="43918002"><td align="right" valign="top" class="title"><span class="rank"></span></td>
<td valign="top" class="votelinks"><center><a id="up_43918002" href="vote?id=43918002&amp;how=up&amp;goto=item%3Fid%3D43918002"><div class="votearrow"
title="upvote">
</div></a></center></td><td class="title"><span class="titleline"><a href="item?id=43918002">${hnTitle}</a></span></td></tr><tr><td colspan="2"></td>
<td class="subtext"><span class="subline"><span class="score" id="score_43918002">318 points</span> by <a href="user?id=rkessler" class="hnuser">rkessler</a>
<span class="age" title="2025-05-10T14:02:11 1746885731"><a href="item?id=43918002">2 days ago</a></span> <span id="unv_43918002"></span> |
<a href="hide?id=43918002&amp;goto=item%3Fid%3D43918002">hide</a> | <a href="https://hn.algolia.example/?query=on-call&amp;type=story" class="hnpast">past</a> |
<a href="fave?id=43918002&amp;auth=0">favorite</a> | <a href="item?id=43918002">214&nbsp;comments</a></span></td></tr><tr style="height:2px"></tr>
<tr><td colspan="2"></td><td><div class="toptext">${hnText(hnTop)}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td>
<form action="comment" method="post"><input type="hidden" name="parent" value="43918002"><input type="hidden" name="goto" value="item?id=43918002">
<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">
${hnComments.map(hnRow).join('\n')}
</table><table border="0"><tr class="morespace" style="height:10px"></tr><tr><td><a href="item?id=43918002&amp;p=2" class="morelink"
rel="next">More</a></td></tr>
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td
bgcolor="#ff6600"></td></tr>
</table><br><center><a href="https://www.ycombinator.example/apply/">${hnYc}</a></center><br><center><span class="yclinks">${hnFoot
  .map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`)
  .join(
    ' | ',
  )}</span><br><br><form method="get" action="//hn.algolia.example/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"
autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center>
<script type="text/javascript" src="hn.js?Kc2bLBpRsPJj0QnWhp0v"></script></body></html>`;
export const askHn: TestPage = {
  html: hnHtml,
  name: 'heldout93-hackernews-ask-hn',
  kind: 'forum',
  // the question's text and every shown comment are body; user names and ages are bylines; "[flagged]" and "[dead]"
  // (the placeholders of comments whose text is hidden), points, hide / past / favorite, the comment count, the comment
  // box, "[–]", navigation links, "reply", "More", the YC notice and the footer are furniture
  title: hnTitle,
  headings: [],
  body: [...hnTop, ...hnComments.flatMap((c) => (typeof c.body === 'string' ? [] : c.body)).map(plain)],
  bylines: ['rkessler', ...hnComments.map((c) => c.user), '2 days ago', '1 day ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnTopNav, 'login', '318 points', 'hide', 'favorite', '214 comments', '[flagged]', '[dead]', 'parent', 'prev', 'next', '[–]',
    'reply', 'More', hnYc, ...hnFoot, 'Search:',
  ].filter((t, i, a) => a.indexOf(t) === i),
};
