import { links, ps, type TestPage } from './page-kit.js';
import { at, j, rowTexts, trs } from './pages-heldout643-kit.js';

/**
 * Held-out batch 643, file f: a regional tourism board's guide to wildlife boat trips on a Next.js site (CSS-module class
 * names, OneTrust banner, operator cards, __NEXT_DATA__), and a family seal trip page in an old table layout.
 */
const nTitle = 'Seven boat trips to see whales, dolphins and seals on the Calder Coast';
const nDek = 'From half-hour harbour hops to full days at sea, these are the local skippers who know where the wildlife is.';
const nIntro = [
  j(
    'The Calder Coast sits where warm Atlantic water meets the cold currents off the Brannock shelf, and that mix brings in',
    'fish, and the fish bring in everything else. Minke whales feed offshore from June, common dolphins arrive in big pods in',
    'late summer, and grey seals are here all year.',
  ),
  j(
    'All of the operators below are accredited under the regional wildlife-safe scheme, which means trained crew, sensible',
    'distances and no chasing. Book ahead in July and August.',
  ),
];
const nOps = [
  ['Harbour Seal Hop, Kilbrannock', 'Thirty minutes, small open boat, and seals close enough to count whiskers. Perfect for young children.'],
  ['Brannock Sea Safaris, Kilbrannock', 'RIB trips out to the shelf edge, the best bet for minke whales. Fast, wet and thrilling; over-12s only.'],
  ['Calder Queen, Portcalder', 'A proper old passenger boat with a café on board and a slow three-hour loop of the bay and the seal caves.'],
  ['Saltmarsh Kayaks, Inverbray', 'Guided paddles along the estuary at high tide, where seals often pop up beside the kayaks.'],
  ['Atlantic Edge Charters, Portcalder', 'Full-day offshore trips for keen wildlife watchers, with a marine biologist on every sailing.'],
  ['Sunset Sails, Inverbray', 'Evening trips under sail in July and August. Dolphins are not guaranteed, but the sunsets are.'],
  ['Puffin Isle Ferry, Portcalder', 'The island ferry runs twice a day. It is not a wildlife trip, but dolphins often ride the bow wave.'],
];
const nOutro = j(
  'Whichever trip you choose, bring layers, a waterproof and a pair of binoculars, and leave the drone at home: drones are',
  'banned over the seal colonies from September to December.',
);
const nNav = ['Things to do', 'Places to go', 'Where to stay', 'Events', 'Plan your trip'];
const nRel = ['The Calder Coast’s best clifftop walks', 'Where to eat fresh seafood on the coast', 'A weekend in Portcalder with kids'];
const nFoot = ['About us', 'Contact', 'Trade and media', 'Accessibility', 'Privacy notice', 'Cookie settings'];
const opCard = ([name, text]: readonly string[], i: number): string => `<li class="OperatorList_item__Qx3vN"><div class="OperatorCard_card__8dKpL">
<div class="OperatorCard_number__tB1sa" aria-hidden="true">${i + 1}</div><div class="OperatorCard_body__m2RyW">
<h3 class="OperatorCard_title__Zk7dE">${name}</h3>
<p class="OperatorCard_text__Tn0pA">${text}</p><a class="Button_button__h3Yx1 Button_secondary__3fQ9a" href="/operators/${i + 1}">Visit website</a></div>
</div></li>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seven boat trips to see whales, dolphins and seals | Visit Calder Coast</title><meta name="description" content="${nDek}">
<link rel="canonical" href="https://www.visitcaldercoast.com/inspiration/wildlife-boat-trips"><meta property="og:type" content="article">
<meta name="next-head-count" content="7"><link rel="preload" href="/_next/static/css/4e1a7c2b9d.css" as="style">
<link rel="stylesheet" href="/_next/static/css/4e1a7c2b9d.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3b6f1e.js" defer=""></script><script src="/_next/static/chunks/pages/inspiration/[slug]-7a2e.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person","name":"Isla Carrow"},
"datePublished":"2026-03-18","dateModified":"2026-05-02"}</script></head>
<body><div id="__next"><a class="SkipLink_skip__p2Zr4" href="#main">Skip to main content</a>
<header class="Header_header__x7Qk2"><div class="Header_inner__K1rTa"><a class="Header_logo__c9Ls0" href="/" aria-label="Visit Calder Coast home">
<svg viewBox="0 0 120 40" role="img"><title>Visit Calder Coast</title></svg></a><nav class="MainNav_nav__f0Pq2" aria-label="Main">
<ul class="MainNav_list__8gHz1">
${links(nNav, 'MainNav_item__2Jd0s')}</ul></nav><button class="SearchToggle_button__Wm4eR" type="button"><span class="VisuallyHidden_root__y1Rf3">Search</span>
<svg aria-hidden="true" viewBox="0 0 24 24"></svg></button></div></header>
<main id="main" class="Layout_main__R8ajQ"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__mN3c4"><ol class="Breadcrumbs_list__1UvaX">
<li><a href="/">Home</a></li><li><a href="/inspiration">Inspiration</a></li><li><a href="/inspiration/wildlife">Wildlife</a></li></ol></nav>
<article class="ArticleLayout_article__3FgHk"><header class="ArticleHeader_header__9bE2s"><p class="ArticleHeader_kicker__Hd71o">Wildlife</p>
<h1 class="ArticleHeader_title__vB6xQ">${nTitle}</h1><p class="ArticleHeader_dek__0cWnY">${nDek}</p><div class="ArticleHeader_meta__L2sPq">
<span class="ArticleHeader_author__pZ7kT">Words by Isla Carrow</span><time dateTime="2026-05-02" class="ArticleHeader_date__QmE9r">Updated 2 May 2026</time>
</div></header><figure class="HeroImage_figure__hT0vN"><span style="box-sizing:border-box;display:block;overflow:hidden;position:relative">
<img alt="Common dolphins bow-riding off Portcalder" src="/_next/image?url=%2Fmedia%2Fdolphins.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="responsive"
style="position:absolute;inset:0;width:0;height:0;min-width:100%;max-width:100%"></span><figcaption class="HeroImage_caption__Vc4sA">
Common dolphins off Portcalder in August. Photo: Rob Tennant / Calder Sea Trust</figcaption></figure>
<div class="ShareBar_bar__Yw8uN"><span class="ShareBar_label__eL1xX">Share</span>
<a href="https://www.facebook.com/sharer/sharer.php" aria-label="Share on Facebook"
class="ShareBar_link__ci3Bn"><svg></svg></a><a href="https://x.com/intent/post" aria-label="Share on X" class="ShareBar_link__ci3Bn"><svg></svg></a>
<button class="ShareBar_copy__FoV7e" type="button">Copy link</button></div>
<div class="RichText_body__Ds2Uf">${ps(nIntro)}</div>
<ol class="OperatorList_list__dN5Tb">${nOps.map(opCard).join('\n')}</ol>
<aside class="Promo_box__qH4xu"><p class="Promo_title__8dVtK">Planning a trip?</p><p>Order our free Calder Coast wildlife map, with every seal haul-out and
viewpoint marked.</p><a class="Button_button__h3Yx1" href="/map">Order the map</a></aside>
<div class="RichText_body__Ds2Uf"><p>${nOutro}</p></div></article>
<section class="RelatedArticles_section__U1tZw" aria-labelledby="related"><h2 id="related" class="RelatedArticles_heading__p4Fqm">You might also like</h2>
<ul class="RelatedArticles_list__k9Xc2">${nRel
  .map(
    (t) => `<li class="RelatedArticles_item__4aSnV"><a href="/inspiration/x"><p class="Card_title__2xHpe">${t}</p>
