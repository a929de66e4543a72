import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 152, file f2: a Hacker News "Ask HN" item page as a logged-out visitor saves it (the table layout: the
 * orange bar with "Hacker News" and new / past / comments / ask / show / jobs / submit and "login", the fatitem with the
 * upvote arrow, the title line (no h1), the subline with points, user, age, hide / past / favorite and the comment count,
 * the toptext with unclosed <p> paragraphs, the comment box, the comment tree with indent images, comheads with user, age,
 * parent / next / prev links and the "[–]" toggle, a "[deleted]" comment keeping its reply, commtext with unclosed <p>,
 * "reply" links, and the footer links with the search box).
 */
const hnTitle = 'Ask HN: How do you keep on-call from burning out a five-person team?';
const hnTop = [
  'We are five engineers running a B2B product with customers in three time zones. On-call is a weekly rotation, so everyone is on ' +
    'call one week in five, and lately a bad week means three or four nights of broken sleep.',
  'Two people have said, kindly, that they will not do another year of this. Hiring more people is not an option before next summer.',
  'What has actually worked for small teams? I am more interested in what you changed than in which paging tool you use.',
];
interface HnComment {
  id: string;
  user: string;
  ago: string;
  indent: number;
  deleted?: boolean | undefined;
  paras: readonly string[];
}
const hnComments: readonly HnComment[] = [
  {
    id: '45512840',
    user: 'mkessler',
    ago: '8 hours ago',
    indent: 0,
    paras: [
      'The thing that helped us most was making on-call boring. Every page that fired outside working hours got a ticket the next morning, ' +
        'and the rule was that the same alert was not allowed to wake anyone twice for the same reason.',
      'In about three months our night pages went from around fifteen a week to two or three. Nobody changed the rota; we just stopped ' + 'tolerating noise.',
    ],
  },
  {
    id: '45513102',
    user: 'pdx_oncall',
    ago: '7 hours ago',
    indent: 1,
    paras: ['Who owned fixing those tickets? That is where it falls apart for us. Everyone agrees the alert is bad and then it is nobody’s job.'],
  },
  {
    id: '45513377',
    user: 'mkessler',
    ago: '7 hours ago',
    indent: 2,
    paras: [
      'Whoever was on call that week, with the time protected. The on-call week had no feature work in it at all. It sounds expensive, ' +
        'but it was a lot cheaper than losing two engineers a year.',
    ],
  },
  { id: '45512911', user: '[deleted]', ago: '8 hours ago', indent: 0, deleted: true, paras: [] },
  {
    id: '45513560',
    user: 'tarnbeck',
    ago: '6 hours ago',
    indent: 1,
    paras: [
      'Compensation matters more than people admit. We pay a flat amount for each on-call week plus a bit for every night page, and the ' +
        'per-page part turned out to be what mattered: managers suddenly started caring how many pages there were.',
    ],
  },
  {
    id: '45514019',
    user: 'lindqvist',
    ago: '5 hours ago',
    indent: 0,
    paras: [
      'With five people I would not run a round-the-clock rota at all unless a contract requires it. Decide which services really need ' + 'a human at 3 a.m.',
      'For most small teams the honest answer is one or two, and everything else can wait until morning. Write that down, tell ' +
        'customers what they can expect, and then page only for those.',
    ],
  },
  {
    id: '45514466',
    user: 'sunday_deploys',
    ago: '4 hours ago',
    indent: 0,
    paras: [
      'Follow-the-sun helped us even with a tiny team: one of our five moved to Lisbon, and she took the early-morning hours for the whole ' +
        'year. It is not something you can plan for, but if anyone on your team is ever thinking of moving, it is worth a conversation.',
    ],
  },
];
const hnNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnComment = (c: HnComment, i: number): string => {
  const next = hnComments.slice(i + 1).find((x) => x.indent <= c.indent);
  const parent = hnComments
    .slice(0, i)
    .reverse()
    .find((x) => x.indent < c.indent);
  const navs = [
    parent ? `<a href="#${parent.id}" class="clicky" aria-hidden="true">parent</a>` : '',
    next && next.indent === c.indent ? `<a href="#${next.id}" class="clicky" aria-hidden="true">next</a>` : '',
  ]
    .filter(Boolean)
    .join(' | ');
  return `<tr class="athing comtr${c.deleted ? ' coll' : ''}" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.indent}"><img src="s.gif"
height="1" width="${c.indent * 40}"></td><td valign="top" class="votelinks">${
    c.deleted
      ? ''
      : `<center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D45512601"><div class="votearrow" title="upvote"></div></a></center>`
  }</td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">${
    c.deleted ? '[deleted]' : `<a href="user?id=${c.user}" class="hnuser">${c.user}</a>`
  } <span class="age" title="2025-10-14T09:12:40 1760433160"><a href="item?id=${c.id}">${c.ago}</a></span> <span id="unv_${c.id}"></span><span class="navs">${
    navs ? ` | ${navs}` : ''
  } <a class="togg clicky" id="${c.id}" n="1" href="javascript:void(0)">[–]</a><span class="onstory"></span></span></span></div><br>
