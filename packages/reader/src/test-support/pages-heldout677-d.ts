import { links, ps, type TestPage, texts } from './page-kit.js';
import { held, j, lis } from './pages-heldout677-kit.js';

/**
 * Held-out batch 677, file d: a patient exercise leaflet after a wrist fracture on a community health trust's Drupal 10 site
 * (Olivero-based theme, section menu sidebar), and a "what is clinical Pilates" post on a physiotherapy chain's HubSpot CMS blog.
 */
const dTitle = 'Exercises after a broken wrist';
const dIntro = [
  j(
    'This leaflet is for adults who have had a broken wrist treated in a plaster cast or splint. Your physiotherapist will tell you',
    'which of these exercises to start with and how often to do them.',
  ),
  j(
    'It is normal for the wrist to feel stiff and weak when the cast comes off, and for the hand to swell a little at the end of the',
    'day. Most people get back to everyday tasks within six to eight weeks, but full strength can take up to a year.',
  ),
];
const dBeforeH = 'Before you start';
const dBefore = [
  'Take off rings and watches, as the hand can swell.',
  'Warm your hand in a bowl of warm water for five minutes if it feels very stiff.',
  'Do the exercises slowly. A stretching feeling is fine; stop if you feel sharp pain.',
];
const dExH = 'The exercises';
const dEx: [string, string][] = [
  [
    '1. Wrist bend and straighten',
    j('Rest your forearm on a table with your hand over the edge, palm down. Let the hand drop down, then', 'lift it up as far as you can. Repeat 10 times.'),
  ],
  [
    '2. Turning the palm',
    j('Sit with your elbow bent at your side. Turn your palm up to the ceiling, then down to the floor.', 'Keep the elbow still. Repeat 10 times.'),
  ],
  ['3. Side to side', 'With your forearm and palm flat on a table, slide your hand from side to side like a windscreen wiper. Repeat 10 times.'],
  ['4. Make a fist', 'Make a gentle fist, then straighten your fingers fully. Repeat 10 times. Squeeze a soft ball once this is easy.'],
];
const dHelpH = 'When to contact us';
const dHelp = [
  j(
    'Contact the physiotherapy department if your fingers become numb, cold or very swollen, if pain is getting worse rather than',
    'better, or if you cannot move your fingers fully after two weeks out of plaster.',
  ),
];
const dNav = ['Our services', 'Your visit', 'Work for us', 'About us', 'News'];
const dCrumbs = ['Home', 'Our services', 'Physiotherapy', 'Patient leaflets'];
const dSide = ['Physiotherapy', 'Musculoskeletal physiotherapy', 'Hand therapy', 'Patient leaflets', 'Self-referral'];
const dFoot = ['Accessibility statement', 'Cookies', 'Freedom of information', 'Privacy notice', 'Contact us'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.carrickvale.nhs.example/services/physiotherapy/leaflets/exercises-after-broken-wrist"><title>Exercises after a
broken wrist |
Carrick Vale Community Health</title><link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Qm3h8n2T1xJ4kP0d.css?delta=0&amp;language=en&amp;theme=cvch">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/318","currentLanguage":"en"},"ajaxTrustedUrl":[]}</script>
</head><body class="path-node page-node-type-leaflet"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__inner"><div class="site-header__inner__container container"><div id="block-cvch-site-branding" class="site-branding block block-system
block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/cvch/logo.svg"
alt="Home" fetchpriority="high"></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Carrick Vale Community
Health</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow"
data-drupal-selector="search-block-form"
id="block-cvch-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label
for="edit-keys"
class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
type="search"
id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary
search-form__submit button
js-form-submit form-submit" type="submit" id="edit-submit" value="Search"><span class="icon--search"></span><span
class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-cvch-main-menu-menu" id="block-cvch-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-cvch-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1"
data-drupal-selector="primary-nav-menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div class="region region--breadcrumb grid-full
layout--pass--content-medium">
<div id="block-cvch-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol
class="breadcrumb__list">
${links(dCrumbs, 'breadcrumb__item')}</ol></div></nav></div></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-cvch-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title
field--type-string
field--label-hidden">${dTitle}</span></h1></div></div><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden"></div><div id="block-cvch-content" class="block block-system block-system-main-block"><div
class="block__content">
<article data-history-node-id="318" class="node node--type-leaflet node--view-mode-full"><div class="node__content">
<div class="field field--name-field-leaflet-ref field--type-string field--label-inline"><div class="field__label">Leaflet reference</div><div
class="field__item">PHY-042</div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dBeforeH}</h2><ul>${lis(dBefore)}</ul>
<h2>${dExH}</h2>
${dEx
  .map(
    ([h, p]) => `<h3>${h}</h3>
<figure role="group" class="caption caption-img align-right"><img src="/sites/default/files/inline-images/phy042-${h.length}.png" alt=""
width="220" height="160" loading="lazy"><figcaption>Exercise ${h.slice(0, 1)}</figcaption></figure>\n<p>${p}</p>`,
  )
  .join('\n')}
