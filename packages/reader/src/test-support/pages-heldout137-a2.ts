import { type TestPage, texts } from './page-kit.js';
import * as a4 from './pages-heldout137-a4.js';

/**
 * Held-out batch 137, file a2: a WordPress post on a physiotherapy clinic's site built with Hello Elementor and an Elementor
 * Pro single-post template (Elementor header template with a top bar, nav menu and its hidden dropdown copy, Yoast
 * breadcrumbs widget, post title and post-info widgets, the table-of-contents widget, the post-content widget with a captioned
 * image, share buttons, author box, post navigation, a "You might also like" posts widget with cards, a newsletter form
 * widget, the footer template, a hidden popup template and the Cookie Notice bar).
 */
const { elTitle, elP1, elH1, elP2, elH2, elP3, elOl, elP4, elH3, elP5, elCaption, elH4, elP6, elUl, elP7, elTop, elNav, elCrumbs } = a4;
const { elShare, elBio, elRelated, elNews, elFooter, elPopup, elCookie, amp, elW, elCon, elMenu, elIconItem, elContent } = a4;
const elHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${elTitle} - Northgate Physio</title><meta name="description" content="Most running injuries after forty come from doing too much, too soon.">
<link rel="canonical" href="https://northgatephysio.example/blog/running-after-40/"><meta property="og:type" content="article">
<meta property="og:title" content="${elTitle}"><meta name="author" content="Priya Ramesh"><meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Priya Ramesh"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${elTitle}",
"datePublished":"2025-05-12T08:00:00+00:00","author":{"name":"Priya Ramesh"}},{"@type":"Organization","name":"Northgate Physio &amp; Sports Clinic"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://northgatephysio.example/wp-content/themes/hello-elementor/style.min.css?ver=3.4.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://northgatephysio.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.30.2"
media="all">
<link rel="stylesheet" id="elementor-post-8-css" href="https://northgatephysio.example/wp-content/uploads/elementor/css/post-8.css?ver=1751020211" media="all">
<meta name="generator" content="Elementor 3.30.2; features: e_font_icon_svg; settings: css_print_method-external, google_font-enabled"></head>
<body class="wp-singular post-template-default single single-post postid-2198 single-format-standard wp-custom-logo wp-theme-hello-elementor
elementor-default elementor-kit-8 elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="97" class="elementor elementor-97 elementor-location-header"
data-elementor-post-type="elementor_library">
${elCon(
  '1b2e9f0',
  `${elW(
    '5c0d1a2',
    'icon-list.default',
    `<ul class="elementor-icon-list-items elementor-inline-items">${elIconItem('phone', elTop[0])}${elIconItem('clock', elTop[1])}</ul>`,
  )}
${elW(
  '7f3e881',
  'button.default',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://northgatephysio.example/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${elTop[2]}</span></span></a></div>`,
)}`,
)}
${elCon(
  '3a4b5c6',
  `${elW(
    '9d8e7f6',
    'theme-site-logo.default',
    `<a href="https://northgatephysio.example"><img width="240" height="80" src="https://northgatephysio.example/wp-content/uploads/logo.svg"
class="attachment-full size-full" alt="Northgate Physio"></a>`,
  )}
${elW(
  '2c3d4e5',
  'nav-menu.default',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">
<ul id="menu-1-2c3d4e5" class="elementor-nav-menu">${elMenu(false)}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-2c3d4e5"
class="elementor-nav-menu">${elMenu(true)}</ul></nav>`,
  'elementor-nav-menu--dropdown-tablet elementor-nav-menu__text-align-aside elementor-nav-menu--toggle elementor-nav-menu--burger ',
)}`,
)}
</header>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-2198 post type-post status-publish
format-standard has-post-thumbnail hentry category-running" data-elementor-post-type="elementor_library">
${elCon(
  '6e5d4c3',
  `${elW(
    '0a1b2c3',
    'breadcrumbs.default',
    `<p id="breadcrumbs"><span><span><a href="https://northgatephysio.example/">${elCrumbs[0]}</a></span> » <span>
<a href="https://northgatephysio.example/blog/">${elCrumbs[1]}</a></span> » <span class="breadcrumb_last" aria-current="page">${elTitle}</span></span></p>`,
  )}
${elW('4d5e6f7', 'theme-post-title.default', `<h1 class="elementor-heading-title elementor-size-default">${elTitle}</h1>`)}
${elW(
  '8a9b0c1',
  'post-info.default',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><a href="https://northgatephysio.example/author/priya/">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span>
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Priya Ramesh</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
<time>May 12, 2025</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a
href="https://northgatephysio.example/category/running/"
class="elementor-post-info__terms-list-item">Running</a></span></span></li></ul>`,
)}
${elW(
  'b1c2d3e',
  'table-of-contents.default',
  `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Table of Contents</h4><div class="elementor-toc__toggle-button
elementor-toc__toggle-button--expand" role="button" tabindex="0" aria-label="Open table of contents"></div></div>
<div id="elementor-toc__b1c2d3e" class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">
${[elH1, elH2, elH3, elH4]
  .map(
    (h, i) => `<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper"><a href="#elementor-toc__heading-anchor-${i}"
class="elementor-toc__anchor-link elementor-toc__top-level">${h}</a></div></li>`,
  )
  .join('\n')}</ul></div>`,
)}
${elW('f4e5d6c', 'theme-post-content.default', elContent)}
${elW(
  'c7b8a9d',
  'share-buttons.default',
  `<div class="elementor-grid" role="list">
${elShare
  .map(
    (t) => `<div class="elementor-grid-item" role="listitem"><div class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}" role="button" tabindex="0"
aria-label="Share on ${t.toLowerCase()}"><span class="elementor-share-btn__icon"><i class="fab fa-${t.toLowerCase()}" aria-hidden="true"></i></span>
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">${t}</span></div></div></div>`,
  )
  .join('\n')}</div>`,
)}
${elW(
  'd0e1f2a',
  'author-box.default',
  `<div class="elementor-author-box"><a href="https://northgatephysio.example/author/priya/" class="elementor-author-box__avatar">
