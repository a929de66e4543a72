import { type TestPage, texts } from './page-kit.js';
import { lobsters } from './pages-heldout265-c2.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file c: a Hacker News "Ask HN" item page (the table layout with no h1: the title is the titleline
 * link; the orange top bar, the subtext line with points, user, age, hide / past / favorite and the comment count, the
 * toptext, the add-comment form, the comment tree whose commtext starts without a p tag, next / parent / reply links and
 * the yclinks footer) and, from file c2, a Lobsters story with comments.
 */
const title = 'Ask HN: How do you keep on-call humane on a team of four?';
const top = [
  j(
    'We are four engineers running a payments reconciliation service for about sixty small lenders. Every one of us is',
    'on call one week in four, and after two years it is wearing people down. Two of the four have told me privately',
    'they are thinking of leaving.',
  ),
  j(
    "Most of the pages are not real emergencies. A lender's file arrives late, a retry storm trips an alert, and someone",
    'gets woken at 3am to watch a job finish by itself.',
  ),
  'What has worked for small teams? Paying for it, cutting alerts, follow-the-sun with a partner team, something else?',
];
const comments: [string, string, number, string[]][] = [
  [
    'pellucid_ops',
    '5 hours ago',
    0,
    [
      j(
        'Start with the alerts, not the rota. We went through every alert that fired in a quarter and asked one question:',
        'did a human have to do something within the hour? Anything that failed that test became a ticket for the morning.',
      ),
      'We went from about 40 pages a month to 6. Nothing else we tried came close.',
    ],
  ],
  [
    'hbrandvold',
    '4 hours ago',
    1,
    [
      j(
        'Seconding this. And write down, for each alert that stays, what the person paged is expected to do. If you cannot',
        'write the steps, the alert is not ready to wake anyone.',
      ),
    ],
  ],
  [
    'mtessaly',
    '4 hours ago',
    0,
    [
      j(
        'Pay for it, and pay for the nights separately. We give a flat amount for the week plus a fixed sum for every page',
        'between midnight and 7am. The second part changed behaviour more than the first: managers suddenly cared about',
        'noisy alerts because they showed up in the budget.',
      ),
    ],
  ],
  [
    'oakhollow',
    '3 hours ago',
    0,
    [
      j(
        'For lenders sending files late: can you make "late" their problem? We added a status page each lender can see,',
        'and a daily summary to their ops contact. Late files dropped by half within a month, because someone on their',
        'side now noticed.',
      ),
      'The other half we simply stopped alerting on before 8am.',
    ],
  ],
  [
    'quernstone',
    '2 hours ago',
    1,
    [j('This is underrated. A surprising amount of on-call pain is really a conversation with a customer that nobody', 'has had yet.')],
  ],
];
const commentHtml = (
  [user, age, indent, paras]: [string, string, number, string[]],
  i: number,
): string => `<tr class="athing comtr" id="4120${i}"><td><table border="0"><tr><td class="ind" indent="${indent}"><img src="s.gif" height="1"
width="${indent * 40}"></td><td valign="top" class="votelinks"><center><a id="up_4120${i}" href="vote?id=4120${i}&amp;how=up"><div class="votearrow"
title="upvote">
</div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${user}"
class="hnuser">${user}</a> <span class="age" title="2026-11-20T09:00:00 1795000000"><a href="item?id=4120${i}">${age}</a></span> <span id="unv_4120${i}">
</span><span class="navs">${indent > 0 ? ' | <a href="#41200" class="clicky">parent</a>' : ''} | <a href="#4120${i + 1}" class="clicky">next</a>
<a class="togg clicky" id="4120${i}" n="1" href="javascript:void(0)">[–]</a></span></span></div><br><div class="comment"><div class="commtext
c00">${paras[0]}${paras
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=4120${i}&amp;goto=item%3Fid%3D41187">reply</a></u></font></p></div></div></td></tr>
</table></td></tr>`;
const html = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?abc123"><link rel="icon" href="y18.svg"><link rel="canonical"
href="https://news.ycombinator.com/item?id=41187">
<title>${title} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px">
<a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
<a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a href="ask">ask</a> | <a href="show">show</a> | <a
href="jobs">jobs</a> |
<a href="submit" rel="nofollow">submit</a></span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop">
<a href="login?goto=item%3Fid%3D41187">login</a></span></td></tr></table></td></tr><tr id="pagespace" title="${title}" style="height:10px"></tr>
<tr><td><table class="fatitem" border="0"><tr class="athing submission" id="41187"><td align="right" valign="top" class="title"><span class="rank"></span></td>
<td valign="top" class="votelinks"><center><a id="up_41187" href="vote?id=41187&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="title"><span class="titleline"><a href="item?id=41187">${title}</a></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span
class="subline">
<span class="score" id="score_41187">214 points</span> by <a href="user?id=ledgerwright" class="hnuser">ledgerwright</a> <span class="age"
title="2026-11-20T06:12:40 1794982360"><a href="item?id=41187">6 hours ago</a></span> <span id="unv_41187"></span> | <a href="hide?id=41187">hide</a> |
<a href="https://hn.algolia.com/?query=on-call">past</a> | <a href="fave?id=41187">favorite</a> | <a href="item?id=41187">97&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${top[0]}${top
  .slice(1)
  .map((p) => `<p>${p}`)
  .join('')}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post">
<input type="hidden" name="parent" value="41187"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br>
<input type="submit" value="add comment"></form></td></tr></table><br><br><table border="0" class="comment-tree">
${comments.map(commentHtml).join('\n')}
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td>
</tr></table><br><center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> |
<a href="https://github.com/HackerNews/API">API</a> | <a href="security.html">Security</a> | <a href="https://www.ycombinator.com/legal/">Legal</a> |
<a href="https://www.ycombinator.com/apply/">Apply to YC</a> | <a href="mailto:hn@ycombinator.com">Contact</a></span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"></form></center></td></tr>
</table></center><script type="text/javascript" src="hn.js?abc123"></script></body></html>`;
const hackerNews: TestPage = {
  name: 'heldout265-hackernews-ask-item',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...top, ...comments.flatMap((c) => c[3])]),
  bylines: ['ledgerwright', '6 hours ago', ...comments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', 'new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit', 'login', '214 points', 'hide', 'favorite', '97 comments', 'parent', 'next',
    'reply', 'Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact', 'Search:',
  ],
};

export const HELDOUT265_C: readonly TestPage[] = [hackerNews, lobsters];