<h2>${dHelpH}</h2>${ps(dHelp)}
<p><strong>Physiotherapy department, Carrick Vale Hospital:</strong> 01632 960 905 (Monday to Friday, 8.30am to 4.30pm)</p>
</div>
<div class="field field--name-field-published field--type-datetime field--label-inline"><div class="field__label">Date published</div><div class="field__item">
<time datetime="2026-03-09T12:00:00Z">March 2026</time></div></div>
<div class="field field--name-field-review-date field--type-datetime field--label-inline"><div class="field__label">Review date</div><div class="field__item">
<time datetime="2029-03-09T12:00:00Z">March 2029</time></div></div>
<div class="print-link"><a href="/print/view/pdf/leaflet/318" class="button button--small">Download this leaflet
(PDF)</a></div></div></article></div></div></div></main>
<aside class="sidebar region region--sidebar" role="complementary"><nav role="navigation" aria-labelledby="block-cvch-section-menu" id="block-cvch-section-menu"
class="block block-menu navigation menu--main"><h2 class="block__title" id="block-cvch-section-menu">In this section</h2><ul
class="menu">${links(dSide, 'menu__item')}</ul>
</nav></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div id="block-cvch-footer" class="block
block-menu navigation menu--footer"><ul class="menu">${links(dFoot, 'menu__item')}</ul></div></div><div class="region region--footer-bottom grid-full">
<p>© Carrick Vale Community Health Trust 2026</p></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const drupal: TestPage = held({
  name: 'heldout677-drupal-wrist-leaflet',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dBeforeH, dExH, ...dEx.map(([h]) => h), dHelpH],
  body: texts([
    ...dIntro,
    ...dBefore,
    ...dEx.map(([, p]) => p),
    ...dHelp,
    'Physiotherapy department, Carrick Vale Hospital: 01632 960 905 (Monday to Friday, 8.30am to 4.30pm)',
  ]),
  bylines: ['Date published', 'March 2026', 'Review date', 'March 2029'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Carrick Vale Community Health', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', ...dCrumbs, 'Leaflet reference',
    'PHY-042', ...dEx.map(([h]) => `Exercise ${h.slice(0, 1)}`), 'Download this leaflet (PDF)', 'In this section', ...dSide, ...dFoot,
    '© Carrick Vale Community Health Trust 2026',
  ],
});

