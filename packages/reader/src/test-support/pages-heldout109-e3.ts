import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 109, file e3: a Hacker News "Ask HN" item page as a logged-out visitor saves it (the orange pagetop bar
 * with "Hacker News", new / past / comments / ask / show / jobs / submit and "login", the fatitem with score, user, age,
 * hide / past / favorite / comment count, the toptext, the "add comment" form, the comment tree of nested tables with
 * indent cells, comheads with "next", "prev", "parent", "root" and "[–]" toggles, "reply" links, and the yclinks footer
 * with the search form).
 */
const title = 'Ask HN: How do you keep a side project alive for more than a year?';
type C = { id: number; ind: number; user: string; age: string; paras: string[] };
const top = [
  'I have started maybe a dozen side projects in the last five years. Most of them get to a working prototype in a few weekends ' +
    'and then quietly die somewhere around month three, usually when the fun part is done and what is left is docs, edge cases ' +
    'and boring maintenance.',
  'The two that survived longer than a year did so mostly by accident. For those of you who have kept something going for years ' +
    'alongside a day job, what actually worked? Habits, scope rules, accountability, anything.',
];
const comments: C[] = [
  {
    id: 40121,
    ind: 0,
    user: 'ksorensen',
    age: '5 hours ago',
    paras: [
      'The thing that made the difference for me was deciding in advance what the project would never do. I wrote a short list of ' +
        'non-goals in the README on day one. Every time I was tempted to add something big, the list made it easy to say no.',
      'Eight years later it is still small enough that I can fix any bug in an evening, which is the only reason I still maintain it.',
    ],
  },
  {
    id: 40135,
    ind: 1,
    user: 'mbrightwater',
    age: '4 hours ago',
    paras: [
      'Same here. The non-goals list also helps when users ask for features. Pointing at a document written years ago feels much ' +
        'less personal than saying no in the moment.',
    ],
  },
  {
    id: 40128,
    ind: 0,
    user: 'tpadgett',
    age: '5 hours ago',
    paras: [
      'Lower the bar for what counts as working on it. I aim for twenty minutes, three evenings a week. Some nights that is one ' +
        'small commit, some nights it turns into two hours. The streak matters more than the output.',
    ],
  },
  {
    id: 40150,
    ind: 1,
    user: 'ravenmoor',
    age: '3 hours ago',
    paras: [
      'I tried streaks and found they made me resent the project. What worked better was keeping a running list of tiny tasks, ' +
        'so that whenever I had a spare half hour I never had to think about what to do.',
    ],
  },
  {
    id: 40166,
    ind: 2,
    user: 'tpadgett',
    age: '2 hours ago',
    paras: ['That is a good point. A small task list is probably what makes the twenty minutes possible in the first place.'],
  },
  {
    id: 40142,
    ind: 0,
    user: 'jhollis_dev',
    age: '4 hours ago',
    paras: [
      'Get one real user as early as possible, ideally someone who is not you. Knowing that a friend runs their allotment society ' +
        'bookings on my little app has kept me fixing bugs for three years now.',
      'It does not need to be many people. One person who would notice if it broke is enough.',
    ],
  },
];
const navItems = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const yc = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const navs = (c: C, i: number): string => {
  const parts: string[] = [];
  if (c.ind > 0) parts.push(`<a href="#${comments[i - 1]!.id}" class="clicky" aria-hidden="true">parent</a>`);
  if (c.ind > 1) parts.push(`<a href="#${comments.find((x) => x.ind === 0 && x.id < c.id)?.id}" class="clicky" aria-hidden="true">root</a>`);
  if (i > 0) parts.push(`<a href="#${comments[i - 1]!.id}" class="clicky" aria-hidden="true">prev</a>`);
  if (i < comments.length - 1) parts.push(`<a href="#${comments[i + 1]!.id}" class="clicky" aria-hidden="true">next</a>`);
  return parts.join(' | ');
};
const comment = (c: C, i: number): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.ind}">
<img src="s.gif" height="1" width="${c.ind * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}"
href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D40110">
<div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
<a href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age" title="2025-06-01T14:02:11 1748786531"><a href="item?id=${c.id}">${c.age}</a></span>
<span id="unv_${c.id}"></span><span class="navs"> | ${navs(c, i)} <a class="togg clicky" id="${c.id}" n="1" href="javascript:void(0)">[–]</a>
<span class="onstory"></span></span></span></div><br><div class="comment"><div class="commtext c00">${c.paras.join('\n<p>')}</div>
<div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D40110%23${c.id}"
rel="nofollow">reply</a></u></font></p></div></div></td></tr>
</table></td></tr>`;
const html = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?2m8ZE5Bqgq8qE1Tz7sOq"><link rel="icon" href="y18.svg">
<link rel="canonical" href="https://news.ycombinator.com/item?id=40110"><title>${title} | Hacker News</title></head>
<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
<td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18"
style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${navItems.map((n) => `<a href="${n}"${n === 'submit' ? ' rel="nofollow"' : ''}>${n}</a>`).join(' | ')}</span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D40110">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${title}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="40110"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center>
<a id="up_40110" href="vote?id=40110&amp;how=up&amp;goto=item%3Fid%3D40110"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="title"><span class="titleline"><a href="item?id=40110">${title}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_40110">214 points</span> by
<a href="user?id=wrenfield" class="hnuser">wrenfield</a> <span class="age" title="2025-06-01T09:12:40 1748769160"><a href="item?id=40110">6 hours ago</a></span>
<span id="unv_40110"></span> | <a href="hide?id=40110&amp;goto=item%3Fid%3D40110">hide</a> | <a href="https://hn.algolia.example/?query=side%20project"
class="hnpast">past</a> |
<a href="fave?id=40110&amp;auth=0">favorite</a> | <a href="item?id=40110">97&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${top.join('\n<p>')}</div></td></tr><tr style="height:10px"></tr>
<tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="40110"><input type="hidden" name="goto"
value="item?id=40110">
<input type="hidden" name="hmac" value="3f0a"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit"
value="add comment"></form></td></tr>
</table><br><br><table border="0" class="comment-tree">
${comments.map(comment).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${yc.map((y) => `<a href="${y.toLowerCase().replace(/ /g, '')}.html">${y}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.example/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
autocomplete="off">
</form></center></td></tr></table></center><script type="text/javascript" src="hn.js?2m8ZE5Bqgq8qE1Tz7sOq"></script></body></html>`;

export const hnThread: TestPage = {
  html,
  name: 'heldout109-hackernews-ask-forum',
  kind: 'forum',
  // the Ask HN text and every comment are body; the submitter, commenters and ages are bylines; the score, comment
  // count, item links, comhead navigation, toggles and "reply" are furniture
  title,
  headings: [],
  body: texts([...top, ...comments.flatMap((c) => c.paras)]),
  bylines: ['wrenfield', '6 hours ago', ...new Set(comments.flatMap((c) => [c.user, c.age]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...navItems, 'login', '214 points', 'by', 'hide', 'favorite', '97 comments', 'parent', 'root', 'prev', 'next', '[–]', 'reply', ...yc,
    'Search:',
  ],
};
