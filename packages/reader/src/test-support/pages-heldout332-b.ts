import { links, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout332-b2.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file b: a Hacker News "Show HN" thread (the table layout with the orange top bar, the story's subline
 * with points, user, age, hide / past / favorite and the comment count, the submitter's text, the add-comment form, nested
 * comments with their comhead links and reply links, and the footer) and, from file b2, a startup's launch post on Ghost.
 */
const hTitle = 'Show HN: Tallyho – open-source usage-based billing you can run next to Postgres';
const hTop = [
  j(
    'Hi HN, I’m one of the two people behind Tallyho. It’s a small service that sits beside your Postgres database, reads usage',
    'events from a table you already write to, and turns them into invoices with tiered and volume pricing.',
  ),
  j(
    'We built it after our last startup spent three engineer-months wiring a hosted billing provider into a metering pipeline, and then',
    'another month reconciling the two when they disagreed. Tallyho keeps the meter and the ledger in the same database, so there is',
    'nothing to reconcile.',
  ),
  j(
    'It is Apache 2.0 licensed and written in Go. There’s a hosted version for people who don’t want to run it, which is how we',
    'plan to make money. Happy to answer anything, and I’d especially like to hear where the pricing model falls short.',
  ),
];
type C = { user: string; age: string; indent: number; paras: string[] };
const hComments: C[] = [
  {
    user: 'mtorvald_k',
    age: '2 hours ago',
    indent: 0,
    paras: [
      j(
        'How do you handle late-arriving events? In my experience the hard part of usage billing is not the pricing math, it’s the',
        'event that turns up three days after the invoice was finalised.',
      ),
    ],
  },
  {
    user: 'pgannet',
    age: '2 hours ago',
    indent: 1,
    paras: [
      j(
        'Author here. Invoices have a grace window you configure per plan, 48 hours by default. Events that arrive after that go onto',
        'the following invoice as a dated adjustment line, so the customer sees exactly what happened.',
      ),
      'We debated reopening finalised invoices and decided it causes more support tickets than it saves.',
    ],
  },
  {
    user: 'hollis_w',
    age: '1 hour ago',
    indent: 0,
    paras: [
      j('Running it in the same database as the app is a bold choice. What happens to write load when a big customer sends a few', 'million events an hour?'),
    ],
  },
  {
    user: 'pgannet',
    age: '58 minutes ago',
    indent: 1,
    paras: [
      j(
        'Tallyho never writes to your events table, it only reads it with a cursor, and aggregates go into its own schema. Our largest',
        'beta user does about 40 million events a day on a modest instance. Past that you would want a read replica, and the docs',
        'explain how to point it at one.',
      ),
    ],
  },
  {
    user: 'rnaidoo',
    age: '41 minutes ago',
    indent: 0,
    paras: [
      j(
        'I like that the hosted version is the business model and the core stays open. Too many billing tools have gone closed after',
        'a funding round. Any plans for a licence change guarantee, like a foundation or a pledge?',
      ),
    ],
  },
  {
    user: 'sable_ops',
    age: '12 minutes ago',
    indent: 0,
    paras: [
      j(
        'Tried the Docker quickstart on my laptop and had a sample invoice in about ten minutes. One note: the tier editor silently',
        'rounds fractional units, which surprised me. A warning would help.',
      ),
    ],
  },
];
const hNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const row = (c: C, i: number): string => `<tr class="athing comtr" id="4300${i}"><td><table border="0"><tr>
<td class="ind" indent="${c.indent}"><img src="s.gif" height="1" width="${c.indent * 40}"></td>
<td valign="top" class="votelinks"><center><a id="up_4300${i}" href="vote?id=4300${i}&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}" class="hnuser">${c.user}</a>
<span class="age" title="2026-03-11T15:2${i}:00"><a href="item?id=4300${i}">${c.age.trim()}</a></span> <span id="unv_4300${i}"></span>
<span class="navs"> | <a href="#4300${i + 1}" class="clicky">next</a> <a class="togg clicky" id="4300${i}" n="1" href="javascript:void(0)">[–]</a></span>
</span></div><br><div class="comment"><div class="commtext c00">${c.paras[0] ?? ''}${c.paras
  .slice(1)
  .map((p) => `<p>${p}`)
  .join('')}</div>
<div class="reply">
<p><font size="1"><u><a href="reply?id=4300${i}&amp;goto=item%3Fid%3D43000">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
const hHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?k1DPHcDBmo7eITn6"><link rel="icon" href="y18.svg">
<title>${hTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr>
<td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hNav.map((n) => `<a href="${n}">${n}</a>`).join(' | ')}</span></td>
<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D43000">login</a></span></td></tr></table></td></tr>
<tr id="bigbox"><td><table class="fatitem" border="0"><tr class="athing submission" id="43000"><td align="right" valign="top" class="title">
<span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_43000" href="vote?id=43000&amp;how=up">
<div class="votearrow" title="upvote"></div></a></center></td>
<td class="title"><span class="titleline"><a href="https://github.com/tallyho-dev/tallyho">${hTitle}</a>
<span class="sitebit comhead"> (<a href="from?site=github.com/tallyho-dev"><span class="sitestr">github.com/tallyho-dev</span></a>)</span></span></td></tr>
<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_43000">148 points</span> by
<a href="user?id=pgannet" class="hnuser">pgannet</a> <span class="age" title="2026-03-11T13:04:41"><a href="item?id=43000">3 hours ago</a></span>
<span id="unv_43000"></span> | <a href="hide?id=43000&amp;goto=item%3Fid%3D43000">hide</a> | <a href="https://hn.algolia.com/?query=Tallyho">past</a> |
<a href="fave?id=43000&amp;auth=0">favorite</a> | <a href="item?id=43000">61&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${hTop[0]}${hTop
  .slice(1)
  .map((p) => `<p>${p}`)
  .join('')}</div></td></tr>
<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="43000">
<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br>
<table border="0" class="comment-tree">${hComments.map(row).join('\n')}</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${hFoot.map((f) => `<a href="${f.toLowerCase().replace(/ /g, '')}.html">${f}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false"></form></center></td></tr>
</table></center><script type="text/javascript" src="hn.js?k1DPHcDBmo7eITn6"></script></body></html>`;
const hackerNews: TestPage = {
  name: 'heldout332-hackernews-show-hn',
  kind: 'forum',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([...hTop, ...hComments.flatMap((c) => c.paras)]),
  bylines: [
    'pgannet',
    '3 hours ago',
    'mtorvald_k',
    '2 hours ago',
    'hollis_w',
    '1 hour ago',
    '58 minutes ago',
    'rnaidoo',
    '41 minutes ago',
    'sable_ops',
    '12 minutes ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hNav, 'login', 'github.com/tallyho-dev', '148 points', 'hide', 'favorite', '61 comments', 'next', 'reply', ...hFoot, 'Search:',
  ],
};

export const HELDOUT332_B: readonly TestPage[] = [hackerNews, ghost];
