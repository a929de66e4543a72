import { links, type TestPage } from './page-kit.js';
import { routerFaq } from './pages-heldout202-f2.js';

/**
 * Held-out batch 202, file f: a Dyson support page (the promo strip, the Dyson header with "Vacuum cleaners" and the other
 * product menus, "Support" and the basket, the machine banner with "Your machine" and "Change machine", the support journey
 * with the page h1, a step-by-step guide whose steps are cards with "Step 1 of 5" counters and images with alt text, a
 * warning box, the "Did this fix the problem?" buttons, the "Register your machine" and "Chat with us" cards, the cookie
 * banner and the footer).
 */
const dyTitle = 'Cleaning the filter on your Dyson V12 Detect Slim';
const dyIntro = [
  'A blocked filter reduces suction and can make your machine pulse or cut out. Wash the filter at least once a month, and more often if you ' +
    'vacuum fine dust such as flour or plaster.',
];
const dySteps = [
  {
    h: 'Remove the filter',
    p: 'Make sure the machine is switched off. Twist the filter unit anticlockwise and pull it away from the machine.',
  },
  {
    h: 'Tap out the dust',
    p: 'Gently tap the filter on the side of a bin to remove loose dirt and debris. Do not use a brush, which can damage the filter media.',
  },
  {
    h: 'Wash with cold water',
    p:
      'Hold the filter under a cold running tap and rub the outside gently. Turn it over, fill it with water, put your hand over the open end ' +
      'and shake it. Repeat until the water runs clear, which usually takes four or five rinses.',
  },
  {
    h: 'Leave it to dry',
    p:
      'Shake out any excess water and leave the filter to dry completely for at least 24 hours, standing upright in a warm place. Do not put it ' +
      'in a dishwasher, washing machine, tumble dryer, oven or microwave, or near an open flame.',
  },
  {
    h: 'Refit the filter',
    p: 'When the filter is completely dry, push it back into the machine and twist it clockwise until it clicks into place.',
  },
];
const dyWarn = 'Do not use detergents or cleaning products on the filter. Only use cold water.';
const dyAfter = [
  'If your machine still pulses after you have washed and dried the filter, check the wand, the cleaner head and the bin inlet for blockages. ' +
    'A blockage anywhere in the airway has the same effect as a dirty filter.',
  'Empty the bin before it reaches the MAX mark, and wipe the shroud with a dry, lint-free cloth each time you wash the filter. A full bin or a ' +
    'dusty shroud can make the machine pulse even when the filter itself is clean.',
];
const dyNav = ['Vacuum cleaners', 'Hair care', 'Air treatment', 'Lighting', 'Headphones', 'Support'];
const dyFoot = [
  'Contact us',
  'Delivery and returns',
  'Track your order',
  'Product registration',
  'Careers',
  'About Dyson',
  'Newsroom',
  'Privacy policy',
  'Cookie policy',
  'Terms and conditions',
  'Accessibility',
];
const dyCookie =
  'We use cookies to improve your experience on our website, to personalise content and ads, and to analyse our traffic. You can accept all ' +
  'cookies or manage your preferences.';
const dyPromo = 'Free next-day delivery on all machines. Two-year guarantee included.';
const dyStep = (s: (typeof dySteps)[number], i: number): string => `<li class="step-card" data-step="${i + 1}">
<div class="step-card__counter" aria-hidden="true">Step ${i + 1} of ${dySteps.length}</div>
<img class="step-card__image" src="https://dyson-h.assetsadobe2.example/is/image/dyson/v12-filter-step${i + 1}" alt="Filter step ${i + 1}" loading="lazy">
<h3 class="step-card__title">${s.h}</h3><p class="step-card__body">${s.p}</p></li>`;
const dyHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dyTitle} | Dyson Support</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="How to wash and dry the filter on your machine.">
<meta property="og:title" content="${dyTitle}"><meta property="og:site_name" content="Dyson">
<link rel="canonical" href="https://www.dyson.co.uk/support/journey/machines/448890-01/maintenance/filter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${dyTitle}","step":[${dySteps
  .map((s, i) => `{"@type":"HowToStep","position":${i + 1},"name":"${s.h}"}`)
  .join(',')}]}</script>
