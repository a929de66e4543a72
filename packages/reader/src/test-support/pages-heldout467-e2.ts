import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout467-kit.js';

/**
 * Held-out batch 467, file e2: a contributor's post on WordPress built with Elementor Pro (theme-builder header and
 * single-post template, post info, share buttons, call to action, post navigation, WordPress comments).
 */
const eTitle = 'Building a paper-grain texture pack from scans of old ledgers';
const eSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Last autumn a bookbinder in Tarrow let me scan forty blank pages from ledgers that had been sitting in her workshop since the',
        'sixties. This month they became my first texture pack on Inkwell Market, and several of you asked how I made it.',
      ),
    ],
  ],
  [
    'Scanning',
    [
      j(
        'I scanned each page at 1200 dpi on a flatbed, with the lid open and a black card behind the sheet, so the grain and the',
        'foxing show without light coming through from the other side. Each scan is about 400 MB, which is far too much for a download.',
      ),
    ],
  ],
  [
    'Cleaning without flattening',
    [
      j(
        'The temptation is to clean everything. I removed only the things that would look like mistakes at small sizes: staples,',
        'pencil ticks and one coffee ring that was too perfect to be believable. The rest of the stains stayed, because buyers want',
        'the character.',
      ),
      j('Every texture was then made seamless with an offset and hand-painted joins, which took longer than the scanning and', 'cleaning together.'),
    ],
  ],
  [
    'What went into the pack',
    ['The final pack has 24 textures at 6000 × 6000 pixels, saved as JPEGs at quality 11, plus six overlays with transparent backgrounds for Procreate.'],
  ],
];
const eNav = ['Portfolio', 'Shop', 'Blog', 'Workshops', 'Contact'];
const eComments: [string, string, string][] = [
  ['Dilys Penhallow', 'March 9, 2026 at 7:41 pm', 'Thank you for the tip about the black card. I had been fighting show-through for weeks.'],
  ['Bram Okafor', 'March 10, 2026 at 10:02 am', 'Did you ask the bookbinder for a release for the pages, or is that not needed for blank paper?'],
];
const eHead = eSecs.slice(1);
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>${eTitle} &#8211; Hedda Quill Studio</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://heddaquill.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='elementor-post-112-css' href='https://heddaquill.com/wp-content/uploads/elementor/css/post-112.css?ver=1709812' media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://heddaquill.com/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"datePublished":"2026-03-08T09:30:00+00:00","author":{"name":"Hedda Quill"}}]}</script></head>
<body class="post-template-default single single-post postid-2871 single-format-standard elementor-default elementor-template-full-width elementor-kit-7
elementor-page-2940"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="118" class="elementor elementor-118 elementor-location-header"
data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4d2a e-flex e-con-boxed e-con e-parent" data-id="4d2a" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-7b1 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://heddaquill.com">
<img width="180" height="48" src="https://heddaquill.com/wp-content/uploads/2024/05/logo.svg"
class="attachment-full size-full" alt="Hedda Quill Studio"></a></div></div>
<div class="elementor-element elementor-element-9c3 elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main
elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-9c3" class="elementor-nav-menu">
${eNav
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="https://heddaquill.com/${t.toLowerCase()}/"
class="elementor-item">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="2940"
class="elementor elementor-2940 elementor-location-single post-2871 post type-post status-publish
format-standard has-post-thumbnail hentry category-textures tag-scanning" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1f0 e-con-full e-flex e-con e-parent" data-id="1f0" data-element_type="container">
<div class="elementor-element elementor-element-a11 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"
data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>
</div></div>
<div class="elementor-element elementor-element-b22 elementor-widget elementor-widget-post-info" data-widget_type="post-info.default"><div
class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item
elementor-repeater-item-0 elementor-inline-item" itemprop="author"><a href="https://heddaquill.com/author/hedda/"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">Hedda Quill</span></a></li><li class="elementor-icon-list-item elementor-repeater-item-1
elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">
<time>March 8, 2026</time></span></li><li class="elementor-icon-list-item elementor-repeater-item-2 elementor-inline-item" itemprop="about"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a
href="https://heddaquill.com/category/textures/" class="elementor-post-info__terms-list-item">Textures</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-element-c33 elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default">
<div class="elementor-widget-container">
${ps(eSecs[0]?.[1] ?? [])}
${eHead.map(([h, p]) => `<h2 class="wp-block-heading">${h}</h2>\n${ps(p)}`).join('\n')}
<figure class="wp-block-image size-large">
<img decoding="async" width="1024" height="683" src="https://heddaquill.com/wp-content/uploads/2026/03/ledger-scan.jpg"
alt="" class="wp-image-2880"><figcaption class="wp-element-caption">Ledger page 17 before cleaning</figcaption></figure>
</div></div>
<div class="elementor-element elementor-element-d44 elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons"
data-widget_type="share-buttons.default"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div
class="elementor-share-btn elementor-share-btn_pinterest" role="button" tabindex="0" aria-label="Share on pinterest"><span class="elementor-share-btn__icon">
<i class="fab fa-pinterest" aria-hidden="true"></i></span></div></div><div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_email"
role="button" tabindex="0" aria-label="Share on email"><span class="elementor-share-btn__icon"><i class="fas fa-envelope" aria-hidden="true"></i></span></div>
</div></div></div></div>
<div class="elementor-element elementor-element-e55 elementor-widget elementor-widget-call-to-action" data-widget_type="call-to-action.default"><div
class="elementor-widget-container"><div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-content-item">Ledger
Grain Texture Pack</h2><div class="elementor-cta__description elementor-content-item">24 seamless textures and 6 overlays, now on Inkwell Market.</div><div
class="elementor-cta__button-wrapper elementor-content-item"><a class="elementor-cta__button elementor-button elementor-size-sm"
href="https://inkwell.market/hq/ledger">
Get the pack</a></div></div></div></div></div>
<div class="elementor-element elementor-element-f66 elementor-widget elementor-widget-post-navigation" data-widget_type="post-navigation.default"><div
class="elementor-widget-container"><div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a
href="https://heddaquill.com/risograph-colour-tests/"
rel="prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">
Risograph colour tests</span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a
href="https://heddaquill.com/workshop-dates-2026/"
rel="next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">Workshop dates for 2026</span></a></div></div>
</div></div>
<div class="elementor-element elementor-element-g77 elementor-widget elementor-widget-post-comments" data-widget_type="post-comments.theme_comments"><div
class="elementor-widget-container"><section id="comments" class="comments-area"><h2 class="title-comments">2 Responses</h2><ol class="comment-list">
${eComments
  .map(
    ([n, d, t], i) => `<li id="comment-${41 + i}" class="comment even thread-even depth-1"><article id="div-comment-${41 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${n}</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="#comment-${41 + i}"><time>${d}</time></a></div></footer><div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow"
class="comment-reply-link" href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://heddaquill.com/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="125" class="elementor elementor-125 elementor-location-footer">
<div class="elementor-element e-con-boxed e-con
e-parent"><div class="e-con-inner"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Hedda Quill Studio ·
Illustration and surface pattern, Tarrow</p></div></div></div></div></div>
<script src='https://heddaquill.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2' id='elementor-pro-frontend-js'>
</script></body></html>`;
const elementor: TestPage = {
  name: 'heldout467-elementor-contributor-post',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHead.map(([h]) => h),
  body: texts(eSecs.flatMap(([, p]) => p)),
  bylines: ['Hedda Quill', 'March 8, 2026', ...eComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Ledger page 17 before cleaning', 'Ledger Grain Texture Pack',
    '24 seamless textures and 6 overlays, now on Inkwell Market.', 'Get the pack', 'Previous', 'Risograph colour tests', 'Next',
    'Workshop dates for 2026', '2 Responses', 'says:', ...eComments.map(([, , t]) => t), 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *',
    '© 2026 Hedda Quill Studio · Illustration and surface pattern, Tarrow',
  ],
};

export const HELDOUT467_E2: readonly TestPage[] = [elementor];
