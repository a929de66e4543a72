import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout558-kit.js';

/**
 * Held-out batch 558, file d: a county music service's long guide to choosing a first instrument on Drupal 10 (Olivero theme),
 * and a violin teacher's blog post on Ghost (Casper theme).
 */
const dTitle = 'Choosing a first instrument for your child';
const dLead = j(
  'Every September we hear from hundreds of parents who want their child to learn an instrument but do not know where to',
  'start. This guide sets out what we have learned from thirty years of teaching in Marlshire schools.',
);
const dSecs: [string, string[]][] = [
  [
    'Start with the music they love',
    [
      j(
        'The best predictor of whether a child keeps going is whether they like the sound of the instrument. A child who hums along',
        'to brass bands will stick with the cornet through the difficult first months far longer than one who was handed a clarinet',
        'because it was the one left in the cupboard.',
      ),
      j(
        'Take them to a concert, play them recordings, and let them try instruments at one of our open days. Most children know',
        'within a few minutes which one they want to take home.',
      ),
    ],
  ],
  [
    'Age and size',
    [
      j(
        'Violins and cellos come in fractional sizes, so children can start as young as five. Most woodwind and brass instruments',
        'need adult teeth and a certain hand span, so we usually suggest starting them between eight and ten.',
      ),
      j(
        'The cornet, the recorder and the ukulele are all good first steps for younger children who want to play with others, and',
        'many move on to the trumpet, flute or guitar after a year or two.',
      ),
    ],
  ],
  [
    'What it costs',
    [
      j(
        'Our instrument loan scheme lends school-owned instruments for £18 a term, including insurance and an annual service. Pupils',
        'entitled to free school meals borrow free of charge. Lessons in school are charged separately.',
      ),
      j(
        'If you decide to buy, a good secondhand instrument from a reputable dealer is usually better value than a cheap new one.',
        'Avoid very cheap online instruments: many cannot be set up to play in tune, and repairers often refuse to work on them.',
      ),
    ],
  ],
  [
    'Practice at home',
    [
      j(
        'Little and often is better than one long session on a Sunday. Ten minutes a day for a beginner, building to half an hour by',
        'Grade 3, is plenty. Help your child find a regular time, a quiet space and a music stand.',
      ),
      j(
        'You do not need to read music to help. Ask them to play you what they learned this week, and ask their teacher what to listen',
        'for. Praise effort more than results.',
      ),
    ],
  ],
];
const dSigns = [
  'they dread lessons for weeks at a time, not just the week before a concert',
  'they want to play a different instrument that a friend plays',
  'they only enjoy the group sessions and never the individual lessons',
];
const dSignsIntro = 'Signs that it may be time to change instrument include:';
const dEnd = j(
  'If any of these sound familiar, talk to the teacher before giving up. Many pupils who switch instruments at ten or eleven go',
  'on to play in county ensembles.',
);
const dNav = ['Lessons in schools', 'Ensembles', 'Instrument loans', 'Exams', 'For teachers', 'About us'];
const dCrumbs = ['Home', 'Parents and carers'];
const dRel = ['Instrument loan scheme', 'Open days 2027', 'Paying for lessons'];
const dFoot = ['Contact', 'Accessibility statement', 'Privacy notice', 'Cookies'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.marlshiremusic.org.uk/parents/choosing-first-instrument"><title>${dTitle} | Marlshire Music Service</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_8k3N2b0XU1Gx.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/218"},"ajaxTrustedUrl":[]}</script></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Marlshire Music Service</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form-2"
role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form--2" accept-charset="UTF-8"
class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys"><label for="edit-keys--2" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search"
id="edit-keys--2"
name="keys" class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content"
class="block block-system
block-system-main-block"><article data-history-node-id="218" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p class="lead">${dLead}</p>
${dSecs.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n')}
<h2>When to think again</h2><p>${dSignsIntro}</p><ul>${lis(dSigns)}</ul><p>${dEnd}</p></div>
<div class="field field--name-field-related field--type-link field--label-above"><div class="field__label">See also</div><div class="field__items">
${dRel.map((t) => `<div class="field__item"><a href="/parents/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`).join('\n')}</div></div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-08-28T12:00:00Z">28 August 2026</time></div></div></div></article></div></div></main></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav role="navigation"
aria-labelledby="block-footer-menu"
id="block-footer" class="block block-menu navigation menu--footer"><h2 class="block__title" id="block-footer-menu">Useful links</h2><ul
class="menu">${links(dFoot, 'menu__item')}</ul>
</nav></div><div class="region region--footer-bottom grid-full"><div id="block-olivero-footer-text" class="block block-block-content"><div class="text-content">
<p>Marlshire Music Service is part of Marlshire County Council's education service.</p></div></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout558-drupal-first-instrument',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [...dSecs.map(([h]) => h), 'When to think again'],
  body: texts([dLead, ...dSecs.flatMap(([, p]) => p), dSignsIntro, ...dSigns, dEnd]),
  bylines: ['Last reviewed', '28 August 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Marlshire Music Service', 'Menu', ...dNav.filter((t) => t !== 'Ensembles'), 'Parents and carers', 'See also', ...dRel.slice(1),
    'Useful links',
    ...dFoot, "Marlshire Music Service is part of Marlshire County Council's education service.",
  ],
};

