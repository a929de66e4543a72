import { type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout709-kit.js';

/**
 * Held-out batch 709, file f: a Hacker News comment thread on a link about heat pump sales (the classic table layout, orange
 * top bar, the story's subtext line, the comment form, nested comments with a quote line and a code block, reply links, the
 * footer links and search), and a Lemmy thread (lemmy-ui server render) in which a community solar co-op explains itself (navbar,
 * vote bar, post meta with a cross-post line, sort buttons, nested comments with an OP badge and a quote, the community sidebar
 * and the version footer).
 */
type HnComment = { id: number; user: string; age: string; indent: number; paras: string[]; code?: string[]; green?: boolean };
const nTitle = 'Heat pumps outsold gas boilers in Norland for the third year running';
const nComments: HnComment[] = [
  {
    id: 45012874,
    user: 'thermocline',
    age: '5 hours ago',
    indent: 0,
    paras: [
      j(
        'I installed an air-to-water heat pump in a 1930s house in the coldest part of the country last winter. The thing nobody',
        'tells you is that the radiators matter more than the heat pump. We had to replace four of eleven with larger ones to run',
        'at a 45°C flow temperature, and that cost almost as much as the unit.',
      ),
      j('Still worth it. Our bills dropped about 30% compared with gas, and that’s with electricity at roughly three times the', 'price of gas per kWh.'),
    ],
  },
  {
    id: 45013120,
    user: 'pjmoss',
    age: '5 hours ago',
    indent: 1,
    paras: [
      '&gt; that’s with electricity at roughly three times the price of gas per kWh',
      j(
        'This is the number that matters. The ratio of electricity to gas prices decides whether a heat pump saves money, and',
        'Norland moved the green levy from electricity bills to gas bills in 2025. That change, not the grants, is probably why',
        'sales took off.',
      ),
    ],
  },
  {
    id: 45013377,
    user: 'thermocline',
    age: '4 hours ago',
    indent: 2,
    paras: [
      'Agreed. The grant paid for a third of ours, but we would have done it anyway after the levy change. The payback went from fifteen years to about six.',
    ],
  },
  {
    id: 45013202,
    user: 'kelda_e',
    age: '4 hours ago',
    indent: 1,
    paras: ['What SCOP are you seeing? Ours is 3.1 over the year, which is fine, but the installer promised 4.'],
  },
  {
    id: 45013590,
    user: 'thermocline',
    age: '4 hours ago',
    indent: 2,
    paras: [
      j(
        '3.4 measured over twelve months, with a heat meter on the unit. The installer quoted 3.8. The gap is mostly the hot water',
        'cycle, which runs at a higher temperature.',
      ),
    ],
  },
  {
    id: 45012990,
    user: 'oldgridguy',
    age: '5 hours ago',
    indent: 0,
    paras: [
      j(
        'The part of the story that worries me is winter peak demand. Norland’s grid operator said last month that heat pumps',
        'added about 1.2 GW to the January peak. That is manageable now, but at the current rate of installs it doubles by 2030,',
        'and the coldest week of the year is often also the week with the least wind and sun.',
      ),
      j('Storage in the home, a big hot water tank or a small battery, could shave most of that off if tariffs rewarded it. Right', 'now they mostly don’t.'),
    ],
  },
  {
    id: 45013801,
    user: 'saltmarsh',
    age: '3 hours ago',
    indent: 1,
    paras: [
      j(
        'Some suppliers already offer a heat pump tariff with cheap hours at night. We preheat the house from 2 to 5 a.m. and the',
        'pump barely runs during the evening peak. Setting it up was a five-minute change in the controller:',
      ),
    ],
    code: ['schedule.boost = 02:00-05:00 +1.5C', 'schedule.eco   = 16:00-19:00 -1.0C'],
  },
  {
    id: 45014033,
    user: 'dmitri_v',
    age: '2 hours ago',
    indent: 0,
    green: true,
    paras: [
      j(
        'Does anyone know if the figures include hybrid systems? A lot of the “heat pump” sales in my town are hybrids that still',
        'burn gas in cold weather.',
      ),
    ],
  },
  {
    id: 45014210,
    user: 'arvidk',
    age: '2 hours ago',
    indent: 1,
    paras: [
      j(
        'The source splits them out: hybrids were 11% of heat pump sales last year. The headline figure counts them, so the gap',
        'with gas is a bit smaller than it looks.',
      ),
    ],
  },
];
const nTop = ['new', 'past', 'comments', 'ask', 'show', 'jobs', 'submit'];
const nFoot = ['Guidelines', 'FAQ', 'Lists', 'API', 'Security', 'Legal', 'Apply to YC', 'Contact'];
const nTopLink = (t: string): string =>
  `<a href="${t === 'past' ? 'front' : t === 'comments' ? 'newcomments' : t}"${t === 'submit' ? ' rel="nofollow"' : ''}>${t}</a>`;
const nComment = (c: HnComment, i: number): string => {
  const next = nComments[i + 1];
  const up = ' | <a href="#45012874" class="clicky" aria-hidden="true">root</a> | <a href="#parent" class="clicky" aria-hidden="true">parent</a>';
  const navs = `${c.indent > 0 ? up : ''}${next ? ` | <a href="#${next.id}" class="clicky" aria-hidden="true">next</a>` : ''}`;
  const [first, ...rest] = c.paras;
  const text = `${first ?? ''}${rest.map((p) => `<p>${p}`).join('')}${c.code ? `<p><pre><code>  ${c.code.join('\n  ')}\n</code></pre>` : ''}`;
  return `<tr class="athing comtr" id="${c.id}"><td><table border="0"><tr><td class="ind" indent="${c.indent}"><img src="s.gif" height="1"
width="${c.indent * 40}"></td><td valign="top" class="votelinks"><center><a id="up_${c.id}" href="vote?id=${c.id}&amp;how=up&amp;goto=item%3Fid%3D45012702"><div
class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a
href="user?id=${c.user}" class="hnuser">${c.green ? `<font color="#3c963c">${c.user}</font>` : c.user}</a> <span class="age" title="2027-03-18T09:41:07
1805362867"><a href="item?id=${c.id}">${c.age}</a></span> <span id="unv_${c.id}"></span><span class="navs">${navs} <a class="togg clicky" id="${c.id}"
n="1" href="javascript:void(0)">[–]</a><span class="onstory"></span></span></span></div><br><div class="comment"><div class="commtext c00">${text}</div><div
class="reply"><p><font size="1"><u><a href="reply?id=${c.id}&amp;goto=item%3Fid%3D45012702%23${c.id}"
rel="nofollow">reply</a></u></font></p></div></div></td></tr>
</table></td></tr>`;
};
const nHtml = `<!DOCTYPE html>
<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="news.css?Xk2FNm7Qa1YbUo8cTzVd"><link rel="icon" href="y18.svg">
<link rel="canonical" href="https://news.ycombinator.com/item?id=45012702">
<title>Heat pumps outsold gas boilers in Norland for the third year running | Hacker News</title></head>
<body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a
href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18" style="border:1px white solid; display:block"></a></td><td
style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="news">Hacker News</a></b>
${nTop.map(nTopLink).join(' | ')}</span></td><td
style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="login?goto=item%3Fid%3D45012702">login</a></span></td></tr></table></td></tr>
<tr id="pagespace" title="${nTitle}" style="height:10px"></tr><tr><td><table class="fatitem" border="0"><tr class="athing submission" id="45012702"><td
align="right" valign="top" class="title"><span class="rank"></span></td><td valign="top" class="votelinks"><center><a id="up_45012702"
href="vote?id=45012702&amp;how=up&amp;goto=item%3Fid%3D45012702"><div class="votearrow" title="upvote"></div></a></center></td><td class="title"><span
class="titleline"><a href="https://norlandstat.example/energy/heating-2026">${nTitle}</a><span class="sitebit comhead"> (<a
href="from?site=norlandstat.example"><span
class="sitestr">norlandstat.example</span></a>)</span></span></td></tr><tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score"
id="score_45012702">164 points</span> by <a href="user?id=arvidk" class="hnuser">arvidk</a> <span class="age" title="2027-03-18T08:02:51 1805357171"><a
href="item?id=45012702">6 hours ago</a></span> <span id="unv_45012702"></span> | <a href="hide?id=45012702&amp;goto=item%3Fid%3D45012702">hide</a> | <a
href="https://hn.algolia.com/?query=Heat%20pumps%20outsold&amp;type=story&amp;dateRange=all&amp;sort=byDate&amp;storyText=false&amp;prefix&amp;page=0"
class="hnpast">past</a> | <a href="fave?id=45012702&amp;auth=0">favorite</a> | <a href="item?id=45012702">9&nbsp;comments</a></span></td></tr><tr
style="height:10px"></tr><tr><td colspan="2"></td><td><form action="comment" method="post"><input type="hidden" name="parent" value="45012702"><input
type="hidden" name="goto" value="item?id=45012702"><input type="hidden" name="hmac" value="b1f4d0c2e93a7f5b6d8e1c0a2f4b6d8e0c1a3f5b"><textarea name="text"
rows="8" cols="80" wrap="virtual"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>
<table border="0" class="comment-tree">
${nComments.map(nComment).join('\n')}
</table><br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks">${nFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html">${t}</a>`).join(' | ')}</span><br><br><form method="get"
action="//hn.algolia.com/">Search: <input type="text" name="q" size="17" autocorrect="off" spellcheck="false" autocapitalize="off"
autocomplete="off"></form></center></td></tr></table></center><script type="text/javascript" src="hn.js?Xk2FNm7Qa1YbUo8cTzVd"></script></body></html>`;
const hackernews: TestPage = gold({
  name: 'heldout709-hackernews-heat-pumps',
  kind: 'forum',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nComments.flatMap((c) => [...c.paras, ...(c.code ? [c.code.join(' ')] : [])])),
  bylines: ['by', 'arvidk', '6 hours ago', ...nComments.flatMap((c) => [c.user, c.age])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hacker News', ...nTop, 'login', 'norlandstat.example', '164 points', 'hide', 'favorite', '9 comments', 'reply', ...nFoot, 'Search:',
  ],
});

type LComment = { user: string; age: string; depth: number; score: string; paras: string[]; quote?: string; op?: boolean };
const lTitle = 'Our town’s solar co-op just signed up its 1,000th member. Here is how we set it up';
const lPost = [
  j(
    'Three years ago a handful of us in Marrowby started talking about putting solar panels on the primary school roof. Last',
    'week our co-op signed up its 1,000th member, and we now run 1.4 MW across eleven roofs and one small field. A few people',
    'here asked how we did it, so here is the short version:',
  ),
];
const lList = [
  'Members buy shares from £50. Most people own between one and ten.',
  'The co-op sells the power to the buildings under the panels at a fixed price below their normal tariff, and exports the rest.',
  'Shares earn up to 4% a year. Anything above that goes into a fund for insulation and efficiency work in the town.',
];
const lPostEnd = [
  j('The hardest part was not the money but the grid connection. Our field site waited 19 months for a connection offer.', 'Happy to answer questions.'),
];
const lComments: LComment[] = [
  {
    user: 'quietkestrel',
    age: '3h',
    depth: 0,
    score: '31',
    paras: [
      j(
        'How did you deal with roofs the co-op doesn’t own? That is where every scheme round here seems to get stuck. The school',
        'was keen, but the council’s lawyers took a year.',
      ),
    ],
  },
  {
    user: 'harriet_w',
    age: '3h',
    depth: 1,
    score: '27',
    op: true,
    paras: [
      j(
        'Same for us at first. We ended up using the standard 20-year roof lease that a co-op in Ashwell had already agreed with',
        'its council. Starting from someone else’s template cut the legal work to about three months.',
      ),
    ],
  },
  {
    user: 'b_ostrander',
    age: '2h',
    depth: 0,
    score: '18',
    quote: 'Our field site waited 19 months for a connection offer.',
    paras: ['That is actually quick compared with some areas. Did you have to pay for network upgrades as well?'],
  },
  {
    user: 'harriet_w',
    age: '2h',
    depth: 1,
    score: '15',
    op: true,
    paras: [
      j(
        'About £38,000 for a new transformer, which the network operator would have needed eventually anyway. We asked for the',
        'cost to be shared with the housing developer next door and got nowhere.',
      ),
    ],
  },
  {
    user: 'mossbank',
    age: '1h',
    depth: 0,
    score: '9',
    paras: ['This is great. Any chance you could post the share offer document? I would love to show it to our parish council.'],
  },
  {
    user: 'harriet_w',
    age: '47m',
    depth: 1,
    score: '6',
    op: true,
    paras: ['It is on our website under Join, along with the lease. Copy whatever is useful.'],
  },
];
const lNav = ['Communities', 'Create Post', 'Create Community', 'Support Lemmy'];
const lSorts = ['Hot', 'Top', 'Controversial', 'New', 'Old', 'Chat'];
const lFoot = ['BE: 0.19.8', 'FE: 0.19.8', 'Modlog', 'Instances', 'Legal', 'Docs', 'Code', 'join-lemmy.org'];
const lStats = ['112 users / day', '640 users / week', '2.1K users / month', '5.8K subscribers', '812 posts', '5.4K comments'];
const lRules = [
  'News and discussion about the energy transition, from rooftop solar to the grid.',
  'Be kind. Cite sources for claims about numbers. No fossil fuel advertising.',
];
const lNode = (c: LComment, i: number): string => `<li class="comment list-unstyled" role="comment" aria-label="Comment by ${c.user}"${
  c.depth > 0 ? ' style="border-left: 2px solid var(--comment-node-0-color) !important;"' : ''
}><article class="comment-node py-2${c.depth > 0 ? ' ms-1' : ''}" id="comment-${40211 + i}"><div class="ms-2"><div class="d-flex flex-wrap align-items-center
text-muted small"><button type="button" class="btn btn-sm btn-link text-muted me-2" aria-label="Collapse" data-tippy-content="Collapse"><svg class="icon
icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-minus-square"></use></svg></button><span class="me-2"><span class="person-listing d-inline-flex
align-items-baseline"><a title="${c.user}" class="text-body" href="/u/${c.user}"><span>${c.user}</span></a></span></span>${
  c.op ? '<span class="mx-1 badge text-bg-light">OP</span>' : ''
}<span class="me-1">•</span><span><span data-tippy-content="Thu, Mar 18, 2027">${c.age}</span></span></div>
<div class="md-div">${c.quote ? `<blockquote>\n<p>${c.quote}</p>\n</blockquote>\n` : ''}${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold mt-1"><button type="button" class="btn btn-sm btn-animate
btn-link py-0 px-1 text-muted" aria-label="Upvote" aria-pressed="false" data-tippy-content="Upvote"><svg class="icon icon-inline small"><use
xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg><span class="ms-2">${c.score}</span></button><button type="button" class="btn btn-sm
btn-animate btn-link py-0 px-1 text-muted" aria-label="Downvote" aria-pressed="false" data-tippy-content="Downvote"><svg class="icon icon-inline small"><use
xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button><button type="button" class="btn btn-link btn-animate text-muted"
aria-label="Reply" data-tippy-content="Reply"><svg class="icon icon-inline"><use
xlink:href="/static/assets/symbols.svg#icon-reply1"></use></svg></button><button
type="button" class="btn btn-link btn-animate text-muted btn-more" aria-label="more" data-tippy-content="more"><svg class="icon icon-inline"><use
xlink:href="/static/assets/symbols.svg#icon-more-vertical"></use></svg></button></div></div></article>`;
const lTree = (): string => {
  let out = '';
  lComments.forEach((c, i) => {
    const nextDepth = lComments[i + 1]?.depth ?? 0;
    out += lNode(c, i);
    if (nextDepth > c.depth) out += '\n<ul class="comments">';
    else if (nextDepth < c.depth) out += '</li></ul></li>\n';
    else out += '</li>\n';
  });
  return out;
};
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><script nonce="f3a91c">window.isoData = {"path":"/post/82211","site_res":{"site_view":{"site":{"name":"mudflat.social"}},
"version":"0.19.8"},
"routeData":{"postRes":{"state":"success","data":{"post_view":{"post":{"id":82211,"name":"${lTitle}"},"counts":{"score":406,"comments":6}}}}}};</script>
<meta name="Description" content="Lemmy"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="manifest"
href="/manifest.webmanifest"><link rel="stylesheet" type="text/css" href="/static/34b9a3e/styles/styles.css"><link id="default-light" rel="stylesheet"
type="text/css" href="/css/themes/litely.css"><title>Our town’s solar co-op just signed up its 1,000th member. Here is how we set it up - mudflat.social</title>
<meta property="og:title" content="${lTitle}"><meta property="og:url" content="https://mudflat.social/post/82211"><meta property="og:type" content="website">
<meta property="og:description" content="Three years ago a handful of us in Marrowby started talking about putting solar panels on the primary school
roof."></head>
<body><noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site"><button type="button" class="btn skip-link bg-light position-absolute start-0 z-3">Jump to content</button>
<div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a title="mudflat.social" class="d-flex
align-items-center navbar-brand me-md-3" href="/"><picture><img src="https://mudflat.social/pictrs/image/0e9c2f4a-icon.png?format=webp" alt=""
class="overflow-hidden
pictrs-image img-fluid img-icon me-1" loading="lazy"></picture>mudflat.social</a><button class="navbar-toggler border-0 p-1" type="button" aria-label="menu"
data-tippy-content="Expand here" data-bs-toggle="collapse" data-bs-target="#navbarDropdown" aria-controls="navbarDropdown" aria-expanded="false"><svg
class="icon"><use xlink:href="/static/assets/symbols.svg#icon-menu"></use></svg></button><div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul
class="me-auto navbar-nav" id="navbarLinks">${lNav
  .map(
    (t) => `<li class="nav-item"><a title="${t}" class="nav-link d-inline-flex align-items-center d-md-inline-block"
href="/${t.toLowerCase().replace(/ /g, '_')}"><svg
class="icon"><use xlink:href="/static/assets/symbols.svg#icon-${t.toLowerCase()}"></use></svg><span class="ms-2 d-md-none">${t}</span></a></li>`,
  )
  .join('')}</ul><ul class="navbar-nav"><li class="nav-item"><a title="Search" class="nav-link d-inline-flex align-items-center d-md-inline-block"
href="/search"><svg class="icon"><use xlink:href="/static/assets/symbols.svg#icon-search"></use></svg><span class="ms-1
d-md-none">Search</span></a></li></ul><ul
class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/login">Login</a></li><li class="nav-item"><a class="nav-link" href="/signup">Sign
Up</a></li></ul>
</div></nav></div>
<div class="mt-4 p-0 fl-1"><div class="post container-lg" tabindex="-1"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3"><div class="post-listing
mt-2"><div class="d-none d-sm-block"><div class="row"><div class="col flex-grow-0"><div class="vote-bar small text-center"><button type="button"
class="btn-animate btn btn-link p-0 text-muted" aria-label="Upvote" aria-pressed="false" data-tippy-content="Upvote"><svg class="icon upvote"><use
xlink:href="/static/assets/symbols.svg#icon-arrow-up1"></use></svg></button><div class="unselectable pointer text-muted post-score"
data-tippy-content="412 upvotes, 6 downvotes">406</div><button type="button" class="btn-animate btn btn-link p-0 text-muted" aria-label="Downvote"
aria-pressed="false" data-tippy-content="Downvote"><svg class="icon downvote"><use
xlink:href="/static/assets/symbols.svg#icon-arrow-down1"></use></svg></button></div></div>
<div class="col flex-grow-1"><div class="row"><div class="col-12"><div class="post-title"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark"
href="/post/82211" title="Comments">${lTitle}</a></h1></div>
<div class="small mb-1 mb-md-0"><span class="person-listing d-inline-flex align-items-baseline"><a title="harriet_w" class="text-info"
href="/u/harriet_w"><span>harriet_w</span></a></span><span>
to </span><a class="community-link" title="energy" href="/c/energy"><span>energy</span></a><span class="mx-1">•</span><span class="ms-1"><span
data-tippy-content="Thu, Mar 18, 2027, 11:04:22 AM">4h</span></span><span class="ms-1" data-tippy-content="Edited Thu, Mar 18, 2027, 11:31:09 AM"><svg
class="icon
icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-edit"></use></svg></span></div>
<div class="small">cross-posted to: <a class="community-link" title="solarpunk@greenhub.example"
href="/c/solarpunk@greenhub.example"><span>solarpunk@greenhub.example</span></a></div>
<div class="d-flex align-items-center justify-content-start flex-wrap text-muted"><a class="btn btn-link btn-sm text-muted ps-0" title="6 comments"
href="/post/82211?scrollToComments=true"><svg class="me-1 icon icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-message-square"></use></svg>6
comments</a><button type="button" class="btn btn-sm btn-link btn-animate text-muted py-0" aria-label="Link" data-tippy-content="Link"><svg class="icon
icon-inline"><use xlink:href="/static/assets/symbols.svg#icon-link"></use></svg></button></div></div></div></div></div></div>
<div class="md-div mb-1 mt-2">${lPost.map((p) => `<p>${p}</p>`).join('\n')}
<ul>
${lList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${lPostEnd.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="comments"><div class="d-flex justify-content-between align-items-center mb-3"><div class="btn-group btn-group-toggle flex-wrap"
role="group">${lSorts
  .map(
    (s) => `<input id="comments-${s.toLowerCase()}" type="radio" class="btn-check" value="${s}"${s === 'Hot' ? ' checked=""' : ''}><label class="btn
btn-outline-secondary pointer${s === 'Hot' ? ' active' : ''}" for="comments-${s.toLowerCase()}">${s}</label>`,
  )
  .join('')}</div></div>
