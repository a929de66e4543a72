import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout663-kit.js';

/**
 * Held-out batch 663, file a: an angling club's fishery rules page on WordPress (Astra theme, Gutenberg blocks, Cookie Notice
 * plugin), and a trout fishery's weekly catch report on Squarespace 7.1 (blog item with image captions and a newsletter block).
 */
const rTitle = 'Fishery Rules – Millbrook Lakes';
const rIntro = j(
  'These rules apply to all members, juniors and day-ticket holders fishing Millbrook Lakes. Bailiffs may ask to see your',
  'membership card or ticket at any time, and anyone breaking the rules may be asked to leave without a refund.',
);
const rGeneral = [
  'Fishing is from 7am until one hour after sunset, except for members holding a night permit.',
  'Fish only from the numbered pegs. Pegs 14 to 19 on Top Lake are closed from 1 March to 31 May while the reed beds are replanted.',
  'No more than two rods may be used at any one time, and rods must never be left unattended.',
  'Take all litter home, including line clippings and empty bait tubs. There are no bins on site.',
  'Dogs must be kept on a lead and are not allowed on the island pegs.',
];
const rTackle = [
  'Barbless or micro-barbed hooks only, size 8 or smaller on Top Lake.',
  'Minimum main line of 8lb when fishing for carp. Braided main line is banned on both lakes.',
  'Keepnets are allowed in club matches only and must be at least 3 metres long.',
  'Nuts of any kind, including tiger nuts, are banned. Pellets and boilies bought on site are recommended.',
  'Groundbait is limited to 2kg per angler per day.',
];
const rCare = j(
  'Every angler must carry an unhooking mat of at least 90cm by 60cm and a landing net with an arm length of 42 inches or more.',
  'Use the mats and the antiseptic provided at the lodge. Fish must not be carried away from the peg for photographs, and',
  'no fish may be removed from the fishery for any reason.',
);
const rCare2 = j(
  'If you find a fish in distress, or a fish with an injury, report it to a bailiff straight away or phone the fishery',
  'manager on 07700 900412. Do not try to treat the fish yourself.',
);
const rNight = j(
  'Night fishing is open to full members with at least one year of membership. Permits cost £40 for the season and must be',
  'booked on the board in the lodge no later than 6pm on the day. A maximum of eight anglers may night fish at once, and',
  'fires, barbecues and music are not allowed.',
);
const rClose = j(
  'Both lakes remain open through the river close season. Top Lake closes for two weeks each October for netting and',
  'stock checks; dates are posted on the club noticeboard and the news page.',
);
const rSign = 'Approved by the committee, February 2026.';
const rHeads = ['General rules', 'Tackle and bait', 'Fish care', 'Night fishing', 'Closures'];
const rNav = ['Home', 'Our Waters', 'Membership', 'Match Calendar', 'Juniors', 'News', 'Contact'];
const rFoot = ['Privacy Policy', 'Safeguarding', 'Club Constitution'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fishery Rules – Millbrook Lakes – Harlow Vale Angling Club</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='astra-theme-css-css' href='https://harlowvaleac.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-no-sidebar .entry-content .alignfull{margin-left:calc(-50vw + 50%);}</style>
<script src="https://harlowvaleac.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="https://harlowvaleac.org.uk/fishery-rules-millbrook-lakes/"><meta name="generator" content="WordPress 6.4.3"></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-214 wp-custom-logo ast-desktop
ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline
ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div
class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization"
itemscope="itemscope">
<span class="site-logo-img"><a href="https://harlowvaleac.org.uk/" class="custom-logo-link" rel="home"><img width="120" height="120"
src="https://harlowvaleac.org.uk/wp-content/uploads/2021/03/hvac-badge.png" class="custom-logo" alt="Harlow Vale Angling Club"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://harlowvaleac.org.uk/" rel="home" itemprop="url">Harlow Vale Angling
Club</a>
</span><p class="site-description" itemprop="description">Coarse fishing since 1952</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
<div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form" action="https://harlowvaleac.org.uk/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field"
placeholder="Search..." value="" name="s" tabindex="-1"></label></form></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-214 page type-page status-publish ast-article-single" id="post-214" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${rTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<p class="has-background" style="background-color:#eef4ea"><strong>${rIntro}</strong></p>
<h2 class="wp-block-heading">${rHeads[0]}</h2><ol class="wp-block-list">${lis(rGeneral)}</ol>
<h2 class="wp-block-heading">${rHeads[1]}</h2><ul class="wp-block-list">${lis(rTackle)}</ul>
<h2 class="wp-block-heading">${rHeads[2]}</h2>${ps([rCare, rCare2])}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="https://harlowvaleac.org.uk/wp-content/uploads/2024/05/mat.jpg"
alt="An unhooking mat beside a peg" class="wp-image-402"><figcaption class="wp-element-caption">Cradles and mats are kept at the lodge for anyone who
forgets theirs.</figcaption></figure>
<h2 class="wp-block-heading">${rHeads[3]}</h2>${ps([rNight])}
<h2 class="wp-block-heading">${rHeads[4]}</h2>${ps([rClose])}
<p><em>${rSign}</em></p>
<div class="wp-block-file"><a id="wp-block-file--media-9a1" href="https://harlowvaleac.org.uk/wp-content/uploads/2026/02/millbrook-rules-2026.pdf">
millbrook-rules-2026</a><a href="https://harlowvaleac.org.uk/wp-content/uploads/2026/02/millbrook-rules-2026.pdf"
class="wp-block-file__button wp-element-button"
download aria-describedby="wp-block-file--media-9a1">Download</a></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-primary-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-3-equal" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item"
data-section="sidebar-widgets-footer-widget-1"
aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Find us</h2>
<p>Millbrook Lakes, Mill Lane, Harlow Vale HV4 2JD</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section id="nav_menu-2"
class="widget widget_nav_menu">
<nav class="menu-footer-container" aria-label="Menu"><ul id="menu-footer"
class="menu">${links(rFoot, 'menu-item')}</ul></nav></section></aside></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div
class="ast-footer-copyright">
<p>Copyright &copy; 2026 Harlow Vale Angling Club | Powered by <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress
Theme</a></p>
</div></div></div></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom cn-effect-fade" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use
cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
aria-label="Ok">Ok</a><a href="https://harlowvaleac.org.uk/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button"
aria-label="Privacy policy">Privacy policy</a></span></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://harlowvaleac.org.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraRules: TestPage = {
  name: 'heldout663-astra-fishery-rules',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([rIntro, ...rGeneral, ...rTackle, rCare, rCare2, rNight, rClose]),
  bylines: [rSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Harlow Vale Angling Club', 'Coarse fishing since 1952', ...rNav.filter((t) => t !== 'Membership' && t !== 'Juniors'), 'Search for:',
    'Cradles and mats are kept at the lodge for anyone who forgets theirs.', 'millbrook-rules-2026', 'Download', 'Find us',
    'Millbrook Lakes, Mill Lane, Harlow Vale HV4 2JD', ...rFoot, 'Copyright © 2026 Harlow Vale Angling Club | Powered by Astra WordPress Theme',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Ok', 'Privacy policy',
  ],
};