</a></li>`,
  )
  .join('\n')}</ul></section>
<section class="Newsletter_section__aW0e3"><h2 class="Newsletter_heading__Gz4oP">Get the Calder Coast in your inbox</h2><form class="Newsletter_form__q1Zt8">
<label for="nl-email" class="Newsletter_label__Vx2kE">Email address</label><input id="nl-email" type="email" name="email" required="">
<button type="submit" class="Button_button__h3Yx1">Sign up</button></form></section></main>
<footer class="Footer_footer__Lm3aZ"><ul class="Footer_links__Eb7tR">${links(nFoot)}</ul>
<p class="Footer_small__sH8gD">© 2026 Calder Coast Tourism Partnership. Registered charity SC049112.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog"
aria-describedby="onetrust-policy-text"><div class="ot-sdk-container"><div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to give you
the best experience on our website and to show you relevant adverts.</div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"wildlife-boat-trips","title":"${nTitle}",
"author":"Isla Carrow"}},"__N_SSG":true},"page":"/inspiration/[slug]","query":{"slug":"wildlife-boat-trips"},"buildId":"k3Vb9xQ2","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout643-nextjs-tourism-guide',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nOps.map(([h]) => h ?? ''),
  body: [nDek, ...nIntro, ...nOps.map(([, t]) => t ?? ''), nOutro],
  bylines: ['Words by Isla Carrow', 'Updated 2 May 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Search', 'Home', 'Inspiration', 'Common dolphins off Portcalder in August. Photo: Rob Tennant / Calder Sea Trust',
    'Share', 'Copy link', '1', '2', '3', '4', '5', '6', '7', 'Visit website', 'Planning a trip?',
    'Order our free Calder Coast wildlife map, with every seal haul-out and viewpoint marked.',
    'Order the map', 'You might also like', ...nRel, 'Get the Calder Coast in your inbox', 'Email address', 'Sign up', ...nFoot,
    '© 2026 Calder Coast Tourism Partnership. Registered charity SC049112.',
    'We use cookies to give you the best experience on our website and to show you relevant adverts.', 'Cookies Settings', 'Reject All',
    'Accept All Cookies',
  ],
};

const tTitle = 'Seal Trips to Holm Skerry';
const tIntro = [
  j(
    'Come and see the seals with Alec and Janet Drever aboard the MV Guillemot, a 32ft ex-fishing boat licensed for 12',
    'passengers. We have been running trips from Skaill pier since 1994.',
  ),
  j(
    'The trip takes about 1½ hours. We go round Holm Skerry where up to 200 common and grey seals lie out on the rocks, then',
    'along under the cliffs at Ward Head to see the puffins (May to July) and back by the old lighthouse.',
  ),
];
const tRows = [
  ['May', '10.30 &amp; 2.30', 'Daily except Sunday'],
  ['June to August', '10.30, 2.30 &amp; 6.00', 'Daily'],
  ['September', '2.30', 'Mon, Wed, Fri'],
];
const tPrices = 'Adults £16, children under 14 £8, under 5s free. Cash or cheque only on the boat, sorry no cards.';
const tBook = j(
  'Please phone to book: 01856 555 730 (evenings best) or mobile 07700 900 412. If nobody answers leave a message and we',
  'will ring you back. Trips depend on the weather, so if in doubt give us a call on the morning.',
);
const tNav = ['Home', 'Seal Trips', 'Fishing', 'Photos', 'How to find us', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="seal trips, orkney, boat trips, holm skerry, puffins, skaill">
<title>Seal Trips - Drever Boat Trips, Skaill</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#CCE6FF" topmargin="0" leftmargin="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Drever Boat Trips - Skaill, Orkney"></td></tr>
<tr><td width="160" valign="top" bgcolor="#003366"><img src="images/spacer.gif" width="160" height="10"><br>
<table width="100%" border="0" cellpadding="6" cellspacing="0">${tNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial, Helvetica" size="2">
<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a></font></td></tr>`,
  )
  .join('\n')}</table><br>
