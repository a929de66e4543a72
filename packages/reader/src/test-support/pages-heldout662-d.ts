import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout662-kit.js';

/**
 * Held-out batch 662, file d: a van hire firm's blog post on Ghost (Casper theme, image card with caption, member signup box,
 * read-more cards), and a chauffeur firm's corporate FAQ page on HubSpot CMS (drag-and-drop modules, accordion, HubSpot form).
 */
const gTitle = 'Which van size do I need? A simple guide for house moves';
const gDek = 'Most people hire a van that is either too big to park or too small to finish the job in one trip. Here is how to get it right.';
const gParts: { h: string; ps: string[] }[] = [
  {
    h: '',
    ps: [
      j(
        'We answer the same question on the phone every weekend: how big a van do I need? The honest answer depends less on the',
        'number of bedrooms than on how much furniture you are taking, so start by walking round your home and counting the big items.',
      ),
    ],
  },
  {
    h: 'Small vans: a studio or a few pieces',
    ps: [
      j(
        'A small van such as a Ford Transit Connect has about 3.6 cubic metres of space. That is enough for a single bed, a chest',
        'of drawers and twenty boxes, and it can be driven and parked like a large car.',
      ),
    ],
  },
  {
    h: 'Medium and long wheelbase vans: one or two bedrooms',
    ps: [
      j(
        'A long wheelbase Transit holds around 11 cubic metres, which is the contents of a typical one-bedroom flat. For a two-bedroom',
        'flat, plan on two trips or move up to a Luton.',
      ),
      j(
        'Remember that long vans need long parking spaces. If you live on a busy street, ask your council about a parking',
        'suspension for moving day; many charge less than £40.',
      ),
    ],
  },
  {
    h: 'Luton vans: two bedrooms and more',
    ps: [
      j(
        'A Luton box van has a square body of about 18 cubic metres and a tail lift, so you will not need to carry a washing machine',
        'up a ramp. It is the most popular van for family moves, but it is 3.5 metres tall, so check for low bridges and multi-storey',
        'car parks on your route.',
      ),
      j(
        'You can drive all of our vans on a standard car licence, as long as you passed your test before 1997 or the van weighs',
        'no more than 3.5 tonnes, which all of ours do.',
      ),
    ],
  },
];
const gBody = [gDek, ...gParts.flatMap((p) => p.ps)];
const gNav = ['Home', 'Guides', 'News', 'Book a van'];
const gMore = ['How to load a van so nothing moves', 'Moving day checklist: twelve things to do the night before', 'What our excess reduction cover includes'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b1e29c6a4"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://blog.kiteroadvans.example/which-van-size-do-i-need/"><meta property="og:type" content="article">
<meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-02-08T09:30:00.000Z"><meta property="article:tag" content="Guides">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kite Road Vans"},
"author":{"@type":"Person","name":"Orla Benning"},"headline":"${gTitle}","datePublished":"2027-02-08T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://blog.kiteroadvans.example/" data-key="3e7a1f0c2b" data-api="https://blog.kiteroadvans.example/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:28px 28px 40px}</style></head>
<body class="post-template tag-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.kiteroadvans.example">
Kite Road Vans</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guides image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/guides/">Guides</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/orla/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/2026/11/orla.jpg" alt="Orla Benning"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/orla/">Orla Benning</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-08">Feb 8, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div>
</div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/02/luton.jpg 300w, /content/images/size/w600/2027/02/luton.jpg 600w"
src="/content/images/size/w2000/2027/02/luton.jpg"
alt="${gTitle}"></figure></header>
<section class="gh-content gh-canvas">
${gParts
  .map(
    (p, i) =>
      `${p.h === '' ? '' : `<h2 id="h-${i}">${p.h}</h2>\n`}${ps(p.ps)}${
        i === 2
          ? `\n<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2027/02/lwb.jpg"
class="kg-image" alt="" loading="lazy" width="1200" height="800"><figcaption>
<span style="white-space: pre-wrap;">A long wheelbase Transit ready for collection at our Kite Road yard.</span></figcaption></figure>`
          : ''
      }`,
  )
  .join('\n')}
