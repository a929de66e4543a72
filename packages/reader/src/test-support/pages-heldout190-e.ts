import { links, ps, type TestPage, texts } from './page-kit.js';
import { viewpoints } from './pages-heldout190-e2.js';

/**
 * Held-out batch 190, file e: an insurance company's advice article on Adobe Experience Manager with core components (the
 * header with "Find an agent", "Log in" and the product menu, breadcrumbs, the reading time and review date, a quote-start
 * form with ZIP code inside the article, a teaser card, the legal disclaimer under the article, "Related articles" teasers,
 * the footer with company and state licensing lines, and the TrustArc cookie banner) and, from file e2, a brokerage article.
 */
const inTitle = 'How to Keep Your Pipes From Freezing This Winter';
const inP1 = [
  'A burst pipe is one of the most common and most expensive winter home claims we see. Water expands by about 9% when it freezes, ' +
    'and that pressure can split copper or plastic pipe. The damage usually shows up when the ice thaws and water starts pouring ' +
    'into walls, floors and ceilings.',
  'The good news is that most frozen pipes are preventable with a few inexpensive steps.',
];
const inH1 = 'Know which pipes are at risk';
const inP2 = [
  'Pipes in unheated spaces freeze first: crawl spaces, attics, garages and the cabinets under sinks on outside walls. Outdoor hose ' +
    'bibs and sprinkler lines are also vulnerable. Walk through your home before the first hard freeze and make a list.',
];
const inH2 = 'Before the cold snap';
const inList = [
  'Insulate exposed pipes with foam sleeves from a hardware store. They cost a few dollars per length and take minutes to fit.',
  'Disconnect garden hoses, drain outdoor faucets and shut off the indoor valve that feeds them.',
  'Seal gaps around windows, vents and where pipes enter the house.',
  'Find your main water shut-off valve and make sure everyone in the household knows where it is.',
];
const inH3 = 'When temperatures drop below 20 degrees';
const inP3 = [
  'Keep the thermostat at 55°F or higher, even when you are away. Open cabinet doors under sinks so warm air can reach the pipes, ' +
    'and let a faucet on an outside wall drip slowly overnight. Moving water is much less likely to freeze.',
  'If you are leaving for a trip, ask a neighbor to check the house daily, or consider shutting off the water and draining the ' + 'lines.',
];
const inH4 = 'If a pipe freezes or bursts';
const inP4 = [
  'If you turn on a faucet and only a trickle comes out, a pipe may be frozen. Keep the faucet open and warm the pipe gently with ' +
    'a hair dryer or space heater kept at a safe distance. Never use an open flame.',
  'If a pipe bursts, shut off the main valve right away, turn off electricity to affected areas if water is near outlets, and take ' +
    'photos of the damage before you clean up. Then call your agent or start a claim online. Most homeowners policies cover sudden ' +
    'water damage from a burst pipe, but not damage from a slow leak or from failing to keep the home heated.',
];
const inNav = ['Auto', 'Home', 'Renters', 'Condo', 'Life', 'Business', 'Claims'];
const inCrumbs = ['Learning Center', 'Home'];
const inQuote = ['Get a homeowners quote', 'ZIP code', 'Start quote', 'Already a customer? Log in to manage your policy.'];
const inTeaser = ['Home maintenance checklist', 'Download our seasonal checklist and stay ahead of costly repairs.', 'Get the checklist'];
const inDisclaimer =
  'This article is for general information only. It is not a complete description of coverage, and coverage depends on the ' +
  'terms of your policy. Consult a professional for advice on your home.';
