import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 215, file a2: a train operator's engineering-works page on a Drupal site (Cookiebot dialog, the "Plan
 * your journey" header search, the nav with a hidden mobile copy, breadcrumb, the hero with its photo credit, the
 * "Published" and "Last reviewed" lines, the works text with a table of closures, the "Download poster" file link, the
 * "Live train times" side box, the "Other planned works" cards, the "Help us improve" survey prompt and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const rTitle = 'Halden Junction resignalling: 14 to 22 March 2026';
const rP1 = paras(`
Network Rail engineers will replace the signalling around Halden Junction between Saturday 14 and Sunday 22 March. The old
equipment dates from 1974 and is the cause of most of the signal failures that have delayed trains on the Coastway line over
the past two years.

While the work takes place, no trains will run between Halden and Marlow Quay. Rail replacement buses will run instead, and
journeys through the area will take up to 40 minutes longer than usual.`);
const rH1 = 'What is changing';
const rP2 = paras(`
The table below shows the closures. Trains on the rest of the network will run to a normal timetable, but some early morning
services from Marlow Quay will start from Halden instead.`);
const rCells = [
  ['Saturday 14 and Sunday 15 March', 'Halden to Marlow Quay', 'All day'],
  ['Monday 16 to Friday 20 March', 'Halden to Brightwell', 'After 21:00'],
  ['Saturday 21 and Sunday 22 March', 'Halden to Marlow Quay', 'All day'],
];
const rH2 = 'Rail replacement buses';
const rP3 = paras(`
Buses will leave from the bus stop outside each station. At Halden they will use the forecourt on Station Road, and at Marlow
Quay they will stop on the Esplanade opposite the ticket office. Look for the yellow signs that staff will put up before the
closure begins.`);
const rL1 = paras(`
Buses call at all stations and leave every 20 minutes during the day and every 30 minutes after 20:00.

Express buses run non-stop between Halden and Marlow Quay every 30 minutes from 07:00 to 19:00.

Accessible buses are available on request. Please call us at least two hours before you travel.

Bicycles cannot be carried on replacement buses, except folding bicycles in a bag.`);
const rH3 = 'Tickets';
const rP4 = paras(`
Your ticket is valid on the replacement buses, and you do not need to buy anything extra. Season ticket holders can also use
Coastline Buses route 62 between Halden and Marlow Quay at no charge during the closure by showing their ticket to the driver.

If you would rather not travel while the works are taking place, you can get a refund on an Advance ticket bought before 12
February for a journey through the closure. Go to the retailer you bought it from and quote the reference ENG-HJ26.`);
const rH4 = 'Noise from the works';
const rP5 = paras(`
Much of the work will happen at night. We have written to neighbours living within 200 metres of the railway, and we will try to
carry out the noisiest tasks, such as cutting rail and moving heavy equipment, before midnight.

If you live nearby and have a question about the works, you can contact Network Rail's 24-hour helpline on 03457 114 141.`);
const rNav = 'Buy tickets|Travel updates|Stations|Journey planner|Help|Business travel'.split('|');
const rCrumbs = 'Home|Travel updates|Planned engineering works'.split('|');
const rCookie = [
  'This website uses cookies',
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share ' +
    'information about your use of our site with our social media, advertising and analytics partners.',
  'Deny',
  'Customise',
  'Allow all',
];
const rSearch = 'Plan your journey|From|To|Leaving|Get times and tickets'.split('|');
const rLive = ['Live train times', 'Check live departures and arrivals for any station before you travel.', 'View live times'];
const rOther = [
  'Brightwell station car park closure, 2 to 6 March',
  'Overnight track renewal between Coldharbour and Wendle',
  'Easter 2026: changes to Sunday services',
];
const rFoot = [
  'Contact us',
  'Lost property',
  'Accessibility and assistance',
  'Delay Repay',
  'Careers',
  'Modern slavery statement',
  'Privacy notice',
  'Cookies',
  'Terms and conditions',
];
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Halden Junction resignalling: 14 to 22 March 2026 | Southmere Railway</title>
<meta name="description" content="No trains between Halden and Marlow Quay from 14 to 22 March. Rail replacement buses will run.">
<link rel="canonical" href="https://www.southmererailway.example/travel-updates/planned-works/halden-junction-resignalling">
<meta property="og:title" content="${rTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="a71d0e93" type="text/javascript" async></script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/8841"},
"gtm":{"tagId":"GTM-SMR41"}}</script><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq9lW0m3.css"></head>
<body class="path-node page-node-type-planned-works">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner"><div class="header__inner"><a href="/" rel="home" class="header__logo"><img src="/themes/custom/smr/logo.svg"
alt="Southmere Railway"></a><nav class="header__nav" aria-label="Main"><ul class="menu menu--main">${links(rNav, 'menu-item')}</ul></nav>
<button class="header__burger" aria-expanded="false" aria-controls="mobile-menu">Menu</button></div>
<div id="mobile-menu" class="mobile-menu" hidden><ul class="menu">${links(rNav, 'menu-item')}</ul></div>
<form class="journey-search" action="/journey-planner"><h2 class="journey-search__title">${rSearch[0]}</h2>
<label for="js-from">${rSearch[1]}</label><input id="js-from" name="from"><label for="js-to">${rSearch[2]}</label><input id="js-to" name="to">
<label for="js-when">${rSearch[3]}</label><input id="js-when" type="datetime-local"><button type="submit">${rSearch[4]}</button></form></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(rCrumbs)}</ol></nav></div>
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="8841" class="node node--type-planned-works node--view-mode-full">
<div class="hero"><picture><img src="/sites/default/files/styles/hero/public/halden-signal-box.jpg" alt="Halden signal box"></picture>
<span class="hero__credit">Photo: Network Rail</span></div>
<div class="node__header"><span class="node__label">Planned engineering works</span><h1 class="page-title"><span
class="field field--name-title">${rTitle}</span></h1>
<div class="node__meta"><span>Published 9 February 2026</span> <span>Last reviewed 2 March 2026</span></div></div>
<div class="layout layout--twocol-section layout--twocol-section--67-33"><div class="layout__region layout__region--first">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(rP1)}
<h2>${rH1}</h2>
${ps(rP2)}
<div class="table-wrapper"><table><thead><tr><th>Dates</th><th>Between</th><th>When</th></tr></thead><tbody>
${rCells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<h2>${rH2}</h2>
${ps(rP3)}
<ul>${rL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${rH3}</h2>
${ps(rP4)}
<h2>${rH4}</h2>
${ps(rP5)}
</div>
<div class="field field--name-field-documents"><span class="file file--mime-application-pdf file--application-pdf">
<a href="/sites/default/files/2026-02/halden-poster.pdf" type="application/pdf">Download poster</a></span> <span class="file-size">(PDF, 312 KB)</span></div>
</div><div class="layout__region layout__region--second"><aside class="side-box side-box--live"><h2 class="side-box__title">${rLive[0]}</h2>
<p>${rLive[1]}</p><a class="button" href="/live-times">${rLive[2]}</a></aside></div></div></article>
<section class="related-works"><h2>Other planned works</h2><div class="card-list">
${rOther.map((t) => `<div class="card"><h3 class="card__title"><a href="/travel-updates/planned-works">${t}</a></h3></div>`).join('\n')}</div></section>
<div class="feedback-banner"><p>Help us improve our website. <a href="https://survey.example/smr">Take our two-minute survey</a></p></div>
</main>
<footer class="footer" role="contentinfo"><ul class="menu menu--footer">${links(rFoot, 'menu-item')}</ul>
<p class="footer__legal">Southmere Railway is a trading name of Southmere Trains Limited, registered in England and Wales.</p></footer></div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" class="CybotCookiebotDialogActive">
<div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">${rCookie[0]}</h2>
<div id="CybotCookiebotDialogBodyContentText">${rCookie[1]}</div></div><div id="CybotCookiebotDialogBodyButtonsWrapper">
<button id="CybotCookiebotDialogBodyButtonDecline">${rCookie[2]}</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize">${rCookie[3]}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">${rCookie[4]}</button></div></div>
<script src="/sites/default/files/js/js_Ow2zQ0.js"></script></body></html>`;
export const railWorks: TestPage = {
  html: rHtml,
  name: 'heldout215-rail-engineering-works-docs',
  kind: 'docs',
  // table data cells are body, one entry per cell; the "Planned engineering works" label above the h1 is furniture
  title: rTitle,
  headings: [rH1, rH2, rH3, rH4],
  body: [...texts(rP1), ...rP2, ...rCells.flat(), ...rP3, ...rL1, ...texts(rP4), ...rP5],
  bylines: ['Published 9 February 2026', 'Last reviewed 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rNav, 'Menu', ...rSearch, 'Breadcrumb', ...rCrumbs, 'Photo: Network Rail', 'Download poster',
    '(PDF, 312 KB)', ...rLive, 'Other planned works', ...rOther, 'Help us improve our website.', 'Take our two-minute survey', ...rFoot,
    'Southmere Railway is a trading name of Southmere Trains Limited, registered in England and Wales.', ...rCookie,
  ],
};
