import { links, ps, type TestPage, texts } from './page-kit.js';
import { drupalStudent } from './pages-heldout408-a2.js';
import { j, lis } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file a: a literary prize's shortlist announcement on WordPress built with Elementor (theme-builder
 * header, post-info widget, share buttons, Complianz cookie banner, newsletter form, related posts, footer) and a university
 * news story on Drupal 10 about a student award (utility bar, main menu, breadcrumb, EU Cookie Compliance, field markup,
 * tags, contact box, related news, footer).
 */
const hTitle = 'The Harrowgate Prize for Fiction 2026: the shortlist';
const hIntro = [
  j(
    'Six novels have made the shortlist for this year’s Harrowgate Prize for Fiction, chosen from 164 books submitted by',
    '58 publishers. The list, announced this morning at the Corn Exchange in Marlow Bridge, includes three debut novelists for the first',
    'time in the prize’s twenty-two-year history.',
  ),
  j(
    'The winner will receive £25,000 and a hand-bound edition of their book, and each shortlisted author receives £2,500.',
    'The winner will be named at a ceremony on 18 June.',
  ),
];
const hBooks = [
  'The Salt Orchard by Minna Trevalyan (Kettle Books), a family saga set among the oyster beds of a drowning estuary',
  'A Year Without Bells by Osric Daventry (Halyard Press), in which a village loses its church and finds its voice',
  'Copper Wire by Temi Adébáyọ̀ (Lantern & Finch), a debut following a switchboard operator through the winter of 1963',
  'The Understudies by Carys Penhallow (Morrow Lane), a comedy of manners set backstage at a failing seaside theatre',
  'Low Country by Hal Ingersby (Fieldfare), a debut told in letters between two brothers on opposite sides of a flood',
  'Nine Small Rooms by Ana Lucía Ferreiro (Kettle Books), a debut novel in nine chapters, each set in a single room of a boarding house',
];
const hJudges = [
  j(
    'The judging panel was chaired by the critic Rosalind Achterberg, who was joined by the novelist Benedict Oyelaran,',
    'the bookseller Fern Castellane and the translator Ivo Marchetti.',
  ),
  j(
    'Achterberg said the panel had been struck by how many of the submitted books looked closely at work and at place.',
    '“These are novels about people who make things and mend things, and about the places that shape them,” she said.',
    '“We argued long and happily, and every one of these six books earned its place by being read twice.”',
  ),
  j(
    'Two publishers have more than one title on the list for the first time, and Kettle Books, an independent press',
    'from the Welsh borders, has two novels shortlisted in its first year of entering.',
  ),
];
const hDates = [
  'Shortlist readings tour: 2 to 30 May, in eleven libraries across the region',
  'Readers’ vote opens: 12 May',
  'Winner announced: 18 June, at the Corn Exchange, Marlow Bridge',
];
const hOutro = [
  j(
    'The prize is funded by the Harrowgate Trust and is open to novels written in English by authors resident in the UK',
    'and Ireland. Entries for the 2027 prize open on 1 September.',
  ),
];
const hNav = ['Home', 'About the Prize', 'Shortlists', 'Past Winners', 'Events', 'Schools', 'Support Us'];
const hRelated = ['Longlist 2026: thirteen novels in the running', 'Meet the 2026 judges', 'Looking back: twenty-one years of Harrowgate winners'];
const hFoot = ['Privacy Policy', 'Cookie Policy', 'Accessibility', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} – Harrowgate Prize</title>
<meta name="description" content="Six novels have made the shortlist for this year’s Harrowgate Prize for Fiction.">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<meta property="article:published_time" content="2026-04-21T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${hTitle}",
"datePublished":"2026-04-21T08:00:00+00:00","author":{"name":"Harrowgate Prize team"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1713690000" media="all">
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":412}};</script>
</head>
<body class="post-template-default single single-post postid-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c2e1a0 elementor-section-boxed" data-id="5c2e1a0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-2b9f" data-id="2b9f" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo
elementor-widget-image" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="/">
<img width="220" height="60" src="/wp-content/uploads/2024/01/harrowgate-logo.svg" class="attachment-full size-full" alt="Harrowgate Prize"></a>
</div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-7d0c" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-7d0c"
class="elementor-nav-menu">${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
</div></div></div></div></div></section></div>
<main id="content" class="site-main post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div data-elementor-type="wp-post" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="post">
<section class="elementor-section elementor-top-section elementor-element elementor-element-a41c77e elementor-section-boxed" data-id="a41c77e"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element elementor-element-0f3e" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-91ab elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"
data-widget_type="theme-post-title.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1></div></div>
<div class="elementor-element elementor-element-c3d1 elementor-widget elementor-widget-post-info" data-widget_type="post-info.default">
<div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-1a elementor-inline-item" itemprop="datePublished">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">21 April 2026</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-2b elementor-inline-item" itemprop="author">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Harrowgate Prize team</span></li>
</ul></div></div>
<div class="elementor-element elementor-element-e0a2 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image">
<div class="elementor-widget-container"><figure class="wp-caption"><img width="1200" height="675" src="/wp-content/uploads/2026/04/shortlist-2026.jpg"
alt="Six novels stacked on a wooden table"><figcaption class="widget-image-caption wp-caption-text">The six shortlisted novels. Photo: Aled Voss
</figcaption></figure></div></div>
<div class="elementor-element elementor-element-5e8f elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default">
<div class="elementor-widget-container">
${ps(hIntro)}
<h2 class="wp-block-heading">The six shortlisted novels</h2>
<ul>${lis(hBooks)}</ul>
<p><strong>Read more:</strong> <a href="/longlist-2026">Longlist 2026: thirteen novels in the running</a></p>
<h2 class="wp-block-heading">What the judges said</h2>
${ps(hJudges)}
<h2 class="wp-block-heading">Key dates</h2>
<ul>${lis(hDates)}</ul>
${ps(hOutro)}
</div></div>
<div class="elementor-element elementor-element-b7aa elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons">
<div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn
elementor-share-btn_facebook" role="button" tabindex="0"><span class="elementor-share-btn__title">Facebook</span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_bluesky" role="button">
<span class="elementor-share-btn__title">Bluesky</span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_email" role="button">
<span class="elementor-share-btn__title">Email</span></div></div></div></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-f01d" data-element_type="section">
<div class="elementor-container"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">You might also like</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container">
<div class="elementor-posts-container elementor-posts elementor-grid">
${hRelated
  .map(
    (t) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title">
<a href="#">${t}</a></h3></div></article>`,
  )
  .join('\n')}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<h3 class="elementor-heading-title">Get prize news first</h3><form class="elementor-form" method="post" name="Newsletter">
<input type="email" name="form_fields[email]" placeholder="Your email address" class="elementor-field elementor-size-sm">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Sign up</span></button></form></div></div>
</div></div></section></div></main>
<div data-elementor-type="footer" data-elementor-id="22" class="elementor elementor-22 elementor-location-footer">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-widget-container">
<ul class="elementor-icon-list-items elementor-inline-items">${links(hFoot, 'elementor-icon-list-item elementor-inline-item')}</ul>
<p class="elementor-text-editor">© 2026 The Harrowgate Trust. Registered charity no. 1180442.</p></div></div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to understand how visitors use our site
and to improve it.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const harrowgate: TestPage = {
  name: 'heldout408-wordpress-elementor-prize-shortlist',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: ['The six shortlisted novels', 'What the judges said', 'Key dates'],
  body: texts([...hIntro, ...hBooks, ...hJudges, ...hDates, ...hOutro]),
  bylines: ['21 April 2026', 'By Harrowgate Prize team'],
  furniture: [
    'Skip to content',
    ...hNav,
    'The six shortlisted novels. Photo: Aled Voss',
    'Read more: Longlist 2026: thirteen novels in the running',
    'Facebook',
    'Bluesky',
    'Email',
    'You might also like',
    ...hRelated,
    'Get prize news first',
    'Sign up',
    ...hFoot,
    '© 2026 The Harrowgate Trust. Registered charity no. 1180442.',
    'Manage Cookie Consent',
    'We use cookies to understand how visitors use our site and to improve it.',
    'Accept',
    'Deny',
    'View preferences',
  ],
};

export const HELDOUT408_A: readonly TestPage[] = [harrowgate, drupalStudent];
