import { plain, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';

/**
 * Held-out batch 272, file e2: a Hacker News item page for an "Ask HN" post (the orange pagetop bar with its links and
 * login, the fatitem with title line, score, user, age and hide / past / favorite / comments links, the toptext, the
 * comment box, the comment tree with comheads (user, age, navs, toggle) and reply links, and the footer with the search
 * form).
 */
const hTitle = 'Ask HN: How do you keep a small team&#39;s runbooks from going stale?';
const hTop = [
  j(
    'We are five engineers running about thirty services. Every incident review ends with "update the runbook", and every',
    'incident starts with someone discovering that the runbook describes a system we replaced a year ago.',
  ),
  j('What has actually worked for you? Tooling, process, or just a person whose job it is?'),
];
const hC = [
  [
    j(
      'The only thing that worked for us was making the runbook executable. Each step is a command or a query with the expected',
      'output next to it, and a weekly job runs the read-only steps against production and opens a ticket when the output drifts.',
    ),
    j('It does not cover judgement calls, but it catches the commonest kind of rot: renamed hosts, moved dashboards and flags', 'that no longer exist.'),
  ],
  [j('How do you handle steps that change state? We tried something like this and the weekly job kept wanting to restart things.')],
  [
    j(
      'Those steps are marked and only checked for syntax, never run. About two thirds of our steps are read-only, which was more',
      'than we expected when we started.',
    ),
  ],
  [
    j(
      'Low-tech answer: the person on call owns the runbooks for that week. Every page they get, they either confirm the runbook',
      'was right or fix it before handing over. It adds maybe half an hour to a rotation and the docs have stayed honest for two',
      'years.',
    ),
  ],
  [
    j(
      'Delete aggressively. A short runbook that says "this service is owned by team X, here is the dashboard" is better than a',
      'long one that is wrong, and people will actually read it at three in the morning.',
    ),
  ],
  [
    j(
      'We tie runbooks to alerts. Every alert links to exactly one runbook section, and an alert that fires without a link fails',
      'review. When a service is retired its alerts go, and the orphaned sections appear in a monthly report that someone on',
      'the team spends twenty minutes pruning.',
    ),
  ],
];
const people = [
  ['kestrel_ops', '4 hours ago', 0],
  ['mbrandauer', '3 hours ago', 1],
  ['kestrel_ops', '3 hours ago', 2],
  ['tollgate', '2 hours ago', 0],
  ['quietpager', '1 hour ago', 0],
  ['lindqvist_a', '40 minutes ago', 0],
] as const;
const hFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const commtext = (paras: readonly string[]): string => paras.map((p, i) => (i === 0 ? p : `<p>${p}</p>`)).join('');
const hHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width,
initial-scale=1.0"><link rel="stylesheet" type="text/css" href="news.css?k1Qa"><link rel="icon" href="y18.svg">
<title>${hTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%"
bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td
style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid;
display:block"></a></td><td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
<a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a
href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop">
<a href="login?goto=item%3Fid%3D43377120">login</a></span></td></tr></table></td></tr><tr id="pagespace" title="${hTitle}" style="height:10px"></tr>
<tr><td><table class="fatitem" border="0"><tr class="athing submission" id="43377120"><td align="right" valign="top" class="title"><span
class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_43377120" href="#"><div class="votearrow" title="upvote"></div></a>
</center></td><td class="title"><span class="titleline"><a href="item?id=43377120">${hTitle}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_43377120">187 points</span> by <a href="user?id=fernhollow"
class="hnuser">fernhollow</a> <span class="age" title="2026-03-01T08:40:17 1772354417"><a href="item?id=43377120">5 hours ago</a></span> <span
id="unv_43377120"></span> | <a href="hide?id=43377120">hide</a> | <a href="#" class="hnpast">past</a> | <a href="fave?id=43377120">favorite</a> |
<a href="item?id=43377120">96&nbsp;comments</a></span></td></tr><tr><td colspan="2"></td><td><div class="toptext">${commtext(hTop)}</div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="43377120">
<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br>
<table border="0" class="comment-tree">
${hC
  .map((c, i) => {
    const [u, age, ind] = people[i] ?? ['', '', 0];
    return `<tr class="athing comtr" id="4337${7200 + i}"><td><table border="0"><tr><td class="ind" indent="${ind}"><img src="s.gif" height="1"
width="${ind * 40}"></td><td valign="top" class="votelinks"><center><a href="#"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${u}" class="hnuser">${u}</a> <span
class="age" title="2026-03-01T09:30:00"><a href="item?id=4337${7200 + i}">${age}</a></span> <span id="unv_4337${7200 + i}"></span><span
class="navs"> | <a href="#" class="clicky">next</a> <a class="togg clicky" n="3" href="javascript:void(0)">[–]</a></span></span></div><br>
<div class="comment"><div class="commtext c00">${commtext(c)}</div><div class="reply"><p><font size="1"><u><a href="reply?id=4337${7200 + i}"
rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
  })
  .join('\n')}
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td
bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks">${hFoot.map((f) => `<a href="#">${f}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.example/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"></form></center>
</td></tr></table></center><script type="text/javascript" src="hn.js?k1Qa"></script></body></html>`;
export const hnItem: TestPage = {
  name: 'heldout272-hacker-news-item-forum',
  kind: 'forum',
  html: hHtml,
  title: plain(hTitle),
  headings: [],
  body: texts([...hTop, ...hC.flat()]),
  bylines: [
    'fernhollow',
    '5 hours ago',
    'kestrel_ops',
    '4 hours ago',
    'mbrandauer',
    '3 hours ago',
    'tollgate',
    '2 hours ago',
    'quietpager',
    '1 hour ago',
    'lindqvist_a',
    '40 minutes ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', 'new', 'past', 'comments', 'show', 'jobs', 'submit', 'login', '187 points', 'hide', 'favorite', '96 comments', '[–]', 'reply',
    ...hFoot, 'Search:',
  ],
};
