import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file a2: a "best standing desks of 2026" roundup on a WordPress site built with Elementor (Pro header and
 * footer templates, post-info widget, table of contents widget, product cards made of heading, badge, icon-list and button
 * widgets with affiliate buttons, a "quick list" of picks, the Complianz cookie banner, a newsletter form and related posts).
 */
const bTitle = 'The best standing desks of 2026, tested for wobble, noise and speed';
const w = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const con = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent"
data-id="${id}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const txt = (id: string, paras: readonly string[]): string => w(id, 'text-editor', paras.map((p) => `<p>${p}</p>`).join('\n'));
const head = (id: string, tag: string, t: string): string => w(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const btn = (id: string, t: string): string =>
  w(
    id,
    'button',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link
elementor-size-sm" href="https://go.example/${id}" rel="nofollow sponsored" target="_blank"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const bIntro = [
  j(
    'A standing desk is one of the few pieces of office furniture that can change how a working day feels, but only if it is',
    'steady at full height and quick enough that you actually use it. Over the past four months we built, raised and lowered',
    'eleven desks in our workshop in Leeds, and lived with the best five at home.',
  ),
  j(
    'Every desk was tested with the same 27-inch monitor on an arm, a laptop and a full cup of coffee. We measured wobble at',
    'standing height with a phone accelerometer, timed the travel from sitting to standing, and recorded motor noise at one metre.',
  ),
];
type Pick = { id: string; badge: string; name: string; text: string[]; specs: string[]; buttons: string[] };
const picks: Pick[] = [
  {
    id: 'p1',
    badge: 'Best overall',
    name: 'Holmfirth Lift Duo',
    text: [
      j(
        'The Lift Duo was the steadiest desk we tested at full height, with barely a tremor when typing hard. Its twin motors raise',
        'it from seated to standing in under nine seconds, and the memory keypad is simple enough that nobody needed the manual.',
      ),
      'The only real downside is assembly, which took two of us just over an hour thanks to a crossbar that has to be bolted twice.',
    ],
    specs: ['Height range: 62–127cm', 'Load: 120kg', 'Noise: 44dB', 'Warranty: 10 years on the frame'],
    buttons: ['£579 at Holmfirth', 'Check price on Amazon'],
  },
  {
    id: 'p2',
    badge: 'Best budget',
    name: 'Oakrow Basic 120',
    text: [
      j(
        'For well under £300, the Oakrow Basic has no business being this good. It has a single motor, so it is slower and a little',
        'louder than our top pick, but it stays steady up to about 110cm, which suits anyone of average height.',
      ),
    ],
    specs: ['Height range: 71–118cm', 'Load: 70kg', 'Noise: 51dB', 'Warranty: 5 years'],
    buttons: ['£279 at Oakrow', 'Check price on Amazon'],
  },
  {
    id: 'p3',
    badge: 'Best for small rooms',
    name: 'Kestle Nook Corner',
    text: [
      j(
        'Corner desks are usually wobbly compromises, but the Nook uses three legs and a reinforced top to stay remarkably solid.',
        'It fits into an alcove of 110cm by 110cm and still leaves room for two monitors side by side.',
      ),
    ],
    specs: ['Height range: 65–125cm', 'Load: 100kg', 'Noise: 47dB', 'Warranty: 7 years'],
    buttons: ['£649 at Kestle', 'Check price at Wayfair'],
  },
];
const bHow = [
  j(
    'Spend most of your attention on the frame, not the desktop. Dual motors are worth paying for if you are taller than about',
    '185cm or plan to load the desk with heavy monitors, because the frame has to work harder and wobble grows with height.',
  ),
  'Before you buy, check three things:',
];
const bChecks = [
  'The height range: your elbows should sit at 90 degrees when standing, in shoes.',
  'The depth of the top: 70cm or more leaves room for a monitor at arm’s length.',
  'The returns policy: a desk is heavy to send back, so look for free collection.',
];
const bWhy = [
  j(
    'Our reviewers have tested office furniture for eight years, and we buy every product we recommend. Brands never see our',
    'verdicts in advance, and affiliate links do not change which desks make the list.',
  ),
];
const bNav = ['Home Office', 'Chairs', 'Desks', 'Monitors', 'Accessories', 'Deals'];
const bToc = ['Our quick list', 'Holmfirth Lift Duo', 'Oakrow Basic 120', 'Kestle Nook Corner', 'How to choose', 'Why trust us'];
const bRel = ['The best ergonomic office chairs of 2026', 'Monitor arms compared: which one actually holds still?', 'How we test desks'];
const bFoot = ['About Us', 'Affiliate Disclosure', 'Privacy Policy', 'Contact'];
const card = (p: Pick): string =>
  con(
    `${p.id}c`,
    `${w(`${p.id}b`, 'text-editor', `<span class="product-badge">${p.badge}</span>`)}
${head(`${p.id}h`, 'h3', `${p.name}`)}
${txt(`${p.id}t`, p.text)}
${w(
  `${p.id}s`,
  'icon-list',
  `<ul class="elementor-icon-list-items">${p.specs
    .map(
      (s) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${s}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${p.buttons.map((b, i) => btn(`${p.id}k${i}`, b)).join('\n')}`,
  );
const bHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bTitle} - Desk Notes</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-02T08:15:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bTitle}",
"author":{"name":"Rhiannon Beck"},"datePublished":"2026-02-02T08:15:00+00:00"},{"@type":"ItemList","numberOfItems":3}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="https://desknotes.example/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-2231-css" href="https://desknotes.example/wp-content/uploads/elementor/css/post-2231.css" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.1"};</script></head>
<body class="post-template-default single single-post postid-2231 elementor-default elementor-kit-6 elementor-page elementor-page-2231">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
${con(
  'h1c',
  `${w('logo', 'theme-site-logo', '<a href="/"><img src="https://desknotes.example/logo.svg" alt="Desk Notes"></a>')}
${w(
  'menu',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-main" class="elementor-nav-menu">
${links(bNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>`,
)}`,
)}</header>
<main id="content"><div data-elementor-type="wp-post" data-elementor-id="2231" class="elementor elementor-2231" data-elementor-post-type="post">
${con(
  't1',
  `${w('bc', 'breadcrumbs', '<p id="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/desks/">Desks</a></span></p>')}
${head('ttl', 'h1', bTitle)}
${w(
  'pi',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item elementor-repeater-item-a1"><span class="elementor-post-info__item-prefix">By </span>
<span class="elementor-post-info__item elementor-post-info__item--type-author">Rhiannon Beck</span></li>
<li class="elementor-icon-list-item elementor-inline-item elementor-repeater-item-a2"><span class="elementor-post-info__item--type-date">
Updated <time>February 2, 2026</time></span></li></ul>`,
)}
${txt('disc', ['<em>We may earn a commission when you buy through links on our site, at no extra cost to you.</em>'])}`,
)}
${con('t2', txt('in', bIntro))}
${con(
  't3',
  w(
    'toc',
    'table-of-contents',
    `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Table of Contents</h4></div>
<div class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">${links(bToc, 'elementor-toc__list-item')}</ul></div>`,
  ),
)}
${con(
  't4',
  `${head('ql', 'h2', 'Our quick list')}
${w(
  'qll',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    picks.map((p) => `${p.badge}: ${p.name}`),
    'elementor-icon-list-item',
  )}</ul>`,
)}`,
)}
${picks.map(card).join('\n')}
${con(
  't5',
  `${head('hw', 'h2', 'How to choose a standing desk')}
${txt('hwt', bHow)}
${w('hwl', 'text-editor', `<ul>${lis(bChecks)}</ul>`)}
${head('wt', 'h2', 'Why trust us')}
${txt('wtt', bWhy)}`,
)}
${con(
  't6',
  `${w(
    'nl',
    'form',
    `<form class="elementor-form" method="post" name="Newsletter"><p class="nl-title">Join 40,000 remote workers</p>
<p>One email a week with the desk and chair deals worth your time.</p><input type="email" name="form_fields[email]" placeholder="Your email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></form>`,
  )}
${w(
  'rel',
  'posts',
  `<h3 class="elementor-posts-title">You may also like</h3><div class="elementor-posts-container">${bRel
    .map((r) => `<article class="elementor-post elementor-grid-item"><h3 class="elementor-post__title"><a href="#">${r}</a></h3></article>`)
    .join('\n')}</div>`,
)}`,
)}
</div></main>
<footer data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
${con(
  'f1',
  `${w('fm', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(bFoot, 'menu-item')}</ul></nav>`)}
${w('fc', 'text-editor', '<p>© 2026 Desk Notes Ltd. All rights reserved.</p>')}`,
)}</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" role="dialog"
aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://desknotes.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
export const bestOf: TestPage = {
  name: 'heldout275-elementor-best-of-roundup',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: ['Our quick list', ...picks.map((p) => p.name), 'How to choose a standing desk', 'Why trust us'],
  body: texts([...bIntro, ...picks.map((p) => `${p.badge}: ${p.name}`), ...picks.flatMap((p) => [...p.text, ...p.specs]), ...bHow, ...bChecks, ...bWhy]),
  bylines: ['By Rhiannon Beck', 'Updated February 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Home', 'We may earn a commission when you buy through links on our site, at no extra cost to you.', 'Table of Contents',
    'How to choose', ...picks.flatMap((p) => p.buttons), 'Join 40,000 remote workers', 'One email a week with the desk and chair deals worth your time.',
    'Subscribe', 'You may also like', ...bRel, ...bFoot, '© 2026 Desk Notes Ltd. All rights reserved.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};
