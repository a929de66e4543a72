import { links, type TestPage, texts } from './page-kit.js';
import { britannica } from './pages-heldout108-d2.js';

/**
 * Held-out batch 108, file d: an NHS website "Health A to Z" condition page (the NHS cookie banner, skip link, header with
 * logo, search and primary navigation with "More", breadcrumbs, the condition page with its lead paragraph, a "Do" /
 * "Don’t" list, a non-urgent care card with a visually hidden prefix, an inset text box, "Page last reviewed" and "Next
 * review due", the survey prompt and the footer link columns) and, from file d2, a Britannica article.
 */
const nhTitle = 'Chilblains';
const nhLead = [
  'Chilblains are small, itchy, painful swellings on the skin. They usually appear a few hours after you have been out in the cold ' +
    'and often get better on their own within 1 to 3 weeks.',
];
const nhH1 = 'Check if you have chilblains';
const nhP1 = ['Chilblains usually affect the toes, fingers, heels, ears or nose. The affected skin may:'];
const nhSym = [
  'itch or feel like it is burning, especially when you go into a warm room',
  'swell up and look red, blue or darker than the skin around it',
  'become tender to touch',
  'blister or crack, in some cases',
];
const nhH2 = 'How you can treat chilblains yourself';
const nhP2 = ['Chilblains do not usually need treatment and most people can look after them at home.'];
const nhDo = 'Do';
const nhDos = [
  'keep the affected skin warm and dry',
  'use a soothing lotion, such as calamine or witch hazel, to relieve itching',
  'wear warm socks, gloves and a hat when you go outside in cold weather',
  'keep your home warm, ideally at 18C or higher',
];
const nhDont = 'Don’t';
const nhDonts = [
  'do not scratch the skin, as this can cause an infection',
  'do not put your feet or hands straight onto a radiator or hot water bottle to warm them up',
  'do not smoke, as it affects your circulation',
];
const nhInset = 'A pharmacist can recommend creams and lotions that may help, and tell you whether you need to see a GP.';
const nhCareH = 'See a GP if:';
const nhCare = [
  'your chilblains have not got better after 3 weeks',
  'you keep getting chilblains',
  'the swelling or pain is very bad or getting worse',
  'you have diabetes, as slow healing can lead to infection',
  'the skin is broken and you think it may be infected, for example it is hot, swollen or leaking pus',
];
const nhH3 = 'What causes chilblains';
const nhP3 = [
  'Chilblains happen when small blood vessels near the surface of the skin narrow in the cold and then widen too quickly when the ' +
    'skin warms up. This can cause blood to leak into the surrounding tissue, which leads to swelling and itching.',
  'You may be more likely to get chilblains if you have poor circulation, live in a damp and cold house, smoke, or have a condition ' +
    'that affects your blood vessels, such as Raynaud’s phenomenon.',
];
const nhH4 = 'How to prevent chilblains';
const nhP4 = [
  'The best way to prevent chilblains is to limit your exposure to cold and avoid sudden changes in temperature. Warm up slowly when ' +
    'you come indoors, and keep moving if you are outside for a long time. Eating regular warm meals and staying active can also help ' +
    'keep your circulation going during the winter.',
];
const nhNav = ['Health A to Z', 'NHS services', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy'];
const nhCookie = [
  'Cookies on the NHS website',
  'We’ve put some small files called cookies on your device to make our site work.',
  'We’d also like to use analytics cookies. These collect feedback and send information about how our site is used to services ' +
    'called Adobe Analytics, Adobe Target, Qualtrics Feedback and Google Analytics. We use this information to improve our site.',
  'Let us know if this is OK. We’ll use a cookie to save your choice. You can read more about our cookies before you choose.',
  'I’m OK with analytics cookies',
  'Do not use analytics cookies',
];
const nhSurvey = ['Help us improve our website', 'Can you answer a quick question about your visit today?', 'Take our survey'];
const nhFoot1 = ['Home', 'Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'NHS services'];
const nhFoot2 = ['NHS App', 'Find my NHS number', 'View your GP health record', 'View your test results', 'About the NHS', 'Healthcare abroad'];
const nhFoot3 = ['Other NHS websites', 'Profile editor login', 'About us', 'Give us feedback', 'Accessibility statement', 'Our policies', 'Cookies'];
const nhUl = (items: readonly string[], cls = 'nhsuk-list nhsuk-list--bullet'): string =>
  `<ul class="${cls}">${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const nhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Chilblains - NHS</title><meta name="description" content="Find out about chilblains, including how to treat them yourself and when to see a GP.">
<meta property="og:title" content="Chilblains"><meta property="og:site_name" content="nhs.uk"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.nhs.uk/conditions/chilblains/"><link rel="stylesheet" href="/static/nhsuk/css/nhsuk-9.1.0.min.css">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Chilblains",
"about":{"@type":"MedicalCondition","name":"Chilblains"},"lastReviewed":"2024-10-14T09:00:00+00:00",
"reviewedBy":{"@type":"Organization","name":"NHS website"},"publisher":{"@type":"Organization","name":"NHS website"}}</script>
<script src="https://assets.nhs.uk/scripts/cookie-consent.js" data-nodefault="true"></script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner" role="region" aria-label="Cookie banner">
<div class="nhsuk-width-container"><h2>${nhCookie[0]}</h2><p>${nhCookie[1]}</p><p>${nhCookie[2]}</p><p>Let us know if this is OK. We’ll use a cookie to save
your choice. You can <a id="nhsuk-cookie-banner__link" href="/our-policies/cookies-policy/">read more about our cookies</a> before you choose.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">${nhCookie[4]}</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">${nhCookie[5]}</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/"
aria-label="NHS homepage"><svg class="nhsuk-logo" role="img" focusable="false" viewBox="0 0 40 16"><path class="nhsuk-logo__background" d="M0 0h40v16H0z">
</path>
<title>NHS</title></svg></a></div><div class="nhsuk-header__search"><form class="nhsuk-header__search-form" id="search" action="/search/" method="get"
role="search">
<label class="nhsuk-u-visually-hidden" for="search-field">Search the NHS website</label><input class="nhsuk-search__input" id="search-field" name="q"
type="search"
placeholder="Search" autocomplete="off"><button class="nhsuk-search__submit" type="submit"><span class="nhsuk-u-visually-hidden">Search</span></button></form>
</div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
<ul class="nhsuk-header__navigation-list">${links(nhNav, 'nhsuk-header__navigation-item')}
<li class="nhsuk-mobile-menu-container"><button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
<span class="nhsuk-u-visually-hidden">Browse </span>More</button></li></ul></nav></div></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li><li class="nhsuk-breadcrumb__item">
<a class="nhsuk-breadcrumb__link" href="/conditions/">Health A to Z</a></li></ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink"
href="/conditions/"><span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Health A to Z</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row"><div
class="nhsuk-grid-column-two-thirds">
<section class="nhsuk-page-heading"><h1>${nhTitle}</h1></section><section><p class="nhsuk-lede-text">${nhLead[0]}</p></section>
<section><h2>${nhH1}</h2><p>${nhP1[0]}</p>${nhUl(nhSym)}
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="https://assets.nhs.uk/nhsuk-cms/images/chilblains.width-320.jpg"
alt="Red, swollen chilblains on the toes.">
<figcaption class="nhsuk-image__caption">Chilblains on the toes can look red and swollen.</figcaption></figure></section>
<section><h2>${nhH2}</h2><p>${nhP2[0]}</p><div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">${nhDo}</h3>
${nhUl(nhDos, 'nhsuk-list nhsuk-list--tick')}</div><div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">${nhDont}</h3>
${nhUl(nhDonts, 'nhsuk-list nhsuk-list--cross')}</div><div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>
<p>${nhInset}</p></div></section>
<section><div class="nhsuk-card nhsuk-card--care nhsuk-card--care--non-urgent"><div class="nhsuk-card--care__heading-container">
<h2 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Non-urgent advice: </span>${nhCareH}</span></h2>
<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content">${nhUl(nhCare)}</div></div></section>
<section><h2>${nhH3}</h2>${nhP3.map((t) => `<p>${t}</p>`).join('\n')}</section>
<section><h2>${nhH4}</h2><p>${nhP4[0]}</p></section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 14 October 2024<br>Next review due: 14 October 2027</p></div>
</div></div></main></div>
<div class="nhsuk-width-container"><div class="app-feedback-banner" id="qualtrics-feedback"><h2 class="nhsuk-heading-s">${nhSurvey[0]}</h2><p>${nhSurvey[1]}</p>
<a class="nhsuk-action-link__link" href="https://nhs.qualtrics.example/survey">${nhSurvey[2]}</a></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nhFoot1, 'nhsuk-footer__list-item')}</ul>
<ul class="nhsuk-footer__list">${links(nhFoot2, 'nhsuk-footer__list-item')}</ul><ul
class="nhsuk-footer__list">${links(nhFoot3, 'nhsuk-footer__list-item')}</ul></div>
<div><p class="nhsuk-footer__copyright">© NHS England</p></div></div></div></footer>
<script src="/static/nhsuk/js/nhsuk-9.1.0.min.js" defer></script></body></html>`;
const nhs: TestPage = {
  html: nhHtml,
  name: 'heldout108-nhs-health-wiki',
  kind: 'wiki',
  // the lead paragraph, the "Do" / "Don’t" lists (their labels are headings), the inset text and the care card (its
  // heading is a heading; the hidden "Non-urgent advice:" and "Information:" prefixes are in neither list) are article;
  // "Page last reviewed" and "Next review due" are bylines; the image caption, survey prompt and footer are furniture
  title: nhTitle,
  headings: [nhH1, nhH2, nhDo, nhDont, nhCareH, nhH3, nhH4],
  body: texts([...nhLead, ...nhP1, ...nhSym, ...nhP2, ...nhDos, ...nhDonts, nhInset, ...nhCare, ...nhP3, ...nhP4]),
  bylines: ['Page last reviewed: 14 October 2024', 'Next review due: 14 October 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nhCookie, 'Skip to main content', 'Search the NHS website', 'Search', ...nhNav, 'More', 'Home', 'Back to',
    'Chilblains on the toes can look red and swollen.',
    ...nhSurvey, 'Support links', ...nhFoot1, ...nhFoot2, ...nhFoot3, '© NHS England',
  ],
};

export const HELDOUT108_D: readonly TestPage[] = [nhs, britannica];
