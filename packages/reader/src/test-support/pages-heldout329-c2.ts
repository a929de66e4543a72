import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file c2: a UNHCR-style emergency appeal page on a Drupal site with a Gutenberg-like block layout: a
 * short main text under a full-width hero with its overlay call to action, a donation widget (monthly / one-off toggle, amount
 * buttons, "what your gift can do" lines), impact counters, "Latest updates" cards, a trust strip, sticky donate bar, cookie
 * banner and footer. A page whose main text is short and outweighed by its fundraising furniture.
 */
const rTitle = 'Halvenia emergency';
const rLead = [
  j(
    'Fighting that spread across northern Halvenia in February has forced more than 310,000 people from their homes in a',
    'matter of weeks. Most have fled on foot towards the border towns of Sarrin and Vell, carrying only what they could hold.',
  ),
  j(
    'Families are arriving exhausted, many after walking for several days in freezing temperatures. Women and children make up',
    'four in five of the new arrivals. Reception centres are already full, and thousands are sleeping in schools, mosques,',
    'churches and unfinished buildings.',
  ),
];
const rH1 = 'What we are doing';
const rP1 = ['Our teams were on the ground from the first days of the crisis, working with local authorities and partners. We are:'];
const rDo = [
  'distributing thermal blankets, sleeping mats, stoves and winter clothing at border crossings;',
  'setting up transit sites with heated tents, clean water and latrines;',
  'registering new arrivals so that they can get help and be reunited with their families;',
  'providing counselling and safe spaces for women and children who have experienced violence.',
];
const rH2 = 'Why your help is needed now';
const rP2 = [
  j(
    'Temperatures at night are falling to minus 15 degrees. Without shelter and warm clothing, young children and older people',
    'are at serious risk. Our appeal for the Halvenia emergency is only 19 per cent funded, and supplies in our regional',
    'warehouse will run out within three weeks unless new support arrives.',
  ),
  'Every donation, however small, helps a family get through the winter.',
];
const rMenu = ['About us', 'What we do', 'Where we work', 'Emergencies', 'News and stories', 'Get involved'];
const rAmounts = ['€30', '€60', '€120', 'Other amount'];
const rCounters: [string, string][] = [
  ['312,000', 'people displaced since February'],
  ['48,500', 'people reached with winter items'],
  ['19%', 'of the appeal funded'],
];
const rUpdates = [
  'Aid convoy reaches Vell as snowfall closes mountain road',
  'Refugee Agency chief calls for safe passage for civilians',
  'In pictures: a night at the Sarrin transit site',
];
const rFoot = ['Contact us', 'Careers', 'Privacy policy', 'Fraud warning', 'Terms of use', 'Accessibility'];
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Halvenia emergency | Refugee Agency of the Concord Nations</title>
<meta name="description" content="More than 310,000 people have fled fighting in northern Halvenia. Donate now to help families survive the winter.">
<meta property="og:title" content="Halvenia emergency"><meta property="og:image" content="https://www.rac.example/sites/default/files/halvenia-hero.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Halvenia emergency","dateModified":"2026-03-09"}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"page_type":"emergency","appeal_code":"HAL26"});</script>
<link rel="stylesheet" href="/themes/custom/rac/dist/main.css"></head>
<body class="page-node-type-emergency"><div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog">
<p>We use cookies to personalise content, measure our fundraising and keep the site secure.</p>
<button class="agree-button">Accept</button><button class="decline-button">Decline</button><a href="/cookies">More info</a></div>
<header class="site-header"><a class="site-logo" href="/">Refugee Agency of the Concord Nations</a>
<nav class="main-nav"><ul>${links(rMenu, 'main-nav__item')}</ul></nav><a class="btn btn--donate header-donate" href="#donate">Donate</a></header>
<main id="main-content"><div class="wp-block-cover hero"><img class="wp-block-cover__image-background" src="/sites/default/files/halvenia-hero.jpg" alt="">
<div class="wp-block-cover__inner-container"><span class="hero__label">Emergency appeal</span><h1 class="hero__title">${rTitle}</h1>
<p class="hero__cta">Families fleeing the fighting urgently need shelter and warmth.</p><a class="btn btn--donate" href="#donate">Help now</a></div>
<span class="hero__credit">© RAC/Jonas Pell</span></div>
<div class="wp-block-columns layout-two-col"><div class="wp-block-column main-text"><p class="last-updated">Last updated 9 March 2026</p>
${ps(rLead)}
<h2 class="wp-block-heading">${rH1}</h2>
${ps(rP1)}
<ul class="wp-block-list">${lis(rDo)}</ul>
<h2 class="wp-block-heading">${rH2}</h2>
${ps(rP2)}
</div>
<div class="wp-block-column donate-widget" id="donate"><div class="donate-form"><h2 class="donate-form__title">Donate to the Halvenia emergency</h2>
<div class="donate-form__toggle" role="tablist"><button role="tab" aria-selected="true">Monthly</button><button role="tab">One-off</button></div>
<div class="donate-form__amounts">${rAmounts.map((a) => `<button class="amount">${a}</button>`).join('\n')}</div>
<p class="donate-form__impact">€60 a month could provide a family with two thermal blankets and a sleeping mat.</p>
<a class="btn btn--donate" href="https://give.rac.example/halvenia">Donate now</a>
<p class="donate-form__secure">Secure payment. Your donation may be tax deductible.</p></div></div></div>
<section class="impact-counters"><h2>The emergency in numbers</h2><ul>
${rCounters.map(([n, l]) => `<li><span class="counter__number">${n}</span> <span class="counter__label">${l}</span></li>`).join('\n')}
</ul></section>
<section class="latest-updates"><h2>Latest updates</h2><ul>${links(rUpdates, 'card')}</ul></section>
<section class="trust-strip"><p>Rated four stars by Charity Watchlist. 90 cents of every euro goes directly to our programmes.</p></section>
</main><div class="sticky-donate"><span>Halvenia needs you now</span><a href="#donate">Give today</a></div>
<footer class="site-footer"><ul>${links(rFoot)}</ul><p>© Refugee Agency of the Concord Nations 2026</p></footer>
<script src="/themes/custom/rac/dist/main.js"></script></body></html>`;

export const unhcrAppeal: TestPage = {
  name: 'heldout329-rac-unhcr-emergency-appeal-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rH1, rH2],
  body: texts([...rLead, ...rP1, ...rDo, ...rP2]),
  bylines: ['Last updated 9 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content, measure our fundraising and keep the site secure.', 'Accept', 'Decline', 'More info',
    'Refugee Agency of the Concord Nations', ...rMenu, 'Donate', 'Emergency appeal', 'Families fleeing the fighting urgently need shelter and warmth.',
    'Help now', '© RAC/Jonas Pell', 'Donate to the Halvenia emergency', 'Monthly', 'One-off', ...rAmounts,
    '€60 a month could provide a family with two thermal blankets and a sleeping mat.', 'Donate now',
    'Secure payment. Your donation may be tax deductible.', 'The emergency in numbers', ...rCounters.flat(), 'Latest updates', ...rUpdates,
    'Rated four stars by Charity Watchlist. 90 cents of every euro goes directly to our programmes.', 'Halvenia needs you now', 'Give today',
    ...rFoot, '© Refugee Agency of the Concord Nations 2026',
  ],
};
