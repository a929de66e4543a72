import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout508-kit.js';

/**
 * Held-out batch 508, file c: a taekwondo school's kids' class page on Webflow (navbar, FAQ dropdowns, a trial form) and a
 * judo club's news item on Drupal 10 (Olivero theme) with tags, two comments and a comment form.
 */
const fTitle = 'Little Tigers Taekwondo (ages 4\u20136)';
const fDek = 'Thirty-minute classes that build balance, listening and confidence, one stripe at a time.';
const fBody = [
  j(
    'Little Tigers is our first class for young children. Each session mixes simple kicks and blocks with games that practise',
    'coordination, taking turns and following instructions. Children earn a coloured stripe on their belt every few weeks, so',
    'there is always something new to work towards.',
  ),
  'What a class looks like',
  '5 minutes: bow in, warm-up games and stretching',
  '10 minutes: kicks, punches and blocks on the kicking shields',
  '10 minutes: a theme of the week, such as stranger safety or being kind',
  '5 minutes: stripe checks, bow out and high-fives',
  'When classes run',
  j(
    'Little Tigers runs on Tuesday and Thursday at 4:15pm and on Saturday at 9:00am at our Millbrook Road studio. Classes are',
    'capped at twelve children with two instructors on the mat.',
  ),
  'Questions parents ask',
  'Does my child need any experience?',
  'No. Most children start with none at all. Comfortable clothes are fine for the first few weeks.',
  'Can I watch?',
  j(
    'Yes, there is seating along the window. For the first class we ask parents to stay close by, and after that most children',
    'settle better if you watch from the seats.',
  ),
  'What happens when my child turns seven?',
  'They move up to our Junior Dragons class, keeping their belt and stripes.',
];
const fNav = ['Programs', 'Schedule', 'Instructors', 'Pricing', 'Contact'];
const fFoot = ['Little Tigers', 'Junior Dragons', 'Teens', 'Adults', 'Privacy'];
const fFaq = (q: string, a: string): string =>
  `<div class="faq-item"><div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle">
<div class="faq-question">${q}</div><div class="faq-icon w-icon-dropdown-toggle"></div></div>
<nav class="faq-answer w-dropdown-list"><p class="faq-answer-text">${a}</p></nav></div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon Feb 22 2027 14:05:33 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.bluepinetkd.com" data-wf-page="65a1e0c2f4" data-wf-site="65a1e0c2f3" lang="en"><head><meta charset="utf-8">
<title>Little Tigers Kids Taekwondo (Ages 4-6) | Blue Pine Taekwondo</title>
<meta content="Fun, safe taekwondo classes for children aged 4 to 6 in Millbrook." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1e0c2f3/css/bluepine.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Little Tigers Taekwondo","provider":{"@type":"Organization",
"name":"Blue Pine Taekwondo"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1e0c2f3/logo.svg" loading="lazy" alt="Blue Pine Taekwondo" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="#trial" class="button nav-button w-button">Book a free trial</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-kids"><div class="container w-container"><div class="hero-grid w-layout-grid"><div class="hero-text">
<div class="eyebrow">Kids program</div><h1 class="heading-xl">${fTitle}</h1><p class="paragraph-large">${fDek}</p>
<a href="#trial" class="button w-button">Try a class free</a></div>
<img src="https://assets-global.website-files.com/65a1e0c2f3/tigers.webp" loading="lazy" sizes="(max-width: 767px) 100vw, 45vw"
alt="Children practising front kicks" class="hero-image"></div></div></section>
<section class="section"><div class="container narrow w-container"><div class="rich-text w-richtext">
${ps([fBody[0] ?? ''])}<h2>${fBody[1]}</h2><ul role="list">${lis(fBody.slice(2, 6))}</ul>
<h2>${fBody[6]}</h2>${ps([fBody[7] ?? ''])}</div></div></section>
<section class="section faq"><div class="container narrow w-container"><h2 class="heading-l">${fBody[8]}</h2><div class="faq-list">
${fFaq(fBody[9] ?? '', fBody[10] ?? '')}
${fFaq(fBody[11] ?? '', fBody[12] ?? '')}
${fFaq(fBody[13] ?? '', fBody[14] ?? '')}
</div></div></section>
<section id="trial" class="section trial"><div class="container w-container"><h2 class="heading-l center">Book your free trial</h2>
<div class="form-block w-form"><form id="wf-form-Trial" name="wf-form-Trial" data-name="Trial" method="get" class="trial-form">
<label for="Parent-name" class="field-label">Parent\u2019s name</label>
<input class="text-field w-input" maxlength="256" name="Parent-name" type="text" id="Parent-name" required="">
<label for="Child-age" class="field-label">Child\u2019s age</label>
<input class="text-field w-input" maxlength="256" name="Child-age" type="number" id="Child-age">
<label for="Email" class="field-label">Email</label><input class="text-field w-input" maxlength="256" name="Email" type="email" id="Email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Trial success"><div>Thanks! We will call you within one working day.</div>
</div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Trial failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-heading">Blue Pine Taekwondo</div>
<p class="footer-text">22 Millbrook Road, Ashcombe</p><p class="footer-text">(555) 014-2290</p></div>
<div><div class="footer-heading">Classes</div>${fFoot
  .map(
    (f) => `<a href="/${f.toLowerCase().replace(/ /g, '-')}"
