import { links, plain, type TestPage } from './page-kit.js';
import { type Block, gold, j, render } from './pages-heldout578-kit.js';

/**
 * Held-out batch 578, file e: a stove maker's knowledge base article on HubSpot (Service Hub knowledge base template,
 * feedback widget, related articles, HubSpot cookie banner), and a sweep's diary post on Ghost (Casper theme).
 */
const hTitle = 'Cleaning the glass on your Tallis stove';
const hBlocks: Block[] = [
  j(
    'A thin brown haze on the glass is normal after a slow burn. A thick black layer usually means the wood is too wet or the air controls are',
    'closed too far. Either way, the glass can be cleaned in a few minutes.',
  ),
  { h: 'Before you start' },
  j('Only clean the glass when the stove is completely cold. Never use oven cleaner, abrasive pads or anything containing ammonia: they damage the seal.'),
  { h: 'Step by step' },
  {
    ol: [
      'Open the door and lay an old towel on the hearth under it.',
      'Dampen a sheet of newspaper, crumple it and dip it in the fine white ash from the firebox.',
      'Rub the glass in small circles until the deposits lift.',
      'Wipe off the residue with a clean damp cloth, then polish dry with kitchen paper.',
    ],
  },
  j(
    'For stubborn deposits use a stove glass cleaner approved for ceramic glass. Spray it onto the cloth, not onto the glass, so that it does not',
    'run into the door rope.',
  ),
  { h: 'Keeping it clean' },
  {
    ul: [
      'Burn logs with a moisture content below 20%.',
      'Keep the airwash control at least half open when the stove is burning.',
      'Run the stove hot for 20 minutes after each refuel before turning it down.',
    ],
  },
  j('If the glass still blackens within an hour of lighting, please contact your installer: the flue may not be drawing properly.'),
];
const hRel = ['Replacing the door rope seal', 'Why does my stove smell when it is new?', 'Choosing the right firelighters'];
const hNav = ['Stoves', 'Find a Retailer', 'Support', 'About Tallis'];
const hCrumbs = ['Knowledge Base', 'Care &amp; Maintenance'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cleaning the glass on your Tallis stove</title>
<meta name="description" content="How to clean stove glass safely, and how to stop it blackening.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="//7319004.fs1.hubspotusercontent-na1.net/hubfs/7319004/hub_generated/template_assets/1/knowledge-base.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hTitle}","dateModified":"2026-08-21"}</script>
<script>var hsVars = {"render_id":"b7b1","ticks":1724230000,"page_id":88410,"content_group_id":88400,
"portal_id":7319004,"app_hs_base_url":"https://app.hubspot.com"};</script>
<meta name="generator" content="HubSpot"></head>
<body class="kb-article hs-content-id-88410 hs-knowledge-article hs-knowledge-base-88400"><div class="body-wrapper">
<a href="#main-content" class="header__skip">Skip to content</a>
<div data-global-resource-path="tallis/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><a href="https://www.tallisstoves.example">
<img src="//7319004.fs1.hubspotusercontent-na1.net/hubfs/tallis-logo.svg" alt="Tallis Stoves"></a></div>
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav class="menu menu--desktop"
aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="kb-search-section kb-search-section--small"><div class="kb-search-section__content">
<form class="kb-search__form" action="/knowledge/kb-search-results"><label for="kb-search" class="show-for-sr">Search the knowledge base</label>
<input id="kb-search" class="kb-search__input" type="text" name="term" placeholder="How can we help?" autocomplete="off"></form></div></div>
<div class="kb-article-wrapper content-wrapper"><div class="kb-breadcrumb-container"><ul class="kb-breadcrumbs">${links(hCrumbs, 'kb-breadcrumbs__item')}</ul>
</div>
<div class="kb-sidebar"><h3 class="kb-sidebar__title">Care &amp; Maintenance</h3>
<ul class="kb-sidebar__list">${links([hTitle, ...hRel], 'kb-sidebar__item')}</ul></div>
<div class="kb-article"><h1 class="kb-article__title">${hTitle}</h1><div class="kb-article__updated">Last updated: August 21, 2026</div>
<div class="kb-article__content"><span id="hs_cos_wrapper_kb_article_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${render(hBlocks)}
</span></div>
<div class="kb-feedback"><p class="kb-feedback__question">Was this article helpful?</p><div class="kb-feedback__buttons">
<button class="kb-feedback__yes">Yes</button>
<button class="kb-feedback__no">No</button></div><p class="kb-feedback__thanks" style="display:none">Thanks for your feedback!</p></div>
<div class="kb-related"><h2 class="kb-related__title">Related articles</h2><ul>${links(hRel)}</ul></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Tallis Stoves Ltd, Wharf Street, Arnsby. Registered in England No. 04417821.</p>
<ul class="footer__links">${links(['Warranty', 'Privacy', 'Contact support'])}</ul><p>© 2026 Tallis Stoves</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>We use cookies to personalise content and to analyse our traffic.</p></div>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a>
<a id="hs-eu-cookie-settings-button" role="button" href="#">Cookie Settings</a></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/7319004.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout578-hubspot-stove-glass',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  ...gold(hBlocks),
  bylines: ['Last updated: August 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search the knowledge base', ...hCrumbs.map(plain), ...hRel, 'Was this article helpful?', 'Yes', 'No', 'Related articles',
    'Tallis Stoves Ltd, Wharf Street, Arnsby. Registered in England No. 04417821.', 'Warranty', 'Privacy', 'Contact support', '© 2026 Tallis Stoves',
    'We use cookies to personalise content and to analyse our traffic.', 'Accept', 'Decline', 'Cookie Settings',
  ],
};

