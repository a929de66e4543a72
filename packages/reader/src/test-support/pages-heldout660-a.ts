import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, at, j, lis } from './pages-heldout660-kit.js';

/**
 * Held-out batch 660, file a: a proofreading studio's services page on Squarespace 7.1, and a style tips post on WordPress
 * (Astra) with a sidebar, an author box and comments.
 */
const sTitle = 'Proofreading and copy-editing services';
const sIntro = [
  j(
    'Linden Page Editorial is a two-person studio in Harrowgate Quay. We proofread and copy-edit books, reports and websites for',
    'independent authors, small presses and charities, and we have done so since 2014.',
  ),
  'Every job starts with a free sample edit of 1,000 words, so you can see how we work before you commit.',
];
const sServices = [
  [
    'Proofreading',
    j(
      'A final check of typeset pages or a finished file for typing errors, missed words, inconsistent spelling and layout faults.',
      'We mark up PDFs with standard comments, or work in tracked changes if you prefer.',
    ),
    'From £9 per 1,000 words. Turnaround: five working days for up to 80,000 words.',
  ],
  [
    'Copy-editing',
    j(
      'A close edit for grammar, consistency, clarity and house style, with a style sheet you keep for the next book.',
      'We query anything that looks wrong rather than rewriting your voice.',
    ),
    'From £16 per 1,000 words. Turnaround: two to three weeks.',
  ],
  [
    'Manuscript assessment',
    j('A written report of four to six pages on structure, pace and audience, for writers who want a second opinion before', 'they pay for a full edit.'),
    'A flat fee of £240 for manuscripts under 100,000 words.',
  ],
] as const;
const sClose = 'We do not take on academic theses or legal contracts. If you are unsure whether your project fits, just ask.';
const sNav = ['Home', 'Services', 'Our work', 'Journal', 'Contact'];
const sTesti = [
  '“Sharp, kind and quick. They caught things three beta readers missed.” — Imogen Tarrant, novelist',
  '“Our annual report has never read so well.” — Wexcombe Rivers Trust',
];
const sFoot = ['Privacy policy', 'Terms of business', 'Instagram', 'LinkedIn'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<meta charset="utf-8"><title>Services — Linden Page Editorial</title>
<link rel="canonical" href="https://www.lindenpage.co.uk/services"><meta property="og:site_name" content="Linden Page Editorial">
<meta property="og:title" content="Services — Linden Page Editorial"><meta name="description" content="Proofreading, copy-editing and manuscript assessment.">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f1a","siteTitle":"Linden Page Editorial"},"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.lindenpage.co.uk","name":"Linden Page Editorial","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Linden Page Editorial","address":"Harrowgate Quay","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-95ea.css" type="text/css" rel="stylesheet">
<link href="//static1.squarespace.com/static/versioned-site-css/5f1a/34/5c5a/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61b3c0" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
 tweak-transparent-header collection-type-page collection-61b3c0 collection-layout-default mobile-style-available sqs-seven-one">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="sqs-announcement-bar-dropzone"></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" data-animation-role="header-element">Linden Page Editorial</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Services' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61b3c0a1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-61b3c0a2">
<div class="fe-block fe-block-yui_3_17_2_1"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div>
${sServices
  .map(
    (s, i) => `<div class="fe-block fe-block-svc${i}"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">${s[0]}</h3>
<p class="" style="white-space:pre-wrap;">${s[1]}</p><p class="sqsrte-small" style="white-space:pre-wrap;"><strong>${s[2]}</strong></p></div></div></div>
</div>`,
  )
  .join('\n')}
<div class="fe-block fe-block-close"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">${sClose}</p></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section user-items-list-section">
<div class="section-background"></div><div class="content-wrapper"><div class="user-items-list"><div class="list-section-title"><p>What clients say</p></div>
<ul class="user-items-list-carousel__slides">${sTesti
  .map(
    (t) => `<li class="list-item"><div class="list-item-content__description"><p>${t}</p></div>
</li>`,
  )
  .join('\n')}</ul>
<div class="user-items-list-carousel__arrows"><button class="user-items-list-carousel__arrow-button" aria-label="Previous"></button>
<button class="user-items-list-carousel__arrow-button" aria-label="Next"></button></div></div></div></section>
<section data-test="page-section" data-section-theme="dark" class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>Ready for a sample edit?</h2></div>
</div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Request a quote</a></div></div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-html-content"><p>Linden Page Editorial, 4 Chandlers Yard, Harrowgate Quay</p>
<p>${anchors(sFoot)}</p><p>© 2026 Linden Page Editorial</p></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout660-squarespace-services',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sServices.map((s) => s[0]),
  body: [...sIntro, ...sServices.flatMap((s) => [s[1], s[2]]), sClose],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Linden Page Editorial', 'Home', 'Our work', 'Journal', 'Contact', 'What clients say', ...sTesti, 'Ready for a sample edit?',
    'Request a quote', 'Linden Page Editorial, 4 Chandlers Yard, Harrowgate Quay', ...sFoot, '© 2026 Linden Page Editorial',
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Six style slips I fix in almost every manuscript';
const wParas = [
  j(
    'After eleven years of copy-editing fiction and memoir, I can predict about half of my tracked changes before I open a file.',
    'None of these slips make a book bad. They just make it look less finished than it is, and they are easy to fix yourself.',
  ),
  '1. Dialogue tags that do too much',
  j(
    'Characters who <em>chortle</em>, <em>hiss</em> and <em>opine</em> their lines pull the eye away from what they are saying.',
    'In most scenes <em>said</em> disappears, and that is exactly what you want.',
  ),
  '2. Ellipses and dashes used interchangeably',
  j(
    'An ellipsis is a trailing off; an em dash is an interruption. “I thought we could…” is a voice fading out.',
    '“I thought we could—” is a voice cut off by someone else. Pick the one that matches what happens in the scene.',
  ),
  '3. Capitals for job titles',
  j(
    'Write <em>the prime minister</em> and <em>the head teacher</em> in running text, but <em>Prime Minister Adeyemi</em> when',
    'the title comes straight before a name. Most house styles agree on this, and readers notice when it wobbles.',
  ),
  '4. Numbers that change form',
  'Decide once whether you spell out numbers up to nine or up to one hundred, then stick to it. Put the choice on your style sheet.',
  '5. Hyphens in compound modifiers',
  j(
    'A <em>well-known author</em> takes a hyphen; an <em>author who is well known</em> does not. Adverbs ending in -ly never take one:',
    '<em>a carefully planned heist</em>.',
  ),
  '6. Repeated pet words',
  'Every writer has them. Search your draft for these before you send it to anyone:',
  'just',
  'really',
  'suddenly',
  'began to',
  j(
    'If you fix these six things before your manuscript reaches an editor, you will pay for less of their time, and the time',
    'you do pay for will go on the parts of the book that need a human eye.',
  ),
];
const wHeads = [1, 3, 5, 7, 9, 11];
const wList = [13, 14, 15, 16];
const wSide = ['How I build a style sheet for a series', 'What a proofreader will not catch', 'Serial commas: a truce'];
const wCats = ['Fiction', 'Style', 'Working with editors'];
const wNav = ['Home', 'Editing', 'Blog', 'About', 'Contact'];
const wComments = [
  ['Dara Felton', 'March 5, 2026 at 9:12 am', 'Guilty of number six. I had 212 instances of “just” in my first draft.'],
  ['Mo Lindqvist', 'March 6, 2026 at 4:40 pm', 'Does the capitals rule change for fantasy titles like “the High Warden”?'],
  ['Ruth Okoro', 'March 6, 2026 at 6:02 pm', 'Invented titles are usually treated as proper names, so keep the capitals. Put them on the style sheet.'],
] as const;
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Quillwright Editing</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://quillwright.blog/six-style-slips/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2026-03-04T08:00:00+00:00","author":{"name":"Ruth Okoro"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://quillwright.blog/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 4em}</style></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-412 single-format-standard
 wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead"
 itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-title" itemprop="name"><a href="https://quillwright.blog/" rel="home" itemprop="url">Quillwright Editing</a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard hentry category-style ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box"><div class="ast-single-post-order"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">By
<a title="View all posts by Ruth Okoro" href="https://quillwright.blog/author/ruth/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Ruth Okoro</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">March 4, 2026</span>
</span> / <span class="cat-links">${anchors(wCats.slice(1, 2))}</span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(wParas.slice(0, 1))}
${wParas
  .map((p, i) => (wHeads.includes(i) ? `<h2 class="wp-block-heading">${p}</h2>` : i > 0 && !wList.includes(i) ? `<p>${p}</p>` : ''))
  .slice(1, 13)
  .join('\n')}
