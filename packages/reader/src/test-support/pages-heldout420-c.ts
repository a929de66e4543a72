import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout420-kit.js';

/**
 * Held-out batch 420, file c: a CMA-style case page on GOV.UK (cookie banner, header, breadcrumbs, "Competition and Markets
 * Authority case" context above the title, From / Published / Last updated metadata, the case facts list, a contents list
 * that repeats the headings, the case timeline as the body's dated list, "Is this page useful?" and footer) and an
 * Ofcom-style broadcast bulletin finding (Cookiebot dialog, mega menu, breadcrumbs, published line, topic tags, quoted
 * broadcast, "Related content" rail, "Subscribe to updates" box, footer).
 */
const cTitle = 'Pellbrook Diagnostics / Arlen Scientific merger inquiry';
const cH = ['Summary', 'Phase 1', 'Timeline'];
const cSum = [
  j(
    'The Competition and Markets Authority (CMA) is investigating the anticipated acquisition by Pellbrook Diagnostics plc of',
    'Arlen Scientific Limited. Both companies supply point-of-care blood analysers and the test cartridges used with them to',
    'NHS trusts, private hospitals and GP practices.',
  ),
  j(
    'The CMA is considering whether the merger may be expected to result in a substantial lessening of competition within',
    'any market or markets in the United Kingdom for goods or services.',
  ),
];
const cP1 = [
  j(
    'On 20 April 2026 the CMA found that the merger gives rise to a realistic prospect of a substantial lessening of',
    'competition in the supply of handheld blood gas analysers to hospitals. The parties are two of only three suppliers with',
    'a significant share of recent NHS tenders, and internal documents show that each treats the other as its closest rival.',
  ),
  j(
    'Pellbrook has until 27 April 2026 to offer undertakings that would resolve these concerns. If it does not, or if the',
    'CMA does not accept the undertakings offered, the merger will be referred for an in-depth phase 2 investigation.',
  ),
];
const cTimeline = [
  '20 April 2026: Phase 1 decision: the CMA finds a realistic prospect of a substantial lessening of competition.',
  '23 March 2026: Formal phase 1 investigation launched; the statutory deadline for a decision is 20 April 2026.',
  '23 March 2026: Invitation to comment published, with comments invited until 6 April 2026.',
  '11 March 2026: Initial enforcement order revoked after Pellbrook agreed to hold Arlen\u2019s cartridge business separate.',
  '2 February 2026: Initial enforcement order issued to prevent integration of the two businesses.',
  '2 February 2026: Merger inquiry opened.',
];
const cTimelineIntro = ['Key documents and events in this case, newest first:'];
const cCrumbs = ['Home', 'Business and industry', 'Competition', 'Competition and Markets Authority cases'];
const cFacts = [
  'Case type: Mergers',
  'Case state: Open',
  'Market sector: Healthcare and medical equipment',
  'Outcome: Referred to phase 2 unless undertakings accepted',
  'Opened: 2 February 2026',
];
const cFoot = ['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions', 'Rhestr o Wasanaethau Cymraeg'];
const cHtml = `<!DOCTYPE html>
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8"><title>${cTitle} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="govuk:format" content="cma_case">
<meta name="govuk:primary-publishing-organisation" content="Competition and Markets Authority"><meta property="og:site_name" content="GOV.UK">
<link rel="canonical" href="https://www.gov.uk/cma-cases/pellbrook-diagnostics-slash-arlen-scientific-merger-inquiry">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${cTitle}","datePublished":"2026-02-02T09:30:00+00:00",
"dateModified":"2026-04-20T16:05:00+01:00","publisher":{"@type":"Organization","name":"GOV.UK"}}</script>
<link rel="stylesheet" href="/assets/frontend/application-5c2f.css"></head>
<body class="govuk-template__body">
<script>document.body.className+=' js-enabled'+('noModule' in HTMLScriptElement.prototype?' govuk-frontend-supported':'');</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some
essential cookies to make this website work.</p><p class="govuk-body">We\u2019d like to set additional cookies to understand how you use GOV.UK, remember
your settings and improve government services.</p></div>
<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button><a class="govuk-link"
href="/help/cookies">View cookies</a></div></div></div></div>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="govuk-header__link govuk-header__link--homepage" href="/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content"><h2 id="super-navigation-menu-heading"
class="govuk-visually-hidden">Navigation menu</h2><button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button">Search GOV.UK</button></nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs"><nav class="gem-c-breadcrumbs govuk-breadcrumbs" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">${links(cCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="main-content" class="govuk-main-wrapper govuk-main-wrapper--auto-spacing" lang="en"><div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds"><div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">
Competition and Markets Authority case</span><h1 class="gem-c-heading__text govuk-heading-l">${cTitle}</h1></div>
<p class="gem-c-lead-paragraph">CMA investigation into the anticipated acquisition of Arlen Scientific by Pellbrook Diagnostics.</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-metadata" data-module="gem-toggle"><dl>
<dt class="gem-c-metadata__term">From:</dt> <dd class="gem-c-metadata__definition"><a href="/government/organisations/competition-and-markets-authority"
class="govuk-link">Competition and Markets Authority</a></dd>
<dt class="gem-c-metadata__term">Published</dt> <dd class="gem-c-metadata__definition">2 February 2026</dd>
<dt class="gem-c-metadata__term">Last updated</dt> <dd class="gem-c-metadata__definition">20 April 2026 \u2014 <a href="#full-publication-update-history"
class="govuk-link">See all updates</a></dd></dl></div>
<div class="gem-c-important-metadata"><dl>${cFacts
  .map(
    (f) => `<div class="gem-c-important-metadata__item">
