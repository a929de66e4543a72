import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout299-kit.js';

/**
 * Held-out batch 299, file c2: a photography tutorial on WordPress built with Elementor (elementor-section / column / widget
 * wrappers, the theme-builder post info widget with author, date and reading time, share buttons, an EXIF box and a gear
 * box, a call-to-action widget, the author box, post navigation, related posts, comments, the footer and a Complianz banner).
 */
const eTitle = 'Shooting frosty mornings: a beginner\u2019s guide to backlit landscapes';
const eP1 = [
  j(
    'Frost only lasts an hour or so after sunrise, and the light at that time comes in low and straight at you. That combination',
    'makes for some of the most beautiful pictures of the year, and some of the most frustrating. This guide walks through the',
    'settings and habits that helped me stop coming home with grey, flat frames.',
  ),
];
const eH1 = 'Get there before the sun';
const eP2 = [
  j(
    'Arrive at least thirty minutes before sunrise. You need time to find a composition while the frost is still intact, because',
    'your own footprints will ruin a foreground quickly. Walk along the edge of a field rather than across it.',
  ),
];
const eH2 = 'Exposure: trust the histogram, not the screen';
const eP3 = [
  j(
    'When you shoot towards the sun, the meter sees a bright sky and underexposes everything else. Switch to manual or use',
    'exposure compensation of +0.7 to +1.3 stops, then check the histogram: the right edge should just touch the wall without',
    'a tall spike, which would mean the highlights are clipped.',
  ),
  j(
    'On a cold morning the rear screen looks brighter than it really is, so it will always flatter your exposure. Use the',
    'highlight warning (the blinkies) as your main guide.',
  ),
];
const eH3 = 'Settings for the photo above';
const eExif: [string, string][] = [
  ['Camera', 'Corvan X-20'],
  ['Lens', '24-70 mm f/4 at 31 mm'],
  ['Exposure', '1/250 s at f/11, ISO 200'],
  ['Compensation', '+1.0 EV'],
];
const eH4 = 'Sun stars and flare';
const eP4 = [
  j(
    'To turn the sun into a crisp star, stop down to f/11 or f/16 and let the sun peek out from behind a branch or the edge of a',
    'hill. The partly hidden sun keeps flare under control and gives the points of the star something to radiate against.',
  ),
  'A few habits that help with flare:',
];
const eFlare = [
  'Remove any filter you do not need; cheap protective filters cause most ghosting.',
  'Shade the front of the lens with your hand, just out of the frame.',
  'Take two frames, one with your hand blocking the sun, and blend them later if necessary.',
];
const eH5 = 'Protect your gear from the cold';
const eP5 = [
  j(
    'Batteries drain quickly below freezing, so keep spares in an inside pocket. When you go back indoors, leave the camera in a',
    'closed bag for an hour so condensation forms on the bag rather than inside the lens.',
  ),
  j(
    'Above all, go out more than once. Frost, mist and low sun rarely line up perfectly, and every morning you spend in the same',
    'field teaches you where the light falls first.',
  ),
];
const eGear = ['Corvan X-20 body', 'Lanthis 24-70 mm f/4', 'Carbon travel tripod', 'Lens hood and a spare battery'];
const eNav = ['Home', 'Tutorials', 'Workshops', 'Portfolio', 'About', 'Contact'];
const eRelated = ['Why your landscapes look flat, and how to fix it', 'Five compositions for winter woodlands', 'Mist: reading the forecast'];
const eFoot = ['Privacy Policy', 'Affiliate Disclosure', 'Workshops Terms'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Harefield Light Photography</title>
<meta name="description" content="Settings and habits for backlit frosty landscapes: exposure, sun stars, flare and cold-weather care.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-01-19T07:30:00+00:00">
<link rel='stylesheet' id='elementor-frontend-css' href='https://harefieldlight.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.1'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://harefieldlight.example/wp-content/uploads/elementor/css/post-412.css?ver=1737270000'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Priya Holloway"},"datePublished":"2026-01-19T07:30:00+00:00","wordCount":790}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.27.1","post":{"id":2210}};</script>
</head>
<body class="post-template-default single single-post postid-2210 elementor-default elementor-template-full-width elementor-page-412">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${w(
  'theme-site-logo',
  '<a href="/"><span class="site-title">Harefield Light Photography</span></a>',
)}</div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main"><ul id="menu-1-4f2a" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-2210 post type-post">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-author">Priya Holloway</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-date"><time>January 19, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-post-info__item--type-custom">6 min read</span></li></ul>`,
)}
${w(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__title">Share</span></div>
<div class="elementor-share-btn elementor-share-btn_pinterest"><span class="elementor-share-btn__title">Pin</span></div>
<div class="elementor-share-btn elementor-share-btn_email"><span class="elementor-share-btn__title">Email</span></div></div>`,
)}
${w(
  'theme-post-featured-image',
  `<figure class="wp-caption"><img src="https://harefieldlight.example/wp-content/uploads/2026/01/frost-oak.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">A lone oak at sunrise, Harefield Common. © Priya Holloway</figcaption></figure>`,
)}
${w(
  'theme-post-content',
  `${ps(eP1)}
<h2 class="wp-block-heading">${eH1}</h2>
${ps(eP2)}
<h2 class="wp-block-heading">${eH2}</h2>
${ps(eP3)}
<div class="exif-box"><h3 class="wp-block-heading">${eH3}</h3><table class="exif-table"><tbody>
${eExif.map(([k, v]) => `<tr><th>${k}</th>\n<td>${v}</td></tr>`).join('\n')}</tbody></table></div>
<h2 class="wp-block-heading">${eH4}</h2>
${ps(eP4)}
<ul class="wp-block-list">${lis(eFlare)}</ul>
<h2 class="wp-block-heading">${eH5}</h2>
${ps(eP5)}`,
)}
${w(
  'text-editor',
  `<div class="gear-box"><p class="gear-box__title">What's in my bag</p><ul>${lis(eGear)}</ul>
<p class="gear-box__note">Some links on this page are affiliate links; they cost you nothing extra.</p></div>`,
)}
${w(
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Winter light workshops</h3>
<div class="elementor-cta__description">Small groups, frosty fields and hot coffee. Dates for February now open.</div>
<a class="elementor-cta__button elementor-button" href="/workshops">Book a place</a></div></div>`,
)}
${w(
  'author-box',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Priya Holloway</h4>
<p class="elementor-author-box__bio">Landscape photographer and workshop leader, usually found in a cold field at dawn.</p></div></div>`,
)}
${w(
  'post-navigation',
  `<div class="elementor-post-navigation"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Mist: reading the forecast</span><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Editing snow without the blue cast</span></div>`,
)}
${w(
  'posts',
  `<h3 class="related-title">You might also like</h3><div class="elementor-posts-container">${eRelated
    .map((r) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="/${r.length}">${r}</a></h3></article>`)
    .join('')}</div>`,
)}
${w(
  'post-comments',
  `<div id="comments" class="comments-area"><h3 class="comments-title">One comment</h3><ol class="comment-list"><li class="comment">
<div class="comment-author vcard"><b class="fn">Hamish Tully</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time>January 21, 2026 at 9:14 am</time></div>
<div class="comment-content"><p>The tip about the hand over the sun for a second frame saved my morning. Thank you!</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published.</p><input name="submit" type="submit" class="submit"></div></div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="96" class="elementor elementor-96 elementor-location-footer">
<section class="elementor-section elementor-top-section"><div class="elementor-container">${w('nav-menu', `<ul>${links(eFoot)}</ul>`)}
${w('text-editor', '<p>© 2026 Harefield Light Photography. All images are copyright and may not be used without permission.</p>')}</div></section>
</div>
<div class="cmplz-cookiebanner cmplz-bottom-right" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie
Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>To provide the best experiences, we use technologies like cookies.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div>
<script src="https://harefieldlight.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.27.1" id="elementor-frontend-js"></script>
</body></html>`;
export const elementorPhoto: TestPage = {
  name: 'heldout299-elementor-wordpress-tutorial',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3, eH4, eH5],
  body: [...texts([...eP1, ...eP2, ...eP3]), ...eExif.map(([, v]) => v), ...texts([...eP4, ...eFlare, ...eP5])],
  bylines: ['Priya Holloway', 'January 19, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harefield Light Photography', ...eNav, 'Share', 'Pin', 'Email', 'A lone oak at sunrise, Harefield Common. © Priya Holloway', "What's in my bag",
    ...eGear, 'Some links on this page are affiliate links; they cost you nothing extra.', 'Winter light workshops',
    'Small groups, frosty fields and hot coffee. Dates for February now open.', 'Book a place',
    'Landscape photographer and workshop leader, usually found in a cold field at dawn.', 'Previous', 'Next', 'Editing snow without the blue cast',
    'You might also like', ...eRelated, 'One comment', 'Hamish Tully', 'says:', 'January 21, 2026 at 9:14 am',
    'The tip about the hand over the sun for a second frame saved my morning. Thank you!', 'Reply', 'Leave a Reply',
    'Your email address will not be published.', ...eFoot,
    '© 2026 Harefield Light Photography. All images are copyright and may not be used without permission.',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies.', 'Accept', 'Deny', 'View preferences',
  ],
};
