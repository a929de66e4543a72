import { ps, type TestPage, texts } from './page-kit.js';
import {
  heBio,
  heCookie,
  heCta,
  heFoot,
  heH1,
  heH2,
  heH3,
  heH4,
  heList,
  heNav,
  heP1,
  heP2,
  heP3,
  heP4,
  heP5,
  hePopup,
  heRelEx,
  heRelated,
  heShare,
  heTitle,
  heTop,
  heWarn,
} from './pages-heldout149-a4.js';

/**
 * Held-out batch 149, file a2: a physiotherapy clinic's blog post on WordPress with the Hello Elementor theme and an Elementor
 * Pro single-post template (top bar with phone and hours, header with the nav menu widget and its hidden dropdown copy, a
 * "Book Online" button, Yoast breadcrumbs, the post-info list, the post content with a warning group block, share buttons,
 * the author box, post navigation, a "Related Articles" posts widget, a booking call to action, the Elementor footer, a
 * hidden newsletter popup and the Complianz cookie banner).
 */
const amp = (t: string): string => t.replace(/&/g, '&amp;');
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const con = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}"
data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">${inner}</div></div>`;
const heMenu = (hidden: boolean): string => `<ul id="menu-${hidden ? '2' : '1'}-5c1e9a" class="elementor-nav-menu${hidden ? '' : ' sm-menu'}">
${heNav
  .map(
    (t, i) =>
      `<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${20 + i}"><a href="https://northgatephysio.example/${t
        .toLowerCase()
        .replace(/ /g, '-')}/" class="elementor-item${t === 'Blog' ? ' elementor-item-active' : ''}"${hidden ? ' tabindex="-1"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul>`;
