import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout355-kit.js';

/**
 * Held-out batch 355, file d: a WIPO-style press release on a Liferay portal (language bar, mega menu, breadcrumb, press-release
 * number and Geneva dateline, figure with caption, "About" boilerplate box, media contacts, share links, related news, newsletter
 * box, cookie consent, footer) and a copyright office circular page on the U.S. Web Design System (government banner, header
 * navigation, breadcrumb, side navigation, circular number, PDF link, usa-prose body with a summary box, "Last reviewed" line,
 * footer and identifier).
 */
const wTitle = 'Design filings under the Hague-style system rose by 9 percent in 2025, led by furniture and lighting';
const wBody = [
  j(
    'International design applications filed through the organization’s registration system grew by 9 percent in 2025, the',
    'fastest rise in a decade, according to preliminary figures published today. Applicants filed 27,410 applications',
    'containing 128,900 individual designs.',
  ),
  j(
    'Furniture remained the largest class, accounting for 14 percent of all designs, followed by lighting apparatus and',
    'packaging. Growth was strongest among small and medium-sized enterprises, which filed almost half of all applications',
    'for the first time.',
  ),
  j(
    'Applicants from 74 countries used the system, eight more than in 2024. Filings from Asia grew fastest, rising',
    'by 17 percent, while European applicants continued to account for more than half of all designs.',
  ),
  j(
    '“Designers are telling us that a single international filing is now the natural starting point for protecting a new',
    'product line,” said Director General Amara Seldon-Vey. “We see more first-time users every quarter, and most of them',
    'come back.”',
  ),
];
const wHead2 = 'Top filers';
const wBody2 = [
  j(
    'Brightwater Paperworks of the United States was the largest single filer, with 612 designs, ahead of Velokant of',
    'Germany with 540 and Tamsin Interiors of Ireland with 498. Among universities, the Institute of Applied Arts of Lunemark',
    'filed the most designs for the second year running.',
  ),
];
const wTable = [
  ['Applicant', 'Designs'],
  ['Brightwater Paperworks', '612'],
  ['Velokant', '540'],
  ['Tamsin Interiors', '498'],
];
const wAbout = j(
  'The Global Intellectual Property Organization is a self-funding agency of 171 member states that runs international filing',
  'systems for patents, marks and designs.',
);
const wHead3 = 'Online filing';
const wBody3 = [
  j(
    'Nearly all applications, 98.7 percent, were filed online. The new e-filing interface launched in June allows applicants to',
    'upload views in three-dimensional formats and to pay fees in eleven currencies.',
  ),
  j('The organization will publish final figures, including a breakdown by country and by class, in its annual', 'review of international filings in June.'),
];
const wNav = ['About IP', 'IP Services', 'Policy', 'Cooperation', 'Knowledge', 'News and Events'];
const wCrumbs = ['Home', 'Press Room', 'Press Releases'];
const wRelated = ['Patent filings by universities reach new high', 'Madrid-style trademark system adds two members'];
const wFoot = ['Contact us', 'Careers', 'Procurement', 'Terms of use', 'Privacy policy', 'Accessibility'];
const wHtml = `<!DOCTYPE html><html class="ltr" dir="ltr" lang="en-US"><head><title>${wTitle}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta property="og:title" content="${wTitle}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wTitle}","datePublished":"2026-03-03"}</script>
<script data-senna-track="permanent" src="/combo?browserId=chrome&minifierType=js&languageId=en_US&t=1740990000"></script>
<script>var Liferay=Liferay||{};Liferay.ThemeDisplay={getLanguageId:function(){return "en_US";}};</script></head>
<body class="chrome controls-visible yui3-skin-sam signed-out public-page site"><div class="d-flex flex-column min-vh-100">
<div class="language-bar"><ul>${links(['English', 'Français', 'Español'])}</ul></div>
<header id="banner" role="banner"><div class="wipo-header"><a class="wipo-logo" href="/en/web/guest">Global Intellectual Property Organization</a>
<nav class="wipo-mega-menu" aria-label="Main"><ul>${links(wNav, 'nav-item')}</ul></nav></div></header>
<section id="content"><div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column"
id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_">
<nav aria-label="Breadcrumb"><ol class="breadcrumb">${links(wCrumbs, 'breadcrumb-item')}</ol></nav></div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-journal-content">
<div class="portlet-content"><div class="journal-content-article" data-analytics-asset-id="88120441" data-analytics-asset-type="web-content">
<div class="wipo-article"><p class="wipo-article__eyebrow">PR/2026/912</p><h1 class="wipo-article__title">${wTitle}</h1>
<p class="wipo-article__dateline">Geneva, March 3, 2026</p>
<figure class="wipo-article__figure"><img src="/documents/d/guest/design-filings-2025.jpg" alt="">
<figcaption>A chair from one of last year’s most-filed design families. <span class="credit">Photo: GIPO/Renaud Ekwall</span></figcaption></figure>
<div class="wipo-article__body">${ps(wBody)}
<h2>${wHead2}</h2>${ps(wBody2)}
<table class="table"><thead><tr>${wTable[0]?.map((c) => `<th>${c}</th>`).join('') ?? ''}</tr></thead><tbody>
${wTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<h2>${wHead3}</h2>${ps(wBody3)}</div>
<div class="wipo-article__boilerplate"><h3>About the Global Intellectual Property Organization</h3><p>${wAbout}</p></div>
<div class="wipo-article__contacts"><h3>Media contacts</h3><p>Media Relations Section<br>Tel: +41 22 555 81 20<br>Email: publicinf@gipo.example</p></div>
<div class="wipo-share"><span>Share</span><a href="#" aria-label="Share on LinkedIn">LinkedIn</a><a href="#" aria-label="Share on X">X</a>
<a href="#" aria-label="Share by email">Email</a></div></div></div></div></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_"><h2 class="portlet-title-text">Related
news</h2><ul class="list-unstyled">${links(wRelated)}</ul></div>
<div class="wipo-newsletter"><h2>Stay informed</h2><p>Subscribe to GIPO news and press releases.</p><a class="btn btn-primary"
href="/subscribe">Subscribe</a></div>
</div></div></div></section>
<footer id="footer" role="contentinfo"><ul class="footer-links">${links(wFoot)}</ul><p>© GIPO 2026</p></footer>
<div id="cookie-consent" class="wipo-cookie-banner"><p>This site uses cookies to improve your experience and to collect anonymous statistics.</p>
<button class="btn">Accept all</button><button class="btn">Only necessary</button></div></div></body></html>`;
const wipo: TestPage = {
  name: 'heldout355-liferay-ipo-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wHead2, wHead3],
  body: texts([...wBody, ...wBody2, ...wTable.slice(1).flat(), ...wBody3]),
  bylines: ['Geneva, March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'English', 'Français', 'Español', 'Global Intellectual Property Organization', ...wNav, ...wCrumbs, 'PR/2026/912',
    'A chair from one of last year’s most-filed design families.', 'Photo: GIPO/Renaud Ekwall', 'About the Global Intellectual Property Organization',
    wAbout, 'Media contacts',
    'Media Relations Section', 'Tel: +41 22 555 81 20', 'Email: publicinf@gipo.example', 'Share', 'LinkedIn', 'Related news', ...wRelated,
    'Stay informed', 'Subscribe to GIPO news and press releases.', 'Subscribe', ...wFoot, '© GIPO 2026',
    'This site uses cookies to improve your experience and to collect anonymous statistics.', 'Accept all', 'Only necessary',
  ],
};

