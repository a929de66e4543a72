import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout243-kit.js';
import { whatsOn } from './pages-heldout243-e2.js';

/**
 * Held-out batch 243, file e: a catering company's menu guide built with the Wix editor (every text in its own absolutely
 * placed rich-text component with font_ classes, the dropdown menu, a strip of image components with captions, button
 * components, a Wix Forms enquiry form, a reviews strip, the footer and the free-site Wix banner) and, from file e2, a
 * tourism board's what's-on event page on a Simpleview-style destination site.
 */
const title = 'Our Wedding Menus: A Guide to Choosing Your Wedding Breakfast';
const intro = [
  j(
    'Choosing what to feed your guests is one of the most enjoyable parts of planning a wedding, and one of the most confusing. Do you',
    'want a formal three-course meal, sharing platters down the middle of the tables, or a relaxed evening of street food? This guide',
    'walks through the four styles of service we offer, what each one suits, and roughly what it costs.',
  ),
  j(
    'Every menu below is a starting point. We cook everything from scratch in our own kitchen in Oakhurst and will happily change',
    'dishes to suit the season, your budget or your grandmother’s favourite pudding.',
  ),
];
const plated = [
  j(
    'A seated meal served to each guest by our waiting team. It is the most formal option and the easiest to time around speeches,',
    'because every course arrives at once.',
  ),
  'Sample menu:',
];
const platedList = [
  'Beetroot cured salmon, horseradish cream, pickled cucumber',
  'Slow-roast shoulder of lamb, dauphinoise potatoes, spring greens',
  'Lemon posset with shortbread and summer berries',
];
const sharing = [
  j(
    'Big boards and bowls brought to each table for guests to pass round. Sharing menus feel generous and get people talking,',
    'especially when the guests at a table do not know each other yet. They need slightly wider tables, so check your venue plan.',
  ),
];
const sharingList = [
  'Whole roast chickens with herb butter and charred lemons',
  'Bowls of new potatoes, garden salads and roasted roots',
  'Flatbreads, dips and pickles to start',
];
const evening = [
  j(
    'For the evening, we bring out the wood-fired oven or the grill and serve from a counter, so guests can wander up between dances.',
    'Pizzas, loaded fries and bao buns are our most requested, and a late cheese table always disappears faster than anyone expects.',
  ),
];
const prices = [
  'Plated three courses: from £58 per guest',
  'Sharing feast: from £52 per guest',
  'Buffet and grazing table: from £38 per guest',
  'Evening street food: from £16 per guest',
];
const priceNote = 'Prices include staff, crockery and linen. VAT is added at the current rate.';
const dietary = [
  j(
    'We cater for vegetarian, vegan, gluten-free and dairy-free guests as standard, and their dishes are cooked alongside the main',
    'menu rather than as an afterthought. For serious allergies, we ask for details six weeks before the wedding so that we can plan',
    'safe preparation in the kitchen.',
  ),
  j(
    'Every couple is invited to a tasting once their booking is confirmed. Tastings take place on Thursday evenings at our kitchen,',
    'and you are welcome to bring two other people with you.',
  ),
];
const headings = ['Plated dining', 'Sharing feasts', 'Evening food', 'Prices at a glance', 'Dietary needs and tastings'];
const menu = ['Home', 'Weddings', 'Private Dining', 'Menus', 'Gallery', 'Contact'];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner}</div>`;
const h2 = (t: string, id: string): string => rt(id, `<h2 class="font_2 wixui-rich-text__text">${t}</h2>`);
const pp = (xs: string[], id: string): string =>
  rt(id, xs.map((x) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${x}</span></p>`).join('\n'));
