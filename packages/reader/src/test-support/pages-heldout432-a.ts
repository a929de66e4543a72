import { links, type TestPage, texts } from './page-kit.js';
import { kilnworks } from './pages-heldout432-a2.js';
import { j, lis } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file a: an Apple-style product page for an invented tablet (global nav, local nav with "Overview /
 * Tech Specs / Buy", many short sections each with a "Learn more" link and an image caption, footnotes, the EU consent
 * banner and the global footer with breadcrumbs) and, from file a2, a hardware startup's Shopify launch page.
 */
const tTitle = 'Slate 3';
const tHero = ['Thinner than ever. Brighter than before. Ready for the whole day.'];
const tSections: readonly (readonly [string, readonly string[], string, string])[] = [
  [
    'A display that follows the light.',
    [
      j(
        'The new 11.4-inch Halo display reaches 1,200 nits outdoors and dims to a single nit for reading in bed. An ambient sensor on',
        'each edge reads the colour of the room and shifts the white point so a page looks like paper under a desk lamp or a window.',
      ),
      'Motion is smoother too. The panel now refreshes at up to 120 times a second while scrolling and drops to once a second for a still page.',
    ],
    'Learn more about Halo display',
    'A sketch shown on Slate 3 in afternoon sun.',
  ],
  [
    'T4 chip. Quiet power.',
    [
      j(
        'Slate 3 runs on T4, a chip with eight processor cores and a ten-core graphics engine. Photo edits that took a few seconds on',
        'Slate 2 now finish before you lift your finger, and there is still no fan to hear.',
      ),
    ],
    'Learn more about T4',
    'The T4 chip, shown to scale.',
  ],
  [
    'Battery for a full working day.',
    [
      'Thanks to the efficiency of T4 and the new display, Slate 3 lasts through a long day on a single charge.',
      'When it runs low, a fast charger brings it to half in about 30 minutes.',
    ],
    'Learn more about battery life',
    'Charging with the 35W adapter.',
  ],
  [
    'Two cameras, one steady picture.',
    [
      j(
        'The landscape front camera keeps you centred on video calls as you move around the room. On the back, a 14-megapixel camera',
        'scans documents in a single tap, straightens the page and removes the shadow of your hand.',
      ),
    ],
    'Learn more about cameras',
    'Document scanning on the kitchen table.',
  ],
  [
    'Write, sketch and type.',
    [
      j(
        'Slate Pencil snaps to the side to pair and charge. Handwriting in any text field turns into type, and a squeeze of the barrel',
        'brings up the tool palette. The Folio Keyboard adds a full row of function keys and a glass trackpad.',
      ),
    ],
    'Learn more about accessories',
    'Slate Pencil and Folio Keyboard, sold separately.',
  ],
  [
    'Made with less.',
    [
      'The enclosure is made from 100 percent recycled aluminium, and the packaging contains no plastic at all.',
      'Final assembly runs entirely on renewable electricity, and every Slate 3 can be returned to us for recycling at no cost.',
    ],
    'Learn more about the environment',
    'The recycled aluminium enclosure in four finishes.',
  ],
];
const tFacts = ['Up to 18 hours of video playback', 'Up to 12 hours of web browsing on Wi-Fi', 'USB-C with 10Gb/s transfers'];
const tGn = ['Store', 'Slate', 'Phone', 'Watch', 'Audio', 'Home', 'Support'];
const tLn = ['Overview', 'Why Tessel', 'Tech Specs'];
const tNotes = [
  'Testing conducted by Tessel in January 2026 using preproduction units. Battery life varies by use and configuration.',
  'Fast charge testing conducted with the 35W adapter, sold separately.',
];
const tFoot = ['Shop and Learn', 'Account', 'Tessel Store', 'For Business', 'For Education', 'Tessel Values', 'About Tessel'];
const tLegal = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const tSec = tSections
  .map(
    ([h, paras, more, cap], i) => `<section class="section section-feature section-${i + 1}" data-analytics-section-engagement="name:feature-${i + 1}">
<div class="section-content"><h2 class="typography-headline-elevated">${h}</h2>
${paras.map((p) => `<p class="typography-body-reduced">${p}</p>`).join('\n')}
<a class="icon-wrapper more" href="/slate-3/#feature-${i + 1}"><span class="icon-copy">${more}</span></a>
<figure class="image-feature-${i + 1}"><picture class="overview-image"><img src="/v/slate-3/a/images/feature_${i + 1}__large.jpg" alt=""></picture>
<figcaption class="typography-caption">${cap}</figcaption></figure></div></section>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE html>
<html class="no-js" lang="en-GB" dir="ltr" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8">
<title>Slate 3 - Tessel (UK)</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="description" content="Slate 3 has a brighter Halo display, the T4 chip and battery life for a full working day.">
<meta property="og:title" content="Slate 3"><meta property="og:type" content="website"><meta property="og:site_name" content="Tessel (United Kingdom)">
<link rel="stylesheet" href="/api-www/global-elements/global-header/v1/assets/globalheader.css">
<link rel="stylesheet" href="/v/slate-3/a/built/styles/overview.built.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Slate 3","brand":{"@type":"Brand","name":"Tessel"}}</script>
<script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/, 'js');</script></head>
<body class="page-overview ac-gn-current-slate" data-anim-scroll-group="body">
<div id="consent-banner" class="cookie-banner" role="dialog" aria-label="Cookies"><p class="cookie-banner-copy">We use cookies to give you the best
experience on our website.</p><button class="button button-accept">Accept All</button><button class="button button-secondary">Cookie Settings</button></div>
<nav id="globalnav" class="globalnav" aria-label="Global" data-analytics-region="global nav"><div class="globalnav-content">
<div class="globalnav-item globalnav-item-tessel"><a href="/uk/" class="globalnav-link globalnav-link-tessel">
<span class="globalnav-image-regular">Tessel</span></a></div>
<ul class="globalnav-list">${links(tGn, 'globalnav-item')}</ul></div></nav>
<div id="globalheader"><nav id="ac-localnav" class="ac-localnav ac-localnav-scrim" lang="en-GB" role="navigation" aria-label="Slate 3">
<div class="ac-ln-wrapper"><div class="ac-ln-content"><div class="ac-ln-title"><a href="/uk/slate-3/">Slate 3</a></div>
<div class="ac-ln-menu"><div class="ac-ln-menu-tray"><ul class="ac-ln-menu-items">${links(tLn, 'ac-ln-menu-item')}</ul></div>
<div class="ac-ln-actions"><div class="ac-ln-action ac-ln-action-button"><a class="button button-reduced" href="/uk/shop/buy-slate/slate-3">Buy</a></div>
</div></div></div></div></nav></div>
<main id="main" class="main" role="main">
<section class="section section-hero" data-anim-lazy-image><div class="section-content"><h1 class="typography-hero-headline">${tTitle}</h1>
<p class="typography-hero-intro">${tHero[0]}</p><p class="typography-hero-price">From £599 or £49.91/mo. for 12 mo.*</p>
<div class="cta-links"><a class="button" href="/uk/shop/buy-slate/slate-3">Buy</a><a class="icon-wrapper" href="#film">
<span class="icon-copy">Watch the film</span></a></div>
</div></section>
${tSec}
<section class="section section-battery-facts"><div class="section-content"><ul class="list-facts typography-body">${lis(tFacts, 'fact')}</ul></div></section>
<section class="section section-footnotes"><div class="section-content"><ol class="footnotes-list">
${tNotes.map((n, i) => `<li id="footnote-${i + 1}" class="footnote typography-footnote">${n}</li>`).join('\n')}</ol>
<p class="footnote typography-footnote">* Monthly pricing requires a 0% APR instalment loan with Tessel Pay Later.</p></div></section></main>
<footer id="globalfooter" class="globalfooter" lang="en-GB" role="contentinfo" aria-labelledby="globalfooter-heading">
<h2 class="globalfooter-heading visuallyhidden" id="globalfooter-heading">Tessel Footer</h2><div class="globalfooter-content">
<nav class="globalfooter-breadcrumbs" aria-label="Breadcrumbs"><ol><li class="globalfooter-breadcrumbs-item"><a href="/uk/">Tessel</a></li>
<li class="globalfooter-breadcrumbs-item"><a href="/uk/slate/">Slate</a></li><li class="globalfooter-breadcrumbs-item">Slate 3</li></ol></nav>
<nav class="gf-directory" aria-label="Tessel Directory"><ul class="gf-directory-column">${links(tFoot, 'gf-directory-column-section')}</ul></nav>
<section class="gf-legal"><div class="gf-legal-copyright">Copyright © 2026 Tessel Ltd. All rights reserved.</div>
<ul class="gf-legal-links">${links(tLegal, 'gf-legal-link')}</ul><a class="gf-legal-locale" href="/choose-country-region/">United Kingdom</a></section>
</div></footer>
<script src="/api-www/global-elements/global-header/v1/assets/globalheader.umd.js"></script>
<script src="/v/slate-3/a/built/scripts/overview.built.js" type="text/javascript" charset="utf-8"></script></body></html>`;
const tessel: TestPage = {
  name: 'heldout432-apple-style-product-page-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: texts([...tHero, ...tSections.flatMap(([, p]) => p), ...tFacts]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best experience on our website.', 'Accept All', 'Cookie Settings', 'Tessel', ...tGn.filter((t) => t !== 'Slate'),
    ...tLn, 'Buy',
    'From £599 or £49.91/mo. for 12 mo.*', 'Watch the film', ...tSections.flatMap(([, , m, c]) => [m, c]), ...tNotes,
    '* Monthly pricing requires a 0% APR instalment loan with Tessel Pay Later.', 'Tessel Footer', ...tFoot, ...tLegal,
    'Copyright © 2026 Tessel Ltd. All rights reserved.', 'United Kingdom',
  ],
};

export const HELDOUT432_A: readonly TestPage[] = [tessel, kilnworks];
