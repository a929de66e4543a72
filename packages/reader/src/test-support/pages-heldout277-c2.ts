import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file c2: an NHS website condition page on nhsuk-frontend (cookie banner, header with search, the
 * main navigation, breadcrumb, an image with caption and credit, a do / don't list, non-urgent and urgent advice care
 * cards, "Page last reviewed" / "Next review due", the "Help us improve" prompt and the footer).
 */
const nTitle = 'Chilblains';
const nLede = ['Chilblains are small, itchy, red patches that can appear on your skin after you have been in the cold. They usually get better on their own.'];
const nSympt = ['Chilblains usually appear a few hours after you have been in the cold. They can affect your toes, fingers, ears or nose.'];
const nSymptList = ['itchy, burning or painful patches of skin', 'swelling that is red, blue or purple', 'blisters or small sores in more severe cases'];
const nSympt2 = ['The symptoms often get worse when you go from the cold into a warm room.'];
const nDo = [
  'keep your feet and hands warm and dry',
  'wear gloves, thick socks and shoes that fit well',
  'use a soothing lotion such as calamine or witch hazel to ease itching',
];
const nDont = ['do not scratch the patches', 'do not warm your skin quickly with hot water or a heater', 'do not smoke, as it affects your circulation'];
const nPharm = [
  j(
    'A pharmacist can tell you which creams or lotions might help, and can check whether you should see a GP. If a chilblain has',
    'broken, they can give you a dressing to help stop infection.',
  ),
];
const nGp = ['your chilblains have not got better after 2 weeks', 'you keep getting chilblains', 'you have diabetes and you get chilblains on your feet'];
const nUrgent = [
  'your skin is very swollen, hot or painful and you feel generally unwell',
  'there is pus coming from a chilblain',
  'you have a high temperature, or you feel hot and shivery',
];
const nUrgent2 = ['These can be signs of an infection that needs treatment.'];
const nCause = [
  j(
    'Chilblains happen when small blood vessels under the skin narrow in the cold and then react when the skin warms up. You are',
    'more likely to get them if you have poor circulation, live in a damp climate or have a condition such as lupus.',
  ),
];
const nNav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'NHS services'];
const nFoot = ['NHS sites', 'About us', 'Contact us', 'Sitemap', 'Accessibility statement', 'Our policies', 'Cookies'];
const card = (kind: string, label: string, heading: string, inner: string): string => `<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--${kind}">
<div class="nhsuk-card--care__heading-container"><h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">${label}:
</span>${heading}</span></h3><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div>
<div class="nhsuk-card__content">${inner}</div></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Chilblains - NHS</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Find out about chilblains, including symptoms, what you can do and when to get medical help.">
<meta property="og:site_name" content="nhs.uk"><meta property="og:title" content="Chilblains">
<link rel="canonical" href="https://www.nhs.uk/conditions/chilblains/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Chilblains","lastReviewed":"2026-01-12",
"about":{"@type":"MedicalCondition","name":"Chilblains"},"author":{"@type":"Organization","name":"NHS website","url":"https://www.nhs.uk"}}</script>
<script src="/static/cookie-consent/main.js"></script><link rel="stylesheet" href="/static/nhsuk/css/nhsuk.min.css"></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>Cookies on the NHS website</h2><p>We've put some small files called cookies on your device to make our site work.</p>
<p>We'd also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.</p>
<p>Let us know if this is OK. We'll use a cookie to save your choice.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container nhsuk-width-container"><div class="nhsuk-header__service">
<a class="nhsuk-header__service-logo" href="/" aria-label="NHS homepage"><svg class="nhsuk-logo" role="img" focusable="false"></svg></a></div>
<search class="nhsuk-header__search"><form class="nhsuk-header__search-form" id="search" action="/search/" method="get" role="search">
<label class="nhsuk-u-visually-hidden" for="search-field">Search the NHS website</label><input class="nhsuk-header__search-input nhsuk-input"
id="search-field" name="q" type="search" placeholder="Search" autocomplete="off"></form></search></div>
<nav class="nhsuk-header__navigation" aria-label="Menu"><div class="nhsuk-header__navigation-container nhsuk-width-container">
<ul class="nhsuk-header__navigation-list">${links(nNav, 'nhsuk-header__navigation-item')}
<li class="nhsuk-header__menu"><button class="nhsuk-header__menu-toggle" aria-expanded="false">More</button></li></ul></div></nav></header>
<div class="nhsuk-width-container"><nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list">
${links(['Home', 'Health A to Z'], 'nhsuk-breadcrumb__item')}</ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/conditions/">
Back to Health A to Z</a></p></nav>
<main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
<section><h1>${nTitle}</h1>
${ps(nLede, ' class="nhsuk-lede-text"')}</section>
<section><h2>Symptoms of chilblains</h2>
${ps(nSympt)}
<ul>${lis(nSymptList)}</ul>
${ps(nSympt2)}
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="/chilblains-toes.jpg" alt="Red, swollen patches on the toes of a white foot.">
<figcaption class="nhsuk-image__caption">Chilblains on the toes <br>Credit: HARLOW MEDICAL IMAGES</figcaption></figure></section>
<section><h2>Things you can do to help chilblains</h2><div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Do</h3>
<ul class="nhsuk-list nhsuk-list--tick">${lis(nDo)}</ul></div>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Don’t</h3><ul class="nhsuk-list nhsuk-list--cross">${lis(nDont)}</ul></div></section>
<section><h2>A pharmacist can help with chilblains</h2>
${ps(nPharm)}
<p><a href="/service-search/pharmacy/find-a-pharmacy">Find a pharmacy</a></p></section>
<section>${card('non-urgent', 'Non-urgent advice', 'See a GP if:', `<ul>${lis(nGp)}</ul>`)}
${card('urgent', 'Urgent advice', 'Ask for an urgent GP appointment or get help from NHS 111 if:', `<ul>${lis(nUrgent)}</ul>${ps(nUrgent2)}`)}</section>
<section><h2>Causes of chilblains</h2>
${ps(nCause)}</section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 12 January 2026<br>
Next review due: 12 January 2029</p></div></div></div></main></div>
<div class="nhsuk-width-container"><section class="app-feedback" aria-label="Help us improve"><h2>Help us improve our website</h2>
<p>Can you answer a quick question about your visit today?</p><a href="/feedback/">Take our survey</a></section></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© NHS England</p></div></div></div></footer>
<script src="/static/nhsuk/js/nhsuk.min.js" defer></script></body></html>`;
export const nhs: TestPage = {
  name: 'heldout277-nhs-condition-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [
    'Symptoms of chilblains',
    'Things you can do to help chilblains',
    'A pharmacist can help with chilblains',
    'See a GP if:',
    'Ask for an urgent GP appointment or get help from NHS 111 if:',
    'Causes of chilblains',
  ],
  body: texts([...nLede, ...nSympt, ...nSymptList, ...nSympt2, ...nDo, ...nDont, ...nPharm, ...nGp, ...nUrgent, ...nUrgent2, ...nCause]),
  bylines: ['Page last reviewed: 12 January 2026', 'Next review due: 12 January 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on the NHS website', "We've put some small files called cookies on your device to make our site work.",
    "We'd also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.",
    "Let us know if this is OK. We'll use a cookie to save your choice.", "I'm OK with analytics cookies", 'Do not use analytics cookies',
    'Skip to main content', 'Search the NHS website', ...nNav, 'More', 'Home', 'Back to Health A to Z', 'Chilblains on the toes',
    'Credit: HARLOW MEDICAL IMAGES', 'Find a pharmacy', 'Non-urgent advice:', 'Urgent advice:', 'Help us improve our website',
    'Can you answer a quick question about your visit today?', 'Take our survey', 'Support links', ...nFoot, '© NHS England',
  ],
};
