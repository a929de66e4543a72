import { links, ps, type TestPage, texts } from './page-kit.js';
import { larkspur } from './pages-heldout239-a2.js';
import { j, row } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file a: a national cyber agency's ICS advisory on the Drupal / USWDS template of CISA (gov banner,
 * mega menu, breadcrumb, page title block with Release Date and Alert Code, numbered sections with the affected-versions
 * table, the notification line, topic tags, survey box, related advisories and the agency footer), and a security
 * vendor's threat-research post on WordPress with indicators of compromise.
 */
const cTitle = 'Ostrava Controls FieldLink RTU Series';
const cSum = [
  'CVSS v4 9.3',
  'ATTENTION: Exploitable remotely/low attack complexity',
  'Vendor: Ostrava Controls',
  'Equipment: FieldLink RTU 300, FieldLink RTU 500',
  'Vulnerabilities: Missing Authentication for Critical Function, Improper Limitation of a Pathname to a Restricted Directory',
];
const cRisk = [
  j(
    'Successful exploitation of these vulnerabilities could allow an unauthenticated attacker to change the configuration of an affected',
    'remote terminal unit, read arbitrary files from its flash storage, or interrupt the telemetry it sends to the control centre.',
  ),
];
const cAff = ['The following versions of Ostrava Controls FieldLink remote terminal units are affected:'];
const cRows = [
  ['FieldLink RTU 300', 'Firmware 4.0 through 4.6.2', 'Firmware 4.6.3'],
  ['FieldLink RTU 500', 'Firmware 5.1 through 5.3.8', 'Firmware 5.3.9'],
  ['FieldLink Gateway Module', 'All versions before 2.2.0', 'Version 2.2.0'],
];
const cV1 = [
  j(
    'The maintenance web service on TCP port 8443 accepts configuration uploads without checking whether the session belongs to an',
    'authenticated engineer. An attacker who can reach the port could replace the unit\u2019s polling schedule or disable its alarms.',
  ),
  'CVE-2026-31874 has been assigned to this vulnerability. A CVSS v4 base score of 9.3 has been calculated.',
];
const cV2 = [
  j(
    'The log download handler does not remove relative path elements from the requested file name, so a crafted request can read',
    'files outside the log directory, including the stored engineer password hashes.',
  ),
  'CVE-2026-31875 has been assigned to this vulnerability. A CVSS v4 base score of 8.7 has been calculated.',
];
const cBg = [
  'CRITICAL INFRASTRUCTURE SECTORS: Energy, Water and Wastewater Systems',
  'COUNTRIES/AREAS DEPLOYED: Worldwide',
  'COMPANY HEADQUARTERS LOCATION: Czech Republic',
];
const cRes = ['Marit Solheim of Northgate Industrial Security reported these vulnerabilities to the agency.'];
const cMit1 = ['Ostrava Controls recommends that users update to the fixed firmware versions listed above and take the following steps:'];
const cMitList = [
  'Disable the maintenance web service when it is not in use.',
  'Restrict access to TCP port 8443 to the engineering workstation network.',
  'Change the default engineer passwords after updating, since stored hashes may have been read.',
];
const cMit2 = [
  j(
    'The agency recommends users take defensive measures to minimize the risk of exploitation of these vulnerabilities, such as',
    'locating control system networks behind firewalls and isolating them from business networks, and using secure remote access',
    'methods such as VPNs, recognizing that a VPN is only as secure as the devices connected to it.',
  ),
  'No known public exploitation specifically targeting these vulnerabilities has been reported to the agency at this time.',
];
const cUpd = ['March 5, 2026: Initial Publication'];
const cMenu = ['Topics', 'Spotlight', 'Resources & Tools', 'News & Events', 'Careers', 'About'];
const cCrumbs = ['Home', 'News & Events', 'Cybersecurity Advisories', 'ICS Advisory'];
const cRelated = ['Halvorsen Pump Systems AquaView HMI', 'Brenner Automation S7-Link Gateway', 'Kestrel Energy GridSense Meter Head-End'];
const cFoot = ['About the Agency', 'Budget and Performance', 'FOIA Requests', 'No FEAR Act', 'Privacy Policy', 'Accessibility', 'Website Feedback'];
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>${cTitle} | FCRA</title><meta name="description" content="Ostrava Controls FieldLink RTU Series advisory ICSA-26-064-02.">
<link rel="canonical" href="https://www.fcra.example.gov/news-events/ics-advisories/icsa-26-064-02">
<meta property="og:site_name" content="Federal Cyber Readiness Agency"><meta property="og:type" content="article">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/22714"},
"gtag":{"tagId":"G-9XQ"}}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/themes/custom/fcra/dist/js/uswds-init.min.js"></script>
<link rel="stylesheet" media="all" href="/themes/custom/fcra/dist/css/styles.css?t4q9x1"></head>
<body class="path-node page-node-type-ics-advisory"><a href="#main" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag"
src="/themes/custom/fcra/dist/images/us_flag_small.png" alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the United States government</p>
<p class="usa-banner__header-action">Here’s how you know</p></div></div></header></div></section>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<a class="usa-logo__img" href="/" title="Home" rel="home"><img src="/themes/custom/fcra/dist/images/fcra-logo.svg" alt="Federal Cyber Readiness Agency"></a>
<em class="usa-logo__text">Federal Cyber Readiness Agency</em></div><button class="usa-menu-btn" type="button">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><ul class="usa-nav__primary usa-accordion">
${links(cMenu, 'usa-nav__primary-item')}</ul>
<div class="usa-nav__secondary"><section aria-label="Search component"><form class="usa-search usa-search--small" role="search">
<label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="query">
</form></section><a class="c-button c-button--report" href="/report">Report a Cyber Issue</a></div></div></nav></header>
<div class="l-breadcrumb"><nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
${links(cCrumbs, 'usa-breadcrumb__list-item')}</ol></nav></div>
<main id="main" class="c-main" role="main" tabindex="-1"><div class="l-full"><div class="l-full__header"><div class="c-page-title">
<div class="c-page-title__inner l-constrained"><div class="c-page-title__meta"><div class="c-page-title__content-type">ICS Advisory</div></div>
<h1 class="c-page-title__title"><span>${cTitle}</span></h1>
<div class="c-page-title__fields"><div class="c-field c-field--name-field-release-date"><div class="c-field__label">Release Date</div>
<div class="c-field__content"><time datetime="2026-03-05T12:00:00Z">March 05, 2026</time></div></div>
<div class="c-field c-field--name-field-alert-code"><div class="c-field__label">Alert Code</div>
<div class="c-field__content">ICSA-26-064-02</div></div></div>
<div class="c-page-title__share"><span class="c-share__label">Share:</span>
<a class="c-share__link c-share__link--facebook" href="#">Facebook</a>
<a class="c-share__link c-share__link--x" href="#">X</a>
<a class="c-share__link c-share__link--linkedin" href="#">LinkedIn</a>
<a class="c-share__link c-share__link--email" href="#">Email</a></div></div></div></div>
<div class="l-full__main"><div class="l-page-section l-page-section--rich-text"><div class="l-constrained"><div class="l-page-section__content">
<div class="c-field c-field--name-body c-field--type-text-with-summary c-field--label-hidden"><div class="c-field__content">
<h2>1. EXECUTIVE SUMMARY</h2>
<ul>
${cSum.map((t) => (t.includes(':') ? `<li><strong>${t.replace(':', ':</strong>')}</li>` : `<li><strong>${t}</strong></li>`)).join('\n')}
</ul>
<h2>2. RISK EVALUATION</h2>
${ps(cRisk)}
<h2>3. TECHNICAL DETAILS</h2>
<h3>3.1 AFFECTED PRODUCTS</h3>
${ps(cAff)}
<table class="usa-table usa-table--borderless"><thead><tr>
<th scope="col">Product</th>
<th scope="col">Affected versions</th>
<th scope="col">Fixed version</th>
</tr></thead><tbody>
${cRows.map(row).join('\n')}
</tbody></table>
<h3>3.2 VULNERABILITY OVERVIEW</h3>
<h4>3.2.1 MISSING AUTHENTICATION FOR CRITICAL FUNCTION CWE-306</h4>
${ps(cV1)}
<h4>3.2.2 IMPROPER LIMITATION OF A PATHNAME TO A RESTRICTED DIRECTORY CWE-22</h4>
${ps(cV2)}
<h3>3.3 BACKGROUND</h3>
<ul>
${cBg.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h3>3.4 RESEARCHER</h3>
${ps(cRes)}
<h2>4. MITIGATIONS</h2>
${ps(cMit1)}
<ul>
${cMitList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(cMit2)}
<h2>5. UPDATE HISTORY</h2>
<ul>
<li>${cUpd[0]}</li>
</ul></div></div></div></div></div>
<div class="l-page-section l-page-section--gray"><div class="l-constrained"><div class="c-product-survey">
<p>This product is provided subject to this Notification and this Privacy &amp; Use policy.</p></div>
<div class="c-field c-field--name-field-topics"><div class="c-field__label">Topics</div><div class="c-field__content">
<a href="/topics/industrial-control-systems" class="c-tag">Industrial Control Systems</a>
<a href="/topics/vulnerability-management" class="c-tag">Vulnerability Management</a></div></div>
<div class="c-survey-box"><h2 class="c-survey-box__title">Please share your thoughts</h2>
<p>We recently updated our anonymous product survey; we’d welcome your feedback.</p><a class="usa-button" href="#">Take the survey</a></div>
</div></div>
<div class="l-page-section l-page-section--related"><div class="l-constrained"><h2 class="c-view__title">Related Advisories</h2>
<div class="c-view c-view--teaser-list">
${cRelated
  .map(
    (t, i) => `<article class="c-teaser c-teaser--horizontal"><div class="c-teaser__meta"><div class="c-teaser__date"><time>Mar 0${i + 2}, 2026</time></div>
<div class="c-teaser__type">ICS Advisory</div></div><h3 class="c-teaser__title"><a href="/adv/${i}">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></div></div></div></div></main>
<footer class="usa-footer usa-footer--big" role="contentinfo"><div class="usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="usa-list usa-list--unstyled">
${links(cMenu.slice(0, 4), 'usa-footer__primary-content')}</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="usa-footer__contact-info"><p class="usa-footer__contact-heading">FCRA Central</p>
<a href="tel:18445550199">1-844-555-0199</a>
<a href="mailto:central@fcra.example.gov">central@fcra.example.gov</a></div>
<div class="usa-identifier"><p class="usa-identifier__identity-domain">fcra.example.gov</p>
<p class="usa-identifier__identity-disclaimer">An official website of the Federal Cyber Readiness Agency</p>
<ul class="usa-identifier__required-links-list">
${links(cFoot, 'usa-identifier__required-links-item')}</ul></div></div></footer></div>
<script src="/themes/custom/fcra/dist/js/uswds.min.js"></script></body></html>`;
const cisa: TestPage = {
  name: 'heldout239-uswds-agency-ics-advisory',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [
    '1. EXECUTIVE SUMMARY',
    '2. RISK EVALUATION',
    '3. TECHNICAL DETAILS',
    '3.1 AFFECTED PRODUCTS',
    '3.2 VULNERABILITY OVERVIEW',
    '3.2.1 MISSING AUTHENTICATION FOR CRITICAL FUNCTION CWE-306',
    '3.2.2 IMPROPER LIMITATION OF A PATHNAME TO A RESTRICTED DIRECTORY CWE-22',
    '3.3 BACKGROUND',
    '3.4 RESEARCHER',
    '4. MITIGATIONS',
    '5. UPDATE HISTORY',
  ],
  body: texts([...cSum, ...cRisk, ...cAff, ...cRows.flat(), ...cV1, ...cV2, ...cBg, ...cRes, ...cMit1, ...cMitList, ...cMit2, ...cUpd]),
  bylines: ['March 05, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Federal Cyber Readiness Agency', 'Menu',
    ...cMenu, 'Search', 'Report a Cyber Issue', ...cCrumbs.slice(0, 3), 'ICS Advisory', 'Release Date', 'Alert Code', 'ICSA-26-064-02', 'Share:',
    'Facebook', 'LinkedIn',
    'This product is provided subject to this Notification and this Privacy & Use policy.', 'Industrial Control Systems',
    'Vulnerability Management', 'Please share your thoughts', 'We recently updated our anonymous product survey; we’d welcome your feedback.',
    'Take the survey', 'Related Advisories', ...cRelated, 'Mar 02, 2026', 'Mar 03, 2026', 'Mar 04, 2026', 'Return to top', 'FCRA Central', '1-844-555-0199',
    'central@fcra.example.gov', 'An official website of the Federal Cyber Readiness Agency', ...cFoot,
  ],
};

export const HELDOUT239_A: readonly TestPage[] = [cisa, larkspur];
