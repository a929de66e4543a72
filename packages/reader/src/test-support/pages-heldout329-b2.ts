import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file b2: a European Commission press corner-style release (for an invented Aurelian Commission) as
 * saved from its Angular app (`app-root`, `_ngcontent` attributes, Europa Component Library classes): site header with
 * language selector, global banner, cookie consent kit, breadcrumb, release type, reference and date, dateline inside
 * the first paragraph, "Print friendly pdf", quotes, "Next steps" and "Background"
 * sections, "For More Information" links, press contacts, Union Direct line, footer.
 */
const eTitle = 'Commission proposes common rules to make river freight cleaner and cheaper';
const eLead = j(
  'The Commission has today proposed a package of measures to move more goods from roads onto inland waterways. The proposal',
  'sets shared standards for low-emission barges, simplifies crew certificates across borders and creates a fund of €1.4 billion',
  'to modernise locks and river ports by 2034.',
);
const eP1 = [
  j(
    'Inland waterways carry around 6% of freight inside the Union today, even though a single large barge can replace up to',
    '150 lorries. Outdated infrastructure, differing national rules and an ageing fleet have held the sector back.',
  ),
  'The package has three main parts:',
];
const eParts = [
  'a common standard for zero- and low-emission vessels, with a label that ports can use to offer reduced fees;',
  'mutual recognition of boatmasters’ certificates and a single digital crew record valid on all connected waterways;',
  'the Waterways Renewal Facility, which will co-finance lock upgrades, shore power and digital river information services.',
];
const eQ = [
  j(
    'Executive Vice-President Ingrid Solvay said: “Our rivers are the quietest motorways we have. With this package, a skipper',
    'will be able to cross four countries with one set of papers, and a port will know at a glance which barges are clean.”',
  ),
  j(
    'Commissioner for Transport Matteo Ravelli added: “Every barge that replaces a convoy of lorries means less congestion',
    'and cleaner air for the towns along our motorways.”',
  ),
];
const eH1 = 'Next steps';
const eP2 = [
  j(
    'The proposal will now be discussed by the Parliament and the Council. The Commission expects the first calls for',
    'projects under the renewal facility to open in 2027, once the co-legislators have agreed on the text.',
  ),
];
const eH2 = 'Background';
const eP3 = [
  j(
    'The package follows the Sustainable Mobility Strategy, which set the goal of increasing inland waterway transport by a',
    'quarter by 2030. A public consultation in 2025 received more than 900 replies, most of them from operators and port',
    'authorities asking for simpler cross-border rules.',
  ),
  j('Around 13,000 vessels operate on the Union’s connected waterways, and more than half of them were built before 1980.'),
];
const eLangs = ['English', 'Deutsch', 'Français'];
const eCrumb = ['Aurelian Commission', 'Press corner', 'Press release'];
const eInfo = ['Questions and answers on the inland waterways package', 'Factsheet: river freight in figures', 'Proposal for a Regulation'];
const eContacts: [string, string][] = [
  ['Adalbert NOVAK', '+32 2 298 11 40'],
  ['Rosa VELLINGA', '+32 2 295 63 07'],
];
const eFoot = [
  'Contact the Commission',
  'Follow the Commission on social media',
  'Resources for partners',
  'Language policy',
  'Cookies',
  'Privacy policy',
  'Legal notice',
];
const ng = '_ngcontent-ng-c2781190441=""';
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press corner | Aurelian Commission</title>
<base href="/presscorner/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Commission proposes common rules to make river freight cleaner and cheaper">
<meta property="og:title" content="${eTitle}"><meta property="og:type" content="website">
<script type="application/json">{"service":"etrans","languages":["en","de","fr"],"renderAs":{"button":false}}</script>
<script defer src="https://webtools.europa.example/load.js?globan=1110" type="text/javascript"></script>
<link rel="stylesheet" href="styles.7b1e3c0f.css"><style ng-app-id="ng">.ecl-page-header[_ngcontent-ng-c2781190441]{margin:0}</style></head>
<body><app-root _nghost-ng-c3318211="" ng-version="17.3.12" ng-server-context="ssr">
<div id="cookie-consent-banner" class="wt-cck--container"><p>This site uses cookies to offer you a better browsing experience.
Find out more on how we use cookies.</p><a href="#">Accept all cookies</a><a href="#">Accept only essential cookies</a></div>
<div class="globan"><span>An official website of the Aurelian Union</span><a href="#">How do you know?</a></div>
<app-header ${ng}><header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__header">
<a class="ecl-link ecl-site-header__logo-link" href="https://commission.europa.example/index_en" aria-label="Home - Aurelian Commission">
<span class="ecl-u-sr-only">Home - Aurelian Commission</span></a>
<div class="ecl-site-header__language"><ul class="ecl-site-header__language-list">${links(eLangs, 'ecl-site-header__language-item')}</ul></div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Press corner</div></div></div>
</header></app-header>
<app-breadcrumb ${ng}><nav class="ecl-breadcrumb" aria-label="You are here:"><ol class="ecl-breadcrumb__container">
${links(eCrumb, 'ecl-breadcrumb__segment')}</ol></nav></app-breadcrumb>
<main class="ecl-container"><app-detail ${ng}><div ${ng} class="ecl-page-header"><div ${ng} class="ecl-page-header__meta">
<span ${ng} class="ecl-page-header__meta-item">Press release</span><span ${ng} class="ecl-page-header__meta-item">4 March 2026</span>
</div><h1 ${ng} class="ecl-page-header__title">${eTitle}</h1></div>
<div ${ng} class="ecl-row"><div ${ng} class="ecl-col-l-9"><div ${ng} class="ecl-u-mb-l"><a ${ng} class="ecl-link ecl-link--standalone" href="#">
Print friendly pdf</a> <span ${ng} class="ecl-u-type-color-grey">Page contents</span></div>
<div ${ng} class="ecl-paragraph detail-content"><p><span class="dateline">Brussels, 4 March 2026</span></p>
<p>${eLead}</p>
${ps(eP1)}
<ul>${lis(eParts)}</ul>
${ps(eQ)}
<h2>${eH1}</h2>
${ps(eP2)}
<h2>${eH2}</h2>
${ps(eP3)}
<h2>For More Information</h2><ul>${links(eInfo)}</ul></div>
<div ${ng} class="ecl-u-mt-l detail-footer"><span ${ng}>IP/26/1184</span></div>
<app-contacts ${ng}><div class="ecl-u-mt-xl"><h3 class="ecl-u-type-heading-3">Press contacts:</h3><ul class="ecl-unordered-list">
${eContacts.map(([n, t]) => `<li class="ecl-unordered-list__item">${n} <span class="ecl-u-type-color-grey">${t}</span></li>`).join('\n')}
</ul><p>General public inquiries: <a href="#">Union Direct</a> by phone 00 800 67 89 10 11 or by <a href="#">email</a></p></div></app-contacts>
</div><div ${ng} class="ecl-col-l-3"><app-share ${ng}><div class="ecl-social-media-share"><p class="ecl-social-media-share__description">
Share this page</p><ul>${links(['Facebook', 'LinkedIn', 'Other social networks'])}</ul></div></app-share>
<div ${ng} class="ecl-u-mt-l related-media"><h3 ${ng}>Related media</h3><ul>${links(['Video: barges on the Upper Varn', 'Photos: port of Veldhaven'])}</ul>
</div></div></div></app-detail></main>
<app-footer ${ng}><footer class="ecl-site-footer"><div class="ecl-site-footer__section"><h2 class="ecl-site-footer__title">Press corner</h2>
<p class="ecl-site-footer__description">This site is managed by the Directorate-General for Communication</p></div>
<ul class="ecl-site-footer__list">${links(eFoot, 'ecl-site-footer__list-item')}</ul></footer></app-footer></app-root>
<script src="runtime.0e6a91c5.js" type="module"></script><script src="main.3f1d8b27.js" type="module"></script></body></html>`;

export const ecPress: TestPage = {
  name: 'heldout329-ec-presscorner-angular-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([eLead, ...eP1, ...eParts, ...eQ, ...eP2, ...eP3]),
  bylines: ['4 March 2026', 'Brussels, 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to offer you a better browsing experience. Find out more on how we use cookies.', 'Accept all cookies',
    'Accept only essential cookies', 'An official website of the Aurelian Union', 'How do you know?', 'Home - Aurelian Commission', ...eLangs,
    ...eCrumb, 'Print friendly pdf', 'Page contents', 'For More Information', ...eInfo, 'IP/26/1184', 'Press contacts:', ...eContacts.flat(),
    'General public inquiries: Union Direct by phone 00 800 67 89 10 11 or by email', 'Share this page', 'Facebook', 'LinkedIn',
    'Other social networks', 'Related media', 'Video: barges on the Upper Varn', 'Photos: port of Veldhaven',
    'This site is managed by the Directorate-General for Communication', ...eFoot,
  ],
};
