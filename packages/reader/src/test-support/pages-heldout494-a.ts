import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, settle } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file a: a nine-hole course guide on WordPress with the Avada theme (Fusion Builder rows, page title bar
 * with breadcrumbs, CookieYes banner).
 */
const hTitle = 'Course Guide';
const hIntro = [
  j(
    'Hollinshaw Park is a nine-hole parkland course laid out in 1923 on the old deer park of Hollinshaw Hall. Played twice from',
    'alternate tees it measures 5,842 yards to a par of 70, and the Hollin Brook crosses four of the holes.',
  ),
  j(
    'The greens are small and well guarded, so the course rewards accuracy more than length. Our head greenkeeper, Dougie Farrant,',
    'has written the notes below with the tips he gives to visitors on their first round.',
  ),
];
const hHoles: [string, string, string][] = [
  [
    'Hole 1 – The Lodge',
    'Par 4 · 368 yards · Stroke index 7',
    j(
      'A gentle opener that runs down past the old lodge. The fairway slopes from left to right, so aim at the big oak on the left',
      'and let the ball feed back. The green is two-tiered; anything short leaves a tricky putt up the slope.',
    ),
  ],
  [
    'Hole 2 – Brookside',
    'Par 3 · 164 yards · Stroke index 15',
    j(
      'The brook runs the full length of the right side and catches more balls than any other hazard on the course.',
      'Take one more club than you think: the green falls away at the back, but a shot left long is far easier than one from the water.',
    ),
  ],
  [
    'Hole 3 – Keeper\u2019s Gate',
    'Par 4 · 402 yards · Stroke index 1',
    j(
      'The hardest hole on the card. The drive must carry the brook at about 190 yards, and the second is played uphill to a green',
      'protected by two deep bunkers at the front. A five here is a good score, and most members play it as a par five.',
    ),
  ],
  [
    'Hole 4 – The Avenue',
    'Par 5 · 486 yards · Stroke index 11',
    j(
      'Lined with limes on both sides, the Avenue is the best chance of a birdie. Long hitters can reach in two, but the green is',
      'narrow and a cross bunker 40 yards short gathers any second that is not struck cleanly.',
    ),
  ],
  [
    'Hole 5 – Ice House',
    'Par 3 · 138 yards · Stroke index 17',
    j('A short hole played over the mound of the old ice house. The flag is often hidden, so check the pin sheet on the tee', 'before you choose a club.'),
  ],
  [
    'Hole 6 – Hall Pond',
    'Par 4 · 331 yards · Stroke index 13',
    j(
      'A dogleg right around the pond. The brave line over the water leaves a wedge; the safe line to the left adds a club but',
      'takes the pond out of play. In summer the fairway runs fast and a driver can end up in the reeds.',
    ),
  ],
  [
    'Hole 7 – Deer Fence',
    'Par 4 · 389 yards · Stroke index 3',
    j(
      'Out of bounds runs along the old deer fence on the left from tee to green. The green is the largest on the course',
      'but has a ridge through the middle.',
    ),
  ],
  [
    'Hole 8 – The Spinney',
    'Par 4 · 297 yards · Stroke index 9',
    j('A short par four through a gap in the spinney. An iron from the tee leaves a full pitch; anything left goes into the trees.'),
  ],
  [
    'Hole 9 – Home',
    'Par 4 · 396 yards · Stroke index 5',
    j(
      'The closing hole climbs back towards the clubhouse, with the brook crossing the fairway 60 yards short of the green.',
      'Members on the terrace will be watching your second shot, so take enough club to get over the water.',
    ),
  ],
];
const hOutro = j(
  'Scorecards and pin sheets are available from the pro shop. Local rules are posted on the board by the first tee and',
  'apply to all competitions and general play.',
);
const hNav = ['Home', 'The Course', 'Membership', 'Visitors', 'Competitions', 'Clubhouse', 'Contact'];
const hFootLinks = ['Book a Tee Time', 'Course Status', 'Local Rules', 'Junior Section'];
const hHtml = `<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-GB" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${hTitle} - Hollinshaw Park Golf Club</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://www.hollinshawparkgolf.co.uk/course-guide/">
<meta property="og:title" content="${hTitle} - Hollinshaw Park Golf Club"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${hTitle}",
"isPartOf":{"@id":"https://www.hollinshawparkgolf.co.uk/#website"},"dateModified":"2026-03-02T10:11:12+00:00"}]}</script>
<link rel='stylesheet' id='fusion-dynamic-css-css' href='https://www.hollinshawparkgolf.co.uk/wp-content/uploads/fusion-styles/5b1c.min.css' media='all'>
<style id="cookieyes-style">.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style>
<script type="text/javascript">var doc = document.documentElement;doc.setAttribute( 'data-useragent', navigator.userAgent );</script></head>
<body class="page-template-default page page-id-214 fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-body ltr
fusion-sticky-header no-tablet-sticky-header no-mobile-slidingbar avada-has-rev-slider-styles fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left
layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center
mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v1 avada-responsive avada-footer-fx-none fusion-search-form-classic">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper"><div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo-
fusion-mobile-logo-  fusion-mobile-menu-design-modern"><div class="fusion-header-sticky-height"></div><div class="fusion-header"><div class="fusion-row">
<div class="fusion-logo" data-margin-top="16px" data-margin-bottom="16px"><a class="fusion-logo-link" href="https://www.hollinshawparkgolf.co.uk/">
<img src="/wp-content/uploads/2024/02/hollinshaw-logo.png" width="220" height="72" alt="Hollinshaw Park Golf Club Logo" class="fusion-standard-logo"></a></div>
<nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main-menu" class="fusion-menu">
${hNav
  .map(
    (t, i) => `<li id="menu-item-${30 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${30 + i}" data-item-id="${30 + i}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="fusion-bar-highlight"><span class="menu-text">${t}</span></a></li>`,
  )
  .join('\n')}
