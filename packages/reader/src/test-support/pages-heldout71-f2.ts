import type { TestPage } from './page-kit.js';
import { plain } from './page-kit.js';

/**
 * Held-out batch 71, file f2: a Hacker News item page for an "Ask HN" text post (the orange top bar with "Hacker News",
 * "new | past | comments | ask | show | jobs | submit" and "login", the title line with its vote arrow, the subtext with
 * points, user, age, "hide", "past", "favorite" and the comment count, the post text whose first paragraph has no <p>,
 * the "add comment" form, the comment tree as nested tables with indent widths, each comment head with user, age and
 * "parent | next | prev | root" navs and the "[–]" toggle, "reply" links, and the footer links with the search box).
 */
interface HnComment {
  id: number;
  ind: number;
  user: string;
  age: string;
  paras: string[];
  navs: string[];
}
const hnTitle = 'Ask HN: How do you keep side-project hosting costs predictable?';
const hnText = [
  'I run three small side projects: a recipe scaler, a bus-times widget for my town and a newsletter archive. Together they make ' +
    'about $40 a month and cost anywhere from $15 to $90, depending on traffic spikes I never see coming.',
  'The worst month was when the bus widget got linked from a local forum and a serverless function bill went up tenfold in ' +
    'two days. Nothing broke, which was almost the problem: nothing told me to stop.',
  'What do people here do to keep costs boring? Fixed-price VPS, hard spending caps, something else?',
];
const hnComments: HnComment[] = [
  {
    id: 43211002,
    ind: 0,
    user: 'quietcartographer',
    age: '5 hours ago',
    navs: ['next'],
    paras: [
      'A single fixed-price VPS for everything. It’s not elegant, but the worst case is that the site gets slow, not that I get a ' +
        'surprise bill. For hobby projects I’d rather be slow than broke.',
      'I put Caddy in front, run each project in its own container, and have a cron job that emails me if the disk goes over 80%.',
    ],
  },
  {
    id: 43211240,
    ind: 1,
    user: 'mbelgrave',
    age: '4 hours ago',
    navs: ['parent', 'next'],
    paras: [
      'Same here. People underestimate how much traffic a modest box can take when most of the pages can be cached. My $6 ' +
        'instance survived a front-page day without noticing.',
    ],
  },
  {
    id: 43211877,
    ind: 2,
    user: 'theodora_v',
    age: '4 hours ago',
    navs: ['root', 'parent', 'next'],
    paras: [
      'The catch is that a fixed box doesn’t help if the expensive part is egress. Check whether your provider bills bandwidth ' +
        'separately. Some of the cheap plans have a small included allowance and a steep rate after it.',
    ],
  },
  {
    id: 43211361,
    ind: 0,
    user: 'oskarlind',
    age: '4 hours ago',
    navs: ['prev', 'next'],
    paras: [
      'Budgets with alerts are not enough, because they fire after the money is spent. What actually worked for me was setting a ' +
        'concurrency limit on every function. Ten concurrent executions is plenty for a side project, and it puts a ceiling on cost.',
    ],
  },
  {
    id: 43212093,
    ind: 1,
    user: 'pennyfarthing',
    age: '3 hours ago',
    navs: ['parent', 'next'],
    paras: [
      'This. I also set the function timeout far lower than the default. A runaway loop for 15 minutes per request is how I once ' +
        'paid more for a weekend than for the previous year.',
    ],
  },
  {
    id: 43212560,
    ind: 0,
    user: 'agathe_r',
    age: '2 hours ago',
    navs: ['prev'],
    paras: [
      'For a bus-times widget specifically: generate a static JSON file every minute and serve it from a CDN. Then your cost ' +
        'doesn’t depend on traffic at all, only on how often you rebuild it.',
      'The forum link would have cost you nothing extra.',
    ],
  },
];
const hnTop = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const vote = (id: number): string => `<td valign="top" class="votelinks"><center><a id="up_${id}" href="vote?id=${id}&amp;how=up&amp;goto=item%3Fid%3D43210987">
<div class="votearrow" title="upvote"></div></a></center></td>`;
const hnRow = (c: HnComment): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.ind}">
<img src="s.gif" height="1" width="${c.ind * 40}"></td>${vote(c.id)}<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
<a href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age" title="2025-03-04T16:20:44 1741105244"><a href="item?id=${c.id}">${c.age}</a></span>
<span id="unv_${c.id}"></span><span class="navs"> | ${c.navs.map((n) => `<a href="#${c.id + 1}" class="clicky" aria-hidden="true">${n}</a>`).join(' | ')}
<a class="togg clicky" id="${c.id}" n="${6 - c.ind * 2}" href="javascript:void(0)">[–]</a><span class="onstory"></span></span></span></div><br>
<div class="comment"><div class="commtext c00">${c.paras[0]}${c.paras
  .slice(1)
  .map((p) => `<p>${p}`)
  .join('')}</div>
