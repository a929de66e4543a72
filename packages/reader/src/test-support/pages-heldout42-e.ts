import { type TestPage, texts } from './page-kit.js';
import { tracTicket } from './pages-heldout42-e2.js';

/**
 * Held-out batch 42, file e: a Hacker News item page for a link story with its comment tree, seen logged out (the orange
 * top bar with the nav links and "login", the story row with the vote arrow, title link and site, the subtext with points,
 * submitter, age, hide / past / favorite and the comment count, the comment form, nested comments with indent images,
 * comment heads with user, age and navs, reply links, the YC applications line and the footer links with the search box).
 */
const hnTitle = 'The water utility that still bills in COBOL (2024)';
const hnC1 = [
  'I spent four years maintaining a utility billing system a lot like this one, though ours ran on an AS/400 rather than a ' +
    'mainframe. The article gets the main thing right: the COBOL was never the problem. The problem was that every rate change ' +
    'for thirty years had been bolted on as a special case, and nobody could say which of them still mattered.',
  'When we finally did migrate, the hardest part was not the code. It was finding out that a 1987 ordinance gave a discount ' +
    'to two farms that no longer existed, and that the discount was still being computed every month.',
];
const hnQuote = '&gt; the COBOL was never the problem';
const hnC2 = [
  'This is the part that always gets lost in these stories. A rewrite in a modern language does not remove thirty years of ' +
    'policy decisions, it just moves them somewhere the finance department cannot read them.',
];
const hnC3 = ['Exactly. The old code at least had the ordinance numbers in the comments. Our replacement vendor&#39;s config screens did not.'];
const hnC4 = [
  'The detail I liked is that the town pays a retired programmer on a part-time contract and has a younger clerk shadowing her ' +
    'one afternoon a week. That is a succession plan, which is more than most companies with <i>modern</i> stacks have.',
];
const hnC5 = [
  'It is also a single point of failure with a calendar invite. I would want to see the shadowing produce documentation, not ' +
    'just a second person who half remembers.',
];
const hnC6 = ['The article says they have been writing it all down in a wiki for two years. Not perfect, but it is the right direction.'];
const hnC7 = [
  'Small towns running old software is fine. Small towns running old software on hardware whose spare parts come from auction ' +
    'sites is the actual risk. I would be curious what their disaster recovery looks like if the machine dies on a billing day.',
];
const hnC8 = [
  'For context, the story is from last year; the council approved a replacement project this spring, with the old system ' +
    'kept running in parallel for at least two billing cycles.',
  '<a href="https://lakeshorechronicle.example/2025/04/council-approves-billing-upgrade" rel="nofollow">' +
    'https://lakeshorechronicle.example/2025/04/council-approves-billing-upgrade</a>',
];
const hnNav = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const hnFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const story = '42817731';
const comment = (id: number, indent: number, user: string, age: string, epoch: number, paras: readonly string[], navs: string): string =>
  `<tr class='athing comtr' id='${id}'><td><table border='0'>  <tr>    <td class='ind' indent='${indent}'><img src="s.gif" height="1"
 width="${indent * 40}"></td>
<td valign="top" class="votelinks"><center><a id='up_${id}' href='vote?id=${id}&amp;how=up&amp;goto=item%3Fid%3D${story}'><div class='votearrow'
 title='upvote'></div></a>
</center>    </td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">
          <a href="user?id=${user}" class="hnuser">${user}</a> <span class="age"
 title="2025-11-28T${new Date(epoch * 1000).toISOString().slice(11, 19)} ${epoch}">
<a href="item?id=${id}">${age}</a></span> <span id="unv_${id}"></span>          <span class='navs'>${navs}
 <a class="togg clicky" id="${id}" n="1" href="javascript:void(0)">[–]</a><span class="onstory"></span>          </span>
                  </span></div><br><div class="comment">
                  <div class="commtext c00">${paras[0]}${paras
                    .slice(1)
                    .map((p) => `<p>${p}</p>`)
                    .join('')}</div>
              <div class='reply'>        <p><font size="1">
                      <u><a href="reply?id=${id}&amp;goto=item%3Fid%3D${story}%23${id}" rel="nofollow">reply</a></u>
                  </font>
      </div></div></td></tr>
        </table></td></tr>`;
const nav = (...ps: [string, number][]): string => ps.map(([w, id]) => ` | <a href="#${id}" class="clicky" aria-hidden="true">${w}</a>`).join('');
const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?Vd1f2x9K0tQ"><link rel="icon" href="y18.svg">
<link rel="alternate" type="application/rss+xml" title="RSS" href="rss"><title>${hnTitle} | Hacker News</title></head><body><center>
<table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px">
<a href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td>
<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${hnNav.map((n) => `<a href="${n === 'past' ? 'front' : n}">${n}</a>`).join(' | ')}</span></td><td style="text-align:right;padding-right:4px;"><span
 class="pagetop">
