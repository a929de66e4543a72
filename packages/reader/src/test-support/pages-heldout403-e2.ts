import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file e2: a European university's English-taught master's programme page on TYPO3 (the TYPO3 generator
 * meta and comment, language menu, service navigation, main menu, breadcrumb "rootline", content elements as frame
 * frame-default frame-type-text / textmedia / bullets with ce-bodytext, an image with caption and copyright, a contact box
 * in the sidebar, "Print page" and "Share" links, a last-changed footer line, and the Klaro consent notice).
 */
const title = 'Master of Science in Sustainable Urban Mobility';
const intro = [
  `The two-year Master of Science in Sustainable Urban Mobility is taught entirely in English at the Faculty of Civil Engineering of
the Technical University of Velmark. It prepares engineers and planners to design transport systems that are safe, affordable
and low in emissions, with a strong focus on cycling, public transport and the use of street space.`,
  `Velmark is a city of 300,000 people in which almost half of all trips are made by bicycle, and the programme uses the city as a
living laboratory: students count traffic, interview residents and test designs with the municipal mobility department.`,
];
const structure = `The programme comprises 120 ECTS credits over four semesters. The first two semesters consist of compulsory
modules; in the third semester students choose a specialisation or spend a semester abroad at one of our partner universities,
and the fourth semester is devoted to the master's thesis.`;
const specs = ['Transport Modelling and Data Science', 'Active Mobility and Street Design', 'Public Transport Planning and Operations'];
const admission = [
  `Applicants need a bachelor's degree of at least 180 ECTS credits in civil engineering, transport engineering, urban planning or a
closely related field, including at least 20 ECTS credits in mathematics and statistics.`,
  `Proof of English at level C1 of the Common European Framework is required, for example IELTS 7.0 or TOEFL iBT 95. Knowledge of
the local language is not required for admission, but free language courses are offered from the first semester.`,
];
const dates = `Applications for the winter semester open on 1 February and close on 15 April for applicants from outside the EU, and
on 15 June for applicants from within the EU. There are no tuition fees; students pay a semester contribution of €312, which
includes a public transport ticket for the whole region.`;
const langs = ['DE', 'EN'];
const service = ['Contact', 'Directions', 'Intranet', 'Press'];
const menu = ['About TUV', 'Studies', 'Research', 'Transfer', 'International'];
const crumbs = ['Home', 'Studies', 'Degree programmes', "Master's programmes"];
const contact = ['Programme coordinator', 'Dr. Liesbeth Amrani', 'Room C 2.14', 'Phone: +31 55 201 4417'];
const foot = ['Imprint', 'Data protection', 'Accessibility', 'Sitemap'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>M.Sc. Sustainable Urban Mobility: Technical University of Velmark</title><meta name="generator" content="TYPO3 CMS">
<meta name="description" content="English-taught master's programme in sustainable urban mobility."><meta property="og:title" content="${title}">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7f3b1c0e2a-min.css?1771400000" media="all">
<script src="/typo3conf/ext/tuv_sitepackage/Resources/Public/JavaScript/klaro-config.js" defer></script>
<script src="/typo3conf/ext/tuv_sitepackage/Resources/Public/JavaScript/klaro.js" defer></script></head>
<body id="p4127" class="layout-2col"><a class="sr-only sr-only-focusable" href="#content">Jump to main content</a>
<header id="page-header"><div class="header-top"><ul class="language-menu">${links(langs, 'language-item')}</ul>
<ul class="service-nav">${links(service)}</ul></div>
<a href="/" class="logo"><img src="/fileadmin/templates/logo-tuv.svg" alt="Technical University of Velmark"></a>
<nav id="main-nav" class="navbar"><ul class="navbar-nav">${links(menu, 'nav-item')}</ul></nav></header>
<nav class="rootline" aria-label="Breadcrumb"><ol class="breadcrumb">${links(crumbs, 'breadcrumb-item')}
<li class="breadcrumb-item active">M.Sc. Sustainable Urban Mobility</li></ol></nav>
<div id="page-content" class="container"><main id="content" class="main-content">
<!--TYPO3SEARCH_begin-->
<div id="c18841" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="element-header">${title}</h1></header></div>
<div id="c18842" class="frame frame-default frame-type-textmedia frame-layout-0"><div class="ce-textpic ce-right ce-intext">
<div class="ce-gallery" data-ce-columns="1" data-ce-images="1"><figure class="image">
<img class="image-embed-item" src="/fileadmin/_processed_/a/3/csm_bikes.jpg"
alt="" width="400" height="267"><figcaption class="image-caption">Students measuring cycle traffic on the Havenbrug. Photo: TU Velmark / Pieter Dolk
</figcaption></figure></div><div class="ce-bodytext">
${ps(intro)}</div></div></div>
<div id="c18843" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="element-header">Programme structure</h2></header>
<p>${structure}</p></div>
<div id="c18844" class="frame frame-default frame-type-bullets frame-layout-0"><header><h3 class="element-header">Specialisations</h3></header>
<ul class="ce-bullets">${lis(specs)}</ul></div>
<div id="c18845" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="element-header">Admission requirements</h2></header>
${ps(admission)}</div>
<div id="c18846" class="frame frame-default frame-type-text frame-layout-0"><header><h2 class="element-header">Application deadlines and fees</h2></header>
<p>${dates}</p></div>
<!--TYPO3SEARCH_end-->
<div class="page-tools"><a href="javascript:window.print()" class="print-link">Print page</a> <a href="#" class="share-link">Share</a></div></main>
<aside class="sidebar"><div id="c18850" class="frame frame-default frame-type-text frame-layout-1 contact-box"><header><h2 class="element-header">Contact</h2>
</header><ul class="contact-box__list">${lis(contact)}</ul></div>
<div class="frame frame-type-menu_pages frame-layout-0"><header><h2>Related pages</h2></header>
<ul>${links(['Apply online', 'Student housing', 'Semester abroad'])}
</ul></div></aside></div>
<footer id="page-footer"><ul class="footer-nav">${links(foot)}</ul>
<p class="last-changed">Last changed: 03.02.2026</p><p class="copyright">© Technical University of Velmark</p></footer>
<div id="klaro"><div class="klaro"><div class="cookie-notice" role="dialog" aria-describedby="id-cookie-notice"><div class="cn-body">
<p id="id-cookie-notice">Hi! Could we please enable some additional services for statistics? You can always change or withdraw your consent later.</p>
<p class="cn-changes">There were changes since your last visit, please renew your consent.</p><div class="cn-ok">
<a class="cm-link cn-learn-more" href="#">Let me choose</a><div class="cn-buttons">
<button class="cm-btn cm-btn-danger cn-decline" type="button">I decline</button>
<button class="cm-btn cm-btn-success" type="button">That's ok</button></div></div></div></div></div></div></body></html>`;

const typo3: TestPage = {
  name: 'heldout403-typo3-english-taught-programme',
  kind: 'docs',
  html,
  title,
  headings: ['Programme structure', 'Specialisations', 'Admission requirements', 'Application deadlines and fees'],
  body: texts([...intro, structure, ...specs, ...admission, dates]),
  bylines: ['Last changed: 03.02.2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to main content', ...service, ...menu, "Master's programmes", 'Degree programmes', 'M.Sc. Sustainable Urban Mobility',
    'Students measuring cycle traffic on the Havenbrug. Photo: TU Velmark / Pieter Dolk', 'Print page', 'Share', ...contact,
    'Related pages', 'Apply online', 'Student housing', 'Semester abroad', ...foot, '© Technical University of Velmark',
    'Hi! Could we please enable some additional services for statistics? You can always change or withdraw your consent later.',
    'There were changes since your last visit, please renew your consent.', 'Let me choose', 'I decline', "That's ok",
  ],
};

export const HELDOUT403_E2: readonly TestPage[] = [typo3];
