/**
 * Held-out batch 134, file f2: a Hacker News story (a link to a blog post) with its comment tree, as saved from the
 * signed-out item page: the orange top bar (site name, new / past / comments / ask / show / jobs / submit, login), the
 * story row with vote arrow, title link and site, the subtext (points, poster, age, hide, past, favorite, comment count),
 * the empty "add comment" form, the comment-tree table with indent cells, comment heads (user, age, next / parent / prev
 * navs, the collapse toggle), comment texts whose first paragraph is bare text and later ones open with <p>, "reply" links,
 * and the footer links with the search box.
 */
export const hnTitle = 'I rebuilt a 1970s tide-predicting machine in software';
export interface HnComment {
  id: string;
  user: string;
  age: string;
  ind: number;
  text: readonly string[];
}
export const hnComments: readonly HnComment[] = [
  {
    id: '43219102',
    user: 'marram_grass',
    age: '6 hours ago',
    ind: 0,
    text: [
      `This is lovely. My grandfather worked on one of the brass machines at a hydrographic office and always said the hardest part was
not the gears but keeping the pens inked so the curve stayed readable for the whole year.`,
      'Did you model the pulley friction at all, or is it just the sum of the cosines?',
    ],
  },
  {
    id: '43219355',
    user: 'okellerman',
    age: '6 hours ago',
    ind: 1,
    text: [
      `Just the sum for now, with the phase and amplitude of each constituent taken from the original setup sheets. I tried adding
friction to the chain, but the effect was smaller than the rounding in the published tables, so I took it out again.`,
      'The pens were a problem for the people restoring the real machine too, funnily enough.',
    ],
  },
  {
    id: '43219210',
    user: 'fourier_fan',
    age: '6 hours ago',
    ind: 0,
    text: [
      `The nice thing about these machines is that they are a physical Fourier synthesis. Each pulley is one tidal constituent and the
chain literally adds them up. Seeing it animated makes that click in a way the textbook never did for me.`,
    ],
  },
  {
    id: '43219688',
    user: 'jgpalmer',
    age: '5 hours ago',
    ind: 1,
    text: [
      `Same. I taught an introductory signals course for years and wish I had had this instead of the three slides I used. The version
where you can switch single constituents off is great.`,
    ],
  },
  {
    id: '43219421',
    user: 'bilge_pump',
    age: '5 hours ago',
    ind: 0,
    text: [
      `How does it compare with a modern harmonic prediction for the same port? I would expect the machine to drift by a few minutes over
a year, mostly because of the constituents it leaves out.`,
    ],
  },
  {
    id: '43219907',
    user: 'okellerman',
    age: '5 hours ago',
    ind: 1,
    text: [
      `For the one port I checked, high water times agree within six minutes over the whole year and heights within about eight
centimetres. The machine only has twenty constituents, so the shallow-water effects in the estuary are the main source of error.`,
      'There is a chart near the end of the post comparing the two.',
    ],
  },
  {
    id: '43220114',
    user: 'tern_watcher',
    age: '4 hours ago',
    ind: 0,
    text: ['Slightly off topic, but the photos of the restored machine in the museum basement are worth the click on their own.'],
  },
];
export const hnTop = ['Hacker News', 'new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit', 'login'];
export const hnFooter = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const hnNavs = (i: number): string => {
  const c = hnComments[i];
  const next = hnComments.slice(i + 1).find((x) => x.ind === c?.ind);
  const parts: string[] = [];
  if (c && c.ind > 0) parts.push('<a href="#43219102" class="clicky" aria-hidden="true">parent</a>');
  if (next) parts.push(`<a href="#${next.id}" class="clicky" aria-hidden="true">next</a>`);
  return parts.length ? ` | ${parts.join(' ')} ` : ' ';
};
const hnComment = (
  c: HnComment,
  i: number,
): string => `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.ind}"><img src="s.gif"
height="1" width="${c.ind * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}"
href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D43218877"><div class="votearrow"
title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id=${c.user}"
class="hnuser">${c.user}</a>
<span class="age" title="2025-03-04T14:${String(i * 7 + 10)}:00 174109${i}000"><a href="item?id=${c.id}">${c.age}</a></span> <span
id="unv_${c.id}"></span><span class="navs">${hnNavs(i)}<a
class="togg clicky" id="${c.id}" n="${i % 2 === 0 ? 2 : 1}" href="javascript:void(0)">[–]</a><span class="onstory"></span></span></span></div><br><div
class="comment">
<div class="commtext c00">${c.text[0]}${c.text
  .slice(1)
  .map((t) => `<p>${t}`)
  .join('')}</div><div class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D43218877%23${c.id}"
rel="nofollow">reply</a></u></font></p></div></div></td></tr>
</table></td></tr>`;
export const hnHtml = `<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?Xq1nZ9dVb2cR"><link rel="icon" href="y18.svg"><link rel="alternate" type="application/rss+xml"
title="RSS" href="rss">
<title>${hnTitle} | Hacker News</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a
href="https://news.ycombinator.com">
<img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td><td style="line-height:12pt; height:10px;"><span
class="pagetop"><b class="hnname"><a
href="news">${hnTop[0]}</a></b> <a href="newest">${hnTop[1]}</a> | <a href="front">${hnTop[2]}</a> | <a href="newcomments">${hnTop[3]}</a> | <a
href="ask">${hnTop[4]}</a> | <a
href="show">${hnTop[5]}</a> | <a href="jobs">${hnTop[6]}</a> | <a href="submit" rel="nofollow">${hnTop[7]}</a></span></td><td
style="text-align:right;padding-right:4px;"><span
class="pagetop"><a href="login?goto=item%3Fid%3D43218877">${hnTop[8]}</a></span></td></tr></table></td></tr>
<tr id="bigbox"><td><table class="fatitem" border="0"><tr class="athing submission" id="43218877"><td align="right" valign="top" class="title"><span
class="rank"></span></td>
<td valign="top" class="votelinks"><center><a id="up_43218877" href="vote?id=43218877&amp;how=up&amp;goto=item%3Fid%3D43218877"><div class="votearrow"
title="upvote"></div></a></center></td>
<td class="title"><span class="titleline"><a href="https://kellerman.example/posts/tide-machine/">${hnTitle}</a><span class="sitebit comhead"> (<a
href="from?site=kellerman.example"><span
class="sitestr">kellerman.example</span></a>)</span></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score"
id="score_43218877">312 points</span>
by <a href="user?id=okellerman" class="hnuser">okellerman</a> <span class="age" title="2025-03-04T13:02:11 1741093331"><a href="item?id=43218877">7 hours
ago</a></span> <span
id="unv_43218877"></span> | <a href="hide?id=43218877&amp;goto=item%3Fid%3D43218877">hide</a> | <a
href="https://hn.algolia.com/?query=tide-predicting%20machine&amp;type=story"
class="hnpast">past</a> | <a href="fave?id=43218877&amp;auth=0">favorite</a> | <a href="item?id=43218877">87&nbsp;comments</a></span></td></tr><tr
style="height:10px"></tr>
<tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="43218877"><input type="hidden" name="goto"
value="item?id=43218877">
<input type="hidden" name="hmac" value="8a1f0c5e2d"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit"
value="add comment"></form></td></tr>
</table><br><br><table border="0" class="comment-tree">
${hnComments.map(hnComment).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td
bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a
href="newsguidelines.html">${hnFooter[0]}</a> | <a href="newsfaq.html">${hnFooter[1]}</a> | <a href="lists">${hnFooter[2]}</a> | <a
href="https://github.com/HackerNews/API">${hnFooter[3]}</a>
| <a href="security.html">${hnFooter[4]}</a> | <a href="https://www.ycombinator.com/legal/">${hnFooter[5]}</a> | <a
href="https://www.ycombinator.com/apply/">${hnFooter[6]}</a> | <a
href="mailto:hn@ycombinator.com">${hnFooter[7]}</a></span><br><br><form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17"
autocorrect="off"
spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td></tr></table></center><script type="text/javascript"
src="hn.js?Xq1nZ9dVb2cR"></script></body></html>`;
