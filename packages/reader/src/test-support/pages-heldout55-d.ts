import { type TestPage, texts } from './page-kit.js';
import { stackOverflowQuestion } from './pages-heldout55-d2.js';

/**
 * Held-out batch 55, file d: an Ask HN item on Hacker News, logged out (the orange top bar with the site links and "login", the
 * fatitem table with the vote arrow, the title line, "N points by NAME AGE | hide | past | favorite | N comments", the question
 * text in `.toptext` with unclosed `<p>` breaks, then the comment tree: one table row per comment, nesting shown only by the
 * width of a spacer image in `td.ind`, each with the comhead (name, age, root/parent/next/prev links, the "[–]" toggle), the
 * `.commtext` with unclosed `<p>`s and a `<pre><code>` block, and the "reply" link; then the footer links and the search form).
 */
const hnTitle = 'Ask HN: How do you keep on-call humane on a five-person team?';
const hnText = [
  "We're a five-person platform team supporting about forty services, and we've been doing a one-week primary rotation with no secondary. Pages " +
    "aren't constant, maybe three or four a week, but two of them usually land between midnight and six, and people are visibly worn out by Friday.",
  "We can't hire right now. What has actually worked for small teams you've been on? I'm interested both in the schedule itself and in whatever " +
    'you did to cut the number of pages in the first place.',
];
interface HnComment {
  id: number;
  ind: number;
  user: string;
  ago: string;
  iso: string;
  paras: string[];
  code?: string;
}
const hnComments: HnComment[] = [
  {
    id: 45921102,
    ind: 0,
    user: 'tlvreyes',
    ago: '5 hours ago',
    iso: '2025-11-14T09:12:40',
    paras: [
      'The single biggest change for us was a rule that any page which fired twice without anyone needing to act got deleted or turned into a ' +
        'ticket the next morning. We went from about fifteen pages a week to three in two months.',
      'Nobody argued about it, because the person on call that week got to decide.',
    ],
  },
  {
    id: 45921377,
    ind: 1,
    user: 'quietbuild',
    ago: '4 hours ago',
    iso: '2025-11-14T10:02:18',
    paras: ['That is a good rule. Did you need sign-off from anyone to delete alerts, or did the team just own them?'],
  },
  {
    id: 45921560,
    ind: 2,
    user: 'tlvreyes',
    ago: '4 hours ago',
    iso: '2025-11-14T10:31:55',
    paras: [
      'The team owned them outright. We kept a short log of what was removed so we could put something back if we missed an incident, and in a ' +
        'year we restored exactly one.',
    ],
  },
  {
    id: 45921208,
    ind: 0,
    user: 'm_okonkwo',
    ago: '5 hours ago',
    iso: '2025-11-14T09:29:07',
    paras: [
      "With five people I'd split the week: Monday to Thursday and Thursday to Monday, handing over at lunchtime so nobody does a handover half " + 'asleep.',
      'And pay for it. Even a modest flat rate per shift changes how people feel about being woken up.',
    ],
  },
  {
    id: 45921644,
    ind: 1,
    user: 'ferrocene',
    ago: '3 hours ago',
    iso: '2025-11-14T11:05:41',
    paras: [
      'Seconding the midday handover. We also give whoever had a night page the next morning off, no questions asked, and it has been used far ' +
        'less than managers feared.',
    ],
  },
  {
    id: 45921930,
    ind: 0,
    user: 'jpb',
    ago: '3 hours ago',
    iso: '2025-11-14T11:48:13',
    paras: [
      'Write down what on-call is not. Ours explicitly excludes feature work, so the person on call spends the week fixing whatever paged them ' +
        "instead of pretending they'll finish a sprint ticket. Our rule of thumb for alerts is short enough to pin in the channel:",
      'Anything that does not fit the first line is a ticket, full stop.',
    ],
    code: '  page   = users are affected now and a human must act within 30 minutes\n  ticket = everything else, reviewed at standup',
  },
  {
    id: 45922415,
    ind: 1,
    user: 'anneliese_k',
    ago: '2 hours ago',
    iso: '2025-11-14T12:40:26',
    paras: [
      'We do the same and call it the interrupt week. Most of our alert clean-up came out of those weeks, because the person on call finally had ' +
        'time to fix the causes instead of just silencing them.',
    ],
  },
];
const item = 45920871;
const navs = (c: HnComment, i: number): string => {
  const parts: string[] = [];
  if (c.ind >= 2) parts.push(`<a href="#45921102" class="clicky" aria-hidden="true">root</a>`);
  if (c.ind >= 1) parts.push(`<a href="#${hnComments[i - 1]!.id}" class="clicky" aria-hidden="true">parent</a>`);
  if (i < hnComments.length - 1) parts.push(`<a href="#${hnComments[i + 1]!.id}" class="clicky" aria-hidden="true">next</a>`);
  if (i > 0 && c.ind === 0) parts.push(`<a href="#${hnComments[i - 1]!.id}" class="clicky" aria-hidden="true">prev</a>`);
  return ` | ${parts.join(' | ')} <a class="togg clicky" id="${c.id}" n="1" href="javascript:void(0)">[–]</a><span class="onstory"></span>`;
};
const hnComment = (
  c: HnComment,
  i: number,
): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.ind}"><img src="s.gif"
 height="1" width="${c.ind * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}"
 href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D${item}"><div
 class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a
 href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age" title="${c.iso} ${Date.parse(`${c.iso}Z`) / 1000}"><a
 href="item?id=${c.id}">${c.ago}</a></span>
 <span id="unv_${c.id}"></span><span class="navs">${navs(c, i)}</span></span></div><br><div class="comment"><div class="commtext c00">${c.paras[0]}${
   c.code ? `<p><pre><code>${c.code}</code></pre>` : ''
 }${c.paras
   .slice(1)
   .map((p) => `<p>${p}`)
   .join('')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D${item}%23${c.id}" rel="nofollow">reply</a></u></font>
</div></div></td></tr></table></td></tr>`;
const hnHref = (n: string): string => ({ past: 'front', comments: 'newcomments', new: 'newest' })[n] ?? n;
const hnNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport"
 content="width=device-width, initial-scale=1.0"><link
 rel="stylesheet" type="text/css" href="news.css?Vmk2pQK7VUIOlUgGTPwd"><link rel="icon" href="y18.svg"><link rel="alternate" type="application/rss+xml"
 title="RSS"
 href="rss"><title>${hnTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%"
 bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a
 href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td><td
 style="line-height:12pt;
 height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnNav
  .map(
    (n) => `<a
 href="${hnHref(n)}"${n === 'submit' ? ' rel="nofollow"' : ''}>${n}</a>`,
  )
  .join(' | ')}
</span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D${item}">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="${item}"><td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top"
 class="votelinks"><center><a
 id="up_${item}" href="vote?id=${item}&amp;how=up&amp;goto=item%3Fid%3D${item}"><div class="votearrow" title="upvote"></div></a></center></td><td
 class="title"><span
 class="titleline"><a href="item?id=${item}">${hnTitle}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_${item}">214 points</span> by <a href="user?id=quietbuild"
 class="hnuser">quietbuild</a> <span class="age" title="2025-11-14T08:31:02 1763109062"><a href="item?id=${item}">6 hours ago</a></span> <span
 id="unv_${item}"></span> |
 <a href="hide?id=${item}&amp;goto=item%3Fid%3D${item}">hide</a> | <a
 href="https://hn.algolia.com/?query=How%20do%20you%20keep%20on-call%20humane&amp;type=story"
 class="hnpast">past</a> | <a href="fave?id=${item}&amp;auth=0">favorite</a> | <a href="item?id=${item}">128&nbsp;comments</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">${hnText[0]}<p>${hnText[1]}</div></td></tr>
<tr style="height:10px"></tr></table><br>
<table border="0" class="comment-tree">
${hnComments.map(hnComment).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${hnFoot.map((f) => `<a href="${f.toLowerCase().replace(/ /g, '-')}.html">${f}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
 autocomplete="off"></form></center></td></tr></table></center><script type="text/javascript" src="hn.js?Vmk2pQK7VUIOlUgGTPwd"></script></body></html>`;
export const askHnItem: TestPage = {
  html: hnHtml,
  name: 'heldout55-ask-hn-item',
  kind: 'forum',
  // the question text and every comment are body (the asker's own reply included); the alert-rule block in jpb's comment is in
  // neither (code); user names and ages are bylines; "214 points" ("by" in neither), hide/past/favorite, "128 comments", the
  // comment navigation links (root, parent, next, prev), the "[–]" toggles, "reply", the top bar, "login", the footer links and
  // "Search:" are furniture; the nav's "ask" (a word of the title) and the "next" links (a body word) are left out
  title: hnTitle,
  headings: [],
  body: texts([...hnText, ...hnComments.flatMap((c) => c.paras)]),
  bylines: ['quietbuild', '6 hours ago', ...new Set(hnComments.flatMap((c) => [c.user, c.ago]))].filter((s, i, a) => a.indexOf(s) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnNav.filter((n) => n !== 'ask'), 'login', '214 points', 'hide', 'favorite', '128 comments', 'root', 'parent', 'prev', '[–]', 'reply',
    ...hnFoot, 'Search:',
  ],
};

export const HELDOUT55_D: readonly TestPage[] = [askHnItem, stackOverflowQuestion];