<img src="https://northgatephysio.example/wp-content/uploads/2023/01/priya-300x300.jpg" alt="Picture of Priya Ramesh" loading="lazy"></a>
<div class="elementor-author-box__text"><a href="https://northgatephysio.example/author/priya/"><h4 class="elementor-author-box__name">Priya Ramesh</h4></a>
<div class="elementor-author-box__bio"><p>${elBio}</p></div><a class="elementor-author-box__button elementor-button elementor-size-xs"
href="https://northgatephysio.example/author/priya/">All Posts</a></div></div>`,
)}
${elW(
  'e3f4a5b',
  'post-navigation.default',
  `<div class="elementor-post-navigation" role="navigation" aria-label="Post Navigation"><div
class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="https://northgatephysio.example/blog/plantar-heel-pain/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">
<i aria-hidden="true" class="fas fa-angle-left"></i><span class="elementor-screen-only">Prev</span></span><span class="elementor-post-navigation__link__prev">
<span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">${elRelated[0][0]}</span></span></a></div>
<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="https://northgatephysio.example/blog/hip-mobility/" rel="next">
<span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Five-minute
hip mobility routine for desk workers</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i aria-hidden="true"
class="fas fa-angle-right"></i><span class="elementor-screen-only">Next</span></span></a></div></div>`,
)}`,
)}
${elCon(
  'a6b7c8d',
  `${elW('1e2f3a4', 'heading.default', '<h2 class="elementor-heading-title elementor-size-default">You might also like</h2>')}
${elW(
  '5b6c7d8',
  'posts.cards',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-cards elementor-grid" role="list">
${elRelated
  .map(
    ([t, d, e], i) => `<article class="elementor-post elementor-grid-item post-${2100 + i} post type-post status-publish" role="listitem">
<div class="elementor-post__card"><a class="elementor-post__thumbnail__link" href="https://northgatephysio.example/blog/${i}/" tabindex="-1"><div
class="elementor-post__thumbnail">
<img width="300" height="200" src="https://northgatephysio.example/wp-content/uploads/2025/0${4 - i}/thumb.jpg" alt="" loading="lazy"></div></a>
<div class="elementor-post__badge">Running</div><div class="elementor-post__text"><h3 class="elementor-post__title"><a
href="https://northgatephysio.example/blog/${i}/">
${t}</a></h3><div class="elementor-post__excerpt"><p>${e}</p></div><a class="elementor-post__read-more" href="https://northgatephysio.example/blog/${i}/"
aria-label="Read more about ${t}" tabindex="-1">Read More »</a></div><div class="elementor-post__meta-data"><span class="elementor-post-date">${d}</span>
</div></div></article>`,
  )
  .join('\n')}</div>`,
  'elementor-grid-3 elementor-posts--thumbnail-top elementor-card-shadow-yes ',
)}`,
)}
${elCon(
  '9c0d1e2',
  `${elW('3f4a5b6', 'heading.default', `<h3 class="elementor-heading-title elementor-size-default">${elNews[0]}</h3>`)}