const ul = (xs: string[], id: string): string =>
  rt(id, `<ul class="font_8 wixui-rich-text__text">${xs.map((x) => `<li class="wixui-rich-text__text"><p class="font_8">${x}</p></li>`).join('')}</ul>`);
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Wedding Menus | Copper Ladle Catering</title>
<meta name="description" content="A guide to our plated, sharing, buffet and evening wedding menus."><meta property="og:site_name" content="Copper Ladle">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Copper Ladle Catering","address":{"@type":"PostalAddress",
"addressLocality":"Oakhurst"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8f1c2a","isWixSite":true},"language":{"userLanguage":"en"}};</script>
<script id="wix-fedops">{"data":{"site":{"appName":"thunderbolt"}}}</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent">
${rt('kq1x2a', '<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">COPPER LADLE</span></p>')}
<nav id="comp-kq1x4n" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="itemsContainer">
${menu.map((m) => `<li class="wixui-horizontal-menu__item"><a href="/${m.length}"><span class="label">${m}</span></a></li>`).join('')}</ul></nav>
<div id="comp-kq1x8b" class="comp-kq1x8b wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Get a Quote</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<section id="comp-lm2a01" class="wixui-section"><div data-mesh-id="comp-lm2a01inlineContent">
${rt('lm2a02', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${title}</span></h1>`)}
${pp(intro, 'lm2a03')}</div></section>
<section id="comp-lm2a10" class="wixui-section"><div id="comp-lm2a11" class="wixui-image"><img src="https://static.wixstatic.example/media/plated.jpg" alt="">
</div>${rt('lm2a12', '<p class="font_9 wixui-rich-text__text">Plated summer menu at Ashcombe Hall</p>')}
${h2(headings[0] ?? '', 'lm2a13')}${pp(plated, 'lm2a14')}${ul(platedList, 'lm2a15')}
${h2(headings[1] ?? '', 'lm2a16')}${pp(sharing, 'lm2a17')}${ul(sharingList, 'lm2a18')}
${h2(headings[2] ?? '', 'lm2a19')}${pp(evening, 'lm2a20')}
${rt('lm2a21', '<p class="font_9 wixui-rich-text__text">Our wood-fired oven on tour</p>')}</section>
<section id="comp-lm2a30" class="wixui-section">${h2(headings[3] ?? '', 'lm2a31')}${ul(prices, 'lm2a32')}
${pp([priceNote], 'lm2a33')}
${h2(headings[4] ?? '', 'lm2a34')}${pp(dietary, 'lm2a35')}
<div id="comp-lm2a36" class="wixui-button"><a href="/tastings" class="uDW_Qe wixui-button"><span class="wixui-button__label">Book a Tasting</span></a></div>
</section>
<section id="comp-lm2a40" class="wixui-section">${rt('lm2a41', '<h2 class="font_2 wixui-rich-text__text">Kind Words</h2>')}
${rt('lm2a42', '<p class="font_8 wixui-rich-text__text">“The food was the talk of the wedding.” – Ellie &amp; Sam, married at Ashcombe Hall</p>')}
</section>
<section id="comp-lm2a50" class="wixui-section"><form id="comp-lm2a51" class="wixui-form" data-testid="form">
${rt('lm2a52', '<h2 class="font_2 wixui-rich-text__text">Tell Us About Your Day</h2>')}
<label>Wedding date</label><input type="date"><label>Number of guests</label><input type="number">
<div class="wixui-button"><button class="wixui-button"><span class="wixui-button__label">Send Enquiry</span></button></div>
${rt('lm2a53', '<p class="font_9 wixui-rich-text__text">Thanks for submitting!</p>')}</form></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">${rt(
  'kq1y01',
  '<p class="font_9 wixui-rich-text__text">Copper Ladle Catering · Unit 4, Mill Yard,' + ' Oakhurst · 01632 960 771</p>',
)}
${rt('kq1y02', '<p class="font_9 wixui-rich-text__text">© 2026 by Copper Ladle Catering. Proudly created with Wix.com</p>')}</footer></div></div></div></div>
<div id="WIX_ADS" class="ytGGBw wixui-banner"><a href="https://www.wix.example/lpviral/enviral" class="Ywu8n5"><span class="hp0ksX">This site was designed with
the <strong>Wix</strong>.com website builder. Create your website today.</span><span class="kYJk4j">Start Now</span></a></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wixMenu: TestPage = {
  name: 'heldout243-wix-catering-menu-guide',
  kind: 'blog',
  html,
  title,
  headings,
  body: texts([...intro, ...plated, ...platedList, ...sharing, ...sharingList, ...evening, ...prices, priceNote, ...dietary]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'COPPER LADLE', ...menu, 'Get a Quote', 'Plated summer menu at Ashcombe Hall', 'Our wood-fired oven on tour',
    'Book a Tasting', 'Kind Words',
    '“The food was the talk of the wedding.” – Ellie & Sam, married at Ashcombe Hall', 'Tell Us About Your Day', 'Wedding date', 'Number of guests',
    'Send Enquiry', 'Thanks for submitting!', 'Copper Ladle Catering · Unit 4, Mill Yard, Oakhurst · 01632 960 771',
    '© 2026 by Copper Ladle Catering. Proudly created with Wix.com', 'This site was designed with the Wix.com website builder. Create your website today.',
    'Start Now',
  ],
};

export const HELDOUT243_E: readonly TestPage[] = [wixMenu, whatsOn];