const inRelated = ['What homeowners insurance covers', 'How to prevent ice dams', 'Should you file a claim for a small loss?'];
const inFoot = ['About Harborline', 'Careers', 'Contact us', 'Privacy', 'Terms of use', 'Accessibility', 'Site map', 'Do not sell or share my info'];
const inLegal = [
  'Harborline Mutual Insurance Company and affiliates, Des Moines, Iowa. Coverage is subject to policy terms and availability.',
  '© 2026 Harborline Mutual Insurance Company',
];
const inCookie = ['We use cookies to improve your experience and for marketing. You can manage your preferences.', 'Accept', 'Manage preferences'];
const inHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>How to Keep Your Pipes From Freezing | Harborline Insurance</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Simple steps to prevent frozen and burst pipes.">
<meta name="template" content="article-page"><meta property="og:title" content="${inTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.harborline.example/learning-center/home/prevent-frozen-pipes">
<link rel="stylesheet" href="/etc.clientlibs/harborline/clientlibs/clientlib-site.lc-8c1f-lc.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${inTitle}","dateModified":"2025-12-02",
"publisher":{"@type":"Organization","name":"Harborline Mutual Insurance"}}</script>
<script src="/etc.clientlibs/harborline/clientlibs/clientlib-dependencies.lc-1a2b-lc.min.js"></script>
<script src="https://consent.trustarc.example/notice?domain=harborline.example" async></script></head>
<body class="page basicpage" id="page-6f0c1d2e"><div class="root container responsivegrid"><div class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment aem-GridColumn aem-GridColumn--default--12">
<header class="cmp-header"><a class="cmp-header__skip" href="#main">Skip to main content</a>
<a class="cmp-header__logo" href="/" aria-label="Harborline"><img src="/logo.svg" alt=""></a>
<nav class="cmp-navigation" role="navigation" aria-label="Products"><ul class="cmp-navigation__group">${links(inNav, 'cmp-navigation__item')}</ul></nav>
<div class="cmp-header__utility"><a href="/find-an-agent">Find an agent</a><a href="/login">Log in</a></div></header></div>
<main id="main" class="container responsivegrid aem-GridColumn aem-GridColumn--default--12"><div class="cmp-container">
<div class="breadcrumb">
<nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">${links(inCrumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${inTitle}</h1></div></div>
<div class="text article-meta"><div class="cmp-text"><p>4 min read</p><p>Reviewed December 2, 2025</p></div></div>
<div class="image"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/harborline/frozen-pipe.jpg" alt="Icicles hanging from a pipe">
<span class="cmp-image__title">Exposed pipes in unheated spaces freeze first.</span></div></div>
<div class="text"><div class="cmp-text">${ps(inP1)}<h2>${inH1}</h2>${ps(inP2)}</div></div>
<div class="quote-start"><form class="cmp-quote-start" action="/quote/home"><h2 class="cmp-quote-start__title">${inQuote[0]}</h2>
<label for="zip">${inQuote[1]}</label><input id="zip" inputmode="numeric"><button type="submit">${inQuote[2]}</button><p>${inQuote[3]}</p></form></div>
<div class="text"><div class="cmp-text"><h2>${inH2}</h2><ul>${inList.map((t) => `<li>${t}</li>`).join('\n')}</ul><h2>${inH3}</h2>${ps(inP3)}</div></div>
<div class="teaser"><div class="cmp-teaser"><h3 class="cmp-teaser__title">${inTeaser[0]}</h3><div class="cmp-teaser__description"><p>${inTeaser[1]}</p></div>
<a class="cmp-teaser__action-link" href="/checklist.pdf">${inTeaser[2]}</a></div></div>
<div class="text"><div class="cmp-text"><h2>${inH4}</h2>${ps(inP4)}</div></div>
<div class="text disclaimer"><div class="cmp-text"><p><small>${inDisclaimer}</small></p></div></div>
<div class="list related"><h2 class="cmp-list__title">Related articles</h2><ul class="cmp-list">${links(inRelated, 'cmp-list__item')}</ul></div>
</div></main><div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><footer class="cmp-footer">
<ul class="cmp-footer__links">${links(inFoot, 'cmp-footer__item')}</ul>${inLegal.map((t) => `<p class="cmp-footer__legal">${t}</p>`).join('')}</footer></div>
</div></div></div>
<div id="truste-consent-track" role="dialog" aria-label="Cookie preferences"><p id="truste-consent-text">${inCookie[0]}</p>
<button id="truste-consent-button">${inCookie[1]}</button><button id="truste-show-consent">${inCookie[2]}</button></div>
<script src="/etc.clientlibs/harborline/clientlibs/clientlib-site.lc-9d3e-lc.min.js"></script></body></html>`;
const insurance: TestPage = {
  html: inHtml,
  name: 'heldout190-insurance-blog',
  kind: 'blog',
  // the reading time and review date are bylines (the page names no author); the quote-start form and the checklist teaser
  // between text components, the image title, the disclaimer and the related list are furniture
  title: inTitle,
  headings: [inH1, inH2, inH3, inH4],
  body: texts([...inP1, ...inP2, ...inList, ...inP3, ...inP4]),
  bylines: ['4 min read', 'Reviewed December 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...inNav, 'Find an agent', 'Log in', 'Learning Center', 'Exposed pipes in unheated spaces freeze first.',
    ...inQuote, ...inTeaser, inDisclaimer, 'Related articles', ...inRelated, ...inFoot, ...inLegal, ...inCookie,
  ],
};

export const HELDOUT190_E: readonly TestPage[] = [insurance, viewpoints];
