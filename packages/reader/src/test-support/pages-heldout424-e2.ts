import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file e2: a fishing-lake venue page on Wix (the `SITE_CONTAINER` / `PAGES_CONTAINER` structure, rich
 * text elements with `font_` classes, a horizontal menu with a "More" item, a Wix Bookings "Book a Day Ticket" button, an
 * image gallery with titles, a Google Maps embed, a social bar, the footer, the "Made with Wix" free-site banner and the
 * consent policy banner).
 */
const vTitle = 'Kingfisher Pool at Ashby Moor Fisheries';
const vIntro = [
  j(
    'Kingfisher Pool is our two acre specimen lake, stocked with carp to over thirty pounds along with tench, bream and a',
    'healthy head of rudd. The lake averages five feet deep, with a deeper channel of nine feet running past the island.',
  ),
  j(
    'There are fourteen pegs, all with level platforms, and the car park is a short walk from every swim. Pegs 3 and 4 are',
    'wheelchair accessible, and the toilet block by the lodge is open from dawn to dusk.',
  ),
];
const vH1 = 'Tickets and opening times';
const vTickets = [
  j(
    'Day tickets are £12 for one rod or £15 for two, and must be booked online or at the lodge before you start fishing.',
    'The lake opens at 7 am and closes at dusk. Night fishing is by arrangement for members of the Ashby Moor syndicate only.',
  ),
];
const vH2 = 'Lake rules';
const vRules = [
  'Barbless or micro-barbed hooks only, no bigger than size 8',
  'An unhooking mat of at least 36 inches and a landing net of 42 inches or more must be used for all carp',
  'No keepnets for carp; keepnets for other species must be dipped in the tank at the lodge first',
  'No nuts of any kind, and no braided main line',
  'Maximum of two rods per angler, never left unattended',
  'All litter and line must be removed from the site',
  'Anglers under 14 must be accompanied by an adult',
];
const vNote = j(
  'Anyone breaking the rules will be asked to leave without a refund. The bailiff is on site every day and is always happy',
  'to help with advice on pegs and baits.',
);
const vH3 = 'Getting here';
const vDirections = [
  j(
    'The fishery is two miles north of Ashby Parva on the Moor Lane. Follow the brown signs from the village crossroads',
    'and use the main gate; the farm gate further along the lane is for deliveries only.',
  ),
];
const vMenu = ['Home', 'Our Lakes', 'Day Tickets', 'Match Bookings', 'Tackle Shop', 'More'];
const vGallery = ['Peg 7 at sunrise', 'A 28lb common caught in May', 'The island margin'];
const rich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const p8 = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Kingfisher Pool | Ashby Moor Fisheries</title>
<meta name="description" content="Two acre specimen carp lake with fourteen pegs. Day tickets, rules and directions.">
<link rel="canonical" href="https://www.ashbymoorfisheries.example/kingfisher-pool"><meta property="og:title" content="Kingfisher Pool | Ashby Moor Fisheries">
<meta property="og:site_name" content="Ashby Moor Fisheries"><meta property="og:type" content="website">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["bookings","consentPolicy"],"site":{"metaSiteId":"4b1e","isPremium":false},
"language":{"userLanguage":"en"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ashby Moor Fisheries","address":{"@type":"PostalAddress",
"addressLocality":"Ashby Parva"}}</script>
<script>window.viewerModel = {"requestUrl":"https://www.ashbymoorfisheries.example/kingfisher-pool",
"experiments":{"specs.thunderbolt.fastRender":true}};</script></head>
<body><div id="WIX_ADS" class="CsOKuc ytGGBw"><a data-hook="freemium-banner" href="https://www.wix.example/lpviral/enviral" class="O1yJOe">
<span class="xW9hBj">This site was designed with the <span class="wix-logo">Wix</span> .com website builder. Create your website today.</span>
<span class="Mu0oNF">Start Now</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${rich('k1a', '<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">Ashby Moor Fisheries</span></h2>')}
<nav id="comp-k1b" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${vMenu
  .map(
    (m) => `<li class="wixui-horizontal-menu__item"><a class="itemLabel"
href="/${m.toLowerCase().replace(/ /g, '-')}"><span class="label">${m}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-la1" class="comp-la1 wixui-section"><div data-mesh-id="comp-la1inlineContent">
${rich('la2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${vTitle}</span></h1>`)}
${rich('la3', vIntro.map(p8).join('\n'))}
<div id="comp-la4" class="comp-la4 wixui-button"><a data-testid="linkElement" href="https://www.ashbymoorfisheries.example/book-online"
class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book a Day Ticket</span></a></div></div></section>
<section id="comp-lb1" class="comp-lb1 wixui-section"><div data-mesh-id="comp-lb1inlineContent">
${rich('lb2', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${vH1}</span></h2>`)}
${rich('lb3', vTickets.map(p8).join('\n'))}
${rich('lb4', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${vH2}</span></h2>`)}
${rich(
  'lb5',
  `<ul class="font_8 wixui-rich-text__text">${vRules
    .map(
      (r) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${r}</p>
</li>`,
    )
    .join('\n')}</ul>`,
)}
${rich('lb6', p8(vNote))}</div></section>
<section id="comp-lc1" class="comp-lc1 wixui-section"><div id="comp-lc2" class="comp-lc2 wixui-gallery"
data-testid="gallery"><div class="gallery-item-container">
${vGallery
  .map(
    (g, i) => `<div class="gallery-item" data-idx="${i}"><img src="https://static.wixstatic.example/media/lake${i}.jpg" alt="${g}">
