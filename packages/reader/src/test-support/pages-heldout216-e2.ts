import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file e2: an NHS trust's patient information leaflet page on the NHS.UK frontend (the cookie banner,
 * "Skip to main content", the trust header with search and the hidden menu toggle, the breadcrumb, the leaflet details
 * summary list with reference and review dates, the "Download this leaflet" link, an inset text about other formats, the
 * leaflet's sections with a warning callout, the "Contact us" section, the "Page last reviewed" footer, the "Related
 * leaflets" list and the site footer).
 */
const title = 'Exercising safely after your cardiac rehabilitation assessment';
const intro = paras(`
This leaflet is for patients who have had their first cardiac rehabilitation assessment at Wyebridge General Hospital. It explains
how to start exercising at home between your supervised sessions and what to do if you feel unwell.
`);
const h1 = 'Why exercise matters after a heart problem';
const p1 = paras(`
Regular physical activity helps your heart recover, lowers your blood pressure and cholesterol, and reduces your risk of another
heart attack. It also improves your mood, sleep and confidence. Most people can start gentle exercise within a few weeks of
leaving hospital.
`);
const h2 = 'How hard should I exercise?';
const p2 = paras(`
Your physiotherapist will have given you a target heart rate range and shown you the rating of perceived exertion (RPE) scale.
During exercise you should feel warm and slightly breathless but still able to talk in full sentences. On the RPE scale this is
usually between 12 and 14, described as somewhat hard.
`);
const p2b = paras(`
Start with 10 to 15 minutes of walking on most days and add a couple of minutes each week. By the end of your programme most
people are doing 30 minutes of moderate activity at least five days a week. It is normal to feel tired for the first few weeks.
If you feel more tired than usual, have a lighter day rather than stopping altogether.
`);
const h3 = 'Before, during and after exercise';
const tips = [
  'Warm up for 15 minutes with gentle movements such as marching on the spot.',
  'Do not exercise within two hours of a heavy meal.',
  'Carry your GTN spray with you if you have been prescribed one.',
  'Cool down for 10 minutes, slowing down gradually rather than stopping suddenly.',
  'Avoid exercising outside in very cold or very hot weather.',
] as const;
const warnH = 'Stop exercising and call 999 if you have:';
const warn = [
  'chest pain that does not go away after using your GTN spray twice, 5 minutes apart',
  'sudden severe breathlessness',
  'dizziness, fainting or a fast, irregular heartbeat',
] as const;
const h4 = 'Contact us';
const contact = paras(`
If you have any questions about your exercise programme, contact the Cardiac Rehabilitation Team on 01632 960 255, Monday to Friday,
8am to 4pm. Outside these hours, contact your GP or call NHS 111.
`);
const details = [
  ['Leaflet number', 'WGH-CR-042'],
  ['Published', 'March 2025'],
  ['Review date', 'March 2028'],
] as const;
const cookie = [
  'Cookies on the Wyebridge Hospitals NHS Trust website',
  'We’ve put some small files called cookies on your device to make our site work.',
  'We’d also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics.',
  'Let us know if this is OK. We’ll use a cookie to save your choice.',
  'I’m OK with analytics cookies',
  'Do not use analytics cookies',
] as const;
const header = ['Wyebridge Hospitals NHS Trust', 'Search', 'Menu'] as const;
const nav = ['Our hospitals', 'Services', 'Patients and visitors', 'Work for us', 'Contact us'] as const;
const crumbs = ['Home', 'Patients and visitors', 'Patient information leaflets'] as const;
const inset = 'This leaflet is available in other languages, large print and easy read. Ask a member of staff or email the Patient Experience Team.';
const download = 'Download this leaflet (PDF, 184KB)';
const reviewed = ['Page last reviewed: 14 March 2025', 'Next review due: 14 March 2028'] as const;
const related = [
  'Related leaflets',
  'Cardiac rehabilitation: what to expect',
  'Taking your heart medicines',
  'Returning to driving after a heart attack',
] as const;
const foot = [
  'Accessibility statement',
  'Freedom of information',
  'Privacy notice',
  'Cookies',
  'Complaints',
  'Sitemap',
  '© Wyebridge Hospitals NHS Trust',
] as const;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${title} - Wyebridge Hospitals NHS Trust</title><meta name="description" content="${intro[0]?.slice(0, 120)}">
<link href="/css/nhsuk-9.1.0.min.css" rel="stylesheet"><link rel="shortcut icon" href="/assets/favicons/favicon.ico" type="image/x-icon">
<script src="/js/nhsuk-9.1.0.min.js" defer></script><script src="/js/cookie-consent.js"></script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>${cookie[0]}</h2><p>${cookie[1]}</p><p>${cookie[2]}</p><p>${cookie[3]}</p><ul><li><button class="nhsuk-button"
id="nhsuk-cookie-banner__link_accept_analytics">
${cookie[4]}</button></li><li><a id="nhsuk-cookie-banner__link_accept" href="#">${cookie[5]}</a></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header nhsuk-header--organisation" role="banner"><div class="nhsuk-width-container nhsuk-header__container">
<div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/" aria-label="${header[0]} homepage"><svg class="nhsuk-logo" role="img"></svg>
<span class="nhsuk-organisation-name">${header[0]}</span></a></div>
<div class="nhsuk-header__search"><form class="nhsuk-header__search-form" id="search" action="/search" role="search"><label class="nhsuk-u-visually-hidden"
for="search-field">Search the Wyebridge Hospitals website</label><input class="nhsuk-search__input" id="search-field" type="search" placeholder="Search">
<button class="nhsuk-search__submit" type="submit"><span class="nhsuk-u-visually-hidden">${header[1]}</span></button></form></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation" aria-label="Primary navigation"><ul
class="nhsuk-header__navigation-list">
${links(nav, 'nhsuk-header__navigation-item')}<li class="nhsuk-mobile-menu-container"><button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link"
id="toggle-menu" aria-expanded="false"><span class="nhsuk-u-visually-hidden">Browse </span>${header[2]}</button></li></ul></nav></div></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
${links(crumbs, 'nhsuk-breadcrumb__item')}</ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/leaflets">
<span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>Patient information leaflets</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><span class="nhsuk-caption-l">Patient information</span><h1>${title}</h1>
<dl class="nhsuk-summary-list">${details
  .map(
    (d) => `<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">${d[0]}</dt>
<dd class="nhsuk-summary-list__value">${d[1]}</dd></div>`,
  )
  .join('\n')}</dl>
