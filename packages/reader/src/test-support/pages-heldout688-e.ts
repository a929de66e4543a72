import type { TestPage } from './page-kit.js';
import { j, page, row } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file e: a small family-run care home's "visiting and daily life" page in an old table layout (font tags,
 * image-button menu, hit counter), and a carers' forum thread on Discourse as its crawler view serves it.
 */
const tTitle = 'Visiting &amp; Daily Life at Rosedene';
const tBody = [
  j(
    'Rosedene has been run by the Pennock family since 1987. We are a small home of 19 residents, and we like to think of',
    'ourselves as one large household. Visitors are always welcome and there are no fixed visiting hours, although we ask',
    'that you avoid mealtimes if you can so that residents can eat in peace.',
  ),
  j(
    'Please sign the visitors’ book in the hall when you arrive and leave. If you would like to join your relative for lunch,',
    'just let us know the day before. There is no charge for the first visitor’s meal.',
  ),
  'A typical day',
];
const tRows = [
  ['7.30 - 9.30', 'Breakfast served in rooms or the dining room'],
  ['10.30', 'Morning coffee and the day’s activity'],
  ['12.30', 'Lunch (two choices of main course)'],
  ['3.00', 'Afternoon tea and homemade cake'],
  ['5.30', 'Supper'],
  ['8.00 onwards', 'Hot drinks, and bed whenever you choose'],
];
const tAfter = j(
  'Our hairdresser Jean visits every Wednesday and the chiropodist every six weeks. Communion is held in the lounge on the',
  'first Sunday of the month.',
);
const tMenu = ['Home', 'About Rosedene', 'Our Rooms', 'Visiting', 'Fees', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Rosedene Residential Care Home - Visiting</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="rosedene, care home, residential home, elderly care, visiting"><link href="rosedene.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#F4EFE6" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="140" alt="Rosedene Residential Care Home"></td></tr>
<tr><td width="170" valign="top" bgcolor="#7A9A5B" class="navbar"><table width="170" border="0" cellspacing="0" cellpadding="4">
${tMenu.map((t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><br><div align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Tel: 01632 960 347</font></div></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#4B6B2E"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tBody[0]}<br><br>${tBody[1]}<br><br>
<b>${tBody[2]}</b><br><br></font>
<table width="95%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC"><tr bgcolor="#E8EFDF"><td><b>Time</b></td><td><b>What happens</b></td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td><font face="Verdana" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table><br><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tAfter}</font><br><br>
<div align="center"><img src="images/garden_small.jpg" width="300" height="200" alt="The garden in June"><br>
<font face="Verdana" size="1"><i>The garden in June</i></font></div><br>
<font face="Verdana" size="1" color="#666666">Page last updated 14/02/2026</font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#4B6B2E" align="center"><font face="Verdana" size="1" color="#FFFFFF">Rosedene Residential Care Home, 12 Church Walk,
Ilverton IL4 2RS<br>&copy; Rosedene 2004-2026 | Site by <a href="http://www.webcraft-ilverton.co.uk"><font color="#FFFFFF">WebCraft Ilverton</font></a>
<br>You are visitor number <img src="/cgi-bin/counter.gif" alt="counter"> 048213</font></td></tr></table></body></html>`;
const tableLayout: TestPage = page({
  name: 'heldout688-table-layout-visiting',
  kind: 'docs',
  html: tHtml,
  title: 'Visiting & Daily Life at Rosedene',
  headings: [tBody[2] ?? ''],
  body: [tBody[0] ?? '', tBody[1] ?? '', ...tRows.map(row), tAfter],
  bylines: ['Page last updated 14/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tMenu, 'Tel: 01632 960 347', 'The garden in June', 'Rosedene Residential Care Home, 12 Church Walk, Ilverton IL4 2RS',
    '© Rosedene 2004-2026 | Site by WebCraft Ilverton', 'You are visitor number 048213',
  ],
});

const cTitle = 'Deferred payment agreement for Mum’s care home fees – has anyone done this?';
const cPosts: [string, string, string, string[]][] = [
  [
    'janetwade',
    '2026-01-08T19:22:41Z',
    'January 8, 2026,  7:22pm',
    [
      j(
        'Mum moved into a care home in November and the council has said her savings will run out by the spring. She owns her',
        'house, which we do not want to sell straight away because my brother lives there and is looking for somewhere else.',
      ),
      j(
        'The social worker mentioned a deferred payment agreement. As I understand it the council pays the fees and puts a charge',
        'on the house, and the money is paid back when the house is sold. Has anyone been through this? How long did it take?',
      ),
    ],
  ],
  [
    'morag.s',
    '2026-01-08T21:05:10Z',
    'January 8, 2026,  9:05pm',
    [
      j(
        'We did this for Dad two years ago. It took about ten weeks from applying to the agreement being signed, mainly because',
        'of the valuation and the Land Registry. The council backdated it, so nothing was owed to the home in the meantime.',
      ),
      'Things I wish I had known:',
    ],
  ],
  [
    'Derek_H',
    '2026-01-09T08:47:33Z',
    'January 9, 2026,  8:47am',
    [
      j(
        'One thing to check: if your brother is living in the house, it may be disregarded altogether while he is there, depending',
        'on his age and circumstances. Ask the financial assessment team about the property disregard before you sign anything.',
      ),
    ],
  ],
];
const cMorag = ['interest is charged, at a low rate that changes every six months', 'there is a one-off set-up fee, ours was £420'];
const cQuote = j('The social worker mentioned a deferred payment agreement. As I understand it the council pays the fees and puts a charge', 'on the house');
const cRel: [string, string, string, string][] = [
  ['Top-up fees: who pays if the council rate is too low?', '14', '1.9k', 'Dec 2025'],
  ['Attendance Allowance once Mum is in a care home', '6', '812', 'Nov 2025'],
];
const cPost = ([user, iso, when, paras]: [string, string, string, string[]], i: number): string => {
  const extra =
    i === 1
      ? `<ul>${cMorag.map((t) => `<li>${t}</li>`).join('')}</ul>`
      : i === 2
        ? `<aside class="quote no-group" data-username="janetwade" data-post="1" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.carerscorner.org.uk/janetwade/48/812_2.png" class="avatar"> janetwade:</div>
<blockquote><p>${cQuote}</p></blockquote></aside>`
        : '';
  const body = i === 2 ? `${extra}\n${paras.map((p) => `<p>${p}</p>`).join('\n')}` : `${paras.map((p) => `<p>${p}</p>`).join('\n')}${extra}`;
  return `<div id="post_${i + 1}" ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.carerscorner.org.uk/u/${user}"><span itemprop="name">${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.carerscorner.org.uk/t/deferred-payment-agreement/4821"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="${iso}" class="post-time">${when}</time><meta itemprop="dateModified" content="${iso}">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">
${body}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - i}"><span class="post-likes">${3 - i} Likes</span></div></div>`;
};
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle} - Paying for care - Carers Corner Community</title>
<meta name="description" content="Mum moved into a care home in November and the council has said her savings will run out by the spring.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.carerscorner.org.uk/t/deferred-payment-agreement/4821">
<link href="/stylesheets/color_definitions_carers_2_4_0f1e.css?__ws=forum.carerscorner.org.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_f0a1e2.css?__ws=forum.carerscorner.org.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Carers Corner Community">
<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="2 mins 🕑">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.carerscorner.org.uk"}</script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/carers-logo.png" alt="Carers Corner Community" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/deferred-payment-agreement/4821">${cTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/paying-for-care/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #0E76BD"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Paying for care</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-category"><div class="discourse-tags list-tags">
<a href="/tag/deferred-payment" class="discourse-tag" rel="tag">deferred-payment</a>, <a href="/tag/council-funding" class="discourse-tag"
rel="tag">council-funding</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${cTitle}">
<meta itemprop="articleSection" content="Paying for care"><meta itemprop="keywords" content="deferred-payment, council-funding">
${cPosts.map(cPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${cRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${4700 + i}" class="title raw-link raw-topic-link">${t}</a>
</span><div class="link-bottom-line"><a href="/c/paying-for-care/7" class="badge-wrapper bullet"><span class="badge-category-bg"
style="background-color: #0E76BD"></span><span class="badge-category clear-badge"><span class="category-name">Paying for care</span></span></a></div></td>
<td></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views" title="views">${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = page({
  name: 'heldout688-discourse-deferred-payment',
  kind: 'forum',
  html: cHtml,
  title: cTitle,
  headings: [],
  body: [...(cPosts[0]?.[3] ?? []), ...(cPosts[1]?.[3] ?? []), ...cMorag, cQuote, ...(cPosts[2]?.[3] ?? [])],
  bylines: cPosts.flatMap(([user, , when]) => [user, when.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Paying for care', 'deferred-payment', 'council-funding', '1', '2', '3', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...cRel.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT688_E: readonly TestPage[] = [tableLayout, discourse];
