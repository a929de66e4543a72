import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout353-kit.js';

/**
 * Held-out batch 353, file e: a town's road-closure notice on Joomla 5 with the Cassiopeia template (article-info block with
 * author, category, published date and hits, tags, pager, module sidebar), and a county's notice of public hearing on a
 * Drupal site built with the U.S. Web Design System (government banner, alert, side navigation, identifier footer).
 */
const rTitle = 'Road closure: Bridge Street, 23 March to 3 April 2026';
const rIntro = [
  j(
    'Bridge Street will be closed to through traffic between the junction with Tanners Row and the junction with Castle Hill from',
    '7am on Monday 23 March until 6pm on Friday 3 April 2026, so that Severnside Water can replace a collapsed sewer under the road.',
  ),
];
const rH = ['Diversion route', 'Access during the closure', 'Buses', 'Why the work is needed'];
const rDiv = ['Traffic will be diverted via Tanners Row, Station Road and Castle Hill. The diversion will be signed in both directions.'];
const rAccess = [
  j(
    'Pedestrian access will be kept open on the north footway at all times. Residents of Bridge Street will be able to reach their',
    'homes from the Castle Hill end, but there will be no access across the works area. Deliveries to the shops on Bridge Street',
    'can be made before 10am from Tanners Row.',
  ),
  'The following will not be affected:',
];
const rAccessList = ['the Riverside car park, which stays open from Castle Hill', 'the Saturday market on Church Square', 'access to Bridge Street surgery'];
const rBus = [
  j(
    'Cyclists will be asked to dismount and walk through the works area on the north footway. Blue Badge holders who normally',
    'park on Bridge Street can use the disabled bays in the Riverside car park free of charge while the road is closed.',
  ),
  j(
    'Service 12 will not be able to stop at the Bridge Street stop during the closure. A temporary stop will be placed on Station',
    'Road outside the library. Check the operator’s website for revised times.',
  ),
];
const rWhy = [
  j(
    'A section of Victorian brick sewer collapsed in February, causing a dip in the road surface that has been covered with',
    'temporary plates. The repair needs an excavation across the full width of the road, which cannot be done safely with traffic',
    'passing. The water company has agreed to work extended hours to finish as early as possible, and the closure may be lifted',
    'early if the work goes well.',
  ),
  j(
    'The town council apologises for the disruption. Questions about the works should be directed to Severnside Water on',
    '0800 555 0199, quoting reference SW-44812.',
  ),
];
const rMenu = ['Home', 'Council', 'Services', 'News', 'Events', 'Contact'];
const rLatest = ['Allotment waiting list reopens', 'Christmas lights switch-on: thank you', 'Town centre parking review'];
const rTags = ['roads', 'closures', 'Bridge Street'];
const rHtml = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Gareth Penhallow">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>${rTitle} - Brackenford Town Council</title><link href="/media/templates/site/cassiopeia/css/template.min.css?4a3f" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},
"system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${rTitle}",
"datePublished":"2026-03-06T09:12:00+00:00"}</script>
</head><body class="site com_content wrapper-static view-article layout-blog no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Brackenford Town Council">Brackenford Town Council</span></a><div class="site-description">Serving the people of Brackenford since 1974</div>
</div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu">
<ul class="mod-menu mod-list nav">${links(rMenu, 'nav-item')}</ul></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label>
<input type="text" name="q" id="mod-finder-searchword" placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
${links(['Home', 'News', 'Roads and transport'], 'mod-breadcrumbs__item breadcrumb-item')}</ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${rTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Gareth Penhallow</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true">
</span> Category: <a href="/news/roads" itemprop="genre">Roads and transport</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-06T09:12:00+00:00" itemprop="datePublished">
Published: 06 March 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:318">Hits: 318</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">${ps(rIntro)}
<figure class="image"><img src="/images/news/bridge-street-plates.jpg" alt="Road plates on Bridge Street" width="800" height="450">
<figcaption>Temporary plates cover the dip in Bridge Street.</figcaption></figure>
<h2>${rH[0]}</h2>${ps(rDiv)}<h2>${rH[1]}</h2>${ps(rAccess)}<ul>${lis(rAccessList)}</ul>
<h2>${rH[2]}</h2>${ps(rBus)}<h2>${rH[3]}</h2>${ps(rWhy)}</div>
<ul class="tags list-inline">${rTags
  .map(
    (t) => `<li class="list-inline-item tag-${t.length} tag-list0">
<a href="/tags/${t}" class="btn btn-sm btn-info">${t}</a></li>`,
  )
  .join('')}</ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/news/prev" rel="prev">
<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/news/next" rel="next"><span aria-hidden="true">Next</span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest news</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(rLatest)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Council office</h3><div class="card-body"><p>Open Monday to Thursday, 9.30am to 1pm</p></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2026 Brackenford Town Council</p>${links(['Privacy', 'Accessibility'])}</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body>
</html>`;
const road: TestPage = {
  name: 'heldout353-joomla-cassiopeia-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rDiv, ...rAccess, ...rAccessList, ...rBus, ...rWhy]),
  bylines: ['Written by: Gareth Penhallow', 'Published: 06 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackenford Town Council', 'Serving the people of Brackenford since 1974', ...rMenu, 'Search', 'You are here:', 'Roads and transport', 'Details',
    'Category: Roads and transport', 'Hits: 318', 'Temporary plates cover the dip in Bridge Street.', 'roads', 'closures', 'Prev', 'Next', 'Latest news',
    ...rLatest,
    'Council office', 'Open Monday to Thursday, 9.30am to 1pm', '© 2026 Brackenford Town Council', 'Privacy', 'Accessibility',
  ],
};

const nTitle = 'Notice of Public Hearing: Proposed Amendments to the Unified Development Ordinance';
const nBody = [
  j(
    'NOTICE IS HEREBY GIVEN that the Board of Commissioners of Tallow Creek County will hold a public hearing on Monday, April 6,',
    '2026, at 6:30 p.m. in the Commissioners’ Meeting Room, Tallow Creek County Government Center, 115 West Court Street, Millbrook,',
    'to receive comments on proposed amendments to the Tallow Creek County Unified Development Ordinance (UDO).',
  ),
  'The proposed amendments would:',
];
const nList = [
  'allow accessory dwelling units of up to 900 square feet by right in the R-1 and R-2 residential districts;',
  'reduce the minimum lot size in the Rural Agricultural (RA) district from 2 acres to 1.5 acres where public water is available;',
  'add standards for battery energy storage systems, including setbacks of 300 feet from any dwelling; and',
  'update the sign regulations to remove content-based distinctions.',
];
const nMore = [
  j(
    'A copy of the proposed amendments is available for inspection in the Planning Department, Room 204 of the Government Center,',
    'between 8:00 a.m. and 5:00 p.m., Monday through Friday, and may be downloaded from this page.',
  ),
  j(
    'All interested persons are invited to attend and be heard. Written comments may be submitted to the Clerk to the Board at',
    'the address above or by email to clerk@tallowcreekcounty.example and must be received by 5:00 p.m. on Friday, April 3, 2026.',
  ),
  j(
    'Persons with disabilities who need an accommodation to participate in the hearing should contact the County Manager’s Office',
    'at (555) 555-0142 at least 48 hours before the meeting. Interpretation services are available on request.',
  ),
  j(
    'Following the public hearing, the Board of Commissioners may adopt the amendments as proposed, adopt them with changes, or',
    'refer them back to the Planning Board for further review. Changes may be made to the amendments as a result of the comments received.',
  ),
  'Ilona Margrave, Clerk to the Board',
];
const nSide = ['Public Notices', 'Public Hearings', 'Bid Opportunities', 'Legal Advertisements', 'Notice Archive'];
const nHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${nTitle} | Tallow Creek County</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" href="/themes/custom/tallow_uswds/dist/css/styles.css"><script src="/themes/custom/tallow_uswds/dist/js/uswds-init.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentOrganization","name":"Tallow Creek County",
"url":"https://www.tallowcreekcounty.example"}</script>
</head><body class="path-node page-node-type-public-notice"><a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of Tallow Creek County"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner">
<p class="usa-banner__header-text">An official website of Tallow Creek County</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you know</span>
</button></div></header></div></section>
<header class="usa-header usa-header--extended"><div class="usa-navbar"><div class="usa-logo"><em class="usa-logo__text"><a href="/">Tallow Creek County</a>
</em></div>
<button type="button" class="usa-menu-btn">Menu</button></div><nav aria-label="Primary navigation" class="usa-nav"><ul class="usa-nav__primary usa-accordion">
${links(['Residents', 'Business', 'Departments', 'About the County'], 'usa-nav__primary-item')}</ul></nav></header>
<div class="usa-alert usa-alert--info usa-alert--slim"><div class="usa-alert__body">
<p class="usa-alert__text">County offices will close at noon on Friday, April 3.</p></div></div>
<main id="main-content" class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(['Home', 'About the County', 'Public Notices'], 'usa-breadcrumb__list-item')}</ol></nav>
<div class="grid-row grid-gap"><aside class="tablet:grid-col-3"><nav aria-label="Secondary navigation">
<ul class="usa-sidenav">${links(nSide, 'usa-sidenav__item')}</ul></nav></aside>
<div class="tablet:grid-col-9 usa-prose"><article class="node node--type-public-notice"><h1>${nTitle}</h1>
<ul class="usa-list usa-list--unstyled notice-meta"><li>Notice type: Public Hearing</li><li>Posted: March 13, 2026</li><li>Hearing date: April 6, 2026</li>
</ul>
<div class="field--name-body">${ps(nBody)}<ol>${lis(nList)}</ol>${ps(nMore)}</div>
<div class="usa-summary-box" role="region" aria-labelledby="docs"><h2 class="usa-summary-box__heading" id="docs">Documents</h2>
<ul class="usa-list">${links(['Proposed UDO amendments (PDF, 1.2 MB)', 'Planning Board recommendation (PDF, 240 KB)'])}</ul></div></article></div></div>
</main>
<footer class="usa-footer usa-footer--slim"><div class="usa-footer__primary-section">
<ul class="add-list-reset">${links(['Contact Us', 'Jobs', 'Accessibility', 'Privacy'])}</ul></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead">
<p class="usa-identifier__identity-domain">www.tallowcreekcounty.example</p>
<p class="usa-identifier__identity-disclaimer">An official website of Tallow Creek County, North Carolina</p></section></div>
<script src="/themes/custom/tallow_uswds/dist/js/uswds.min.js"></script></body></html>`;
const notice: TestPage = {
  name: 'heldout353-uswds-drupal-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([...nBody, ...nList, ...nMore]),
  bylines: ['Posted: March 13, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of Tallow Creek County', 'Here’s how you know', 'Menu', 'Residents', 'Business', 'Departments',
    'About the County', 'County offices will close at noon on Friday, April 3.', 'Home', ...nSide, 'Notice type: Public Hearing',
    'Hearing date: April 6, 2026',
    'Documents', 'Proposed UDO amendments (PDF, 1.2 MB)', 'Planning Board recommendation (PDF, 240 KB)', 'Contact Us', 'Jobs', 'Accessibility', 'Privacy',
    'www.tallowcreekcounty.example', 'An official website of Tallow Creek County, North Carolina',
  ],
};

export const HELDOUT353_E: readonly TestPage[] = [road, notice];
