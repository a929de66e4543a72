import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout631-kit.js';

/**
 * Held-out batch 631, file d: a counsellor's profile on a therapist directory built with Next.js (CSS modules, __NEXT_DATA__),
 * and an acupuncture clinic's "conditions we treat" page on Drupal 10 (Olivero theme).
 */
const nTitle = 'Priya Ramaswamy-Kell';
const nBody = [
  'About me',
  j(
    'I work with adults who feel stuck: in a pattern of anxiety, in grief that has not softened, or in relationships that keep going',
    'the same way. Many of my clients are high-functioning on the outside and exhausted underneath.',
  ),
  j(
    'My approach is integrative, drawing mainly on person-centred and compassion-focused therapy. In practice that means I will',
    'listen closely, reflect back what I notice, and sometimes offer a small experiment to try between sessions.',
  ),
  'What I can help with',
  'anxiety and panic',
  'bereavement and loss',
  'work stress and burnout',
  'low self-esteem',
  'What to expect',
  j(
    'We start with a free 20-minute phone call so you can ask questions and get a sense of whether we would work well together.',
    'After that, sessions are weekly at a regular time, and you can stop whenever you choose.',
  ),
];
const nFacts = ['Counsellor, MBACP (Accred)', 'Westbury-on-Lune', 'Online and in person', '£60 per session', 'Concessions available'];
const nNav = ['Find a therapist', 'For therapists', 'Articles', 'Log in'];
const nCrumbs = ['Counsellors', 'Lancashire', 'Westbury-on-Lune'];
const nFoot = ['About us', 'How we verify therapists', 'Privacy', 'Terms', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle}, Counsellor
in Westbury-on-Lune | TalkFinder</title><meta name="description" content="I work with adults who feel stuck."><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/7a1c2e9f1b.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a1c2e9f1b.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfessionalService","name":"${nTitle}","address":{"@type":"PostalAddress",
"addressLocality":"Westbury-on-Lune"},"priceRange":"£60"}</script>
<script src="/_next/static/chunks/webpack-3b4c.js" defer=""></script><script src="/_next/static/chunks/pages/therapist/%5Bslug%5D-91f2.js" defer=""></script>
</head><body><div id="__next"><a class="SkipLink_skip__x7Qp2" href="#main">Skip to main content</a>
<header class="Header_header__Zk3tQ"><div class="Header_inner__b2LmR"><a class="Header_logo__q1WcE" href="/">TalkFinder</a><nav class="Header_nav__Hs9Pd"
aria-label="Main"><ul>${links(nNav, 'Header_item__9kAbc')}</ul></nav></div></header>
<div class="ConsentBanner_banner__0dKfA" role="dialog" aria-live="polite"><p>We use cookies to keep you signed in and to understand how our
directory is used.</p><button class="Button_primary__Vb8Lr">Accept all</button><button class="Button_secondary__Ld2Qw">Manage preferences</button></div>
<main id="main" class="Profile_page__LmT4x"><nav aria-label="Breadcrumb"
class="Breadcrumbs_root__R3nUu"><ol>${links(nCrumbs, 'Breadcrumbs_item__2cWcP')}</ol></nav>
<div class="Profile_layout__8UyZv"><div class="Profile_main__pQ1sC"><section class="ProfileHeader_root__mR2bN"><img class="ProfileHeader_photo__Ra0lE"
src="/_next/image?url=%2Fphotos%2Fprk.jpg&amp;w=256&amp;q=75" alt="Photo of ${nTitle}" width="128" height="128">
<div><h1 class="ProfileHeader_name__3kQ9x">${nTitle}</h1><p class="ProfileHeader_title__Wc2uO">${at(nFacts, 0)}</p>
<span class="Badge_verified__Jm5Vd"><svg aria-hidden="true" viewBox="0 0 16 16"></svg>Verified</span></div></section>
<section class="ProfileSection_root__a9Hwe"><h2
class="ProfileSection_heading__uM2Ls">${at(nBody, 0)}</h2><div class="Prose_prose__Xy7Ri">${ps(nBody.slice(1, 3))}</div>
</section><section class="ProfileSection_root__a9Hwe"><h2 class="ProfileSection_heading__uM2Ls">${at(nBody, 3)}</h2>
<ul class="Tags_list__eH5Po">${lis(nBody.slice(4, 8), 'Tags_tag__Lr8Bt')}</ul></section>
<section class="ProfileSection_root__a9Hwe"><h2
class="ProfileSection_heading__uM2Ls">${at(nBody, 8)}</h2><div class="Prose_prose__Xy7Ri">${ps(nBody.slice(9))}</div>
</section></div><aside class="Profile_sidebar__Tq0Dn"><div class="ContactCard_card__Ue3Fs"><dl class="ContactCard_facts__J8cRz">
<dt>Location</dt><dd>${at(nFacts, 1)}</dd><dt>Sessions</dt><dd>${at(nFacts, 2)}</dd><dt>Fees</dt><dd>${at(nFacts, 3)}</dd><dd>${at(nFacts, 4)}</dd></dl>
<a class="Button_primary__Vb8Lr ContactCard_cta__Gh2Lq" href="/therapist/priya-ramaswamy-kell/contact">Send a message</a>
<p class="ContactCard_note__Nw1Xe">Usually replies within 2 days</p></div>
<div class="Similar_root__Ys3Kp"><h2>Similar counsellors nearby</h2><ul>${links(['Owen Thackery', 'Marta Lindqvist-Hale'])}</ul></div></aside></div>
<p class="Profile_updated__F4rVo">Profile last updated 3 March 2025</p></main>
<footer class="Footer_footer__Pz8Kc"><ul>${links(nFoot)}</ul><p>© 2025 TalkFinder Ltd. Listings are written by the therapists themselves.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"therapist":{"slug":"priya-ramaswamy-kell","name":"${nTitle}","fee":60}}},
"page":"/therapist/[slug]","query":{"slug":"priya-ramaswamy-kell"},"buildId":"kY2m3QxP","isFallback":false,"gssp":true}</script></body></html>`;
const nextProfile: TestPage = {
  name: 'heldout631-counsellor-profile-nextjs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 0), at(nBody, 3), at(nBody, 8)],
  body: nBody.filter((_, i) => ![0, 3, 8].includes(i)),
  bylines: ['Profile last updated 3 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'TalkFinder', ...nNav, 'We use cookies to keep you signed in and to understand how our directory is used.', 'Accept all',
    'Manage preferences', ...nCrumbs, ...nFacts.filter((t) => t !== 'Westbury-on-Lune'), 'Verified', 'Location', 'Sessions', 'Fees', 'Send a message',
    'Usually replies within 2 days', 'Similar counsellors nearby', 'Owen Thackery', 'Marta Lindqvist-Hale', ...nFoot,
    '© 2025 TalkFinder Ltd. Listings are written by the therapists themselves.',
  ],
};

const oTitle = 'Conditions we treat';
const oBody = [
  j(
    'People come to us for many reasons. Below are the problems we see most often. Acupuncture works best as',
    'part of your wider care, and we will always suggest you see your doctor first if something has not been checked.',
  ),
  'Pain',
  j(
    'Chronic low back pain, neck pain and knee osteoarthritis make up around half of our appointments. For chronic low back pain and',
    'tension-type headache there is reasonable evidence that a course of acupuncture helps some people.',
  ),
  'Women’s health',
  j(
    'We offer treatment for period pain and for nausea in early pregnancy, and support during fertility treatment alongside your',
    'clinic. Our practitioners have completed additional training in obstetric acupuncture.',
  ),
  'Stress and sleep',
  j(
    'Many patients tell us they sleep better during a course of treatment. We do not claim to treat anxiety disorders or',
    'depression, but acupuncture can be a calm hour in a busy week, and we are happy to work alongside your counsellor or GP.',
  ),
  'What we do not treat',
  j(
    'We do not treat cancer, infections or any condition that needs urgent medical care, and we will never ask you to stop a',
    'medicine your doctor has prescribed.',
  ),
];
const oNav = ['Home', 'About acupuncture', 'Conditions we treat', 'Fees', 'Practitioners', 'Contact'];
const oHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://kestrelrowacupuncture.org.uk/conditions">
<title>${oTitle} | Kestrel Row Acupuncture</title><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9kq1x">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/7"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" aria-expanded="false">
<span class="visually-hidden">Sticky header</span></button></div><div id="site-header__inner" class="site-header__inner">
<div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system">
<div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home"
rel="home">Kestrel Row Acupuncture</a>
</div></div></div></div><div class="mobile-buttons"><button class="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav">
<span class="mobile-nav-button__label">Menu</span></button></div><div id="header-nav" class="header-nav"><nav role="navigation"
aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(oNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
<div class="search-block-form block block-search-narrow" role="search"><form action="/search/node" method="get" class="search-form">
<div class="form-item"><label for="edit-keys" class="form-item__label visually-hidden">Search</label><input type="search" id="edit-keys" name="keys"
class="form-search form-element"></div></form></div></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--highlighted grid-full layout--pass--content-medium">
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${oTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="7" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([at(oBody, 0)])}
<h2>${at(oBody, 1)}</h2>${ps([at(oBody, 2)])}<h2>${at(oBody, 3)}</h2>${ps([at(oBody, 4)])}
<h2>${at(oBody, 5)}</h2>${ps([at(oBody, 6)])}<h2>${at(oBody, 7)}</h2>${ps([at(oBody, 8)])}
</div></div></article></div></div>
<div class="region region--content-below grid-full layout--pass--content-medium"><div id="block-cta" class="block block-block-content">
<div class="block__content"><div class="text-content field field--name-body"><p><strong>Not sure if we can help?</strong> Call us on 0161 496 0732 for a
free ten-minute chat.</p></div></div></div></div></div></div></div>
<div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-olivero-syndicate" role="complementary"
class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml"
class="feed-icon">RSS feed</a></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div class="block block-block-content"><div class="block__content"><p>Kestrel Row Acupuncture is a not-for-profit community clinic.</p></div></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const drupalConditions: TestPage = {
  name: 'heldout631-acupuncture-conditions-drupal',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [at(oBody, 1), at(oBody, 3), at(oBody, 5), at(oBody, 7)],
  body: oBody.filter((_, i) => i % 2 === 0),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kestrel Row Acupuncture', 'Menu', ...oNav.filter((t) => t !== oTitle),
    'Not sure if we can help? Call us on 0161 496 0732 for a free ten-minute chat.',
    'RSS feed', 'Kestrel Row Acupuncture is a not-for-profit community clinic.', 'Powered by Drupal',
  ],
};

export const HELDOUT631_D: readonly TestPage[] = [nextProfile, drupalConditions];
