import { links, ps, type TestPage, texts } from './page-kit.js';
import { lushProduct } from './pages-heldout228-e2.js';

/**
 * Held-out batch 228, file e: an electronics retailer's TV buying guide in the Currys shape (SFCC header with "Deliver to",
 * promo banner, breadcrumb, guide hero, "Jump to" links, a jargon table, "Shop TVs by size" tiles inside the guide, a care-plan
 * promo, a feedback "Was this guide helpful?" box, "More buying guides", the footer and the OneTrust banner) and, from file e2,
 * a Lush-style product page.
 */
const title = 'TV buying guide: how to choose the right TV';
const intro = [
  'With so many screen sizes, panel types and acronyms, choosing a new TV can feel like hard work. This guide explains what ' +
    'actually makes a difference to the picture, so you can spend your money on the features that matter to you.',
];
const h1 = 'What size TV should I buy?';
const p1 = [
  'The right size depends on how far you sit from the screen. For a 4K TV, a good rule is that your viewing distance should be ' +
    'about one and a half times the screen size. Sit 2.5 metres away and a 65-inch screen will fill your view without looking ' +
    'blocky.',
  'If in doubt, go bigger. Almost nobody who upgrades wishes they had bought a smaller set.',
];
const h2 = 'LED, QLED or OLED?';
const p2 = ['The panel decides how bright the picture is, how deep the blacks look and how the TV copes with a sunny room.'];
const panels = [
  'LED: the most affordable, with a backlight behind an LCD panel. Bright, but blacks can look grey in a dark room.',
  'QLED: an LED TV with a quantum dot layer for richer colours and higher brightness. A good choice for bright living rooms.',
  'OLED: every pixel makes its own light, so blacks are perfect and contrast is excellent. Best for films in a darker room.',
];
const h3 = 'Jargon buster';
const rows = [
  ['4K / UHD', 'A resolution of 3840 × 2160 pixels, four times that of Full HD.'],
  ['HDR', 'High dynamic range: brighter highlights and more detail in shadows.'],
  ['120Hz', 'A refresh rate that makes fast motion smoother, especially for gaming.'],
  ['HDMI 2.1', 'The connection you need to get 4K at 120Hz from a new games console.'],
];
const h4 = 'Do I need a soundbar?';
const p4 = [
  'Modern TVs are so thin that there is little room for speakers. If you watch a lot of films or sport, a soundbar will make ' +
    'dialogue clearer and add real weight to explosions and crowds.',
  'Look for one that connects over HDMI eARC, so you can control the volume with your TV remote.',
];
const top = ['Deliver to: Set postcode', 'Store finder', 'Track my order', 'Help & support', 'Sign in', 'Basket'];
const nav = ['Laptops', 'Phones', 'TV & Audio', 'Gaming', 'Appliances', 'Smart Tech', 'Deals'];
const promo = 'Save up to £500 on selected TVs. Ends Sunday.';
const crumbs = ['Home', 'Tech Talk', 'Buying Guides', 'TV buying guide'];
const jump = ['Jump to:', 'Screen size', 'Panel types', 'Jargon', 'Sound'];
const sizes = ['Shop TVs by size', '43 inch TVs', '55 inch TVs', '65 inch TVs', '75 inch and over'];
const care = ['Care & Repair', 'Protect your new TV from accidental damage, with repairs or replacement for as long as you need.', 'Find out more'];
const help = ['Was this guide helpful?', 'Yes', 'No'];
const more = ['Laptop buying guide', 'Soundbar buying guide', 'Washing machine buying guide', 'Headphones buying guide'];
const foot = ['Delivery & installation', 'Returns & cancellations', 'Price promise', 'Careers', 'Corporate site', 'Privacy & cookies policy', 'Accessibility'];
const cookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation.',
  'Cookies Settings',
  'Accept All Cookies',
];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>TV Buying Guide | How To Choose A TV | Circuitry</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${intro[0]?.slice(0, 110)}">
<link rel="canonical" href="https://www.circuitry.example/techtalk/tv-buying-guide.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${h1}",
"acceptedAnswer":{"@type":"Answer","text":"${p1[1]}"}}]}</script>
<link rel="stylesheet" href="/on/demandware.static/Sites-circuitry-uk-Site/-/en_GB/v173/css/global.css">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="cc-71"></script></head>
<body><a class="skip-link" href="#main">Skip to main content</a><header class="header"><div class="header-top"><ul>${links(top, 'header-top__link')}</ul></div>
<a class="header-logo" href="/"><span class="sr-only">Circuitry</span></a><form class="site-search" role="search"><label class="sr-only" for="q">Search</label>
<input id="q" placeholder="What are you looking for?"></form><nav class="main-nav" aria-label="Main navigation">
<ul>${links(nav, 'main-nav__item')}</ul></nav></header>
<div class="promo-banner" role="complementary"><a href="/tv-deals">${promo}</a></div>
<main id="main" class="tech-talk"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(crumbs, 'breadcrumb-item')}</ol></nav>
<section class="tt-hero"><h1 class="tt-hero__title">${title}</h1><p class="tt-hero__meta">Last updated: 2 September 2025</p></section>
<nav class="tt-jump"><span>${jump[0]}</span><ul>${links(jump.slice(1), 'tt-jump__link')}</ul></nav>
<div class="tt-article">
<div class="tt-text">${ps(intro)}</div>
<div class="tt-text" id="screen-size"><h2>${h1}</h2>${ps(p1)}</div>
<div class="tt-tiles"><h3 class="tt-tiles__title">${sizes[0]}</h3><ul>${links(sizes.slice(1), 'tt-tile')}</ul></div>
<div class="tt-text" id="panel-types"><h2>${h2}</h2>${ps(p2)}<ul>${panels.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="tt-text" id="jargon"><h2>${h3}</h2><table class="tt-table"><thead><tr><th>Term</th><th>What it means</th></tr></thead><tbody>
${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table></div>
<div class="tt-promo care-plan"><p class="tt-promo__title">${care[0]}</p><p>${care[1]}</p><a href="/care-and-repair">${care[2]}</a></div>
<div class="tt-text" id="sound"><h2>${h4}</h2>${ps(p4)}</div>
</div>
<section class="tt-feedback"><p>${help[0]}</p><button>${help[1]}</button><button>${help[2]}</button></section>
<section class="tt-more"><h2>More buying guides</h2><ul>${links(more, 'tt-more__card')}</ul></section></main>
<footer class="footer"><ul>${links(foot, 'footer__link')}</ul><p class="footer__legal">© Circuitry Group Limited 2025</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie[0]}</p>
<button id="onetrust-pc-btn-handler">${cookie[1]}</button><button id="onetrust-accept-btn-handler">${cookie[2]}</button></div></body></html>`;
const currys: TestPage = {
  html,
  name: 'heldout228-electronics-retailer-buying-guide',
  kind: 'docs',
  // the jargon table's data cells are body; the "Jump to" links, the size tiles, the care-plan promo, feedback box and
  // "More buying guides" are furniture; "Jargon" (a word of a heading) is left out
  title,
  headings: [h1, h2, h3, h4],
  body: [...texts(intro), ...texts(p1), ...texts(p2), ...panels, ...rows.flat(), ...texts(p4)],
  bylines: ['Last updated: 2 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...top, 'Search', ...nav, promo, ...crumbs.slice(0, 3), 'Jump to:', 'Screen size', 'Panel types', 'Sound', ...sizes, ...care,
    ...help, 'More buying guides', ...more, ...foot, '© Circuitry Group Limited 2025', ...cookie,
  ],
};

export const HELDOUT228_E: readonly TestPage[] = [currys, lushProduct];
