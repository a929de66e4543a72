import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout699-kit.js';

/**
 * Held-out batch 699, file f: a beekeeping club's seasonal calendar page in an old hand-written table layout, and a trade
 * news article on a beekeeping magazine's Next.js site.
 */
const tTitle = 'The Beekeeper’s Year: What to Do and When';
const tRows = [
  ['March', 'First inspection on a warm day. Check for a laying queen and enough stores.'],
  ['April', 'Add a super when the bees cover seven frames. Start swarm control checks every 7 days.'],
  ['June', 'Take off the spring honey before it sets. Watch for the June gap.'],
  ['August', 'Take off the summer crop. Treat for varroa as soon as the supers are off.'],
  ['October', 'Fit mouse guards. Heft the hives to check the winter stores.'],
];
const tIntro = j(
  'This calendar was put together by members of the Old Penwick Bee Club for beginners. Dates are for our district; if you keep',
  'bees on high ground, everything happens two or three weeks later.',
);
const tEnd = 'Print this page and pin it up in your shed!';
const tSide = ['Home', 'Club Apiary', 'Calendar', 'Meetings', 'Links', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Old Penwick Bee Club - Calendar</title>
<meta name="keywords" content="bees, beekeeping, Penwick, calendar, honey"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/javascript">function MM_swapImgRestore(){var
i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#FFF8DC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#E8B923" height="90">
<img src="images/banner.gif" width="780" height="90" alt="Old Penwick Bee Club"></td></tr>
<tr><td width="160" valign="top" bgcolor="#F5DEB3" class="sidebar">
<br>${tSide.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${t}</a><br>`).join('\n')}
<br><br><font size="1">Visitors since 2003:<br><img src="/cgi-bin/counter.pl?page=calendar" alt="counter"></font></td>
<td width="620" valign="top" class="content"><table width="100%" border="0" cellpadding="10"><tr><td>
<font face="Verdana, Arial" size="4" color="#8B4513"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${tIntro}<br><br>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#8B4513"><tr bgcolor="#E8B923"><td><b>Month</b></td><td><b>Jobs</b></td></tr>
${tRows.map((r) => `<tr><td valign="top"><b>${r[0]}</b></td><td>${r[1]}</td></tr>`).join('\n')}</table><br>
<i>${tEnd}</i></font><br><br>
<font face="Verdana, Arial" size="1">Page last updated 12/02/2009 by the webmaster</font></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#E8B923"><font face="Verdana, Arial" size="1">&copy; Old Penwick Bee Club 2003-2009 |
<a href="mailto:webmaster@oldpenwickbees.org.uk">Email the webmaster</a></font></td></tr></table></body></html>`;
const table: TestPage = gold({
  name: 'heldout699-table-calendar',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tIntro, ...tRows.map((r) => r.join(' ')), tEnd]),
  bylines: ['Page last updated 12/02/2009 by the webmaster'],
  furniture: [...tSide, 'Visitors since 2003:', '© Old Penwick Bee Club 2003-2009 |', 'Email the webmaster'],
});

