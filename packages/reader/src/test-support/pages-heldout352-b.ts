import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout352-kit.js';

/**
 * Held-out batch 352, file b: a Unistat-style news item on the Europa Component Library inside a Liferay portal (site
 * header with language selector, ECL breadcrumb, page header with the news date, infographic with its source note, "Source
 * dataset" links, share bar, "Related content" cards, cookie consent kit, the Northern Union Commission footer) and a national
 * statistics office's methodology page in the Stats NZ style (top utility links, mega menu, breadcrumb, "On this page" side
 * menu, a definitions table, "Last updated", "Was this page helpful?", footer).
 */
const eTitle = 'Renewable heat covered 27% of household heating in 2024';
const eBody = [
  j(
    'In 2024, renewable sources covered 27.1% of the energy used to heat homes in the NU, up from 25.8% in 2023 and 21.4% ten',
    'years earlier. Heat pumps and solid biomass together accounted for more than four fifths of this renewable heat.',
  ),
  j(
    'Among the NU countries, the share of renewable heat in household heating was highest in Norrland (68.2%), Estria (61.5%)',
    'and Kalvonia (57.9%). At the other end of the scale, the share was below 10% in Marivonne (6.3%), Ostergau (8.1%) and',
    'Vellanto (9.7%).',
  ),
  j(
    'Heat pumps recorded the strongest growth. The ambient heat they captured rose by 11% compared with 2023, while the use of',
    'firewood and wood pellets was broadly stable. Solar thermal collectors contributed 1.9% of household heating.',
  ),
  j(
    'The share of renewable heat has risen in 24 of the 27 NU countries since 2014. The largest increases were recorded in',
    'Estria (+17.4 percentage points) and Pellardia (+15.2 pp).',
  ),
  j(
    'Households remain the second largest user of renewable heat after industry. In absolute terms, households used 1,310',
    'petajoules of renewable energy for space and water heating in 2024, 4% more than in the previous year, while their total',
    'heating consumption fell by 2% after a mild winter in much of the north of the Union. Fossil gas remained the largest',
    'single source of household heat, at 31.5%, followed by heating oil at 11.2%, a share that has halved since 2014.',
  ),
];
const eList = ['heat pumps: 11.6% of household heating', 'solid biofuels: 12.4%', 'solar thermal: 1.9%', 'renewable district heating and other sources: 1.2%'];
const eLead = 'The renewable share of heating in NU households in 2024 was made up of:';
const eNote = j(
  'Renewable heat includes ambient energy captured by heat pumps, solid biofuels, biogas, solar thermal and geothermal energy,',
  'and the renewable part of district heating delivered to households.',
);
const eNav = ['Data', 'News', 'Publications', 'About us', 'Help'];
const eCrumb = ['Home', 'News', 'Products Unistat News'];
const eRel = ['Energy consumption in households down in 2024', 'Heat pump sales: a record year in 2023', 'Electricity prices for household consumers'];
const eFoot = [
  'Contact Unistat',
  'Follow us on social media',
  'Legal notice',
  'Cookies',
  'Personal data protection',
  'Accessibility',
  'Languages on our websites',
];
const eHtml = `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="en-GB"><head><title>${eTitle} - Unistat</title><meta content="initial-scale=1.0, width=device-width" name="viewport">
<meta property="og:title" content="${eTitle}"><meta property="og:site_name" content="Unistat"><meta name="description" content="Renewable heat in 2024.">
<script>var Liferay={Browser:{},ThemeDisplay:{getLanguageId:function(){return "en_GB";},
getPathThemeImages:function(){return "/o/estat-theme-ecl/images";}}};</script>
<script type="application/json" data-ecl-auto-init="Consent">{"utility":"cck","url":"/cookie-notice"}</script>
<link href="/o/estat-theme-ecl/css/main.css" rel="stylesheet"></head>
<body class="controls-visible estat-ecl-theme"><div id="cck_here"><div class="cck-container" role="dialog"><div class="cck-content">
<h2>This site uses cookies</h2><p>We use cookies to give you the best possible experience on the Unistat website.</p>
<a class="cck-actions-button" href="#accept">Accept all cookies</a>
<a class="cck-actions-button" href="#refuse">Accept only essential cookies</a></div></div></div>
<header class="ecl-site-header" data-ecl-auto-init="SiteHeader"><div class="ecl-site-header__container"><a class="ecl-link ecl-site-header__logo-link"
href="https://ec.europa.example" aria-label="Northern Union Commission">Northern Union Commission</a><div class="ecl-site-header__language">
<a class="ecl-button ecl-site-header__language-selector" href="#">English</a></div>
<div class="ecl-site-header__search-container"><form class="ecl-search-form" role="search"><label class="ecl-search-form__label"
for="q">Search this site</label><input id="q" class="ecl-text-input"></form></div></div>
<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Unistat</div></div></div>
<nav class="ecl-menu" data-ecl-menu aria-label="Site navigation"><ul class="ecl-menu__list">${links(eNav, 'ecl-menu__item')}</ul></nav></header>
<section id="content"><div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_">
<div class="ecl-page-header"><div class="ecl-container"><nav class="ecl-breadcrumb" aria-label="You are here:"><ol class="ecl-breadcrumb__container">
${links(eCrumb, 'ecl-breadcrumb__segment')}</ol></nav><div class="ecl-page-header__meta"><span class="ecl-page-header__meta-item">News articles</span>
<span class="ecl-page-header__meta-item">14 January 2026</span></div>
<h1 class="ecl-page-header__title">${eTitle}</h1></div></div>
<div class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9"><article class="estat-news-article journal-content-article">
${ps([eBody[0] ?? '', eBody[1] ?? ''])}
<figure class="ecl-media-container"><img class="ecl-media-container__media" src="/documents/4187653/renewable-heat-2024.png"
alt="Infographic: share of renewable energy in household heating, 2024">
<figcaption class="ecl-media-container__caption">Share of renewable energy in household heating, 2024, %. Source dataset: nrg_d_hhq</figcaption></figure>
<p>${eLead}</p><ul class="ecl-unordered-list">${lis(eList, 'ecl-unordered-list__item')}</ul>
${ps(eBody.slice(2))}
<p>For more information:</p><ul><li><a href="/web/energy/database">Unistat database on energy</a></li>
<li><a href="/web/energy/methodology">Unistat metadata on energy statistics</a></li></ul>
<h2>Methodological notes</h2><ul><li>${eNote}</li></ul>
<p><em>To contact us, please visit our <a href="/help/support">User Support page</a>.</em></p>
<p><em>For press queries, please contact our <a href="/media-support">Media Support</a>.</em></p></article>
<div class="estat-social-share"><p class="ecl-social-media-share__description">Share this page</p><ul class="ecl-social-media-share__list">
${links(['Facebook', 'LinkedIn', 'E-mail'], 'ecl-social-media-share__item')}</ul></div></div>
<aside class="ecl-col-l-3"><h2 class="ecl-u-type-heading-4">Related content</h2><ul class="ecl-content-block">${links(eRel, 'ecl-card')}</ul>
<div class="estat-infobox"><h3>Source data</h3><a href="/databrowser/view/nrg_d_hhq">Disaggregated final energy consumption in households</a></div></aside>
</div></div></div></section>
<footer class="ecl-site-footer"><div class="ecl-container"><div class="ecl-site-footer__row"><p class="ecl-site-footer__description">This site is managed
by the Directorate-General for Statistics (Unistat)</p><ul class="ecl-site-footer__list">${links(eFoot, 'ecl-site-footer__list-item')}</ul>
</div></div></footer></body></html>`;
const eurostat: TestPage = {
  name: 'heldout352-eurostat-news-item-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: ['Methodological notes'],
  body: texts([eBody[0] ?? '', eBody[1] ?? '', eLead, ...eList, ...eBody.slice(2), eNote]),
  bylines: ['14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies', 'We use cookies to give you the best possible experience on the Unistat website.', 'Accept all cookies',
    'Accept only essential cookies', 'Northern Union Commission', 'English', 'Search this site', ...eNav, 'Products Unistat News', 'News articles',
    'Share of renewable energy in household heating, 2024, %. Source dataset: nrg_d_hhq', 'For more information:', 'Unistat database on energy',
    'Unistat metadata on energy statistics', 'To contact us, please visit our User Support page.', 'For press queries, please contact our Media Support.',
    'Share this page', 'Facebook', 'LinkedIn', 'E-mail', 'Related content', ...eRel, 'Source data', 'Disaggregated final energy consumption in households',
    'This site is managed by the Directorate-General for Statistics (Unistat)', ...eFoot,
  ],
};

