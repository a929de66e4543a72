import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file a: a type foundry's typeface page built with Webflow (CMS collection template) and a foundry's
 * specimen page served by Next.js (app router, Tailwind), with a type tester and a glyph grid.
 */
const oTitle = 'Osprey Grotesk';
const oDek = 'A wide-shouldered grotesque for signage, packaging and long nights of small text.';
const oAbout = [
  j(
    'Osprey Grotesk began as a set of painted letters on the ferry sheds at Lindqvist harbour, drawn by a sign writer whose name',
    'survives only as “H.B.” on an invoice from 1931. Our designer Maren Stolt measured the letters from photographs and found a',
    'family logic in them: broad round letters, a tall x-height and terminals cut flat to the wind.',
  ),
  j(
    'The digital family keeps that logic and adds what the sheds never needed: a true italic, tabular figures, and a text cut',
    'with looser spacing and opened apertures for sizes below 12 point.',
  ),
];
const oDesign = [
  j(
    'Each of the nine weights was drawn by hand at the extremes and checked in print at the middle, rather than interpolated',
    'blindly. The Hairline keeps the wide proportions of the Black, so headlines can change weight without changing their width',
    'very much, which is useful on packaging where the space is fixed.',
  ),
  j(
    'The italic is a sloped roman with a few cursive forms: a single-storey <em>a</em>, a tailed <em>l</em> and a <em>y</em> with a',
    'straight descender. Stylistic set 2 swaps them back for a plain oblique.',
  ),
];
const oFeatures = [
  'Case-sensitive forms for brackets, dashes and the at sign',
  'Tabular and proportional lining figures, with a slashed zero',
  'Arrows and a set of 40 wayfinding pictograms',
  'Extended Latin covering 219 languages, including Vietnamese',
];
const oSpecs = ['Styles', '18 (9 weights with italics)', 'Formats', 'OTF, TTF, WOFF2, variable TTF', 'Designer', 'Maren Stolt', 'Released', '2026'];
const oNav = ['Typefaces', 'Custom', 'Trials', 'Journal', 'Info'];
const oBuy = ['Osprey Grotesk Regular', 'Osprey Grotesk Bold', 'Osprey Grotesk Complete Family', 'Osprey Grotesk Variable'];
const oPrice = ['€60', '€60', '€540', '€320'];
const oOther = ['Kittiwake Serif', 'Fulmar Mono', 'Gannet Display'];
const oFoot = ['Licences', 'EULA', 'FAQ', 'Privacy', 'Instagram', 'Are.na'];
const oHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.halvardtype.com" data-wf-page="6641c2e0a1b9f3d2" data-wf-site="6641c2e0a1b9f3c1" data-wf-collection="6641c2e0a1b9f3e7"
data-wf-item-slug="osprey-grotesk"><head><meta charset="utf-8"><title>Osprey Grotesk — Halvard Type</title>
<meta content="${oDek}" name="description"><meta content="Osprey Grotesk — Halvard Type" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6641c2e0a1b9f3c1/css/halvard.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<style>@font-face{font-family:'Osprey Grotesk';src:url('/fonts/OspreyGrotesk-VF.woff2') format('woff2');}.tester-input{font-family:'Osprey Grotesk'}</style>
</head><body class="body-typeface">
<div class="cookie-bar" fs-cc="banner"><div class="cookie-bar__text">This website uses cookies to count visits. Nothing is sold.</div>
<a fs-cc="allow" href="#" class="cookie-bar__button w-button">OK</a><a fs-cc="deny" href="#" class="cookie-bar__link">No thanks</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="logo-text">Halvard Type</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${oNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/cart" class="nav-link cart-link w-nav-link">Cart (0)</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-typeface"><div class="w-container"><div class="eyebrow">Retail typeface</div><h1 class="typeface-title">${oTitle}</h1>
<p class="typeface-dek">${oDek}</p><div class="hero-buttons"><a href="#buy" class="button w-button">Buy fonts</a>
<a href="/trials" class="button button--ghost w-button">Download trials</a></div></div></section>
<section class="tester-section"><div class="tester-controls"><div class="tester-label">Type tester</div><select class="tester-select">
<option>Regular</option><option>Medium</option><option>Bold</option><option>Black</option></select></div>
<div class="tester-input" contenteditable="true" spellcheck="false">Ferry sheds at dawn</div>
<div class="tester-input tester-input--small" contenteditable="true" spellcheck="false">Departures 06:40 · 07:15 · 08:05</div></section>
<section class="about-section"><div class="w-container"><div class="w-layout-grid about-grid">
<div class="about-rich w-richtext">${ps(oAbout)}
<h2>Design</h2>${ps(oDesign)}
<h3>Features</h3><ul role="list">${lis(oFeatures)}</ul></div>
<div class="specs"><dl class="specs-list">${[0, 2, 4, 6]
  .map(
    (i) => `<dt class="specs-term">${oSpecs[i]}</dt>
<dd class="specs-value">${oSpecs[i + 1]}</dd>`,
  )
  .join('')}</dl>
<a href="/pdf/osprey-grotesk-specimen.pdf" class="specs-pdf">Download PDF specimen</a></div></div></div></section>
<section class="in-use"><div class="w-container"><h2 class="section-title">In use</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">
<div role="listitem" class="w-dyn-item"><img src="/images/inuse-ferry.jpg" alt="Timetable poster" loading="lazy">
<div class="in-use-caption">Timetable posters for Lindqvist Ferries, 2026</div></div>
<div role="listitem" class="w-dyn-item"><img src="/images/inuse-coffee.jpg" alt="Coffee bags" loading="lazy">
<div class="in-use-caption">Packaging for Brennholm Coffee Roasters</div></div></div></div></div></section>
<section id="buy" class="buy-section"><div class="w-container"><h2 class="section-title">Buy ${oTitle}</h2><div class="w-dyn-list">
<div role="list" class="w-dyn-items">
${oBuy
  .map(
    (t, i) => `<div role="listitem" class="w-dyn-item buy-row"><div class="buy-name">${t}</div><div class="buy-price">${oPrice[i]}</div>
<a href="#" class="add-to-cart w-button" data-commerce-type="add-to-cart">Add to cart</a></div>`,
  )
  .join('\n')}</div></div>
<p class="buy-note">Prices are for one desktop licence for up to 5 users. Web, app and broadcast licences are chosen at checkout.</p></div></section>
<section class="more-section"><div class="w-container"><h2 class="section-title">More typefaces</h2>
<ul role="list" class="more-list">${links(oOther, 'more-item')}</ul></div>
</section>
<footer class="footer"><div class="w-container"><div class="footer-newsletter"><div class="footer-heading">Newsletter</div>
<p>Two letters a year about new releases. No sales talk.</p><div class="w-form"><form id="email-form" name="email-form" method="get">
<input type="email" class="w-input" name="email" placeholder="Email address" required=""><input type="submit" value="Sign up" class="w-button"></form>
<div class="w-form-done"><div>Thank you! You are on the list.</div></div><div class="w-form-fail"><div>Oops! Something went wrong.</div></div></div></div>
<ul role="list" class="footer-links">${links(oFoot)}</ul><div class="footer-copy">© 2026 Halvard Type, Bergen</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6641c2e0a1b9f3c1/js/webflow.js" type="text/javascript"></script></body></html>`;
const osprey: TestPage = settle({
  name: 'heldout458-webflow-typeface',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: ['Design', 'Features'],
  body: texts([oDek, ...oAbout, ...oDesign, ...oFeatures, ...oSpecs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to count visits. Nothing is sold.', 'OK', 'No thanks', 'Halvard Type', ...oNav, 'Cart (0)', 'Retail typeface',
    'Buy fonts', 'Download trials', 'Type tester', 'Ferry sheds at dawn', 'Departures 06:40 · 07:15 · 08:05', 'Download PDF specimen', 'In use',
    'Timetable posters for Lindqvist Ferries, 2026', 'Packaging for Brennholm Coffee Roasters', `Buy ${oTitle}`, ...oBuy, '€60', '€540', '€320',
    'Add to cart', 'Prices are for one desktop licence for up to 5 users. Web, app and broadcast licences are chosen at checkout.', 'More typefaces',
    ...oOther, 'Newsletter', 'Two letters a year about new releases. No sales talk.', ...oFoot, '© 2026 Halvard Type, Bergen',
  ],
});

const qTitle = 'Quillon Serif: a specimen';
const qIntro = [
  j(
    'Quillon is a book serif with three optical sizes, drawn over four years for the Abernethy Press and released to everyone this',
    'spring. This specimen shows the family at work and explains a few of the choices behind it.',
  ),
];
const qOrigins = [
  j(
    'The Abernethy Press prints poetry in short runs on uncoated paper, which swells the ink and fills the counters of most digital',
    'serifs. Our first drawings were therefore thin, almost brittle on screen, and only looked right after a pass through the press.',
  ),
  j(
    'We kept the sharp, wedge-shaped serifs of the early proofs but gave up on the very small eyes of the <em>e</em> and <em>a</em>,',
    'which closed up at 9 point no matter how we cut them.',
  ),
];
const qSizes = [
  j(
    'Caption is wide and sturdy, with generous spacing and ink traps at the joins. Text is the workhorse for sizes between 9 and',
    '14 point. Display tightens the spacing, sharpens the serifs and raises the contrast for titles and covers.',
  ),
  'The three sizes share their widths, so a line set in Text will not reflow when it is switched to Display for a pull quote.',
];
const qNav = ['Fonts', 'Specimens', 'Studio', 'Contact'];
const qSamples = [
  'Quiet harbours keep their own time',
  'The printer waited for the rain to stop before damping the paper.',
  'Caption 8',
  'Text 12',
  'Display 48',
];
const qGlyphs = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&'.split('');
const qFoot = ['Licensing', 'Trial fonts', 'Newsletter', 'Imprint'];
const qHtml = `<!DOCTYPE html><html lang="en" class="__variable_7c1a8f __variable_2b3e44"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/a81d2c66fb0e4d1e.css" data-precedence="next"/>
<link rel="preload" as="font" href="/_next/static/media/QuillonText-Regular.s.p.woff2" crossorigin="" type="font/woff2"/>
<script src="/_next/static/chunks/webpack-6c0f1d6d7a1b8b2f.js" async=""></script><title>Quillon Serif specimen | Marlowe &amp; Finch</title>
<meta name="description" content="Quillon is a book serif with three optical sizes."/>
<meta property="og:image" content="https://marlowefinch.com/og/quillon.png"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"Quillon Serif","creator":"Marlowe & Finch"}</script>
</head><body class="bg-stone-50 text-stone-900 antialiased"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-stone-50/90 backdrop-blur">
<div class="mx-auto flex max-w-7xl items-center justify-between px-6 py-4">
<a class="font-display text-xl" href="/">Marlowe &amp; Finch</a><nav aria-label="Primary">
<ul class="flex gap-6 text-sm">${links(qNav, 'hover:underline')}</ul></nav>
<a class="rounded-full bg-stone-900 px-4 py-2 text-sm text-white" href="/fonts/quillon#buy">Buy Quillon</a></div></header>
<main id="main" class="mx-auto max-w-7xl px-6"><section class="py-24"><p class="text-xs uppercase tracking-widest text-stone-500">Specimen No. 7</p>
<h1 class="font-display text-7xl">${qTitle}</h1><div class="mt-8 max-w-2xl text-lg">${ps(qIntro)}</div></section>
<section class="border-y border-stone-200 py-12" data-tester="true"><div class="flex items-center gap-4 text-xs uppercase">
<span>Type tester</span><button type="button" class="rounded border px-2">Caption</button><button type="button" class="rounded border px-2">Text</button>
<button type="button" class="rounded border px-2">Display</button><label class="sr-only" for="size">Size</label>
<input id="size" type="range" min="8" max="160" value="72"/></div>
<div contenteditable="true" class="mt-6 font-display text-[72px] leading-none outline-none" suppressContentEditableWarning="">${qSamples[0]}</div></section>
<article class="prose prose-stone mx-auto max-w-2xl py-16"><h2>Origins</h2>${ps(qOrigins)}</article>
<section class="grid gap-8 py-16 md:grid-cols-3"><figure><p class="text-xs uppercase text-stone-500">${qSamples[2]}</p>
<p class="font-caption text-[8px]">${qSamples[1]}</p></figure><figure><p class="text-xs uppercase text-stone-500">${qSamples[3]}</p>
<p class="font-text text-[12px]">${qSamples[1]}</p></figure><figure><p class="text-xs uppercase text-stone-500">${qSamples[4]}</p>
<p class="font-display text-[48px] leading-tight">${qSamples[1]}</p></figure></section>
<article class="prose prose-stone mx-auto max-w-2xl py-16"><h2>Three optical sizes</h2>${ps(qSizes)}</article>
<section class="py-16"><p class="text-xs uppercase tracking-widest text-stone-500">Character set (excerpt)</p>
<div class="grid grid-cols-8 gap-px bg-stone-200 md:grid-cols-16" aria-hidden="false">
${qGlyphs.map((g) => `<div class="aspect-square bg-stone-50 text-center font-text text-3xl leading-[3]">${g.replace('&', '&amp;')}</div>`).join('')}</div>
<a class="mt-6 inline-block underline" href="/specimens/quillon-full.pdf">Download the full specimen (PDF, 4.2 MB)</a></section></main>
<footer class="border-t border-stone-200 py-12 text-sm"><div class="mx-auto flex max-w-7xl justify-between px-6"><ul class="flex gap-6">${links(qFoot)}</ul>
<p>© 2026 Marlowe &amp; Finch Type Foundry</p></div></footer>
<script src="/_next/static/chunks/main-app-8f3e2b1a9c.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/a81d2c66fb0e4d1e.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
const quillon: TestPage = settle({
  name: 'heldout458-nextjs-specimen',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: ['Origins', 'Three optical sizes'],
  body: texts([...qIntro, ...qOrigins, ...qSizes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Marlowe & Finch', ...qNav, 'Buy Quillon', 'Specimen No. 7', 'Type tester', 'Caption', 'Text', 'Display', 'Size',
    ...qSamples, 'Character set (excerpt)', 'Download the full specimen (PDF, 4.2 MB)', ...qFoot, '© 2026 Marlowe & Finch Type Foundry',
  ],
});

export const HELDOUT458_A: readonly TestPage[] = [osprey, quillon];
