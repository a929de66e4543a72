import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout395-kit.js';

/**
 * Held-out batch 395, file c: a careers "Life at" culture page built with Next.js (the __next root, Tailwind utility classes,
 * a quote from an employee, a perks list, an open-roles rail and the __NEXT_DATA__ script) and a board of directors page on
 * Drupal 10 with the Olivero theme (site header, primary nav, breadcrumb, node body with director entries, "In this section"
 * sidebar, the EU Cookie Compliance banner and the site footer).
 */
const nTitle = 'Life at Tidewell';
const nLead = [
  j(
    'Tidewell writes the routing software that moves freight through forty-six inland ports. We are 180 people across four',
    'countries, and we have tried to build a company we would want to stay at for a long time.',
  ),
];
const nWork = [
  j(
    'Most of our teams are small: four to seven people who own a part of the product from the first sketch to the support',
    'ticket. Teams plan in six-week cycles and take the seventh week to fix what annoyed them during the cycle.',
  ),
  j(
    'We write things down. Decisions, incident reviews and even our salary bands live in a shared handbook that anyone in the',
    'company can edit. New joiners usually tell us the handbook is the most surprising thing about Tidewell.',
  ),
];
const nQuote = [
  j(
    'I came from a port authority and expected to be the person who did not understand the code. Instead my first month was',
    'spent teaching engineers how a berth schedule really works, and they listened.',
  ),
];
const nGrow = [
  j(
    'Every employee has a yearly learning budget of 2,000 euros and five paid days to spend it. People have used it for',
    'conference trips, language courses and, once, a crane operator certificate.',
  ),
  j(
    'We promote from within whenever we can. Two of our five engineering managers started at Tidewell as graduates, and our head',
    'of support began on the night shift of the help desk.',
  ),
];
const nPerks = [
  'Remote-first, with offices in Rotterdam, Duisburg and Gdańsk for those who want them',
  'Twenty-eight days of holiday plus public holidays, and a company-wide week off at the end of December',
  '20 weeks of fully paid parental leave for every parent',
  'A home office budget and a new laptop of your choice',
  'Annual team trips, this year to the Port of Antwerp and a very long lunch',
];
const nClose = [
  j(
    'We are not perfect. We are still learning how to keep the handbook short and how to run meetings across five time zones. If',
    'that sounds like work you would enjoy, we would love to hear from you.',
  ),
];
const nNav = ['Platform', 'Solutions', 'Customers', 'Resources', 'Company'];
const nRoles = ['Senior Backend Engineer, Routing', 'Product Designer, Terminal Tools', 'Customer Success Manager, DACH', 'Data Engineer'];
const nFoot = ['About', 'Careers', 'Newsroom', 'Trust Center', 'Privacy', 'Imprint'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Life at Tidewell | Careers</title><meta name="description" content="How we work, grow and look after each other at Tidewell.">
<meta property="og:title" content="Life at Tidewell | Careers"><meta property="og:type" content="website"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/8a1f2c7b9e0d.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a1f2c7b9e0d.css" data-n-g="">
<script src="/_next/static/chunks/webpack-3c9d1e2a.js" defer=""></script><script src="/_next/static/chunks/pages/careers/life-7f0b.js" defer=""></script>
</head><body><div id="__next"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center
justify-between px-6">
<a class="flex items-center gap-2 font-semibold" href="/"><svg class="h-6 w-6" aria-hidden="true"></svg><span>Tidewell</span></a>
<nav class="hidden gap-8 text-sm md:flex" aria-label="Main">${nNav
  .map(
    (t) => `<a class="text-slate-600 hover:text-slate-900"
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</nav>
<a class="rounded-full bg-teal-600 px-4 py-2 text-sm font-medium text-white" href="/demo">Get a demo</a></div></header>
<main class="flex-1"><section class="bg-slate-50 py-20"><div class="mx-auto max-w-3xl px-6 text-center">
<p class="text-sm font-semibold uppercase tracking-wide text-teal-700">Careers</p>
<h1 class="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">${nTitle}</h1>
<div class="mt-6 text-lg leading-8 text-slate-600">${ps(nLead)}</div>
<div class="mt-8 flex justify-center gap-4"><a class="rounded-full bg-teal-600 px-5 py-3 text-white" href="/careers/jobs">View open positions</a>
<a class="rounded-full px-5 py-3 text-teal-700 ring-1 ring-teal-600" href="/handbook">Read our handbook</a></div></div></section>
<div class="mx-auto grid max-w-7xl gap-16 px-6 py-16 lg:grid-cols-3"><article class="prose prose-slate lg:col-span-2">
<h2>How we work</h2>${ps(nWork)}
<figure class="not-prose my-10 border-l-4 border-teal-600 pl-6"><blockquote class="text-xl italic text-slate-800">${ps(nQuote)}</blockquote>
<figcaption class="mt-4 flex items-center gap-3 text-sm text-slate-500"><img class="h-10 w-10 rounded-full"
src="/_next/image?url=%2Fpeople%2Fnoor.jpg&amp;w=96&amp;q=75"
alt=""><span>Noor Haddad, Port Operations Specialist, Rotterdam</span></figcaption></figure>
<h2>Growing here</h2>${ps(nGrow)}
<h2>What we offer</h2><ul>${lis(nPerks)}</ul>
<h2>What we are still working on</h2>${ps(nClose)}</article>
<aside class="space-y-8 lg:col-span-1"><div class="rounded-2xl border border-slate-200 p-6"><h3 class="text-base font-semibold">Open roles</h3>
<ul class="mt-4 space-y-3 text-sm">${links(nRoles, 'text-teal-700')}</ul><a class="mt-6 inline-block text-sm font-medium" href="/careers/jobs">See
all 14 roles</a></div>
<div class="rounded-2xl bg-slate-900 p-6 text-white"><p class="text-3xl font-bold">4.7</p><p class="text-sm text-slate-300">Average rating from 96
employee reviews</p></div>
</aside></div></main>
<footer class="border-t border-slate-200 bg-white"><div class="mx-auto max-w-7xl px-6 py-12"><ul class="flex flex-wrap gap-6 text-sm
text-slate-500">${links(nFoot)}</ul>
<p class="mt-8 text-xs text-slate-400">© 2026 Tidewell B.V. Made in Rotterdam.</p></div></footer></div>
<div role="dialog" aria-live="polite" class="fixed bottom-4 left-4 z-50 max-w-sm rounded-xl bg-white p-5 shadow-xl" id="cookie-consent">
<p class="text-sm text-slate-700">We use cookies to understand how our careers pages are used.</p><div class="mt-4 flex gap-2">
<button class="rounded-full bg-teal-600 px-4 py-2 text-sm text-white">Accept cookies</button><button class="px-4 py-2 text-sm
text-slate-600">Reject</button></div></div>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"life-at-tidewell","title":"Life at Tidewell"},
"openRoles":14}},"page":"/careers/[slug]","query":{"slug":"life-at-tidewell"},"buildId":"Xk2fP9aQ1","isFallback":false,"gsp":true}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout395-nextjs-careers-culture',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['How we work', 'Growing here', 'What we offer', 'What we are still working on'],
  body: texts([...nLead, ...nWork, ...nQuote, ...nGrow, ...nPerks, ...nClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Get a demo', 'Careers', 'View open positions', 'Read our handbook', 'Noor Haddad, Port Operations Specialist, Rotterdam',
    'Open roles', ...nRoles, 'See all 14 roles', 'Average rating from 96 employee reviews', ...nFoot, '© 2026 Tidewell B.V. Made in Rotterdam.',
    'We use cookies to understand how our careers pages are used.', 'Accept cookies', 'Reject',
  ],
};

const dTitle = 'Board of Directors';
const dIntro = [
  j(
    'Marrowgate Water Trust is governed by a board of nine directors: five elected by member customers at the annual general',
    'meeting, three appointed for their professional expertise and the Chief Executive. Directors serve terms of three years and',
    'may stand for one further term.',
  ),
  j(
    'The board sets the Trust’s strategy, approves its five-year investment plan and holds the executive team to account for',
    'water quality, leakage and customer service. It meets eight times a year, and the minutes of every meeting are published.',
  ),
];
type Director = readonly [name: string, role: string, bio: string];
const dBoard: readonly Director[] = [
  [
    'Helena Quarrie',
    'Chair',
    j(
      'Helena was elected to the board in 2019 and became Chair in 2022. A civil engineer, she spent twenty years designing',
      'treatment works for municipal utilities and now teaches water engineering part time.',
    ),
  ],
  [
    'Desmond Achterberg',
    'Vice Chair, elected director',
    j(
      'Desmond is a retired dairy farmer from the upper Marrow catchment and chairs the board’s Catchment and Environment',
      'Committee. He has represented farming members since 2020.',
    ),
  ],
  [
    'Farida Lomax',
    'Appointed director',
    j('Farida is a chartered accountant and chairs the Audit and Risk Committee. She was previously finance director of a regional', 'housing association.'),
  ],
  [
    'Rhys Pendleford',
    'Elected director',
    j(
      'Rhys works as a community nurse in Castlebeck and joined the board in 2023. He sits on the Customer and Affordability',
      'Committee, which oversees the Trust’s social tariff.',
    ),
  ],
  [
    'Anouk Verhaegen',
    'Appointed director',
    j(
      'Anouk is a hydrologist who led flood forecasting at a national environment agency. She advises the board on drought',
      'planning and climate resilience.',
    ),
  ],
  [
    'Callum Ibsworth',
    'Chief Executive',
    j(
      'Callum joined the Trust as Chief Executive in 2021 from a neighbouring utility, where he ran network operations. He is the',
      'only executive member of the board.',
    ),
  ],
];
const dClose = [
  j(
    'Three further elected seats fall vacant at the 2026 annual general meeting. Any member customer over eighteen may stand;',
    'nomination papers are available from the Company Secretary until 31 March. Candidates are invited to an open evening in',
    'February to meet current directors and to learn what the role asks of them in time and responsibility.',
  ),
];
const dNav = ['Your water', 'Bills and payments', 'Our work', 'About the Trust', 'News'];
const dCrumbs = ['Home', 'About the Trust', 'Governance'];
const dSide = ['Governance', 'Board of Directors', 'Committees', 'Board minutes', 'Annual reports', 'Register of interests'];
const dFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Modern slavery statement'];
const dEntry = ([name, role, bio]: Director): string => `<div class="director">
<h3 id="${name.toLowerCase().replace(/ /g, '-')}">${name}</h3><p class="director__role"><strong>${role}</strong></p><p>${bio}</p></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.marrowgatewater.example/about/governance/board">
<title>Board of Directors | Marrowgate Water Trust</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wq3lT1aXh0.css?delta=0&amp;language=en&amp;theme=olivero&amp;include=eJx">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script></head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-checked="false">
<span class="visually-hidden">Sticky header</span></button></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Marrowgate Water Trust</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span>
</button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"
id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title"
id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1">${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul>
</nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system block-system-main-block"><article data-history-node-id="214" class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>Current directors</h2>
${dBoard.map(dEntry).join('\n')}
<h2>Becoming a director</h2>
${ps(dClose)}
</div><div class="field field--name-field-last-reviewed field--type-datetime field--label-inline clearfix"><div class="field__label">Page last reviewed</div>
<div class="field__item"><time datetime="2026-01-12T12:00:00Z">12 January 2026</time></div></div></div></article></div></div></main>
<aside class="region region--sidebar"><nav role="navigation" aria-labelledby="block-governance-menu" id="block-governance"
class="block block-menu navigation menu--main"><h2 class="block__title" id="block-governance-menu">In this section</h2>
<ul class="menu">${links(dSide, 'menu__item')}</ul></nav></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav role="navigation"
aria-labelledby="block-footer-menu" id="block-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden"
id="block-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom grid-full"><div class="block block-block-content">
<div class="text-content field field--name-body"><p>Marrowgate Water Trust is a company limited by guarantee, registered in England and Wales, no.
07719024.</p></div></div>
</div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog" aria-labelledby="popup-text"
aria-describedby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>You can choose which optional cookies to allow.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script src="/sites/default/files/js/js_N1xj2Sx0kM.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=olivero"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout395-drupal-olivero-board',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Current directors', ...dBoard.map((d) => d[0]), 'Becoming a director'],
  body: texts([...dIntro, ...dBoard.flatMap((d) => [d[1], d[2]]), ...dClose]),
  bylines: ['Page last reviewed', '12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sticky header', 'Menu', 'Main navigation', ...dNav, 'Breadcrumb', 'Home', 'Governance',
    'In this section', 'Committees', 'Board minutes', 'Annual reports', 'Register of interests', ...dFoot,
    'Marrowgate Water Trust is a company limited by guarantee, registered in England and Wales, no. 07719024.',
    'We use cookies on this site to enhance your user experience', 'You can choose which optional cookies to allow.', 'Accept all', 'No, thanks',
  ],
};

export const HELDOUT395_C: readonly TestPage[] = [nextjs, drupal];
