import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file e: a city farm's volunteering page on Drupal 10 (Olivero theme) with a sidebar block, and a local
 * news article about a city farm's ponies on a Next.js news site (CSS-module class names, ads, newsletter box, most read).
 */
const dTitle = 'Volunteer at the farm';
const dHeads = ['What volunteers do', 'Shifts', 'Young volunteers', 'How to sign up'];
const dIntro = [
  j(
    'Eastwick City Farm could not open its gates without volunteers. Around ninety people give us a few hours a week, and they',
    'do everything from mucking out the pigs to running the Saturday pony rides.',
  ),
  'You do not need any experience with animals. We train every new volunteer and pair you with an experienced buddy for your first month.',
];
const dDo = [
  'Animal care: feeding, mucking out, grooming and health checks',
  'Growing: the market garden, the orchard and the sensory garden',
  'Visitor welcome: the gate, the farm shop and the café',
  'Pony rides: leading ponies and helping children on and off (training needed)',
];
const dShifts = [
  j(
    'Morning shifts run from 8.30am to 12.30pm and afternoon shifts from 12.30pm to 4.30pm, every day except Monday. We ask volunteers',
    'to commit to one regular shift a week for at least three months, so that the animals get to know you and you get to know them.',
  ),
];
const dYoung = [
  j(
    'Young people aged 14 to 17 can join our Young Farmers scheme on Saturday mornings. Places are limited to twelve a term and',
    "a parent or carer must sign the consent form. Young Farmers can work towards their Duke of Edinburgh's Award volunteering section.",
  ),
];
const dSign = [
  j(
    'Come to one of our monthly volunteer open mornings, held on the first Saturday of the month at 10am in the education barn. You will',
    'get a tour, meet the team and fill in a short application. Wear shoes you do not mind getting dirty.',
  ),
  'Volunteers who work with children or at the pony rides will need a background check, which we arrange and pay for.',
];
const dNav = ['Visit', 'Animals', 'Learning', 'Volunteer', 'Support us', 'News'];
const dSide = ['Tuesday to Sunday, 10am to 4pm', 'Closed Mondays', 'Eastwick City Farm, Canal Street, Eastwick EW3 9DF'];
const dFoot = ['Contact', 'Privacy notice', 'Accessibility statement', 'Charity information'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:120;--color--primary-saturation:35%;--color--primary-lightness:35"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://www.eastwickcityfarm.org.uk/volunteer">
<title>${dTitle} | Eastwick City Farm</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2a9.css?delta=0&amp;language=en&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/14"},
"pluralDelimiter":"\\u0003"}</script>
</head><body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Eastwick City Farm</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form"
id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"
class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
<label for="edit-keys" class="form-item__label visually-hidden">Search</label><input title="Enter the terms you wish to search for."
placeholder="Search by keyword or phrase." type="search" id="edit-keys" name="keys" size="15" maxlength="128"
class="form-search form-element form-element--type-search">
</div></form></div></div><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu
navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu
primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
${dNav
  .map(
    (n) => `<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/${n.toLowerCase()}"
class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner
primary-nav__menu-link-inner--level-1">${n}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content">
<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item">
<a href="/support-us" class="breadcrumb__link">Support us</a></li></ol></div></nav></div></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="14" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}<h2>${dHeads[0]}</h2><ul>${lis(dDo)}</ul><h2>${dHeads[1]}</h2>${ps(dShifts)}<h2>${dHeads[2]}</h2>${ps(dYoung)}
<h2>${dHeads[3]}</h2>${ps(dSign)}</div></div></article></div></div></div></main>
<aside class="region region--sidebar" role="complementary"><div class="views-element-container block block-views" id="block-opening-times">
<h2 class="block__title">Opening times</h2><div class="block__content"><div class="view view-opening-times"><div class="view-content">
${dSide.map((t) => `<div class="views-row"><div class="views-field"><span class="field-content">${t}</span></div></div>`).join('\n')}
</div></div></div></div></aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><div class="region--footer_top__inner">
<nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer">
<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div></div>
<div class="region region--footer-bottom grid-full"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/themes/olivero/js/navigation.js?t2c1a"></script></body></html>`;
const eastwick: TestPage = {
  name: 'heldout632-drupal-olivero-volunteer',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dIntro, ...dDo, ...dShifts, ...dYoung, ...dSign]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Eastwick City Farm', 'Menu', 'Search', 'Main navigation', ...dNav.filter((n) => n !== 'Volunteer'), 'Breadcrumb', 'Home',
    'Opening times', ...dSide, 'Footer', ...dFoot, 'Powered by Drupal',
  ],
};

