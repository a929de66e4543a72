import { links, type TestPage, texts } from './page-kit.js';
import { sqsLaw } from './pages-heldout314-a2.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file a: a plumber's services page built with the Wix editor (Thunderbolt markup: comp- ids,
 * richTextElement blocks, wixui buttons, a strip of review quotes, the Wix consent banner and the "Proudly created with
 * Wix.com" footer) and, from file a2, a law firm's practice-area page on Squarespace 7.1.
 */
const wTitle = 'Plumbing & Heating Services in Marlowby';
const wIntro = [
  j(
    'We are a family-run team of three Gas Safe registered engineers covering Marlowby, Eskfield and the villages along the',
    'Haddon valley. Every job is priced before we pick up a spanner, and every visit ends with the area left as tidy as we found it.',
  ),
];
const wLeaks = [
  j(
    'A dripping joint under the sink can wait a day; water coming through a ceiling cannot. Turn off the stopcock first (it is',
    'usually under the kitchen sink or where the supply pipe enters the house), switch off the immersion heater, and then call us.',
  ),
  j(
    'For emergencies we aim to be with you within two hours between 7am and 9pm, seven days a week. Outside those hours we take',
    'calls for burst pipes and total loss of water only.',
  ),
];
const wLeakList = [
  'Burst and frozen pipes, including pipes inside walls',
  'Leaking radiators, valves and compression fittings',
  'Stopcock replacement and new isolation valves',
  'Overflows, cisterns and toilets that will not stop running',
];
const wBath = [
  j(
    'We fit bathroom and kitchen plumbing for customers who already have a tiler or kitchen fitter, and we are happy to work to',
    'their timetable. Typical jobs are moving a basin, adding an outside tap, fitting a thermostatic shower valve or plumbing in a',
    'dishwasher and washing machine on a new run of waste pipe.',
  ),
  j(
    'We do not sell suites ourselves. Buy what you like and we will tell you honestly before you order if something will not',
    'work with your water pressure.',
  ),
];
const wHeat = [
  j(
    'Annual boiler services cost £85 for most gas combi and system boilers and include a written flue gas reading. We repair',
    'Worcester, Vaillant, Ideal and Baxi boilers and carry the common parts in the van, so most faults are fixed on the first visit.',
  ),
  j(
    'If a boiler is more than fifteen years old and needs a major part, we will give you the repair price and a replacement price',
    'side by side and let you decide. Nobody here works on commission.',
  ),
];
const wPrice = [
  'Call-out and first hour: £75 (evenings and Sundays £110)',
  'Each further half hour: £30',
  'Boiler service: £85, or £140 with a landlord gas safety certificate',
  'Power flush for up to ten radiators: £420',
];
const wPriceNote = 'All prices include VAT. Parts are charged at cost and shown on your invoice with the supplier’s receipt on request.';
const wNav = ['Home', 'Our Work', 'Boiler Care', 'Reviews', 'Areas We Cover', 'Contact'];
const wQuotes = [
  '“Came out on Boxing Day for a burst pipe and charged exactly what was quoted.” – Moira, Eskfield',
  '“Tidy, polite and explained everything. Our new shower is brilliant.” – Dev & Hannah, Marlowby',
];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (arr: readonly string[]): string => arr.map((p) => `<p class="font_8 wixui-rich-text__text">${p}</p>`).join('\n');
const wl = (arr: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${arr
    .map(
      (p) => `<li class="wixui-rich-text__text"><p class="font_8
wixui-rich-text__text">${p}</p></li>`,
    )
    .join('')}</ul>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>Plumbing Services | Hollin Brook Plumbing | Marlowby</title>
<meta name="description" content="Gas Safe plumbers and heating engineers in Marlowby and the Haddon valley.">
<meta property="og:title" content="Plumbing Services | Hollin Brook Plumbing"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.hollinbrookplumbing.example/services">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Plumber","name":"Hollin Brook Plumbing",
"address":{"@type":"PostalAddress","addressLocality":"Marlowby","postalCode":"MB4 2QT"},"telephone":"01632 960417"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"5b1e2c7a-93f4-4f0d","siteId":"a81c"},"language":{"userLanguage":"en"}};</script>
<script defer src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script>
</head><body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${rt('kq1h7x2a', '<p class="font_6 wixui-rich-text__text"><a href="/" class="wixui-rich-text__text">Hollin Brook Plumbing</a></p>')}
<nav id="comp-kq1h8c0d" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">${links(wNav, 'wixui-horizontal-menu__item StylableHorizontalMenu3372578893__listItem')}</ul></nav>
<div id="comp-kq1h9e3f" class="comp-kq1h9e3f wixui-button"><a data-testid="linkElement" href="tel:01632960417" class="uDW_Qe wixui-button PlZyDq">
<span class="w4Vxx6 wixui-button__label">Call 01632 960417</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lf3a0b1c" class="xuzjBY comp-lf3a0b1c wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lf3a0b1d" class="comp-lf3a0b1d YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lf3a0b1dinlineContent" data-testid="inline-content">
${rt('lf3a0c11', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle.replace('&', '&amp;')}</span></h1>`)}
${rt('lf3a0c12', wp(wIntro))}
<div id="comp-lf3a0c13" class="comp-lf3a0c13 wixui-button"><a data-testid="linkElement" href="/contact" class="uDW_Qe wixui-button PlZyDq">
<span class="w4Vxx6 wixui-button__label">Get a free quote</span></a></div>
<div id="comp-lf3a0c14" class="MazNVa comp-lf3a0c14 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lf3a0c14"
class="HlRz5e BI8PVQ" data-image-info="{}"><img src="https://static.wixstatic.example/media/8c1f2e_van.jpg" alt="Hollin Brook Plumbing van"
width="620" height="400"></wow-image></div></div></div></div></div></section>
<section id="comp-lf3a0d20" class="xuzjBY comp-lf3a0d20 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lf3a0d21" class="comp-lf3a0d21 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${rt('lf3a0d22', `${wh('Leaks and burst pipes')}${wp(wLeaks)}${wl(wLeakList)}`)}
${rt('lf3a0d23', `${wh('Bathrooms and kitchens')}${wp(wBath)}`)}
${rt('lf3a0d24', `${wh('Boilers and heating')}${wp(wHeat)}`)}
${rt('lf3a0d25', `${wh('What it costs')}${wl(wPrice)}${wp([wPriceNote])}`)}
</div></div></div></section>
<section id="comp-lf3a0e30" class="xuzjBY comp-lf3a0e30 wixui-section"><div data-testid="inline-content">
${rt('lf3a0e31', '<h3 class="font_3 wixui-rich-text__text">What our customers say</h3>')}
<div id="comp-lf3a0e32" class="comp-lf3a0e32 wixui-repeater" role="list">
${wQuotes
  .map(
    (q, i) =>
      `<div role="listitem" class="wixui-repeater__item">${rt(`lf3a0e4${i}`, `<p class="font_9 wixui-rich-text__text">${q.replace('&', '&amp;')}</p>`)}</div>`,
  )
  .join('\n')}
</div><div id="comp-lf3a0e33" class="comp-lf3a0e33 wixui-button"><a data-testid="linkElement" href="/reviews" class="uDW_Qe wixui-button">
<span class="w4Vxx6 wixui-button__label">Read all 112 reviews</span></a></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
${rt('kq1hb101', '<p class="font_8 wixui-rich-text__text">Hollin Brook Plumbing Ltd, 7 Tanners Row, Marlowby MB4 2QT</p>')}
${rt('kq1hb102', '<p class="font_8 wixui-rich-text__text">Gas Safe Register no. 604318</p>')}
${rt('kq1hb103', '<p class="font_8 wixui-rich-text__text"><a href="/privacy-policy">Privacy Policy</a></p>')}
${rt('kq1hb104', '<p class="font_8 wixui-rich-text__text">© 2026 by Hollin Brook Plumbing. Proudly created with Wix.com</p>')}
</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner" data-hook="consent-banner-root">
<div data-hook="ccsu-banner-text"><p>This website uses cookies. We use cookies to improve your experience and for marketing.</p>
<a href="/privacy-policy" data-hook="ccsu-banner-privacy-policy-link">View our Privacy Policy</a></div>
<div class="consent-buttons"><button data-hook="ccsu-banner-decline-all">Decline All</button><button data-hook="ccsu-banner-settings-button">Settings</button>
<button data-hook="ccsu-banner-accept-button">Accept</button></div></div></div>
<script>window.firstPageId = 'c1dmp';</script></body></html>`;
const wixPlumber: TestPage = {
  name: 'heldout314-wix-plumber-services',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Leaks and burst pipes', 'Bathrooms and kitchens', 'Boilers and heating', 'What it costs'],
  body: texts([...wIntro, ...wLeaks, ...wLeakList, ...wBath, ...wHeat, ...wPrice, wPriceNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollin Brook Plumbing', ...wNav, 'Call 01632 960417', 'Get a free quote', 'What our customers say', ...wQuotes, 'Read all 112 reviews',
    'Hollin Brook Plumbing Ltd, 7 Tanners Row, Marlowby MB4 2QT', 'Gas Safe Register no. 604318', 'Privacy Policy',
    '© 2026 by Hollin Brook Plumbing. Proudly created with Wix.com', 'This website uses cookies. We use cookies to improve your experience and for marketing.',
    'View our Privacy Policy', 'Decline All', 'Settings', 'Accept',
  ],
};

export const HELDOUT314_A: readonly TestPage[] = [wixPlumber, sqsLaw];