<div class="kg-card kg-button-card kg-align-center"><a href="https://kiteroadvans.example/book" class="kg-btn kg-btn-accent">Check prices and availability</a>
</div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrapper outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.slice(0, 12)}/">
<img class="post-card-image" src="/content/images/size/w600/2027/01/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/${t.slice(0, 12)}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Guides</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-01-20">Jan 20, 2027</time>
<span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.kiteroadvans.example">Kite Road Vans</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li class="nav-contact">
<a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8b1e29c6a4"></script></body></html>`;
const kiteRoad: TestPage = {
  name: 'heldout662-ghost-casper-van-size-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.filter((p) => p.h !== '').map((p) => p.h),
  body: texts(gBody),
  bylines: ['Orla Benning', 'Feb 8, 2027', '• 3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kite Road Vans', ...gNav, 'Sign in', 'Subscribe', 'Guides', 'A long wheelbase Transit ready for collection at our Kite Road yard.',
    'Check prices and availability', 'Sign up for more like this.', 'Enter your email', ...gMore, 'Jan 20, 2027', '4 min read', 'Kite Road Vans © 2027',
    'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

const hTitle = 'Corporate Account FAQs';
const hIntro = 'Answers to the questions our travel bookers ask most often. If yours is not here, your account manager is a phone call away.';
const hFaq = [
  {
    q: 'How do I open a corporate account?',
    a: j(
      'Complete the account application with your company details and the names of up to five authorised bookers. We run a',
      'credit check and usually open the account within two working days.',
    ),
  },
  {
    q: 'How are journeys invoiced?',
    a: j(
      'We send one consolidated invoice at the end of each month, with a line for each journey showing the passenger, the cost',
      'centre and any waiting time. Payment terms are 30 days.',
    ),
  },
  {
    q: 'Can I book a car at short notice?',
    a: 'Yes. Within the M25 we can usually have a Business Class car with you within 45 minutes, at any hour of the day.',
  },
  {
    q: 'What happens if a meeting overruns?',
    a: j(
      'Your chauffeur will wait. The first 15 minutes are free on every booking and waiting time is then charged in',
      '15-minute units at the hourly rate of the car.',
    ),
  },
  {
    q: 'Do your chauffeurs sign non-disclosure agreements?',
    a: 'Every chauffeur signs our confidentiality agreement, and we will sign your own NDA on request.',
  },
];
const hNav = ['Chauffeur Services', 'Corporate', 'Events', 'Fleet', 'About', 'Contact'];
const hFoot = ['Privacy Notice', 'Cookie Settings', 'Modern Slavery Statement', 'Sitemap'];
const hMod = (
  id: string,
  type: string,
  inner: string,
): string => `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corporate Account FAQs | Halcombe Chauffeur Drive</title>
<meta name="description" content="Answers to common questions about corporate chauffeur accounts with Halcombe.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4412098/hub_generated/template_assets/1/88217311422/1712233011914/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"How do I open a corporate account?"}]}</script>
<meta property="og:url" content="https://www.halcombe.example/corporate-faqs"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-88219011233 hs-site-page page"><div data-global-resource-path="halcombe-2024/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
${hMod(
  'site_logo',
  'logo',
  `<a href="https://www.halcombe.example" id="hs-link-site_logo">
<img src="/hubfs/halcombe-logo.svg" class="hs-image-widget" alt="Halcombe Chauffeur Drive"></a>`,
)}</div>
<div class="header__menu header__menu--desktop">${hMod(
  'navigation-primary',
  'menu',
  `<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav>`,
)}</div><div class="header__search header--element">${hMod(
  'site_search',
  'module',
  `<div class="hs-search-field">
<div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label>
<input type="text" id="site_search-input" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div>`,
)}</div>
<div class="header__button">${hMod('header_cta', 'module', '<a class="button" href="/book">Book a Chauffeur</a>')}</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">
${hMod(
  'dnd_area-module-2',
  'rich_text',
  `<span id="hs_cos_wrapper_dnd_area-module-2_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
<h1>${hTitle}</h1><p>${hIntro}</p></span>`,
)}</div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
${hMod(
  'dnd_area-module-3',
  'module',
  `<div class="accordion">${hFaq
    .map(
      (f, i) => `<details class="accordion__item"${i === 0 ? ' open' : ''}><summary class="accordion__title">
<h3>${f.q}</h3></summary><div class="accordion__content"><p>${f.a}</p></div></details>`,
    )
    .join('\n')}</div>`,
)}</div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
${hMod(
  'dnd_area-module-4',
  'form',
  `<h3 class="form-title">Still have a question?</h3><div id="hs_form_target_dnd_area-module-4"><form novalidate accept-charset="UTF-8"
class="hs-form-private hsForm_3f1a hs-form stacked" data-form-id="3f1a"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-3f1a">
<span>Work email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-3f1a" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Ask us"></div></div></form></div>`,
)}</div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="halcombe-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hMod(
  'footer_menu',
  'simple_menu',
  `<span class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation"><ul role="menu">
${links(hFoot, 'hs-menu-item hs-menu-depth-1')}</ul></span>`,
)}<p class="footer__copyright">© 2027 Halcombe Chauffeur Drive Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer. These
cookies are used to improve your website experience and provide more personalized services to you.</p><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>
<script>var hsVars = {"render_id":"8e1a","ticks":1712233144116,"page_id":88219011233};</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412098.js"></script></body></html>`;
const halcombe: TestPage = {
  name: 'heldout662-hubspot-corporate-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hFaq.map((f) => f.q),
  body: texts([hIntro, ...hFaq.map((f) => f.a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Corporate'), 'Book a Chauffeur', 'Still have a question?', 'Work email', ...hFoot,
    '© 2027 Halcombe Chauffeur Drive Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT662_D: readonly TestPage[] = [kiteRoad, halcombe];