const heH = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const heInfo = (type: string, icon: string, text: string): string => `<li class="elementor-icon-list-item elementor-repeater-item-${type} elementor-inline-item"
itemprop="${type}"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="${icon}"></i></span><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-${type}">${text}</span></li>`;
const heHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heTitle} - Northgate Physio &amp; Sports Clinic</title>
<meta name="description" content="A step-by-step return-to-running plan for calf strains from the physiotherapists at Northgate.">
<meta property="og:type" content="article"><meta property="og:title" content="${heTitle}">
<meta property="article:published_time" content="2025-03-12T09:30:00+00:00"><meta name="author" content="Tomasz Wieczorek">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${heTitle}",
"author":{"name":"Tomasz Wieczorek"},"datePublished":"2025-03-12T09:30:00+00:00","publisher":{"@id":"https://northgatephysio.example/#organization"}},
{"@type":"MedicalBusiness","@id":"https://northgatephysio.example/#organization","name":"Northgate Physio & Sports Clinic"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://northgatephysio.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://northgatephysio.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6">
<link rel="stylesheet" id="elementor-post-5-css" href="https://northgatephysio.example/wp-content/uploads/elementor/css/post-5.css?ver=1741779112" media="all">
</head>
<body class="post-template-default single single-post postid-1876 single-format-standard wp-custom-logo wp-embed-responsive elementor-default
elementor-kit-5 elementor-page-912">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header" data-elementor-post-type="elementor_library">
${con(
  '7a1c2f0',
  el(
    '3be90d1',
    'icon-list',
    `<ul class="elementor-icon-list-items elementor-inline-items">${heTop
      .map(
        (t) => `<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-phone-alt"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  ),
)}
${con(
  '1f0d8e3',
  `${el(
    '52ac1b7',
    'theme-site-logo',
    `<a href="https://northgatephysio.example"><img width="240" height="64" src="https://northgatephysio.example/logo.svg"
class="attachment-full size-full" alt="Northgate Physio logo"></a>`,
  )}
${el(
  '6e2b4c9',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade">${heMenu(false)}</nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">${heMenu(true)}</nav>`,
)}
${el(
  '90cd3e2',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm"
href="https://northgatephysio.example/book/"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book
Online</span></span></a></div>`,
)}`,
)}
</div>
<div data-elementor-type="single-post" data-elementor-id="912" class="elementor elementor-912 elementor-location-single post-1876 post type-post
status-publish format-standard has-post-thumbnail hentry category-running-injuries" data-elementor-post-type="elementor_library">
${con(
  '2d7f1a4',
  `${el(
    '8b3e0f5',
    'breadcrumbs',
    `<p id="breadcrumbs"><span><span><a href="https://northgatephysio.example/">Home</a></span> » <span>
<a href="https://northgatephysio.example/blog/">Blog</a></span> » <span class="breadcrumb_last" aria-current="page">${heTitle}</span></span></p>`,
  )}
${el('c41a9d2', 'theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${heTitle}</h1>`)}
${el(
  'f7e20b8',
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
${heInfo('author', 'far fa-user-circle', 'Tomasz Wieczorek')}
${heInfo('date', 'fas fa-calendar', '<time>March 12, 2025</time>')}
${heInfo('time', 'far fa-clock', '<time>9:30 am</time>')}
${heInfo('comments', 'far fa-comment-dots', 'No Comments')}</ul>`,
)}
${el(
  '09a6d1e',
  'theme-post-featured-image',
  `<img width="1200" height="675" src="https://northgatephysio.example/wp-content/uploads/2025/03/calf-strain.jpg"
class="attachment-full size-full wp-image-1880" alt="Runner stretching a calf against a wall" loading="lazy">`,
)}
${el(
  '3c5e7a0',
  'theme-post-content',
  `${ps(heP1)}
<div class="wp-block-group has-pale-pink-background-color has-background is-layout-flow wp-block-group-is-layout-flow"><p>${heWarn}</p></div>
${heH(heH1)}
${ps(heP2)}
${heH(heH2)}
${ps(heP3)}
<ul class="wp-block-list">${heList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${heH(heH3)}
${ps(heP4)}
${heH(heH4)}
${ps(heP5)}`,
)}
${el('5d81c3f', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Share this article</h4>')}
${el(
  'a0b7e64',
  'share-buttons',
  `<div class="elementor-grid">${heShare
    .map(
      (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0"
aria-label="Share on ${s.toLowerCase()}"><span class="elementor-share-btn__icon"><i class="fab fa-${s.toLowerCase()}" aria-hidden="true"></i></span>
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">${s}</span></div></div></div>`,
    )
    .join('\n')}</div>`,
)}
${el(
  'd2f8e41',
  'author-box',
  `<div class="elementor-author-box"><a href="https://northgatephysio.example/author/tomasz/" class="elementor-author-box__avatar">
<img src="https://northgatephysio.example/tomasz-150x150.jpg" alt="Tomasz Wieczorek" loading="lazy"></a><div class="elementor-author-box__text">
<a href="https://northgatephysio.example/author/tomasz/"><h4 class="elementor-author-box__name">Tomasz Wieczorek</h4></a>
<div class="elementor-author-box__bio">${heBio}</div><a class="elementor-author-box__button elementor-button elementor-size-xs"
href="https://northgatephysio.example/author/tomasz/">All Posts</a></div></div>`,
)}
${el(
  '6f0e2c7',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="https://northgatephysio.example/shin-splints/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">
<i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Prev</span></span><span class="elementor-post-navigation__link__prev">
<span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">${heRelated[0]?.t}</span></span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"></div></div>`,
)}`,
)}
${con(
  '4e1a0b3',
  `${el('e93d6a2', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Related Articles</h2>')}
${el(
  'b71c5e8',
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${heRelated
    .map(
      (r, i) => `<article class="elementor-post elementor-grid-item post-${1870 - i} post type-post status-publish"><div class="elementor-post__text">
<h3 class="elementor-post__title"><a href="https://northgatephysio.example/r${i}/">${r.t}</a></h3><div class="elementor-post__meta-data">
<span class="elementor-post-date">${r.d}</span></div><div class="elementor-post__excerpt"><p>${heRelEx[i]}</p></div>
<a class="elementor-post__read-more" href="https://northgatephysio.example/r${i}/" aria-label="Read more about ${r.t}" tabindex="-1">Read More
»</a></div></article>`,
    )
    .join('\n')}</div>`,
)}`,
)}
${con(
  '0c8f3d6',
  `${el('71d2b09', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${heCta[0]}</h2>`)}
${el('a28e4f1', 'text-editor', `<p>${heCta[1]}</p>`)}
${el(
  'f4b6c20',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="https://northgatephysio.example/book/"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">${heCta[2]}</span></span></a></div>`,
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="47" class="elementor elementor-47 elementor-location-footer" data-elementor-post-type="elementor_library">
${con(
  '9e4d1f2',
  `${el('1a2b3c4', 'heading', `<h3 class="elementor-heading-title elementor-size-default">${amp(heFoot[0]!)}</h3>`)}
${el('2b3c4d5', 'text-editor', `<p>${heFoot[1]}</p>`)}
${el('3c4d5e6', 'heading', `<h3 class="elementor-heading-title elementor-size-default">${heFoot[2]}</h3>`)}
${el('4d5e6f7', 'text-editor', `<p>${heFoot[3]}<br>${heFoot[4]}</p>`)}
${el('5e6f7a8', 'heading', `<h3 class="elementor-heading-title elementor-size-default">${heFoot[5]}</h3>`)}
${el(
  '6f7a8b9',
  'icon-list',
  `<ul class="elementor-icon-list-items">${heFoot
    .slice(6, 9)
    .map(
      (t) => `<li class="elementor-icon-list-item"><a href="https://northgatephysio.example/${t.toLowerCase().replace(/ /g, '-')}/">
<span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('\n')}</ul>`,
)}
${el('7a8b9c0', 'text-editor', `<p>${amp(heFoot[9]!)}</p>`)}`,
)}
</div>
<div data-elementor-type="popup" data-elementor-id="1502" class="elementor elementor-1502 elementor-location-popup"
data-elementor-settings="{&quot;a11y_navigation&quot;:
&quot;yes&quot;,&quot;timing&quot;:{&quot;page_views&quot;:&quot;yes&quot;}}" data-elementor-post-type="elementor_library">
${con(
  '8b9c0d1',
  `${el('9c0d1e2', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hePopup[0]}</h2>`)}
${el('0d1e2f3', 'text-editor', `<p>${hePopup[1]}</p>`)}
${el(
  '1e2f3a4',
  'form',
  `<form class="elementor-form" method="post" name="Newsletter popup"><div class="elementor-form-fields-wrapper elementor-labels-above">
<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-100 elementor-field-required">
<label for="form-field-email" class="elementor-field-label">${hePopup[2]}</label><input size="1" type="email" name="form_fields[email]" id="form-field-email"
class="elementor-field elementor-size-sm elementor-field-textual" placeholder="you@example.com" required="required"></div><div class="elementor-field-group
elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${hePopup[3]}</span></span></button></div></div></form>`,
)}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right
cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"
aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${heCookie[0]}</div>
<div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"></div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">${heCookie[1]}</div><div class="cmplz-categories">${heCookie
  .slice(2, 6)
  .filter((t) => t !== 'Always active')
  .map(
    (t) => `<details class="cmplz-category cmplz-${t.toLowerCase()}"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">${t}</span>
${t === 'Functional' ? `<span class="cmplz-always-active">${heCookie[3]}</span>` : ''}</span></summary></details>`,
  )
  .join('\n')}</div></div><div class="cmplz-buttons">${heCookie
  .slice(6, 10)
  .map((t) => `<button class="cmplz-btn cmplz-${t.split(' ')[0]!.toLowerCase()}">${t}</button>`)
  .join(
    '',
  )}</div><div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="https://northgatephysio.example/cookie-policy-uk/"
data-relative_url="">${heCookie[10]}</a></li></ul></div></div></div>
<script src="https://northgatephysio.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"i18n":{"shareOnFacebook":
"Share on Facebook","shareOnTwitter":"Share on Twitter","downloadImage":
"Download image"},"post":{"id":1876,"title":"Coming%20back%20from%20a%20calf%20strain"}};
</script>
</body></html>`;
export const helloElementorPost: TestPage = {
  html: heHtml,
  name: 'heldout149-wordpress-hello-elementor-blog',
  kind: 'blog',
  // the warning group block at the top is the clinic's own advice and part of the article (body); the post-info list's
  // author, date and time are bylines; "No Comments", share buttons, author box, post navigation, related posts, the call to
  // action, the footer, the hidden popup and the cookie banner are furniture
  title: heTitle,
  headings: [heH1, heH2, heH3, heH4],
  body: texts([...heP1, heWarn, ...heP2, ...heP3, ...heList, ...heP4, ...heP5]),
  bylines: ['Tomasz Wieczorek', 'March 12, 2025', '9:30 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...heTop, ...heNav, 'Menu', 'Book Online', 'No Comments', 'Share this article', ...heShare, heBio, 'All Posts', 'Prev',
    'Previous', 'Related Articles', ...heRelated.flatMap((r) => [r.t, r.d]), ...heRelEx, 'Read More »',
    ...heCta, ...heFoot, ...hePopup.filter((t) => t !== 'Email'), ...heCookie,
  ],
};