<div class="comment">${
    c.deleted
      ? ''
      : `<div class="commtext c00">${c.paras.map((p, j) => (j ? `<p>${p}` : p)).join('')}</div><div class="reply"><p><font size="1"><u><a
href="reply?id=${c.id}&amp;goto=item%3Fid%3D45512601%23${c.id}" rel="nofollow">reply</a></u></font></p></div>`
  }</div></td></tr></table></td></tr>`;
};
const hnHref = (t: string): string => (t === 'past' ? 'front' : t === 'comments' ? 'newcomments' : t);
const hnNavHtml = hnNav.map((t) => `<a href="${hnHref(t)}"${t === 'submit' ? ' rel="nofollow"' : ''}>${t}</a>`).join(' | ');
const hnHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?J9SoWUYIwpNUSAeJKj0b"><link rel="icon" href="y18.svg"><link rel="canonical"
href="https://news.ycombinator.com/item?id=45512601">
<title>Ask HN: How do you keep on-call from burning out a five-person team? | Hacker News</title></head><body><center>
<table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef"><tr><td bgcolor="#ff6600"><table border="0" cellpadding="0"
cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="https://news.ycombinator.com"><img src="y18.svg"
width="18"
height="18" style="border:1px white solid; display:block"></a></td><td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname">
<a href="news">Hacker News</a></b>\n${hnNavHtml}
</span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a
href="login?goto=item%3Fid%3D45512601">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0"><tr class="athing submission" id="45512601">
<td align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_45512601"
href="vote?id=45512601&amp;how=up&amp;goto=item%3Fid%3D45512601"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span
class="titleline"><a href="item?id=45512601">${hnTitle}</a></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span
class="score"
id="score_45512601">287 points</span> by <a href="user?id=pdx_oncall" class="hnuser">pdx_oncall</a> <span class="age" title="2025-10-14T05:02:11 1760418131"><a
href="item?id=45512601">9 hours ago</a></span> <span id="unv_45512601"></span> | <a href="hide?id=45512601&amp;goto=item%3Fid%3D45512601">hide</a> | <a
href="https://hn.algolia.com/?query=Ask%20HN%3A%20on-call&amp;type=story&amp;dateRange=all&amp;sort=byDate&amp;storyText=false&amp;prefix&amp;page=0"
class="hnpast">past</a> | <a href="fave?id=45512601&amp;auth=0">favorite</a> | <a href="item?id=45512601">164&nbsp;comments</a></span></td></tr>
<tr><td colspan="2"></td><td><div class="toptext">${hnTop.map((p, j) => (j ? `<p>${p}` : p)).join('')}</div></td></tr><tr style="height:10px"></tr><tr>
<td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="45512601"><input type="hidden" name="goto"
value="item?id=45512601"><input type="hidden" name="hmac" value="1f0c9a"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br>
<input type="submit" value="add comment"></form></td></tr></table><br><br><table border="0" class="comment-tree">
${hnComments.map(hnComment).join('\n')}
</table><br><br><a href="item?id=45512601&amp;p=2" class="morelink" rel="next">More</a><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0">
<table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks">${hnFoot
  .map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`)
  .join(' | ')}</span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off"
spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center>
<script type="text/javascript" src="hn.js?J9SoWUYIwpNUSAeJKj0b"></script></body></html>`;
export const hnAskThread: TestPage = {
  html: hnHtml,
  name: 'heldout152-hacker-news-ask-hn',
  kind: 'forum',
  // the Ask HN text and every comment are body (paragraphs split at the unclosed <p> tags); the submitter, commenters and
  // ages are bylines; points, the comment count, the subline links, "[deleted]", "[–]", parent / next / reply, "More", the
  // nav, footer and "Search:" are furniture
  title: hnTitle,
  headings: [],
  body: [...texts(hnTop), ...hnComments.flatMap((c) => texts(c.paras))],
  bylines: ['pdx_oncall', '9 hours ago', ...new Set(hnComments.flatMap((c) => (c.deleted ? [c.ago] : [c.user, c.ago])))].filter(
    (t, i, a) => a.indexOf(t) === i,
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Hacker News', ...hnNav, 'login', '287 points', 'hide', 'favorite', '164 comments', '[deleted]', 'parent', 'next', '[–]', 'reply', 'More', ...hnFoot,
    'Search:',
  ])],
};
