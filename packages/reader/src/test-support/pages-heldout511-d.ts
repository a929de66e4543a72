import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout511-kit.js';

/**
 * Held-out batch 511, file d: a rural water association's supply-interruption notice on an old hand-written table layout
 * (font tags, a left link column, a hit counter), and a community energy co-operative's news post on Ghost (Casper theme,
 * a callout card, a bookmark card, the members sign-up box and "read more" cards).
 */
const tTitle = 'NOTICE: Water Off Thursday for Main Repair on Gorse Hill Road';
const tBody = [
  j(
    'Members on Gorse Hill Road, Tanners Lane and the upper end of Brook Street will be without water on Thursday 17 April from',
    '9:00 a.m. until about 3:00 p.m. while our contractor replaces a cracked 4-inch main near the old creamery.',
  ),
  'Please fill a few jugs and the bath the night before. A water tank will be parked at the chapel car park for drinking water during the day.',
  j(
    'When the water comes back on it may look cloudy or brown for a short while. Run the cold kitchen tap until it is clear before',
    'using it. Do not run the hot taps or the washing machine until then.',
  ),
  'Questions? Call Dennis at the pump house, 555-0187, or leave a note in the box at the office.',
];
const tSide = ['Home', 'Notices', 'Pay Your Bill', 'Water Quality Report', 'Board Minutes', 'Contact Us'];
const tHtml = `<!DOCTYPE html>
<html><head><title>Fernhill Valley Water Association - Notices</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="fernhill water, water association, notices">
<style type="text/css">body{margin:0;background:#cfe3f2} a:link{color:#003399} .small{font-size:11px}</style>
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#CFE3F2" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="110" alt="Fernhill Valley Water Association"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6F0F8"><table width="100%" border="0" cellpadding="4" cellspacing="0">
${tSide.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><br><font face="Verdana, Arial" size="1">Office hours:<br>Mon, Wed, Fri 9-12</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Verdana, Arial" size="4" color="#CC0000"><b>${tTitle}</b></font><br>
<font face="Verdana, Arial" size="1" color="#666666">Posted April 11</font>
<font face="Verdana, Arial" size="2">
${ps(tBody)}
<p align="right">- The Board of Directors</p></font>
<hr size="1" noshade><font face="Verdana, Arial" size="1"><a href="notices.htm">&lt;&lt; Back to all notices</a></font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#003366"><font face="Verdana, Arial" size="1" color="#FFFFFF">Fernhill Valley Water Association, Inc. &middot;
PO Box 42, Fernhill &middot; Page last updated 04/11<br>You are visitor number <img src="/cgi-bin/counter.cgi?df=notices.dat" alt="counter"></font></td></tr>
</table></body></html>`;
const tableWater: TestPage = {
  name: 'heldout511-table-layout-water-off',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['Posted April 11', '- The Board of Directors', 'Page last updated 04/11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide, 'Office hours:', 'Mon, Wed, Fri 9-12', '<< Back to all notices', 'Fernhill Valley Water Association, Inc. · PO Box 42, Fernhill ·',
    'You are visitor number',
  ],
};

const gTitle = 'Share offer closes: what Windy Knowe will pay back to members';
const gDek = 'We raised £1.84 million from 1,126 members. Here is how the money will be spent and when the first interest is due.';
const gIntro = [
  j(
    'The share offer for our second turbine closed at midnight on Sunday, nine days early, after we passed the target on Friday',
    'afternoon. Thank you to everyone who invested, and to the volunteers who ran the stalls at four farmers’ markets and the',
    'Lammas show.',
  ),
  j(
    'Just under two thirds of the money came from people living within 15 miles of the site, which was the aim we set at the',
    'start. The smallest investment was the minimum of £100; the median was £750.',
  ),
];
const gH1 = 'Where the money goes';
const gMoney = [
  'the 900kW turbine, tower and foundations: £1.31 million',
  'the grid connection and a new 1.2km cable to the Ravensgill substation: £286,000',
  'the access track, crane hire and contingency: £244,000',
];
const gH2 = 'Returns and the community fund';
const gReturns = [
  j(
    'The business plan projects interest of 4.5% a year from the end of the first full year of generation, which we expect in',
    'autumn 2028. Members can start to withdraw capital from year four. None of this is guaranteed: the return depends on the',
    'wind and on power prices.',
  ),
  j(
    'As with our first turbine, 10% of the profit goes to the Windy Knowe community fund. Over the life of the turbine that is',
    'expected to be around £420,000 for insulation grants, the village hall and the school minibus.',
  ),
];
const gCallout = 'Share certificates will be posted by the end of June. If you moved house during the offer, email the membership secretary.';
const gH3 = 'What happens next';
const gNext = [
  'The turbine is due to be delivered in sections in May 2028, and we will close the Knowe road for two nights while the blades come through.',
  'Our AGM is on 14 September in the Ravensgill Institute. All members can vote, one member one vote, however many shares you hold.',
];
const gNav = ['Home', 'About', 'Our turbines', 'Invest', 'News'];
const gMore = ['Turbine one: our 2026 generation report', 'Bird survey results for the Windy Knowe site', 'Planning permission granted for turbine two'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d1f2a7c3b">
<link rel="canonical" href="https://news.ravensgillenergy.coop/share-offer-closes/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Ravensgill Community Energy">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ravensgill Community Energy"},
"author":{"@type":"Person","name":"Tamsin Arkwright"},"headline":"${gTitle}","datePublished":"2027-05-24T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://news.ravensgillenergy.coop/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:5px}</style></head>
<body class="post-template tag-news tag-turbine-two is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://news.ravensgillenergy.coop">
<img src="/content/images/2026/01/rce-logo.png" alt="Ravensgill Community Energy"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news tag-turbine-two">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar"><img class="author-profile-image" src="/content/images/2026/03/tamsin.jpg" alt="Tamsin Arkwright"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Arkwright</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-05-24">May 24, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/05/windy-knowe.jpg 600w" src="/content/images/size/w2000/2027/05/windy-knowe.jpg"
alt="The Windy Knowe site">
<figcaption><span style="white-space: pre-wrap;">The Windy Knowe site from the Ravensgill road. Photo: Ewan Blackett</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="where-the-money-goes">${gH1}</h2><ul>${lis(gMoney)}</ul>
<h2 id="returns-and-the-community-fund">${gH2}</h2>${ps(gReturns)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📬</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="what-happens-next">${gH3}</h2>${ps(gNext)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://ravensgillenergy.coop/agm"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">AGM 2027: papers and proxy forms</div>
<div class="kg-bookmark-description">Download the accounts, the directors' report and a proxy form.</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">Ravensgill Community Energy</span>
</div></div></a></figure>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"></a>
<div class="post-card-content">
<a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.ravensgillenergy.coop">Ravensgill Community Energy</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="/assets/built/casper.js?v=8d1f2a7c3b"></script></body></html>`;
const ghostCoop: TestPage = {
  name: 'heldout511-ghost-share-offer',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gDek, ...gIntro, ...gMoney, ...gReturns, gCallout, ...gNext]),
  bylines: ['Tamsin Arkwright', 'May 24, 2027', '• 3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign in', 'Subscribe', 'The Windy Knowe site from the Ravensgill road. Photo: Ewan Blackett', 'AGM 2027: papers and proxy forms',
    "Download the accounts, the directors' report and a proxy form.", 'Ravensgill Community Energy', 'Sign up for more like this.', 'Enter your email',
    ...gMore, 'Ravensgill Community Energy © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT511_D: readonly TestPage[] = [tableWater, ghostCoop];