${elW('7c8d9e0', 'text-editor.default', `<p>${elNews[1]}</p>`)}
${elW(
  'a1b2c3e',
  'form.default',
  `<form class="elementor-form" method="post" name="Newsletter" aria-label="Newsletter"><input type="hidden" name="post_id" value="412">
<div class="elementor-form-fields-wrapper elementor-labels-"><div
class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email
elementor-col-70 elementor-field-required"><label for="form-field-email" class="elementor-field-label elementor-screen-only">${elNews[2]}</label>
<input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual"
placeholder="Your email address"
required="required"></div><div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-30 e-form__buttons">
<button class="elementor-button elementor-size-sm" type="submit"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">${elNews[3]}</span>
</span></button></div></div></form>`,
)}`,
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="101" class="elementor elementor-101 elementor-location-footer"
data-elementor-post-type="elementor_library">
${elCon(
  'f0e1d2c',
  `${elW('b3a4c5d', 'text-editor.default', `<p><strong>${amp(elFooter[0])}</strong><br>${elFooter[1]}</p>`)}
${elW('e6f7a8b', 'text-editor.default', `<h4>${elFooter[2]}</h4><p>${elFooter[3]}<br>${elFooter[4]}</p>`)}
${elW(
  'c9d0e1f',
  'text-editor.default',
  `<h4>${elFooter[5]}</h4><ul><li><a href="/privacy-policy/">${elFooter[6]}</a></li>
<li><a href="/terms/">${amp(elFooter[7])}</a></li><li><a href="/careers/">${elFooter[8]}</a></li></ul>`,
)}
${elW('a2b3c4d', 'text-editor.default', `<p>${amp(elFooter[9])}</p>`)}`,
)}
</footer>
<div data-elementor-type="popup" data-elementor-id="655" class="elementor elementor-655 elementor-location-popup"
data-elementor-settings="{&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;,&quot;scrolling_offset&quot;:60}}"
data-elementor-post-type="elementor_library">
${elCon(
  '0f1e2d3',
  `${elW('4c5b6a7', 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${elPopup[0]}</h2>`)}
${elW('8e9f0a1', 'text-editor.default', `<p>${elPopup[1]}</p>`)}
${elW(
  '2b3c4d5',
  'button.default',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/book/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${elPopup[2]}</span></span></a></div>`,
)}
${elW(
  '6d7e8f9',
  'button.default',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-xs" href="#elementor-action%3Aaction%3Dpopup%3Aclose">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${elPopup[3]}</span></span></a></div>`,
)}`,
)}
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text"
class="cn-text-container">${elCookie[0]}</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
aria-label="Ok">${elCookie[1]}</button>
<button id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button" aria-label="No">${elCookie[2]}</button>
<button data-link-url="https://northgatephysio.example/privacy-policy/" id="cn-more-info" class="cn-more-info cn-button"
aria-label="Privacy policy">${elCookie[3]}</button>
</span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>
<script src="https://northgatephysio.example/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.30.0"
id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false,"wpPreview":false},"post":{"id":2198,"title":"Running after 40"}};</script>
<script src="https://northgatephysio.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.30.2" id="elementor-frontend-js"></script>
</body></html>`;
export const elementorPost: TestPage = {
  html: elHtml,
  name: 'heldout137-wordpress-elementor-blog',
  kind: 'blog',
  // the post-info author and date are bylines; the category term, the table of contents (its items repeat the headings and
  // are left out), the caption, share buttons, author box, post navigation, related cards, newsletter, footer, the hidden
  // popup and the cookie bar are furniture; "Email" is a share button and the form's label, listed once
  title: elTitle,
  headings: [elH1, elH2, elH3, elH4],
  body: texts([...elP1, ...elP2, ...elP3, ...elOl, ...elP4, ...elP5, ...elP6, ...elUl, ...elP7]),
  bylines: ['Priya Ramesh', 'May 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...elTop, ...elNav.filter((t) => t !== 'Home' && t !== 'Blog'), 'Menu', ...elCrumbs, 'Running', 'Table of Contents', elCaption,
    ...elShare, elBio, 'All Posts', 'Prev', 'Previous', 'Next', 'Five-minute hip mobility routine for desk workers', 'You might also like',
    ...elRelated.flat(), 'Read More »', ...elNews.filter((t) => t !== 'Email'), ...elFooter, ...elPopup, ...elCookie,
  ],
};