const mTitle = 'How we measure the labour cost index';
const mIntro = j(
  'The labour cost index (LCI) measures changes in the price of labour. It tracks what employers pay for a fixed quantity and',
  'quality of work, so that changes in the index reflect changes in pay rates rather than changes in the mix of jobs.',
);
const mHeads = ['What the index covers', 'How we collect the data', 'Calculating the index', 'Revisions and quality'];
const mS1 = [
  j(
    'The index covers salary and ordinary-time wage rates, overtime rates, and non-wage labour costs such as annual leave,',
    'employer superannuation contributions and accident compensation levies. It covers employees in all industries except',
    'private households employing staff.',
  ),
  'The index does not cover:',
  'the self-employed and working proprietors',
  'changes in the number of hours worked',
  'one-off bonuses that are not part of a regular pay agreement',
];
const mS2 = [
  j(
    'Each quarter we survey about 2,900 businesses and public sector organisations, which together report pay rates for around',
    '17,000 specific jobs. A job is defined by its duties, the qualifications required and the hours worked, and the same job is',
    'priced every quarter for as long as it exists.',
  ),
  j(
    'Respondents report the pay rate that applied on the 15th day of the middle month of the quarter. When a job changes in a way',
    'that affects its quality, for example when new duties are added, we ask the respondent whether the pay change reflects the',
    'new duties or a general rise in pay, and only the latter is counted in the index.',
  ),
];
const mS3 = [
  j(
    'For each job we compute the ratio of its current pay rate to its rate in the previous quarter. These ratios are combined',
    'into industry and occupation indexes using fixed weights based on the total wage bill of each group in the base period.',
  ),
  'The all-industries index is a weighted average of 17 industry indexes. Weights are updated every five years.',
];
const mS4 = [
  j(
    'Published indexes are not usually revised. When a respondent corrects an earlier report, the correction is carried into the',
    'current quarter instead. The sample error of the quarterly change in the all-salary-and-wage index is about 0.1 percentage point.',
  ),
];
const mRows: [string, string][] = [
  ['Job', 'A set of tasks performed by one employee, priced each quarter'],
  ['Quality change', 'A change in the duties, qualifications or hours of a job'],
  ['Ordinary time', 'Hours worked at the standard rate, excluding overtime'],
];
const mUtil = ['Contact us', 'News', 'Careers', 'Te reo Māori'];
const mNav = ['Browse our topics', 'Find data', 'Services', 'About us'];
const mCrumb = ['Home', 'Methods', 'Labour market'];
const mToc = ['What the index covers', 'How we collect the data', 'Calculating the index', 'Revisions and quality', 'Key terms'];
const mRel = ['Labour cost index: December 2025 quarter', 'Quarterly employment survey: methodology', 'Glossary of labour market terms'];
const mFoot = ['Accessibility', 'Copyright', 'Privacy', 'Terms of use', 'Open data', 'Subscribe'];
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mTitle} | Stats Aotearoa</title>
<meta name="description" content="Methods used to produce the labour cost index."><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${mTitle}","dateModified":"2026-01-22"}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push(
{'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-SA1');</script>
<link rel="stylesheet" href="/dist/styles/main.css"></head>
<body class="page-type--methods"><a href="#main" class="skip-link">Skip to main content</a>
<header class="site-header"><div class="site-header__utility"><ul class="utility-nav">${links(mUtil, 'utility-nav__item')}</ul></div>
<div class="site-header__main"><a class="site-header__logo" href="/"><span class="visually-hidden">Stats Aotearoa home</span></a>
<nav class="mega-menu" aria-label="Main"><ul class="mega-menu__list">${links(mNav, 'mega-menu__item')}</ul></nav>
<form class="site-search"><label for="s">Search Stats Aotearoa</label><input id="s" type="search"></form></div></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(mCrumb, 'breadcrumbs__item')}</ol></nav>
<main id="main" class="layout layout--sidebar"><aside class="layout__sidebar"><nav class="in-page-nav"><h2 class="in-page-nav__title">On this page</h2>
<ul>${links(mToc, 'in-page-nav__item')}</ul></nav></aside>
<div class="layout__content"><div class="page-header"><span class="page-header__type">Methods</span><h1 class="page-header__title">${mTitle}</h1>
<p class="page-header__meta">Last updated: 22 January 2026</p></div>
<div class="rich-text"><p class="lead">${mIntro}</p>
<h2 id="covers">${mHeads[0] ?? ''}</h2><p>${mS1[0] ?? ''}</p><p>${mS1[1] ?? ''}</p><ul>${lis(mS1.slice(2))}</ul>
<h2 id="collect">${mHeads[1] ?? ''}</h2>${ps(mS2)}
<div class="callout callout--info"><p class="callout__title">Note</p><p>If your business has been selected for the survey, see
<a href="/help/lci">Labour Cost Survey help for respondents</a>.</p></div>
<h2 id="calculating">${mHeads[2] ?? ''}</h2>${ps(mS3)}
<h2 id="revisions">${mHeads[3] ?? ''}</h2>${ps(mS4)}
<h2 id="key-terms">Key terms</h2><table class="table"><thead><tr><th scope="col">Term</th><th scope="col">Meaning</th></tr></thead><tbody>
${mRows.map(([t, m]) => `<tr><td>${t}</td><td>${m}</td></tr>`).join('\n')}</tbody></table></div>
<section class="related"><h2 class="related__title">Related content</h2><ul>${links(mRel, 'related__item')}</ul></section>
<div class="feedback"><p class="feedback__question">Was this page helpful?</p><button>Yes</button><button>No</button>
<a class="feedback__report" href="/feedback">Report a problem with this page</a></div></div></main>
<footer class="site-footer"><ul class="site-footer__links">${links(mFoot, 'site-footer__item')}</ul>
<p class="site-footer__licence">Unless indicated otherwise, this work is licensed for re-use under a Creative Commons Attribution 4.0 licence.</p>
<p class="site-footer__copy">© Stats Aotearoa Tatauranga</p></footer></body></html>`;
const methods: TestPage = {
  name: 'heldout352-stats-nz-methodology-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [...mHeads, 'Key terms'],
  body: texts([mIntro, ...mS1, ...mS2, ...mS3, ...mS4, ...mRows.flat()]),
  bylines: ['Last updated: 22 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mUtil, 'Stats Aotearoa home', ...mNav, 'Search Stats Aotearoa', 'Home', 'Methods', 'Labour market', 'On this page', 'Note',
    'If your business has been selected for the survey, see Labour Cost Survey help for respondents.', 'Related content', ...mRel,
    'Was this page helpful?', 'Report a problem with this page', ...mFoot,
    'Unless indicated otherwise, this work is licensed for re-use under a Creative Commons Attribution 4.0 licence.', '© Stats Aotearoa Tatauranga',
  ],
};

export const HELDOUT352_B: readonly TestPage[] = [eurostat, methods];