const nTitle = 'Honey imports fall for third year as co-operative warns on prices';
const nDek = 'Smaller harvests abroad and new labelling rules have cut imports, but growers say shelf prices are not reaching producers.';
const nBody = [
  j(
    'Honey imports fell by 11 per cent in 2026, the third annual fall in a row, according to trade figures published on Tuesday.',
    'The drop was steepest for blended honey sold in squeezy bottles, which now has to list every country of origin on the label.',
  ),
  j(
    'The Eastmoor Honey Co-operative, which buys from 140 beekeepers, said shop prices for local honey rose by nearly a fifth',
    'over the same period, while the price it was able to pay members rose by only 6 per cent.',
  ),
  '“The money is going somewhere, and it is not going to the person who lifted the supers,” said the co-operative’s chair, Aled Morrow.',
  'Labels and blends',
  j(
    'Packers blamed higher glass and transport costs. One large packer, which asked not to be named, said the labelling rules',
    'had forced it to stop buying from several small exporters whose honey could not be traced to a single country.',
  ),
  'What comes next',
  j(
    'The co-operative is asking members to sell more directly at farm gates and markets. A survey of members will close at the',
    'end of the month, and results are due at the spring conference in Harrowfield.',
  ),
];
const nNav = ['News', 'Practical', 'Science', 'Business', 'Events', 'Subscribe'];
const nTrend = ['Varroa resistance trial reaches year three', 'The best hive scales tested', 'Inside a queen-rearing yard'];
const nFoot = ['About us', 'Advertise', 'Contact', 'Privacy', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | The Apiarist Weekly</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/8d3c2b1e6f0a.css" as="style"><link rel="stylesheet" href="/_next/static/css/8d3c2b1e6f0a.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-02-16T12:00:00Z",
"author":[{"@type":"Person","name":"Hollis Garrow"}]}</script><script src="/_next/static/chunks/webpack-5c1d.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-9a8b.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__x1F2a" href="#main">Skip to content</a>
<div class="CookieBanner_banner__Qe0aZ" role="dialog" aria-label="Cookie consent">
<p class="CookieBanner_text__1hW2s">We use cookies to keep the site working and to see how it is used.</p>
<button class="Button_primary__a7Bq1">Accept all</button><button class="Button_secondary__9xKd2">Manage preferences</button></div>
<header class="Header_header__vK3sT"><div class="Header_inner__2mPzL"><a class="Header_logo__Jd9aE" href="/">
<span class="sr-only">The Apiarist Weekly</span><svg></svg></a>
<nav class="Header_nav__p0Lw4" aria-label="Main"><ul>${links(nNav, 'Header_item__Zr8sQ')}</ul></nav>
<button class="Header_search__kQ1vU" aria-label="Search"><svg></svg></button></div></header>
<main id="main" class="Layout_main__h4GxR"><article class="Article_article__t8RxV"><header class="ArticleHeader_header__M2bn5">
<a class="ArticleHeader_section__dY3mQ" href="/business">Business</a><h1 class="ArticleHeader_title__F1kqo">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Lw9Pz">${nDek}</p><div class="ArticleHeader_meta__8hXcR">
<span class="ArticleHeader_author__3pQnT">By <a href="/authors/hollis-garrow">Hollis Garrow</a></span>
<time dateTime="2027-02-16T12:00:00Z" class="ArticleHeader_date__Rt6bY">16 February 2027</time></div>
<div class="ShareBar_share__c9Vm2"><span>Share</span><a href="https://twitter.com/intent/tweet" aria-label="Share on X">X</a>
<a href="https://www.facebook.com/sharer" aria-label="Share on Facebook">Facebook</a>
<button class="ShareBar_copy__Gh3kP">Copy link</button></div></header>
<div class="ArticleBody_body__Kx0pe">${ps(nBody.slice(0, 2))}<blockquote class="ArticleBody_quote__tP4nZ"><p>${nBody[2]}</p></blockquote>
<h2>${nBody[3]}</h2>${ps([nBody[4] ?? ''])}
<aside class="Newsletter_box__bV7eQ"><h3>The Friday Frame</h3><p>Our weekly round-up for working beekeepers.</p><form>
<input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
<h2>${nBody[5]}</h2>${ps([nBody[6] ?? ''])}</div>
<footer class="ArticleFooter_footer__Wq2sL"><ul class="Tags_tags__Fv1nB"><li><a href="/tag/honey-market">Honey market</a></li><li>
<a href="/tag/co-operatives">Co-operatives</a></li></ul></footer></article>
<aside class="Trending_trending__mZ3kd"><h2 class="Trending_title__s1hLq">Most read</h2><ol>${links(nTrend, 'Trending_item__Vb8nA')}</ol></aside></main>
<footer class="Footer_footer__9gLkW"><ul>${links(nFoot)}</ul><p>© 2027 Hivecraft Media Ltd. The Apiarist Weekly is published in Harrowfield.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"honey-imports-fall"}},
"page":"/[section]/[slug]","buildId":"Zq8Ww"}</script></body></html>`;
const nextjs: TestPage = gold({
  name: 'heldout699-nextjs-honey-imports',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[3] ?? '', nBody[5] ?? ''],
  body: texts([nDek, ...nBody.filter((_, i) => i !== 3 && i !== 5)]),
  bylines: ['By Hollis Garrow', '16 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We use cookies to keep the site working and to see how it is used.', 'Accept all', 'Manage preferences', 'The Apiarist Weekly', ...nNav,
    'Share', 'X', 'Facebook', 'Copy link', 'The Friday Frame', 'Our weekly round-up for working beekeepers.', 'Sign up', 'Honey market', 'Co-operatives',
    'Most read', ...nTrend, ...nFoot, '© 2027 Hivecraft Media Ltd. The Apiarist Weekly is published in Harrowfield.',
  ],
});

export const HELDOUT699_F: readonly TestPage[] = [table, nextjs];
