import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file b2: a food truck's wedding planning blog post on WordPress with Astra and an Elementor Pro theme-builder
 * single-post template (post info, share buttons, author box, post navigation, related posts, comments).
 */
const eTitle = 'How We Plan a Food Truck Wedding, From Booking to Last Call';
const eSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'We have parked Bao Down at forty-one weddings now, in barns, vineyards, backyards and one very muddy orchard. Couples ask',
        'us the same questions every time, so here is how a wedding actually comes together on our side, month by month.',
      ),
      j(
        'None of this is a secret. Most of it is simply the order in which things go wrong if nobody is paying attention, and the',
        'checklists we built after each time something did.',
      ),
    ],
  ],
  [
    'Nine to twelve months out: the date and the site',
    [
      j(
        'The first call is about the venue, not the food. A truck is eight and a half metres long, four metres tall and weighs',
        'about seven tonnes. It needs a level spot, a way in that does not cross soft lawn, and no low branches on the approach.',
      ),
      j(
        'If the venue has never had a truck before, we ask for photos of the drive and the spot, or we come out and walk it. We',
        'once measured a covered bridge with a tape and a step ladder at seven in the morning. We fit, with eleven centimetres spare.',
      ),
      'We hold the date with a signed agreement and a deposit of 30 percent. Summer Saturdays are usually booked by February.',
    ],
  ],
  [
    'Six months out: the menu and the tasting',
    [
      j(
        'Our wedding menu is built from four bao, two sides and a sweet. Couples pick from the full list at a tasting at our',
        'commissary kitchen in Ferrisburg, usually on a weekday evening. Bring whoever has opinions; we set the table for six.',
      ),
      'The most popular combination at weddings last year was:',
    ],
  ],
  [
    'Two months out: the numbers',
    [
      j(
        'A truck serves from one window, so the question that matters is not how many guests but how many at once. We serve about',
        'ninety guests an hour from one window. For more than 120 guests we bring the second window crew and a pass-through',
        'station so the line never reaches the dance floor.',
      ),
      j(
        'We ask for the final headcount, the dietary list and the timeline six weeks before the day. Allergies go on a card that',
        'lives above the ticket rail, and every plate for a guest with an allergy is carried out by hand rather than called.',
      ),
    ],
  ],
  [
    'The week of: power, water and permits',
    [
      j(
        'Our truck runs on a quiet inverter generator, but most venues prefer we plug in. We need a 50-amp outlet within',
        'thirty metres; anything less and we bring the generator and park it behind the truck with a baffle.',
      ),
      j(
        'We carry our own fresh water and grey-water tanks, so we never need a hose or a drain. Some towns require a temporary',
        'food permit for private events. We file it ourselves, and we send the venue a copy of our insurance certificate.',
      ),
    ],
  ],
  [
    'On the day',
    [
      j(
        'We arrive three hours before service, level the truck, set the lights and run a test ticket. The coordinator gets our',
        'lead’s phone number, and we agree on one signal for "start dinner" so nobody has to shout across a field.',
      ),
      j(
        'Service runs for ninety minutes. After that the window stays open for seconds, and the late-night menu (fried bao with',
        'sesame sugar) comes out whenever the couple says so. We leave the spot cleaner than we found it, usually by midnight.',
      ),
      j(
        'If it rains, we serve under the truck’s awning and a ten-by-ten tent we bring for the line. The only weather we cannot',
        'work in is lightning, and in forty-one weddings it has stopped us once, for twenty minutes.',
      ),
    ],
  ],
];
const eCombo = [
  'Five-spice pork belly bao with pickled cucumber',
  'Crispy tofu bao with gochujang mayo and scallion',
  'Sesame slaw and garlic noodles',
  'Black sesame soft-serve',
];
const eAll = eSecs.flatMap(([, p]) => [...p]);
const eBodyHtml = eSecs
  .map(([h, p]) => {
    const head = h === '' ? '' : `<h2 class="wp-block-heading">${h}</h2>\n`;
    const list = h.startsWith('Six') ? `\n<ul class="wp-block-list">${lis(eCombo)}</ul>` : '';
    return `${head}${ps(p)}${list}`;
  })
  .join('\n');
const eNav = ['Home', 'Our Menu', 'Find the Truck', 'Weddings & Events', 'Blog', 'Contact'];
const eRel = ['What a Food Truck Costs for a Wedding in 2026', 'Five Venues Around Lake Corbin That Welcome Trucks', 'Our Winter Menu Is Here'];
const eCom = [
  'We booked you for our June wedding off the back of this post. The covered bridge story sold my husband.',
  'Do you travel as far as Middlebrook? Our venue is about an hour from Ferrisburg.',
];
const eFoot = ['Privacy Policy', 'Catering Agreement', 'Careers'];
const eW = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How We Plan a Food Truck Wedding, From Booking to Last Call - Bao Down Truck</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://baodowntruck.com/how-we-plan-a-food-truck-wedding/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-18T09:12:44+00:00"><meta name="author" content="Mei-Lin Haddad">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Mei-Lin Haddad"},"datePublished":"2026-03-18T09:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://baodowntruck.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://baodowntruck.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1"
 media="all">
<style id="astra-theme-css-inline-css">.ast-single-post .entry-content a{text-decoration:underline;}</style>
<meta name="generator" content="Elementor 3.20.1; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-custom-logo ast-desktop ast-separate-container
 ast-right-sidebar elementor-default elementor-template-full-width elementor-kit-6 elementor-page-1044" itemtype="https://schema.org/Blog"
 itemscope="itemscope">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a><div class="hfeed site" id="page">
