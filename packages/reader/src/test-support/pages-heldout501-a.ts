import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout501-kit.js';

/**
 * Held-out batch 501, file a: a blood service's donor eligibility page on Drupal 10 (a custom theme on Olivero's base, with
 * a CSS-collapsed accordion of questions), and a donation session finder built with Next.js (App Router, Tailwind classes).
 */
const eTitle = 'Who can give blood';
const eDek = 'Most people aged 17 to 70 who weigh at least 50 kg and are in good health can give blood.';
const eIntro = [
  j(
    'Before every donation a trained nurse will ask you some questions about your health, travel and lifestyle. This keeps you',
    'safe and makes sure the blood we collect is safe for patients. Answer honestly: nobody will judge you.',
  ),
  j(
    'If you are not sure whether you can donate, use the list below or call our donor line on <strong>0300 555 0147</strong>',
    'before you book. Some reasons to wait are short, and many people who are turned away once can give later.',
  ),
];
const eBasics = [
  'be aged between 17 and 65 if you are giving for the first time',
  'weigh between 50 kg and 158 kg',
  'be fit and well on the day you donate',
  'have veins our team can find easily',
];
const eQs = ['I have had a tattoo or piercing', 'I have recently travelled abroad', 'I take medication', 'I have had a cold or flu'];
const eAs = [
  j('You need to wait <strong>four months</strong> after a tattoo, semi-permanent make-up or a body piercing before you give', 'blood.'),
  j(
    'It depends on where you went and when. Some countries carry a risk of malaria or other infections, and you may need to wait',
    'up to twelve months. Check your trip with the donor line before you book.',
  ),
  j(
    'Many medicines do not stop you giving blood, including most blood pressure tablets, the contraceptive pill and inhalers.',
    'Antibiotics do: wait seven days after your last dose.',
  ),
  'Wait until you have been free of symptoms for seven days.',
];
const eAfter = j(
  'Men can give blood every 12 weeks and women every 16 weeks. The gap gives your body time to rebuild its iron stores,',
  'and we check your haemoglobin with a finger-prick test before each donation.',
);
const eNav = ['Give blood', 'Give plasma', 'Give platelets', 'Organ donation', 'Stem cells', 'About us'];
const eCrumbs = ['Home', 'Give blood', 'Can I give blood?'];
const eSide = ['Who can give blood', 'Health and medication', 'Travel and blood donation', 'Sexual health and donation', 'Age and weight'];
const eFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Careers', 'Press office'];
const eHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${eTitle} | Caldera Blood Service</title><meta name="description" content="${eDek}">
<link rel="canonical" href="https://www.calderablood.org/give-blood/can-i-give-blood/who-can-give-blood">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${eTitle}","publisher":"Caldera Blood Service"}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qk3vF9.css">
<style>.accordion__panel{display:none}.is-open .accordion__panel{display:block}</style>
</head><body class="path-node page-node-type-information-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site</h2><p>Some are essential. Others help us improve the site and our campaigns.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">Essential only</button></div></div></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system">
<a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/caldera/logo.svg" alt="Caldera Blood Service"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(eNav, 'menu-item')}</ul></nav>
<div class="search-block-form block block-search" role="search"><form action="/search/node" method="get">
<label for="edit-keys" class="visually-hidden">Search</label><input type="search" id="edit-keys" name="keys">
<input type="submit" value="Search" class="button js-form-submit"></form></div>
<a class="button button--primary header-cta" href="/book">Book a donation</a></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(eCrumbs, 'breadcrumb__item')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="412" class="node node--type-information-page node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${eTitle}</span></h1>
<div class="field field--name-field-summary"><p class="lead">${eDek}</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(eIntro)}
<h2>You can usually give blood if you</h2><ul>${lis(eBasics)}</ul></div>
<div class="paragraph paragraph--type--accordion"><h2 class="accordion__title">Common reasons to wait</h2>
<div class="accordion" data-accordion>${eQs
  .map(
    (q, i) => `<div class="accordion__item"><h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="false"
aria-controls="acc-${i}">${q}</button></h3><div id="acc-${i}" class="accordion__panel"><p>${at(eAs, i)}</p></div></div>`,
  )
  .join('\n')}</div></div>
