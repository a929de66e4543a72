import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout455-kit.js';

/**
 * Held-out batch 455, file a: a ham radio club's Winter Field Day recap on WordPress (Astra) with a sidebar and comments, and
 * a state QSO party's final results on Drupal (Olivero) with two score tables.
 */
const fTitle = 'Winter Field Day 2027: 1,912 contacts from Harlow Knob';
const fBody = [
  j(
    'Fourteen members and three guests hauled two stations, a generator and a very stubborn mast trailer up to the Harlow Knob',
    'fire lookout for Winter Field Day on January 30 and 31. The temperature never climbed above 19 °F, and the wind took down the',
    '40-metre dipole twice before midnight, but we finished the 24 hours with 1,912 contacts in the log.',
  ),
  'Stations and antennas',
  j(
    'We ran as 2O in the outdoor category. The CW station used the club’s K3 into a three-element SteppIR on the trailer mast at',
    '38 feet; the phone station ran a borrowed IC-7300 into a fan dipole for 80, 40 and 20 metres strung between the lookout and a',
    'spruce. A third position on 2 metres and 70 centimetres worked the local FM simplex crowd and four satellite passes.',
  ),
  'Final antenna list:',
  'three-element SteppIR at 38 feet on the mast trailer',
  'fan dipole for 80, 40 and 20 metres at about 30 feet',
  'Arrow handheld Yagi for the satellite passes',
  'How the night went',
  j(
    'Twenty metres carried the first four hours, with the West Coast loud until well after dark. Forty was the workhorse from',
    'about 8 p.m. to 2 a.m., once we got the dipole back up with a heavier halyard. Eighty metres was noisy all night from the',
    'generator, and moving it another 60 feet down the slope cut the noise by about two S-units.',
  ),
  j(
    'Our newest operator, Priya Castellan, made her first CW contacts ever at 3 a.m. with Gordon Valesky copying over her',
    'shoulder. She ended the night with 61 CW contacts and a very cold right hand.',
  ),
  'What we will change next year',
  j(
    'The lookout’s stove kept the operating room warm, but the generator tent needs a proper floor, and we need a second set of',
    'guy ropes cut to length before we go up the hill. Dale is drawing up a packing list, and the mast trailer gets new bearings',
    'in the spring.',
  ),
  j(
    'Thanks to the Harlow County Parks office for the lookout permit and to everyone who brought soup. Photos are in the club',
    'album, and the log will be submitted by the end of the week.',
  ),
];
const fHead = [1, 7, 10];
const fNav = ['Home', 'About the Club', 'Meetings', 'Nets', 'Repeaters', 'License Classes', 'Contact'];
const fRecent = ['February meeting: antenna modeling night', 'Repeater work day moved to March 6', 'VE session results, January'];
const fComments = [
  j('Great write-up, Dale. I could hear you on 40 from here all night, you were the loudest 2O station in the section around', 'midnight.'),
  'Congratulations Priya! First CW contacts in a snowstorm is a story you will be telling for years.',
];
const fHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fTitle} &#8211; Tamsworth Valley Amateur Radio Club</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://tvarc.example.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container #primary{padding-top:3em}.site-title a{color:#1d4e89}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${fTitle}",
"datePublished":"2027-02-03T17:05:12+00:00","author":{"name":"Dale Rennick"}}]}</script>
<script src="https://tvarc.example.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-482 single-format-standard
wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope>
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="120" height="60" src="/wp-content/uploads/2024/05/tvarc-logo.png"
class="custom-logo" alt="Tamsworth Valley ARC"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name">
<a href="/" rel="home" itemprop="url">Tamsworth Valley ARC</a></span><p class="site-description" itemprop="description">W9TVR · Since
1952</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation: Primary Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border
stack-on-mobile">
${links(fNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-482 post type-post status-publish format-standard has-post-thumbnail hentry category-club-news ast-article-single" id="post-482"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2027/02/wfd-lookout-1024x576.jpg"
class="attachment-large size-large wp-post-image" alt="Club members at the Harlow Knob fire lookout" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${fTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author"><a title="View all posts by Dale Rennick" href="/author/kd9qxr/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Dale Rennick, KD9QXR</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
February 3, 2027</span></span> / <span class="cat-links"><a href="/category/club-news/" rel="category tag">Club News</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps([at(fBody, 0)])}
<h2 class="wp-block-heading">${at(fBody, 1)}</h2>
${ps([at(fBody, 2), at(fBody, 3)])}
<ul class="wp-block-list">${lis(fBody.slice(4, 7))}</ul>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2027/02/wfd-cw-station.jpg" alt="">
<figcaption class="wp-element-caption">The CW position in the lookout at 3 a.m. Photo: Ana Brightwater, KC9ZLE</figcaption></figure>
<h2 class="wp-block-heading">${at(fBody, 7)}</h2>
${ps(fBody.slice(8, 10))}
<h2 class="wp-block-heading">${at(fBody, 10)}</h2>
${ps(fBody.slice(11, 13))}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2027/01/ve-session-results-january/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/2027/02/february-meeting-antenna-modeling/" rel="next">Next Post <span
class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
&ldquo;${fTitle}&rdquo;</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-91"><article id="comment-91" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-user-wrap"><cite><b class="fn">Walt Herrigan</b></cite>
</div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-91"><time datetime="2027-02-03T19:22:41-06:00">February 3, 2027 at
7:22 pm</time></a></span></div></header></div><section class="ast-comment-content comment"><p>${at(fComments, 0)}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-91">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-92"><article id="comment-92" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-user-wrap"><cite><b class="fn">Renata Oduya</b></cite>
</div><div class="ast-comment-time ast-col-lg-12"><span class="timendate"><a href="#comment-92"><time datetime="2027-02-04T08:10:02-06:00">February 4, 2027 at
8:10 am</time></a></span></div></header></div><section class="ast-comment-content comment"><p>${at(fComments, 1)}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-92">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset
class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment"
class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"></textarea></div></fieldset>
</div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Weekly Nets</h2><p>Tuesdays 7:30 pm on the 147.210 repeater (PL 114.8)</p></aside>
<aside id="block-5" class="widget widget_block widget_recent_entries"><h2 class="wp-block-heading">Recent Posts</h2><ul class="wp-block-latest-posts__list
wp-block-latest-posts">${links(fRecent)}</ul></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-footer-row-stack" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2027 Tamsworth Valley Amateur Radio Club |
Powered by <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress
Theme</a></p></div></div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both"><span class="screen-reader-text">Scroll to
Top</span>
</div><script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const fieldDay: TestPage = {
  name: 'heldout455-wfd-recap-astra',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHead.map((i) => at(fBody, i)),
  body: texts(fBody.filter((_, i) => !fHead.includes(i))),
  bylines: ['Dale Rennick, KD9QXR', 'February 3, 2027', 'Walt Herrigan', 'February 3, 2027 at 7:22 pm', 'Renata Oduya', 'February 4, 2027 at 8:10 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tamsworth Valley ARC', 'W9TVR · Since 1952', ...fNav, 'Club News',
    'The CW position in the lookout at 3 a.m. Photo: Ana Brightwater, KC9ZLE', 'Post navigation', '← Previous Post', 'Next Post →',
    `2 thoughts on “${fTitle}”`, ...fComments, 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Required fields are marked *', 'Type here..', 'Weekly Nets', 'Tuesdays 7:30 pm on the 147.210 repeater (PL 114.8)', 'Recent Posts', ...fRecent,
    'Copyright © 2027 Tamsworth Valley Amateur Radio Club | Powered by Astra WordPress Theme', 'Scroll to Top',
  ],
};

const qTitle = '2026 Kelvane QSO Party: Final Results';
const qIntro = [
  j(
    'Thank you to everyone who took part in the 2026 Kelvane QSO Party on October 17. We received 412 logs, up from 355 last year,',
    'and all 38 Kelvane counties were activated for the third year running. Mobile stations covered 21 counties between them.',
  ),
  j(
    'Scores below have been checked against the other logs. A contact was removed when the call sign or county was copied wrongly;',
    'no penalty contacts were taken off. The full listing by category is in the results spreadsheet.',
  ),
];
const qIn = [
  ['1', 'K0RVZ', 'Fixed, high power', '1,184', '221,408'],
  ['2', 'N0GLE', 'Mobile', '902', '198,440'],
  ['3', 'W0HTK', 'Fixed, low power', '766', '121,028'],
  ['4', 'KE0MPS', 'Mobile', '611', '108,147'],
];
const qOut = [
  ['1', 'VE3OKD', 'Ontario', '288', '31,680'],
  ['2', 'W4ZAH', 'Georgia', '241', '24,823'],
  ['3', 'K7BRN', 'Oregon', '197', '17,336'],
];
const qLater = [
  j(
    'The county expedition award goes to the N0GLE and KE0MPS mobile team, who ran 14 counties in the northern tier and handed out',
    'Fenwick and Osric counties to more than 300 stations each. Fenwick had not been on the air in the party since 2019.',
  ),
  j(
    'Certificates will be emailed to the top three in each category by the end of February. Next year’s party is on October 16,',
    '2027, and the rules are unchanged apart from a new single-band category for 40 metres.',
  ),
];
const qHeads = ['Participation', 'Top in-state scores', 'Top out-of-state scores', 'Awards and next year'];
const qNav = ['Rules', 'County List', 'Results', 'Submit a Log', 'Sponsors'];
const qCrumbs = ['Home', 'Results'];
const qHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${qTitle} | Kelvane QSO Party</title>
<link rel="canonical" href="https://kelvaneqp.example.org/results/2026"><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/41"},
"olivero":{"mobile_nav_breakpoint":"1200"}}</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-gray site-branding"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" title="Home" rel="home">Kelvane QSO Party</a></div></div></div></div><div class="header-nav-overlay"
data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button"
data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span
class="mobile-nav-button__label">Menu</span>
<span class="mobile-nav-button__icon"></span></button></div><div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(qNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content"
tabindex="-1"></a>
<div class="main-content__container container"><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><div class="block__content"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list">${links(
  qCrumbs,
  'breadcrumb__item',
)}
</ol></div></nav></div></div></div><div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string
field--label-hidden">${qTitle}
</span></h1></div></div><main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content" tabindex="-1">
<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="41"
class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta"><span>By <span class="field field--name-uid
field--type-entity-reference field--label-hidden"><span>kq0-committee</span></span></span>, <span class="field field--name-created field--type-created
field--label-hidden"><time datetime="2027-01-12T18:40:00-06:00" title="Tuesday, January 12, 2027 - 18:40" class="datetime">12 January, 2027</time></span></div>
</header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<h2>${at(qHeads, 0)}</h2>${ps(qIntro)}
<h2>${at(qHeads, 1)}</h2>
<table><thead><tr><th>Place</th><th>Call</th><th>Category</th><th>QSOs</th><th>Score</th></tr></thead><tbody>${trs(qIn)}</tbody></table>
<h2>${at(qHeads, 2)}</h2><table><thead><tr><th>Place</th><th>Call</th><th>State or province</th><th>QSOs</th><th>Score</th></tr></thead><tbody>${trs(qOut)}
</tbody></table>
<h2>${at(qHeads, 3)}</h2>${ps(qLater)}
</div><div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label
field--tags__label">Tags</h3>
<ul class="links field__items field--tags__items"><li class="field--tags__item"><a href="/taxonomy/term/4" hreflang="en">Results</a></li>
<li class="field--tags__item"><a href="/taxonomy/term/9" hreflang="en">2026</a></li></ul></div></div></article></div></div></div></main></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-footer-text"
class="block block-block-content"><div class="block__content"><p>The Kelvane QSO Party is sponsored by the Kelvane Council of Amateur Radio Clubs.</p></div>
</div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a
href="https://www.drupal.org">Drupal</a></span>
</div></div></div></footer></div></div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const qsoParty: TestPage = {
  name: 'heldout455-qso-party-results-olivero',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: [...texts(qIntro), ...rowTexts(qIn), ...rowTexts(qOut), ...texts(qLater)],
  bylines: ['By kq0-committee', '12 January, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Kelvane QSO Party', 'Menu', 'Main navigation', ...qNav, 'Breadcrumb', 'Home', 'Tags', '2026',
    'The Kelvane QSO Party is sponsored by the Kelvane Council of Amateur Radio Clubs.', 'Powered by Drupal',
  ],
};

export const HELDOUT455_A: readonly TestPage[] = [fieldDay, qsoParty];