const gTitle = 'Forty chimneys in October';
const gDek = 'A month of sweeping in the hills, and what came down the flues.';
const gBlocks: Block[] = [
  j(
    'October is the month when everyone remembers they have a chimney. I swept forty-one flues this year between the first and the thirty-first,',
    'which is about as many as my back will allow, and I kept notes on every one. Here is what I found.',
  ),
  { h: 'Nests, mostly jackdaws' },
  j(
    'Seven chimneys had nests in them, all but one built by jackdaws. A jackdaw nest is not a few twigs: the biggest one this month filled two',
    'builder’s bags and had been added to for at least three springs. The owners had noticed the stove “not pulling” but put it down to the weather.',
  ),
  j('All seven now have bird guards. If you have an unused chimney with an open pot, it is worth a look from the garden with binoculars.'),
  { h: 'Tar, where the wood was wet' },
  j(
    'Five flues had a glazed, shiny tar on the liner that would not come off with a normal brush. Every one of those households was burning wood',
    'they had cut themselves the winter before. Tar like that is what catches fire. I used a rotary chain on two of them and asked the others to',
    'switch to dry logs and call me back in January.',
  ),
  { h: 'The good news' },
  j(
    'Twenty-two of the forty-one were in good shape: a cupful or two of light, dry soot, a clean pot and a strong draw. Those were mostly stoves',
    'burning kiln-dried logs, run hot, and swept every year.',
  ),
  j(
    'The lesson, as always, is that the fuel matters more than the stove. A cheap stove burning dry wood leaves a cleaner chimney than an',
    'expensive one burning green ash.',
  ),
  { h: 'Booking for next year' },
  j('I start taking bookings for next autumn in June. Subscribers get first pick of the dates.'),
];
const gCallout = 'Tip: a moisture meter costs about £15. Split a log and test the fresh face, not the outside.';
const gRead = ['Why I stopped using chemical sweeping logs', 'A Victorian flue with three bends', 'What a smoke test tells you'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Forty chimneys in October</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e2c1a7a20"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://sweepsdiary.example/forty-chimneys-in-october/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-02T09:00:00.000Z"><meta property="article:tag" content="Field notes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"A Sweep’s Diary"},
"author":{"@type":"Person","name":"Wil Penhallow"},"headline":"${gTitle}","datePublished":"2026-11-02T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://sweepsdiary.example/" data-key="3f2a" data-api="https://sweepsdiary.example/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;padding:40px 4vw;}</style></head>
<body class="post-template tag-field-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://sweepsdiary.example">
A Sweep’s Diary</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="https://sweepsdiary.example/">Home</a></li><li class="nav-field-notes"><a href="/tag/field-notes/">Field notes</a></li>
<li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-field-notes image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/field-notes/">Field notes</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/wil/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/03/wil.jpg" alt="Wil Penhallow"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/wil/">Wil Penhallow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-02">Nov 2, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div>
</div>
</section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2026/11/nest.jpg 300w" src="/content/images/size/w2000/2026/11/nest.jpg" alt="A jackdaw nest on a dust sheet">
<figcaption><span style="white-space: pre-wrap;">Two bags of jackdaw nest from a farmhouse near Treleven.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${render(gBlocks.slice(0, 6))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
${render(gBlocks.slice(6))}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-feed">${gRead
  .map(
    (t) => `<article class="post-card post">
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Field notes</span></div><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://sweepsdiary.example">A Sweep’s Diary</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5e2c1a7a20"></script></body></html>`;
const gGold = gold(gBlocks);
const ghost: TestPage = {
  name: 'heldout578-ghost-forty-chimneys',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gGold.headings,
  // the excerpt, then the blocks with the callout after the second section's paragraph
  body: [gDek, ...gGold.body.slice(0, 4), gCallout, ...gGold.body.slice(4)],
  bylines: ['Wil Penhallow', 'Nov 2, 2026', '• 3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'A Sweep’s Diary', 'Home', 'Field notes', 'About', 'Sign in', 'Subscribe', 'Two bags of jackdaw nest from a farmhouse near Treleven.',
    'Sign up for more like this.', 'Enter your email', ...gRead, 'A Sweep’s Diary © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT578_E: readonly TestPage[] = [hubspot, ghost];
