import { type TestPage, texts } from './page-kit.js';
import { quoraQuestion } from './pages-heldout81-d2.js';

/**
 * Held-out batch 81, file d: a Hacker News story page with nested comments (the orange top bar with the nav links and
 * "login", the story's title line with its site, the subtext with points, user, age, "hide", "past", "favorite" and the
 * comment count, the comment form, the comment tree as nested tables with indent spacers, vote arrows, "parent / prev / next"
 * navs, "[–]" toggles, comment texts whose first paragraph is a bare text node and the rest unclosed <p>s, "reply" links, the
 * YC banner, the footer links and the search form), and a Quora question page (file d2).
 */
interface HnComment {
  id: number;
  user: string;
  age: string;
  indent: number;
  ps: string[];
}
const hnTitle = 'Our payroll still runs on a single-board computer from 1998';
const hnComments: HnComment[] = [
  {
    id: 43216001,
    user: 'marisol_k',
    age: '6 hours ago',
    indent: 0,
    ps: [
      'The part about the vendor going bust in 2004 and the company buying three spare boards off eBay every year since is the most ' +
        'relatable thing I’ve read this month.',
      'We had a lab instrument at my last job that only talked to a DOS machine over a parallel port. Nobody was allowed to touch that PC. ' +
        'It had a laminated sign on it.',
    ],
  },
  {
    id: 43216140,
    user: 'okonkwo_d',
    age: '6 hours ago',
    indent: 1,
    ps: [
      'The laminated sign is the real load-bearing component in most of these setups.',
      'More seriously, the article undersells how sensible their approach was. They froze the hardware, imaged the card, kept spares and ' +
        'wrote down every quirk. That is better disaster recovery than a lot of cloud setups I’ve seen.',
    ],
  },
  {
    id: 43216377,
    user: 'tjl',
    age: '5 hours ago',
    indent: 2,
    ps: [
      'Author here. Thanks. The write-down-every-quirk part came late, honestly. For the first ten years the documentation was one person, ' +
        'and when she retired we spent a very nervous month reading her old emails.',
    ],
  },
  {
    id: 43216210,
    user: 'fennwright',
    age: '6 hours ago',
    indent: 1,
    ps: [
      'Did they ever consider emulating it? Most of these old boards can be run in QEMU or a purpose-built emulator these days, and you ' +
        'get snapshots for free.',
    ],
  },
  {
    id: 43216455,
    user: 'tjl',
    age: '5 hours ago',
    indent: 2,
    ps: [
      'We tried in 2019. The payroll software reads a timing value from a hardware register to decide the pay period boundaries, and no ' +
        'emulator we found got that right. We would have had to patch the binary, and nobody wanted to be the person who changed how 400 ' +
        'people get paid.',
    ],
  },
  {
    id: 43216802,
    user: 'quietgrep',
    age: '4 hours ago',
    indent: 0,
    ps: [
      'I’m always torn on stories like this. On one hand, it works and it’s cheap. On the other, every year you keep it the eventual ' +
        'migration gets harder, because the people who know the business rules encoded in it keep leaving.',
      'The company in the article got lucky that the rules were simple enough to reverse engineer from the output.',
    ],
  },
  {
    id: 43217090,
    user: 'haldane_r',
    age: '3 hours ago',
    indent: 1,
    ps: [
      'Payroll rules are never simple. There’s always a union agreement from 1987 with a special overtime rule for the night shift on ' +
        'public holidays that fall on a Sunday.',
    ],
  },
  {
    id: 43217311,
    user: 'marisol_k',
    age: '2 hours ago',
    indent: 2,
    ps: ['And a comment in the code that says <i>do not change, ask Brenda</i>, and Brenda left in 2006.'],
  },
];
const hnItem = 'item?id=43215567';
const hnNavs = (c: HnComment, i: number): string => {
  const parts: string[] = [];
  const before = hnComments.slice(0, i).reverse();
  if (c.indent > 0) parts.push(`<a href="#${before.find((p) => p.indent < c.indent)?.id}" class="clicky" aria-hidden="true">parent</a>`);
  const prev = before.find((p) => p.indent <= c.indent);
  if (prev && prev.indent === c.indent) parts.push(`<a href="#${prev.id}" class="clicky" aria-hidden="true">prev</a>`);
  const next = hnComments.slice(i + 1).find((p) => p.indent <= c.indent);
  if (next && next.indent === c.indent) parts.push(`<a href="#${next.id}" class="clicky" aria-hidden="true">next</a>`);
  return parts.join(' | ');
};
const hnComment = (c: HnComment, i: number): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0">  <tr>    <td class="ind"
indent="${c.indent}"><img src="s.gif" height="1" width="${c.indent * 40}"></td><td valign="top" class="votelinks">
<center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=${hnItem}"><div class="votearrow" title="upvote"></div></a></center>    </td><td
class="default">
<div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
<a href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age" title="2025-03-02T14:40:12 1740926412"><a href="item?id=${c.id}">${c.age}</a></span>
<span id="unv_${c.id}"></span>          <span class="navs"> | ${hnNavs(c, i)} <a class="togg clicky" id="${c.id}" n="${9 - i}"
href="javascript:void(0)">[–]</a><span class="onstory"></span></span>
</span></div><br><div class="comment">
<div class="commtext c00">${c.ps[0]}${c.ps
  .slice(1)
  .map((p) => `<p>${p}`)
  .join('')}</div>
