import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs, type Row } from './pages-heldout602-kit.js';

/**
 * Held-out batch 602, file b: a long hot tub water care guide on WordPress (Hello Elementor theme with an Elementor Pro single-post
 * template: post info, table of contents, share buttons, author box, post navigation, comments).
 */
const wTitle = 'The Complete Hot Tub Water Care Guide';
const wIntro = [
  j(
    'Clear, comfortable water is not a matter of luck. It comes from three habits: testing often, keeping the sanitiser topped up, and',
    'looking after the filters. Get those right and most of the problems owners call us about never happen.',
  ),
  j(
    'This guide covers the routine we teach every customer at handover, from the first fill to the quarterly drain. It applies to any',
    'hot tub, not only the ones we sell, though you should always check your manufacturer&rsquo;s manual first.',
  ),
];
const wH = [
  'Test before you treat',
  'Chlorine or bromine?',
  'Balancing pH and alkalinity',
  'Your weekly routine',
  'Shocking the water',
  'Looking after your filters',
  'Draining and refilling',
  'Common problems',
  'Cloudy water',
  'Foam',
  'Green or slimy water',
];
const wTest = j(
  'Test strips take fifteen seconds and tell you more than any amount of guessing. Test two or three times a week, and always before you',
  'add a chemical, so you know what the water actually needs. Aim for these ranges:',
);
const wRows: Row[] = [
  ['Free chlorine', '3–5 ppm', 'Kills bacteria'],
  ['Bromine', '4–6 ppm', 'Kills bacteria'],
  ['pH', '7.2–7.6', 'Comfort, sanitiser strength'],
  ['Total alkalinity', '80–120 ppm', 'Keeps pH steady'],
  ['Calcium hardness', '150–250 ppm', 'Scale and corrosion'],
];
const wSan = [
  j(
    'Chlorine granules work fast, are cheap and are easy to measure with strips. They break down quickly in hot water, so a busy tub may',
    'need a dose after every session. Some bathers find the smell strong.',
  ),
  j(
    'Bromine is slower to start but more stable at high temperatures and in a wide pH range, and it is kinder to skin. It usually comes as',
    'tablets in a floating dispenser. Do not switch between the two without draining first: chlorine added to bromine water simply turns',
    'back into bromine.',
  ),
];
const wPh = [
  j(
    'Always adjust total alkalinity first, because it acts as a buffer for pH. If alkalinity is low, pH will swing every time someone',
    'gets in; if it is high, pH will creep up and refuse to come down.',
  ),
  j(
    'Add pH minus or pH plus in small doses with the pumps running and the cover open, wait two hours, then test again. Chasing a perfect',
    'number in one go is the most common way to overshoot.',
  ),
];
const wWeek = [
  'Test the water and note the readings.',
  'Top up sanitiser to keep it in range.',
  'Rinse the filter cartridges with a hose.',
  'Wipe the waterline with a soft cloth and spa-safe cleaner.',
  'Add a dose of shock after heavy use or a party.',
];
const wShock = j(
  'Shock is a large dose of oxidiser that burns off sweat, lotions and other organic waste that ordinary sanitiser levels cannot keep up',
  'with. Use a non-chlorine shock once a week, in the evening after the last soak, and leave the cover off for twenty minutes afterwards',
  'so that the gas can escape.',
);
const wFilt = [
  j(
    'Filters trap the dirt that sanitiser cannot dissolve. Rinse them weekly, and once a month soak them overnight in filter cleaner to',
    'strip out oils. Never put them through a dishwasher: the heat warps the pleats.',
  ),
  'Keep a spare set so one can dry fully while the other is in use. Replace cartridges every twelve to eighteen months.',
];
const wDrain = j(
  'Even well-kept water wears out as dissolved solids build up. Drain and refill every three to four months, or sooner if the tub is used',
  'daily. Before draining, run a line flush product through the pipes for an hour to loosen biofilm.',
);
const wTip = j(
  '<strong>Pro tip:</strong> fill through the filter housing with the cartridges removed. Water entering that way pushes air out of the',
  'pipes and prevents an airlock in the pump.',
);
const wCloudy = j(
  'Usually low sanitiser, a clogged filter or high pH. Clean the filter, test, correct pH, then shock. If the water is still hazy after a',
  'day, add a clarifier to help the filter catch fine particles.',
);
const wFoam = j(
  'Foam comes from soap, shampoo and body lotion carried in on skin and swimwear. Shower before you get in, rinse swimwear in plain water',
  'and use a defoamer only as a short-term fix: the real cure is a drain and refill.',
);
const wGreen = j(
  'Green water means algae and slimy surfaces mean biofilm; both tell you sanitiser has dropped to zero for a while. Shock heavily, clean',
  'the filters, and if the slime comes back within a week, purge the pipes and refill.',
);
const wEnd = j(
  'Stick to the routine for a month and it becomes a five-minute job. If you are ever unsure, bring a water sample to the shop: we test it',
  'for free while you wait.',
);
const wNav = ['Hot Tubs', 'Swim Spas', 'Saunas', 'Water Care', 'Service', 'Contact'];
const wShare = ['Facebook', 'Pinterest', 'Email'];
const wBio = j(
  'Dana has looked after spa water for twenty years, first at a leisure centre and now as service manager at Copperfield. She runs our',
  'free water care evenings every spring.',
);
const wC: [string, string, string][] = [
  [
    'Gareth Lunn',
    'March 6, 2026 at 8:14 pm',
    j('The tip about filling through the filter housing saved me a service call.', 'No airlock for the first time in three refills!'),
  ],
  ['Copperfield Hot Tubs', 'March 7, 2026 at 9:02 am', 'Great to hear, Gareth. Enjoy the soak.'],
];
const comment = ([n, d, t]: [string, string, string], i: number): string => `<li id="comment-${40 + i}" class="comment even thread-even depth-1">
<article id="div-comment-${40 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/0?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32">
<b class="fn">${n}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${40 + i}">
<time datetime="2026-03-0${6 + i}">${d}</time>
</a></div></footer><div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
</article></li>`;
const ew = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const toc = [wH[0], wH[1], wH[2], wH[3], wH[4], wH[5], wH[6], wH[7]]
  .map(
    (h, i) => `<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper"><a href="#elementor-toc__heading-anchor-${i}"
class="elementor-toc__list-item-text elementor-toc__top-level">${h}</a></div></li>`,
  )
  .join('\n');
