import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout526-kit.js';

/**
 * Held-out batch 526, file e: a pick-your-own farm's "what's ready" page in an old hand-made table layout (font tags, a
 * left menu column, a hit counter), and a local news article on a Next.js news site about a farmers' market moving.
 */
const tTitle = 'What\u2019s Ready for Picking';
const tLead = 'Please ring before you come if the weather is bad - we close the fields if they are too wet. Tel. 01632 960 245';
const tUpdates: readonly (readonly [string, readonly string[]])[] = [
  [
    'Strawberries',
    [
      'Plenty in the top field now, Elsanta and Symphony. Good picking all week, best in the mornings before it gets hot.',
      'Tunnel strawberries finished for now, more from mid July.',
    ],
  ],
  ['Raspberries', ['Just starting on the early canes (Glen Ample). Picking should be good by the weekend.']],
  ['Peas & Broad Beans', ['Broad beans ready, pods are a good size. Peas about another week away.']],
  ['Blackcurrants', ['Not yet! We will put a notice up here when they are ready.']],
];
const tPrices = 'Strawberries £4.80 per kg. Raspberries £7.50 per kg. Broad beans £2.50 per kg. Containers provided free of charge.';
const tMenu = ['Home', 'What\u2019s Ready', 'Prices', 'How to Find Us', 'Farm Shop', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Hollins Farm Pick Your Own - What's Ready</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="keywords" content="pick your own, strawberries, raspberries, Hollins Farm, PYO">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFCC" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Hollins Farm Pick Your Own" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#336600"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tMenu
  .map(
    (m) => `<tr><td><font face="Verdana, Arial" size="2">
<a href="${m.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font color="#FFFFFF"><b>${m}</b></font></a></font></td></tr>`,
  )
  .join('\n')}
<tr><td><font face="Verdana, Arial" size="1" color="#FFFFCC">Open 9am - 6pm<br>every day in season</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<h1><font face="Georgia, Times New Roman" color="#336600" size="5">${tTitle}</font></h1>
<p><font face="Verdana, Arial" size="2" color="#CC0000"><b>${tLead}</b></font></p>
${tUpdates
  .map(
    ([h, lines]) =>
      `<h3><font face="Verdana, Arial" color="#336600">${esc(h)}</font>
</h3>\n${lines.map((l) => `<p><font face="Verdana, Arial" size="2">${l}</font></p>`).join('\n')}`,
  )
  .join('\n')}
<hr size="1" color="#336600">
<p><font face="Verdana, Arial" size="2"><b>Prices this season:</b> ${tPrices.replace(/£/g, '&pound;')}</font></p>
<p><font face="Verdana, Arial" size="1"><i>Last updated 14th June 2025</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336600" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">Hollins Farm, Hollins Lane, Brereton Ford<br>
&copy; Hollins Farm 2003-2025 | <a href="mailto:info@hollinsfarm.example"><font color="#FFFFFF">Email us</font></a></font><br>
<img src="http://counter.example/c.gif?id=hollins" alt="counter"><font face="Verdana, Arial" size="1" color="#FFFFCC">You are visitor number 048213</font>
</td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout526-pyo-ready-table-layout',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tUpdates.map(([h]) => h),
  body: [tLead, ...tUpdates.flatMap(([, lines]) => lines), `Prices this season: ${tPrices}`],
  bylines: ['Last updated 14th June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'How to Find Us', 'Farm Shop', 'Guestbook', 'Open 9am - 6pm every day in season',
    'Hollins Farm, Hollins Lane, Brereton Ford', '© Hollins Farm 2003-2025 | Email us', 'You are visitor number 048213',
  ],
};

