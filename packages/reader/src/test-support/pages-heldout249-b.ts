import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpClinicBlog } from './pages-heldout249-b2.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file b: a national health service's condition page on the nhsuk-frontend templates (header with
 * search, the emergency banner, breadcrumb, the "On this page" contents, inset text, urgent and non-urgent care cards,
 * the "Page last reviewed" review dates, the feedback banner and footer) and, from file b2, a clinic's WordPress blog.
 */
const nTitle = 'Tonsillitis';
const nIntro = [
  'Tonsillitis is when your tonsils become infected. It’s common in children but adults can get it too.',
  'It usually gets better on its own after 3 to 4 days.',
];
const nH = [
  'Check if you have tonsillitis',
  'How you can treat tonsillitis yourself',
  'A pharmacist can help with tonsillitis',
  'Treatment for tonsillitis from a GP',
  'Tonsillitis is spread by coughs and sneezes',
];
const nCheck = ['The main symptoms of tonsillitis are:'];
const nCheckList = ['a sore throat', 'problems swallowing', 'a high temperature of 38C or above', 'coughing', 'a headache', 'feeling sick', 'earache'];
const nInset = 'Young children with tonsillitis may not be able to tell you about a sore throat. Check whether they’re not eating or drinking as usual.';
const nTreat = ['To help ease the symptoms of tonsillitis:'];
const nTreatList = [
  'get plenty of rest',
  'drink cool drinks to soothe your throat',
  'take paracetamol or ibuprofen (do not give aspirin to children under 16)',
  'gargle with warm salty water (children should not try this)',
];
const nPharm = [
  j(
    'You can ask a pharmacist about ways of relieving the pain and discomfort of tonsillitis, such as throat lozenges,',
    'throat sprays or antiseptic solutions.',
  ),
  'They may also be able to give you antibiotics for tonsillitis if your symptoms are severe and you’re aged 5 or over.',
];
const nCardGp = 'See a GP if:';
const nGpList = ['your symptoms do not get better after 1 week', 'you often get throat infections or tonsillitis', 'you have a weakened immune system'];
const nGp = [
  j(
    'A GP will look at your throat and ask about your symptoms. If they think it’s caused by bacteria, they may prescribe',
    'antibiotics. Most cases are caused by a virus and antibiotics will not help.',
  ),
  'You may need an operation to remove your tonsils if you have severe tonsillitis that keeps coming back.',
];
const nCardUrgent = 'Call 999 or go to A&E if:';
const nUrgentList = ['you’re drooling or having difficulty swallowing', 'you’re having difficulty breathing', 'you have a very sore throat on one side'];
const nSpread = [
  j(
    'Tonsillitis itself is not contagious, but the infections that cause it are. To reduce the chance of passing an infection',
    'on, try to stay off work or school until you feel better, use tissues when you cough or sneeze and wash your hands often.',
  ),
];
const nNav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'Health services near you'];
const nFoot = ['Health Service Direct sites', 'About us', 'Contact us', 'Sitemap', 'Our policies', 'Accessibility statement', 'Cookies'];
const li = (items: string[]): string => items.map((i) => `<li>${i}</li>`).join('\n');
const card = (kind: string, hidden: string, h: string, items: string[]): string => `<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--${kind}">
<div class="nhsuk-card--care__heading-container"><h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">${hidden}
</span>${h}</span></h3><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div>
<div class="nhsuk-card__content"><ul>${li(items)}</ul></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="nhsuk-template"><head><meta charset="utf-8">
<title>Tonsillitis - Health Service Direct</title><meta name="description" content="Find out about tonsillitis, including symptoms and treatment.">
<link rel="canonical" href="https://www.healthservicedirect.example/conditions/tonsillitis/"><meta property="og:site_name" content="Health Service Direct">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"Tonsillitis","lastReviewed":["2024-06-12",
"2027-06-12"],"author":{"@type":"Organization","name":"Health Service Direct"},"about":{"@type":"MedicalCondition","name":"Tonsillitis"}}</script>
<link rel="stylesheet" href="/static/css/nhsuk-9.1.0.min.css"><script src="/static/js/nhsuk-9.1.0.min.js" defer></script></head>
<body class="js-enabled"><div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><div class="nhsuk-width-container">
<h2>Cookies on the Health Service Direct website</h2><p>We’ve put some small files called cookies on your device to make our site work.</p>
<p>We’d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.</p>
<ul><li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I’m OK with analytics cookies</button></li>
<li><button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></li></ul></div></div></div>
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="Health Service Direct homepage"><span class="nhsuk-header__service-name">Health Service
Direct</span></a></div>
<div class="nhsuk-header__search"><form class="nhsuk-header__search-form" action="/search/"><label class="nhsuk-u-visually-hidden"
for="search-field">Search the Health Service Direct website</label><input class="nhsuk-search__input" id="search-field" type="search"></form></div></div>
<div class="nhsuk-navigation-container"><nav class="nhsuk-navigation" aria-label="Primary navigation"><ul class="nhsuk-header__navigation-list">
${links(nNav, 'nhsuk-header__navigation-item')}</ul></nav></div></header>
<div class="nhsuk-global-alert" id="nhsuk-global-alert"><div class="nhsuk-width-container"><p class="nhsuk-global-alert__message">
Get help now if you need urgent mental health support or medical help for a stranger.</p></div></div>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/">Home</a></li>
<li class="nhsuk-breadcrumb__item"><a class="nhsuk-breadcrumb__link" href="/conditions/">Health A to Z</a></li></ol>
<p class="nhsuk-breadcrumb__back"><a class="nhsuk-breadcrumb__backlink" href="/conditions/">Back to Health A to Z</a></p></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><section><h1>${nTitle}</h1>${ps(nIntro)}</section>
<nav class="nhsuk-contents-list" role="navigation" aria-label="Pages in this guide"><h2 class="nhsuk-u-visually-hidden">On this page</h2>
<ol class="nhsuk-contents-list__list">${links(nH, 'nhsuk-contents-list__item')}</ol></nav>
<section><h2>${nH[0]}</h2>${ps(nCheck)}<ul>${li(nCheckList)}</ul>
<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span><p>${nInset}</p></div></section>
<section><h2>${nH[1]}</h2>${ps(nTreat)}<ul>${li(nTreatList)}</ul></section>
<section><h2>${nH[2]}</h2>${ps(nPharm)}
<p><a href="/service-search/pharmacy/find-a-pharmacy/">Find a pharmacy</a></p></section>
<section>${card('non-urgent', 'Non-urgent advice: ', nCardGp, nGpList)}</section>
<section><h2>${nH[3]}</h2>${ps(nGp)}</section>
<section>${card('emergency', 'Immediate action required: ', nCardUrgent, nUrgentList)}</section>
<section><h2>${nH[4]}</h2>${ps(nSpread)}</section>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 12 June 2024<br>Next review due: 12 June 2027</p></div>
</div></div></main></div>
<div class="nhsuk-width-container"><div class="nhsuk-card" id="feedback-banner"><div class="nhsuk-card__content">
<h2 class="nhsuk-card__heading">Help us improve our website</h2><p>Can you answer a quick question about your visit today?</p>
<p><a href="/feedback">Take our survey</a></p></div></div></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><div class="nhsuk-width-container"><h2 class="nhsuk-u-visually-hidden">Support links</h2>
<div class="nhsuk-footer"><ul class="nhsuk-footer__list">${links(nFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Crown copyright</p></div></div></div></footer>
<script>var adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"category":{"primaryCategory":"conditions"}}});</script>
</body></html>`;
const nhsCondition: TestPage = {
  name: 'heldout249-nhsuk-frontend-condition',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: [nH[0] ?? '', nH[1] ?? '', nH[2] ?? '', nCardGp, nH[3] ?? '', nCardUrgent, nH[4] ?? ''],
  body: texts([...nIntro, ...nCheck, ...nCheckList, nInset, ...nTreat, ...nTreatList, ...nPharm, ...nGpList, ...nGp, ...nUrgentList, ...nSpread]),
  bylines: ['Page last reviewed: 12 June 2024', 'Next review due: 12 June 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on the Health Service Direct website', 'We’ve put some small files called cookies on your device to make our site work.',
    'We’d also like to use analytics cookies. These send information about how our site is used to a service called Adobe Analytics.',
    'I’m OK with analytics cookies', 'Do not use analytics cookies', 'Skip to main content', 'Search the Health Service Direct website', ...nNav,
    'Get help now if you need urgent mental health support or medical help for a stranger.', 'Home', 'Back to Health A to Z', 'On this page',
    'Information:', 'Find a pharmacy', 'Non-urgent advice:', 'Immediate action required:', 'Help us improve our website',
    'Can you answer a quick question about your visit today?', 'Take our survey', 'Support links', ...nFoot, '© Crown copyright',
  ],
};

export const HELDOUT249_B: readonly TestPage[] = [nhsCondition, wpClinicBlog];
