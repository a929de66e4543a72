import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 75, file a2: a health-service condition page on the nhs.uk frontend template (cookie banner, skip link,
 * header with search and primary navigation, breadcrumb with back link, lede text, an image with caption and credit, a
 * do and don't list, a pharmacist section with "Find a pharmacy", a non-urgent care card whose heading starts with a
 * visually hidden "Non-urgent advice:", an inset text, "Page last reviewed" and "Next review due", the feedback banner and
 * the footer).
 */
const nhTitle = 'Chilblains';
const nhLede = [
  'Chilblains are small, itchy, swollen patches on the skin that appear after being in the cold. They usually clear up on their own within 1 to 2 weeks.',
];
const nhCheck = ['Chilblains usually appear on your toes, fingers, heels, ears or nose a few hours after you’ve been out in the cold.'];
const nhCheckList = [
  'itchy red patches on the skin, which may turn dark blue',
  'swelling and a burning feeling, especially when you come into a warm room',
  'tender skin that may crack or blister',
];
const nhCheck2 = ['The patches can be harder to see on brown and black skin, where they may look purple or grey rather than red.'];
const nhTreat = ['Chilblains often get better on their own without treatment. There are things you can do to ease the symptoms while they heal.'];
const nhDo = [
  'keep your feet and hands warm and dry',
  'use a soothing lotion such as calamine to ease itching',
  'wear gloves and warm socks when you go out in the cold',
];
const nhDont = [
  'do not scratch the skin',
  'do not put your hands or feet in hot water or near a heater to warm them up quickly',
  'do not smoke – it affects your circulation',
];
const nhPharm = ['A pharmacist can suggest creams to ease the itching and dressings to help prevent infection if your skin has blistered or broken.'];
const nhGp = [
  'your chilblains have not cleared up after 2 weeks',
  'you have diabetes and chilblains on your feet',
  'the pain is severe or you keep getting chilblains',
  'you think your skin is infected – it may be hot, swollen and painful, and there may be pus',
];
const nhCauses = [
  'Chilblains happen when small blood vessels near the surface of the skin narrow in the cold and then react to being warmed up too ' +
    'quickly. Fluid can leak from them into the surrounding tissue, which causes the swelling and itching.',
  'You’re more likely to get chilblains if you have poor circulation, smoke, are underweight, or live somewhere damp and cold rather ' +
    'than somewhere with very cold, dry winters.',
];
const nhPrevent = ['To help prevent chilblains:'];
const nhPreventList = [
  'keep your home warm, especially the rooms you spend most time in',
  'wear warm, loose-fitting socks and shoes that do not rub',
  'do some gentle exercise every day to help your circulation',
  'warm up slowly when you come in from the cold',
];
const nhInset = ['If you have diabetes, check your feet every day in cold weather. Chilblains on the feet can lead to ulcers if they become infected.'];
const nhCookie = [
  'Cookies on the PHS website',
  'We’ve put some small files called cookies on your device to make our site work.',
  'We’d also like to use analytics cookies. These collect feedback and send information about how our site is used to a service ' +
    'called Adobe Analytics. We use this information to improve our site.',
  'Let us know if this is OK. We’ll use a cookie to save your choice. You can read more about our cookies before you choose.',
  'I’m OK with analytics cookies',
  'Do not use analytics cookies',
];
const nhNav = ['Health A to Z', 'PHS services', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'Home', 'More'];
const nhCaption = 'Chilblains on the toes can look red and swollen, and the skin may shine.';
const nhCredit = 'HALLAM MEDICAL IMAGES / SCIENCE PICTURE STOCK';
const nhFeedback = ['Help us improve our website', 'Can you answer a quick question about your visit today?', 'Answer a quick question'];
const nhFoot = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'PHS services', 'Other PHS websites', 'About us', 'Contact us'];
const nhFoot2 = ['Sitemap', 'Accessibility statement', 'Our policies', 'Cookies', 'Profile editor login'];
const nhLi = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const nhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chilblains - PHS</title><meta name="description" content="Find out what chilblains look like, how to treat them yourself and when to get medical help.">
<meta property="og:site_name" content="phs.uk"><meta property="og:type" content="website"><meta name="DC.Date.Modified" content="2025-02-04">
<link rel="canonical" href="https://www.phs.uk/conditions/chilblains/"><link rel="stylesheet" href="/static/css/phsuk-9.1.0.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Chilblains","lastReviewed":"2025-02-04T09:12:00+00:00",
"reviewedBy":{"@type":"Organization","name":"PHS website"},"about":{"@type":"MedicalCondition","name":"Chilblains"},
"breadcrumb":{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Health A to Z"}]}}</script>
<script src="/static/js/cookie-consent.js"></script></head>
<body class="js-enabled"><script>document.body.className = document.body.className + ' js-enabled';</script>
<div id="phsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner" role="region" aria-label="Cookie banner">
<div class="nhsuk-width-container"><h2>${nhCookie[0]}</h2><p>${nhCookie[1]}</p><p>${nhCookie[2]}</p>
<p>Let us know if this is OK. We’ll use a cookie to save your choice. You can <a id="nhsuk-cookie-banner__link" href="/our-policies/cookies-policy/">read
more about our cookies</a> before you choose.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics" href="#">${nhCookie[4]}</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept" href="#">${nhCookie[5]}</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="PHS homepage"><svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 40 16"
height="40" width="100"><path class="nhsuk-logo__background" fill="#005eb8" d="M0 0h40v16H0z"></path></svg></a></div>
<div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search">
<form class="nhsuk-header__search-form" id="search" action="/search/" method="get" role="search" novalidate>
<label class="nhsuk-u-visually-hidden" for="search-field">Search the PHS website</label>
<input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">
<button class="nhsuk-search__submit" type="submit"><svg class="nhsuk-icon nhsuk-icon__search" aria-hidden="true" focusable="false"></svg>
<span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
<ul class="nhsuk-header__navigation-list">${links(nhNav, 'nhsuk-header__navigation-item')}</ul></nav></div></header>
<div class="nhsuk-width-container"><nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><ol class="nhsuk-breadcrumb__list">
${links(['Home', 'Health A to Z'], 'nhsuk-breadcrumb__item')}</ol>
<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/conditions/"><span class="nhsuk-u-visually-hidden">Back to </span>Health A to
Z</a></p>
</nav>
<main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
<section><h1>${nhTitle}</h1>${ps(nhLede, ' class="nhsuk-lede-text"')}</section>
<section><h2>Check if you have chilblains</h2>${ps(nhCheck)}<ul>${nhLi(nhCheckList)}</ul>${ps(nhCheck2)}
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="https://assets.phs.uk/prod/images/S_1224_chilblains_toes.width-320.jpg" alt="Red swollen
patches on the tops of 2 toes.">
<figcaption class="nhsuk-image__caption"><p>${nhCaption}</p><p>Credit:</p><p><a
href="https://www.example-picturestock.com/media/891276/view">${nhCredit}</a></p>
</figcaption></figure></section>
<section><h2>How to treat chilblains yourself</h2>${ps(nhTreat)}
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Do</h3><ul class="nhsuk-list nhsuk-list--tick">${nhLi(nhDo)}</ul></div>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Don’t</h3><ul class="nhsuk-list nhsuk-list--cross">${nhLi(nhDont)}</ul></div>
</section>
<section><h2>A pharmacist can help with chilblains</h2>${ps(nhPharm)}<p><a href="/service-search/pharmacy/find-a-pharmacy/">Find a pharmacy</a></p>
<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--non-urgent"><div class="nhsuk-card--care__heading-container">
<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Non-urgent advice: </span>See a GP if:</span></h3>
<span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content"><ul>${nhLi(nhGp)}</ul></div></div></section>
<section><h2>Causes of chilblains</h2>${ps(nhCauses)}</section>
<section><h2>How to prevent chilblains</h2>${ps(nhPrevent)}<ul>${nhLi(nhPreventList)}</ul>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>${ps(nhInset)}</div></section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 4 February 2025<br>
Next review due: 4 February 2028</p></div>
</div></div></main></div>
<div class="phs-feedback-banner" id="feedback-banner"><div class="nhsuk-width-container"><h2 class="phs-feedback-banner__heading">${nhFeedback[0]}</h2>
<p>${nhFeedback[1]}</p><a class="nhsuk-button nhsuk-button--secondary" href="https://feedback.phs.uk/survey">${nhFeedback[2]}</a>
<button class="phs-feedback-banner__close" type="button">Close<span class="nhsuk-u-visually-hidden"> feedback invite</span></button></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nhFoot, 'nhsuk-footer__list-item')}</ul>
<ul class="nhsuk-footer__list">${links(nhFoot2, 'nhsuk-footer__list-item')}</ul><p class="nhsuk-footer__copyright">© Crown copyright</p>
</div></div></div></footer><script src="/static/js/phsuk-9.1.0.min.js" defer></script></body></html>`;
export const nhsCondition: TestPage = {
  html: nhHtml,
  name: 'heldout75-nhs-condition',
  kind: 'wiki',
  // the lede, sections, do and don't lists, the care card's list and the inset text are the article; "Do", "Don’t" and the care
  // card heading (its visible "See a GP if:", the hidden "Non-urgent advice:" in neither list) are headings; the hidden
  // "Information:" is in neither list; the review dates are bylines; the caption and its credit, "Find a pharmacy", the
  // cookie banner, header, breadcrumb, feedback banner and footer are furniture
  title: nhTitle,
  headings: [
    'Check if you have chilblains',
    'How to treat chilblains yourself',
    'Do',
    'Don’t',
    'A pharmacist can help with chilblains',
    'See a GP if:',
    'Causes of chilblains',
    'How to prevent chilblains',
  ],
  body: texts([
    ...nhLede,
    ...nhCheck,
    ...nhCheckList,
    ...nhCheck2,
    ...nhTreat,
    ...nhDo,
    ...nhDont,
    ...nhPharm,
    ...nhGp,
    ...nhCauses,
    ...nhPrevent,
    ...nhPreventList,
    ...nhInset,
  ]),
  bylines: ['Page last reviewed: 4 February 2025', 'Next review due: 4 February 2028'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nhCookie, 'Skip to main content', 'Search the PHS website', 'Search', ...nhNav, nhCaption, 'Credit:', nhCredit, 'Find a pharmacy', ...nhFeedback,
    'Close', 'Support links', ...nhFoot.slice(6), ...nhFoot2, '© Crown copyright',
  ],
};