<ul class="wp-block-list">${lis(wList.map((i) => at(wParas, i)))}</ul>
${ps(wParas.slice(17))}
</div></div></div></article>
<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">About The Author</h3></div>
<div class="ast-author-details"><h4 class="author-title">Ruth Okoro</h4><p class="ast-author-bio">Ruth is a member of the Chartered Institute of Editing and
Proofreading and edits crime and historical fiction.</p></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/style-sheet-series/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/proofreader-will-not-catch/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">3 thoughts on “${wTitle}”</h3></div>
<ol class="ast-comment-list">${wComments
  .map(
    (c, i) => `<li class="comment depth-1" id="comment-${88 + i}"><article id="div-comment-${88 + i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap ast-col-lg-12">
<cite><b class="fn">${c[0]}</b></cite></div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-${88 + i}">
<time datetime="2026-03-05">${c[1]}</time></a></span></div></header></div><section class="ast-comment-content comment"><p>${c[2]}</p>
<div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div>
</section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link"
 href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
</form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(wSide)}</ul></nav></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(wCats, 'cat-item')}</ul></nav></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row ast-container"><div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright">
<p>Copyright © 2026 Quillwright Editing | Powered by Astra WordPress Theme</p></div></div></div></div></footer></div>
<script src="https://quillwright.blog/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout660-astra-style-tips',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads.map((i) => at(wParas, i)),
  body: texts(wParas.filter((_, i) => !wHeads.includes(i))),
  bylines: ['By Ruth Okoro', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Quillwright Editing', ...wNav.filter((t) => t !== 'Editing' && t !== 'About'), 'About The Author',
    'Ruth is a member of the Chartered Institute of Editing and Proofreading and edits crime and historical fiction.', '← Previous Post', 'Next Post →',
    `3 thoughts on “${wTitle}”`, ...wComments.flatMap((c) => [...c]).filter((t) => t !== 'Ruth Okoro'), 'Ruth Okoro', 'Reply', 'Leave a Comment',
    'Your email address will not be published.',
    'Required fields are marked *', 'Search for:', 'Recent Posts', ...wSide, 'Categories', ...wCats.filter((t) => t !== 'Fiction'),
    'Copyright © 2026 Quillwright Editing | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT660_A: readonly TestPage[] = [squarespace, astra];
