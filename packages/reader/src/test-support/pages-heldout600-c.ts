import { links, type TestPage } from './page-kit.js';
import { esc, j, outside, rowTexts, trs } from './pages-heldout600-kit.js';

/**
 * Held-out batch 600, file c: a short planning-permission page for garden rooms on a free Wix site (with the Wix ad banner),
 * and a composite-versus-hardwood decking cost comparison on a Webflow CMS blog template with an embedded table.
 */
const wTitle = 'Do I Need Planning Permission for a Garden Room?';
const wBody = [
  j(
    'Usually not. Most of the garden rooms we build in the Ormsby area fall under permitted development, which means you can go',
    'ahead without applying, as long as the building meets a few simple rules.',
  ),
  'It must not be used as a bedroom or a separate home.',
  'It must sit behind the front of the house.',
  'It must be no more than 2.5m tall if it is within 2m of a boundary.',
  'It must not cover more than half the garden, counting any other outbuildings.',
  j(
    'Listed buildings and homes in a conservation area have stricter rules. If that is you, or you are not sure, give us a call',
    'before you order and we will check with the council for you.',
  ),
];
const wNav = ['Home', 'Garden Rooms', 'Gallery', 'Planning Advice', 'Contact'];
const wText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text" style="font-size:17px;"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Planning Advice | Ormsby Garden Rooms</title><meta name="description" content="Do you need planning permission for a garden room? Usually not.">
<link rel="canonical" href="https://ormsbygardenrooms.wixsite.com/home/planning-advice"><meta property="og:site_name" content="Ormsby Garden Rooms">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy"],"language":"en"}</script>
<style>#SITE_CONTAINER{position:relative}.font_8{font:normal normal normal 15px/1.6em avenir-lt-w01_35-light1475496,sans-serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"></div><div id="WIX_ADS" class="Ngu9Hn ahYjbz">
<a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live"
target="_blank" rel="nofollow" class="hCw1He"><span class="Nar8ir"><span class="Wix-logo">
</span>This site was designed with the <strong>Wix</strong> website builder.
Create your website today.</span><span class="xGlmnb">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER
wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div id="comp-kx1brand" class="KcpHeO tz5f0K comp-kx1brand wixui-rich-text"
data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Ormsby Garden Rooms</span></p></div>
<wix-dropdown-menu id="comp-kx1menu" class="XwCBRN NHM1d1 comp-kx1menu wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr"
data-stretch-buttons-to-menu-width="true" data-hovered-item=""><nav class="R_TAzU" id="comp-kx1menunavContainer" aria-label="Site"><ul class="y7qwii"
id="comp-kx1menuitemsContainer">${wNav
  .map(
    (t, i) => `<li id="comp-kx1menu${i}" class="wixui-dropdown-menu__item xRMCYa"><a data-testid="linkElement"
href="https://ormsbygardenrooms.wixsite.com/home/${i}" target="_self" class="UiHgGh"><div class="yRj2ms"><div class="" id="comp-kx1menu${i}label">
<p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('')}</ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="jk9q2" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerjk9q2"
class="Containerjk9q2 SPY_vo"><div data-mesh-id="Containerjk9q2inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="Containerjk9q2inlineContent-gridContainer"
data-testid="mesh-container-content"><section id="comp-lq8s0" tabindex="-1" class="Oqnisf comp-lq8s0 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq8s1" class="comp-lq8s1 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${wText('lq8t0', `<h1 class="font_2 wixui-rich-text__text" style="font-size:40px;"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wText('lq8t1', wP(wBody[0] ?? ''))}
${wText(
  'lq8t2',
  `<ul class="font_8 wixui-rich-text__text">${wBody
    .slice(1, 5)
    .map(
      (t) => `<li class="wixui-rich-text__text"><p class="font_8
wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`,
    )
    .join('')}</ul>`,
)}
${wText('lq8t3', wP(wBody[5] ?? ''))}
<div class="comp-lq8t4 R6ex7N" id="comp-lq8t4" aria-disabled="false"><a data-testid="linkElement" href="https://ormsbygardenrooms.wixsite.com/home/contact"
target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Free Site Visit</span></a></div>
</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy">
${wText('kx1ft1', `<p class="font_9 wixui-rich-text__text">07700 900 512 | hello@ormsbygardenrooms.co.uk</p>`)}
${wText('kx1ft2', `<p class="font_9 wixui-rich-text__text">\u00a9 2026 by Ormsby Garden Rooms. Proudly created with Wix.com</p>`)}
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page
</span></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="Fa5nhr"><div class="UpjdSA" role="region"
aria-label="Cookie banner"><div class="kYsLLw"><p data-hook="ccsu-banner-text" class="ioNxmW">This website uses cookies. We use cookies to analyze website
traffic and optimize your website experience. By accepting our use of cookies, your data will be aggregated with all other user data.</p></div>
<div class="wEuMe1"><button data-hook="consent-banner-settings-button" class="TTV9Bq">Settings</button><button data-hook="consent-banner-decline-button"
class="YTmyTV">Decline All</button><button data-hook="consent-banner-apply-button" class="Rq1cNC">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.08dd2ca0.bundle.min.js" async></script></body></html>`;
const wixPlanning: TestPage = {
  name: 'heldout600-wix-planning-garden-room',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Ormsby Garden Rooms', ...wNav,
    'Book a Free Site Visit', '07700 900 512 | hello@ormsbygardenrooms.co.uk', '© 2026 by Ormsby Garden Rooms. Proudly created with Wix.com',
    'bottom of page', j(
      'This website uses cookies. We use cookies to analyze website traffic and optimize your website experience. By accepting our use of',
      'cookies, your data will be aggregated with all other user data.',
    ), 'Settings', 'Decline All', 'Accept',
  ], [wTitle, ...wBody]),
};

