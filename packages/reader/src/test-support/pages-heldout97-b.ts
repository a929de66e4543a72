import { links, type TestPage, texts } from './page-kit.js';
import { cdcPage } from './pages-heldout97-b2.js';

/**
 * Held-out batch 97, file b: an NHS (UK) style condition page built with nhsuk-frontend on an invented national health
 * service's site (the cookie banner, skip link, header with search and nav, breadcrumb with its back link, the page with
 * "Check if you have", tick/cross "Do" and "Don't" lists, "Find a pharmacy" action link, care cards with visually hidden
 * urgency labels, a video section with "Media last reviewed" and "Media review due", the "Page last reviewed" and "Next
 * review due" lines, the feedback banner and the footer) and, from file b2, a CDC style page.
 */
const nhTitle = 'Tonsillitis';
const nhIntro = [
  'Tonsillitis is an infection of the tonsils at the back of your throat. It’s common in children but teenagers and adults can get ' +
    'it too. It usually gets better on its own after a few days.',
];
const nhCheck = ['The main symptoms of tonsillitis are:'];
const nhSymptoms = ['a sore throat', 'problems swallowing', 'a high temperature', 'coughing', 'a headache', 'feeling sick', 'earache', 'feeling tired'];
const nhCheck2 = [
  'Swollen tonsils can have white pus-filled spots, and the glands in your neck may feel tender and swollen.',
  'It can be hard to tell if a younger child has tonsillitis. They may be off their food, drool more than usual or be unusually ' + 'tired or grumpy.',
];
const nhSelf = ['Tonsillitis usually gets better on its own after 3 to 4 days. To help relieve symptoms:'];
const nhDo = [
  'get plenty of rest',
  'drink cool drinks to soothe the throat',
  'take paracetamol or ibuprofen (do not give aspirin to children under 16)',
  'gargle with warm salty water (children should not try this)',
];
const nhDont = ['do not smoke or go to smoky places'];
const nhPharm = [
  'You can ask a pharmacist about ways of relieving the pain and discomfort of tonsillitis, such as lozenges, throat sprays and ' + 'antiseptic solutions.',
];
const nhGp = [
  'your symptoms do not improve after 4 days',
  'you have pain and swelling in your throat and find it hard to eat and drink',
  'you have a very high temperature, or feel hot and shivery',
  'you have a weakened immune system, for example because of chemotherapy or diabetes',
];
const nhGp2 = ['You may have a bacterial infection that needs treatment with antibiotics.'];
const nh999 = ['you have difficulty breathing', 'you’re drooling, which may be because you cannot swallow'];
const nhTreat = [
  'Your GP will look at your throat and may use a cotton bud to take a swab from your tonsils. They’ll usually only prescribe ' +
    'antibiotics if they think the infection is caused by bacteria.',
  'You might be referred to a specialist to talk about having your tonsils removed if you have severe tonsillitis that keeps ' +
    'coming back, or if it causes breathing problems. This is not done very often.',
];
const nhSpread = [
  'Tonsillitis itself is not contagious, but the infections that cause it are. To reduce the chance of spreading an infection, ' +
    'stay off work or keep your child off school until they feel better, cover your mouth and nose when you cough or sneeze, ' +
    'and wash your hands often.',
];
const nhVideo = ['In this video, a GP describes the symptoms of tonsillitis and explains what you can do to ease them.'];
const nhH = {
  check: 'Check if you have tonsillitis',
  self: 'Things you can do yourself',
  pharm: 'A pharmacist can help with tonsillitis',
  gp: 'See a GP if:',
  call: 'Call 999 if:',
  treat: 'Treatments for tonsillitis from a GP',
  spread: 'How to avoid spreading tonsillitis',
  video: 'Video: tonsillitis',
};
const nhNav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'ACS services'];
const nhCookie = [
  'Cookies on the ACS website',
  'We’ve put some small files called cookies on your device to make our site work.',
  'We’d also like to use analytics cookies. These send information about how our site is used to a service called Lumen Analytics. ' +
    'We use this information to improve our site.',
  'Let us know if this is OK. We’ll use a cookie to save your choice. You can read more about our cookies before you choose.',
  'I’m OK with analytics cookies',
  'Do not use analytics cookies',
];
const nhFoot = ['Home', 'ACS sites', 'About us', 'Contact us', 'Profile editor login', 'Sitemap', 'Accessibility statement', 'Our policies', 'Cookies'];
const nhFeedback = ['Help us improve our website', 'Can you answer a quick question about your visit today?', 'Take our survey'];
const nhList = (items: readonly string[], cls = 'nhsuk-list nhsuk-list--bullet'): string =>
  `<ul class="${cls}">${items.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const nhPs = (items: readonly string[]): string => items.map((t) => `<p>${t}</p>`).join('\n');
const nhCard = (kind: string, hidden: string, head: string, inner: string): string => `<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--${kind}">
<div class="nhsuk-card--care__heading-container"><h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">${hidden}</span>
${head}</span></h3><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div><div class="nhsuk-card__content">${inner}</div></div>`;
const nhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Tonsillitis - ACS</title><meta name="description" content="Find out about tonsillitis, including what the symptoms are, what you can do to
treat it yourself and when to see a GP."><meta property="og:title" content="Tonsillitis"><meta property="og:site_name" content="acs.example">
<link rel="canonical" href="https://www.acs.example/conditions/tonsillitis/"><link rel="stylesheet" href="/static/nhsuk/css/nhsuk-9.1.0.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Tonsillitis","lastReviewed":"2024-03-14",
"about":{"@type":"MedicalCondition","name":"Tonsillitis"},"publisher":{"@type":"Organization","name":"Albion Care Service website"}}</script>
<script src="/static/nhsuk/js/nhsuk-9.1.0.min.js" defer></script><script src="https://assets.adobedtm.example/launch-EN12.min.js" async></script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner" role="banner"><div class="nhsuk-width-container">
<h2>${nhCookie[0]}</h2><p>${nhCookie[1]}</p><p>${nhCookie[2]}</p><p>Let us know if this is OK. We’ll use a cookie to save your choice. You can
<a id="nhsuk-cookie-banner__link" href="/our-policies/cookies-policy/">read more about our cookies</a> before you choose.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">${nhCookie[4]}</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">${nhCookie[5]}</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo"><a class="nhsuk-header__link"
href="/" aria-label="ACS homepage"><svg class="nhsuk-logo" role="img" focusable="false" viewBox="0 0 40 16"><path fill="#fff" d="M0 0h40v16H0z"></path>
</svg></a></div><div class="nhsuk-header__search"><div class="nhsuk-header__search-wrap" id="wrap-search"><form class="nhsuk-header__search-form"
id="search" action="/search/" method="get" role="search"><label class="nhsuk-u-visually-hidden" for="search-field">Search the ACS website</label>
<input class="nhsuk-search__input" id="search-field" name="q" type="search" placeholder="Search" autocomplete="off">
<button class="nhsuk-search__submit" type="submit"><span class="nhsuk-u-visually-hidden">Search</span></button></form></div></div></div>
<nav class="nhsuk-navigation" id="header-navigation" role="navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">
${links(nhNav, 'nhsuk-header__navigation-item')}
<li class="nhsuk-mobile-menu-container"><button class="nhsuk-header__menu-toggle nhsuk-header__navigation-link" id="toggle-menu" aria-expanded="false">
<span class="nhsuk-u-visually-hidden">Browse </span>More</button></li></ul></nav></header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/conditions/">Health A to Z</a></li></ol>
<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/conditions/"><span class="nhsuk-u-visually-hidden">Back to &nbsp;</span>
Health A to Z</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><section><h1>${nhTitle}</h1></section>
<article><section><p class="nhsuk-lede-text">${nhIntro[0]}</p></section>
<section><h2>${nhH.check}</h2>${nhPs(nhCheck)}${nhList(nhSymptoms)}${nhPs(nhCheck2)}
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="https://assets.acs.example/prod/images/S_0118_tonsillitis_M1500122.width-320.jpg"
alt="Close-up of a person’s open mouth showing red, swollen tonsils with white spots."><figcaption class="nhsuk-image__caption">Tonsillitis can
cause swollen tonsils with white spots</figcaption></figure></section>
<section><h2>${nhH.self}</h2>${nhPs(nhSelf)}<div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Do</h3>
${nhList(nhDo, 'nhsuk-list nhsuk-list--tick')}</div><div class="nhsuk-do-dont-list"><h3 class="nhsuk-do-dont-list__label">Don’t</h3>
${nhList(nhDont, 'nhsuk-list nhsuk-list--cross')}</div></section>
<section><h2>${nhH.pharm}</h2>${nhPs(nhPharm)}<div class="nhsuk-action-link">
<a class="nhsuk-action-link__link" href="/service-search/pharmacy/find-a-pharmacy/">
<svg class="nhsuk-icon nhsuk-icon__arrow-right-circle" aria-hidden="true" width="36" height="36"></svg>
<span class="nhsuk-action-link__text">Find a pharmacy</span>
</a></div></section>
<section>${nhCard('non-urgent', 'Non-urgent advice: ', nhH.gp, nhList(nhGp) + nhPs(nhGp2))}</section>
<section>${nhCard('emergency', 'Immediate action required: ', nhH.call, nhList(nh999))}</section>
<section><h2>${nhH.treat}</h2>${nhPs(nhTreat)}</section>
<section><h2>${nhH.spread}</h2>${nhPs(nhSpread)}</section>
<section><h2>${nhH.video}</h2>${nhPs(nhVideo)}<div class="app-brightcove-video"><video-js data-video-id="6290117312001" data-player="default"
data-embed="default" class="vjs-fluid"></video-js></div><p class="nhsuk-body-s nhsuk-u-margin-top-3">Media last reviewed: 2 June 2023<br>
Media review due: 2 June 2026</p></section></article>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 14 March 2024<br>Next review due: 14 March 2027</p></div>
</div></div></main></div>
<div class="nhsuk-feedback-banner" id="nhsuk-feedback-banner"><div class="nhsuk-width-container"><h2>${nhFeedback[0]}</h2><p>${nhFeedback[1]}
<a class="nhsuk-feedback-banner__link" href="https://feedback.acs.example/survey">${nhFeedback[2]}</a></p><button class="nhsuk-feedback-banner__close"
type="button">Close<span class="nhsuk-u-visually-hidden"> feedback invite</span></button></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nhFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Crown copyright</p></div></div></div></footer></body></html>`;
const nhsCondition: TestPage = {
  html: nhHtml,
  name: 'heldout97-nhs-condition-page',
  kind: 'docs',
  // the lede is body; the care cards' visible headings ("See a GP if:") and the "Do" / "Don't" labels are headings, their
  // visually hidden urgency prefixes in neither list; the video section's heading and description are article text, its
  // media review lines and the page review lines are bylines; the figure caption and "Find a pharmacy" are furniture
  title: nhTitle,
  headings: [nhH.check, nhH.self, 'Do', 'Don’t', nhH.pharm, nhH.gp, nhH.call, nhH.treat, nhH.spread, nhH.video],
  body: texts([...nhIntro, ...nhCheck, ...nhSymptoms, ...nhCheck2, ...nhSelf, ...nhDo, ...nhDont, ...nhPharm, ...nhGp, ...nhGp2, ...nh999]).concat(
    nhTreat,
    nhSpread,
    nhVideo,
  ),
  bylines: ['Media last reviewed: 2 June 2023', 'Media review due: 2 June 2026', 'Page last reviewed: 14 March 2024', 'Next review due: 14 March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    nhCookie[0] as string, nhCookie[1] as string, nhCookie[2] as string, 'read more about our cookies', nhCookie[4] as string, nhCookie[5] as string,
    'Skip to main content', 'Search the ACS website', 'Search', ...nhNav, 'Browse More', 'Back to Health A to Z',
    'Tonsillitis can cause swollen tonsils with white spots', 'Find a pharmacy', ...nhFeedback, 'Close feedback invite', 'Support links', ...nhFoot,
    '© Crown copyright',
  ],
};

export const HELDOUT97_B: readonly TestPage[] = [nhsCondition, cdcPage];