<div data-elementor-type="header" data-elementor-id="37" class="elementor elementor-37 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4c1a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${eW(
  'theme-site-logo.default',
  '<a href="https://baodowntruck.com"><img width="180" height="60" src="/wp-content/uploads/2024/02/bao-down-logo.png" alt="Bao Down Truck"></a>',
  '2f1b',
)}
${eW(
  'nav-menu.default',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-2f1c" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
  '2f1c',
)}
${eW(
  'button.default',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/weddings-events/">
<span class="elementor-button-text">Book Us</span></a></div>`,
  '2f1d',
)}
</div></div></div>
<div id="content" class="site-content"><div class="ast-container">
<div data-elementor-type="single-post" data-elementor-id="1044" class="elementor elementor-1044 elementor-location-single post-812 post type-post status-publish
 format-standard has-post-thumbnail hentry category-weddings" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-71d0 e-con-full e-flex e-con e-parent" data-element_type="container">
${eW('theme-post-title.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, '71d1')}
${eW(
  'post-info.default',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text
 elementor-post-info__item
 elementor-post-info__item--type-author">By Mei-Lin Haddad</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
 elementor-post-info__item elementor-post-info__item--type-date"><time>March 18, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a3 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item
 elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/weddings/"
 class="elementor-post-info__terms-list-item">Weddings</a></span></span></li></ul>`,
  '71d2',
)}
${eW(
  'theme-post-featured-image.image',
  '<img width="1200" height="800" src="/wp-content/uploads/2026/03/orchard-wedding.jpg" class="attachment-full size-full" alt="">',
  '71d3',
)}
${eW('theme-post-content.default', eBodyHtml, '71d4')}
${eW(
  'share-buttons.default',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button"
 tabindex="0" aria-label="Share on facebook"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Share</span></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_pinterest" role="button" tabindex="0" aria-label="Share on pinterest">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">Pin</span></span></div></div></div>`,
  '71d5',
)}
${eW(
  'author-box.default',
  `<div class="elementor-author-box"><div class="elementor-author-box__text"><div class="elementor-author-box__name">Mei-Lin Haddad</div>
<div class="elementor-author-box__bio"><p>Mei-Lin runs the Bao Down truck with her brother Tomas and still works the window most Saturdays.</p></div>
</div></div>`,
  '71d6',
)}
${eW(
  'post-navigation.default',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/our-winter-menu-is-here/" rel="prev"><span class="post-navigation__prev--label">Previous</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/what-a-food-truck-costs/" rel="next"><span
 class="post-navigation__next--label">Next</span></a></div></div>`,
  '71d7',
)}
${eW('heading.default', '<h2 class="elementor-heading-title elementor-size-default">More from the truck</h2>', '71d8')}
${eW(
  'posts.classic',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${eRel
    .map(
      (t) =>
        `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a
 href="/blog/">${t}</a></h3></div></article>`,
    )
    .join('\n')}</div>`,
  '71d9',
)}
${eW(
  'post-comments.theme_comments',
  `<div id="comments" class="comments-area comment-form-position-below"><h3 class="comments-title">2 thoughts on “${eTitle}”</h3>
<ol class="ast-comment-list">${eCom
    .map(
      (c, i) => `<li class="comment even thread-even depth-1" id="li-comment-${90 + i}"><article id="comment-${90 + i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${['Priya S.', 'Jonah Treml'][i]}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${90 + i}">
<time datetime="2026-03-2${i}">March 2${i}, 2026 at ${i + 4}:15 pm</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${c}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
 class="comment-reply-link"
 href="#respond">Reply</a></span></div></section></article></li>`,
    )
    .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
 method="post"
 id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span></p>
<textarea id="comment" name="comment" placeholder="Type here.."></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
 value="Post Comment »"></p></form></div></div>`,
  '71da',
)}
</div></div></div></div>
<footer data-elementor-type="footer" data-elementor-id="41" class="elementor elementor-41 elementor-location-footer">
<div class="elementor-element elementor-element-8a01 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${eW('text-editor.default', '<p>Bao Down Truck · Ferrisburg and the Lake Corbin valley</p>', '8a02')}
${eW(
  'nav-menu.default',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`,
  '8a03',
)}
${eW('text-editor.default', '<p>Copyright © 2026 Bao Down Truck. All rights reserved.</p>', '8a04')}
</div></div></footer></div>
<script src="https://baodowntruck.com/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.0" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":812,"title":"How We Plan"}};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout577-elementor-truck-wedding',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([...eAll.slice(0, 7), ...eCombo, ...eAll.slice(7)]),
  bylines: ['By Mei-Lin Haddad', 'March 18, 2026', 'Mei-Lin Haddad', 'Priya S.', 'Jonah Treml', 'March 20, 2026 at 4:15 pm', 'March 21, 2026 at 5:15 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book Us', 'Share', 'Pin',
    'Mei-Lin runs the Bao Down truck with her brother Tomas and still works the window most Saturdays.', 'Previous', 'Next',
    'More from the truck', ...eRel, `2 thoughts on “${eTitle}”`, ...eCom, 'Reply', 'Leave a Comment', 'Your email address will not be published.',
    'Bao Down Truck · Ferrisburg and the Lake Corbin valley', ...eFoot, 'Copyright © 2026 Bao Down Truck. All rights reserved.',
  ],
};

export const HELDOUT577_B2: readonly TestPage[] = [elementor];