const wContent = `${ps(wIntro)}
<h2>${wH[0]}</h2>${ps([wTest])}
<figure class="wp-block-table"><table><thead><tr><th>Reading</th><th>Target</th><th>What it affects</th></tr></thead><tbody>${trs(wRows)}</tbody></table>
</figure>
<h2>${wH[1]}</h2>${ps(wSan)}<h2>${wH[2]}</h2>${ps(wPh)}
<h2>${wH[3]}</h2><ol>${lis(wWeek)}</ol><h2>${wH[4]}</h2>${ps([wShock])}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/filter-rinse-1024x683.jpg" alt="Rinsing a filter cartridge">
<figcaption class="wp-element-caption">Rinse from the top down, between the pleats.</figcaption></figure>
<h2>${wH[5]}</h2>${ps(wFilt)}<h2>${wH[6]}</h2>${ps([wDrain])}<p class="has-background" style="background-color:#e8f4f8">${wTip}</p>
<h2>${wH[7]}</h2><h3>${wH[8]}</h3>${ps([wCloudy])}<h3>${wH[9]}</h3>${ps([wFoam])}<h3>${wH[10]}</h3>${ps([wGreen])}${ps([wEnd])}`;
const wPostInfo = `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-7a1c2e0 elementor-inline-item" itemprop="author"><a href="/author/dana/">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-user-circle"></i></span>
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Dana Whitcombe</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-2b9d1f4 elementor-inline-item" itemprop="datePublished"><a href="/2026/03/04/">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span>
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>March 4, 2026</time></span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-5e0c7a8 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">
<span class="elementor-post-info__terms-list"><a href="/category/water-care/" class="elementor-post-info__terms-list-item">Water Care</a></span></span>
</li></ul>`;
const wHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Complete Hot Tub Water Care Guide - Copperfield Hot Tubs</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://copperfieldhottubs.co.uk/hot-tub-water-care-guide/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Dana Whitcombe"},"datePublished":"2026-03-04T09:00:00+00:00","articleSection":["Water Care"]}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.2" media="all">
<style id="elementor-post-812-inline-css">.elementor-812 .elementor-element.elementor-element-3f1a{padding:40px 0}</style></head>
<body class="post-template-default single single-post postid-2231 single-format-standard elementor-default elementor-kit-6 elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="95" class="elementor elementor-95 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default">
${ew('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/2025/01/copperfield-logo.svg" alt="Copperfield Hot Tubs"></a>')}
${ew(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-a2b" class="elementor-nav-menu">${links(wNav, 'menu-item')}</ul>
</nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"><i aria-hidden="true" class="eicon-menu-bar"></i></div>`,
)}
${ew(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/book-a-wet-test/">
<span class="elementor-button-text">Book a Wet Test</span></a>`,
)}
</div></section></div>
<div data-elementor-type="single-post" data-elementor-id="812" class="elementor elementor-812 elementor-location-single post-2231 post type-post
status-publish">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f1a elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${wTitle}</h1>`)}
${ew('post-info', wPostInfo)}
${ew(
  'table-of-contents',
  `<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Table of Contents</h4></div>
<div id="elementor-toc__3c9e" class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">${toc}</ul></div>`,
)}
${ew('theme-post-content', wContent)}
${ew(
  'share-buttons',
  `<div class="elementor-grid">${wShare
    .map(
      (s) => `<div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}"
role="button" tabindex="0"><span class="elementor-share-btn__icon"><i class="fab fa-${s.toLowerCase()}"></i></span><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">${s}</span></div></div></div>`,
    )
    .join('')}</div>`,
)}
${ew(
  'author-box',
  `<div class="elementor-author-box"><a href="/author/dana/" class="elementor-author-box__avatar">
