import { ps, type TestPage, texts } from './page-kit.js';
import { supplement } from './pages-heldout295-e2.js';
import { j } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file e: a dental practice's treatment page built on Wix, whose main text is short (Wix header with the
 * menu and "Book Online", rich-text components for the title and body, a price strip, patient reviews, the opening hours and
 * address column, the footer and Wix's free-site ad banner) and, from file e2, a supplement brand's science page.
 */
const tTitle = 'Teeth Whitening';
const tHeads = ['Is whitening right for me?', 'How it works', 'What to expect afterwards'];
const tIntro = [
  j(
    'Professional whitening can lighten natural teeth by several shades, safely and under the care of a dentist. At our practice we',
    'use custom-made trays and a gentle gel that you wear at home, so you stay in control of how white you go.',
  ),
];
const tRight = [
  j(
    'Whitening works on natural tooth enamel that has yellowed with age or been stained by tea, coffee, red wine or smoking. It does not',
    'change the colour of crowns, veneers or white fillings, and it is not suitable during pregnancy or for anyone under 18.',
  ),
  'We always start with a check-up, because whitening teeth that have decay or gum disease can make them sore.',
];
const tHow = [
  j(
    'At your first visit we take scans of your teeth and make thin, close-fitting trays. A week later we show you how to apply the gel',
    'and wear the trays for an hour a day, or overnight if you prefer. Most patients see the result they want within two to three weeks.',
  ),
];
const tAfter = [
  j(
    'Some people notice mild sensitivity for a few days, which usually settles if you take a night off or use a sensitive toothpaste.',
    'Results last for years with good care, and you can keep your trays for an occasional top-up.',
  ),
];
const tNav = ['Home', 'Treatments', 'Our Team', 'Fees', 'Contact'];
const tReviews = [
  '"I was nervous about sensitivity but the team talked me through everything. Really pleased." Jo, verified review',
  '"Friendly, clear about costs, and my teeth look great." Marcus, verified review',
];
const rt = (id: string, inner: string): string => `<div id="comp-${id}" class="comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Teeth Whitening | Brightlea Dental | Tollbridge</title>
<meta name="description" content="Professional take-home teeth whitening at Brightlea Dental, Tollbridge. Book a whitening consultation online.">
<meta property="og:title" content="Teeth Whitening | Brightlea Dental"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dentist","name":"Brightlea Dental","address":{"@type":"PostalAddress",
"streetAddress":"7 Quay Street","addressLocality":"Tollbridge"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["dashboardWixCodeSdk"],"site":{"metaSiteId":"8b1d0f"}}</script></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header">
${rt('kx0a1', `<p class="font_6 wixui-rich-text__text">Brightlea Dental</p>`)}
<nav id="comp-kx0a2" aria-label="Site" class="wixui-horizontal-menu"><ul class="wixui-horizontal-menu__container">${tNav
  .map((t) => `<li class="wixui-horizontal-menu__item"><a href="/${t.length}"><div class="itemDepth02233374943__label">${t}</div></a></li>`)
  .join('\n')}</ul></nav>
<a id="comp-kx0a3" class="wixui-button" href="/book-online" data-testid="linkElement"><span class="wixui-button__label">Book Online</span></a>
<div id="comp-kx0a4" class="wixui-rich-text"><p class="font_8">Call 01632 960 288</p></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="PAGES_CONTAINER wixui-page">
<section id="comp-lm1b1" class="wixui-section"><div data-testid="columns" class="wixui-column-strip">
${rt('lm1b2', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${tTitle}</span></h1>`)}
${rt('lm1b3', tIntro.map(wp).join(''))}
<div id="comp-lm1b4" class="wixui-image"><img src="https://static.wixstatic.example/media/5c1e_smile.jpg" alt="Smiling patient"></div></div></section>
<section id="comp-lm1c1" class="wixui-section">${rt('lm1c2', wh(tHeads[0] ?? '') + tRight.map(wp).join(''))}
${rt('lm1c3', wh(tHeads[1] ?? '') + tHow.map(wp).join(''))}${rt('lm1c4', wh(tHeads[2] ?? '') + tAfter.map(wp).join(''))}</section>
<section id="comp-lm1d1" class="wixui-section price-strip">${rt(
  'lm1d2',
  `<p class="font_7">Home whitening from £295</p>
<p class="font_8">Includes consultation, custom trays and two weeks of gel. 0% finance available.</p>`,
)}
<a class="wixui-button" href="/book-online"><span class="wixui-button__label">Book a consultation</span></a></section>
<section id="comp-lm1e1" class="wixui-section">${rt('lm1e2', `<h2 class="font_2">What our patients say</h2>${ps(tReviews, ' class="font_8"')}`)}</section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer">${rt(
  'kx0f1',
  `<p class="font_8">Opening hours</p><p class="font_8">Mon-Thu 8:30-17:30,
Fri 8:30-14:00</p><p class="font_8">7 Quay Street, Tollbridge TB2 4LA</p>`,
)}
${rt('kx0f2', `<p class="font_9">© 2026 Brightlea Dental. Regulated by the Dental Practice Board. Practice no. 118204.</p>`)}</footer></div></div></div>
<div id="WIX_ADS" class="wix-ads-banner"><a href="https://www.wix.example/lpviral" data-testid="free-ad"><span>This site was designed with the</span>
<span class="wix-logo">Wix</span><span>.com</span><span>website builder. Create your website today.</span><span class="ad-cta">Start Now</span></a></div>
</div></div><script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const dental: TestPage = {
  name: 'heldout295-wix-dental-treatment-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tRight, ...tHow, ...tAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brightlea Dental', ...tNav, 'Book Online', 'Call 01632 960 288', 'Home whitening from £295',
    'Includes consultation, custom trays and two weeks of gel. 0% finance available.', 'Book a consultation', 'What our patients say',
    ...texts(tReviews), 'Opening hours', 'Mon-Thu 8:30-17:30, Fri 8:30-14:00', '7 Quay Street, Tollbridge TB2 4LA',
    '© 2026 Brightlea Dental. Regulated by the Dental Practice Board. Practice no. 118204.', 'This site was designed with the',
    'website builder. Create your website today.', 'Start Now',
  ],
};

export const HELDOUT295_E: readonly TestPage[] = [dental, supplement];