<ul class="comments">
${lTree()}</ul></div></main>
<aside class="d-none d-md-block col-md-4 col-lg-3"><div id="sidebarContainer"><section id="sidebarMain" class="card border-secondary mb-3"><div
class="card-body"><div class="mb-2"><h2 class="h5 mb-0"><span class="me-2"><span class="community-link">Energy</span></span></h2><a class="community-link"
title="energy"
href="/c/energy"><span>!energy@mudflat.social</span></a></div><ul class="badges my-1 list-inline">${lStats
  .map((t) => `<li class="list-inline-item badge text-bg-secondary">${t}</li>`)
  .join('')}</ul><a class="btn btn-secondary d-block mb-2 w-100" href="/create_post?communityId=14">Create a post</a><button type="button" class="btn
btn-secondary d-block mb-2 w-100">Subscribe</button></div></section>
<section id="sidebarInfo" class="card border-secondary mb-3"><div class="card-body"><div class="md-div">${lRules.map((p) => `<p>${p}</p>`).join('')}</div><ul
class="list-inline small"><li class="list-inline-item">Moderators</li><li class="list-inline-item"><span class="person-listing d-inline-flex"><a
class="text-info"
href="/u/fen_admin"><span>fen_admin</span></a></span></li><li class="list-inline-item"><span class="person-listing d-inline-flex"><a class="text-info"
href="/u/lowtide"><span>lowtide</span></a></span></li></ul></div></section></div></aside></div></div></div>
<nav class="container-fluid navbar navbar-expand-md navbar-light navbar-hide mt-2"><div class="navbar-collapse"><ul class="navbar-nav ms-auto">${lFoot
  .map((t) =>
    t.includes(':')
      ? `<li class="nav-item"><span class="nav-link">${t}</span></li>`
      : `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<script defer src="/static/34b9a3e/js/client.js" nonce="f3a91c"></script></body></html>`;
const lemmy: TestPage = gold({
  name: 'heldout709-lemmy-solar-coop',
  kind: 'forum',
  html: lHtml,
  title: lTitle,
  headings: [],
  body: texts([...lPost, ...lList, ...lPostEnd, ...lComments.flatMap((c) => [...(c.quote ? [c.quote] : []), ...c.paras])]),
  bylines: ['harriet_w', '4h', ...lComments.flatMap((c) => [c.user, c.age])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Javascript is disabled. Actions will not work.', 'Jump to content', 'mudflat.social', ...lNav, 'Search', 'Login', 'Sign Up', '406', 'to', 'energy',
    'cross-posted to:', 'solarpunk@greenhub.example', '6 comments', ...lSorts, 'OP', ...lComments.map((c) => c.score), 'Energy',
    '!energy@mudflat.social', ...lStats, 'Create a post', 'Subscribe', ...lRules, 'Moderators', 'fen_admin', 'lowtide', ...lFoot,
  ],
});

export const HELDOUT709_F: readonly TestPage[] = [hackernews, lemmy];
