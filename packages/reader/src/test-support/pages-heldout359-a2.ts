import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout359-kit.js';

/**
 * Held-out batch 359, file a2: a Red Cross-style open-shelters update on an Adobe Experience Manager template (the global
 * header with Donate button, region selector, breadcrumb, the "Updated" line, the shelter listing as cards, a donate promo
 * strip, the "How you can help" tiles, the newsletter sign-up, the cookie banner and the footer). The page is a listing:
 * its intro, the shelter cards' names, addresses and notes and the closing paragraph are the body.
 */
const rTitle = 'Open Shelters in Western Calder: Storm Response Update';
const rIntro = [
  j(
    'Red Shield Relief volunteers are running six emergency shelters across western Calder tonight for people forced from their',
    'homes by flooding along the Millbeck and Tarrow rivers. Everyone is welcome; you do not need to show identification or proof',
    'of residence to stay.',
  ),
  j(
    'Shelters provide a safe place to sleep, meals, water, health services and emotional support. If you can stay with friends or',
    'family, please do, and visit a shelter during the day for meals and to register for assistance.',
  ),
  j(
    'Trained disaster mental health and health services volunteers are at every location, and caseworkers can help you plan your next',
    'steps, replace lost prescriptions and eyeglasses, and connect with government assistance programs.',
  ),
];
const rH = ['Shelters open tonight', 'What to bring', 'Shelters that have closed'];
const rShelters: [string, string, string][] = [
  ['Ashby High School', '410 Orchard Lane, Ashby', 'Open 24 hours. Pets welcome in the adjoining gym.'],
  ['Corran Community Center', '22 Weir Street, Corran', 'Open 24 hours. Wheelchair accessible; cots and medical cots available.'],
  ['Millbeck First Methodist Church', '9 Chapel Row, Millbeck', 'Open 24 hours. Meals served at 8 a.m., noon and 6 p.m.'],
  ['Tarrow County Fairgrounds, Hall B', '1800 Fair Road, Tarrow', 'Open 24 hours. Space for service animals and small livestock.'],
  ['Glenrose Middle School', '315 Birch Avenue, Glenrose', 'Open 6 p.m. to 8 a.m. Day room at the public library.'],
  ['Orvale Civic Arena', '1 Arena Plaza, Orvale', 'Open 24 hours. Laundry and showers on site.'],
];
const rBring = ['Please bring the following if you can do so safely:'];
const rBringList = [
  'Prescription medicines and medical supplies',
  'Bedding and pillows, a change of clothes and toiletries',
  'Identification and important documents, if you have them',
  'Chargers for phones and other devices',
  'Special items for children, older family members or people with disabilities',
];
const rClosed = [
  j(
    'The shelters at Weir Valley Elementary School and the Ashby Senior Center closed on Monday after residents were able to return',
    'home. Anyone who stayed there and still needs a place to sleep has been moved to the Ashby High School shelter.',
  ),
  j('This list is updated at 9 a.m. and 6 p.m. daily. For the latest shelter information, call 1-800-555-0147 or download the', 'Red Shield Emergency app.'),
];
const card = ([name, addr, note]: [string, string, string]): string => `<div class="cmp-shelter-card" data-county="${addr.split(', ')[1] ?? ''}">
<h3 class="cmp-shelter-card__title">${name}</h3><p class="cmp-shelter-card__address">${addr}</p><p class="cmp-shelter-card__note">${note}</p>
<a class="cmp-shelter-card__map" href="https://maps.example.com/?q=${encodeURIComponent(addr)}" target="_blank" rel="noopener">Get directions</a></div>`;
const rNav = ['Get Help', 'Volunteer', 'Give Blood', 'Take a Class', 'About Us'];
const rCrumbs = ['Home', 'Get Help', 'Disaster Relief and Recovery Services', 'Find an Open Shelter'];
const rHelp = ['Make a financial donation', 'Sign up to volunteer', 'Schedule a blood donation'];
const rFoot = ['Contact Us', 'Careers', 'Financials', 'Media Relations', 'Privacy Policy', 'Terms of Use', 'Accessibility'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Open Shelters in Western Calder | Red Shield Relief</title>
<meta name="description" content="List of Red Shield Relief emergency shelters open tonight in western Calder.">
<meta property="og:title" content="${rTitle}"><meta property="og:type" content="website"><meta name="template" content="rc-content-page">
<link rel="canonical" href="https://www.redshield.example.org/get-help/disaster-relief/open-shelters.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${rTitle}","dateModified":"2026-05-12T18:00:00-05:00",
"publisher":{"@type":"NGO","name":"Red Shield Relief"}}</script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"pageInfo":{"pageName":"rc:get-help:open-shelters"}}});</script>
<link rel="stylesheet" href="/etc.clientlibs/redshield/clientlibs/clientlib-site.min.css" type="text/css"></head>
<body class="page basicpage"><div class="root container responsivegrid"><div id="container-1a2b" class="cmp-container">
<header class="experiencefragment global-header"><div class="cmp-experiencefragment cmp-experiencefragment--header">
<div class="rc-header"><a class="rc-header__logo" href="/"><img src="/content/dam/redshield/logo.svg" alt="Red Shield Relief"></a>
<nav class="rc-header__nav" aria-label="Main"><ul class="cmp-navigation__group">${links(rNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav>
<div class="rc-header__utility"><a class="rc-header__region" href="/local">Find Your Local Chapter</a>
<a class="rc-button rc-button--red rc-header__donate" href="/donate">Donate Now</a></div></div></div></header>
<div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(rCrumbs.slice(0, 3), 'cmp-breadcrumb__item')}<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>${rCrumbs[3] ?? ''}</span></li>
</ol></nav></div>
<main class="container responsivegrid rc-main"><div class="cmp-container">
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${rTitle}</h1></div></div>
<div class="text rc-updated"><div class="cmp-text"><p>Updated May 12, 2026, 6:00 p.m. CT</p></div></div>
<div class="text"><div class="cmp-text">${ps(rIntro)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${rH[0]}</h2></div></div>
<div class="shelter-list"><div class="cmp-shelter-list">
${rShelters.map(card).join('\n')}
</div></div>
<div class="teaser rc-promo-strip"><div class="cmp-teaser"><div class="cmp-teaser__content">
<p class="cmp-teaser__pretitle">Help people affected by the Calder floods</p>
<p class="cmp-teaser__description">Your gift enables Red Shield Relief to provide shelter, food and comfort.</p>
<a class="cmp-teaser__action-link" href="/donate/calder-floods">Give Today</a></div></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${rH[1]}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(rBring)}<ul>${rBringList.map((b) => `<li>${b}</li>`).join('\n')}</ul></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">${rH[2]}</h2></div></div>
<div class="text"><div class="cmp-text">${ps(rClosed)}</div></div>
<div class="rc-help-tiles"><h2 class="rc-help-tiles__title">How You Can Help</h2><ul class="rc-help-tiles__list">${links(rHelp, 'rc-help-tiles__item')}
</ul></div>
<div class="rc-newsletter"><form class="cmp-form" action="/bin/newsletter"><p class="rc-newsletter__title">Get Red Shield Relief news in your inbox</p>
<label for="nl-email">Email address</label><input id="nl-email" type="email" name="email"><button type="submit" class="cmp-form-button">Sign Up</button>
</form></div></div></main>
<footer class="experiencefragment global-footer"><div class="rc-footer"><ul class="rc-footer__links">${links(rFoot)}</ul>
<p class="rc-footer__legal">Red Shield Relief is a registered 501(c)(3) charitable organization.
© 2026 Red Shield Relief. All rights reserved.</p></div></footer>
</div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to improve your experience and to help us understand how you use our site.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="/etc.clientlibs/redshield/clientlibs/clientlib-site.min.js"></script></body></html>`;
export const shelters: TestPage = {
  name: 'heldout359-redcross-shelters-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [...rH.slice(0, 1), ...rShelters.map((s) => s[0]), ...rH.slice(1)],
  body: texts([...rIntro, ...rShelters.flatMap((s) => [s[1], s[2]]), ...rBring, ...rBringList, ...rClosed]),
  bylines: ['Updated May 12, 2026, 6:00 p.m. CT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Find Your Local Chapter', 'Donate Now', 'Home', 'Disaster Relief and Recovery Services', 'Find an Open Shelter', 'Get directions',
    'Help people affected by the Calder floods', 'Your gift enables Red Shield Relief to provide shelter, food and comfort.', 'Give Today',
    'How You Can Help', ...rHelp, 'Get Red Shield Relief news in your inbox', 'Email address', 'Sign Up', ...rFoot,
    'Red Shield Relief is a registered 501(c)(3) charitable organization. © 2026 Red Shield Relief. All rights reserved.',
    'We use cookies to improve your experience and to help us understand how you use our site.', 'Accept Cookies', 'Cookie Settings',
  ],
};
