import { links, type TestPage } from './page-kit.js';
import { j, page, render } from './pages-heldout563-kit.js';

/**
 * Held-out batch 563, file e: a climbing-centre chain's blog post on HubSpot CMS (cookie banner, topic tags, subscribe form,
 * related posts) and a co-op wall's member handbook page on Hugo with the Docsy theme (sidebar tree, page TOC, feedback box).
 */
const hTitle = 'From top rope to lead: how our lead belay assessment works';
const hPart = render([
  {
    p: j(
      'Lead climbing is the next step for a lot of our members, and the most common question we get is what the assessment',
      'involves. Here is what our instructors look for, and how to prepare.',
    ),
  },
  { h: 'Before you book' },
  {
    p: j(
      'You need to hold a top-rope belay card from any Vertigo centre and have climbed at least grade 6a on top rope. If you have',
      'never led before, our four-week Learn to Lead course covers everything in the assessment.',
    ),
  },
  { h: 'On the day' },
  {
    p: j(
      'The assessment takes about 45 minutes with one instructor and two candidates. You will lead and belay each other on the',
      'assessment wall, and the instructor will watch four things:',
    ),
  },
  {
    ol: [
      'Clipping every quickdraw from a stable position, without back-clipping or z-clipping.',
      'Keeping the rope in front of your leg and not behind it.',
      'Giving a soft catch on a planned fall, with the right amount of slack.',
      'Paying out and taking in smoothly, without short-roping the leader.',
    ],
  },
  { h: 'If it does not go to plan' },
  {
    p: j(
      'Around a third of candidates are asked to come back. That is normal. The instructor will tell you exactly what to work on,',
      'and a reassessment within 30 days is free.',
    ),
  },
]);
const hNav = ['Centres', 'Memberships', 'Courses', 'Youth', 'Blog'];
const hTags = ['Courses', 'Lead climbing', 'Safety'];
const hRel = ['Choosing your first rope', 'Five knots every climber should know'];
const hHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.vertigoclimbing.co.uk/hubfs/favicon.png"><meta name="description"
content="What happens in a lead belay assessment and how to prepare.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article"><link rel="canonical"
href="https://www.vertigoclimbing.co.uk/blog/lead-belay-assessment">
<link rel="stylesheet" href="https://www.vertigoclimbing.co.uk/hubfs/hub_generated/template_assets/1/10233/1712/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-04-22",
"author":{"@type":"Person","name":"Callum Reyes"}}</script>
<meta name="generator" content="HubSpot"></head>
<body class="blog-post-template hs-content-id-8812 hs-blog-post hs-content-path-blog-lead-belay-assessment hs-blog-name-vertigo-blog"><div class="body-wrapper">
<div data-global-resource-path="vertigo/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo"><img src="https://www.vertigoclimbing.co.uk/hubfs/logo.svg" class="hs-image-widget" alt="Vertigo Climbing Centres"></a>
</span></div>
<div class="header__column"><div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search"><button aria-label="Search"></button></form></div></div>
</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/callum-reyes" rel="author">Callum Reyes</a>
<time datetime="2027-04-22 08:00:00" class="blog-post__timestamp">Apr 22, 2027 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">
${hPart.html.replace('</p>', '</p>\n<!--more-->')}
</span></div><div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg>
<span>Topics:</span> ${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(' ', '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/blog/${t.length}">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-subscribe"><h3>Subscribe to the Vertigo blog</h3><div class="hbspt-form" id="hbspt-form-7a21"><form id="hsForm_7a21"
class="hs-form-private hsForm_7a21 hs-form">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7a21"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7a21" name="email" required type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div></div></div></main>
<div data-global-resource-path="vertigo/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Vertigo Climbing Centres Ltd, registered in England and Wales no. 10442187.</p><p>&copy; 2027 Vertigo Climbing Centres. All rights reserved.</p></div>
</footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-banner-type="cookie-banner" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>We use cookies to give you the best experience on our website.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.256/js/index.js"></script><script type="text/javascript"
id="hs-script-loader" async defer src="/hs/scriptloader/2290114.js"></script>
</body></html>`;
const hubspot: TestPage = page(
  { name: 'heldout563-hubspot-lead-belay', kind: 'blog', html: hHtml, title: hTitle },
  [hPart],
  ['Callum Reyes', 'Apr 22, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Skip to content', ...hNav, 'Search', 'Topics:', ...hTags, 'Related posts', ...hRel, 'Subscribe to the Vertigo blog', 'Email*', 'Subscribe',
    'Vertigo Climbing Centres Ltd, registered in England and Wales no. 10442187.', '© 2027 Vertigo Climbing Centres. All rights reserved.',
    'We use cookies to give you the best experience on our website.', 'Accept', 'Decline',
  ],
);

const dTitle = 'Auto-belays';
const dLead = 'How to use the auto-belay lanes safely, and what to do when one is out of service.';
const dPart = render([
  {
    p: j(
      'The wall has six auto-belay lanes on the west face. They are open to any member who has been signed off for auto-belay',
      'use at induction. Children under 14 may only use them with a signed-off adult standing at the base.',
    ),
  },
  { h: 'Before you clip in' },
  {
    ol: [
      'Check your harness buckles and leg loops.',
      'Check that the lane’s gate is open and the tag on the unit is green.',
      'Clip the lanyard’s karabiner to your belay loop and make sure the gate is locked.',
      'Ask a partner or a member of staff to check the karabiner.',
    ],
  },
  { h: 'The lanes' },
  {
    th: ['Lane', 'Height', 'Unit'],
    rows: [
      ['1 and 2', '9 m', 'TRUBLUE iQ+'],
      ['3 and 4', '11 m', 'TRUBLUE iQ+'],
      ['5 and 6', '11 m', 'Perfect Descent'],
    ],
  },
  { h: 'Out of service' },
  {
    p: j(
      'A red tag or a closed gate means the lane is out of service. Do not unclip the gate. If a unit retracts slowly or makes a',
      'grinding noise, stop using it, close the gate and tell the duty volunteer, who will log it in the maintenance book.',
    ),
  },
]);
const dBodyHtml = dPart.html
  .replace(/<h2>(.*?)<\/h2>/g, (_m, t: string) => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>`)
  .replace('<table>', '<table class="table">');
const dSide = ['Welcome', 'Induction', 'Bouldering area', 'Ropes and belaying', 'Auto-belays', 'Volunteering', 'Incident reporting'];
const dToc = ['Before you clip in', 'The lanes', 'Out of service'];
const dHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://handbook.redmirewall.coop/docs/ropes/auto-belays/">
<title>Auto-belays | Redmire Wall Members’ Handbook</title>
<meta name="description" content="${dLead}"><meta property="og:title" content="Auto-belays"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2027-01-28T19:02:11+00:00"><link rel="preload" href="/scss/main.min.8d7ab2.css" as="style">
<link href="/scss/main.min.8d7ab2.css" rel="stylesheet" integrity=""><script src="/js/jquery-3.7.1.min.js" integrity="" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar navbar-dark js-navbar-scroll"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Redmire Wall Members’ Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" href="/docs/">
<span>Handbook</span></a></li>
<li class="nav-item"><a class="nav-link" href="https://redmirewall.coop/"><span>Main site</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path"><a href="/docs/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root">
<span>Handbook</span></a><ul class="ul-1">${links(dSide, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></li></ul></nav></div>
</aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://git.redmirewall.coop/handbook/edit/main/content/docs/ropes/auto-belays.md" class="td-page-meta--edit" target="_blank" rel="noopener">
<i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://git.redmirewall.coop/handbook/issues/new?title=Auto-belays" class="td-page-meta--issue" target="_blank" rel="noopener">
<i class="fa-solid fa-list-check fa-fw"></i> Create an issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${dToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></nav>
</div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Handbook</a></li><li class="breadcrumb-item"><a href="/docs/ropes/">Ropes and belaying</a></li>
<li class="breadcrumb-item active" aria-current="page">Auto-belays</li></ol></nav>
<div class="td-content"><h1>${dTitle}</h1><div class="lead">${dLead}</div>
<header class="article-meta"></header>
${dBodyHtml}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes" hidden>Glad to hear it! Please tell us how we can improve.</p></div>
<br><div class="td-page-meta__lastmod">Last modified January 28, 2027: <a href="https://git.redmirewall.coop/handbook/commit/4be1a9c">Add lane heights
table (4be1a9c)</a></div>
</div></main></div></div><footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__right col-6 col-sm-4 order-sm-3"></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2027 <span class="td-footer__authors">Redmire Climbing Wall Co-operative</span>
| <span class="td-footer__license">Documentation
Distributed under CC BY 4.0</span></span></div></div></div></footer></div>
<script src="/js/main.min.5a2c1e.js" integrity="" crossorigin="anonymous"></script><script src="/js/tabpane-persist.js"></script></body></html>`;
const docsy: TestPage = page(
  { name: 'heldout563-hugo-docsy-autobelay', kind: 'docs', html: dHtml, title: dTitle },
  [{ html: '', headings: [], body: [dLead] }, dPart],
  ['Last modified January 28, 2027: Add lane heights table (4be1a9c)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Redmire Wall Members’ Handbook', 'Handbook', 'Main site', ...dSide, 'Edit this page', 'Create an issue', ...dToc, 'Feedback', 'Was this page helpful?',
    'Yes', 'No', '© 2027 Redmire Climbing Wall Co-operative | Documentation Distributed under CC BY 4.0',
  ],
);

export const HELDOUT563_E: readonly TestPage[] = [hubspot, docsy];
