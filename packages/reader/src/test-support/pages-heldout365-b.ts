import { links, ps, type TestPage, texts } from './page-kit.js';
import { councilNews } from './pages-heldout365-b2.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file b: a TED contract notice in the Europa Component Library template (site header with language
 * selector, the notice's page header with publication number and date, the eForms sections of labelled fields whose free-text
 * descriptions are the article, the "Download" and language menus, the notice's side navigation and the ECL footer) and,
 * from file b2, a council's procurement news story on LocalGov Drupal.
 */
const tTitle = 'Oldenmark-Vestby: Construction work for the extension of the Vestby regional wastewater treatment plant';
const tHeads = ['2. Procedure', '5. Lot'];
const tProc = [
  j(
    'The contracting authority intends to award a works contract for the extension of the Vestby regional wastewater treatment',
    'plant from a capacity of 120,000 to 175,000 population equivalents. The works comprise a new biological treatment line, a',
    'sludge digestion tank with gas storage, the conversion of two existing clarifiers and the associated pipework, electrical',
    'installations and control systems.',
  ),
  j(
    'The plant must remain in operation throughout the construction period. Tenderers are therefore required to submit a phasing',
    'plan showing how the effluent limits set in the discharge permit will be met at every stage of the works.',
  ),
];
const tLot = [
  j(
    'The contract is not divided into lots because the process, civil and electrical works are closely interdependent and the',
    'authority wishes to place responsibility for the treatment performance during construction with a single contractor.',
  ),
  j(
    'The award criteria are price, weighted at 60 percent, technical quality of the phasing plan at 25 percent, and the',
    'reduction of greenhouse gas emissions from construction machinery and materials at 15 percent. Tenderers shall describe the',
    'measures proposed to reduce emissions and quantify them using the calculation sheet in the procurement documents.',
  ),
  j(
    'Tenderers must demonstrate an average annual turnover of at least EUR 30 million over the last three financial years and at',
    'least two completed references for wastewater treatment works of a value above EUR 15 million within the last eight years.',
    'A joint group of economic operators may rely on the combined capacities of its members.',
  ),
  j(
    'Tenders and all supporting documents must be submitted in English through the electronic procurement platform named in the',
    'procurement documents. The authority will hold an information meeting for interested tenderers on 15 July 2026, and questions',
    'received later than ten days before the deadline for receipt of tenders will not be answered.',
  ),
  j(
    'Variants are not allowed. The contract will be performed over 38 months from the notice to proceed, with a defects liability',
    'period of five years for the process equipment.',
  ),
];
const field = (k: string, v: string): string =>
  `<div class="ecl-description-list__item"><dt class="ecl-description-list__term">${k}</dt><dd class="ecl-description-list__definition">${v}</dd></div>`;