const nTitle = "Flooded city farm's ponies come home after six months away";
const nDek = 'Dumpling and Clover were among forty animals moved to safety when the river burst its banks in March.';
const nBody = [
  j(
    'Two Shetland ponies who had to be evacuated from Riverside City Farm when it flooded in March have finally returned home,',
    'to cheers from the volunteers who have spent the summer rebuilding their stables.',
  ),
  j(
    "Dumpling, 23, and Clover, 17, spent six months at a livery yard in Ashby Marsh while the farm's lower paddocks were drained",
    "and reseeded. They were led back into their field on Tuesday morning by the farm's youngest volunteers.",
  ),
  j(
    '"They walked off the lorry like they had never been away," said farm manager Dev Kapoor. "Clover went straight to her old',
    'scratching post. Dumpling went straight to the hay."',
  ),
  j(
    "The flood in March left water more than a metre deep in the farm's lower yard. Staff and volunteers worked through the night",
    'to move pigs, goats, sheep and poultry to higher ground and to neighbouring farms, and no animals were lost.',
  ),
  'Fundraising appeal',
  j(
    'An appeal launched in April has raised £86,000 towards the £110,000 cost of repairs, including new stables built on raised',
    'concrete bases. The council has agreed to pay for a flood wall along the riverside path, which is due to be built next year.',
  ),
  j(
    "Pony rides, which were the farm's biggest source of income before the flood, will restart on 19 September. The rest of the",
    'animals are expected to return by the end of October.',
  ),
  '"We owe a huge thank you to everyone who gave, from the children who held cake sales to the firms who donated timber," Mr Kapoor said.',
];
const nCaption = 'Dumpling and Clover back in their paddock on Tuesday. Picture: Sam Reyes';
const nNav = ['News', 'Sport', "What's On", 'Property', 'Jobs', 'Notices'];
const nTags = ['Riverside', 'Animals', 'Flooding'];
const nMost = ['Bridge closure: what drivers need to know', 'Primary school rated outstanding', 'Market hall traders given new lease'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy', 'Cookie settings', '© 2026 Eastbridge Echo Media Ltd'];
const nBlurb = "Get the day's top stories from Eastbridge in your inbox every morning.";
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Eastbridge Echo</title><meta name="description" content="${nDek}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.eastbridgeecho.co.uk/news/riverside-city-farm-ponies-return"><meta name="next-head-count" content="12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-09-08T06:00:00+01:00",
"dateModified":"2026-09-08T09:41:00+01:00","author":[{"@type":"Person","name":"Nadia Okafor"}],
"publisher":{"@type":"Organization","name":"Eastbridge Echo"}}</script>
<link rel="preload" href="/_next/static/css/7c2e1a9f.css" as="style"><link rel="stylesheet" href="/_next/static/css/7c2e1a9f.css" data-n-g="">
<script src="/_next/static/chunks/webpack-3f1c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-8a2b.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__x7Qp2">Skip to main content</a>
<header class="SiteHeader_header__3vT1q"><div class="SiteHeader_top__Jk81a"><a href="/" class="SiteHeader_logo__2mQ9e" aria-label="Eastbridge Echo home">
<svg viewBox="0 0 200 40" role="img"><title>Eastbridge Echo</title></svg></a><button class="SiteHeader_search__8Lh3c" aria-label="Search"></button>
<a href="/subscribe" class="Button_button__e1Q2w Button_primary__9cF0a">Subscribe</a></div><nav class="PrimaryNav_nav__1bQxk" aria-label="Primary">
<ul class="PrimaryNav_list__K2m8s">${links(nNav, 'PrimaryNav_item__4Tz0s')}</ul></nav></header>
<div class="AdSlot_wrapper__9Zx1c AdSlot_leaderboard__0Rk2d"><span class="AdSlot_label__5Fq8n">Advertisement</span><div id="div-gpt-ad-leaderboard"></div></div>
<main id="main" class="Layout_main__Vb2k1"><article class="Article_article__Hn5c2"><header class="ArticleHeader_header__1x9Qa">
<a href="/news/riverside" class="ArticleHeader_kicker__z3Lm0">Riverside</a><h1 class="ArticleHeader_headline__7Rw2P">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Qe41z">${nDek}</p><div class="Byline_byline__6Tc0d"><div class="Byline_authors__c9P1s">By
<a href="/authors/nadia-okafor" class="Byline_author__4Np8m">Nadia Okafor</a></div><div class="Byline_times__Za2e7"><time dateTime="2026-09-08T06:00:00+01:00">
Published 8 September 2026, 06:00</time><time dateTime="2026-09-08T09:41:00+01:00">Updated 8 September 2026, 09:41</time></div></div>
<div class="ShareBar_bar__0Fj3k"><span class="ShareBar_label__8wU1n">Share</span><button aria-label="Share on Facebook" class="ShareBar_btn__2k9Hd"></button>
<button aria-label="Share on WhatsApp" class="ShareBar_btn__2k9Hd"></button><button aria-label="Copy link" class="ShareBar_btn__2k9Hd"></button></div></header>
<figure class="ArticleImage_figure__s8Y2b"><img alt="Two Shetland ponies in a field" src="/_next/image?url=%2Fimg%2Fponies.jpg&amp;w=1200&amp;q=75"
width="1200" height="800" decoding="async" loading="eager"><figcaption class="ArticleImage_caption__Lk31e">${nCaption}</figcaption></figure>
<div class="ArticleBody_body__2pQ7c">
${ps(nBody.slice(0, 3), ' class="Paragraph_p__0c8aF"')}
<aside class="InlineRelated_related__V3k1x"><strong>Read more:</strong> <a href="/news/riverside-flood-farm-animals-moved">Riverside flood: farm animals moved
to safety overnight</a></aside>
${ps([nBody[3] ?? ''], ' class="Paragraph_p__0c8aF"')}
<div class="AdSlot_wrapper__9Zx1c AdSlot_mpu__H4q2l"><span class="AdSlot_label__5Fq8n">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
<h2 class="Subheading_h2__Wq0d1">${nBody[4]}</h2>
${ps(nBody.slice(5), ' class="Paragraph_p__0c8aF"')}</div>
<ul class="Tags_list__7Jb2z" aria-label="Topics">${links(nTags, 'Tags_tag__0a3Mx')}</ul>
<div class="Newsletter_box__4Yk9s"><h3 class="Newsletter_title__0Hc1q">Echo Morning Briefing</h3><p class="Newsletter_text__Jd8w2">${nBlurb}</p>
<form class="Newsletter_form__2Gz4m"><label for="nl-email" class="visually-hidden">Email address</label>
<input id="nl-email" type="email" placeholder="Your email">
<button type="submit" class="Button_button__e1Q2w">Sign up</button></form></div>
<div class="Comments_teaser__3Xp0e"><button class="Button_button__e1Q2w Button_secondary__7Tn2a">View 14 comments</button></div></article>
<aside class="MostRead_rail__9Kq2s"><h2 class="MostRead_title__Bp4x1">Most read</h2><ol class="MostRead_list__2Wc8j">${links(nMost, 'MostRead_item__6Gf1d')}
</ol></aside></main>
<footer class="SiteFooter_footer__8Nc2a"><ul class="SiteFooter_links__1Rx9p">${links(nFoot.slice(0, 6))}</ul>
<p class="SiteFooter_copy__3Tg6b">${nFoot[6]}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">
{"props":{"pageProps":{"article":{"id":"a-88213","slug":"riverside-city-farm-ponies-return","section":"news"}}},
"page":"/news/[slug]","query":{"slug":"riverside-city-farm-ponies-return"},"buildId":"k2Qe9VhA1","isFallback":false,"gssp":true,"scriptLoader":[]}</script>
</body></html>`;
const echo: TestPage = {
  name: 'heldout632-nextjs-farm-ponies-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[4] ?? ''],
  body: texts([nDek, ...nBody.filter((_, i) => i !== 4)]),
  bylines: ['By Nadia Okafor', 'Published 8 September 2026, 06:00', 'Updated 8 September 2026, 09:41'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', ...nNav, 'Advertisement', 'Riverside', 'Share', nCaption, 'Read more:',
    'Riverside flood: farm animals moved to safety overnight', ...nTags, 'Echo Morning Briefing', nBlurb, 'Email address', 'Sign up',
    'View 14 comments', 'Most read', ...nMost, ...nFoot,
  ],
};

export const HELDOUT632_E: readonly TestPage[] = [eastwick, echo].map(settle);
