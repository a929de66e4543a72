import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file a2: an FDA-style company announcement on the fda.gov Drupal template (gov banner, mega menu,
 * breadcrumbs, "Company Announcement" label and the FDA disclaimer, the Summary description list, the company's statement,
 * Company Contact Information, product photos, "Content current as of", Regulated Product(s), the rail and the footer).
 */
const fTitle = 'Greyfield Creamery Recalls Soft Ripened Cheeses Because of Possible Listeria monocytogenes Contamination';
const fSummary = [
  'Food & Beverages, Dairy',
  'Potential to be contaminated with Listeria monocytogenes',
  'Greyfield Creamery LLC',
  'Greyfield, Hollin Ridge',
  'Soft ripened cheeses',
];
const fStatement = [
  j(
    'FOR IMMEDIATE RELEASE – Marrow Falls, Wisconsin – Greyfield Creamery LLC is voluntarily recalling three soft ripened cheeses',
    'because they have the potential to be contaminated with Listeria monocytogenes, an organism which can cause serious and',
    'sometimes fatal infections in young children, frail or elderly people, and others with weakened immune systems.',
  ),
  j(
    'Although healthy individuals may suffer only short-term symptoms such as high fever, severe headache, stiffness, nausea,',
    'abdominal pain and diarrhea, Listeria infection can cause miscarriages and stillbirths among pregnant women.',
  ),
  j(
    'The recalled cheeses were distributed to grocery stores, specialty cheese shops and restaurants in Wisconsin, Illinois,',
    'Minnesota, Iowa and Michigan, and were sold online through the company’s website between January 14 and March 2, 2026.',
  ),
  'The following products are included in this recall:',
];
const fProducts = [
  'Greyfield Brie, 8 oz wheel, UPC 0 85512 30011 4, lot codes 26011 through 26054, best by dates 04/12/26 through 05/25/26',
  'Greyfield Little Ash Camembert, 6 oz, UPC 0 85512 30024 4, lot codes 26018 through 26054',
  'Hollin Ridge Triple Cream, 1 lb cut and wrapped by retailers, lot codes 26020 through 26049, sold at deli counters',
];
const fStatement2 = [
  j(
    'The lot code and best by date are printed on the side of each wheel’s label. Cut and wrapped pieces of the Hollin Ridge',
    'Triple Cream carry a store label; consumers who are unsure whether their cheese is affected should ask the store where it',
    'was bought.',
  ),
  j(
    'No illnesses have been reported to date in connection with these products. The recall was initiated after routine sampling',
    'by the company found Listeria monocytogenes on a surface in the ripening room. Finished product samples from the same lots are',
    'being tested, and the company has stopped production of soft ripened cheeses while it and the FDA investigate the source.',
  ),
  j(
    '“The safety of the people who eat our cheese comes before everything else,” said Maren Holloway, who founded the creamery',
    'with her brother in 2011. “We are taking every one of these wheels back while we find out how this happened.”',
  ),
  j(
    'Consumers who have purchased the recalled cheeses are urged not to eat them and to return them to the place of purchase for',
    'a full refund or to discard them. Refrigerator shelves and containers that touched the cheese should be cleaned with hot,',
    'soapy water.',
  ),
  j(
    'Consumers with questions may contact the company at 608-555-0133, Monday through Friday, 8 a.m. to 5 p.m. Central Time, or',
    'by email at quality@greyfieldcreamery.example.',
  ),
];
const fContacts = ['Greyfield Creamery Customer Care', '608-555-0133', 'quality@greyfieldcreamery.example'];
const fNav = ['Food', 'Drugs', 'Medical Devices', 'Radiation-Emitting Products', 'Vaccines, Blood, and Biologics', 'Animal and Veterinary', 'Cosmetics'];
const fRail = [
  'Archive for Recalls, Market Withdrawals & Safety Alerts',
  'Enforcement Reports',
  'Industry Guidance for Recalls',
  'Additional Information about Recalls',
];
const fFoot = [
  'FDA Archive',
  'About FDA',
  'Accessibility',
  'Visitor Information',
  'Website Policies / Privacy',
  'No FEAR Act',
  'Vulnerability Disclosure Policy',
];
const fDisclaimer = j(
  'When a company announces a recall, market withdrawal, or safety alert, the FDA posts the company’s announcement as a public',
  'service. FDA does not endorse either the product or the company.',
);
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${fTitle} | FDA</title>
<meta name="description" content="Greyfield Creamery LLC is voluntarily recalling three soft ripened cheeses.">
<meta property="og:site_name" content="U.S. Food and Drug Administration"><meta property="og:type" content="article">
<meta name="dcterms.date" content="2026-03-10"><meta name="dcterms.publisher" content="U.S. Food and Drug Administration">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${fTitle}","dateModified":"2026-03-10"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'gtm.start':Date.now(),event:'gtm.js'});</script>
<link rel="stylesheet" href="/themes/custom/preview/assets/css/lcds.css"></head>
<body class="path-node page-node-type-press-announcement"><a href="#main-content" class="sr-only sr-only-focusable">Skip to main content</a>
<section class="usa-banner"><div class="usa-banner__inner"><p>An official website of the United States government</p>
<button class="usa-banner__button">Here’s how you know</button></div></section>
<header class="lcds-header" role="banner"><div class="lcds-header__logo"><a href="/"><span class="sr-only">U.S. Food and Drug Administration</span>
<img src="/themes/custom/preview/assets/images/FDA-Logo.svg" alt=""></a></div>
<form class="lcds-search" role="search"><label for="search-input" class="sr-only">Search FDA</label><input id="search-input" type="search"></form>
<button class="lcds-menu-toggle" aria-expanded="false">Menu</button>
<nav class="lcds-mega-menu" aria-label="Main"><ul class="lcds-mega-menu__list">${links(fNav, 'lcds-mega-menu__item')}</ul></nav></header>
<main id="main-content" class="main-content"><div class="container"><nav aria-label="Breadcrumb" class="lcds-breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/safety">Safety</a></li>
<li><a href="/safety/recalls-market-withdrawals-safety-alerts">Recalls, Market Withdrawals, &amp; Safety Alerts</a></li>
<li class="active" aria-current="page">Greyfield Creamery Recalls Soft Ripened Cheeses</li></ol></nav>
<div class="row"><article class="col-md-9 lcds-content" role="article">
<header class="row content-header"><div class="col-md-12"><p class="lcds-label">COMPANY ANNOUNCEMENT</p>
<h1 class="content-title text-center">${fTitle}</h1></div></header>
<div class="inset-column"><p class="lcds-disclaimer"><small>${fDisclaimer}</small></p>
<h2 id="recall-announcement-summary">Summary</h2>
<dl class="lcds-description-list--grid"><dt>Company Announcement Date:</dt><dd><time datetime="2026-03-09T00:00:00Z">March 09, 2026</time></dd>
<dt>FDA Publish Date:</dt><dd><time datetime="2026-03-10T00:00:00Z">March 10, 2026</time></dd>
<dt>Product Type:</dt><dd><div class="product-type-term">${fSummary[0]?.replace('&', '&amp;') ?? ''}</div></dd>
<dt>Reason for Announcement:</dt><dd><div class="field--name-field-recall-reason">${fSummary[1] ?? ''}</div></dd>
<dt>Company Name:</dt><dd><div>${fSummary[2] ?? ''}</div></dd><dt>Brand Name:</dt><dd><div>${fSummary[3] ?? ''}</div></dd>
<dt>Product Description:</dt><dd><div>${fSummary[4] ?? ''}</div></dd></dl></div><hr>
<h2 id="recall-announcement">Company Announcement</h2>
${ps(fStatement)}
<ul>${fProducts.map((p) => `<li>${p}</li>`).join('\n')}</ul>
${ps(fStatement2)}
<hr><h2>Company Contact Information</h2><dl class="lcds-description-list--grid"><dt>Consumers:</dt>
<dd>${fContacts.map((c) => `<div>${c}</div>`).join('\n')}</dd></dl>
<h2>Product Photos</h2><ul class="lcds-photo-list"><li><img src="/media/201144/download" alt="Greyfield Brie label"></li>
<li><img src="/media/201145/download" alt="Little Ash Camembert label"></li></ul>
<div class="lcds-content-dates"><p><span class="lcds-metadata-label">Content current as of:</span> <time datetime="2026-03-10">03/10/2026</time></p>
<p><span class="lcds-metadata-label">Regulated Product(s)</span></p><ul class="lcds-tags"><li>Dairy Products</li></ul></div></article>
<aside class="col-md-3 lcds-sidebar" role="complementary"><h2 class="lcds-sidebar__title">More Recalls, Market Withdrawals, &amp; Safety Alerts</h2>
<ul class="lcds-sidebar__list">${links(fRail)}</ul><div class="lcds-sidebar__subscribe"><a href="/about-fda/contact-fda/stay-informed">Subscribe to
Email Updates</a></div></aside></div></div></main>
<footer class="lcds-footer" role="contentinfo"><ul class="lcds-footer__links">${links(fFoot)}</ul>
<p class="lcds-footer__agency">U.S. Food and Drug Administration · 10903 New Hampshire Avenue, Silver Spring, MD 20993 · 1-888-INFO-FDA</p></footer>
<script src="/themes/custom/preview/assets/js/lcds.min.js"></script></body></html>`;
export const fdaRecall: TestPage = {
  name: 'heldout411-fda-company-announcement',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: ['Summary', 'Company Announcement', 'Company Contact Information', 'Product Photos'],
  body: texts([...fSummary, ...fStatement, ...fProducts, ...fStatement2, ...fContacts]),
  bylines: ['March 09, 2026', 'March 10, 2026', '03/10/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'U.S. Food and Drug Administration',
    'Search FDA', 'Menu', ...fNav.slice(1), 'Home', 'Safety', 'Recalls, Market Withdrawals, & Safety Alerts', 'Greyfield Creamery Recalls Soft Ripened Cheeses',
    'COMPANY ANNOUNCEMENT', fDisclaimer, 'Content current as of:', 'Regulated Product(s)', 'Dairy Products',
    'More Recalls, Market Withdrawals, & Safety Alerts', ...fRail, 'Subscribe to Email Updates', ...fFoot,
    'U.S. Food and Drug Administration · 10903 New Hampshire Avenue, Silver Spring, MD 20993 · 1-888-INFO-FDA',
  ],
};
