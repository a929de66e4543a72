import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 43, file f2: a Mayo Clinic-style disease overview on a large clinic's health library (Next.js markup with
 * `cmp-` components: the OneTrust banner, the header with "Request appointment", log in, search and the mega menu, the
 * "Diseases & Conditions" kicker, the title with its tabs and print button, the overview with a figure and caption, h2 and
 * h3 sections with lead-in sentences and lists, the "Products & Services" box, ad slots with the endorsement notice, the
 * e-newsletter signup with its hidden states, "By ... Staff", "Show references", the date, the related links rails, the
 * request-an-appointment promo, the long footer and the `__NEXT_DATA__` script).
 */
const dzTitle = 'Chilblains';
/** Sections: heading (h3 when it starts with "- "), paragraphs, list items. */
const dzSections: [string, string[], string[]][] = [
  [
    'Overview',
    [
      'Chilblains are small, itchy and often painful patches of swollen skin that appear after time spent in cold, damp air. They ' +
        'usually form on the toes and fingers, but the ears, the nose and the backs of the heels can be affected too.',
      'The patches develop when tiny blood vessels near the surface of the skin tighten in the cold and then react badly as the skin ' +
        'warms up again. Most chilblains clear on their own in two to three weeks once the weather turns milder, although some people ' +
        'get them every winter.',
      'Keeping the hands and feet warm and dry, and letting them warm up slowly after being outdoors, is the best way to avoid chilblains.',
    ],
    [],
  ],
  [
    'Symptoms',
    ['Signs of chilblains can include:'],
    [
      'Red, purple or bluish patches on the skin, often on the toes.',
      'Itching or a burning feeling that gets worse in a warm room.',
      'Swelling of the affected skin.',
      'Blisters or small sores in more serious cases.',
      'Skin that looks shiny or feels tight.',
    ],
  ],
  [
    '- When to see a doctor',
    [
      'Contact a health care professional if the patches are very painful, haven’t healed after three weeks, or show signs of infection, ' +
        'such as pus or redness that spreads. People with diabetes or poor circulation should have any sore on the feet checked soon, ' +
        'because it may heal slowly.',
    ],
    [],
  ],
  [
    'Causes',
    [
      'The exact cause isn’t fully known. Chilblains seem to be an unusual reaction of the small blood vessels to cold followed by ' +
        'warming. When cold skin is heated too fast, for example by sitting close to a fire or putting the feet in hot water, blood can leak ' +
        'from the vessels into the nearby tissue. This causes swelling and irritation.',
    ],
    [],
  ],
  [
    'Risk factors',
    ['Things that may raise the risk of chilblains include:'],
    [
      'Tight shoes or clothing that limit blood flow in cold weather.',
      'Being female.',
      'Having a low body weight.',
      'Living somewhere that is cold and humid rather than cold and dry.',
      'Having poor circulation or a condition such as lupus or Raynaud’s phenomenon.',
    ],
  ],
  ['Complications', ['Chilblains can blister and break open. An open sore can become infected, and an infection may need treatment with antibiotics.'], []],
  [
    'Prevention',
    ['To lower the chance of getting chilblains:'],
    [
      'Dress in layers and wear gloves, a hat and warm, loose-fitting socks when it’s cold.',
      'Change out of wet socks and shoes as soon as you can.',
      'After being out in the cold, let your skin warm up gradually.',
      'Don’t smoke. Smoking narrows the blood vessels.',
    ],
  ],
];
const dzNav = ['Care at Northbridge Clinic', 'Health Library', 'For Medical Professionals', 'Research & Education', 'Giving to Northbridge Clinic'];
const dzLib = ['Diseases & Conditions', 'Tests & Procedures', 'Drugs & Supplements', 'Healthy Lifestyle', 'Books & Subscriptions'];
const dzTabs = ['Symptoms & causes', 'Diagnosis & treatment', 'Doctors & departments'];
const dzProducts = ['A Book: Northbridge Clinic Family Health Book', 'Newsletter: Northbridge Clinic Health Letter — Digital Edition'];
const dzRefs = [
  'Frostbite and other cold injuries. Northbridge Clinic Handbook of Dermatology. 9th ed. Northbridge Press; 2024.',
  'Pernio (chilblains). American Academy of Dermatology Association. Accessed Dec. 4, 2025.',
  'Whitlow RA, et al. Perniosis: Clinical features and management. Journal of Cutaneous Practice. 2023; 18:201.',
];
const dzRelated = ['Chilblains: Care at home', 'Frostbite', 'Raynaud’s disease'];
const dzFoot1 = [
  'Find a doctor',
  'Explore careers',
  'Sign up for free e-newsletter',
  'About Northbridge Clinic',
  'Contact Us',
  'Locations',
  'Price Transparency',
];
const dzFoot2 = ['Medical Professionals', 'Students', 'Researchers', 'International Patients', 'Charitable Care & Financial Assistance'];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const dzLegal = [
  'Terms & Conditions', 'Privacy Policy', 'Notice of Privacy Practices', 'Notice of Nondiscrimination', 'Accessibility Statement',
  'Advertising & Sponsorship Policy', 'Site Map', 'Manage Cookies',
];
const dzAd = 'Northbridge Clinic does not endorse companies or products. Advertising revenue supports our not-for-profit mission.';
const dzNews = [
  'Sign up for free and stay up to date on research advancements, health tips and expertise on managing health.',
  'Click here for an email preview.',
];
const adSlot = (n: number): string =>
  `<div class="cmp-advertisement" data-ad-slot="ad-${n}"><p class="cmp-advertisement__label">Advertisement</p><div id="ad-mobile-${n}"
class="ad-container"></div>` +
  `<div class="cmp-advertisement__disclaimer"><p>${dzAd}</p><ul>${links([
    'Advertising & Sponsorship',
    'Policy',
    'Opportunities',
    'Ad Choices',
  ])}</ul></div></div>`;