const sTitle = 'Catch Report: Week Ending 14 September';
const sIntro = [
  j(
    'A week of two halves at Tarnside. Bright sun and a stiff easterly made Monday to Wednesday hard going, with most fish',
    'taken deep on buzzers and small nymphs. The cloud rolled in on Thursday and the rainbows came up in the evenings, and by',
    'Saturday the top end of Heron Water was boiling with fish taking daddies.',
  ),
  j(
    'We stocked 180 rainbows and 40 blues over the week, with fish from 2lb to 9lb. Water temperature was 15°C on Sunday',
    'morning, down two degrees on last week, and the level is about 30cm below full.',
  ),
];
const sRods = [
  'Ian Petch (Kendal): 11 fish to 6lb 2oz, Heron Water, Diawl Bach and Cruncher',
  'Maisie Tranter (Penrith): 8 fish including a blue of 4lb 10oz, Fell Pool, olive Damsel',
  'Colin and Rob Arkwright: 14 fish between them, Heron Water, Daddy Long Legs on a floating line',
  'Lorna Shaw: best fish of the week, a rainbow of 9lb 4oz, Fell Pool, black and green Blob',
];
const sFlies = j(
  'Daddies are the fly to have from late afternoon now, fished static or with the odd twitch along the reed line. In the',
  'mornings try a size 12 Diawl Bach or a red-holed buzzer on a long leader, and keep moving until you find the fish.',
);
const sNotes = [
  'The boats on Heron Water are back from service and can be booked at the lodge for £15 a day.',
  'Our autumn pairs competition is on Sunday 5 October. Entry is £50 a pair including a four-fish ticket.',
  'The lodge closes at 6.30pm from next week as the evenings draw in.',
];
const sCaps = ['Lorna Shaw with her 9lb 4oz rainbow from Fell Pool.', 'Cloud cover on Thursday brought the fish up at the top of Heron Water.'];
const sHeads = ['Top rods', 'Flies that worked', 'Fishery notes'];
const sNav = ['Fishing', 'Prices', 'Tuition', 'Catch Reports', 'Lodge & Café', 'Find Us'];
const sFoot = ['Tarnside Trout Fishery', 'Low Fell Lane, Brackenthwaite', 'Open 8am until dusk, every day except Christmas Day'];
const sImg = (src: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline
combination-animation-none individual-animation-none" data-test="image-block-inline-outer-wrapper"><div class="fluid-image-animation-wrapper sqs-image
sqs-block-alignment-wrapper"><div class="image-block-wrapper" data-animation-role="image"><img data-stretch="false"
src="https://images.squarespace-cdn.com/content/v1/5f2a9c/${src}" data-image-dimensions="1500x1000" alt="" loading="lazy"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${cap}</p></div></figcaption></div></figure></div></div>`;
const sHtmlBlock = (inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const sp = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Catch Report: Week Ending 14 September — Tarnside Trout Fishery</title><link rel="canonical"
href="https://www.tarnsidetrout.co.uk/catch-reports/week-ending-14-september">
<meta property="og:site_name" content="Tarnside Trout Fishery"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.tarnsidetrout.co.uk","name":"Tarnside Trout Fishery",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}",
"author":{"@type":"Person","name":"Gwen Mallory"},
"datePublished":"2026-09-15T08:12:44+0100"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"collectionId":"61b0c8e2"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-4a8e2b.min.css" rel="stylesheet" type="text/css"></head>
<body id="item-650f0b2c"
class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title
header-overlay-alignment-center view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner"><div class="header-display-desktop"
data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.com/content/v1/5f2a9c/logo.png"
alt="Tarnside Trout Fishery"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${t.toLowerCase().replace(/\W+/g, '-')}">${t.replace('&', '&amp;')}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action
header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"
href="/book">Book a Session</a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="650f0b2c"><section
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center
vertical-alignment--middle" data-section-theme="white"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper" style=""><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-gwen-mallory
post-type-text article-index-1 tag-heron-water category-reports" data-item-id="650f0b2c" id="article-650f0b2c">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published
date-highlight" datetime="2026-09-15" pubdate data-animation-role="date">15 Sept</time></div><div class="blog-meta-item blog-meta-item--author">
<a href="/catch-reports?author=5f2a9d01" class="blog-author-name">Gwen Mallory</a></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: center;">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1757920364000" id="item-650f0b2c"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sHtmlBlock(sIntro.map(sp).join('\n'))}
${sImg('lorna-rainbow.jpg', sCaps[0] ?? '')}
${sHtmlBlock(`<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2><ul data-rte-list="default">${lis(sRods.map(sp))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2>${sp(sFlies)}`)}
${sImg('heron-water-evening.jpg', sCaps[1] ?? '')}
${sHtmlBlock(`<h3 style="white-space:pre-wrap;">${sHeads[2]}</h3><ul data-rte-list="default">${lis(sNotes.map(sp))}</ul>
<p class="" style="white-space:pre-wrap;"><em>Tight lines — Gwen and the team</em></p>`)}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper
newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="64c2e1"><header
class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the report every Monday</h2><div class="newsletter-form-header-description">
<p>One email a week with the catch report, stocking news and offers.</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17">Email
Address</label><input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit"
value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-bottom"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/catch-reports?category=Reports"
class="blog-categories">Reports</a></span><span class="blog-tags-list"><a href="/catch-reports?tag=Heron+Water" class="blog-tags">Heron
Water</a></span></div></div>
<div class="blog-item-comments"></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side"><a class="item-pagination-link item-pagination-link--prev"
href="/catch-reports/week-ending-7-september"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16">
<polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Catch Report: Week Ending 7 September</h2></a><a class="item-pagination-link item-pagination-link--next"
href="/catch-reports/autumn-pairs-2026"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Autumn Pairs: Entries Open</h2></a>
</section></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section layout-engine-section" data-section-theme="black"><div
class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sHtmlBlock(sFoot.map(sp).join('\n'))}
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">
<li><a href="https://www.facebook.com/tarnsidetrout" target="_blank" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></li>
<li><a href="https://www.instagram.com/tarnsidetrout" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"></a></li>
</ul></nav></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to measure traffic.</p></div><div
class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button
class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sqsCatch: TestPage = {
  name: 'heldout663-squarespace-catch-report',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: [...sIntro, ...sRods, sFlies, ...sNotes],
  bylines: ['15 Sept', 'Gwen Mallory', 'Tight lines — Gwen and the team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book a Session', ...sCaps, 'Get the report every Monday', 'One email a week with the catch report, stocking news and offers.',
    'Email Address', 'Sign Up', 'Reports', 'Previous', 'Catch Report: Week Ending 7 September', 'Next', 'Autumn Pairs: Entries Open',
    ...sFoot, 'This website uses cookies to improve your experience and to measure traffic.', 'Accept', 'Decline',
  ],
};

export const HELDOUT663_A: readonly TestPage[] = [astraRules, sqsCatch];
