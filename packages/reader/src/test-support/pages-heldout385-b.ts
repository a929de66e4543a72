import { links, ps, type TestPage, texts } from './page-kit.js';
import { canada } from './pages-heldout385-b2.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file b: a Smartraveller-style (Drupal) destination page (header, main menu, breadcrumb, the advice
 * level block with its "Latest update" text, the in-page tabs, the "Full advice" sections, the subscribe block, the
 * acknowledgement of country and footer) and, from file b2, a Canadian travel advice page on the Canada.ca (GCWeb) template.
 */
const aTitle = 'Tallimor';
const aOverview = [j('Exercise a high degree of caution in Tallimor overall due to the threat of serious crime. Higher levels apply in some areas.')];
const aSafety = [
  j(
    'Armed robbery and assaults occur in the capital, Quennet, particularly in the Harbour and Five Wells districts after dark. Criminals',
    'have targeted foreigners using ATMs and taxis hailed on the street.',
  ),
  'To protect yourself from crime:',
  'use taxis booked through your hotel or a reputable app',
  'avoid walking alone after dark, even in tourist areas',
  'keep your accommodation locked at all times',
  j(
    'Cyclone season runs from November to April. Cyclones can cause flooding and landslides, and may disrupt flights to the outer',
    'islands for several days. Monitor the Tallimor Meteorological Service and follow the advice of local authorities.',
  ),
];
const aHealth = [
  j(
    'Dengue fever is common, with an outbreak reported on the northern islands since December. Use insect repellent and wear long,',
    'loose-fitting clothing. Medical facilities outside Quennet are basic, and serious cases need evacuation to a third country.',
  ),
  'Make sure your travel insurance covers medical evacuation. It can cost more than $80,000.',
  j(
    'Tap water is not safe to drink outside the main hotels in Quennet. Drink boiled or bottled water, and avoid ice in drinks and raw',
    'salads sold at roadside stalls.',
  ),
];
const aLaws = [
  j(
    'Penalties for drug offences are severe and include long prison sentences. It is illegal to take photos of government buildings,',
    'the presidential palace and military sites.',
  ),
];
const aTravel = [
  j(
    'Australians need a visa to enter Tallimor. You can get a 30-day visa on arrival at Quennet International Airport for US$50, paid',
    'in cash. From 1 May, you must also complete an online arrival card within 3 days before you land.',
  ),
  j('Entry and exit conditions can change at short notice. Contact the nearest embassy or consulate of Tallimor for the latest', 'details.'),
];
const aHelp = [
  j('The Australian High Commission in Quennet provides consular assistance. In a consular emergency, call the 24-hour Consular', 'Emergency Centre.'),
];
const aSections: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Safety', aSafety],
  ['Health', aHealth],
  ['Local laws', aLaws],
  ['Travel', aTravel],
  ['Local contacts', aHelp],
];
const aSectionHtml = aSections
  .map(([h, paras]) => {
    const list =
      h === 'Safety'
        ? `${ps(paras.slice(0, 2))}<ul>${paras
            .slice(2, 5)
            .map((t) => `<li>${t}</li>`)
            .join('')}</ul>${ps(paras.slice(5))}`
        : ps(paras);
    return `<div class="accordion__item"><h2 class="accordion__title" id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>
<div class="accordion__content field--name-field-body">${list}</div></div>`;
  })
  .join('\n');
const aMenu = ['Destinations', 'Before you go', 'While you’re away', 'Getting help', 'News and updates', 'About us'];
const aCrumbs = ['Home', 'Destinations', 'Pacific'];
const aFoot = ['Contact us', 'Accessibility', 'Privacy', 'Disclaimer', 'Copyright', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${aTitle} Travel Advice &amp; Safety | Smartraveller</title>
<meta name="description" content="Exercise a high degree of caution in Tallimor overall due to the threat of serious crime.">
<link rel="canonical" href="https://www.smartraveller.gov.au/destinations/pacific/tallimor">
<meta property="og:site_name" content="Smartraveller"><meta property="og:type" content="article"><meta name="Generator" content="Drupal 10">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1187",
"currentLanguage":"en"},"gtm":{"tagId":"GTM-K2X8P"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${aTitle}","dateModified":"2026-03-05"}</script>
</head>
<body class="path-node page-node-type-destination"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="header"><div class="header__top"><a href="/" rel="home" class="site-logo">
<img src="/themes/custom/smartraveller/logo.svg" alt="Australian Government | Smartraveller"></a>
<div class="header__tagline">Travel advice and consular assistance</div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(aMenu, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(aCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article class="node node--type-destination node--view-mode-full"><div class="destination-header">
<h1 class="page-title"><span class="field field--name-title">${aTitle}</span></h1>
<div class="views-element-container block-views-block-destination-header"><div class="travel-advice-level level-2">
<strong class="level-label">Overall advice level</strong><span class="level-text">Exercise a high degree of caution</span>
<a href="/before-you-go/the-basics/advice-levels" class="level-more">What the levels mean</a></div>
<div class="latest-update"><strong>Latest update:</strong> <div class="field field--name-field-latest-update">We've updated our advice on entry
requirements (see 'Travel'). Tallimor now requires an online arrival card. The level of our advice has not changed.</div></div>
<div class="last-updated">Updated: 5 March 2026</div></div></div>
<ul class="destination-tabs" role="tablist"><li class="is-active"><a href="#overview" role="tab">Overview</a></li>
<li><a href="#full-advice" role="tab">Full advice</a></li><li><a href="#local-contacts" role="tab">Local contacts</a></li></ul>
<div class="addthis_inline_share_toolbox share-bar"><span class="share-bar__label">Share</span><a href="#">Print</a><a href="#">Email</a></div>
<section id="overview" class="destination-overview field--name-field-overview">${ps(aOverview)}</section>
<section id="full-advice" class="accordion">${aSectionHtml}</section>
<div class="block-subscribe"><h2 class="block-subscribe__title">Subscribe to updates</h2>
<p>Get the latest travel advice for Tallimor sent to your inbox.</p><a class="button" href="/subscribe">Subscribe</a></div>
</article></div></main>
<footer role="contentinfo" class="footer"><div class="footer__acknowledgement"><p>We acknowledge the Traditional Owners of Country throughout
Australia and recognise their continuing connection to land, waters and culture.</p></div>
<ul class="menu menu--footer">${links(aFoot, 'menu-item')}</ul>
<p class="footer__copyright">© Commonwealth of Australia. Smartraveller is an Australian Government initiative.</p></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const smart: TestPage = {
  name: 'heldout385-smartraveller-destination-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aSections.map(([h]) => h),
  body: texts([...aOverview, ...aSafety, ...aHealth, ...aLaws, ...aTravel, ...aHelp]),
  bylines: [
    'Latest update:',
    "We've updated our advice on entry requirements (see 'Travel'). Tallimor now requires an online arrival card. The level of our advice has not changed.",
    'Updated: 5 March 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Travel advice and consular assistance', 'Main navigation', ...aMenu, 'Breadcrumb', ...aCrumbs, 'Overall advice level',
    'What the levels mean',
    'Overview', 'Full advice', 'Share', 'Print', 'Email', 'Subscribe to updates', 'Get the latest travel advice for Tallimor sent to your inbox.',
    'Subscribe', 'We acknowledge the Traditional Owners of Country throughout Australia and recognise their continuing connection to land, waters and culture.',
    ...aFoot, '© Commonwealth of Australia. Smartraveller is an Australian Government initiative.',
  ],
};

export const HELDOUT385_B: readonly TestPage[] = [smart, canada];