const cTitle = 'Copyright Registration for Recipe Collections and Cookbooks';
const cSummary = [
  'A list of ingredients is not protected by copyright.',
  'Original instructions, commentary, photographs and the selection and arrangement of recipes may be protected.',
  'Register a cookbook as a literary work and describe which elements you are claiming.',
];
const cSecs: [string, string[]][] = [
  [
    'What copyright protects in a recipe',
    [
      j(
        'Copyright protects original works of authorship, but not ideas, procedures, processes or methods of operation. A mere',
        'listing of ingredients, or a list of steps describing how to combine them, is therefore not registrable on its own.',
      ),
      j(
        'Copyright may protect substantial literary expression that accompanies a recipe, such as an explanation of the origin',
        'of a dish, advice on technique written in the author’s own words, or an anecdote about a family meal.',
      ),
    ],
  ],
  [
    'Cookbooks as compilations',
    [
      j(
        'A cookbook may also be registered as a compilation if the author has selected, coordinated or arranged the recipes in',
        'a sufficiently creative way. Arranging recipes alphabetically or by course is usually not enough.',
      ),
      j('When a compilation includes recipes written by others, the claim covers only the selection and arrangement, not the', 'recipes themselves.'),
      j(
        'Photographs and illustrations in a cookbook are separate works of authorship. If the same person created the',
        'text and the photographs, both may be claimed in one application; if not, the application should identify who created each.',
      ),
    ],
  ],
  [
    'How to complete the application',
    [
      'Choose the Literary Work option in the online registration system.',
      'In the Author Created field, name the elements you created: for example, text, photographs, or compilation of recipes.',
      'Exclude any material that is in the public domain or owned by someone else in the Material Excluded field.',
      'Upload a complete copy of the best edition of the cookbook.',
    ],
  ],
];
const cNav = ['Registration', 'Recordation', 'Research', 'Law & Guidance', 'About'];
const cCrumbs = ['Home', 'Law & Guidance', 'Circulars'];
const cSide = ['Circular 1: Copyright Basics', 'Circular 14: Derivative Works', 'Circular 33: Works Not Protected', 'Circular 41: Recipes and Cookbooks'];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Circular 41: ${cTitle} | Copyright Office</title><meta name="description" content="How copyright applies to recipes and cookbooks.">
<link rel="stylesheet" href="/assets/css/uswds.min.css"><script src="/assets/js/uswds-init.min.js"></script>
<script async src="https://dap.digitalgov.example/Universal-Federated-Analytics-Min.js?agency=CO"></script></head><body>
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><div class="grid-col-fill tablet:grid-col-auto"><p class="usa-banner__header-text">An official website of the United States
government</p><p class="usa-banner__header-action" aria-hidden="true">Here’s how you know</p></div></div></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/">Copyright
Office</a></em></div><button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">${links(cNav, 'usa-nav__primary-item')}</ul>
<section aria-label="Search component"><form class="usa-search usa-search--small" role="search"><input class="usa-input" type="search" name="query">
<button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></section></nav></header>
<main id="main-content"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(cCrumbs, 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><div class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Side navigation">
<ul class="usa-sidenav">${links(cSide, 'usa-sidenav__item')}</ul></nav></div>
<div class="usa-layout-docs__main desktop:grid-col-9 usa-prose"><p class="circular-number">Circular 41</p><h1>${cTitle}</h1>
<p class="usa-intro">This circular explains which parts of a recipe or cookbook copyright protects and how to register a claim.</p>
<p><a class="usa-link" href="/circs/circ41.pdf">Download Circular 41 (PDF, 212 KB)</a></p>
<div class="usa-summary-box" role="region" aria-labelledby="summary-box-key-information"><div class="usa-summary-box__body">
<h4 class="usa-summary-box__heading" id="summary-box-key-information">Key points</h4><div class="usa-summary-box__text"><ul class="usa-list">
${lis(cSummary)}</ul></div></div></div>
${cSecs.map(([h, p], i) => (i === 2 ? `<h2>${h}</h2>\n<ol class="usa-list">\n${lis(p)}\n</ol>` : `<h2>${h}</h2>\n${ps(p)}`)).join('\n')}
<p class="last-reviewed">Last reviewed: February 2026</p></div></div></div></main>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(['Contact Us', 'Newsroom', 'Publications', 'Careers'], 'usa-footer__primary-content')}</ul></nav></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<p class="usa-identifier__identity-disclaimer">An official website of the National Copyright Registry</p></section>
<nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links"><ul class="usa-identifier__required-links-list">
${links(['About the Copyright Office', 'Accessibility support', 'FOIA requests', 'Privacy policy'], 'usa-identifier__required-links-item')}</ul></nav></div>
</body></html>`;
const circular: TestPage = {
  name: 'heldout355-uswds-copyright-circular',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cSecs.map(([h]) => h),
  body: texts([
    'This circular explains which parts of a recipe or cookbook copyright protects and how to register a claim.',
    ...cSummary,
    ...cSecs.flatMap(([, p]) => p),
  ]),
  bylines: ['Last reviewed: February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Copyright Office', 'Menu', ...cNav,
    ...cCrumbs.slice(0, 1), 'Circulars', ...cSide, 'Circular 41', 'Download Circular 41 (PDF, 212 KB)', 'Key points', 'Return to top', 'Contact Us',
    'Newsroom', 'Publications', 'Careers', 'An official website of the National Copyright Registry', 'About the Copyright Office',
    'Accessibility support', 'FOIA requests', 'Privacy policy',
  ],
};

export const HELDOUT355_D: readonly TestPage[] = [wipo, circular];