<div class="info-element-title"><span>${g}</span></div></div>`,
  )
  .join('\n')}</div></div></section>
<section id="comp-ld1" class="comp-ld1 wixui-section"><div data-mesh-id="comp-ld1inlineContent">
${rich('ld2', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${vH3}</span></h2>`)}
${rich('ld3', vDirections.map(p8).join('\n'))}
<wix-iframe id="comp-ld4" class="comp-ld4 wixui-google-map" title="Google Maps"><iframe title="Google Maps" aria-label="Google Maps"
src="https://static.parastorage.example/services/santa/maps.html"></iframe></wix-iframe>
</div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent">
${rich('lf1', `${p8('Ashby Moor Fisheries, Moor Lane, Ashby Parva')}\n${p8('Lodge: 01455 555 021 · bailiff@ashbymoorfisheries.example')}`)}
<div id="comp-lf2" class="comp-lf2 wixui-social-bar" aria-label="Social Bar"><ul><li><a href="https://www.facebook.example/ashbymoor" aria-label="Facebook">
<img src="https://static.wixstatic.example/media/fb.png" alt="Facebook"></a></li></ul></div>
${rich('lf3', p8('© 2026 by Ashby Moor Fisheries. Proudly created with Wix.com'))}</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="region" aria-label="Cookie banner"
data-hook="ccsu-banner-wrapper"><div class="consent-banner__text">
<p data-hook="ccsu-banner-text">This website uses cookies. We use cookies to see how you interact with it.
By accepting, you agree to our use of such cookies.</p>
<a href="/privacy-policy" data-hook="ccsu-banner-policy-link">Privacy Policy</a></div><div class="consent-banner__buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline All</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
export const wix: TestPage = {
  name: 'heldout424-wix-fishery-venue-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [vH1, vH2, vH3],
  body: texts([...vIntro, ...vTickets, ...vRules, vNote, ...vDirections]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix .com website builder. Create your website today.', 'Start Now', 'Ashby Moor Fisheries', ...vMenu,
    'Book a Day Ticket', ...vGallery, 'Ashby Moor Fisheries, Moor Lane, Ashby Parva', 'Lodge: 01455 555 021 · bailiff@ashbymoorfisheries.example',
    '© 2026 by Ashby Moor Fisheries. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to see how you interact with it. By accepting, you agree to our use of such cookies.', 'Privacy Policy',
    'Settings', 'Decline All', 'Accept',
  ],
};
