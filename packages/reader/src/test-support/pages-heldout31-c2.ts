import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 31, file c2: a Hacker News "Ask HN" item page (the orange top bar with "Hacker News" and the
 * new | past | comments | ask | show | jobs | submit links and "login", the item table with the vote arrow, title, points,
 * submitter, age, hide, past, favorite and comment count, the "toptext", the comment form, the comment tree as nested table
 * rows with indent images, comheads (user, age, root / parent / next links, the [–] toggle), the "reply" links, and the
 * footer with its links and the Algolia search form).
 */
interface HnComment {
  id: number;
  user: string;
  age: string;
  indent: number;
  paras: string[];
}
const hnTitle = 'Ask HN: How do you keep internal docs from going stale in a small team?';
const hnTop = [
  'We are a team of nine engineers, and every year or so someone starts a documentation push. We write a few dozen pages in the ' +
    'wiki, everyone feels good for a month, and then the pages quietly drift out of date until nobody trusts them and we are back ' +
    'to asking in chat.',
  'I am not looking for a tool recommendation so much as habits. If your team has internal documentation that people actually rely ' +
    'on, what keeps it accurate? Who owns it, and how do you notice when a page has gone wrong?',
];
const hnComments: HnComment[] = [
  {
    id: 45288412,
    user: 'tbaldwin',
    age: '6 hours ago',
    indent: 0,
    paras: [
      'The only thing that has ever worked for us is putting the docs in the same repository as the code and reviewing them in the ' +
        'same pull request. If you change how the deploy works, the reviewer asks where the doc change is, the same way they would ' +
        'ask about a missing test.',
      'It does not fix everything. Architecture overviews still rot, because no single change makes them wrong. But the how-to pages ' +
        'stay surprisingly accurate.',
    ],
  },
  {
    id: 45288690,
    user: 'mkdiaz',
    age: '5 hours ago',
    indent: 1,
    paras: [
      'We tried this for runbooks, and it helped, but our product and support people never open the repo. Did you find a way to ' + 'include non-engineers?',
    ],
  },
  {
    id: 45289133,
    user: 'tbaldwin',
    age: '5 hours ago',
    indent: 2,
    paras: [
      'We publish the docs folder to an internal site on every merge, with an edit link at the top of each page that opens the file in ' +
        'the web editor. Two of our support staff now send more doc fixes than most engineers do.',
    ],
  },
  {
    id: 45288577,
    user: 'oxbowlake',
    age: '5 hours ago',
    indent: 0,
    paras: [
      'Put a date and a named owner at the top of every page, and have a bot post in chat when a page has not been reviewed for six ' +
        'months. Reviewing can be as small as the owner reading it and clicking a button, but it forces someone to look.',
      'The important part is that deleting a page counts as a successful review. Half of our stale pages turned out to describe ' +
        'systems we had already switched off.',
    ],
  },
  {
    id: 45289840,
    user: 'jl_sato',
    age: '4 hours ago',
    indent: 1,
    paras: [
      'Seconding deletion. A wiki with forty accurate pages is worth more than one with four hundred pages where you cannot tell ' +
        'which forty are the accurate ones.',
    ],
  },
  {
    id: 45290215,
    user: 'rhodri_p',
    age: '3 hours ago',
    indent: 0,
    paras: [
      'Write less. Most of what teams try to document is better expressed as a script with a good help message, or as a check that ' +
        'fails loudly. Our setup guide used to be twelve pages; it is now one command and a paragraph explaining what it does.',
    ],
  },
  {
    id: 45291977,
    user: 'quietmoth',
    age: '1 hour ago',
    indent: 0,
    paras: [
      'Treat questions in chat as bug reports against the docs. Whoever answers a question that a page should have answered either ' +
        'fixes the page or files a ticket to fix it. After a few months the same questions stop coming up.',
    ],
  },
];
const hnItem = 45288103;
const hnNavs = (c: HnComment, i: number): string => {
  const navs: string[] = [];
  const parent = hnComments.slice(0, i).findLast((p) => p.indent === c.indent - 1);
  const root = hnComments.slice(0, i).findLast((p) => p.indent === 0);
  const next = hnComments.slice(i + 1).find((n) => n.indent <= c.indent);
  if (c.indent > 1 && root) navs.push(`<a href="#${root.id}" class="clicky" aria-hidden="true">root</a>`);
  if (parent) navs.push(`<a href="#${parent.id}" class="clicky" aria-hidden="true">parent</a>`);
  if (next) navs.push(`<a href="#${next.id}" class="clicky" aria-hidden="true">next</a>`);
  return navs.length > 0 ? ` | ${navs.join(' | ')}` : '';
};
const hnComment = (c: HnComment, i: number): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr>
<td class="ind" indent="${c.indent}"><img src="s.gif" height="1" width="${c.indent * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}"
 href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D${hnItem}"><div class="votearrow" title="upvote"></div></a></center></td><td class="default">
