import { links, type TestPage, texts } from './page-kit.js';
import { libguidePage } from './pages-heldout82-e2.js';

/**
 * Held-out batch 82, file e: an illnesses-and-conditions page shaped like NHS inform's (the cookie banner, skip link, the
 * sitewide alert, the masthead with "Languages", "Accessibility" and search, the main nav, breadcrumbs, the "On this page"
 * list, coloured care panels with their own headings inside the article, a self-help guide promo, the "Source" and "Last
 * updated" / "Next review date" lines, the "Was this page helpful?" form with its hidden follow-up, related pages and the
 * footer), and a university library research guide on Springshare LibGuides (file e2).
 */
const ahTitle = 'Chilblains';
const ahAbout = [
  'Chilblains are small, itchy, red or purple swellings on the skin. They happen when your skin gets cold and then warms up too quickly, ' +
    'which makes the small blood vessels under the skin react.',
  'They usually affect your toes and fingers, but can also appear on your heels, ears and nose. Chilblains can be uncomfortable, but they ' +
    'rarely cause any permanent damage and usually heal within 1 to 2 weeks.',
];
const ahSymptoms = ['Symptoms of chilblains usually start a few hours after you’ve been in the cold. They include:'];
const ahSymptomsList = [
  'small, itchy, red areas on your skin, which may turn dark blue or purple',
  'a burning feeling, often worse when you go into a warm room',
  'swelling of the affected area',
  'dry skin, which may crack and leave you at risk of infection',
];
const ahCauses = [
  'Chilblains are caused by a poor reaction to cold. You’re more likely to get them if you have poor circulation, smoke, have a low body ' +
    'weight, or spend a lot of time in cold, damp conditions. They’re also more common in people who have Raynaud’s phenomenon.',
];
const ahPrevent = ['You can help prevent chilblains if you:'];
const ahPreventList = [
  'keep your feet and hands warm and dry, especially in winter',
  'wear warm socks, gloves and a hat when you go outdoors',
  'avoid warming cold skin too quickly, for example with a hot water bottle or by sitting close to a fire',
  'exercise regularly to improve your circulation',
  'stop smoking',
];
const ahTreat = [
  'Chilblains usually get better on their own. Try not to scratch them, as this can damage the skin. Your pharmacist can recommend a ' +
    'soothing lotion, such as calamine or witch hazel, to help with the itching.',
  'If the skin has broken, keep it clean and cover it with an antiseptic dressing to reduce the chance of infection.',
];
const ahGpHead = 'Speak to your GP practice if:';
const ahGpList = [
  'your chilblains haven’t started to heal after 2 weeks',
  'you have diabetes and notice chilblains on your feet',
  'you think a chilblain has become infected – it may be more painful, swollen or leaking pus',
];
const ahGpAfter = ['If your GP practice is closed, phone 111.'];
const ahUrgentHead = 'Phone 111 if:';
const ahUrgentList = ['you have chilblains and a high temperature, or you feel hot and shivery'];
const ahCookie = [
  'Cookies on Alba Health inform',
  'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use the site and to ' +
    'improve our services.',
  'Accept additional cookies',
  'Reject additional cookies',
  'View cookies',
];
const ahAlert = 'Winter vaccines: find out if you’re eligible for a free flu or COVID-19 vaccine this winter.';
const ahTop = ['Languages', 'Accessibility'];
const ahNav = ['Illnesses and conditions', 'Symptoms', 'Self-help guides', 'Healthy living', 'Care, support and rights', 'Tests and treatments'];
const ahCrumbs = ['Home', 'Illnesses and conditions', 'Skin, hair and nails'];
const ahOnPage = ['About chilblains', 'Symptoms of chilblains', 'Causes of chilblains', 'Preventing chilblains', 'Treating chilblains'];
const ahSelfHelp = ['Self-help guide', 'Foot problems', 'Use our self-help guide to find out what to do about foot pain and other foot problems.'];
const ahSource = 'Source: Scottish Government - Health and Social Care Directorates';
const ahUpdated = 'Last updated: 12 March 2025';
const ahReview = 'Next review date: 12 March 2028';
const ahFeedback = [
  'Was this page helpful?',
  'Yes',
  'No',
  'Thank you for your feedback',
  'Help us improve Alba Health inform',
  'Don’t include personal information e.g. name, location or any personal health conditions.',
  'Send feedback',
];
const ahRelated = ['Related pages', 'Frostbite', 'Hypothermia', 'Raynaud’s phenomenon', 'Foot pain'];
const ahFoot = ['Contact us', 'Accessibility statement', 'Feedback', 'Privacy and cookies', 'Sitemap', 'Alba Health 24', 'Service directory'];
const ahCopy = '© 2025 Alba Health 24. All rights reserved.';
const ahPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ahUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const ahH2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`;
const ahPanel = (cls: string, head: string, inner: string): string => `<div class="panel panel--${cls}"><div class="panel__inner">
<h3 class="panel__title">${head}</h3>${inner}</div></div>`;
const ahHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><title>Chilblains | Alba Health inform</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Find out about chilblains, including symptoms, causes,
how to prevent them and when to speak to your GP.">
<link rel="canonical" href="https://www.albahealthinform.scot/illnesses-and-conditions/skin-hair-and-nails/chilblains/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Chilblains","lastReviewed":"2025-03-12","publisher":{
"@type":"Organization","name":"Alba Health 24"},"about":{"@type":"MedicalCondition","name":"Chilblains"}}</script>
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.18.2"><script>document.documentElement.className="js";</script></head>
<body class="page-template-condition"><div id="cookie-banner" class="cookie-banner" role="region" aria-label="${ahCookie[0]}"><div class="container">
<h2 class="cookie-banner__title">${ahCookie[0]}</h2><p>${ahCookie[1]}</p><div class="cookie-banner__buttons"><button type="button"
class="button button--primary js-accept-cookies">${ahCookie[2]}</button><button type="button" class="button button--primary js-reject-cookies">${ahCookie[3]}
</button><a href="/cookies/" class="cookie-banner__link">${ahCookie[4]}</a></div></div></div>
<a class="skip-link" href="#maincontent">Skip to main content</a>
<div class="alert-banner" role="alert"><div class="container"><p><a href="/winter-vaccines/">${ahAlert}</a></p></div></div>
<header class="masthead" role="banner"><div class="container"><div class="masthead__top"><ul class="masthead__links">${links(ahTop)}</ul></div>
<div class="masthead__main"><a class="masthead__logo" href="/" title="Alba Health inform home"><img src="/assets/img/logo.svg" alt="Alba Health inform"
width="200"
height="48"></a><form class="masthead__search" role="search" action="/search/"><label for="site-search" class="visually-hidden">Search Alba Health
inform</label>
<input id="site-search" type="search" name="q" placeholder="Search Alba Health inform"><button type="submit" class="masthead__search-button">Search</button>
</form></div></div>
<nav class="main-nav" aria-label="Main navigation"><div class="container"><ul class="main-nav__list">${links(ahNav, 'main-nav__item')}</ul></div></nav></header>
<div class="container"><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(ahCrumbs, 'breadcrumb__item')}
<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">Chilblains</li></ol></nav></div>
<main id="maincontent" class="main" role="main"><div class="container"><div class="row"><div class="col-md-8">
<article class="editor"><h1 class="page-title">${ahTitle}</h1>
<nav class="on-this-page" aria-labelledby="on-this-page-title"><h2 id="on-this-page-title" class="on-this-page__title">On this page</h2><ol
class="on-this-page__list">${ahOnPage.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ol></nav>
${ahH2(ahOnPage[0]!)}
${ahPs(ahAbout)}
${ahH2(ahOnPage[1]!)}
${ahPs(ahSymptoms)}
${ahUl(ahSymptomsList)}
${ahH2(ahOnPage[2]!)}
${ahPs(ahCauses)}
${ahH2(ahOnPage[3]!)}
${ahPs(ahPrevent)}
${ahUl(ahPreventList)}
<aside class="promo promo--self-help"><a href="/self-help-guides/self-help-guide-foot-problems/" class="promo__link"><span
class="promo__label">${ahSelfHelp[0]}</span>
<h3 class="promo__title">${ahSelfHelp[1]}</h3><p class="promo__text">${ahSelfHelp[2]}</p></a></aside>
${ahH2(ahOnPage[4]!)}
${ahPs(ahTreat)}
${ahPanel('primary', ahGpHead, `${ahUl(ahGpList)}\n${ahPs(ahGpAfter)}`)}
${ahPanel('urgent', ahUrgentHead, ahUl(ahUrgentList))}
<div class="page-meta"><p class="page-meta__source">${ahSource}</p><p class="page-meta__updated">${ahUpdated}</p>
<p class="page-meta__review">${ahReview}</p></div></article>
<section class="feedback" aria-labelledby="feedback-title"><form class="feedback__form" action="/feedback/" method="post"><fieldset><legend id="feedback-title"
class="feedback__title">${ahFeedback[0]}</legend><div class="feedback__options"><label><input type="radio" name="helpful" value="yes"> ${ahFeedback[1]}</label>
<label><input type="radio" name="helpful" value="no"> ${ahFeedback[2]}</label></div></fieldset><div class="feedback__thanks"
hidden><p>${ahFeedback[3]}</p></div>
<div class="feedback__more" hidden><h2>${ahFeedback[4]}</h2><p>${ahFeedback[5]}</p><label for="fb-text" class="visually-hidden">Your feedback</label>
<textarea id="fb-text" name="comments"></textarea><button type="submit" class="button">${ahFeedback[6]}</button></div></form></section></div>
<aside class="col-md-4 sidebar"><nav class="related" aria-labelledby="related-title"><h2 id="related-title" class="related__title">${ahRelated[0]}</h2><ul
class="related__list">${links(ahRelated.slice(1))}</ul></nav></aside></div></div></main>
<footer class="footer" role="contentinfo"><div class="container"><ul class="footer__links">${links(ahFoot)}</ul><p class="footer__copyright">${ahCopy}</p></div>
</footer><script src="/assets/js/main.min.js?v=3.18.2" defer></script></body></html>`;
const healthInformPage: TestPage = {
  html: ahHtml,
  name: 'heldout82-nhs-inform-style-condition',
  kind: 'docs',
  // every section paragraph and list item is body, and so are the care panels ("Speak to your GP practice if:", "Phone
  // 111 if:") with their headings, which are part of the advice; the "On this page" list repeats the section headings and
  // is left out; "Source" is furniture; "Last updated" and "Next review date" are bylines; the cookie banner, alert, self-help
  // promo, feedback form (hidden parts too), related pages and footer are furniture (the nav's "Symptoms", a heading's
  // word, left out)
  title: ahTitle,
  headings: [...ahOnPage.slice(0, 5), ahGpHead, ahUrgentHead],
  body: texts([
    ...ahAbout,
    ...ahSymptoms,
    ...ahSymptomsList,
    ...ahCauses,
    ...ahPrevent,
    ...ahPreventList,
    ...ahTreat,
    ...ahGpList,
    ...ahGpAfter,
    ...ahUrgentList,
  ]),
  bylines: [ahUpdated, ahReview],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ahCookie, 'Skip to main content', ahAlert, ...ahTop, 'Search Alba Health inform', 'Search', ...ahNav.filter((t) => t !== 'Symptoms'),
    ...ahCrumbs, 'On this page', ...ahSelfHelp, ahSource, ...ahFeedback, 'Your feedback', ...ahRelated, ...ahFoot, ahCopy,
  ])],
};

export const HELDOUT82_E: readonly TestPage[] = [healthInformPage, libguidePage];