const dzSlug = (h: string): string => h.replace(/^- /, '').toLowerCase().replace(/ /g, '-');
const dzBodyHtml = dzSections
  .map(([h, ps, lis], i) => {
    const [lvl, text] = h.startsWith('- ') ? [3, h.slice(2)] : [2, h];
    const fig =
      i === 0
        ? `<figure class="cmp-image"><img src="/-/media/nc/images/health/illustration/chilblains-toes.jpg" alt="Chilblains on the toes" loading="lazy">` +
          `<figcaption class="cmp-image__caption"><p class="cmp-image__title">Chilblains</p><p>Chilblains often show up as red or purple swollen patches on
the toes ` +
          'after time in the cold.</p></figcaption></figure>'
        : '';
    return (
      `<div class="cmp-text" id="${dzSlug(h)}"><h${lvl}>${text}</h${lvl}>${fig}${ps.map((p) => `<p>${p}</p>`).join('')}` +
      `${lis.length > 0 ? `<ul>${lis.map((l) => `<li>${l}</li>`).join('')}</ul>` : ''}</div>${i === 1 || i === 4 ? adSlot(i) : ''}`
    );
  })
  .join('\n');
const dzHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${dzTitle} - Symptoms and causes -
Northbridge Clinic</title>
<meta name="description" content="Find out why cold, damp weather can cause itchy, swollen patches on the toes and fingers, and how to avoid them.">
<meta name="PublishDate" content="2026-01-22"><meta name="ContentType" content="disease-condition"><link rel="preload"
href="/_next/static/css/8d1e5ad3f1c2a0b7.css" as="style">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"${dzTitle} - Symptoms and causes",
"about":{"@type":"MedicalCondition",
"name":"${dzTitle}"},"lastReviewed":"2026-01-22","audience":"https://schema.org/Patient","publisher":{"@type":"Organization",
"name":"Northbridge Clinic"}}</script></head>
<body><div id="__next">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<h2 id="onetrust-policy-title">Your privacy choices</h2><p id="onetrust-policy-text">We use cookies and similar tools to run this site, to measure how it is
used and to
show you relevant advertising. You can accept all cookies or choose which ones to allow.</p><div id="onetrust-button-group"><button
id="onetrust-pc-btn-handler">Customize Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All</button></div></div></div></div>
<a class="cmp-skip-link" href="#main-content">Skip to content</a>
<header class="cmp-header"><div class="cmp-header__top"><a class="cmp-header__logo" href="/" aria-label="Northbridge Clinic home page"><svg role="img"
aria-hidden="true"
viewBox="0 0 120 40"><title>Northbridge Clinic</title><path d="M0 0h120v40H0z"></path></svg></a>
<div class="cmp-header__actions"><a class="cmp-button cmp-button--primary" href="/appointments">Request appointment</a>
<button class="cmp-header__login" aria-expanded="false" aria-controls="login-menu">Log in</button><ul id="login-menu"
hidden>${links(['Patient Online Services', 'Billing'])}</ul>
<button class="cmp-header__search-toggle" aria-label="Search"><span class="cmp-header__label">Search</span></button>
<button class="cmp-header__menu-toggle" aria-expanded="false" aria-controls="mega-menu"><span class="cmp-header__label">Menu</span></button></div></div>
<nav id="mega-menu" class="cmp-mega-menu" aria-label="Main navigation" hidden><ul class="cmp-mega-menu__list">${links(dzNav, 'cmp-mega-menu__item')}</ul>
<div class="cmp-mega-menu__panel"><h2 class="cmp-mega-menu__panel-title">Health Library</h2><ul>${links(dzLib)}</ul></div></nav></header>
<main id="main-content" class="cmp-main"><div class="cmp-layout cmp-layout--article">
<div class="cmp-breadcrumb"><a href="/diseases-conditions" class="cmp-breadcrumb__link">Diseases &amp; Conditions</a></div>
<div class="cmp-title cmp-title--h1"><h1 class="cmp-title__text"><a
href="/diseases-conditions/chilblains/symptoms-causes/syc-20351097">${dzTitle}</a></h1></div>
<div class="cmp-tabs"><ol role="tablist" class="cmp-tabs__tablist">${dzTabs
  .map(
    (t, i) =>
      `<li role="tab" class="cmp-tabs__tab${i === 0 ? ' cmp-tabs__tab--active' : ''}" aria-selected="${i === 0}"><a
href="/diseases-conditions/chilblains/${i}">${t}</a></li>`,
  )
  .join('')}</ol></div>