<div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age"
 title="2025-09-18T${String(14 - Number(c.age[0])).padStart(2, '0')}:12:44 1758186764"><a href="item?id=${c.id}">${c.age}</a></span> <span
 id="unv_${c.id}"></span><span class="navs">${hnNavs(c, i)} <a class="togg clicky" id="${c.id}" n="${i + 1}" href="javascript:void(0)">[–]</a><span
 class="onstory"></span></span></span></div><br><div class="comment"><div class="commtext c00">${c.paras[0]}${c.paras
   .slice(1)
   .map((p) => `<p>${p}</p>`)
   .join('')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D${hnItem}%23${c.id}"
 rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width,
 initial-scale=1.0"><link rel="stylesheet" type="text/css" href="news.css?Xl1pHcIvAqgeymOqKTJq"><link rel="icon" href="y18.svg">
<link rel="canonical" href="https://news.ycombinator.com/item?id=${hnItem}"><title>${hnTitle} | Hacker News</title></head><body><center>
<table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0"
 cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg"
 width="18" height="18" style="border:1px white solid; display:block"></a></td><td style="line-height:12pt; height:10px;"><span class="pagetop"><b
 class="hnname"><a href="news">Hacker News</a></b><a href="newest">new</a> | <a href="front">past</a> | <a href="newcomments">comments</a> | <a
 href="ask">ask</a> | <a href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit" rel="nofollow">submit</a></span></td><td
 style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D${hnItem}">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${hnTitle.replace(/\?$/, '%3F')}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="${hnItem}"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top"
 class="votelinks"><center><a id="up_${hnItem}" href="vote?id=${hnItem}&amp;how=up&amp;goto=item%3Fid%3D${hnItem}"><div class="votearrow"
 title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a href="item?id=${hnItem}">${hnTitle}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_${hnItem}">187 points</span> by <a href="user?id=mkdiaz"
 class="hnuser">mkdiaz</a> <span class="age" title="2025-09-18T07:41:09 1758181269"><a href="item?id=${hnItem}">9 hours ago</a></span> <span
 id="unv_${hnItem}"></span> | <a href="hide?id=${hnItem}&amp;goto=item%3Fid%3D${hnItem}">hide</a> | <a href="https://hn.algolia.com/?query=internal%20docs"
 class="hnpast">past</a> | <a href="fave?id=${hnItem}&amp;auth=9c2e0f">favorite</a> | <a href="item?id=${hnItem}">142&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${hnTop[0]}<p>${hnTop[1]}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td>
<form action="comment" method="post"><input type="hidden" name="parent" value="${hnItem}"><input type="hidden" name="goto" value="item?id=${hnItem}">
<input type="hidden" name="hmac" value="a3f09c41d2"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit"
 value="add comment"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">
${hnComments.map(hnComment).join('\n')}
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600">
</td></tr></table><br><center><span class="yclinks">${hnFoot.map((f) => `<a href="${f.toLowerCase().replace(/ /g, '')}.html">${f}</a>`).join(' | ')}
</span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"
 autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center><script type="text/javascript" src="hn.js?Xl1pHcIvAqgeymOqKTJq">
</script></body></html>`;
export const askHn: TestPage = {
  html: hnHtml,
  name: 'heldout31-hacker-news-ask-hn',
  kind: 'forum',
  // the title keeps its "Ask HN:" (it is part of the submission's title); the toptext and every comment at every indent are
  // body, the submitter's own reply too; usernames and ages ("9 hours ago", "6 hours ago"...) are bylines ("by" in neither);
  // "187 points", "142 comments", the top bar, the item links (hide, past, favorite), the comheads' root / parent / next links
  // and "[–]", "reply", the footer links and "Search:" are furniture; the top bar's "ask" is a word of the title ("Ask HN"):
  // left out; its other short words ("new", "past", "comments", "show"...) are words of no post: kept, once each
  title: hnTitle,
  headings: [],
  body: texts([...hnTop, ...hnComments.flatMap((c) => c.paras)]),
  bylines: [...new Set(['mkdiaz', '9 hours ago', ...hnComments.flatMap((c) => [c.user, c.age])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', 'new', 'past', 'comments', 'show', 'jobs', 'submit', 'login', '187 points', 'hide', 'favorite', '142 comments', 'root',
    'parent', 'next', '[–]', 'reply', ...hnFoot, 'Search:',
  ],
};