<p align="center"><font face="Verdana" size="1" color="#FFFFFF">Member of<br>Orkney Boat Operators<br>Association</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<h1><font face="Georgia, Times New Roman" color="#003366">${tTitle}</font></h1>
<font face="Verdana, Arial, Helvetica" size="2">${ps(tIntro)}
<p align="center"><img src="images/seals_rocks.jpg" width="400" height="260" border="1" alt="Seals on Holm Skerry"><br>
<i>Seals hauled out on Holm Skerry, July 2019</i></p>
<h3><font color="#003366">Sailing times</font></h3>
<table border="1" cellpadding="5" cellspacing="0" bordercolor="#003366" width="90%">
<tr bgcolor="#003366"><td><font color="#FFFFFF" size="2"><b>Month</b></font></td><td><font color="#FFFFFF" size="2"><b>Sailings</b></font></td>
<td><font color="#FFFFFF" size="2"><b>Days</b></font></td></tr>
${trs(tRows.map((r) => r.map((c) => `<font face="Verdana" size="2">${c}</font>`)))}</table>
<h3><font color="#003366">Prices</font></h3><p>${tPrices}</p>
<h3><font color="#003366">Booking</font></h3><p>${tBook}</p></font>
<p>&nbsp;</p><hr size="1" color="#003366"><p align="center"><font face="Verdana" size="1">Page last updated 14/03/2026<br>
You are visitor number <img src="http://counter.digits.com/wc/-d/4/drever" alt="counter"> since January 2003<br>
<a href="mailto:drever.boats@btinternet.com">drever.boats@btinternet.com</a></font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">© Drever Boat Trips 2003-2026 |
Site by Orkney Web Design</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout643-table-layout-seal-trips',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Sailing times', 'Prices', 'Booking'],
  body: [...tIntro, ...rowTexts(tRows), tPrices, tBook],
  bylines: ['Page last updated 14/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Seal Trips' && t !== 'Fishing'), 'Member of', 'Orkney Boat Operators', 'Association',
    'Seals hauled out on Holm Skerry, July 2019', 'You are visitor number', 'since January 2003', 'drever.boats@btinternet.com',
    '© Drever Boat Trips 2003-2026 | Site by Orkney Web Design',
  ],
};

export const HELDOUT643_F: readonly TestPage[] = [nextjs, tableLayout];