const nTitle = 'Farmers’ market to move to old cattle market site after 18 years on the high street';
const nDek = 'Traders say the change will give them more room, but some shops in Kettleby fear they will lose Saturday trade.';
const nParas = [
  j(
    'Kettleby’s monthly farmers’ market will leave the high street in September and move to the former cattle market on',
    'Station Road, the town council has confirmed.',
  ),
  j(
    'The market, which started in 2007 with eleven stalls, now has more than forty regular traders and a waiting list. Organisers',
    'say the high street can no longer fit them all safely, and that the closure of the road every month has become harder to',
    'arrange since the bus route changed.',
  ),
  j(
    '"We have loved being in the middle of town, but we are squeezed in between the bus stops and the bollards," said market',
    'manager Carys Odell. "At the cattle market we will have cover if it rains, proper parking and space for hot food."',
  ),
  'Worries for shops',
  j(
    'Not everyone is pleased. Several high street businesses told the council that market days are among their busiest of the',
    'month, and that shoppers who come for the market often stay for a coffee or lunch.',
  ),
  j(
    '"On market Saturday we take about a third more than on any other Saturday," said Denholm Price, who runs a bookshop opposite',
    'the church. "The cattle market is a ten-minute walk away. People will park there, buy their cheese and go home."',
  ),
  j(
    'The council says it will run a free shuttle bus between the two sites for the first six months and put signs on the high',
    'street on market days. It will also review footfall figures in the spring.',
  ),
  'What happens next',
  j(
    'The last high street market will be on Saturday 2 August. The first market at the new site is planned for Saturday 6',
    'September, with a launch day that will include cookery demonstrations and a children’s tractor show.',
  ),
  j('Traders who want to take part are asked to contact the market office by the end of June so that pitches can be allocated.'),
];
const nRead = 'Read more: Kettleby cattle market to be turned into events space';
const nNav = ['News', 'Sport', 'What’s On', 'Food & Drink', 'Property', 'Jobs'];
const nMost = ['Bypass plan back on the table after funding boost', 'Kettleby Town promoted on final day', 'New owners for the Swan Hotel'];
const nFoot = ['About us', 'Contact us', 'Advertise with us', 'Privacy notice', 'Cookie settings'];
const nData = JSON.stringify({ props: { pageProps: { article: { id: 48211, headline: nTitle, section: 'news' } } }, page: '/[section]/[slug]' });
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(nTitle)} | Kettleby Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/4b2e0f1c9a.css" as="style"><link rel="stylesheet" href="/_next/static/css/4b2e0f1c9a.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Farmers market to move",
"author":{"@type":"Person","name":"Niamh Carrow"}}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/_app-8f1e2d.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__k2Qh1" href="#main">Skip to main content</a>
<header class="Header_header__3bQ0x"><div class="Header_top__Xh2kd"><a class="Header_logo__9TqLs" href="/" aria-label="Kettleby Courier home"><svg role="img">
</svg></a>
<button class="Header_subscribe__1pR4c" type="button">Subscribe</button></div>
<nav class="Nav_nav__Zq1v8" aria-label="Sections"><ul class="Nav_list__m3P0a">${links(nNav, 'Nav_item__t7W2e')}</ul></nav></header>
<main id="main" class="Layout_main__R8dVw"><div class="Ad_slot__pT0kL Ad_leaderboard__Yq4mN"><span class="Ad_label__2mC1u">Advertisement</span>
<div id="div-gpt-ad-top"></div></div>
<article class="Article_article__p0G4a"><header class="Article_header__sM2yE"><a class="Article_kicker__bV0nQ" href="/news">Kettleby</a>
<h1 class="Article_headline__x7Y2b">${nTitle}</h1><p class="Article_standfirst__Lk8d1">${nDek}</p>
<div class="Byline_byline__H4e2Z"><span class="Byline_author__c9Vx0">By <a href="/author/niamh-carrow">Niamh Carrow</a></span>
<time class="Byline_time__Q1w7p" dateTime="2025-06-11T06:30:00.000Z">Wednesday 11 June 2025, 7:30am</time></div>
<div class="Share_share__a2Zr9"><button class="Share_button__Fb0dX" type="button">Facebook</button>
<button class="Share_button__Fb0dX" type="button">WhatsApp</button>
<button class="Share_button__Fb0dX" type="button">Copy link</button></div></header>
<figure class="Article_figure__T6yBf"><img alt="" src="/_next/image?url=%2Fimages%2Fmarket.jpg&amp;w=1200&amp;q=75" loading="eager">
<figcaption class="Article_caption__8Lm3N">Stalls on Kettleby high street last summer. Picture: Courier</figcaption></figure>
<div class="ArticleBody_body__V9r1c">
${ps(nParas.slice(0, 3))}
<p class="ArticleBody_related__Kx1p7"><a href="/news/cattle-market-events-space">${nRead}</a></p>
<h2>${nParas[3]}</h2>
${ps(nParas.slice(4, 7))}
<div class="Ad_slot__pT0kL Ad_mpu__9vBz3"><span class="Ad_label__2mC1u">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
<h2>${nParas[7]}</h2>
${ps(nParas.slice(8))}
</div>
<div class="Newsletter_box__Ue4rS"><h3 class="Newsletter_title__tN9aP">Get the Courier’s morning briefing</h3><form><label for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit">Sign me up</button></form></div></article>
<aside class="MostRead_mostRead__oP5sY"><h2 class="MostRead_title__K0w8R">Most read</h2><ol>${links(nMost)}</ol></aside></main>
<footer class="Footer_footer__Cw3qL"><ul>${links(nFoot)}</ul><p>© 2025 Kettleby Courier Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextNews: TestPage = {
  name: 'heldout526-market-move-nextjs-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nParas[3] ?? '', nParas[7] ?? ''],
  body: texts([nDek, ...nParas.filter((_, i) => i !== 3 && i !== 7)]),
  bylines: ['By Niamh Carrow', 'Wednesday 11 June 2025, 7:30am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'News', 'Sport', 'What’s On', 'Food & Drink', 'Property', 'Jobs', 'Advertisement',
    'Facebook', 'WhatsApp', 'Copy link', 'Stalls on Kettleby high street last summer. Picture: Courier', nRead, 'Get the Courier’s morning briefing',
    'Email address', 'Sign me up', 'Most read', ...nMost, ...nFoot, '© 2025 Kettleby Courier Ltd. All rights reserved.',
  ],
};

export const HELDOUT526_E: readonly TestPage[] = [tableLayout, nextNews];
