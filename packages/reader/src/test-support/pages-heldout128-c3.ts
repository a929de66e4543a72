import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file c3: a Hacker News "Ask HN" item with its text and a nested comment tree (table layout, first
 * paragraph of each text not wrapped in a <p>), saved signed out.
 */
const title = 'Ask HN: How do you keep a small on-call rotation from burning people out?';
const top = paras(`
We are a team of five running a B2B product with customers in three time zones. Everyone is on call one week in five, and pages at
night are rare but not rare enough: maybe two a week, mostly false alarms from disk and latency checks.

Two people have told me in one-to-ones that the on-call week is the worst part of the job, and I believe them. We cannot afford a
follow-the-sun team. What has actually worked for you at this size?`);
type C = { id: number; user: string; ago: string; ind: number; paras: string[] };
const cs: C[] = [
  {
    id: 43012345,
    user: 'mbrandt',
    ago: '8 hours ago',
    ind: 0,
    paras: paras(`
Delete alerts. Seriously. We went through every page from the previous quarter and asked one question: did a human need to do
something within the hour? If not, it became a ticket for the morning, or it was removed. Night pages dropped by about 80 percent.

The checks that remained got a runbook link in the alert text. Nobody should be reading source code at 3am.`),
  },
  {
    id: 43012611,
    user: 'quietpager',
    ago: '8 hours ago',
    ind: 1,
    paras: paras(`
How did you handle the ones where the answer was “sometimes”? A lot of our disk alerts are fine nine times out of ten.`),
  },
  {
    id: 43012780,
    user: 'mbrandt',
    ago: '7 hours ago',
    ind: 2,
    paras: paras(`
Those got a slower threshold and a trend condition. Disk at 85% is not a page; disk at 85% and filling fast enough to hit 100%
before morning is.`),
  },
  {
    id: 43012402,
    user: 'ankhara',
    ago: '8 hours ago',
    ind: 0,
    paras: paras(`
Pay people for it. A flat on-call allowance plus a fixed amount per night page made a huge difference to how it felt at my last job,
even though the money was modest. It turned an imposition into part of the deal.`),
  },
  {
    id: 43012955,
    user: 'tveit_ops',
    ago: '7 hours ago',
    ind: 0,
    paras: paras(`
Give the person coming off a rough week the Monday off. Not as a reward, just as policy. It costs one day per person every five
weeks, and it tells people you know the nights are real work.`),
  },
  {
    id: 43013320,
    user: 'cjmurtagh',
    ago: '6 hours ago',
    ind: 1,
    paras: paras(`
We do this but tie it to actual pages: any night with a page after midnight means a late start the next day, no questions asked.
Simple, and hard to game.`),
  },
  {
    id: 43014071,
    user: 'lowercase_ed',
    ago: '5 hours ago',
    ind: 0,
    paras: paras(`
At five people, look hard at whether customers in all three time zones really need the same response time. We split our alerts into
two tiers and only the top tier pages at night. Customers accepted it once we put it in the contract, and most of them never
noticed the difference.`),
  },
];
const story = 43011111;
const nav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const foot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const apply = 'Applications are open for YC Spring 2026';
// first paragraph bare, the rest in <p> elements, as HN serves comment and item text
const hnText = (ps: string[]): string =>
  `${ps[0]}${ps
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('')}`;
const parentOf = (i: number): C | undefined =>
  cs
    .slice(0, i)
    .reverse()
    .find((c) => c.ind < (cs[i] as C).ind);
