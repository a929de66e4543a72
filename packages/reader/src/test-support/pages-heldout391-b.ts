import { links, type TestPage } from './page-kit.js';
import { wixVet } from './pages-heldout391-b2.js';
import { bodyOf, heads, j, render, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file b: a GP surgery's repeat prescriptions page on an NHS.UK frontend practice template (skip link,
 * NHS header with the practice name, search and navigation, breadcrumb, inset text, a warning callout, a contents list,
 * a contact card in the right column, the review-date line, the footer and the NHS cookie banner) and, from file b2, a
 * veterinary practice's news post on a Wix blog.
 */
const gTitle = 'Repeat prescriptions';
const gLead: Section[] = [
  [
    '',
    [
      j(
        'If you take medicine regularly, you may be able to order it without seeing a GP each time. Your GP will decide whether a',
        'medicine can be added to your repeat list, and how often it needs to be reviewed.',
      ),
    ],
  ],
];
const gSecs: Section[] = [
  [
    'How to order a repeat prescription',
    [
      'You can order your repeat medicines in any of these ways:',
      [
        'using the NHS App or NHS website, once you have set up an account',
        'through the online services link on this website',
        'by ticking the items you need on the right-hand side of your paper prescription and posting it through our letterbox',
        'by asking your nominated pharmacy to order for you, if they offer this service',
      ],
      j(
        'We do not take repeat prescription requests by phone. This keeps our phone lines free for people who need to book',
        'appointments, and it reduces the risk of mistakes with medicine names and doses.',
      ),
    ],
  ],
  [
    'How long it takes',
    [
      j(
        'Allow 3 working days between ordering and collecting your medicine. Weekends and bank holidays do not count as working',
        'days. If you order on a Friday afternoon, your prescription will usually be ready on the following Wednesday.',
      ),
      j(
        'Your prescription is sent electronically to the pharmacy you have chosen. It is a good idea to check with your pharmacy',
        'before you go, as they may need extra time to order some medicines in.',
      ),
    ],
  ],
  [
    'Medication reviews',
    [
      j(
        'Everyone on a repeat prescription needs a medication review at least once a year. This is a chance to check your',
        'medicines are still working, that the dose is right and that you are not having side effects. Some reviews are done by',
        'our clinical pharmacist, Sunita Okoye, by phone.',
      ),
      j(
        'If your review is overdue, the next repeat may only be issued for a short time until it is done. We will send you a',
        'text message or a note with your prescription when a review is due.',
      ),
    ],
  ],
  [
    'Medicines that need blood tests',
    [
      j(
        'Some medicines, such as warfarin, lithium, methotrexate and some blood pressure tablets, need regular blood tests. We',
        'cannot issue these on repeat if a test is overdue. Please book your blood test with our healthcare assistants a week',
        'before your medicine runs out.',
      ),
    ],
  ],
];
const gWarn = j(
  'If you have run out of an essential medicine and the surgery is closed, go to your local pharmacy. They may be able to give',
  'you an emergency supply. You can also call 111.',
);
const gNav = ['Appointments', 'Prescriptions', 'Test results', 'Sick notes', 'Register', 'Contact us'];
const gCrumbs = ['Home', 'Services'];
const gFoot = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Complaints', 'Freedom of information', 'Sitemap'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Repeat prescriptions - Millbrook Vale Medical Practice</title><meta name="description" content="How to order repeat medicines from
Millbrook Vale Medical Practice, how long it takes and when you need a medication review.">
<meta property="og:site_name" content="Millbrook Vale Medical Practice"><meta name="theme-color" content="#005eb8">
<link href="/assets/nhsuk-9.1.0.min.css" rel="stylesheet"><script src="/assets/nhsuk-9.1.0.min.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Millbrook Vale Medical Practice",
"address":{"@type":"PostalAddress","streetAddress":"2 Orchard Row","addressLocality":"Millbrook","postalCode":"MB7 4TE"},"telephone":"01632 960 551"}</script>
<script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js-enabled';</script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>Cookies on our website</h2><p>We've put some small files called cookies on your device to make our site work.</p>
<p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header nhsuk-header--organisation" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="Millbrook Vale Medical Practice homepage"><svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg"
role="img" viewBox="0 0 40 16" height="40" width="100"><path class="nhsuk-logo__background" fill="#005eb8" d="M0 0h40v16H0z"></path></svg>
<span class="nhsuk-organisation-name">Millbrook Vale Medical Practice</span><span class="nhsuk-organisation-descriptor">NHS Millbrook and District</span></a>
</div>
<div class="nhsuk-header__content" id="content-header"><div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search">
<form class="nhsuk-header__search-form" id="search" action="/search" method="get" role="search"><label class="nhsuk-u-visually-hidden" for="search-field">Search
the practice website</label><input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">
<button class="nhsuk-search__submit" type="submit"><span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
<ul class="nhsuk-header__navigation-list">
${links(gNav, 'nhsuk-header__navigation-item')}
<li class="nhsuk-mobile-menu-container"><button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
<span class="nhsuk-u-visually-hidden">Browse </span>More</button></li></ul></nav></div></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
${links(gCrumbs, 'nhsuk-breadcrumb__item')}</ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/services">
<span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Services</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><h1>${gTitle}</h1>
${render(gLead, { pAttrs: ' class="nhsuk-lede-text"' })}
<nav class="nhsuk-contents-list" role="navigation" aria-label="Pages in this guide"><h2 class="nhsuk-u-visually-hidden">Contents</h2>
<ol class="nhsuk-contents-list__list">${links(heads(gSecs).slice(0, 3), 'nhsuk-contents-list__item')}</ol></nav>
${render(gSecs.slice(0, 2), { ulAttrs: ' class="nhsuk-list nhsuk-list--bullet"' })}
<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>
If you run out</span></h3><p>${gWarn}</p></div>
${render(gSecs.slice(2), { ulAttrs: ' class="nhsuk-list nhsuk-list--bullet"' })}
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>Find out more about
<a href="https://www.nhs.example/nhs-services/prescriptions/">prescriptions and pharmacy services on the NHS website</a>.</p></div>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 3 February 2026<br>Next review due: 3 February 2027</p></div></div>
<div class="nhsuk-grid-column-one-third"><div class="nhsuk-card"><div class="nhsuk-card__content"><h2 class="nhsuk-card__heading">Contact the practice</h2>
<p class="nhsuk-card__description">Phone 01632 960 551, Monday to Friday, 8am to 6:30pm</p>
<p class="nhsuk-card__description">2 Orchard Row, Millbrook MB7 4TE</p></div></div>
<div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content"><h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link"
href="https://www.nhs.example/nhs-app/">Order through the NHS App</a></h2><p class="nhsuk-card__description">Order repeat prescriptions, book appointments
and view your record.</p></div></div></div></div></main></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(gFoot, 'nhsuk-footer__list-item nhsuk-footer-default__list-item')}</ul>
<div><p class="nhsuk-footer__copyright">© Millbrook Vale Medical Practice 2026</p></div></div></div></div></footer></body></html>`;
const nhsGp: TestPage = {
  name: 'heldout391-nhsuk-gp-surgery-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [...heads(gSecs).slice(0, 2), 'If you run out', ...heads(gSecs).slice(2)],
  body: [...bodyOf(gLead), ...bodyOf(gSecs.slice(0, 2)), gWarn, ...bodyOf(gSecs.slice(2))],
  bylines: ['Page last reviewed: 3 February 2026', 'Next review due: 3 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on our website', "We've put some small files called cookies on your device to make our site work.",
    "We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.",
    "I'm OK with analytics cookies", 'Do not use analytics cookies', 'Skip to main content', 'Millbrook Vale Medical Practice', 'NHS Millbrook and District',
    'Search the practice website', ...gNav, 'Browse More', ...gCrumbs, 'Back to Services', 'Contents', 'Important:', 'Information:',
    'Find out more about prescriptions and pharmacy services on the NHS website.', 'Contact the practice',
    'Phone 01632 960 551, Monday to Friday, 8am to 6:30pm', '2 Orchard Row, Millbrook MB7 4TE', 'Order through the NHS App',
    'Order repeat prescriptions, book appointments and view your record.', 'Support links', ...gFoot, '© Millbrook Vale Medical Practice 2026',
  ],
};

export const HELDOUT391_B: readonly TestPage[] = [nhsGp, wixVet];
