import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout528-kit.js';

/**
 * Held-out batch 528, file c: a hire shop's safety guide to cement mixers on WordPress with Elementor Pro (theme builder
 * header, post info, share buttons, post navigation and comments), and a hire trade association's tower scaffold handover
 * guidance note on Drupal 10 (Olivero) with a sidebar menu and a downloads block.
 */
const eTitle = 'Using a Hired Cement Mixer Safely: A Beginner’s Guide';
const eBody = [
  j(
    'Cement mixers are among the most hired items in our shops every spring. They are simple machines, but the drum, the gears',
    'and the cable all deserve respect. Here is what our counter staff tell every customer before they load one into a car.',
  ),
  'Before you start',
  j(
    'Set the mixer on firm, level ground, away from trenches and the edge of a slab. Use the stand legs rather than propping it on',
    'bricks. If you hired a petrol mixer, check the oil level through the filler cap and keep it at least 3 metres from the fuel can.',
  ),
  j(
    'Electric mixers from us are all 110 volt, so you will need the transformer we supply. Never plug a 110 V mixer into a 230 V',
    'socket through an adaptor, and keep the cable out of puddles and away from the wheelbarrow run.',
  ),
  'While the drum is turning',
  'Keep hands, shovels and hoses out of the drum mouth while it rotates.',
  'Wear gloves and safety glasses: wet cement is alkaline and burns skin.',
  'Tie back long hair and loose sleeves near the gear ring.',
  'Tip the drum only with the handwheel, never by pushing on the rim.',
  'Cleaning up',
  j(
    'Wash the drum out within half an hour of the last mix, while the cement is still soft. Run a couple of shovels of gravel and',
    'water around for five minutes, tip it out, then hose down the outside. Switch off and unplug before you reach inside.',
  ),
  j(
    '<strong>A tip from the counter:</strong> if cement has set hard, bring the mixer back as it is. Chipping at the drum with a',
    'hammer dents it, and a dented drum is charged as damage. We would rather clean it ourselves for the standard £15 fee.',
  ),
];
const eH = [1, 4, 9];
const eNav = ['Tool Hire', 'Plant Hire', 'Party Hire', 'Safety Guides', 'Branches', 'Contact Us'];
const eShare = ['Facebook', 'WhatsApp', 'Email'];
const eFoot = ['Terms of Hire', 'Privacy Notice', 'Cookie Policy'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Corrin Tool Hire</title><meta name="description" content="What our counter staff tell every customer who hires a cement mixer.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-11T08:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Mara Quint"},"datePublished":"2025-03-11T08:30:00+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://corrinhire.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://corrinhire.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all' />
<link rel='stylesheet' id='elementor-post-45-css' href='https://corrinhire.co.uk/wp-content/uploads/elementor/css/post-45.css?ver=1714' media='all' />
<script>var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/corrinhire.co.uk\\/wp-admin\\/admin-ajax.php"};</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard
elementor-default elementor-template-full-width elementor-kit-6 elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6d1b2c1 e-flex e-con-boxed e-con e-parent" data-id="6d1b2c1" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-1a2f3e4 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://corrinhire.co.uk">
<img width="220" height="60" src="/wp-content/uploads/2023/01/corrin-logo.svg" alt="Corrin Tool Hire"></a></div></div>
<div class="elementor-element elementor-element-9c8d7e6 elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-9c8d7e6" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-element-b3c4d5e elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960233"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">01632 960 233</span></span></a></div></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-2231 post type-post status-publish
format-standard has-post-thumbnail hentry category-safety-guides" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4e5f6a7 e-flex e-con-boxed e-con e-parent" data-id="4e5f6a7" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-7b8c9d0 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"
data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>
</div></div>
<div class="elementor-element elementor-element-0a1b2c3 elementor-widget elementor-widget-post-info" data-widget_type="post-info.default">
<div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-5d2e1f0 elementor-inline-item" itemprop="author"><a href="/author/mara/">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Mara Quint</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-6e3f2a1 elementor-inline-item" itemprop="datePublished"><a href="/2025/03/11/">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>11 March 2025</time></span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-7f4a3b2 elementor-inline-item" itemprop="commentCount"><a href="#comments">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">2 Comments</span></a></li></ul></div></div>
<div class="elementor-element elementor-element-c1d2e3f elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image">
<div class="elementor-widget-container">
<img width="800" height="450" src="/wp-content/uploads/2025/03/cement-mixer-hire.jpg" alt="Electric cement mixer on a stand"></div></div>
<div class="elementor-element elementor-element-d2e3f4a elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default">
<div class="elementor-widget-container">
${ps([eBody[0] ?? ''])}
<h2 class="wp-block-heading">${eBody[1]}</h2>${ps(eBody.slice(2, 4))}
<h2 class="wp-block-heading">${eBody[4]}</h2><ul class="wp-block-list">${lis(eBody.slice(5, 9))}</ul>
<h2 class="wp-block-heading">${eBody[9]}</h2>${ps([eBody[10] ?? ''])}
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><p>${eBody[11]}</p></div></div></div>
<div class="elementor-element elementor-element-e3f4a5b elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-widget
elementor-widget-share-buttons" data-widget_type="share-buttons.default"><div class="elementor-widget-container"><div class="elementor-grid">
${eShare
  .map(
    (t) => `<div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}" role="button" tabindex="0" aria-label="Share on ${t.toLowerCase()}">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">${t}</span></span></div></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="elementor-element elementor-element-f4a5b6c elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container">
<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/safety-guides/floor-sander/" rel="prev">
<span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">Floor Sanders Without the Gouges</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/safety-guides/petrol-breaker/" rel="next">
<span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Petrol Breakers: Vibration and You</span></a></div></div>
</div></div>
<div class="elementor-element elementor-element-a5b6c7d elementor-widget elementor-widget-post-comments" data-widget_type="post-comments.theme_comments">
<div class="elementor-widget-container"><section id="comments" class="comments-area"><h2 class="title-comments">2 Responses</h2><ol class="comment-list">
<li id="comment-118" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Owen T</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-118">
<time datetime="2025-03-12T19:02:11+00:00">12 March 2025 at 7:02 pm</time></a></div></footer>
<div class="comment-content"><p>The gravel trick works. Wish I had read this before the last job.</p></div><div class="reply">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-121" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">Corrin Tool Hire</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-121">
<time datetime="2025-03-13T08:15:40+00:00">13 March 2025 at 8:15 am</time></a></div></footer>
<div class="comment-content"><p>Thanks Owen, glad it helped.</p></div><div class="reply">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section></div></div></div></div>
</div>
<footer data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Corrin Tool Hire · 6 branches across the Wenlow valley</p></div></div><div class="elementor-element elementor-widget elementor-widget-nav-menu">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2025 Corrin Tool Hire Ltd</p></div>
</div></div></div></footer>
<script src="https://corrinhire.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body>
</html>`;
const elementor: TestPage = {
  name: 'heldout528-elementor-mixer-safety',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eH.map((i) => eBody[i] ?? ''),
  body: texts(eBody.filter((_, i) => !eH.includes(i))),
  bylines: ['By Mara Quint', '11 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...eNav, '01632 960 233', '2 Comments', ...eShare, 'Previous', 'Floor Sanders Without the Gouges', 'Next',
    'Petrol Breakers: Vibration and You', '2 Responses', 'Owen T', 'Corrin Tool Hire', 'says:', '12 March 2025 at 7:02 pm', '13 March 2025 at 8:15 am',
    'The gravel trick works. Wish I had read this before the last job.',
    'Reply', 'Thanks Owen, glad it helped.', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment *',
    'Corrin Tool Hire · 6 branches across the Wenlow valley', ...eFoot, '© 2025 Corrin Tool Hire Ltd',
  ]),
};

const dTitle = 'Guidance note: handing over a mobile access tower';
const dBody = [
  j(
    'This note sets out what members should check and explain when a customer collects or takes delivery of a mobile aluminium',
    'access tower. It replaces GN-11 (2019) and reflects the revised manufacturer instructions most members now supply.',
  ),
  'Why the handover matters',
  j(
    'Most tower incidents reported to the Association involve towers built by customers who had never erected one before.',
    'Members cannot supervise the build, but a clear handover at the counter is the best chance to prevent a fall.',
  ),
  'The handover checklist',
  'Confirm the height the customer needs and that the tower supplied reaches it with the right number of frames.',
  'Count every component against the parts list in front of the customer, including braces, toe boards and stabilisers.',
  'Hand over the manufacturer’s instruction manual and point out the build sequence for the method the customer will use.',
  'Explain that stabilisers or outriggers must be fitted before the tower goes above the first platform.',
  'Show how to lock the castors and check that each lock works.',
  'Record on the hire contract that the handover took place and who received it.',
  'Customers without training',
  j(
    'Where a customer tells you they have not built a tower before, offer the free demonstration build at the depot or the short video',
    'course the Association publishes. Members may decline to hire towers over 4 metres platform height to customers who refuse both.',
  ),
  j(
    '<em>A tower is only as safe as its last inspection. Members should remind trade customers that a tower left up for more than',
    'seven days, or after bad weather, must be inspected again before use.</em>',
  ),
  'Returns',
  j(
    'On return, check for bent braces, cracked welds and damaged castors before the tower is reissued. Quarantine any component',
    'with doubtful damage and record it in the inspection log.',
  ),
];
const dH = [1, 3, 10, 13];
const dNav = ['About', 'Membership', 'Guidance', 'Training', 'News', 'Contact'];
const dSide = ['Guidance notes', 'Safety alerts', 'Model hire terms', 'Insurance'];
const dCrumbs = ['Home', 'Guidance', 'Guidance notes'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.hireassoc-wessex.org.uk/guidance/gn-17-tower-handover"><title>${dTitle} | Wessex Hire Association</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qv1bR7c6o0n.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/52"},"ajaxTrustedUrl":[]}</script>
</head>
<body class="path-node page-node-type-guidance_note"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">
<div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Wessex Hire Association</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" value=""
size="15" maxlength="128"
class="form-search form-element form-element--type-search form-element--api-search"></div></form></div></div>
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${dNav
  .map(
    (t) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
<a href="/${t.toLowerCase()}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">
<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">
${dCrumbs.map((t) => `<li class="breadcrumb__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="breadcrumb__link">${t}</a></li>`).join('\n')}
</ol></div></nav></div></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<div class="block__content"><article data-history-node-id="52" class="node node--type-guidance-note node--view-mode-full"><div class="node__content">
<div class="field field--name-field-reference field--type-string field--label-inline clearfix"><div class="field__label">Reference</div>
<div class="field__item">GN-17</div></div>
<div class="field field--name-field-issued field--type-datetime field--label-inline clearfix"><div class="field__label">Issued</div>
<div class="field__item"><time datetime="2025-06-04T12:00:00Z" class="datetime">4 June 2025</time></div></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps([dBody[0] ?? ''])}<h2>${dBody[1]}</h2>${ps([dBody[2] ?? ''])}<h2>${dBody[3]}</h2><ol>${lis(dBody.slice(4, 10))}</ol>
<h2>${dBody[10]}</h2>${ps([dBody[11] ?? ''])}<blockquote>${ps([dBody[12] ?? ''])}</blockquote><h2>${dBody[13]}</h2>${ps([dBody[14] ?? ''])}</div>
<div class="field field--name-field-downloads field--type-file field--label-above"><div class="field__label">Downloads</div><div class="field__items">
<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2025-06/GN-17-tower-handover.pdf"
type="application/pdf">GN-17-tower-handover.pdf</a></span><span class="file__size">(214.6 KB)</span></div></div></div>
</div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary">
<nav role="navigation" aria-labelledby="block-guidance-menu" id="block-guidance" class="block block-menu navigation
menu--guidance"><h2 class="block__title" id="block-guidance-menu">In this section</h2><ul class="menu">${links(dSide, 'menu__item')}</ul></nav>
<div id="block-memberlogin" class="block block-block-content"><h2 class="block__title">Members</h2><div class="block__content"><div class="text-content">
<p>Log in to read the full library of member-only guidance and download model documents.</p><p><a href="/user/login">Member log in</a></p></div></div></div>
</aside>
</div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<div id="block-footercontact" class="block block-block-content"><div class="block__content"><div class="text-content"><p>Wessex Hire Association, 14 Chapel Row,
Sherbury SB1 4TW · 01632 960 880</p></div></div></div></div></div><div class="region region--footer-bottom grid-full">
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.6"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout528-drupal-tower-handover',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH.map((i) => dBody[i] ?? ''),
  body: texts(dBody.filter((_, i) => !dH.includes(i))),
  bylines: ['Issued', '4 June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Wessex Hire Association', 'Search', 'Menu', 'Main navigation', 'Breadcrumb', ...dNav, ...dCrumbs, 'Reference', 'GN-17',
    'Downloads', 'GN-17-tower-handover.pdf',
    '(214.6 KB)', 'In this section', ...dSide, 'Members', 'Log in to read the full library of member-only guidance and download model documents.',
    'Member log in', 'Wessex Hire Association, 14 Chapel Row, Sherbury SB1 4TW · 01632 960 880', 'Powered by Drupal',
  ]),
};

export const HELDOUT528_C: readonly TestPage[] = [elementor, drupal];