<img src="/wp-content/uploads/dana.jpg" alt="Dana Whitcombe">
</a><div class="elementor-author-box__text"><a href="/author/dana/"><h4 class="elementor-author-box__name">Dana Whitcombe</h4></a>
<div class="elementor-author-box__bio">${wBio}</div>
<a class="elementor-author-box__button elementor-button elementor-size-xs" href="/author/dana/">All Posts</a></div></div>`,
)}
${ew(
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/spa-cover-care/" rel="prev">
<span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i></span>
<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">How to
Look After Your Spa Cover</span></span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/sauna-first-use/" rel="next">
<span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Your Sauna&#8217;s
First Firing</span></span></a></div></div>`,
)}
${ew(
  'post-comments',
  `<section id="comments" class="comments-area"><h2 class="title-comments">2 Responses</h2>
<ol class="comment-list">${wC.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"></p></form></div></section>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
<section class="elementor-section elementor-top-section"><div class="elementor-container">
${ew('text-editor', '<p>Copperfield Hot Tubs, Orchard Way, Wenlow WL4 2RT</p><p>Open Tuesday to Sunday, 10am to 5pm</p>')}
${ew('text-editor', '<p>© 2026 Copperfield Hot Tubs. All rights reserved.</p>')}</div></section></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.1" id="elementor-pro-frontend-js"></script></body></html>`;
const wordpress: TestPage = {
  name: 'heldout602-elementor-water-care-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  // biome-ignore format: the body follows the page's sections
  body: texts([
    ...wIntro, wTest, ...rowTexts(wRows), ...wSan, ...wPh, ...wWeek, wShock, ...wFilt, wDrain, wTip, wCloudy, wFoam, wGreen, wEnd,
  ]),
  bylines: ['Dana Whitcombe', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, 'Book a Wet Test', 'Table of Contents', 'Rinse from the top down, between the pleats.',
    ...wShare, wBio, 'All Posts', 'Previous', 'How to Look After Your Spa Cover', 'Next', 'Your Sauna’s First Firing', '2 Responses',
    ...wC.flat(), 'says:', 'Reply', 'Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *',
    'Comment *', 'Copperfield Hot Tubs, Orchard Way, Wenlow WL4 2RT', 'Open Tuesday to Sunday, 10am to 5pm',
    '© 2026 Copperfield Hot Tubs. All rights reserved.',
    'We value your privacy', 'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT602_B: readonly TestPage[] = [wordpress].map(settle);
