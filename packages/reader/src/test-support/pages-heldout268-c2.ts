import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 268, file c2: a Ghostarchive-style snapshot of a blog post built with the Elementor page builder (the archive's
 * top bar with "Saved from", the capture date and links, then the Elementor header template with nav menu, the single-post
 * template's title, post-info widget, text-editor and heading widgets, a share-buttons widget, a call-to-action box, the post
 * navigation, a popup for the newsletter and the footer template).
 */
const title = 'Firing glazes in a small electric kiln: what we changed this year';
const heads = ['Slowing the last hundred degrees', 'Cooling with the lid closed', 'Our current schedule'];
const intro = [
  `When we moved the studio into the old dairy building we also swapped our shared gas kiln for a small electric one that fits
in the back room. It has been a steep learning curve, and a few people at our open days asked us to write down what we learned.`,
];
const b1 = [
  `Our first glaze firings came out with pinholes all over the celadons. The fix was not the glaze but the ramp: we now slow
the kiln to 60 degrees an hour for the last hundred degrees before peak, which gives the gases in the clay body time to escape
before the glaze seals over them.`,
];
const b2 = [
  `Electric kilns cool quickly, and our matte glazes were coming out glossy. We now leave the lid closed and the bungs in until
the kiln drops below 200 degrees, and for the mattes we program a controlled cool of 80 degrees an hour down to 760.`,
  `That one change made more difference to the surface than any recipe tweak we tried.`,
];
const b3 = [
  'For a cone 6 glaze firing with our stoneware body we now use:',
  'Segment 1: 100 degrees an hour to 600',
  'Segment 2: 150 degrees an hour to 1120',
  'Segment 3: 60 degrees an hour to 1222, hold 10 minutes',
  'Segment 4: controlled cool at 80 degrees an hour to 760 (mattes only)',
  `Every kiln is different, so treat this as a starting point. Put witness cones on the top and bottom shelves for your first
few firings and adjust the hold until both shelves agree.`,
  `If you are local, our Thursday evening class covers loading and firing in more detail, and you are welcome to bring a piece
to fire with ours.`,
];
const menu = ['Home', 'Classes', 'Shop', 'Journal', 'Visit'];
const bar = ['Ghostarchive', 'Search', 'Archive a webpage', 'Saved from', 'Archived on 8 June 2022 14:21:07 UTC', 'View original', 'Download'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${title} – Dairy Lane Pottery</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://ghostarchive.org/archive/Rt4Kp/elementor/css/frontend.min.css">
<link rel="stylesheet" href="https://ghostarchive.org/archive/Rt4Kp/elementor/css/post-1184.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2022-05-30T10:05:00+00:00","author":{"@type":"Person","name":"Nell Ashcombe"}}]}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.6.5","is_rtl":false};</script></head>
<body class="post-template-default single single-post postid-1184 elementor-default elementor-template-full-width elementor-kit-6 elementor-page-1210">
<div id="ghost-header" style="background:#1d1f21;color:#eee;font:13px/1.4 sans-serif;padding:8px 14px;display:flex;gap:16px;align-items:center">
<a href="https://ghostarchive.org/" style="color:#fff;font-weight:bold">${bar[0]}</a>
<form action="https://ghostarchive.org/search" style="display:inline"><input type="text" name="term" placeholder="${bar[1]}"><button>${bar[1]}</button></form>
<a href="https://ghostarchive.org/" style="color:#9cf">${bar[2]}</a><span>${bar[3]} <a href="https://dairylanepottery.co.uk/journal/firing-glazes/"
style="color:#9cf">https://dairylanepottery.co.uk/journal/firing-glazes/</a></span><span>${bar[4]}</span>
<a href="https://dairylanepottery.co.uk/journal/firing-glazes/" style="color:#9cf">${bar[5]}</a>
<a href="https://ghostarchive.org/archive/Rt4Kp.warc" style="color:#9cf">${bar[6]}</a></div>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo"
data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://dairylanepottery.co.uk">
<img src="https://ghostarchive.org/archive/Rt4Kp/logo.png" alt="Dairy Lane Pottery"></a></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu__align-right elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a" class="elementor-nav-menu">
${menu.map((m) => `<li class="menu-item"><a href="https://dairylanepottery.co.uk/${m.toLowerCase()}/" class="elementor-item">${m}</a></li>`).join('\n')}
</ul></nav></div></div></div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1210" class="elementor elementor-1210 elementor-location-single post-1184 post type-post">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${title}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-author">Nell Ashcombe</span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-date">30 May 2022</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item--type-custom">4 min read</span></li>
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
<div data-elementor-type="wp-post" data-elementor-id="1184" class="elementor elementor-1184">
<section class="elementor-section elementor-inner-section"><div class="elementor-container"><div class="elementor-column elementor-col-100">
<div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(intro)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${heads[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(b1)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="https://ghostarchive.org/archive/Rt4Kp/kiln.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">Witness cones after a
glaze firing: the middle one bent just right.</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${heads[1]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(b2)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${heads[2]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(b3.slice(0, 1))}<ol>${b3
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ol>
${ps(b3.slice(5))}</div></div></div></div></div></section></div></div></div>
<div class="elementor-element elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_pinterest" role="button"><span class="elementor-share-btn__text">
<span class="elementor-share-btn__title">Pinterest</span></span></div></div></div></div></div>
<div class="elementor-element elementor-cta--skin-classic elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container">
<div class="elementor-cta"><div class="elementor-cta__content"><h2 class="elementor-cta__title elementor-cta__content-item">Book a taster session</h2>
<div class="elementor-cta__description elementor-cta__content-item">Two hours on the wheel, all materials and one fired piece to take home.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="#">See dates</a></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container"><div class="elementor-post-navigation">
<div class="elementor-post-navigation__prev"><a href="#" rel="prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Reclaiming clay without a pug mill</span></a></div>
<div class="elementor-post-navigation__next"><a href="#" rel="next"><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Summer opening hours</span></a></div></div></div></div>
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><section class="elementor-section">
<div class="elementor-container"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>Dairy Lane Pottery, Unit 3, The Old Dairy, Hebbleton</p><p>© 2022 Dairy Lane Pottery. All rights reserved.</p>
</div></div></div></div></section></div>
<div data-elementor-type="popup" data-elementor-id="402" class="elementor elementor-402 elementor-location-popup"
data-elementor-settings="{&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;}}"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">Join our mailing list</h2><p>New class dates and kiln-opening sales, once a month.</p>
<button type="submit" class="elementor-button">Subscribe</button></div></div>
<script src="https://ghostarchive.org/archive/Rt4Kp/elementor/js/frontend.min.js"></script>
</body></html>`;
export const ghost: TestPage = {
  name: 'heldout268-ghostarchive-elementor-blog',
  kind: 'blog',
  html,
  title,
  headings: heads,
  body: texts([...intro, ...b1, ...b2, ...b3]),
  bylines: ['Nell Ashcombe', '30 May 2022', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bar, 'https://dairylanepottery.co.uk/journal/firing-glazes/', ...menu, 'Witness cones after a glaze firing: the middle one bent just right.',
    'Facebook', 'Pinterest', 'Book a taster session', 'Two hours on the wheel, all materials and one fired piece to take home.', 'See dates',
    'Previous', 'Reclaiming clay without a pug mill', 'Next', 'Summer opening hours', 'Dairy Lane Pottery, Unit 3, The Old Dairy, Hebbleton',
    '© 2022 Dairy Lane Pottery. All rights reserved.', 'Join our mailing list', 'New class dates and kiln-opening sales, once a month.', 'Subscribe',
  ],
};