class="footer-link">${f}</a>`,
  )
  .join('')}</div></div>
<div class="footer-bottom"><div class="small-text">© 2027 Blue Pine Taekwondo LLC. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1e0c2f3" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1e0c2f3/js/webflow.4f2d1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = gold({
  name: 'heldout508-webflow-kids-taekwondo',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fBody[1] ?? '', fBody[6] ?? '', fBody[8] ?? ''],
  body: texts([fDek, ...fBody.filter((_, i) => ![1, 6, 8].includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a free trial', 'Kids program', 'Try a class free', 'Book your free trial', 'Parent\u2019s name', 'Child\u2019s age', 'Email',
    'Blue Pine Taekwondo',
    '22 Millbrook Road, Ashcombe', '(555) 014-2290', 'Classes', ...fFoot, '© 2027 Blue Pine Taekwondo LLC. All rights reserved.',
  ],
});

const dTitle = 'Club championships: Hartwell juniors take eleven golds';
const dBody = [
  j(
    'More than ninety players from six clubs came to the Hartwell Leisure Centre on Saturday for our annual club championships,',
    'the biggest entry since the event began in 2009. Hartwell Judo Club juniors won eleven of the twenty-two junior categories.',
  ),
  j(
    'The standout performance came from Tilly Marchbank, 13, who threw all four of her opponents in the -48kg category for ippon,',
    'none of her contests lasting more than a minute. Coach Rhodri Penhale said afterwards that her uchi-mata "has gone from good to',
    'frightening since the autumn."',
  ),
  'Senior results',
  j(
    'In the senior events, visiting club Lanark Vale took the men\u2019s -81kg and -90kg titles, while Hartwell\u2019s Owen Daska retained',
    'the heavyweight title for the third year running after a long final decided on a single waza-ari.',
  ),
  'Women\u2019s open: Beth Anyanwu (Hartwell)',
  'Men\u2019s -73kg: Joel Frith (Corley Judo)',
  'Men\u2019s -81kg: Sami Okafor (Lanark Vale)',
  'Men\u2019s -90kg: Arjun Bhatt (Lanark Vale)',
  'Men\u2019s +100kg: Owen Daska (Hartwell)',
  'Thanks',
  j(
    'The committee would like to thank the twenty-four volunteers who ran tables, the referees who gave up their Saturday, and the',
    'parents who kept the café going all day. The café raised £640 towards new mats for the junior section.',
  ),
];
const dNav = ['Home', 'Classes', 'News', 'Gradings', 'Competitions', 'Contact'];
const dTags = ['Competitions', 'Juniors'];
const dComments = [
  { who: 'Karen M', when: 'Mon, 16/03/2027 - 08:14', text: 'Brilliant day, well done to everyone who helped. Tilly was amazing!' },
  { who: 'corleyjudo', when: 'Mon, 16/03/2027 - 19:52', text: 'Thanks for having us, our lot loved it. See you at the area champs.' },
];
const dComment = (c: { who: string; when: string; text: string }): string => `<article data-comment-user-id="0" class="comment js-comment">
<div class="comment__picture-wrapper"><div class="comment__picture"></div></div><div class="comment__text-content"><footer class="comment__meta">
<span class="comment__author"><span lang="" typeof="schema:Person" property="schema:name">${c.who}</span></span>
<span class="comment__time">${c.when}</span></footer><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field__item">
<p>${c.text}</p></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/88/comment_node_article/412">Reply</a></li></ul></div>
</article>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://www.hartwelljudo.org.uk/news/club-championships-hartwell-juniors-take-eleven-golds">
<title>${dTitle} | Hartwell Judo Club</title><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css?s9x2k1">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/88","currentLanguage":"en"},
"olivero":{"mobile_nav_breakpoint":"1200px"}}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial">
<button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header"
aria-checked="false">
<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name">
<a href="/" title="Home" rel="home">Hartwell Judo Club</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" role="search">
<div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="visually-hidden">Search</label>
<input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase." data-drupal-selector="edit-keys" type="search" id="edit-keys"
name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search"></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">
<button class="search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search">
<span class="visually-hidden">Search</span></button></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="88" class="node node--type-article node--promoted node--view-mode-full">
<header class="layout--content-medium"><div class="node__meta"><span class="node__author-image"></span>
<span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Rhodri Penhale</span></span></span>,
<span class="field field--name-created field--type-created field--label-hidden">
<time datetime="2027-03-15T17:30:00+00:00" class="datetime">15 March, 2027</time></span></div></header>
<div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item">
<img loading="lazy" src="/sites/default/files/styles/wide/public/2027-03/championships.jpg" width="1414" height="796"
alt="Junior players line up for the medal ceremony" class="image-style-wide"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dBody.slice(0, 2))}<h2>${dBody[2]}</h2>${ps([dBody[3] ?? ''])}<ul>${lis(dBody.slice(4, 9))}</ul><h2>${dBody[9]}</h2>${ps([dBody[10] ?? ''])}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items">${links(dTags, 'field--tags__item')}</ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2>
${dComments.map(dComment).join('\n')}
<h2 class="add-comment__heading">Add new comment</h2>
<form class="comment-comment-node-article-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/88/comment_node_article"
method="post" accept-charset="UTF-8">
<div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Your name</label>
<input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" class="form-text form-element form-element--type-text"></div>
<div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Comment</label>
<textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5"
class="form-textarea required form-element form-element--type-textarea"></textarea></div>
<div data-drupal-selector="edit-actions" class="form-actions">
<input class="button button--primary js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Save">
</div></form></section>
</div></article></div></div></div></div></div>
<div class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full">
<div id="block-footerinfo" class="block block-block-content">
<div class="text-content field field--name-body"><p>Hartwell Judo Club is a registered charity and a member of the regional judo association.</p></div></div>
</div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div>
</div></div></div></div><script src="/core/themes/olivero/js/navigation-utils.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout508-drupal-judo-championships',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBody[2] ?? '', dBody[9] ?? ''],
  body: texts(dBody.filter((_, i) => i !== 2 && i !== 9)),
  bylines: ['By Rhodri Penhale', '15 March, 2027', ...dComments.flatMap((c) => [c.who, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Hartwell Judo Club', 'Menu', 'Search', 'Main navigation', ...dNav, 'Breadcrumb', 'Tags', ...dTags, 'Comments',
    ...dComments.map((c) => c.text), 'Reply', 'Add new comment', 'Your name', 'Comment',
    'Hartwell Judo Club is a registered charity and a member of the regional judo association.', 'Powered by Drupal',
  ],
});

export const HELDOUT508_C: readonly TestPage[] = [webflow, drupal];
