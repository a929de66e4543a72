import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 91, file f2: a Hacker News "Ask HN" item page with nested comments (the orange top bar with the nav links
 * and "login", the submission row with the vote arrow, the subtext with points, user, age, hide / past / favorite and the
 * comment count, the text of the post, the "add comment" form, the comment tree with indentation cells, comhead links
 * (parent, next, prev, root, the [–] toggle), "reply" links and the footer links and search box).
 */
const hnTitle = 'Ask HN: How do you keep a small on-call rotation sane?';
const hnTop = [
  'We are four backend engineers supporting a B2B product with customers in three time zones. Right now each of us is on call for a full ' +
    'week, once a month, and the weeks are miserable: two or three pages a night, most of them for things that fix themselves.',
  'We have tried raising thresholds, but then we missed a real outage in March. Hiring is not an option this year.',
  'How do other small teams handle this? Shorter shifts, follow-the-sun with contractors, paying extra, something else?',
];
type HnComment = { id: number; user: string; age: string; indent: number; paras: string[] };
const hnComments: HnComment[] = [
  {
    id: 41234890,
    user: 'tarnby',
    age: '6 hours ago',
    indent: 0,
    paras: [
      'The first thing is to stop treating every alert as a page. We split ours into two tiers: pages wake you up, everything else goes to a ' +
        'channel that someone reads during working hours. After a month, anything in the page tier that was not actionable got demoted.',
      'Our pages went from about fifteen a week to two. Nobody missed a real incident that we know of.',
    ],
  },
  {
    id: 41235011,
    user: 'quillon',
    age: '6 hours ago',
    indent: 1,
    paras: ['How did you decide what counts as actionable? Our problem is that half the alerts are “probably nothing, but once it was the database”.'],
  },
  {
    id: 41235190,
    user: 'tarnby',
    age: '5 hours ago',
    indent: 2,
    paras: [
      'We asked one question after every page: did the person who was woken up have to do anything? If the answer was no three times in a ' +
        'row, the alert was either demoted or rewritten to fire on the thing that actually mattered. For the database one, we alerted on ' +
        'failed queries instead of on replication lag.',
    ],
  },
  {
    id: 41234977,
    user: 'hollis_m',
    age: '6 hours ago',
    indent: 0,
    paras: [
      'Week-long shifts are too long for a team of four. We do Monday to Thursday and Thursday to Monday, so nobody is on call for more than ' +
        'four nights in a row, and the handover happens on a weekday when everyone is around.',
      'We also give the person who was paged overnight the next morning off, no questions asked. It costs less than you would think and it ' +
        'changed how people felt about the rotation more than anything else we did.',
    ],
  },
  {
    id: 41235342,
    user: 'petra_okk',
    age: '4 hours ago',
    indent: 1,
    paras: [
      'Seconding the morning off. It also creates a nice incentive for managers to care about noisy alerts, because every false page costs ' +
        'them half a day of someone’s time.',
    ],
  },
  {
    id: 41236018,
    user: 'dvornik',
    age: '2 hours ago',
    indent: 0,
    paras: [
      'Write down what the on-call person is allowed to ignore. Ours says: if a customer in a time zone where it is night reports something, ' +
        'it can wait until morning unless they cannot log in at all. Having that written down made people much less anxious about going to ' +
        'sleep with the pager.',
    ],
  },
];
const hnNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnCommentHtml = (c: HnComment, i: number): string => {
  const sibling = (list: readonly HnComment[]): HnComment | undefined => {
    for (const x of list) {
      if (x.indent < c.indent) return undefined;
      if (x.indent === c.indent) return x;
    }
    return undefined;
  };
  const next = sibling(hnComments.slice(i + 1));
  const prev = sibling(hnComments.slice(0, i).reverse());
  const navs = [
    c.indent > 0 ? `<a href="#41234890" class="clicky" aria-hidden="true">root</a>` : '',
    c.indent > 0 ? `<a href="#${hnComments[i - 1]!.id}" class="clicky" aria-hidden="true">parent</a>` : '',
    next ? `<a href="#${next.id}" class="clicky" aria-hidden="true">next</a>` : '',
    prev ? `<a href="#${prev.id}" class="clicky" aria-hidden="true">prev</a>` : '',
  ].filter((x) => x !== '');
  const [first, ...rest] = c.paras;
  return `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.indent}"><img src="s.gif" height="1" width="${
    c.indent * 40
  }">
</td><td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D41234567"><div class="votearrow"
title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}"
class="hnuser">${c.user}</a> <span class="age" title="2025-10-12T14:40:02 1760280002"><a href="item?id=${c.id}">${c.age}</a></span> <span id="unv_${c.id}">
</span><span
class="navs"> | ${navs.join(' | ')} <a class="togg clicky" id="${c.id}" n="${6 - i}" href="javascript:void(0)">[–]</a><span class="onstory"></span></span>
</span></div>
<br><div class="comment"><div class="commtext c00">${first}${rest.map((p) => `<p>${p}</p>`).join('')}</div><div class="reply"><p><font size="1"><u><a
href="reply?id=${c.id}&amp;goto=item%3Fid%3D41234567%23${c.id}" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
};
const hnHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?J6d5Er8hXl9r3kGd1y0x"><link rel="icon" href="y18.svg"><link rel="alternate" type="application/rss+xml"
title="RSS" href="rss"><title>${hnTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%"
bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td
style="width:18px;padding-right:4px">
<a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td><td
style="line-height:12pt;
height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>${hnNav
  .map((t) => `<a href="${t === 'past' ? 'front' : t === 'comments' ? 'newcomments' : t}"${t === 'submit' ? ' rel="nofollow"' : ''}>${t}</a>`)
  .join(
    ' | ',
  )}</span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D41234567">login</a></span></td></tr>
</table></td></tr><tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0"><tr class="athing submission"
id="41234567">
<td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_41234567"
href="vote?id=41234567&amp;how=up&amp;goto=item%3Fid%3D41234567"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span
class="titleline"><a href="item?id=41234567">${hnTitle}</a></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span
class="score"
id="score_41234567">214 points</span> by <a href="user?id=quillon" class="hnuser">quillon</a> <span class="age" title="2025-10-12T14:03:11 1760277791"><a
href="item?id=41234567">7 hours ago</a></span> <span id="unv_41234567"></span> | <a href="hide?id=41234567&amp;goto=item%3Fid%3D41234567">hide</a> | <a
href="https://hn.algolia.com/?query=small%20on-call%20rotation%20sane&amp;type=story&amp;dateRange=all&amp;sort=byDate"
class="hnpast">past</a> | <a href="fave?id=41234567&amp;auth=7c1f0a">favorite</a> | <a href="item?id=41234567">96&nbsp;comments</a></span></td></tr><tr><td
colspan="2">
</td><td><div class="toptext">${hnTop[0]}${hnTop
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('')}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent"
value="41234567"><input type="hidden" name="goto" value="item?id=41234567"><input type="hidden" name="hmac" value="5d2c1b0e9f"><textarea name="text" rows="8"
cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br><table border="0" class="comment-tree">
${hnComments.map(hnCommentHtml).join('\n')}
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td>
</tr>
</table><br><center><span class="yclinks">${hnFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</span><br><br><form
method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
autocomplete="off">
</form></center></td></tr></table></center><script type="text/javascript" src="hn.js?J6d5Er8hXl9r3kGd1y0x"></script></body></html>`;
export const hackerNewsPage: TestPage = {
  html: hnHtml,
  name: 'heldout91-hackernews-item-forum',
  kind: 'forum',
  // the post text and every comment are body, one entry per paragraph; user names and ages are bylines; points, the
  // subtext links, the comment count, comhead navigation, "reply" and the site chrome are furniture ("add comment" is the
  // form button's value, not text)
  title: hnTitle,
  headings: [],
  body: texts([...hnTop, ...hnComments.flatMap((c) => c.paras)]),
  bylines: [...new Set(['quillon', '7 hours ago', ...hnComments.flatMap((c) => [c.user, c.age])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Hacker News', ...hnNav, 'login', '214 points', 'by', 'hide', 'favorite', '96 comments', 'root', 'parent', 'next', 'prev', '[–]', 'reply',
    ...hnFoot, 'Search:'],
};