${f.replace(/: /, ':</dt> <dd>').replace(/^/, '<dt>')}</dd></div>`,
  )
  .join('\n')}</dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation">
<h2 class="gem-c-contents-list__title">Contents</h2><ol class="gem-c-contents-list__list">
${cH
  .map(
    (h) => `<li class="gem-c-contents-list__list-item">
<a class="gem-c-contents-list__link govuk-link" href="#${h.toLowerCase()}">${h}</a></li>`,
  )
  .join('\n')}
</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">
<h2 id="summary">${cH[0]}</h2>
${ps(cSum)}
<h2 id="phase-1">${cH[1]}</h2>
${ps(cP1)}
<h2 id="timeline">${cH[2]}</h2>
${ps(cTimelineIntro)}
<ul>${lis(cTimeline)}</ul>
</div></div>
<div id="full-publication-update-history" class="gem-c-published-dates"><h2 class="gem-c-published-dates__title">Updates to this page</h2>
<p>Published 2 February 2026<br>Last updated 20 April 2026 <a href="#" class="govuk-link">show all updates</a></p></div>
<a class="govuk-link gem-c-print-link__link" href="#">Print this page</a></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2
class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Maybe</button><button class="govuk-button">Yes this page
is useful</button><button class="govuk-button">No this page is not useful</button><button class="govuk-button">Report a problem with this page</button>
</div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(cFoot, 'govuk-footer__inline-list-item')}</ul><span class="govuk-footer__licence-description">All content is
available under the Open Government Licence v3.0, except where otherwise stated</span><a class="govuk-footer__link govuk-footer__copyright-logo"
href="https://www.nationalarchives.gov.uk/">\u00a9 Crown copyright</a></div></footer>
<script src="/assets/frontend/application-7d1a.js" type="module"></script></body></html>`;
const cma: TestPage = {
  name: 'heldout420-govuk-cma-case-timeline',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cSum, ...cP1, ...cTimelineIntro, ...cTimeline]),
  bylines: ['Published 2 February 2026', 'Last updated 20 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We\u2019d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Navigation menu', 'Menu', 'Search GOV.UK',
    ...cCrumbs.filter((c) => c !== 'Competition'), 'Competition and Markets Authority case', 'From:', 'See all updates', ...cFacts, 'Contents',
    'Updates to this page', 'show all updates', 'Print this page', 'Is this page useful?', 'Maybe', 'Yes this page is useful',
    'No this page is not useful', 'Report a problem with this page', 'Support links', ...cFoot,
    'All content is available under the Open Government Licence v3.0, except where otherwise stated', '\u00a9 Crown copyright',
  ],
};