<div class="cmp-print"><button class="cmp-button cmp-button--link" onclick="window.print()">Print</button></div>
<div class="cmp-layout__main">
${dzBodyHtml}
<div class="cmp-content-box"><h2 class="cmp-content-box__title">Products &amp; Services</h2><ul>${links(dzProducts)}</ul><button class="cmp-button
cmp-button--link">Show more products from Northbridge Clinic</button></div>
<div class="cmp-newsletter" data-component="newsletter"><h2>From Northbridge Clinic to your inbox</h2>${dzNews.map((p) => `<p>${p}</p>`).join('')}
<form class="cmp-newsletter__form"><label for="nl-email">Email</label><input id="nl-email" type="email" name="email" required>
<p class="cmp-newsletter__error" hidden>Error: Email field is required</p><p class="cmp-newsletter__error" hidden>Error: Include a valid email address</p>
<button type="submit" class="cmp-button cmp-button--primary">Subscribe!</button></form>
<div class="cmp-newsletter__success" hidden><h3>Thank you for subscribing!</h3><p>You’ll soon start receiving the latest health information you requested in
your inbox.</p></div>
<div class="cmp-newsletter__failure" hidden><h3>Sorry something went wrong with your subscription</h3><p>Please, try again in a couple of
minutes</p><button>Retry</button></div></div>
<div class="cmp-byline"><p class="cmp-byline__author">By Northbridge Clinic Staff</p>
<div class="cmp-references"><button class="cmp-references__toggle" aria-expanded="false" aria-controls="refs">Show references</button>
<ol id="refs" class="cmp-references__list" hidden>${dzRefs.map((r) => `<li>${r}</li>`).join('')}</ol></div>
<p class="cmp-byline__date"><time datetime="2026-01-22">Jan. 22, 2026</time></p>
<p class="cmp-byline__print"><a href="/diseases-conditions/chilblains/symptoms-causes/syc-20351097?p=1">Print</a></p>
<p class="cmp-byline__permissions"><a href="/about-this-site/reprint-permissions">Reprint Permissions</a></p>
<p class="cmp-byline__notice">A single copy of these materials may be reprinted for noncommercial personal use only. “Northbridge Clinic,” and the triple-shield
Northbridge Clinic logo are trademarks of Northbridge Foundation for Medical Education and Research.</p></div>
<div class="cmp-related"><h2>Related</h2><ul>${links(dzRelated)}</ul><h2>Associated Procedures</h2><ul>${links(['Skin biopsy'])}</ul>
<h2>News from Northbridge Clinic</h2><ul>${links(['Cold-weather skin care: What helps and what doesn’t'])}</ul></div></div>
<aside class="cmp-layout__rail"><div class="cmp-promo"><h2>Request an appointment</h2><p>Our dermatology teams see people with cold-related skin problems
every winter.</p>
<a class="cmp-button cmp-button--primary" href="/appointments?dept=dermatology">Make an appointment</a></div>${adSlot(9)}</aside></div></main>
<footer class="cmp-footer"><div class="cmp-footer__columns"><ul>${links(dzFoot1)}</ul><ul>${links(dzFoot2)}</ul></div>
<div class="cmp-footer__language"><label for="lang">Language:</label><select id="lang"><option>English</option><option>Español</option><option>العربية</option>
<option>简体中文</option></select></div><ul class="cmp-footer__legal">${links(dzLegal)}</ul>
<p class="cmp-footer__copyright">© 1998-2026 Northbridge Foundation for Medical Education and Research (NFMER). All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"syc-20351097","title":"${dzTitle}","section":"symptoms-causes",
"publishDate":"2026-01-22"}},"page":"/diseases-conditions/[slug]/[section]/[id]","buildId":"Xy2kQ9dLmN0pR4sT","isFallback":false,"gssp":true}</script>
</body></html>`;
export const diseaseOverview: TestPage = {
  html: dzHtml,
  name: 'heldout43-disease-overview',
  kind: 'docs',
  // the section text is the body: paragraphs, the lead-in sentences ("Signs of chilblains can include:") and the list items;
  // the h2 and h3 section titles, "Overview" first, are the headings; "By Northbridge Clinic Staff" and the date are the
  // bylines; the figure's title and caption, the tabs, print links, the "Products & Services" box, ad labels with the
  // endorsement notice (once), the newsletter with its hidden states, "Show references" and the hidden reference list, the
  // reprint notice, related links, the appointment promo, OneTrust banner, header, menus and footer are furniture; the
  // kicker "Diseases & Conditions" is a menu link too (listed once); the figure title "Chilblains" is the page title (neither)
  title: dzTitle,
  headings: dzSections.map(([h]) => h.replace(/^- /, '')),
  body: dzSections.flatMap(([, ps, lis]) => [...texts(ps), ...lis]),
  bylines: ['By Northbridge Clinic Staff', 'Jan. 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy choices', 'We use cookies and similar tools to run this site, to measure how it is used and to show you relevant advertising.',
    'Customize Settings', 'Reject All', 'Accept All', 'Skip to content', 'Northbridge Clinic', 'Request appointment', 'Log in', 'Patient Online Services',
    'Billing', 'Search', 'Menu', ...dzNav, ...dzLib, ...dzTabs, 'Print',
    'Chilblains often show up as red or purple swollen patches on the toes after time in the cold.', 'Advertisement', dzAd, 'Advertising & Sponsorship',
    'Policy', 'Opportunities', 'Ad Choices', 'Products & Services', ...dzProducts, 'Show more products from Northbridge Clinic',
    'From Northbridge Clinic to your inbox', ...dzNews, 'Email', 'Error: Email field is required', 'Error: Include a valid email address', 'Subscribe!',
    'Thank you for subscribing!', 'You’ll soon start receiving the latest health information you requested in your inbox.',
    'Sorry something went wrong with your subscription', 'Please, try again in a couple of minutes', 'Retry', 'Show references', ...dzRefs,
    'Reprint Permissions', 'A single copy of these materials may be reprinted for noncommercial personal use only.', 'Related', ...dzRelated,
    'Associated Procedures', 'Skin biopsy', 'News from Northbridge Clinic', 'Cold-weather skin care: What helps and what doesn’t', 'Request an appointment',
    'Our dermatology teams see people with cold-related skin problems every winter.', 'Make an appointment', ...dzFoot1, ...dzFoot2, 'Language:',
    'English', 'Español', 'العربية', '简体中文', ...dzLegal, '© 1998-2026 Northbridge Foundation for Medical Education and Research (NFMER). All rights reserved.',
  ],
};