<script>window.__INITIAL_STATE__ = {"market":"GB","sku":"448890-01","journey":"maintenance"};</script>
<link rel="stylesheet" href="/etc.clientlibs/dyson/clientlibs/clientlib-site.min.css"></head>
<body class="support-journey"><div class="promo-strip"><p class="promo-strip__text">${dyPromo}</p></div>
<header class="header js-header"><a class="header__logo" href="/"><span class="visually-hidden">Dyson</span></a>
<nav class="header__nav" aria-label="Main menu"><ul>${links(dyNav, 'header__nav-item')}</ul></nav>
<div class="header__actions"><a href="/search" class="header__search"><span class="visually-hidden">Search</span></a>
<a href="/account" class="header__account">My account</a><a href="/basket" class="header__basket">Basket</a></div></header>
<main id="main" class="support-journey__main"><div class="machine-banner"><span class="machine-banner__label">Your machine</span>
<span class="machine-banner__name">Dyson V12 Detect Slim (Yellow/Nickel)</span><a class="machine-banner__change" href="/support">Change machine</a></div>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(['Support', 'Dyson V12 Detect Slim', 'Maintenance'], 'breadcrumb__item')}</ol></nav>
<section class="journey-step"><h1 class="journey-step__title">${dyTitle}</h1>
<div class="journey-step__intro">${dyIntro.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="video-player" data-video-id="v12-filter"><button class="video-player__play">Watch video</button>
<span class="video-player__duration">1:42</span></div>
<ol class="step-cards">${dySteps.map(dyStep).join('\n')}</ol>
<div class="warning-box" role="alert"><span class="warning-box__icon" aria-hidden="true"></span><p class="warning-box__text">${dyWarn}</p></div>
<div class="journey-step__outro">${dyAfter.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="journey-step__question"><h2>Did this fix the problem?</h2><button class="btn btn--primary">Yes, it’s fixed</button>
<button class="btn btn--secondary">No, I still need help</button></div></section>
<section class="support-cards"><div class="support-card"><h3>Register your machine</h3><p>Activate your free guarantee and get expert tips.</p>
<a href="/register">Register now</a></div><div class="support-card"><h3>Chat with us</h3><p>Our experts are available 8am to 8pm, 7 days a week.</p>
<a href="/contact">Start chat</a></div><div class="support-card"><h3>Buy spare parts</h3><p>Genuine filters, tools and batteries for your machine.</p>
<a href="/spares">Shop parts</a></div></section></main>
<div class="cookie-banner" role="dialog" aria-label="Cookie preferences"><p>${dyCookie}</p><button class="cookie-banner__accept">Accept all</button>
<button class="cookie-banner__manage">Manage preferences</button></div>
<footer class="footer"><ul class="footer__links">${links(dyFoot, 'footer__link')}</ul>
<p class="footer__legal">© 2025 Dyson. All rights reserved. Dyson Ltd, Tetbury Hill, Malmesbury.</p></footer>
<script src="/etc.clientlibs/dyson/clientlibs/clientlib-site.min.js" defer></script></body></html>`;
const dysonSupport: TestPage = {
  html: dyHtml,
  name: 'heldout202-dyson-support-page',
  kind: 'docs',
  // the step cards are the article (their titles headings, their texts body; the "Step n of 5" counters furniture); the
  // warning box is body; the machine banner, video button and the "Did this fix the problem?" question are furniture
  title: dyTitle,
  headings: dySteps.map((s) => s.h),
  body: [...dyIntro, ...dySteps.map((s) => s.p), dyWarn, ...dyAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    dyPromo, ...dyNav, 'Search', 'My account', 'Basket', 'Your machine', 'Dyson V12 Detect Slim (Yellow/Nickel)', 'Change machine',
    'Dyson V12 Detect Slim', 'Maintenance', 'Watch video', '1:42', ...dySteps.map((_, i) => `Step ${i + 1} of 5`), 'Did this fix the problem?',
    'Yes, it’s fixed', 'No, I still need help', 'Register your machine', 'Activate your free guarantee and get expert tips.', 'Register now',
    'Chat with us', 'Our experts are available 8am to 8pm, 7 days a week.', 'Start chat', 'Buy spare parts',
    'Genuine filters, tools and batteries for your machine.', 'Shop parts', dyCookie, 'Accept all', 'Manage preferences', ...dyFoot,
    '© 2025 Dyson. All rights reserved.',
  ],
};

export const HELDOUT202_F: readonly TestPage[] = [dysonSupport, routerFaq];