const hTitle = 'What is clinical Pilates, and is it different from a gym class?';
const hSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'We get asked this at reception most weeks. Clinical Pilates uses the same exercises and equipment as the Pilates you might',
        'do at a gym or studio, but it is led by a physiotherapist and built around an assessment of your body and your injury.',
      ),
    ],
  ],
  [
    'It starts with an assessment',
    [
      j(
        'Before your first class, you see a physio for a 45-minute assessment. We look at how you move, test strength and',
        'flexibility, and talk about what you want to get back to, whether that is gardening, golf or sleeping through the night.',
        'From that we pick a starting programme and a class level.',
      ),
    ],
  ],
  [
    'Small classes, individual programmes',
    [
      j(
        'Our classes take a maximum of four people. Everyone in the room may be working on something different: one person on',
        'control of the lower back after a disc injury, another on hip strength after a replacement. The physio moves between',
        'you, adjusting springs and progressing exercises as you improve.',
      ),
    ],
  ],
  [
    'Who is it for?',
    [
      'persistent low back or neck pain',
      'recovery after joint replacement or spinal surgery',
      'pregnancy and the months after birth',
      'people with hypermobility who want more control',
    ],
  ],
  [
    'Can I claim on my health insurance?',
    [
      j(
        'Because classes are run by registered physiotherapists, some insurers will cover them as part of a course of treatment.',
        'Check your policy or ask our team, who can give you the codes your insurer needs.',
      ),
    ],
  ],
];
const hNav = ['Physiotherapy', 'Clinical Pilates', 'Sports Massage', 'Clinics', 'Blog'];
const hRel = ['Five exercises for a stiff upper back', 'Pilates after a hip replacement: a patient’s story', 'Reformer or mat: which is right for you?'];
const hSecHtml = hSecs
  .map(([h, paras]) => {
    const hh = h === '' ? '' : `<h2>${h}</h2>\n`;
    return h === 'Who is it for?' ? `${hh}<p>It suits most people, and is particularly useful for:</p><ul>${lis(paras)}</ul>` : `${hh}${ps(paras)}`;
  })
  .join('\n');
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>What is clinical Pilates, and is it different from a gym class?</title>
<link rel="shortcut icon" href="https://www.avonreachphysio.co.uk/hubfs/favicon.png"><meta name="description" content="How physio-led Pilates differs from
a studio class.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.avonreachphysio.co.uk/blog/what-is-clinical-pilates">
<link rel="stylesheet" href="https://www.avonreachphysio.co.uk/hubfs/hub_generated/template_assets/1/91284471722/1709112345678/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Rosalind Achterberg"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-158833010214 hs-blog-post hs-blog-id-91283355901 "><div
data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div
class="header__logo-col">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style=""
data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style=""><a
href="https://www.avonreachphysio.co.uk" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img
src="https://www.avonreachphysio.co.uk/hubfs/logo.svg"
class="hs-image-widget" height="48" style="height:auto;width:180px;border-width:0px;border:0px;" width="180" alt="Avonreach Physio and
Pilates"></a></span></div></div>
<div class="header__menu-col"><div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div><div class="header__button"><a class="button" href="/book">Book
an appointment</a></div>
</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a
href="https://www.avonreachphysio.co.uk/blog/author/rosalind-achterberg">Rosalind Achterberg</a>
<time datetime="2026-02-03 09:15:00" class="blog-post__timestamp">Feb 3, 2026 9:15:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hSecHtml}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1f6c2e-1d0a-4f3e-9c77-0a4b2d1e6f88"><span class="hs-cta-node
hs-cta-5b1f6c2e-1d0a-4f3e-9c77-0a4b2d1e6f88" id="hs-cta-5b1f6c2e-1d0a-4f3e-9c77-0a4b2d1e6f88"><a
href="https://cta-redirect.hubspot.com/cta/redirect/6412295/5b1f6c2e"><img
class="hs-cta-img" id="hs-cta-img-5b1f6c2e" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/6412295/5b1f6c2e.png" alt="Book a
clinical Pilates assessment">
</a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(6412295,
'5b1f6c2e-1d0a-4f3e-9c77-0a4b2d1e6f88', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path d="M0
252.118V48C0"/>
</g></svg><a class="blog-post__tag-link" href="https://www.avonreachphysio.co.uk/blog/tag/pilates" rel="tag">Pilates</a>,
<a class="blog-post__tag-link" href="https://www.avonreachphysio.co.uk/blog/tag/back-pain" rel="tag">Back pain</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}">
<div class="blog-related-posts__post-content"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/blog/${t.length}">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_comments" style="" data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><div
id="comments-listing"
class="new-comments"></div><div id="hs_form_target_42417"></div></div></span></div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Avonreach Physio and Pilates · 3 clinics across Wendlebury and Stourmouth</p><p>© 2026 Avonreach Physio Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-announcement="" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on
your computer.
These cookies are used to improve your website experience and provide more personalised services to you.</p></div><div
id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/HubspotToolsMenu/static-1.256/js/index.js"></script><script>var hsVars =
{"portal_id":6412295,"app_hs_base_url":"https://app.hubspot.com"};</script>
<script defer src="/hs/hsstatic/cms-free-branding-lib/static-1.2918/js/index.js"></script></body></html>`;
const hubspot: TestPage = held({
  name: 'heldout677-hubspot-clinical-pilates',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h).filter((h) => h !== ''),
  body: hSecs.flatMap(([h, p]) => (h === 'Who is it for?' ? ['It suits most people, and is particularly useful for:', ...p] : p)),
  bylines: ['Rosalind Achterberg', 'Feb 3, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book an appointment', 'Pilates', 'Back pain', 'Related posts', ...hRel,
    'Avonreach Physio and Pilates · 3 clinics across Wendlebury and Stourmouth', '© 2026 Avonreach Physio Ltd',
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide',
      'more personalised services to you.'),
    'Accept', 'Decline',
  ],
});

export const HELDOUT677_D: readonly TestPage[] = [drupal, hubspot];