<div class="paragraph paragraph--type--text"><h2>How often can I give blood?</h2><p>${eAfter}</p></div>
<div class="field field--name-field-last-reviewed"><span class="field__label">Page last reviewed:</span> <time datetime="2026-09-03">3 September 2026</time>
</div>
</article></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav class="block block-menu menu--main">
<h2 class="block__title">Can I give blood?</h2><ul class="menu">${links(eSide, 'menu-item')}</ul></nav>
<div class="block block-block-content cta-block"><h2>Ready to book?</h2><p>Find a session near you and book in two minutes.</p>
<a href="/find-a-session" class="button">Find a session</a></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="menu--footer"><ul class="menu">${links(eFoot)}</ul></nav>
<p class="site-footer__legal">Caldera Blood Service is part of the Caldera Health Authority. © 2026</p></div></footer></div>
<script src="/core/assets/vendor/once/once.min.js"></script><script src="/themes/custom/caldera/js/accordion.js"></script></body></html>`;
const eligibility: TestPage = {
  name: 'heldout501-blood-eligibility-drupal',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['You can usually give blood if you', 'Common reasons to wait', ...eQs, 'How often can I give blood?'],
  body: texts([eDek, ...eIntro, ...eBasics, ...eAs, eAfter]),
  bylines: ['Page last reviewed: 3 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies on this site', 'Some are essential. Others help us improve the site and our campaigns.', 'Accept all',
    'Essential only', ...eNav, 'Book a donation', 'Home', 'Can I give blood?', ...eSide.slice(1), 'Ready to book?',
    'Find a session near you and book in two minutes.', 'Find a session', ...eFoot,
    'Caldera Blood Service is part of the Caldera Health Authority. © 2026',
  ],
};

const fTitle = 'Find a blood donation session';
const fIntro = 'Sessions near Harlow Vale, sorted by distance. Appointments open eight weeks ahead.';
type Session = { venue: string; addr: string; when: string; slots: string };
const fSessions: Session[] = [
  {
    venue: 'Harlow Vale Donor Centre',
    addr: '14 Mercer Street, Harlow Vale HV2 4QT · 0.6 miles',
    when: 'Mon–Sat, 8:30am–7:30pm',
    slots: '23 appointments left this week',
  },
  {
    venue: 'St Aldric Parish Hall',
    addr: 'Church Lane, Upper Denby HV6 1BB · 3.1 miles',
    when: 'Thursday 14 January, 1:30pm–7:00pm',
    slots: '9 appointments left',
  },
  {
    venue: 'Brackenfield Leisure Centre',
    addr: 'Fenwick Road, Brackenfield HV9 3LN · 5.4 miles',
    when: 'Tuesday 19 January, 10:00am–3:30pm',
    slots: 'Fully booked, walk-ins welcome after 2pm',
  },
  {
    venue: 'Oxley Community Centre',
    addr: '2 Marsh Way, Oxley HV11 7DE · 7.9 miles',
    when: 'Saturday 23 January, 9:00am–2:00pm',
    slots: '31 appointments left',
  },
];
const fNote = j(
  'Plasma and platelet donations are only taken at donor centres. If you are a new donor, choose a session marked with',
  'a green dot, where a nurse is free to take you through your first visit.',
);
const fNav = ['Give blood', 'Give plasma', 'Organ donation', 'My account'];
const fFoot = ['Help and FAQs', 'Privacy', 'Terms of use', 'Accessibility statement'];
const fCard = (s: Session, i: number): string => `<li class="rounded-xl border border-slate-200 p-5 shadow-sm" data-testid="session-card-${i}">
<div class="flex items-start justify-between gap-4"><h3 class="text-lg font-semibold text-slate-900">${s.venue}</h3>
${i === 0 ? '<span class="inline-flex h-2.5 w-2.5 rounded-full bg-emerald-500" aria-label="Suitable for new donors"></span>' : ''}</div>
<p class="mt-1 text-sm text-slate-600">${s.addr}</p><p class="mt-2 text-sm font-medium">${s.when}</p>
<p class="mt-1 text-sm text-rose-700">${s.slots}</p><div class="mt-4 flex gap-3">
<a class="rounded-full bg-rose-600 px-4 py-2 text-sm font-semibold text-white" href="/book/session/${9102 + i}">Book this session</a>
<a class="text-sm underline" href="/venues/${9102 + i}">Venue details</a></div></li>`;
const fHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/7c1e2f0a5b3d9e44.css" data-precedence="next"/>
<script src="/_next/static/chunks/webpack-3f2a9c1b7d.js" async=""></script>
<title>Find a session near you | Caldera Blood Service</title><meta name="description" content="Search for blood donation sessions near you and book."/>
<meta property="og:title" content="Find a blood donation session"/><meta name="next-size-adjust"/></head>
<body class="__className_d65c78 bg-slate-50 antialiased"><a href="#content" class="sr-only focus:not-sr-only">Skip to content</a>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
<a href="/" class="flex items-center gap-2"><img alt="Caldera Blood Service" src="/logo.svg" width="140" height="32"/></a>
<nav aria-label="Main" class="hidden md:block"><ul class="flex gap-6 text-sm font-medium">${links(fNav)}</ul></nav>
<button type="button" class="md:hidden" aria-label="Open menu"><svg class="h-6 w-6" viewBox="0 0 24 24"></svg></button>
<a href="/signin" class="rounded-full border px-4 py-1.5 text-sm">Sign in</a></div></header>
<main id="content" class="mx-auto max-w-6xl px-4 py-10"><div class="grid gap-8 md:grid-cols-[320px_1fr]">
<aside class="rounded-xl bg-white p-5 shadow-sm"><form role="search" class="space-y-4">
<label class="block text-sm font-medium" for="postcode">Town or postcode</label>
<input id="postcode" name="q" value="Harlow Vale" class="w-full rounded-md border px-3 py-2"/>
<fieldset><legend class="text-sm font-medium">Donation type</legend>
<label class="flex items-center gap-2 text-sm"><input type="radio" name="type" checked=""/>Whole blood</label>
<label class="flex items-center gap-2 text-sm"><input type="radio" name="type"/>Plasma</label>
<label class="flex items-center gap-2 text-sm"><input type="radio" name="type"/>Platelets</label></fieldset>
<button type="submit" class="w-full rounded-full bg-slate-900 py-2 text-sm text-white">Update results</button></form></aside>
<section aria-labelledby="results-title"><h1 id="results-title" class="text-3xl font-bold tracking-tight">${fTitle}</h1>
<p class="mt-2 text-slate-700">${fIntro}</p><p class="mt-4 text-sm text-slate-500" role="status">Showing 4 of 17 sessions</p>
<ul class="mt-4 space-y-4">${fSessions.map(fCard).join('\n')}</ul>
<p class="mt-6 text-sm text-slate-700">${fNote}</p>
<nav aria-label="Pagination" class="mt-6 flex gap-2"><span aria-current="page" class="font-bold">1</span><a href="?page=2">2</a>
<a href="?page=3">3</a><a href="?page=2">Next</a></nav></section></div></main>
<footer class="border-t bg-white"><div class="mx-auto max-w-6xl px-4 py-8 text-sm"><ul class="flex flex-wrap gap-4">${links(fFoot)}</ul>
<p class="mt-4 text-slate-500">© 2026 Caldera Blood Service. Registered charity no. 1184420.</p></div></footer>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"q":"Harlow Vale","total":17}},"page":"/find-a-session"}</script>
</body></html>`;
const finder: TestPage = {
  name: 'heldout501-session-finder-nextjs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fSessions.map((s) => s.venue),
  body: texts([fIntro, ...fSessions.flatMap((s) => [s.addr, s.when, s.slots]), fNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav, 'Sign in', 'Town or postcode', 'Donation type', 'Whole blood', 'Platelets', 'Update results',
    'Showing 4 of 17 sessions', 'Book this session', 'Venue details', 'Next', ...fFoot,
    '© 2026 Caldera Blood Service. Registered charity no. 1184420.',
  ],
};

export const HELDOUT501_A: readonly TestPage[] = [eligibility, finder];