<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon" href="#" aria-label="Search" role="button"></a>
<div class="fusion-custom-menu-item-contents"><form role="search" class="searchform fusion-search-form" method="get" action="/">
<label><span class="screen-reader-text">Search for:</span><input type="search" value="" name="s" class="s" placeholder="Search..."></label></form></div></li>
</ul></nav><div class="fusion-mobile-menu-icons"><a href="#" class="fusion-icon awb-icon-bars" aria-label="Toggle mobile menu" aria-expanded="false"></a></div>
</div></div></div><div class="fusion-clearfix"></div></header>
<section class="avada-page-titlebar-wrapper" aria-label="Page Title Bar"><div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs
fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper"><div class="fusion-page-title-captions">
<h1 class="entry-title">${hTitle}</h1></div><div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs" aria-label="Breadcrumb">
<ol class="awb-breadcrumb-list"><li class="fusion-breadcrumb-item awb-breadcrumb-sep" ><a href="https://www.hollinshawparkgolf.co.uk"
class="fusion-breadcrumb-link">
<span >Home</span></a></li><li class="fusion-breadcrumb-item"><a href="/the-course/" class="fusion-breadcrumb-link"><span >The Course</span></a></li>
<li class="fusion-breadcrumb-item"  aria-current="page"><span  class="breadcrumb-leaf">${hTitle}</span></li></ol></nav></div></div></div></div></section>
<main id="main" class="clearfix "><div class="fusion-row" style=""><section id="content" style="width: 100%;">
<div id="post-214" class="post-214 page type-page status-publish hentry"><span class="entry-title rich-snippet-hidden">${hTitle}</span>
<span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/hpgc-admin/" title="Posts by hpgc-admin" rel="author">hpgc-admin</a></span></span>
<span class="updated rich-snippet-hidden">2026-03-02T10:11:12+00:00</span><div class="post-content">
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 nonhundred-percent-fullwidth non-hundred-percent-height-scrolling"
style="--awb-padding-top:40px;--awb-padding-bottom:20px;"><div class="fusion-builder-row fusion-row">
<div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_2_3 2_3 fusion-two-third fusion-column-first">
<div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy"><div class="fusion-text fusion-text-1">${ps(hIntro)}</div>
<div class="fusion-clearfix"></div></div></div>
<div class="fusion-layout-column fusion_builder_column fusion-builder-column-1 fusion_builder_column_1_3 1_3 fusion-one-third fusion-column-last">
<div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy"><div class="fusion-image-element"><span class="fusion-imageframe imageframe-none">
<img decoding="async" width="600" height="400" alt="Aerial view of the course" src="/wp-content/uploads/2025/06/aerial.jpg" class="img-responsive wp-image-301">
</span></div><div class="fusion-text fusion-text-2"><p style="text-align:center;"><em>The 3rd and 4th holes from the air, June 2025</em></p></div>
<div class="fusion-aligncenter"><a class="fusion-button button-flat fusion-button-default-size button-default fusion-button-default button-1"
target="_self" href="/book-a-tee-time/"><span class="fusion-button-text">Book a Tee Time</span></a></div></div></div></div></div>
${hHoles
  .map(
    ([h, stat, p], i) => `<div class="fusion-fullwidth fullwidth-box fusion-builder-row-${i + 2} nonhundred-percent-fullwidth"
style="--awb-padding-top:10px;"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-${i + 2}
fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last"><div class="fusion-column-wrapper fusion-flex-column-wrapper-legacy">
<div class="fusion-title title fusion-title-${i + 1} fusion-sep-none fusion-title-text fusion-title-size-two"><h2
class="fusion-title-heading title-heading-left"
style="margin:0;">${h}</h2></div><div class="fusion-text fusion-text-${i + 3}"><p><strong>${stat}</strong></p><p>${p}</p></div>
<div class="fusion-clearfix"></div></div></div></div></div>`,
  )
  .join('\n')}
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-12 nonhundred-percent-fullwidth"><div class="fusion-builder-row fusion-row">
<div class="fusion-layout-column fusion_builder_column fusion-builder-column-12 fusion_builder_column_1_1 1_1 fusion-one-full"><div
class="fusion-column-wrapper">
<div class="fusion-text fusion-text-14"><p>${hOutro}</p></div></div></div></div></div>
</div></div></section></div></main>
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><div
class="fusion-columns fusion-columns-3 fusion-widget-area">
<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="text-2" class="fusion-footer-widget-column widget widget_text"><h4
class="widget-title">Find Us</h4>
<div class="textwidget"><p>Hollinshaw Park Golf Club<br>Hall Lane, Hollinshaw, HX7 4RB</p><p>Tel: 01422 880 514</p></div></section></div>
<div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section id="nav_menu-2" class="fusion-footer-widget-column widget widget_nav_menu">
<h4 class="widget-title">Quick Links</h4><div class="menu-footer-container"><ul id="menu-footer" class="menu">${links(hFootLinks, 'menu-item')}</ul></div>
</section></div>
<div class="fusion-column fusion-column-last col-lg-4 col-md-4 col-sm-4"><section id="text-3" class="fusion-footer-widget-column widget widget_text">
<h4 class="widget-title">Opening Hours</h4><div class="textwidget"><p>Clubhouse open daily from 7.30am. Bar closes at 10pm.</p></div></section></div>
</div></div></footer><footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content">
<div class="fusion-copyright-notice"><div>© Copyright 2026 Hollinshaw Park Golf Club | All Rights Reserved | <a href="/privacy-policy/">Privacy Policy</a>
</div></div>
<div class="fusion-social-links-footer"><div class="fusion-social-networks"><div class="fusion-social-networks-wrapper">
<a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" aria-label="Facebook" href="#" target="_blank"></a>
<a class="fusion-social-network-icon fusion-tooltip fusion-instagram awb-icon-instagram" aria-label="Instagram" href="#" target="_blank"></a>
</div></div></div></div></div></footer></div></div></div>
<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
<div class="avada-footer-scripts"><div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience, serve personalised content and analyse our traffic. By clicking "Accept All", you consent to our use of
cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept"
aria-label="Accept All">Accept All</button>
</div></div></div></div></div>
<script type="text/javascript" src="/wp-content/themes/Avada/includes/lib/assets/min/js/library/jquery.easing.js" id="jquery-easing-js"></script>
<div class="to-top-container to-top-right"><a href="#" id="toTop" class="fusion-top-top-link"><span class="screen-reader-text">Go to Top</span></a></div>
</div></body></html>`;
const avada: TestPage = {
  name: 'heldout494-avada-course-guide',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHoles.map((h) => h[0]),
  body: [...hIntro, ...hHoles.flatMap(([, stat, p]) => [stat, p]), hOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search for:', 'The 3rd and 4th holes from the air, June 2025', 'Book a Tee Time', 'Find Us',
    'Hollinshaw Park Golf Club', 'Hall Lane, Hollinshaw, HX7 4RB', 'Tel: 01422 880 514', 'Quick Links', ...hFootLinks.slice(1), 'Opening Hours',
    'Clubhouse open daily from 7.30am. Bar closes at 10pm.', '© Copyright 2026 Hollinshaw Park Golf Club | All Rights Reserved | Privacy Policy',
    'We value your privacy',
    j(
      'We use cookies to enhance your browsing experience, serve personalised content and analyse our traffic.',
      'By clicking "Accept All", you consent to our use of cookies.',
    ),
    'Customise', 'Reject All', 'Accept All', 'Go to Top',
  ],
};

export const HELDOUT494_A: readonly TestPage[] = [avada].map(settle);
