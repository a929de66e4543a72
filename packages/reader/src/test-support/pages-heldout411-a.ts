import { links, ps, type TestPage, texts } from './page-kit.js';
import { fdaRecall } from './pages-heldout411-a2.js';
import { j, lis } from './pages-heldout411-kit.js';

/**
 * Held-out batch 411, file a: a CPSC-style recall notice on the Drupal / U.S. Web Design System template (gov banner, mega
 * menu, recall summary block with Name of Product / Hazard / Remedy / Units / Consumer Contact, Recall Details fields,
 * image gallery captions, share bar, "About U.S. CPSC" boilerplate, alert sign-up, footer) and, from file a2, an FDA-style
 * company announcement.
 */
const cTitle = 'Pellworth Recalls Glide Portable Baby Swings Due to Fall and Entrapment Hazards';
const cSummary = [
  'Pellworth Glide Portable Baby Swings',
  j(
    'The swing’s seat harness buckle can detach from the seat pad while the swing is in motion, allowing the infant to slide',
    'forward and become trapped between the seat edge and the tray, or to fall from the swing, posing fall and entrapment hazards.',
  ),
  'Refund',
  'About 38,400 (In addition, about 2,100 were sold in Canada)',
  j(
    'Pellworth toll-free at 888-555-0174 from 8 a.m. to 6 p.m. ET Monday through Friday, by email at recall@pellworth.example or',
    'online at www.pellworth.example/recall or www.pellworth.example and click on “Product Recall” at the bottom of the page.',
  ),
];
const cDesc = [
  j(
    'This recall involves Pellworth Glide portable baby swings with model numbers PW-GL200, PW-GL210 and PW-GL220. The battery-powered',
    'swings have a grey or oatmeal fabric seat pad, a five-point harness, a removable toy tray and a folding tubular frame. They were',
    'sold for infants weighing between 6 and 25 pounds.',
  ),
  j(
    'The model number and the date code, in the format YYYYMMDD, are printed on a white label under the seat frame. Swings with date',
    'codes from 20240301 through 20251130 are included in this recall. The Pellworth name is printed on the front of the seat pad.',
  ),
];
const cRemedy = [
  j(
    'Consumers should immediately stop using the recalled swings and contact Pellworth for a full refund. Consumers will be asked to',
    'cut the harness straps off the seat pad, write “Recalled” on the frame with a permanent marker and send a photo of the swing to',
    'the firm. Pellworth is contacting all known purchasers directly.',
  ),
  j(
    'Consumers who bought the swing as a gift can request the refund without a receipt by giving the date code and the model number.',
    'Retailers have been told to remove the swings from shelves and online listings.',
  ),
];
const cIncidents = [
  j(
    'The firm has received 27 reports of the harness buckle detaching from the seat pad, including nine reports of infants slipping',
    'down into the gap between the seat and the tray. Four infants suffered bruises and one suffered a scratch to the cheek. No',
    'serious injuries have been reported.',
  ),
];
const cSold = [
  j(
    'Harlow Baby stores nationwide and online at HarlowBaby.example, Cradle & Co. and Amazon.example from March 2024 through',
    'December 2025 for between $120 and $160.',
  ),
];
const cImporter = ['Pellworth Juvenile Products LLC, of Calderwood, Ohio'];
const cMade = ['China'];
const cNumber = ['26-214'];
const cNav = ['Recalls', 'Business & Manufacturing', 'Research & Statistics', 'Safety Education', 'Regulations, Laws & Standards', 'Newsroom', 'About CPSC'];
const cTop = ['Report an Unsafe Product', 'Sign Up for Alerts', 'Contact Us'];
const cCaps = ['Recalled Pellworth Glide Portable Baby Swing in grey', 'Location of model number and date code label', 'Harness buckle on seat pad'];
const cRelated = [
  'Tessel Home Recalls Infant Bouncers Due to Suffocation Hazard',
  'Brightmoor Recalls Baby Gates Due to Entrapment Hazard',
  'Infant Sleep Products Safety Guide',
];
const cFoot = ['Accessibility', 'FOIA', 'No FEAR Act', 'Privacy Policy', 'Inspector General', 'Vulnerability Disclosure Policy', 'USA.gov'];
const cAbout = j(
  'The U.S. Consumer Product Safety Commission (CPSC) is charged with protecting the public from unreasonable risk of injury or death',
  'associated with the use of thousands of types of consumer products under the agency’s jurisdiction.',
);
const field = (name: string, label: string, vals: readonly string[]): string => `<div class="field field--name-field-rc-${name} field--type-text-long">
<h3 class="field__label">${label}</h3><div class="field__item">${ps(vals)}</div></div>`;
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><title>${cTitle} | CPSC.gov</title>
<meta name="description" content="The swing’s seat harness buckle can detach from the seat pad while the swing is in motion.">
<meta property="og:title" content="${cTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.cpsc.gov/Recalls/2026/Pellworth-Recalls-Glide-Portable-Baby-Swings">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"GovernmentService","name":"${cTitle}","datePublished":"2026-03-12"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"recall","recallNumber":"26-214"});</script>
<link rel="stylesheet" media="all" href="/themes/custom/cpsc_uswds/dist/css/styles.css"></head>
<body class="path-node page-node-type-recall"><a href="#main-content" class="usa-skipnav">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion"><header class="usa-banner__header">
<div class="usa-banner__inner"><p class="usa-banner__header-text">An official website of the United States government</p>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"><span class="usa-banner__button-text">Here’s how you know</span>
</button></div></header></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<a href="/" title="Home"><em class="usa-logo__text">United States Consumer Product Safety Commission</em></a></div>
<button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__secondary"><ul class="usa-nav__secondary-links">
${links(cTop, 'usa-nav__secondary-item')}</ul>
<form class="usa-search usa-search--small" role="search"><input class="usa-input" id="search-field" type="search" name="query">
<button class="usa-button" type="submit"><span class="usa-sr-only">Search</span></button></form></div>
<ul class="usa-nav__primary usa-accordion">${links(cNav, 'usa-nav__primary-item')}</ul></nav></header>
<main id="main-content" role="main"><div class="grid-container"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
<li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link">Home</a></li>
<li class="usa-breadcrumb__list-item"><a href="/Recalls" class="usa-breadcrumb__link">Recalls &amp; Product Safety Warnings</a></li></ol></nav>
<article role="article" class="node node--type-recall node--view-mode-full"><div class="recall-header">
<h1 class="page-title"><span class="field field--name-title">${cTitle}</span></h1>
<div class="recall-dates"><span class="recall-date-label">Recall Date:</span> <time datetime="2026-03-12T12:00:00Z">March 12, 2026</time></div></div>
<div class="recall-product__summary"><div class="recall-gallery"><div class="swiper-wrapper">
${cCaps.map((c, i) => `<figure class="swiper-slide"><img src="/s3fs-public/pellworth-${i}.jpg" alt=""><figcaption>${c}</figcaption></figure>`).join('\n')}
</div></div><dl class="recall-summary">
<dt>Name of Product:</dt><dd><p>${cSummary[0] ?? ''}</p></dd><dt>Hazard:</dt><dd><p>${cSummary[1] ?? ''}</p></dd>
<dt>Remedy:</dt><dd><p>${cSummary[2] ?? ''}</p></dd><dt>Units:</dt><dd><p>${cSummary[3] ?? ''}</p></dd>
<dt>Consumer Contact:</dt><dd><p>${cSummary[4] ?? ''}</p></dd></dl>
<div class="recall-share"><span class="share-label">Share:</span>
<ul class="share-links">${lis(['Facebook', 'X (Twitter)', 'LinkedIn', 'Email'], 'share-item')}</ul>
</div></div>
<section class="recall-details"><h2 class="recall-details__title">Recall Details</h2>
${field('description', 'Description', cDesc)}
${field('remedy', 'Remedy', cRemedy)}
${field('incidents', 'Incidents/Injuries', cIncidents)}
${field('sold-at', 'Sold At', cSold)}
${field('importers', 'Importer(s)', cImporter)}
${field('manufactured-in', 'Manufactured In', cMade)}
${field('number', 'Recall number', cNumber)}
<div class="recall-commissioner-note"><p><em>Note: Individual Commissioners may have statements related to this topic. Please visit
www.cpsc.gov/commissioners to search for statements related to this or other topics.</em></p></div>
<div class="recall-about"><h3>About U.S. CPSC:</h3><p>${cAbout}</p></div></section></article>
<aside class="recall-sidebar"><div class="block block--report"><h2>Report an Unsafe Product</h2><p>Tell us about a product-related injury or
a safety concern at SaferProducts.gov.</p><a class="usa-button" href="https://www.saferproducts.gov">Report a Product</a></div>
<div class="block block--related"><h2>Related Recalls &amp; Resources</h2><ul>${links(cRelated)}</ul></div>
<div class="block block--subscribe"><h2>Get Recall Alerts</h2><p>Sign up to receive email notices about recalls and safety news.</p>
<form><input type="email" class="usa-input" placeholder="Email address"><button class="usa-button">Subscribe</button></form></div></aside></div></main>
<footer class="usa-footer usa-footer--big"><div class="usa-footer__primary-section"><ul class="usa-footer__list">${links(cFoot, 'usa-footer__item')}</ul>
</div><div class="usa-footer__secondary-section"><p class="usa-footer__logo-heading">U.S. Consumer Product Safety Commission</p>
<p class="usa-footer__contact">4330 East West Highway, Bethesda, MD 20814 · Hotline 800-555-0119</p></div></footer>
<script src="/themes/custom/cpsc_uswds/dist/js/uswds.min.js"></script></body></html>`;
const cpsc: TestPage = {
  name: 'heldout411-cpsc-recall-notice',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Recall Details', 'Description', 'Remedy', 'Incidents/Injuries', 'Sold At', 'Importer(s)', 'Manufactured In', 'Recall number'],
  body: texts([...cSummary, ...cDesc, ...cRemedy, ...cIncidents, ...cSold, ...cImporter, ...cMade, ...cNumber]),
  bylines: ['Recall Date:', 'March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'United States Consumer Product Safety Commission',
    'Menu', ...cTop, ...cNav, 'Home', 'Recalls & Product Safety Warnings', ...cCaps, 'Share:', 'Facebook', 'X (Twitter)', 'LinkedIn',
    'Note: Individual Commissioners may have statements related to this topic.', 'About U.S. CPSC:', cAbout,
    'Tell us about a product-related injury or a safety concern at SaferProducts.gov.', 'Report a Product', 'Related Recalls & Resources', ...cRelated,
    'Get Recall Alerts', 'Sign up to receive email notices about recalls and safety news.', 'Subscribe', ...cFoot,
    'U.S. Consumer Product Safety Commission', '4330 East West Highway, Bethesda, MD 20814 · Hotline 800-555-0119',
  ],
};

export const HELDOUT411_A: readonly TestPage[] = [cpsc, fdaRecall];