const oTitle = 'Finding: Late Lines with Cal Rennick, Tidewater FM, 9 January 2026';
const oH = ['Summary', 'The programme', 'Our analysis', 'Decision'];
const oSum = [
  j(
    'Tidewater FM is a commercial radio station broadcasting to the Ashcombe and Brayford area. During a late-night phone-in',
    'programme, the presenter made a series of claims about a local vaccination clinic that were not supported by evidence',
    'and were not challenged on air.',
  ),
  j('We found that the programme breached Rule 2.1 of the Broadcasting Code, which requires broadcasters to provide adequate protection for audiences.'),
];
const oProg = [
  j(
    'A listener complained that the presenter, Cal Rennick, told listeners that a pop-up clinic in Brayford was \u201cquietly',
    'injecting children with an untested batch\u201d and urged parents to \u201ckeep them away until someone tells the truth\u201d.',
  ),
  j('Later in the programme a caller said she had cancelled her son\u2019s appointment as a result. The presenter replied:'),
];
const oQuote = ['\u201cGood on you. Nobody ever lost anything by being careful, and nobody in charge is going to be straight with you.\u201d'];
const oAnalysis = [
  j(
    'Rule 2.1 requires that generally accepted standards are applied so as to provide adequate protection for members of the',
    'public from the inclusion of harmful material. Presenters are free to hold and express strong views, and audiences expect',
    'challenging debate on phone-in programmes.',
  ),
  j(
    'However, the presenter\u2019s statements were presented as fact, were specific to a named local clinic, and were made in a',
    'way that encouraged listeners to act on them. The Licensee, Tidewater Radio Ltd, told us that the clinic used approved',
    'vaccines only and that it had broadcast a correction the following night.',
  ),
  j(
    'We took the correction into account, but it was brief, was broadcast at a different time to a smaller audience, and did',
    'not address the advice given to the caller. We considered the potential harm to be significant.',
  ),
];
const oDecision = [
  j(
    'Breach of Rule 2.1. We have requested that Tidewater Radio Ltd attend a meeting to discuss its compliance procedures for',
    'live speech programmes, and we expect the Licensee to take careful account of this finding.',
  ),
];
const oNav = ['Online safety', 'TV, radio and on demand', 'Phones and broadband', 'Post', 'Spectrum', 'About Ofcom'];
const oCrumbs = ['Home', 'TV, radio and on demand', 'Broadcast standards', 'Broadcast and On Demand Bulletin'];
const oTags = ['Broadcast standards', 'Radio broadcasting', 'Harm and offence'];
const oRel = ['Broadcast and On Demand Bulletin: 13 April 2026', 'Guidance: Section Two of the Broadcasting Code', 'How to complain about a programme'];
const oFoot = ['Contact us', 'Accessibility', 'Privacy', 'Cookies', 'Jobs', 'Welsh language'];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${oTitle} | Ofcom</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Ofcom finding on a Tidewater FM phone-in programme."><meta property="og:title" content="${oTitle}">
<link rel="canonical" href="https://www.ofcom.org.uk/tv-radio-and-on-demand/broadcast-standards/finding-late-lines-tidewater-fm">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="7f3e0c14" type="text/javascript" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${oTitle}","datePublished":"2026-04-13",
"author":{"@type":"Organization","name":"Ofcom"}}</script>
<link rel="stylesheet" href="/dist/css/main.bundle.css?v=3.8.1"></head>
<body class="t-content-page"><a class="c-skip-link" href="#main">Skip to main content</a>
<header class="o-site-header"><div class="o-site-header__inner"><a class="o-site-header__logo" href="/"><img src="/dist/img/ofcom-logo.svg"
alt="Ofcom logo"></a><nav class="c-primary-nav" aria-label="Primary"><ul class="c-primary-nav__list">${links(oNav, 'c-primary-nav__item')}</ul></nav>
<form class="c-site-search" action="/search">
<label for="site-search" class="u-visually-hidden">Search Ofcom</label><input id="site-search" type="search"></form>
</div></header>
<nav class="c-breadcrumbs" aria-label="Breadcrumb"><ol>${links(oCrumbs, 'c-breadcrumbs__item')}</ol></nav>
<main id="main" class="o-main"><div class="o-container o-grid"><article class="o-grid__main c-article">
<header class="c-page-header"><h1 class="c-page-header__title">${oTitle}</h1><p class="c-page-header__meta"><span
class="c-page-header__label">Published:</span> <time datetime="2026-04-13">13 April 2026</time></p></header>
<div class="c-rich-text">
<h2>${oH[0]}</h2>
${ps(oSum)}
<h2>${oH[1]}</h2>
${ps(oProg)}
<blockquote class="c-quote">${ps(oQuote)}</blockquote>
<h2>${oH[2]}</h2>
${ps(oAnalysis)}
<h2>${oH[3]}</h2>
${ps(oDecision)}
</div>
<div class="c-tags"><span class="c-tags__label">Topics</span><ul>${links(oTags, 'c-tags__item')}</ul></div></article>
<aside class="o-grid__side"><section class="c-related"><h2 class="c-related__title">Related content</h2><ul>${links(oRel, 'c-related__item')}</ul></section>
<section class="c-subscribe"><h2 class="c-subscribe__title">Subscribe to updates</h2><p>Get email updates when we publish new bulletins and
decisions.</p><a class="c-button" href="/subscribe">Sign up</a></section></aside></div></main>
<footer class="o-site-footer"><ul class="o-site-footer__links">${links(oFoot)}</ul><p class="o-site-footer__copy">\u00a9 Ofcom 2026</p></footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="This website uses cookies"><div class="CybotCookiebotDialogContentWrapper">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to make our
website work and to collect anonymous information about how it is used.</div>
<div id="CybotCookiebotDialogBodyButtonsWrapper"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button
id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow
all</button></div></div></div>
<script src="/dist/js/main.bundle.js?v=3.8.1" defer></script></body></html>`;
const ofcom: TestPage = {
  name: 'heldout420-ofcom-broadcast-finding',
  kind: 'news',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([...oSum, ...oProg, ...oQuote, ...oAnalysis, ...oDecision]),
  bylines: ['Published: 13 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...oNav, 'Search Ofcom', ...oCrumbs, 'Topics', ...oTags, 'Related content', ...oRel, 'Subscribe to updates',
    'Get email updates when we publish new bulletins and decisions.', 'Sign up', ...oFoot, '\u00a9 Ofcom 2026', 'This website uses cookies',
    'We use cookies to make our website work and to collect anonymous information about how it is used.', 'Deny', 'Customize', 'Allow all',
  ],
};

export const HELDOUT420_C: readonly TestPage[] = [cma, ofcom];
