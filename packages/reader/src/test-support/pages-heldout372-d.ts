import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout372-kit.js';

/**
 * Held-out batch 372, file d: a research briefing's landing page on ReliefWeb's Drupal report template (OCHA common design
 * header, breadcrumb, short summary text, entity meta list with source, posted and originally published dates, attachment
 * box with the PDF preview, "Related content" and the cd-footer) for the invented Saltmarsh Protection Network, and a country
 * profile data page on Freedom House's Drupal country template for the invented Civic Compass (score boxes, overview, key
 * developments, a score table and two scored indicators, report navigation, "Other years", newsletter and footer). The
 * briefing page is the short-text kind, the country profile the data kind.
 */
const rTitle = 'Briefing: Protection Risks for Displaced Women in the Corran Lowlands (March 2026)';
const rBody = [
  j(
    'This briefing summarises protection monitoring carried out by our field monitors in 14 displacement sites in the',
    'Corran Lowlands between November 2025 and February 2026. It draws on 212 household interviews and 18 focus group discussions.',
  ),
  'The main findings are:',
];
const rFind = [
  'Two in five women interviewed said they avoid the latrines after dark because the sites have no lighting.',
  'Reported cases of early marriage have doubled since the food distribution cuts in December.',
  'Only three of the 14 sites have a women-only space, and none has a trained caseworker present every day.',
];
const rBody2 = [
  j(
    'The briefing recommends urgent lighting and latrine repairs, the restoration of full food rations and the deployment of mobile',
    'case management teams. The full briefing, with site-by-site data, is available in the attached PDF.',
  ),
];
const rCrumbs = ['Home', 'Updates'];
const rNav = ['Updates', 'Countries', 'Disasters', 'Organizations', 'Topics', 'Jobs', 'Training'];
const rRelated = ['Corran Lowlands: Displacement Snapshot (February 2026)', 'Lowlands Flash Appeal 2026, Revision 1'];
const rFoot = ['About ReliefWeb', 'Terms & Conditions', 'Privacy Policy', 'Contact Us', 'Help'];
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${rTitle} - Corran Lowlands | ReliefWeb</title>
<meta name="description" content="This briefing summarises protection monitoring carried out in 14 displacement sites.">
<meta property="og:site_name" content="ReliefWeb"><meta property="og:type" content="article">
<link rel="canonical" href="https://reliefweb.int/report/corran/briefing-protection">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"Briefing: Protection Risks for Displaced Women",
"author":{"@type":"Organization","name":"Saltmarsh Protection Network"},"datePublished":"2026-03-11"}</script>
<script>document.documentElement.classList.remove("no-js");document.documentElement.classList.add("js");</script>
<link rel="stylesheet" media="all" href="/themes/custom/common_design_subtheme/css/styles.css"></head>
<body class="path-node page-node-type-report"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="cd-header"><div class="cd-global-header"><div class="cd-container">
<a class="cd-ocha" href="https://www.unocha.example">Service provided by OCHA</a>
<nav class="cd-global-header__nav"><a href="/user/login">Login</a></nav></div></div>
<div class="cd-site-header"><div class="cd-container"><a class="cd-site-logo" href="/">ReliefWeb</a>
<nav role="navigation" class="cd-nav" aria-label="Main"><ul class="cd-nav__menu">${links(rNav, 'cd-nav__item')}</ul></nav>
<form class="cd-search" action="/search"><label for="cd-search" class="visually-hidden">Search ReliefWeb</label><input id="cd-search" type="search"></form>
</div></div></header>
<main id="main-content"><nav class="cd-breadcrumb" aria-label="Breadcrumb"><ol>${links(rCrumbs, 'cd-breadcrumb__item')}</ol></nav>
<article class="rw-article rw-article--report">
<header class="rw-article__header rw-article__header--with-meta"><div class="rw-entity-country-slug"><a href="/country/crl">Corran Lowlands</a></div>
<h1 class="rw-article__title rw-page-title">${rTitle}</h1>
<dl class="rw-entity-meta rw-entity-meta--core"><dt class="rw-entity-meta__tag-label">Format</dt><dd class="rw-entity-meta__tag-value">Analysis</dd>
<dt class="rw-entity-meta__tag-label">Source</dt><dd class="rw-entity-meta__tag-value">Saltmarsh Protection Network</dd>
<dt class="rw-entity-meta__tag-label">Posted</dt><dd class="rw-entity-meta__tag-value"><time datetime="2026-03-12">12 Mar 2026</time></dd>
<dt class="rw-entity-meta__tag-label">Originally published</dt><dd class="rw-entity-meta__tag-value"><time datetime="2026-03-11">11 Mar 2026</time></dd>
<dt class="rw-entity-meta__tag-label">Origin</dt><dd class="rw-entity-meta__tag-value"><a href="https://www.saltmarsh.example/briefings/">View original</a>
</dd></dl>
</header>
<section class="rw-attachment rw-attachment--report rw-file-list"><h2 class="visually-hidden">Attachments</h2><ul class="rw-attachment__list">
<li class="rw-attachment__item"><a class="rw-attachment__link" href="/attachments/4f1b/Briefing_Corran_Mar2026.pdf">
<span class="rw-attachment__label">Download Report</span> <span class="rw-attachment__format">(PDF | 1.18 MB)</span></a>
<img class="rw-attachment__preview" src="/attachments/4f1b/preview.png" alt="Preview of Briefing_Corran_Mar2026.pdf"></li></ul></section>
<div class="rw-article__content">
${ps(rBody)}
<ul>${lis(rFind)}</ul>
${ps(rBody2)}
</div>
<footer class="rw-article__footer"><dl class="rw-entity-meta rw-entity-meta--footer"><dt>Primary country</dt><dd>Corran Lowlands</dd>
<dt>Themes</dt><dd><ul><li>Gender</li><li>Protection and Human Rights</li></ul></dd></dl></footer></article>
<section class="rw-river rw-river--related"><h2 class="rw-river__title">Related Content</h2><ul>${links(rRelated, 'rw-river-article')}</ul></section></main>
<footer class="cd-footer"><nav class="cd-footer__menu"><ul>${links(rFoot)}</ul></nav>
<p class="cd-footer__copyright">ReliefWeb has been the leading online source for reliable and timely humanitarian information since 1996.</p></footer>
<script src="/themes/custom/common_design_subtheme/js/main.js"></script></body></html>`;
const reliefweb: TestPage = {
  name: 'heldout372-reliefweb-drupal-briefing-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rBody, ...rFind, ...rBody2]),
  bylines: ['Saltmarsh Protection Network', '12 Mar 2026', '11 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Service provided by OCHA', 'Login', 'ReliefWeb', ...rNav, 'Search ReliefWeb', 'Home', 'Format', 'Analysis',
    'Source', 'Posted', 'Originally published', 'Origin', 'View original', 'Attachments', 'Download Report', '(PDF | 1.18 MB)', 'Primary country',
    'Themes', 'Gender', 'Protection and Human Rights', 'Related Content', ...rRelated, ...rFoot,
    'ReliefWeb has been the leading online source for reliable and timely humanitarian information since 1996.',
  ],
};

const cTitle = 'Verenia';
const cHeads = [
  'Overview',
  'Key Developments in 2025',
  'Scores by category',
  'Political Rights',
  'A1: Was the current head of government elected through free and fair elections?',
  'B1: Do people have the right to organize in different political parties or other competitive political groupings of their choice?',
];
const cOver = [
  j(
    'Verenia holds regular elections, but the ruling Civic Union has used its control of state institutions to weaken the opposition and',
    'the courts. Journalists and housing activists face legal harassment, and protest rights are restricted under emergency decrees that',
    'have been renewed every year since 2019.',
  ),
];
const cKey = [
  'In October, parliament extended the public order decree for a seventh year, allowing detention for up to 60 days without a hearing.',
  'Two independent television channels lost their licences after broadcasting reports on corruption in the housing ministry.',
  'The Constitutional Court struck down a law requiring civil society groups to publish the names of their foreign donors.',
];
const cRows: readonly (readonly [string, string, string])[] = [
  ['Political Rights', '19', '40'],
  ['Civil Liberties', '26', '60'],
  ['Total', '45', '100'],
];
const cA1 = [
  j(
    'The president is elected by popular vote for a five-year term. Viktor Asmund of the Civic Union won a second term in 2023 with 58',
    'percent of the vote. Observers found that voting was orderly but that the incumbent benefited from the misuse of state resources',
    'and from overwhelmingly favourable coverage on state television.',
  ),
];
const cB1 = [
  j(
    'Parties can register and compete, but the registration process is slow and opaque. In 2025 the justice ministry refused to',
    'register the Green Assembly twice on technical grounds, and opposition parties reported difficulties renting halls for rallies.',
  ),
];
const cNav = ['Countries', 'Research', 'Policy Recommendations', 'Our Issues', 'About Us'];
const cReport = ['Overview', 'Political Rights', 'Civil Liberties'];
const cYears = ['2025', '2024', '2023', '2022'];
const cFoot = ['Contact', 'Careers', 'Press', 'Privacy Policy'];
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Verenia: Freedom in the World 2026 Country Report | Civic Compass</title>
<meta name="description" content="See the Freedom in the World 2026 score and learn about Verenia’s rights record."><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Dataset","name":"Freedom in the World 2026: Verenia",
"creator":{"@type":"Organization","name":"Civic Compass"},"temporalCoverage":"2025"}</script>
<link rel="stylesheet" media="all" href="/themes/custom/compass/dist/styles.css"></head>
<body class="path-country page-node-type-country-report"><header class="site-header"><a class="site-header__logo" href="/">Civic Compass</a>
<nav class="main-menu" aria-label="Main"><ul>${links(cNav, 'main-menu__item')}</ul></nav><a class="button button--donate" href="/donate">Donate</a></header>
<main class="country-report"><div class="country-report__header"><span class="country-report__eyebrow">Freedom in the World 2026</span>
<h1 class="country-report__title">${cTitle}</h1>
<div class="score-boxes"><div class="score-box score-box--pf"><span class="score-box__label">Global Freedom Score</span>
<span class="score-box__value">45</span><span class="score-box__max">/100</span><span class="score-box__status">Partly Free</span></div>
<div class="score-box"><span class="score-box__label">Internet Freedom Score</span><span class="score-box__value">52</span>
<span class="score-box__status">Partly Free</span></div></div></div>
<div class="country-report__layout"><nav class="report-nav" aria-label="Report sections"><ul>${links(cReport, 'report-nav__item')}</ul>
<div class="other-years"><h2 class="other-years__title">Other Years</h2><ul>${links(cYears)}</ul></div></nav>
<div class="country-report__body">
<section id="overview"><h2>${cHeads[0]}</h2>${ps(cOver)}</section>
<section id="key-developments"><h2>${cHeads[1]}</h2><ul>${lis(cKey)}</ul></section>
<section id="scores"><h2>${cHeads[2]}</h2><table class="data-table"><thead><tr><th>Category</th><th>Score</th><th>Out of</th></tr></thead>
<tbody>${cRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></section>
<section id="PR" class="report-indicators"><h2 class="report-indicators__category">Political Rights</h2>
<div class="indicator"><h3 class="indicator__question">${cHeads[4]}</h3><span class="indicator__score">2.00 / 4.00</span>${ps(cA1)}</div>
<div class="indicator"><h3 class="indicator__question">${cHeads[5]}</h3><span class="indicator__score">2.00 / 4.00</span>${ps(cB1)}</div></section>
</div></div>
<section class="newsletter"><h2>Sign up for our newsletter</h2><p>Get the latest research on democracy and human rights.</p>
<a class="button" href="/newsletter">Subscribe</a></section></main>
<footer class="site-footer"><ul>${links(cFoot)}</ul><p>© 2026 Civic Compass. All rights reserved.</p></footer></body></html>`;
const compass: TestPage = {
  name: 'heldout372-freedomhouse-drupal-country-profile-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cOver, ...cKey, ...cRows.flat(), ...cA1, ...cB1]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Civic Compass', ...cNav, 'Donate', 'Freedom in the World 2026', 'Global Freedom Score', 'Partly Free', 'Internet Freedom Score', 'Other Years',
    '2.00 / 4.00', 'Sign up for our newsletter', 'Get the latest research on democracy and human rights.', 'Subscribe', ...cFoot,
    '© 2026 Civic Compass. All rights reserved.',
  ],
};

export const HELDOUT372_D: readonly TestPage[] = [reliefweb, compass];