const cTitle = 'Composite vs Hardwood Decking: What a Deck Really Costs Over Ten Years';
const cDek = 'We priced the same 20 square metre deck in three materials and added up the upkeep. The cheapest to build was not the cheapest to own.';
const cHeads = ['The deck we priced', 'Ten-year costs', 'What the numbers leave out'];
const cP1 = [
  j(
    'Every quote we send for a new deck comes back with the same question: is composite worth the extra? To answer it properly we',
    'took a real job from last summer, a 5m by 4m deck on a level lawn with one step down, and priced it three ways.',
  ),
  j('The frame is the same in all three: C24 treated joists at 400mm centres on adjustable pedestals. Only the boards, the fixings', 'and the upkeep change.'),
];
const cRows = [
  ['Treated softwood', '£3,150', '£1,200', '£4,350'],
  ['Balau hardwood', '£4,600', '£750', '£5,350'],
  ['Capped composite', '£5,400', '£120', '£5,520'],
];
const cP2 = j(
  'Upkeep assumes a professional clean and oil every second year for softwood and every third year for balau, and one clean in',
  'five years for composite. If you do the work yourself, knock about two thirds off those figures.',
);
const cP3 = [
  j(
    'Money is only part of it. Composite gets hot underfoot in full sun and some colours fade in the first year before they settle.',
    'Hardwood is heavy, slower to fit and must come from a certified source. Softwood is easy to repair board by board, which',
    'neither of the others is.',
  ),
  j(
    'Our view: if you will not oil a deck, buy composite. If you will, and you like the look of real timber, a good softwood deck is',
    'still the best value in the garden.',
  ),
];
const cCap = 'The balau deck after its third summer, oiled once.';
const cRelated = ['Deck boards: grooved or smooth?', 'How we build a deck on a slope', 'Choosing screws that won\u2019t stain'];
const cNav = ['Services', 'Projects', 'Journal', 'About', 'Get a quote'];
const cHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 28 2026 14:02:11 GMT+0000 -->
<html data-wf-domain="www.tollandeck.co.uk" data-wf-page="66f1c0a2b4e91e2d7f0a1b33" data-wf-site="66f1c0a2b4e91e2d7f0a1a90"
data-wf-collection="66f1c0a2b4e91e2d7f0a1b10"
data-wf-item-slug="composite-vs-hardwood-decking-costs"><head><meta charset="utf-8"><title>${cTitle} | Tolland Deck Co.</title>
<meta content="${esc(cDek)}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/66f1c0a2b4e91e2d7f0a1a90/css/tolland-deck.webflow.shared.5f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div class="nav-container
w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/66f1c0/logo.svg" loading="lazy" alt="Tolland
Deck Co." class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${cNav
  .map((t, i) => `<a href="/${i}" class="${i === 4 ? 'button nav-button' : 'nav-link'} w-nav-link">${t}</a>`)
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section post-hero"><div class="container narrow"><a href="/journal" class="back-link w-inline-block"><div>\u2190 All articles</div></a>
<div class="post-category">Materials</div><h1 class="post-title">${cTitle}</h1><p class="post-summary">${cDek}</p><div class="post-meta"><div>By</div>
<div class="post-author">Priya Tolland</div><div class="post-meta-divider">\u2022</div><div class="post-date">April 28, 2026</div><div class="post-updated
w-condition-invisible">Updated</div></div></div></section>
<section class="section post-body"><div class="container narrow"><div class="rich-text w-richtext"><h2>${cHeads[0]}</h2><p>${cP1[0]}</p><p>${cP1[1]}</p>
<h2>${cHeads[1]}</h2><div class="w-embed"><table class="cost-table"><thead><tr><th>Boards</th><th>Build cost</th><th>Upkeep, 10 years</th><th>Total</th>
</tr></thead><tbody>${trs(cRows.map((r) => r.map(esc)))}</tbody></table></div><p>${cP2}</p><h2>${cHeads[2]}</h2><p>${cP3[0]}</p>
<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.com/66f1c0/balau.jpg"
loading="lazy" alt="Balau deck"></div><figcaption>${cCap}</figcaption></figure><p>${cP3[1]}</p></div></div></section>
<section class="section related"><div class="container"><h2 class="section-heading">Keep reading</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">${cRelated
  .map(
    (t, i) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${i}" class="related-card w-inline-block">
<div class="related-title">${t}</div><div class="related-link">Read article \u2192</div></a></div>`,
  )
  .join('')}</div></div></div></section>
<section class="section cta"><div class="container"><h2 class="cta-heading">Planning a deck this year?</h2><p class="cta-text">Send us a sketch and a few
photos and we will come back with a fixed price within a week.</p><a href="/quote" class="button w-button">Get a quote</a></div></section>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Tolland Deck Co.</div>
<p class="footer-text">Decks and garden joinery across north Wessex since 2014.</p></div><div class="footer-col"><div class="footer-heading">Company</div>
<ul role="list" class="w-list-unstyled">${links(['Journal', 'Careers', 'Privacy'], 'footer-link')}</ul></div></div>
<div class="footer-legal">\u00a9 2026 Tolland Deck Co. Ltd. Company no. 09876543.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66f1c0a2b4e91e2d7f0a1a90" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/66f1c0a2b4e91e2d7f0a1a90/js/webflow.3b5e2a.js" type="text/javascript"></script></body></html>`;
const cGold = [cDek, ...cP1, ...rowTexts(cRows), cP2, ...cP3];
const webflowDeck: TestPage = {
  name: 'heldout600-webflow-decking-costs',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: cGold,
  bylines: ['By', 'Priya Tolland', 'April 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([
    ...cNav, '← All articles', 'Materials', '•', cCap, 'Keep reading', ...cRelated, 'Read article →', 'Planning a deck this year?',
    'Send us a sketch and a few photos and we will come back with a fixed price within a week.', 'Tolland Deck Co.',
    'Decks and garden joinery across north Wessex since 2014.', 'Company', 'Journal', 'Careers', 'Privacy',
    '© 2026 Tolland Deck Co. Ltd. Company no. 09876543.',
  ], [cTitle, ...cHeads, ...cGold]),
};

export const HELDOUT600_C: readonly TestPage[] = [wixPlanning, webflowDeck];