const gTitle = 'Why your scales sound fine at home and fall apart in the exam';
const gDek = 'Notes from a week of mock exams with my Grade 4 to 6 students.';
const gBody = [
  j(
    'Last week I ran mock exams for eleven of my violin students. Almost all of them played scales well in lessons, and almost',
    'all of them stumbled over at least one in the mock. I have seen this every year, and I think I finally understand why.',
  ),
  j(
    'At home, students practise scales in the order they appear in the book. In the exam, the examiner asks for them in any',
    'order, with a bowing and a dynamic attached. The fingers know the pattern, but the start note and the first shift have to',
    'be found from cold.',
  ),
  'Three changes that helped',
  'Shuffle the scale cards and play them in the order you draw them.',
  'Say the key, the bowing and the start finger out loud before playing.',
  'Play each scale once, cleanly, rather than five times in a row.',
  j(
    'After a fortnight of this, the same students went through the list again. Nine of the eleven played every scale without',
    'a restart. The other two were slower but steady, which is all an examiner asks for.',
  ),
  j(
    'If you are a parent, the most useful thing you can do is play the examiner: pick a card, read it out, and let them play',
    'without comment. It takes five minutes and it is the closest thing to the real room.',
  ),
];
const gNav = ['Home', 'Lessons', 'About', 'Students corner'];
const gMore = ['Bow holds for small hands', 'What happens in a Grade 1 exam', 'Practice charts that actually work'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${gTitle}</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1c2d9e4f0">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://notes.claraweiss-violin.com/scales-in-the-exam/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Clara Weiss Violin">
<meta property="article:published_time" content="2027-03-04T08:15:00.000Z"><meta property="article:tag" content="Exams">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Clara Weiss Violin"},
"author":{"@type":"Person","name":"Clara Weiss"},"headline":"${gTitle}","datePublished":"2027-03-04T08:15:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://notes.claraweiss-violin.com/" data-key="3b1f0d7a" data-api="https://notes.claraweiss-violin.com/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta {display:flex;flex-direction:column;}</style></head>
<body class="post-template tag-exams is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://notes.claraweiss-violin.com">Clara Weiss Violin</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-exams featured"><header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/exams/">Exams</a></span><span
class="post-card-featured">Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/clara/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/clara.jpg" alt="Clara Weiss"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/clara/">Clara Weiss</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-03-04">Mar 4, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(0, 2))}<h2 id="three-changes-that-helped">${gBody[2]}</h2><ol>${lis(gBody.slice(3, 6))}</ol>
${ps(gBody.slice(6))}</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Get new posts by email</h2>
<a class="gh-btn" data-portal="signup" href="#/portal/signup">Subscribe for free</a></div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><h2 class="post-card-title">${gMore[0]}</h2></article>
<article class="post-card post"><h2 class="post-card-title">${gMore[1]}</h2></article><article class="post-card post"><h2
class="post-card-title">${gMore[2]}</h2>
</article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://notes.claraweiss-violin.com">Clara Weiss Violin</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Lesson enquiries'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1c2d9e4f0"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout558-ghost-violin-scales',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2)]),
  bylines: ['Clara Weiss', 'Mar 4, 2027', '• 2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clara Weiss Violin', ...gNav.filter((t) => t !== 'Home' && t !== 'Lessons'), 'Subscribe', 'Featured', 'Get new posts by email',
    'Subscribe for free', ...gMore, 'Clara Weiss Violin © 2027', 'Sign up', 'Lesson enquiries', 'Powered by Ghost',
  ],
};

export const HELDOUT558_D: readonly TestPage[] = [drupal, ghost];
