import { type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts } from './pages-heldout657-kit.js';

/**
 * Held-out batch 657, file f: an oven cleaner's personal essay on Ghost (Casper theme, members sign-up box, "read more" cards), and a family
 * carpet and upholstery cleaner's price list on an old hand-written table layout (FrontPage era: font tags, a marquee, image-and-text
 * navigation, a hit counter and a "last updated" line).
 */
const gTitle = 'What a Thousand Ovens Taught Me About Grease';
const gDek = 'Six years, one van and a lot of burnt-on fat. A few things I wish someone had told me on day one.';
const gH = [
  'Grease is not one thing',
  'The dip tank changed the business',
  'Customers remember the kitchen, not the oven',
  'What I would tell myself on day one',
];
const gOpen = j(
  'I cleaned my first oven for money in the spring of 2021, in a rented terrace two streets from my flat. It took me six hours, I',
  'charged forty pounds and I went home with burns on both wrists. Last week I cleaned my thousandth, and I thought it was worth',
  'writing down what has changed in between.',
);
const gGrease = [
  j(
    'The brown glaze on a door, the black crust on an oven floor and the sticky film on an extractor filter all look like dirt, but',
    'they behave completely differently. The glaze is fat that has polymerised, like the seasoning on a cast-iron pan. The crust is',
    'mostly carbon, from sugar and meat juices that have burnt. The film is fresh fat that has not been heated enough to change at all.',
  ),
  j(
    'Once I understood that, I stopped using one product for everything. Fresh fat comes off with hot water and a degreaser. Glaze',
    'needs time in the tank. Carbon needs a scraper and patience, because no chemical will soften it fast enough to be worth the fumes.',
  ),
];
const gTank = j(
  "For the first year I cleaned racks in the customer's sink, which meant two hours of scrubbing and a kitchen that looked worse when",
  'I left than when I arrived. Buying a heated tank for the van cost me more than the van itself, but it halved the length of a job',
  'and I have not scrubbed a rack by hand since.',
);
const gKitchen = j(
  'Almost nobody looks inside the oven when I have finished. What they notice is whether the floor is clean, whether the worktop is',
  'dry and whether the kitchen smells of chemicals. I now spend the last twenty minutes of every job on the room rather than the',
  'appliance, and my reviews went up the month I started.',
);
const gQuote = 'The oven is the job. The kitchen is the review.';
const gList = [
  'Price by the oven, not by the hour, and say the price before you start.',
  'Photograph everything before you touch it, including the scratches.',
  'Buy the best gloves you can afford. Skin does not grow back quickly.',
  'Say no to the jobs that feel wrong. There will be others.',
];
const gEnd = j(
  'A thousand ovens in, I still like the moment the door glass goes back in clear. I am not sure I will feel the same at two',
  'thousand, but I will let you know.',
);
const gCap = "The van's dip tank, the best money I ever spent.";
const gCards: [string, string, string, string][] = [
  ['Why I Stopped Using Caustic Soda', 'It works. It also strips enamel, ruins seals and once sent me to A&amp;E.', 'Jan 30, 2027', '4 min read'],
  ['A Week With No Cancellations', 'Seven days, nineteen ovens and not a single no-show.', 'Jan 12, 2027', '3 min read'],
  ['The Range That Fought Back', 'Nine burners, two ovens, one grill and a warming drawer full of surprises.', 'Dec 18, 2026', '6 min read'],
];
const gNav = ['Home', 'About', 'Book a clean'];
const gCardHtml = gCards
  .map(
    ([t, ex, d, len], i) => `<article class="post-card post tag-stories"><a class="post-card-image-link" href="/post-${i}/"><img class="post-card-image"
srcset="/content/images/size/w300/2027/card-${i}.jpg 300w, /content/images/size/w600/2027/card-${i}.jpg 600w" sizes="(max-width: 1000px) 400px, 800px"
src="/content/images/size/w600/2027/card-${i}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link"
href="/post-${i}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Stories</span></div><h2
class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2027-01-0${i + 1}">${d}</time><span class="post-card-meta-length">${len}</span></footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://theovenlog.com/assets/built/screen.css?v=a1b2c3d4e5">
<meta name="description" content="${gDek}"><link rel="icon" href="https://theovenlog.com/content/images/size/w256h256/2026/05/favicon.png" type="image/png">
<link rel="canonical" href="https://theovenlog.com/what-a-thousand-ovens-taught-me/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Oven Log"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-02-20T08:12:00.000Z"><meta property="article:tag" content="Stories">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Oven Log"},
"author":{"@type":"Person","name":"Dom Achterberg","url":"https://theovenlog.com/author/dom/"},
"headline":"${gTitle}","datePublished":"2027-02-20T08:12:00.000Z",
"keywords":"Stories","description":"${gDek}"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="The Oven Log" href="https://theovenlog.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.38/umd/portal.min.js" data-i18n="true" data-ghost="https://theovenlog.com/"
data-key="4f2c9e1a7b3d5f6081a2c3b4d5" data-api="https://theovenlog.com/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="4f2c9e1a7b3d5f6081a2c3b4d5"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://theovenlog.com/" crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #c2410c;}</style></head>
<body class="post-template tag-stories is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://theovenlog.com">The Oven Log</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round"
stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a
href="/${t === 'Home' ? '' : `${t.toLowerCase().replace(/ /g, '-')}/`}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a
class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-stories">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/stories/">Stories</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/dom/"
class="author-avatar" aria-label="Read more of Dom Achterberg"><img class="author-profile-image" src="/content/images/size/w100/2026/05/dom.jpg"
alt="Dom Achterberg"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/dom/">Dom Achterberg</a></h4><div
class="byline-meta-content"><time class="byline-meta-date" datetime="2027-02-20">Feb 20, 2027</time><span class="byline-reading-time"><span
class="bull">&bull;</span> 5 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/02/tank.jpg 600w, /content/images/size/w1200/2027/02/tank.jpg 1200w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/tank.jpg" alt="A stainless steel dip tank in the back of a white van">
<figcaption>${gCap}</figcaption></figure></header>
<section class="gh-content gh-canvas">
<p>${gOpen}</p>
<h2 id="grease-is-not-one-thing">${gH[0]}</h2>
${gGrease.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="the-dip-tank-changed-the-business">${gH[1]}</h2>
<p>${gTank}</p>
<h2 id="customers-remember-the-kitchen-not-the-oven">${gH[2]}</h2>
<p>${gKitchen}</p>
<blockquote>${gQuote}</blockquote>
<h2 id="what-i-would-tell-myself-on-day-one">${gH[3]}</h2>
<ul>${lis(gList)}</ul>
<p>${gEnd}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCardHtml}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://theovenlog.com">The Oven Log</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by"><a
href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button></div></div></div></div>
<script src="https://theovenlog.com/assets/built/casper.js?v=a1b2c3d4e5"></script>
<script>$(document).ready(function () { var $postContent = $(".gh-content"); $postContent.fitVids(); });</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout657-ghost-thousand-ovens',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gDek, gOpen, ...gGrease, gTank, gKitchen, gQuote, ...gList, gEnd]),
  bylines: ['Dom Achterberg', 'Feb 20, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Oven Log', 'Book a clean', 'Sign in', 'Subscribe', 'Stories', '5 min read', gCap, 'Sign up for more like this.', 'Enter your email',
    ...texts(gCards.flat()), 'The Oven Log © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const tTitle = 'Our Price List';
const tIntro = j(
  'All prices include VAT and are for standard soiling. Heavily soiled carpets, pet damage and stain removal may cost extra &#8211; we',
  'will always tell you before we start. Minimum charge &#163;45.00.',
);
const tH = ['Carpets', 'Upholstery', 'Other Services'];
const tCarpets = [
  ['Lounge or dining room (up to 4m x 5m)', '£38.00'],
  ['Bedroom', '£28.00'],
  ['Hall, stairs and landing', '£45.00'],
  ['Through lounge', '£55.00'],
  ['Rugs (per square metre)', '£6.50'],
];
const tUphol = [
  ['Three piece suite (fabric)', '£95.00'],
  ['Two seater settee', '£45.00'],
  ['Armchair', '£25.00'],
  ['Leather suite clean and condition', '£110.00'],
];
const tOther = [
  ['Stain guard protection (per room)', '£15.00'],
  ['Deodorise (per room)', '£8.00'],
  ['Mattress clean (double)', '£35.00'],
];
const tEnd = 'OAP discount 10% on all services. Please phone 01632 960274 for a free no-obligation quote.';
const tNav = ['Home', 'About Us', 'Carpet Cleaning', 'Upholstery', 'Price List', 'Testimonials', 'Contact Us'];
const tSite = 'Millbrook Carpet & Upholstery Cleaners';
const tTag = 'Family run since 1986 &#8226; Fully insured &#8226; Free quotes';
const tOffer = 'Spring offer &#8211; 3 rooms for &#163;90 until 30th April!';
const tGuild = 'Member of the Guild of Textile Care Technicians';
const tUpdated = 'Last updated: 12/01/2027';
const priceTable = (rows: string[][]): string => `<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#C0C0C0">
${rows
  .map(
    ([item, price], i) => `<tr bgcolor="${i % 2 === 0 ? '#FFFFFF' : '#F0F4FF'}"><td width="75%"><font face="Verdana, Arial" size="2">${item}</font></td>
<td width="25%" align="right"><font face="Verdana, Arial" size="2">${(price ?? '').replace('£', '&#163;')}</font></td></tr>`,
  )
  .join('\n')}
</table>`;
const pseudoHead = (t: string): string => `<p><font face="Arial" size="4" color="#990000"><b>${t}</b></font></p>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Millbrook Carpet Cleaners - Prices</title>
<meta name="keywords" content="carpet cleaning, upholstery cleaning, millbrook, prices, cheap carpet cleaner">
<meta name="description" content="Carpet and upholstery cleaning prices from Millbrook Carpet and Upholstery Cleaners.">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//--></script>
<style type="text/css"><!-- a:link { color: #003399; text-decoration: none }
a:hover { text-decoration: underline } .small { font-size: 10px } --></style></head>
<body bgcolor="#E8ECF4" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<div align="center"><table width="780" border="0" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="${esc(tSite)}" border="0"></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="2" color="#FFFFFF">${tTag}</font></td></tr>
<tr><td colspan="2" bgcolor="#FFFFCC"><marquee scrollamount="3"><font face="Arial" size="2" color="#CC0000"><b>${tOffer}</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#D6DFEF"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav
  .map(
    (
      t,
    ) => `<tr><td><a href="${t === 'Home' ? 'index' : t.toLowerCase().replace(/ /g, '')}.htm" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage()"><img
src="images/bullet.gif" width="9" height="9" border="0" alt=""> <font face="Arial" size="2"><b>${t}</b></font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><br><img src="images/guild.gif" width="120" height="80" alt="Guild logo"><br><font face="Arial" size="1">${tGuild}</font></td></tr>
</table></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<p align="center"><font face="Arial" size="5" color="#003366"><b>${tTitle}</b></font></p>
<p><font face="Verdana, Arial" size="2">${tIntro}</font></p>
${pseudoHead(tH[0] ?? '')}
${priceTable(tCarpets)}
${pseudoHead(tH[1] ?? '')}
${priceTable(tUphol)}
${pseudoHead(tH[2] ?? '')}
${priceTable(tOther)}
<p><font face="Verdana, Arial" size="2"><b>${tEnd}</b></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Arial" size="1" color="#FFFFFF"><br>
${tNav.map((t) => `<a href="${t === 'Home' ? 'index' : t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a>`).join(' | ')}<br><br>
&copy; ${esc(tSite)} 2002-2027<br>Visitors: <img src="/cgi-bin/Count.cgi?df=prices.dat&amp;dd=C" alt="" align="absmiddle"><br>${tUpdated}<br>
Site by <a href="http://www.woldswebdesign.co.uk"><font color="#FFFFFF">Wolds Web Design</font></a><br><br></font></td></tr>
</table></div></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout657-table-layout-price-list',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: [...texts([tIntro]), ...rowTexts(tCarpets), ...rowTexts(tUphol), ...rowTexts(tOther), tEnd],
  bylines: [tUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...texts([tTag, tOffer]), ...tNav.filter((t) => !['Upholstery', 'Price List'].includes(t)), tGuild, `© ${tSite} 2002-2027`, 'Visitors:',
    'Site by Wolds Web Design',
  ],
};

export const HELDOUT657_F: readonly TestPage[] = [ghost, tableLayout];