<div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=${hnItem}%23${c.id}" rel="nofollow">reply</a></u></font></p></div>
</div></td></tr></table></td></tr>`;
const hnTop = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?kR3sY7Lq2mVt9PzW">
<link rel="icon" href="y18.svg">
<link rel="canonical" href="https://news.ycombinator.com/${hnItem}" /><title>${hnTitle} | Hacker News</title></head><body><center>
<table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px">
<a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnTop.map((t) => `<a href="${t === 'past' ? 'front' : t}">${t}</a>`).join(' | ')}</span></td><td style="text-align:right;padding-right:4px;"><span
class="pagetop">
<a href="login?goto=${hnItem}">login</a>
</span></td>
</tr></table></td></tr>
<tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="43215567">
<td align="right" valign="top" class="title"><span class="rank"></span></td>      <td valign="top" class="votelinks"><center><a id="up_43215567"
href="vote?id=43215567&amp;how=up&amp;goto=${hnItem}"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span class="titleline">
<a href="https://lindqvist.dev/notes/payroll-sbc-1998">${hnTitle}</a><span class="sitebit comhead"> (<a href="from?site=lindqvist.dev"><span
class="sitestr">lindqvist.dev</span></a>)</span></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline">
<span class="score" id="score_43215567">312 points</span> by <a href="user?id=tjl" class="hnuser">tjl</a> <span class="age" title="2025-03-02T14:11:05
1740924665"><a
href="${hnItem}">7 hours ago</a></span> <span id="unv_43215567"></span> | <a href="hide?id=43215567&amp;goto=${hnItem}">hide</a> |
<a href="https://hn.algolia.com/?query=Our%20payroll%20still%20runs&amp;type=story&amp;dateRange=all&amp;sort=byDate&amp;storyText=false&amp;prefix&amp;page=0"
class="hnpast">past</a> | <a href="fave?id=43215567&amp;auth=4f0b7e1c">favorite</a> | <a href="${hnItem}">142&nbsp;comments</a>        </span>
</td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td>
<form action="comment" method="post"><input type="hidden" name="parent" value="43215567"><input type="hidden" name="goto" value="${hnItem}">
<input type="hidden" name="hmac" value="9e2c7a51b0"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea>
<br><br>
<input type="submit" value="add comment"></form>
</td></tr>
</table><br>
<table border="0" class="comment-tree">
${hnComments.map(hnComment).join('\n')}
</table>
<br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><a href="https://www.ycombinator.com/apply/">Applications are open for YC Summer 2025</a></center><br>
<center><span class="yclinks">${hnFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}">${t}</a>`).join(' |\n')}</span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
autocomplete="off"></form></center></td></tr>
</table></center></body><script type="text/javascript" src="hn.js?kR3sY7Lq2mVt9PzW"></script></html>`;
const hackerNews: TestPage = {
  html: hnHtml,
  name: 'heldout81-hackernews-story-comments',
  kind: 'forum',
  // a link story without text: the comments are the body, every paragraph of them (the bare first one and the unclosed <p>s);
  // usernames and ages are bylines ("by" in neither); points, the site, "hide", "past", "favorite", the comment count, navs,
  // toggles, "reply", the top bar, the YC banner and the footer are furniture
  title: hnTitle,
  headings: [],
  body: texts(hnComments.flatMap((c) => c.ps)),
  bylines: [...new Set(hnComments.map((c) => c.user)), ...new Set(['7 hours ago', ...hnComments.map((c) => c.age)])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnTop, 'login', 'lindqvist.dev', '312 points', 'hide', 'favorite', '142 comments', 'parent', 'prev', 'next', '[–]', 'reply',
    'Applications are open for YC Summer 2025', ...hnFoot, 'Search:',
  ],
};

export const HELDOUT81_D: readonly TestPage[] = [hackerNews, quoraQuestion];