<div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D43210987%23${c.id}" rel="nofollow">reply</a></u></font>
</div></div></td></tr></table></td></tr>`;
const hnHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?Jq7Bz0Yk1Nf2"><link rel="icon" href="y18.svg"><link rel="alternate" type="application/rss+xml" title="RSS"
href="rss"><title>${hnTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%"
bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px">
<a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnTop.map((t) => `<a href="${t}">${t}</a>`).join(' | ')}</span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop">
<a href="login?goto=item%3Fid%3D43210987">login</a>
</span></td></tr></table></td></tr>
<tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class="athing submission" id="43210987"><td align="right" valign="top" class="title"><span class="rank"></span></td>${vote(43210987)}
<td class="title"><span class="titleline"><a href="item?id=43210987">${hnTitle}</a></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_43210987">214 points</span> by <a href="user?id=lanternfish"
class="hnuser">lanternfish</a> <span class="age" title="2025-03-04T15:02:11 1741100531"><a href="item?id=43210987">6 hours ago</a></span>
<span id="unv_43210987"></span> | <a href="hide?id=43210987&amp;goto=item%3Fid%3D43210987">hide</a> | <a
href="https://hn.algolia.com/?query=side-project%20hosting"
class="hnpast">past</a> | <a href="fave?id=43210987&amp;auth=9c1e0f">favorite</a> | <a href="item?id=43210987">118&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${hnText[0]}${hnText
  .slice(1)
  .map((p) => `<p>${p}`)
  .join('')}</div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="43210987">
<input type="hidden" name="goto" value="item?id=43210987"><input type="hidden" name="hmac" value="4f0c2b9e1d"><textarea name="text" rows="8" cols="80"
wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table>
<br><br><table border="0" class="comment-tree">
${hnComments.map(hnRow).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${hnFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
autocomplete="off"></form></center></td></tr></table></center></body><script type="text/javascript" src="hn.js?Jq7Bz0Yk1Nf2"></script></html>`;

export const hnItem: TestPage = {
  html: hnHtml,
  name: 'heldout71-hackernews-ask-forum',
  kind: 'forum',
  // thread convention: the post text and every comment paragraph are body; the poster's and commenters' handles and the
  // ages are bylines ("by" in neither); points, the comment count, "hide", "past", "favorite", the navs, "[–]", "reply",
  // the top bar and the footer are furniture; the top bar's "past" and "comments" are listed once
  title: hnTitle,
  headings: [],
  body: [...hnText.map(plain), ...hnComments.flatMap((c) => c.paras.map(plain))],
  bylines: [...new Set(['lanternfish', '6 hours ago', ...hnComments.flatMap((c) => [c.user, c.age])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnTop, 'login', '214 points', 'hide', 'favorite', '118 comments', 'parent', 'next', 'prev', 'root', '[–]',
    'reply', ...hnFoot, 'Search:',
  ],
};
