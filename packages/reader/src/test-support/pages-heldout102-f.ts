import { plain, type TestPage } from './page-kit.js';
import { phpbbThread } from './pages-heldout102-f2.js';

/**
 * Held-out batch 102, file f: a Hacker News "Ask HN" item page (the orange top bar with the nav links and "login", the
 * fatitem table with title, subtext line, the post text and the comment box, the comment tree of nested tables with
 * indent cells, comheads with user, age and the [–] toggle, commtext paragraphs with a quoted line, "reply" links, and the
 * footer with the guideline links and search form) and, from file f2, a phpBB forum thread.
 */
const hnTitle = 'Ask HN: How do you keep a small team’s on-call from burning people out?';
const hnText = [
  'We are five engineers running a payments integration that has to be up around the clock. Right now each of us is on call ' +
    'for a full week every five weeks, and the last two quarters have been rough: a lot of 3am pages, most of them for things ' +
    'that could have waited until morning.',
  'Two people have told me privately they are thinking of leaving. What has actually worked for other small teams? Shorter ' +
    'rotations, paying for on-call, cutting alerts, something else?',
];
type HnC = { user: string; age: string; ind: number; paras: string[]; quote?: string };
const hnComments: HnC[] = [
  {
    user: 'mkarlsson',
    age: '5 hours ago',
    ind: 0,
    paras: [
      'Start with the alerts, not the rota. We had the same problem and when we went through a month of pages, about 70% were ' +
        'not actionable at 3am. We moved those to a daytime queue and the night pages dropped to one or two a week.',
      'The rule we use now: a page at night has to mean a customer is losing money right now and a human can do something about it.',
    ],
  },
  {
    user: 'dfrancisco',
    age: '4 hours ago',
    ind: 1,
    quote: '&gt; a page at night has to mean a customer is losing money right now',
    paras: ['This. And write the rule down somewhere everyone can see it, so that the next person adding an alert has to argue for an exception.'],
  },
  {
    user: 'tessellate',
    age: '4 hours ago',
    ind: 0,
    paras: [
      'Pay for it. Even a modest flat amount per week changes how it feels, from a favour the company extracts to part of the job. ' +
        'We also give a day off after any night with a page that took more than an hour.',
    ],
  },
  {
    user: 'oyelaran',
    age: '3 hours ago',
    ind: 1,
    paras: ['Seconding the day off. We made it automatic, no asking, and it did more for morale than the money did.'],
  },
  {
    user: 'bjorn_ek',
    age: '2 hours ago',
    ind: 0,
    paras: [
      'With five people, consider splitting primary and secondary. Primary takes the page, secondary is only there if primary ' +
        'does not acknowledge in 15 minutes. Being secondary is much less stressful, and it means nobody is ever alone with an outage.',
      'Also: hold a short review of every night page, even the boring ones. Half of our fixes came out of those ten-minute meetings.',
    ],
  },
];
const hnNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnComment = (
  c: HnC,
  i: number,
): string => `<tr class="athing comtr" id="4181${i}"><td><table border="0"><tr><td class="ind" indent="${c.ind}"><img src="s.gif"
height="1" width="${c.ind * 40}"></td><td valign="top" class="votelinks"><center><a id="up_4181${i}"
href="vote?id=4181${i}&amp;how=up&amp;goto=item%3Fid%3D41809"><div
class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a
href="user?id=${c.user}" class="hnuser">${c.user}</a> <span class="age" title="2025-10-21T0${i}:10:00"><a href="item?id=4181${i}">${c.age}</a></span> <span
id="unv_4181${i}"></span><span class="navs"> | <a href="#4181${i + 1}" class="clicky" aria-hidden="true">next</a> </span><a class="togg clicky" id="4181${i}"
n="1"
href="javascript:void(0)">[–]</a><span class="onstory"></span></span></div><br><div class="comment"><div
class="commtext c00">${c.quote ? `<i>${c.quote}</i>` : ''}${c.paras
  .map((p, j) => (j === 0 && !c.quote ? p : `<p>${p}`))
  .join('')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=4181${i}&amp;goto=item%3Fid%3D41809%234181${i}"
rel="nofollow">reply</a></u></font></p></div>
</div></td></tr></table></td></tr>`;
const hnHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?8p2mKjLo0o2Q2kLHGv7R"><link rel="icon" href="y18.svg"><link rel="canonical"
href="https://news.ycombinator.com/item?id=41809">
<title>${hnTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a
href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td><td
style="line-height:12pt;
height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnNav.map((t) => `<a href="${t}">${t}</a>`).join(' | ')}</span></td><td style="text-align:right;padding-right:4px;"><span class="pagetop"><a
href="login?goto=item%3Fid%3D41809">login</a></span></td></tr></table></td></tr><tr id="pagespace" title="${hnTitle}" style="height:10px"></tr>
<tr><td><table class="fatitem" border="0"><tr class="athing submission" id="41809"><td align="right" valign="top" class="title"><span
class="rank"></span></td><td
valign="top" class="votelinks"><center><a id="up_41809" href="vote?id=41809&amp;how=up&amp;goto=item%3Fid%3D41809"><div class="votearrow"
title="upvote"></div></a>
</center></td><td class="title"><span class="titleline"><a href="item?id=41809">${hnTitle}</a></span></td></tr><tr><td colspan="2"></td><td
class="subtext"><span
class="subline"><span class="score" id="score_41809">186 points</span> by <a href="user?id=kestrel_ops" class="hnuser">kestrel_ops</a> <span class="age"
title="2025-10-21T03:02:11"><a href="item?id=41809">7 hours ago</a></span> <span id="unv_41809"></span> | <a
href="hide?id=41809&amp;goto=item%3Fid%3D41809">hide</a>
| <a href="https://hn.algolia.com/?query=on-call&amp;type=story&amp;dateRange=all&amp;sort=byDate&amp;storyText=false&amp;prefix&amp;page=0"
class="hnpast">past</a>
| <a href="fave?id=41809&amp;auth=9f2c">favorite</a> | <a href="item?id=41809">94&nbsp;comments</a></span></td></tr><tr><td colspan="2"></td><td><div
class="toptext">${hnText[0]}<p>${hnText[1]}</div></td></tr><tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input
type="hidden" name="parent" value="41809"><input type="hidden" name="goto" value="item?id=41809"><textarea name="text" rows="8" cols="80"
wrap="virtual"></textarea><br><br>
<input type="submit" value="add comment"></form></td></tr></table><br><br><table border="0" class="comment-tree">
${hnComments.map(hnComment).join('\n')}
</table><br><br></td></tr><tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td
bgcolor="#ff6600"></td></tr>
</table><br><center><span class="yclinks">${hnFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</span><br><br><form
method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
autocomplete="off"></form></center></td></tr></table></center><script type="text/javascript" src="hn.js?8p2mKjLo0o2Q2kLHGv7R"></script></body></html>`;
const hackerNews: TestPage = {
  html: hnHtml,
  name: 'heldout102-hackernews-ask-forum',
  kind: 'forum',
  // the Ask HN text and every comment are body (a comment's first paragraph is bare text in commtext, as HN writes it);
  // the quoted line (&gt; ...) is in neither list; user names and ages are bylines; points, hide / past / favorite, the
  // comment count, [–], next, reply and the footer are furniture
  title: hnTitle,
  headings: [],
  body: [...hnText, ...hnComments.flatMap((c) => c.paras)].map(plain),
  bylines: ['kestrel_ops', '7 hours ago', ...new Set(hnComments.flatMap((c) => [c.user, c.age]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnNav, 'login', '186 points', 'hide', 'favorite', '94 comments', 'next', '[–]', 'reply', ...hnFoot, 'Search:',
  ],
};

export const HELDOUT102_F: readonly TestPage[] = [hackerNews, phpbbThread];