const nextOf = (i: number): C | undefined => cs.slice(i + 1).find((c) => c.ind <= (cs[i] as C).ind);
const comment = (c: C, i: number): string => {
  const parent = parentOf(i);
  const next = nextOf(i);
  const kids = (next ? cs.indexOf(next) : cs.length) - i - 1;
  const navs = [
    ...(c.ind > 1 ? [`<a href="#${cs.find((x) => x.ind === 0 && x.id <= c.id)?.id}" class="clicky" aria-hidden="true">root</a>`] : []),
    ...(parent ? [`<a href="#${parent.id}" class="clicky" aria-hidden="true">parent</a>`] : []),
    ...(next ? [`<a href="#${next.id}" class="clicky" aria-hidden="true">next</a>`] : []),
  ];
  return `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.ind}"><img src="s.gif" height="1" width="${c.ind * 40}">
</td><td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D${story}"><div class="votearrow"
title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}"
class="hnuser">${c.user}</a> <span class="age" title="2025-03-11T0${c.ind}:14:02 174168${c.ind}842"><a href="item?id=${c.id}">${c.ago}</a></span> <span
id="unv_${c.id}"></span><span class="navs"> | ${navs.join(' | ')} <a class="togg clicky" id="${c.id}" n="${kids + 1}"
href="javascript:void(0)">[–]</a><span class="onstory"></span></span></span></div><br><div class="comment"><div class="commtext c00">${hnText(c.paras)}</div>
<div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D${story}%23${c.id}" rel="nofollow">reply</a></u></font></p></div>
</div></td></tr></table></td></tr>`;
};
const html = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?k3Pq9tLxZ2mN"><link rel="icon" href="y18.svg"><link rel="alternate" type="application/rss+xml"
title="RSS" href="rss"><title>${title} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0"
width="85%" bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td
style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid;
display:block"></a></td><td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${nav.map((t) => `<a href="${t === 'past' ? 'front' : t === 'comments' ? 'newcomments' : t === 'new' ? 'newest' : t}">${t}</a>`).join(' | ')}</span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D${story}">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${title}" style="height:10px"></tr><tr><td><table class="fatitem" border="0"><tr class="athing submission" id="${story}">
<td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_${story}"
href="vote?id=${story}&amp;how=up&amp;goto=item%3Fid%3D${story}"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span
class="titleline"><a href="item?id=${story}">${title}</a></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span
class="score" id="score_${story}">214 points</span> by <a href="user?id=quietpager" class="hnuser">quietpager</a> <span class="age"
title="2025-03-11T07:02:40 1741676560"><a href="item?id=${story}">9 hours ago</a></span> <span id="unv_${story}"></span> | <a
href="hide?id=${story}&amp;goto=item%3Fid%3D${story}">hide</a> | <a href="https://hn.algolia.com/?query=on-call%20rotation&amp;type=story">past</a> | <a
href="fave?id=${story}&amp;auth=0">favorite</a> | <a href="item?id=${story}">137&nbsp;comments</a></span></td></tr><tr style="height:2px"></tr><tr><td
colspan="2"></td><td><div class="toptext">${hnText(top)}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment"
method="post"><input type="hidden" name="parent" value="${story}"><input type="hidden" name="goto" value="item?id=${story}"><input type="hidden" name="hmac"
value="5b1e0c9f0d3a"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr>
</table><br><br><table border="0" class="comment-tree">
${cs.map(comment).join('\n')}
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600">
</td></tr></table><br><center><a href="https://www.ycombinator.com/apply/">${apply}</a></center><br><center><span class="yclinks">${foot
  .map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}">${t}</a>`)
  .join(' | ')}</span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off"
spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center><script type="text/javascript"
src="hn.js?k3Pq9tLxZ2mN"></script></body></html>`;
export const hackerNewsItem: TestPage = {
  html,
  name: 'heldout128-hackernews-ask-item',
  kind: 'forum',
  // the item text and every comment are body; user names and ages are bylines; points, the comment count, the item and
  // comment links (hide, past, favorite, root, parent, next, [–], reply), the top bar, the YC line and footer are furniture
  title,
  headings: [],
  body: [...texts(top), ...cs.flatMap((c) => texts(c.paras))],
  bylines: [...new Set(['quietpager', '9 hours ago', ...cs.flatMap((c) => [c.user, c.ago])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...nav, 'login', '214 points', 'hide', 'favorite', '137 comments', 'root', 'parent', 'next', '[–]', 'reply', apply, ...foot, 'Search:',
  ],
};