<p><a class="nhsuk-action-link__link" href="/media/leaflets/wgh-cr-042.pdf">${download}</a></p>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>${inset}</p></div>
<section>${ps(intro)}</section>
<section><h2>${h1}</h2>${ps(p1)}</section>
<section><h2>${h2}</h2>${ps(p2)}${ps(p2b)}</section>
<section><h2>${h3}</h2><ul>${lis(tips)}</ul>
<div class="nhsuk-warning-callout"><h3 class="nhsuk-warning-callout__label"><span role="text"><span class="nhsuk-u-visually-hidden">Important: </span>
${warnH}</span></h3><ul>${lis(warn)}</ul></div></section>
<section><h2>${h4}</h2>${ps(contact)}</section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">${reviewed[0]}<br>${reviewed[1]}</p></div></div>
<div class="nhsuk-grid-column-one-third"><aside class="nhsuk-related-nav"><h2 class="nhsuk-related-nav__heading">${related[0]}</h2>
<ul class="nhsuk-related-nav__list">${links(related.slice(1), 'nhsuk-related-nav__item')}</ul></aside></div></div></main></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(foot.slice(0, 6), 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">${foot[6]}</p></div></div></div></footer>
<script src="/js/site.min.js" defer></script></body></html>`;

export const hospitalLeaflet: TestPage = {
  html,
  name: 'heldout216-hospital-patient-leaflet',
  kind: 'docs',
  // the warning callout is part of the leaflet: its label is a heading and its items are body; the leaflet details list
  // (number, published, review date) is in neither list, the "Page last reviewed" lines are bylines; the "Contact us"
  // section is the leaflet's own (its heading is gold, so the "Contact us" nav item is left out)
  title,
  headings: [h1, h2, h3, warnH, h4],
  body: [...texts(intro), ...texts(p1), ...texts(p2), ...texts(p2b), ...tips, ...warn, ...texts(contact)],
  bylines: [...reviewed],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cookie, 'Skip to main content', header[0], 'Search the Wyebridge Hospitals website', ...nav.slice(0, 4), 'Browse Menu', 'Home',
    'Patient information leaflets', 'Patient information', download, inset, ...related, 'Support links', ...foot,
  ],
};
