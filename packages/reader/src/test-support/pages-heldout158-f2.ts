import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 158, file f2: a Hacker News "Show HN" item page (the orange top bar with the site name, "new | past |
 * comments | ask | show | jobs | submit" and "login", the story row with rank arrow, title and site, the subtext with points,
 * submitter, age, "hide", "past", "favorite" and the comment count, the submitter's text, the "add comment" form, the
 * nested comment table with indents, "reply" links and "[–]" togglers, and the footer with its links and search box).
 */
const hnTitle = 'Show HN: Tallyho – a plain-text time tracker that lives in your Git repo';
const hnText = [
  'Hi HN, I built Tallyho because every time tracker I tried wanted an account, a browser tab and a subscription, and all I wanted ' +
    'was to know how long I spent on each client project. Tallyho stores entries as plain lines in a file called .tally in the ' +
    'repository, one line per session, so history, branching and merging come for free from Git.',
  'The CLI is a single static binary. "tally start" and "tally stop" write the lines, "tally report" sums them by week, tag or ' +
    'author, and there is a small TUI for editing. It is open source under the MIT licence.',
  'I would love feedback on the file format in particular, since that is the part that is hard to change later.',
];
const hnComments: [string, string, number, string[]][] = [
  [
    'quietgrid',
    '3 hours ago',
    0,
    [
      'I like that the data is just text. One question: what happens when two people on the same branch track time and both append ' +
        'to the file? Do you get merge conflicts on every pull?',
    ],
  ],
  [
    'mleroux',
    '3 hours ago',
    1,
    [
      'Author here. Entries are appended with a random suffix in the line and the file has a custom merge driver that the CLI ' +
        'installs, which simply keeps both sides. In three months of use in a team of five we have not had a conflict.',
    ],
  ],
  ['quietgrid', '2 hours ago', 2, ['Nice, a union merge is exactly the right call for an append-only log.']],
  [
    'bramblecode',
    '2 hours ago',
    0,
    [
      "Putting billable hours in the client's repository feels risky to me. If the repo is ever shared with the client, they can see " +
        'every session, including the ones you decided not to bill.',
    ],
  ],
  [
    'mleroux',
    '2 hours ago',
    1,
    [
      'Fair concern. You can point Tallyho at a separate repository with a config option, which is what I do for client work. I ' +
        'should make that more prominent in the README.',
    ],
  ],
  [
    'ottoline',
    '1 hour ago',
    0,
    [
      'The format looks sensible. I would suggest ISO 8601 timestamps with an explicit offset instead of local time, otherwise ' +
        'anyone who travels or works across time zones ends up with sessions that overlap or have negative durations.',
    ],
  ],
  [
    'yfarrell',
    '47 minutes ago',
    0,
    [
      'Been using something similar built on a shell script for years. Happy to switch to a real tool. Does the report support ' +
        'rounding to 15 minutes? Most of my clients want it that way.',
    ],
  ],
];
const hnNav = ['Hacker News', 'new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit', 'login'];
const hnSub = ['184 points', 'mleroux', '4 hours ago', 'hide', 'past', 'favorite', '62 comments', 'github.com/mleroux'];
const hnFoot = [
  'Guidelines',
  'FAQ',
  'Lists',
  'API',
  'Security',
  'Legal',
  'Apply to YC',
  'Contact',
  'Search:',
  'Join us for AI Startup School this June 16-17 in San Francisco!',
];
const row = (
  [user, age, depth, ps]: [string, string, number, string[]],
  i: number,
): string => `<tr class="athing comtr" id="4211${i}"><td><table border="0"><tr>
<td class="ind" indent="${depth}"><img src="s.gif" height="1" width="${depth * 40}"></td><td valign="top" class="votelinks"><center>
<a id="up_4211${i}" href="vote?id=4211${i}&amp;how=up">
<div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
<a href="user?id=${user}" class="hnuser">${user}</a> <span class="age" title="2025-11-12T09:14:03"><a href="item?id=4211${i}">${age}</a>
</span> <span id="unv_4211${i}"></span>
<span class="navs"> | <a href="#4211${i + 1}" class="clicky" aria-hidden="true">next</a>
</span> <a class="togg clicky" id="4211${i}" n="1" href="javascript:void(0)">[–]</a>
<span class="onstory"></span></span></div><br><div class="comment"><div class="commtext c00">${ps.join('<p>')}</div><div class="reply"><p><font size="1">
<u><a href="reply?id=4211${i}&amp;goto=item%3Fid%3D42110" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>`;
const hnHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?Hm5xFzZ3c5ZfGHuIYQt2"><link rel="icon" href="y18.svg">
<link rel="canonical" href="https://news.ycombinator.com/item?id=42110">
<title>${hnTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px">
<a href="https://news.ycombinator.com">
<img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td><td style="line-height:12pt; height:10px;">
<span class="pagetop"><b class="hnname">
<a href="news">${hnNav[0]}</a></b> ${hnNav
  .slice(1, 8)
  .map((n) => `<a href="${n}">${n}</a>`)
  .join(' | ')}</span></td><td style="text-align:right;padding-right:4px;">
<span class="pagetop"><a href="login?goto=item%3Fid%3D42110">${hnNav[8]}</a></span></td></tr></table></td></tr>
<tr id="bigbox"><td><table class="fatitem" border="0"><tr class="athing submission" id="42110"><td align="right" valign="top" class="title">
<span class="rank"></span></td>
<td valign="top" class="votelinks"><center><a id="up_42110" href="vote?id=42110&amp;how=up"><div class="votearrow" title="upvote"></div></a></center></td>
<td class="title">
<span class="titleline"><a href="https://github.com/mleroux/tallyho">${hnTitle}</a><span class="sitebit comhead"> (<a href="from?site=github.com/mleroux">
<span class="sitestr">
${hnSub[7]}</span></a>)</span></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline">
<span class="score" id="score_42110">${hnSub[0]}</span> by
<a href="user?id=mleroux" class="hnuser">${hnSub[1]}</a> <span class="age" title="2025-11-12T07:40:11"><a href="item?id=42110">${hnSub[2]}</a>
</span> <span id="unv_42110"></span> |
<a href="hide?id=42110&amp;goto=item%3Fid%3D42110">${hnSub[3]}</a> | <a href="https://hn.algolia.com/?query=Tallyho">${hnSub[4]}</a> |
<a href="fave?id=42110&amp;auth=0">${hnSub[5]}</a> | <a href="item?id=42110">${hnSub[6]?.replace(' ', '&nbsp;')}</a></span></td></tr>
<tr style="height:2px"></tr><tr><td colspan="2"></td><td><div class="toptext">${hnText.join('<p>')}</div></td></tr><tr style="height:10px"></tr>
<tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="42110">
<input type="hidden" name="goto" value="item?id=42110">
<textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">${hnComments.map(row).join('\n')}</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks"><a href="https://events.ycombinator.com/ai-sus">${hnFoot[9]}</a></span></center><br><center><span class="yclinks">
${hnFoot
  .slice(0, 8)
  .map((f) => `<a href="${f.toLowerCase().replace(/ /g, '')}.html">${f}</a>`)
  .join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.com/">${hnFoot[8]} <input type="text" name="q" size="17"
autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="off"></form>
</center></td></tr></table></center><script type="text/javascript" src="hn.js?Hm5xFzZ3c5ZfGHuIYQt2"></script></body></html>`;
export const showHn: TestPage = {
  html: hnHtml,
  name: 'heldout158-hackernews-show-hn',
  kind: 'forum',
  // the submitter's text and every comment are body (HN separates paragraphs with a bare <p>); the title links off-site and is
  // the page title; names and ages are bylines; points, the site, "hide", "past", "favorite", the comment count, "reply",
  // "next", "[–]", the form button and the footer are furniture.
  title: hnTitle,
  headings: [],
  body: [...hnText, ...hnComments.flatMap((c) => c[3])],
  bylines: ['mleroux', '4 hours ago', ...hnComments.flatMap((c) => [c[0], c[1]])].filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...hnNav, ...hnSub.filter((s) => s !== 'mleroux' && s !== '4 hours ago'),
    'reply', 'next', '[–]', ...hnFoot].filter((t, i, a) => a.indexOf(t) === i),
};
