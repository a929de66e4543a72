import { links, type TestPage, texts } from './page-kit.js';
import { medlineTopic } from './pages-heldout133-f2.js';

/**
 * Held-out batch 133, file f: an NHS website condition page (the cookie banner above everything, "Skip to main content",
 * the header with search and the primary navigation, the breadcrumb with its back link, sections with a symptom image and
 * credit, Do and Don't lists with h3 labels, care cards whose headings hold visually hidden "Non-urgent advice:" /
 * "Urgent advice:" prefixes, action links, an inset text with a hidden "Information:" prefix, the review dates, the
 * feedback banner and the footer) and, from file f2, a MedlinePlus health topic page.
 */
const title = 'Chilblains';
const cookie = [
  'Cookies on the NHS website',
  'We\u2019ve put some small files called cookies on your device to make our site work.',
  'We\u2019d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics. We use this' +
    ' information to improve our site.',
  'Let us know if this is OK. We\u2019ll use a cookie to save your choice. You can read more about our cookies before you choose.',
  'I\u2019m OK with analytics cookies',
  'Do not use analytics cookies',
];
const nav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'NHS services'];
const intro = [
  'Chilblains are small, itchy and painful swellings on the skin that appear after you\u2019ve been in the cold. They usually heal on their own within 1 to 3' +
    ' weeks.',
];
const check = ['Chilblains appear a few hours after you\u2019ve been in the cold. They usually form on your:'];
const places = ['toes', 'fingers', 'heels', 'ears', 'nose'];
const check2 = ['Symptoms of chilblains include:'];
const symptoms = [
  'a burning or itching feeling, which may get worse when you go somewhere warm',
  'swelling',
  'skin that looks red, purple or darker than your usual skin colour',
  'blisters or small sores, in some cases',
];
const caption = 'Chilblains on the toes can look red, purple or darker than your usual skin colour.';
const credit = 'Credit: Harlow Medical Images';
const selfIntro = ['Chilblains usually get better without treatment. There are things you can do to ease the itching and help them heal.'];
const dos = [
  'keep your hands and feet warm, but warm them up slowly',
  'use a soothing lotion, such as calamine, to help with itching',
  'keep your feet clean and dry, and wear socks made of wool or cotton',
];
const donts = [
  'do not scratch the skin',
  'do not put your hands or feet on a radiator or hot water bottle, or in hot water',
  'do not smoke, as it affects your circulation',
];
const pharmacy = ['A pharmacist can give advice about chilblains and suggest creams to ease the itching.', 'They can also tell you if you need to see a GP.'];
const gpIf = [
  'your chilblains have not got better after 3 weeks',
  'you keep getting chilblains',
  'you think you have chilblains but there has not been cold weather',
];
const urgentIf = ['you have chilblains and diabetes', 'the skin has broken and there is pus or it\u2019s getting hot and more painful'];
const gp = [
  'A GP may check for other conditions that affect your circulation. If your chilblains keep coming back, they may prescribe a medicine that helps open up' +
    ' your blood vessels.',
];
const causes = [
  'Chilblains happen when small blood vessels under the skin narrow in the cold and then open up too quickly when you warm up. This can make fluid leak into' +
    ' the nearby tissue.',
  'You\u2019re more likely to get chilblains if you:',
];
const risks = ['have poor circulation', 'smoke', 'are underweight', 'live in a damp, cold house', 'have a condition such as lupus or Raynaud\u2019s'];
const prevent = ['The best way to prevent chilblains is to keep your body warm, especially your hands and feet, in cold weather.'];
const inset = ['If you have diabetes, check your feet every day during cold weather, as chilblains can lead to infection.'];
const reviewed = ['Page last reviewed: 19 January 2024', 'Next review due: 19 January 2027'];
const feedback = ['Help us improve our website', 'Can you answer a quick question about your visit today?', 'Answer a quick question'];
const footLists = [
  ['Home', 'Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'NHS services'],
  ['NHS App', 'Find my NHS number', 'View your GP health record', 'View your test results', 'About the NHS', 'Healthcare abroad'],
  ['Other NHS websites', 'Profile editor login'],
  ['About us', 'Give us feedback', 'Accessibility statement', 'Our policies', 'Cookies'],
];
const tick = `<svg class="nhsuk-icon nhsuk-icon__tick" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" width="34" height="34">
<path stroke-width="4" stroke-linecap="round" d="M18.4 7.8l-8.5 8.4L5.6 12" stroke="#007f3b"></path></svg>`;
const cross = `<svg class="nhsuk-icon nhsuk-icon__cross" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" width="34" height="34">
<path d="M17 18.5c-.4 0-.8-.1-1.1-.4l-10-10c-.6-.6-.6-1.6 0-2.1.6-.6 1.5-.6 2.1 0l10 10c.6.6.6 1.5 0 2.1-.3.3-.6.4-1 .4z" fill="#d5281b"></path></svg>`;
const arrow = `<svg class="nhsuk-icon nhsuk-icon__arrow-right-circle" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" width="36"
height="36">
<path d="M0 0h24v24H0z" fill="none"></path><path
d="M12 2a10 10 0 0 0-9.95 9h11.64L9.74 7.05a1 1 0 0 1 1.41-1.41l5.66 5.65a1 1 0 0 1 0 1.42l-5.66 5.65a1 1 0 0 1-1.41 0
1 1 0 0 1 0-1.41L13.69 13H2.05A10 10 0 1 0 12 2z"></path></svg>`;
const ul = (a: readonly string[], cls = ''): string => `<ul${cls}>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const care = (kind: 'non-urgent' | 'urgent', hidden: string, heading: string, items: readonly string[], action?: string): string => `<div class="nhsuk-card
nhsuk-card--care nhsuk-card--care--${kind}"><div class="nhsuk-card--care__heading-container"><h3 class="nhsuk-card--care__heading"><span role="text"><span
class="nhsuk-u-visually-hidden">${hidden} </span>${heading}</span></h3><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div>
<div class="nhsuk-card__content">${ul(items)}${
  action
    ? `<div class="nhsuk-action-link"><a class="nhsuk-action-link__link" href="https://111.nhs.uk/">${arrow}<span
class="nhsuk-action-link__text">${action}</span></a></div>`
    : ''
}</div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - NHS</title>
<meta name="description"
content="Find out about chilblains, including what they look like, how to ease them yourself, when to get medical help and how to prevent them.">
<link rel="canonical" href="https://www.nhs.uk/conditions/chilblains/"><meta property="og:title" content="${title}"><meta property="og:site_name"
content="nhs.uk">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary"><meta name="twitter:site" content="@NHSUK">
<link rel="stylesheet" href="/static/nhsuk/css/nhsuk-9.1.0.min.css"><script src="/static/nhsuk/js/nhsuk-9.1.0.min.js" defer></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"${title}","url":"https://www.nhs.uk/conditions/chilblains/",
"description":"Find out about
chilblains","lastReviewed":["2024-01-19T10:12:00+00:00","2027-01-19T10:12:00+00:00"],"about":{"@type":"MedicalCondition","name":"${title}"},
"breadcrumb":{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":0,"item":{"@id":"https://www.nhs.uk/","name":"Home"}},
{"@type":"ListItem",
"position":1,"item":{"@id":"https://www.nhs.uk/conditions/","name":"Health A to Z"}}]},"publisher":{"@type":"Organization","name":"NHS website"}}</script>
<script src="https://assets.nhs.uk/scripts/cookie-consent.js" data-nobanner></script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>${cookie[0]}</h2><p>${cookie[1]}</p><p>${cookie[2]}</p><p>Let us know if this is OK. We\u2019ll use a cookie to save your choice. You can <a
id="nhsuk-cookie-banner__link" href="/our-policies/cookies-policy/">read more about our cookies</a> before you choose.</p><ul><li><button class="nhsuk-button"
id="nhsuk-cookie-banner__link_accept_analytics" href="#">${cookie[4]}</button></li><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept"
href="#">${cookie[5]}</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo"><a class="nhsuk-header__link" href="/"
aria-label="NHS homepage"><svg class="nhsuk-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 16" height="40" width="100"><path
class="nhsuk-logo__background"
fill="#005eb8" d="M0 0h40v16H0z"></path><path class="nhsuk-logo__text" fill="#fff" d="M3.9 1.5h4.4l2.6 9h.1l1.8-9h3.3l-2.8 13H9l-2.7-9h-.1l-1.8 9H1.1M17.3
1.5h3.6l-1 4.9h4L25 1.5h3.5l-2.7 13h-3.5l1.1-5.6h-4.1l-1.2 5.6h-3.4"></path></svg></a></div><div class="nhsuk-header__content" id="content-header">
<div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search"><form class="nhsuk-header__search-form" id="search"
action="https://www.nhs.uk/search/" method="get" role="search"><label class="nhsuk-u-visually-hidden" for="search-field">Search the NHS website</label>
<input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off"><button class="nhsuk-search__submit"
type="submit"><svg class="nhsuk-icon nhsuk-icon__search" viewBox="0 0 24 24" aria-hidden="true"><path
d="M19.71 18.29l-4.11-4.1a7 7 0 1 0-1.41 1.41l4.1 4.11"></path>
</svg><span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation">
<ul class="nhsuk-header__navigation-list">${links(nav, 'nhsuk-header__navigation-item')}<li class="nhsuk-mobile-menu-container"><button
class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false"><span class="nhsuk-u-visually-hidden">Browse
</span>More</button>
</li></ul></nav></div></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list"><li
class="nhsuk-breadcrumb__item"><a
class="nhsuk-breadcrumb__link" href="/">Home</a></li><li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/conditions/">Health A to
Z</a></li>
</ol><p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/conditions/"><span class="nhsuk-u-visually-hidden">Back to
&nbsp;</span>Health A
to Z</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row"><div
class="nhsuk-grid-column-two-thirds">
<section><h1>${title}</h1></section>
<section><div class="nhsuk-u-reading-width">${ps(intro)}</div></section>
<section><h2 id="check-if-you-have-chilblains">Check if you have chilblains</h2>${ps(check)}${ul(places)}${ps(check2)}${ul(symptoms)}
<div class="nhsuk-image"><figure class="nhsuk-image"><img class="nhsuk-image__img"
src="https://assets.nhs.uk/nhsuk-cms/images/S_0120_chilblains_toes.width-320.jpg"
alt="Red and swollen patches on the tops of 3 toes on white skin." srcset="https://assets.nhs.uk/nhsuk-cms/images/S_0120_chilblains_toes.width-640.jpg 640w">
<figcaption class="nhsuk-image__caption"><p>${caption}</p><p class="nhsuk-body-s">${credit}</p></figcaption></figure></div></section>
<section><h2 id="things-you-can-do">Things you can do to help chilblains</h2>${ps(selfIntro)}
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Do</h3><ul class="nhsuk-list nhsuk-list--tick" role="list">
${dos.map((t) => `<li>${tick}${t}</li>`).join('\n')}</ul></div>
<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Don\u2019t</h3><ul class="nhsuk-list nhsuk-list--cross" role="list">
${donts.map((t) => `<li>${cross}${t}</li>`).join('\n')}</ul></div></section>
<section><h2 id="a-pharmacist-can-help">A pharmacist can help with chilblains</h2>${ps(pharmacy)}
<div class="nhsuk-action-link"><a class="nhsuk-action-link__link" href="/service-search/pharmacy/find-a-pharmacy/">${arrow}<span
class="nhsuk-action-link__text">Find a pharmacy</span></a></div></section>
<section>${care('non-urgent', 'Non-urgent advice:', 'See a GP if:', gpIf)}
${care('urgent', 'Urgent advice:', 'Ask for an urgent GP appointment or get help from NHS 111 if:', urgentIf, 'Get help from 111 online')}
<p>You can call 111 or go to <a href="https://111.nhs.uk/">111.nhs.uk</a>.</p></section>
<section><h2 id="treatment-from-a-gp">Treatment for chilblains from a GP</h2>${ps(gp)}</section>
<section><h2 id="causes">Causes of chilblains</h2>${ps(causes)}${ul(risks)}</section>
<section><h2 id="how-to-prevent">How to prevent chilblains</h2>${ps(prevent)}<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information:
</span>
${ps(inset)}</div></section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">${reviewed[0]}<br>${reviewed[1]}</p></div>
</div></div></main></div>
<div class="nhsuk-width-container"><div class="nhsuk-feedback-banner" id="nhsuk-feedback-banner"><h2>${feedback[0]}</h2><p>${feedback[1]}</p><a
class="nhsuk-button
nhsuk-button--secondary" href="https://feedback.digital.nhs.uk/jfe/form/SV_chilblains">${feedback[2]}</a><button
class="nhsuk-feedback-banner__close">Close</button></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer">${footLists
  .map(
    (l, i) => `<ul
class="nhsuk-footer__list nhsuk-footer__list--${i + 1}">${links(l, 'nhsuk-footer__list-item')}</ul>`,
  )
  .join('\n')}
