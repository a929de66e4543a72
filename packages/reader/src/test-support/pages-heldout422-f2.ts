import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout422-kit.js';

/**
 * Held-out batch 422, file f2: a public health body's nutrient reference page built on the NHS.UK frontend (nhsuk-header with
 * search and menu, breadcrumb, contents list, care-card style inset text, warning callout, "Page last reviewed" and "Next review
 * due" lines, "Is this page useful?" feedback banner, related-links aside, cookie banner and footer).
 */
const hTitle = 'Iodine';
const hNav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'Services near you'];
const hCrumbs = ['Home', 'Live Well', 'Eat well', 'Vitamins and minerals'];
const hContents = ['Overview', 'Vitamin A', 'Calcium', 'Iodine', 'Iron', 'Selenium'];
const hP1 = [
  j(
    'Iodine helps make thyroid hormones, which help keep cells and the metabolic rate healthy. In pregnancy, iodine is also needed',
    "for the baby's brain to develop normally.",
  ),
];
const hP2 = ['Good sources of iodine include:'];
const hSrc = ["cows' milk and dairy products such as yoghurt and cheese", 'white fish and shellfish', 'eggs', 'iodised table salt'];
const hP3 = [
  j(
    'Iodine can also be found in plant foods such as cereals and grains, but the levels vary depending on the amount of iodine in',
    'the soil where the plants are grown. Seaweed is a very concentrated source and can contain far more than you need.',
  ),
  j(
    'Plant-based drinks made from oats, soya or almonds are often low in iodine unless they are fortified. If you do not eat',
    'dairy or fish, check the label for a drink with added iodine.',
  ),
];
const hP4 = [
  'Adults need 150 micrograms (µg) of iodine a day. People who are pregnant or breastfeeding need 200µg a day.',
  'Most people should be able to get all the iodine they need by eating a varied and balanced diet.',
];
const hInset = j(
  'If you are pregnant or planning a pregnancy, speak to your midwife or GP before taking an iodine supplement. Some pregnancy',
  'multivitamins already contain iodine.',
);
const hP5 = [
  j(
    'Taking high doses of iodine for long periods of time could change the way your thyroid gland works. This can lead to a wide',
    'range of different symptoms, such as weight gain.',
  ),
];
const hWarn = 'Do not take more than 500µg of iodine supplements a day, unless advised to by a doctor.';
const hP6 = [
  j(
    'You should be able to get all the iodine you need by eating a varied and balanced diet. If you take iodine supplements, do not',
    'take too much as this could be harmful.',
  ),
];
const hRel = ['Vitamins and minerals in pregnancy', 'Thyroid problems: overactive thyroid', 'The vegan diet'];
const hFoot = ['Other health sites', 'About us', 'Accessibility statement', 'Our policies', 'Cookies'];
const h2 = (t: string): string => `<h2>${t}</h2>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Vitamins and minerals - Iodine - Westmarch Health Service</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="description" content="Find out about iodine, including
what it does, how much you need and good food sources."><link rel="canonical" href="https://www.whs.example/conditions/vitamins-and-minerals/iodine/">
<link href="/static/css/nhsuk-9.1.0.min.css" rel="stylesheet"><script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage",
"name":"Vitamins and minerals - Iodine","lastReviewed":"2025-03-11","author":{"@type":"Organization","name":"Westmarch Health Service"}}</script></head>
<body class="js-enabled"><a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container"><h2>Cookies on the WHS website</h2>
<p>We've put some small files called cookies on your device to make our site work.</p><ul><li>
<button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">Yes,
I'm OK with analytics cookies</button></li><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button>
</li></ul></div></div></div>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/"
aria-label="WHS homepage"><span class="nhsuk-header__service-name">Westmarch Health Service</span></a></div>
<div class="nhsuk-header__content" id="content-header"><div class="nhsuk-header__search"><form class="nhsuk-header__search-form" id="search" action="/search/"
role="search"><label class="nhsuk-u-visually-hidden" for="search-field">Search the WHS website</label><input class="nhsuk-search__input" id="search-field"
type="search" placeholder="Search" autocomplete="off"></form></div></div></div>
<nav class="nhsuk-header__navigation" id="header-navigation" role="navigation" aria-label="Primary navigation"><div class="nhsuk-width-container">
<ul class="nhsuk-header__navigation-list">${links(hNav, 'nhsuk-header__navigation-item')}</ul></div></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container">
<ol class="nhsuk-breadcrumb__list">${links(hCrumbs, 'nhsuk-breadcrumb__item')}</ol>
</div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds">
<section><div class="nhsuk-u-reading-width"><span class="nhsuk-caption-l nhsuk-caption--bottom">Vitamins and minerals</span>
<h1>${hTitle}</h1></div></section>
<nav class="nhsuk-contents-list" role="navigation" aria-label="Pages in this guide"><h2 class="nhsuk-u-visually-hidden">Contents</h2>
<ol class="nhsuk-contents-list__list">${links(hContents, 'nhsuk-contents-list__item')}</ol></nav>
<article><section>
${ps(hP1)}
</section><section>${h2('Good sources of iodine')}
${ps(hP2)}
<ul>${hSrc.map((s) => `<li>${s}</li>`).join('\n')}</ul>
${ps(hP3)}
</section><section>${h2('How much iodine do I need?')}
${ps(hP4)}
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>${hInset}</p></div>
</section><section>${h2('What happens if I take too much iodine?')}
${ps(hP5)}
<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>
Important</span></h3><p>${hWarn}</p></div>
</section><section>${h2('What does the Department of Health advise?')}
${ps(hP6)}
</section></article>
<nav class="nhsuk-pagination" role="navigation" aria-label="Pagination"><ul class="nhsuk-list nhsuk-pagination__list">
<li class="nhsuk-pagination-item--previous">
<a class="nhsuk-pagination__link nhsuk-pagination__link--prev" href="/conditions/vitamins-and-minerals/calcium/"><span
class="nhsuk-pagination__title">Previous</span> <span class="nhsuk-u-visually-hidden">:</span> <span class="nhsuk-pagination__page">Calcium</span></a></li>
<li class="nhsuk-pagination-item--next"><a class="nhsuk-pagination__link nhsuk-pagination__link--next" href="/conditions/vitamins-and-minerals/iron/"><span
class="nhsuk-pagination__title">Next</span> <span class="nhsuk-pagination__page">Iron</span></a></li></ul></nav>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 11 March 2025<br>Next review due: 11 March 2028</p></div></div>
<div class="nhsuk-grid-column-one-third"><aside class="nhsuk-related-nav" role="complementary"><h2 class="nhsuk-related-nav__heading">Related
information</h2><ul class="nhsuk-related-nav__list">${links(hRel, 'nhsuk-related-nav__item')}</ul></aside></div></div></main></div>
<div class="nhsuk-width-container"><div class="nhsuk-user-feedback-form"><h2>Is this page useful?</h2><button class="nhsuk-button">Yes</button>
<button class="nhsuk-button">No</button></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(hFoot, 'nhsuk-footer__list-item nhsuk-footer-default__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Westmarch Crown copyright</p></div></div></div></footer>
<script src="/static/js/nhsuk-9.1.0.min.js" defer></script></body></html>`;
export const nhs: TestPage = {
  name: 'heldout422-nhsuk-frontend-nutrient-reference',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Good sources of iodine', 'How much iodine do I need?', 'What happens if I take too much iodine?', 'What does the Department of Health advise?'],
  body: [...texts(hP1), ...texts(hP2), ...hSrc, ...texts(hP3), ...texts(hP4), hInset, ...texts(hP5), hWarn, ...texts(hP6)],
  bylines: ['Page last reviewed: 11 March 2025', 'Next review due: 11 March 2028'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on the WHS website', "We've put some small files called cookies on your device to make our site work.",
    "Yes, I'm OK with analytics cookies", 'Do not use analytics cookies', 'Westmarch Health Service', 'Search the WHS website',
    ...hNav, 'Home', ...hCrumbs.slice(2),
    'Contents', 'Overview', 'Vitamin A', 'Calcium', 'Iron', 'Selenium', 'Information:', 'Important', 'Previous', 'Next', 'Related information', ...hRel,
    'Is this page useful?', 'Yes', 'Support links', ...hFoot, '© Westmarch Crown copyright',
  ],
};