const tBuyer: [string, string][] = [
  ['Official name:', 'Vestby Regional Water Authority'],
  ['Legal type of the buyer:', 'Body governed by public law'],
  ['Activity of the contracting authority:', 'Environmental protection'],
];
const tProcData: [string, string][] = [
  ['Title:', 'Extension of the Vestby regional wastewater treatment plant'],
  ['Procedure identifier:', '6f0a4c3e-91b2-4d7a-a8e5-2c17b04d9e61'],
  ['Type of procedure:', 'Open'],
  ['Main classification (cpv):', '45252100 Sewage-treatment plant construction work'],
  ['Estimated value excluding VAT:', '41 800 000 Euro'],
];
const tLotData: [string, string][] = [
  ['Lot identifier:', 'LOT-0001'],
  ['Place of performance:', 'Vestby (NUTS code XO042)'],
  ['Deadline for receipt of tenders:', '04/09/2026 12:00:00 (UTC+02:00)'],
];
const tSide = ['1. Buyer', '2. Procedure', '5. Lot', '8. Organisations', '10. Change', '11. Notice information'];
const tTop = ['Home', 'Search', 'Browse by', 'Calendar', 'eNotices2', 'Help'];
const tFoot = ['Contact the Publications Office', 'Legal notice', 'Cookies policy', 'Privacy policy', 'Accessibility', 'Language policy'];
const tHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="UTF-8"><title>Notice 412877-2026 - TED</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${tTitle}">
<link rel="stylesheet" href="/assets/ecl/styles/ecl-eu.css" crossorigin="anonymous"><link rel="canonical"
href="https://ted.europa.eu/en/notice/-/detail/412877-2026">
<script>var cl = document.querySelector('html').classList; cl.remove('no-js'); cl.add('has-js');</script>
<script defer src="https://webtools.europa.example/load.js?globan=1110"></script></head>
<body class="ecl"><script type="application/json">{"utility":"cck","url":"https://ted.europa.eu/en/legal-notice"}</script>
<div id="cck_here"><div class="wt-cck" role="dialog"><p>This site uses cookies to offer you a better browsing experience. Find out more on how we use
cookies.</p>
<a href="#" class="wt-cck--accept">Accept all cookies</a> <a href="#" class="wt-cck--refuse">Accept only essential cookies</a></div></div>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header"><div class="ecl-site-header__container ecl-container">
<div class="ecl-site-header__top"><a class="ecl-link ecl-site-header__logo-link" href="/" aria-label="European Union"><img alt="European Union flag"
class="ecl-site-header__logo-image" src="/assets/logo-eu.svg"></a><div class="ecl-site-header__action"><div class="ecl-site-header__language">
<a class="ecl-button ecl-button--tertiary ecl-site-header__language-selector" href="#"><span class="ecl-site-header__language-code">en</span>English</a></div>
<a class="ecl-button ecl-button--tertiary" href="/login">Log in</a></div></div></div></div><div class="ecl-site-header__banner"><div class="ecl-container">
<div class="ecl-site-header__site-name">TED Tenders Electronic Daily</div></div></div>
<nav class="ecl-menu" aria-label="Main navigation"><ul class="ecl-menu__list">${links(tTop, 'ecl-menu__item')}</ul></nav></header>
<nav class="ecl-breadcrumb" aria-label="You are here:"><ol
class="ecl-breadcrumb__container">${links(['Home', 'Search results', 'Notice'], 'ecl-breadcrumb__segment')}</ol></nav>
<div class="ecl-page-header"><div class="ecl-container"><div class="ecl-page-header__info"><ul class="ecl-page-header__meta">
<li class="ecl-page-header__meta-item">412877-2026</li><li class="ecl-page-header__meta-item">Contract or concession notice – standard regime</li>
<li class="ecl-page-header__meta-item">Publication date: 26/06/2026</li></ul>
<h1 class="ecl-page-header__title">${tTitle}</h1></div></div></div>
<main class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-3"><nav class="ecl-inpage-navigation" aria-label="Page contents">
<div class="ecl-inpage-navigation__title">Page contents</div><ul
class="ecl-inpage-navigation__list">${links(tSide, 'ecl-inpage-navigation__item')}</ul></nav></div>
<div class="ecl-col-l-9"><div class="notice-actions"><a class="ecl-button ecl-button--secondary" href="#">Download</a>
<a class="ecl-button ecl-button--secondary" href="#">Print</a><a class="ecl-button ecl-button--ghost" href="#">Subscribe to RSS</a></div>
<div id="notice" class="notice-view"><section id="section1"><h2 class="ecl-u-type-heading-2">1. Buyer</h2><dl class="ecl-description-list">
${tBuyer.map(([k, v]) => field(k, v)).join('\n')}</dl></section>
<section id="section2"><h2 class="ecl-u-type-heading-2">${tHeads[0]}</h2><dl class="ecl-description-list">${tProcData.map(([k, v]) => field(k, v)).join('\n')}
<div class="ecl-description-list__item"><dt class="ecl-description-list__term">Description:</dt><dd class="ecl-description-list__definition">
${ps(tProc)}</dd></div></dl></section>
<section id="section5"><h2 class="ecl-u-type-heading-2">${tHeads[1]}</h2><dl class="ecl-description-list">${tLotData.map(([k, v]) => field(k, v)).join('\n')}
<div class="ecl-description-list__item"><dt class="ecl-description-list__term">Description:</dt><dd class="ecl-description-list__definition">
${ps(tLot)}</dd></div></dl></section>
<section id="section11"><h2 class="ecl-u-type-heading-2">11. Notice information</h2><dl class="ecl-description-list">
${field('Notice dispatch date:', '23/06/2026 14:07:55 (UTC+02:00)')}${field('Languages in which this notice is officially available:', 'English, Oldenmarkish')}
</dl></section></div></div></div></main>
<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__row">
<div class="ecl-site-footer__section"><p class="ecl-site-footer__title">TED - Tenders Electronic Daily</p>
<p class="ecl-site-footer__description">Supplement to the Official Journal of the EU</p></div><ul
class="ecl-site-footer__list">${links(tFoot, 'ecl-site-footer__list-item')}
</ul></div></div></footer><script src="/assets/ecl/scripts/ecl-eu.js"></script><script>ECL.autoInit();</script></body></html>`;
const ted: TestPage = {
  name: 'heldout365-ted-europa-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tProc, ...tLot]),
  bylines: ['Publication date: 26/06/2026', '23/06/2026 14:07:55 (UTC+02:00)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.', 'Accept all cookies',
    'Accept only essential cookies', 'Log in', 'TED Tenders Electronic Daily', ...tTop, 'Search results', 'Notice', '412877-2026',
    'Contract or concession notice – standard regime', 'Page contents', '1. Buyer', '8. Organisations', '10. Change', '11. Notice information',
    'Download', 'Print', 'Subscribe to RSS', ...tBuyer.flat(), ...tProcData.flat(), ...tLotData.flat(), 'Description:', 'Notice dispatch date:',
    'Languages in which this notice is officially available:', 'English, Oldenmarkish', 'TED - Tenders Electronic Daily',
    'Supplement to the Official Journal of the EU', ...tFoot,
  ],
};

export const HELDOUT365_B: readonly TestPage[] = [ted, councilNews];