<a href="login?goto=item%3Fid%3D${story}">login</a>
</span></td></tr></table></td></tr>
<tr id="pagespace" title="${hnTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0">
<tr class='athing submission' id='${story}'>
<td align="right" valign="top" class="title"><span class="rank"></span></td>      <td valign="top" class="votelinks"><center>
<a id='up_${story}' href='vote?id=${story}&amp;how=up&amp;goto=item%3Fid%3D${story}'><div class='votearrow' title='upvote'></div></a></center></td>
<td class="title"><span class="titleline"><a href="https://lakeshorechronicle.example/2024/09/water-billing-cobol">${hnTitle}</a><span class="sitebit comhead">
 (<a href="from?site=lakeshorechronicle.example"><span class="sitestr">lakeshorechronicle.example</span></a>)</span></span></td></tr><tr><td colspan="2"></td>
<td class="subtext"><span class="subline">
          <span class="score" id="score_${story}">187 points</span> by <a href="user?id=ggrant" class="hnuser">ggrant</a>
<span class="age" title="2025-11-28T08:14:09 1764317649"><a href="item?id=${story}">6 hours ago</a></span> <span id="unv_${story}"></span>
 | <a href="hide?id=${story}&amp;goto=item%3Fid%3D${story}">hide</a> | <a
 href="https://hn.algolia.com/?query=water%20utility%20COBOL&amp;type=story&amp;dateRange=all"
 class="hnpast">past</a> | <a href="fave?id=${story}&amp;auth=0">favorite</a> | <a href="item?id=${story}">9&nbsp;comments</a>        </span>
              </td></tr>
    <tr style="height:10px"></tr><tr><td colspan="2"></td><td>
    <form action="comment" method="post"><input type="hidden" name="parent" value="${story}"><input type="hidden" name="goto" value="item?id=${story}">
<input type="hidden" name="hmac" value="8c1d0e9f"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br>
<input type="submit" value="add comment"></form>
  </td></tr>
  </table><br><br>
  <table border='0' class='comment-tree'>
${comment(42818012, 0, 'pdxmainframe', '5 hours ago', 1764319251, hnC1, nav(['next', 42818377]))}
${comment(42818190, 1, 'hollowtree', '4 hours ago', 1764321602, [hnQuote, ...hnC2], nav(['parent', 42818012], ['next', 42818377]))}
${comment(42818244, 2, 'pdxmainframe', '4 hours ago', 1764322410, hnC3, nav(['root', 42818012], ['parent', 42818190], ['next', 42818377]))}
${comment(42818377, 0, 'marisol_dev', '5 hours ago', 1764319840, hnC4, nav(['prev', 42818012], ['next', 42819650]))}
${comment(42819102, 1, 'ekstrom', '3 hours ago', 1764326095, hnC5, nav(['parent', 42818377], ['next', 42819650]))}
${comment(42819233, 2, 'marisol_dev', '3 hours ago', 1764326720, hnC6, nav(['root', 42818377], ['parent', 42819102], ['next', 42819650]))}
${comment(42819650, 0, 'throwaway_4419', '2 hours ago', 1764330311, hnC7, nav(['prev', 42818377], ['next', 42820407]))}
${comment(42820407, 0, 'anouk', '1 hour ago', 1764334150, hnC8, nav(['prev', 42819650]))}
  </table>
  <br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><a href="https://www.ycombinator.com/apply/">Applications are open for YC Spring 2026</a></center><br>
<center><span class="yclinks">${hnFoot.map((f) => `<a href="${f.toLowerCase().replace(/ /g, '')}.html">${f}</a>`).join(' | ')}</span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
 autocomplete="off">
</form></center></td></tr>
</table></center></body><script type='text/javascript' src='hn.js?Vd1f2x9K0tQ'></script></html>`;
const hackerNews: TestPage = {
  html: hnHtml,
  name: 'heldout42-hn-story',
  kind: 'forum',
  // a link story has no text of its own: the title is the story title (the site in brackets is furniture) and the comments
  // are the body, each paragraph a block (the last comment's bare link paragraph too); the quoted line "> the COBOL was never
  // the problem" that opens the second comment is in neither list; the submitter, commenters and every age are bylines
  // ("by" in neither); points, hide / past / favorite, the comment count, the navs (parent, next, prev, root) and toggles,
  // "reply", the top bar, the YC line and the footer are furniture; the top bar's "comments" and the site name in brackets
  // (both words of the body: "in the comments", the last comment's link) are left out
  title: hnTitle,
  headings: [],
  body: [...texts(hnC1), ...texts(hnC2), ...texts(hnC3), ...texts(hnC4), ...texts(hnC5), ...texts(hnC6), ...texts(hnC7), ...texts(hnC8)],
  // biome-ignore format: the byline texts are packed several to a line
  bylines: [
    'ggrant', '6 hours ago', 'pdxmainframe', '5 hours ago', 'hollowtree', '4 hours ago', 'marisol_dev', 'ekstrom', '3 hours ago', 'throwaway_4419',
    '2 hours ago', 'anouk', '1 hour ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...hnNav.filter((n) => n !== 'comments'), 'login', '187 points', 'hide', 'favorite', '9 comments', 'next', 'parent', 'prev', 'root',
    '[–]', 'reply', 'Applications are open for YC Spring 2026', ...hnFoot, 'Search:',
  ],
};

export const HELDOUT42_E: readonly TestPage[] = [hackerNews, tracTicket];