</div><div><p class="nhsuk-footer__copyright">© NHS England</p></div></div></div></footer></body></html>`;
const nhs: TestPage = {
  name: 'heldout133-nhs-condition-page',
  kind: 'wiki',
  html,
  // care-card and Do / Don't headings are headings; their visually hidden prefixes ("Non-urgent advice:") are in neither list;
  // the hidden "Information:" prefix of the inset text is in neither list; action links, the caption and credit, the review
  // dates (bylines), the cookie banner, breadcrumb, feedback banner and footer are furniture
  title,
  headings: [
    'Check if you have chilblains',
    'Things you can do to help chilblains',
    'Do',
    'Don\u2019t',
    'A pharmacist can help with chilblains',
    'See a GP if:',
    'Ask for an urgent GP appointment or get help from NHS 111 if:',
    'Treatment for chilblains from a GP',
    'Causes of chilblains',
    'How to prevent chilblains',
  ],
  body: texts([...intro, ...check, ...places, ...check2, ...symptoms, ...selfIntro, ...dos, ...donts, ...pharmacy, ...gpIf, ...urgentIf]).concat(
    texts(['You can call 111 or go to 111.nhs.uk.', ...gp, ...causes, ...risks, ...prevent, ...inset]),
  ),
  bylines: reviewed,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...cookie, 'Skip to main content', 'Search the NHS website', 'Search', ...nav, 'Browse More', 'Home', 'Back to Health A to Z', caption, credit,
    'Find a pharmacy', 'Get help from 111 online', ...feedback, 'Close', 'Support links', ...footLists.flat(), '© NHS England',
  ])],
};

export const HELDOUT133_F: readonly TestPage[] = [nhs, medlineTopic];
