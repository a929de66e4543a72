import { links, ps, type TestPage, texts } from './page-kit.js';
import { unhcrAppeal } from './pages-heldout329-c2.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file c: an OECD-style report landing page on an AEM theme (`cmp-` components): header menu, breadcrumb,
 * report type label, publication date, "Download PDF" / "Read online" buttons, abstract, "Key findings" list, key messages,
 * a listing of the report's chapters with their teasers, publication metadata (DOI, ISBN), "Related publications" cards,
 * newsletter band, cookie banner and footer. A listing page: the abstract, findings and chapter teasers are the body.
 */
const oTitle = 'Skills for the Green Transition in Small Firms 2026';
const oAbstract = [
  j(
    'Small and medium-sized enterprises employ two-thirds of workers in member countries, yet they train their staff far less',
    'than large firms do. This report looks at how small firms acquire the skills they need to cut emissions, adopt new',
    'technologies and comply with environmental rules, drawing on a new survey of 14,000 firms in 21 countries.',
  ),
  j(
    'The report finds that the gap is not mainly about money. Small firms that want to train often cannot spare staff for',
    'long courses, struggle to judge the quality of providers and rarely hear about public support in time. It sets out',
    'how governments, training providers and business networks can make learning fit the way small firms actually work.',
  ),
];
const oFindH = 'Key findings';
const oFind = [
  'Only 17% of small firms provided any training related to energy or emissions in the past year, against 46% of large firms.',
  'Lack of time was the most cited barrier to training, ahead of cost and the lack of suitable courses.',
  'Firms whose managers had received green skills training were twice as likely to have invested in energy efficiency.',
  'Public training subsidies reach fewer than one small firm in ten, mostly because managers do not know they exist.',
  'Short modular courses delivered at the workplace had the highest completion rates among small-firm employees.',
];
const oMsgH = 'Key messages for policy makers';
const oMsg = [
  j(
    'Governments should simplify access to training support, for example through a single entry point that brings together',
    'subsidies, advice and course listings, and should work with business associations to reach firms that never apply.',
  ),
  j('Training for managers deserves particular attention, since their decisions shape whether the rest of the workforce', 'gets the chance to learn.'),
];
const oChapH = 'Chapters';
const oChaps: [string, string][] = [
  ['Assessment and recommendations', 'A summary of the main results and the policy options that follow from them.'],
  ['Green skills needs in small firms', 'Which tasks change as firms decarbonise, and which skills are in short supply.'],
  ['How small firms learn', 'Informal learning, supplier training and courses: what firms use and what works.'],
  ['Policies that reach small firms', 'A review of 38 national programmes and the design features linked to take-up.'],
];
const oMenu = ['Topics', 'Countries', 'Data', 'Publications', 'About'];
const oCrumb = ['Home', 'Publications', 'Reports'];
const oRelated: [string, string][] = [
  ['Report', 'Employment Outlook 2025'],
  ['Policy paper', 'Upskilling for net zero: lessons from apprenticeships'],
  ['Report', 'SME and Entrepreneurship Outlook 2025'],
];
const oFoot = ['Contact us', 'Careers', 'Newsroom', 'Terms and conditions', 'Privacy policy', 'Accessibility', 'Sitemap'];
const teaser = ([k, t]: [string, string]): string =>
  `<div class="cmp-teaser"><span class="cmp-teaser__pretitle">${k}</span><a class="cmp-teaser__title" href="#">${t}</a></div>`;
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${oTitle} | Organisation for Economic Partnership and Growth</title>
<meta name="description" content="How small firms acquire the skills they need for the green transition.">
<meta property="og:type" content="website"><meta property="og:title" content="${oTitle}"><meta name="twitter:site" content="@OEPG">
<meta name="citation_doi" content="10.1787/4e2d1c9a-en"><meta name="citation_publication_date" content="2026/03/05">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","name":"${oTitle}","datePublished":"2026-03-05",
"publisher":{"@type":"Organization","name":"OEPG"}}</script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"template":"publication-landing"}});</script>
<link rel="stylesheet" href="/etc.clientlibs/oepg/clientlibs/clientlib-site.min.css"></head>
<body class="page basicpage"><div class="root container responsivegrid"><div class="cmp-container">
<div class="cookie-banner"><p>We use cookies on this site to improve your experience. You can change your settings at any time.</p>
<button class="cookie-banner__accept">Accept all</button><button class="cookie-banner__refuse">Refuse non-essential</button></div>
<header class="header experiencefragment"><div class="cmp-header"><a class="cmp-header__logo" href="/en.html">OEPG</a>
<nav class="cmp-navigation"><ul class="cmp-navigation__group">${links(oMenu, 'cmp-navigation__item')}</ul></nav>
<div class="cmp-search"><input class="cmp-search__input" type="text" placeholder="Search"></div></div></header>
<main class="main-content"><div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(oCrumb, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="publication-header"><div class="cmp-publication-header"><span class="cmp-publication-header__type">Report</span>
<h1 class="cmp-title__text">${oTitle}</h1><div class="cmp-publication-header__date">5 March 2026</div>
<div class="cmp-publication-header__actions"><a class="cmp-button" href="#"><span class="cmp-button__text">Download PDF</span></a>
<a class="cmp-button cmp-button--secondary" href="#"><span class="cmp-button__text">Read online</span></a>
<a class="cmp-button cmp-button--tertiary" href="#"><span class="cmp-button__text">Cite this</span></a></div></div></div>
<div class="text cmp-text abstract">${ps(oAbstract)}</div>
<div class="key-findings"><div class="cmp-text"><h2>${oFindH}</h2><ul>${lis(oFind)}</ul></div></div>
<div class="text cmp-text"><h2>${oMsgH}</h2>${ps(oMsg)}</div>
<div class="chapter-list"><h2 class="cmp-title">${oChapH}</h2><ul class="cmp-list">
${oChaps
  .map(
    ([t, d]) => `<li class="cmp-list__item"><a class="cmp-list__item-link" href="#"><h3 class="cmp-list__item-title">${t}</h3></a>
<p class="cmp-list__item-description">${d}</p></li>`,
  )
  .join('\n')}</ul></div>
<div class="publication-metadata"><dl class="cmp-metadata"><dt>DOI</dt><dd>https://doi.org/10.1787/4e2d1c9a-en</dd><dt>ISBN</dt>
<dd>978-92-64-71430-2 (PDF)</dd><dt>Pages</dt><dd>142</dd><dt>Themes</dt><dd>Skills, Environment, SMEs</dd></dl></div>
<div class="related-publications"><h2 class="cmp-title">Related publications</h2><div class="cmp-teaser-list">
${oRelated.map(teaser).join('\n')}
</div></div>
<div class="newsletter-band"><h2>Subscribe to our newsletters</h2><p>Get the latest publications and data in your inbox.</p>
<a class="cmp-button" href="#">Subscribe</a></div></main>
<footer class="footer experiencefragment"><ul class="cmp-footer__links">${links(oFoot)}</ul>
<p class="cmp-footer__copyright">© OEPG 2026</p></footer></div></div>
<script src="/etc.clientlibs/oepg/clientlibs/clientlib-site.min.js"></script></body></html>`;

const oecdReport: TestPage = {
  name: 'heldout329-oepg-oecd-report-landing-docs',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [oFindH, oMsgH, oChapH, ...oChaps.map(([t]) => t)],
  body: texts([...oAbstract, ...oFind, ...oMsg, ...oChaps.map(([, d]) => d)]),
  bylines: ['5 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies on this site to improve your experience. You can change your settings at any time.', 'Accept all', 'Refuse non-essential',
    'OEPG', ...oMenu, 'Home', 'Reports', 'Report', 'Download PDF', 'Read online', 'Cite this', 'DOI', 'https://doi.org/10.1787/4e2d1c9a-en',
    'ISBN', '978-92-64-71430-2 (PDF)', 'Pages', 'Themes', 'Skills, Environment, SMEs', 'Related publications', 'Policy paper',
    ...oRelated.map(([, t]) => t), 'Subscribe to our newsletters', 'Get the latest publications and data in your inbox.', 'Subscribe', ...oFoot,
    '© OEPG 2026',
  ],
};

export const HELDOUT329_C: readonly TestPage[] = [oecdReport, unhcrAppeal];
