import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 209, file e2: a home inspector's blog post on WordPress with the Astra theme and Elementor header and
 * footer (the "Schedule an Inspection" header button and phone number, the menu, the entry meta with author, date and
 * category, the featured image, the Easy Table of Contents box, the post with a wp-block-image figure and caption and a
 * pull quote, the "Book Your Inspection" call-to-action block inside the content, the share buttons, the related posts,
 * the comment form with its labels, the footer with licence numbers and the cookie notice).
 */
const ibTitle = '7 Things We Find in Almost Every Flip We Inspect';
const ibP0 = [
  'We inspect a lot of flipped houses. Some are beautiful, careful renovations. Others look great in the listing photos but hide ' +
    'shortcuts that can cost a buyer thousands in the first year. After a decade of inspections in Maple County, these are the ' +
    'issues we see over and over again.',
];
const ibItems: [string, string][] = [
  [
    '1. New paint on old water stains',
    'Fresh ceiling paint is the first thing we check with a moisture meter. If the stain was painted over but the leak was never ' +
      'fixed, the meter will tell us, and so will the attic or the bathroom above.',
  ],
  [
    '2. Missing GFCI protection',
    'New kitchens and bathrooms often get beautiful tile and cheap wiring. We regularly find outlets near sinks with no ground fault ' +
      'protection, and occasionally GFCI outlets that were wired backwards and do nothing at all.',
  ],
  [
    '3. Bathroom fans venting into the attic',
    'A new fan that blows moist air straight into the attic instead of outside is one of the most common flip shortcuts we see. ' +
      'Over a few winters it leads to mould on the roof sheathing.',
  ],
  [
    '4. Flooring laid over problems',
    'Luxury vinyl plank hides a lot. We look for soft spots, uneven floors and gaps at the baseboards that can point to damaged ' +
      'subfloor or settling underneath.',
  ],
  [
    '5. Unpermitted additions and conversions',
    'Garages turned into bedrooms and enclosed porches are not automatically a problem, but without permits there is no way to know ' +
      'whether the framing, wiring or egress windows were done to code.',
  ],
  [
    '6. An old roof with new shingles in front',
    'Some flippers patch the slope that faces the street and leave the back alone. We always look at every side of the roof, ' +
      'with a drone if we cannot walk it safely.',
  ],
  [
    '7. Grading that sends water toward the house',
    'New landscaping often builds soil up against the foundation. Ground should slope away from the house for at least six feet, ' +
      'or water will find its way into the basement or crawlspace.',
  ],
];
const ibQuote = 'A flip is not a bad house. It is just a house where you have to ask more questions.';
const ibH2 = 'What this means for buyers';
const ibP2 = [
  'None of these should scare you away from a flipped home, but they should make you ask for permits, receipts and the names of the ' +
    'contractors who did the work. A good flipper will have them ready. And never skip the inspection because the house “has all new everything.”',
];
const ibTop = ['Call (555) 013-4471', 'Schedule an Inspection'];
const ibNav = ['Home', 'Services', 'Pricing', 'Sample Report', 'About', 'Blog', 'Contact'];
const ibCat = 'Buyer Tips';
const ibToc = ['Table of Contents', 'Toggle'];
const ibCaption = 'A moisture meter reading behind freshly painted drywall in a recently renovated bathroom.';
const ibCta = ['Buying a flipped home?', 'Our full inspection includes thermal imaging and a moisture scan at no extra cost.', 'Book Your Inspection'];
const ibShare = ['Share This Post', 'Facebook', 'LinkedIn', 'Email'];
const ibRelated = ['Related Posts', 'What a Sewer Scope Can Tell You', 'Radon Testing: Do You Really Need It?', 'Pre-Listing Inspections for Sellers'];
const ibForm = [
  'Leave a Comment',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Post Comment',
];
const ibFoot = [
  'Keystone Home Inspections LLC',
  'Licensed Home Inspector #HI-20871',
  'InterNACHI Certified Professional Inspector',
  'Serving Maple County and surrounding areas',
  'Privacy Policy',
  'Terms of Service',
];
const ibCopy = 'Copyright © 2025 Keystone Home Inspections | Powered by Keystone Home Inspections';
const ibCookie = ['We use cookies to ensure that we give you the best experience on our website.', 'Ok', 'Privacy policy'];
const ibId = (t: string): string => t.toLowerCase().replace(/\W+/g, '_');
const ibHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ibTitle} - Keystone Home Inspections</title>
<meta name="description" content="${ibP0[0]!.slice(0, 150)}"><meta property="og:type" content="article"><meta property="og:title" content="${ibTitle}">
<meta property="article:published_time" content="2025-07-08T13:02:51+00:00"><meta name="author" content="Dale Marchetti">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.0" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${ibTitle}",
"author":{"name":"Dale Marchetti"},"datePublished":"2025-07-08T13:02:51+00:00","commentCount":0}]}</script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2290 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar
elementor-default elementor-kit-7"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/keystone-logo.png" alt="Keystone Home Inspections">
</a></div>
<nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu"><ul id="menu-1-a71" class="elementor-nav-menu">
${links(ibNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:5550134471">
<span class="elementor-button-text">${ibTop[0]}</span></a></div><div class="elementor-widget elementor-widget-button">
<a class="elementor-button" href="/schedule/">
<span class="elementor-button-text">${ibTop[1]}</span></a></div></div></div></div>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2290 post type-post status-publish format-standard has-post-thumbnail hentry category-buyer-tips ast-article-single" id="post-2290"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1200" height="675" src="/wp-content/uploads/2025/07/flip.jpg"
class="attachment-large size-large wp-post-image" alt="" decoding="async"></div><h1 class="entry-title" itemprop="headline">${ibTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">
<a title="View all posts by Dale Marchetti"
href="/author/dale/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Dale Marchetti</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">July 8, 2025</span></span> / <span class="ast-terms-link">
<a href="/category/buyer-tips/">${ibCat}</a></span></div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ibP0.map((t) => `<p>${t}</p>`).join('\n')}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">${ibToc[0]}</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs
ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">${ibToc[1]}</span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${[...ibItems.map(([h]) => h), ibH2]
  .map((h, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#${ibId(h)}">${h}</a></li>`)
  .join('\n')}</ul></nav></div>
${ibItems
  .map(
    ([h, p], i) => `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${ibId(h)}"></span>${h}<span class="ez-toc-section-end"></span></h2>
<p>${p}</p>${
      i === 0
        ? `\n<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/07/meter.jpg" alt="" class="wp-image-2301"><figcaption
class="wp-element-caption">${ibCaption}</figcaption></figure>`
        : i === 3
          ? `\n<figure class="wp-block-pullquote"><blockquote><p>${ibQuote}</p><cite>Dale Marchetti</cite></blockquote></figure>`
          : i === 4
            ? `\n<div class="wp-block-group cta-box has-background"><h3 class="wp-block-heading">${ibCta[0]}</h3><p>${ibCta[1]}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/schedule/">${ibCta[2]}</a></div></div>
</div>`
            : ''
    }`,
  )
  .join('\n')}
<h2 class="wp-block-heading"><span class="ez-toc-section" id="${ibId(ibH2)}"></span>${ibH2}<span class="ez-toc-section-end"></span></h2>
${ibP2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="ast-share-wrap"><h4>${ibShare[0]}</h4>${ibShare
  .slice(1)
  .map((t) => `<a class="ast-share-link" href="#" aria-label="${t}"><span>${t}</span></a>`)
  .join('')}</div></div></div></article>
<div class="ast-single-related-posts-container ast-separate-container"><div class="ast-related-posts-title-section">
<h2 class="ast-related-posts-title">${ibRelated[0]}</h2>
</div><div class="ast-related-posts-wrapper">${ibRelated
  .slice(1)
  .map(
    (t) => `<article class="ast-related-post post type-post"><div class="ast-related-post-content"><header class="entry-header related-entry-header">
<h3 class="ast-related-post-title entry-title"><a href="/${ibId(t)}/" rel="bookmark">${t}</a></h3></header></div></article>`,
  )
  .join('\n')}</div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${ibForm[0]}</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">${ibForm[1]}</span></p>
${ibForm
  .slice(2, 6)
  .map((t) => `<p class="comment-form-field"><label>${t}</label><input type="text"></p>`)
  .join('\n')}<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${ibForm[6]}">
<button hidden>${ibForm[6]}</button></p></form></div></div></main></div></div></div>
<footer data-elementor-type="footer" data-elementor-id="22" class="elementor elementor-22 elementor-location-footer"><div class="e-con-inner">
${ibFoot.map((t) => `<div class="elementor-widget elementor-widget-text-editor"><p>${t}</p></div>`).join('\n')}
<div class="elementor-widget elementor-widget-text-editor"><p>${ibCopy.replace('&', '&amp;')}</p></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container">
<span id="cn-notice-text" class="cn-text-container">${ibCookie[0]}</span><span id="cn-notice-buttons" class="cn-buttons-container">
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">${ibCookie[1]}</a>
<a href="/privacy-policy/" class="cn-privacy-policy-link cn-link">${ibCookie[2]}</a>
</span></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.0" id="elementor-pro-frontend-js"></script></body></html>`;

export const inspectorBlog: TestPage = {
  html: ibHtml,
  name: 'heldout209-home-inspector-blog',
  kind: 'blog',
  // the pull quote is part of the post (body), its cite line in neither list; the table of contents repeats the headings and
  // is left out; the CTA box inside the content, the caption, category, share block, related posts and comment form are furniture
  title: ibTitle,
  headings: [...ibItems.map(([h]) => h), ibH2],
  body: [...ibP0, ...ibItems.flatMap(([, p], i) => (i === 3 ? [p, ibQuote] : [p])), ...texts(ibP2)],
  bylines: ['Dale Marchetti', 'July 8, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ibTop, ...ibNav, ibCat, ...ibToc, ibCaption, ...ibCta, ...ibShare, ...ibRelated, ...ibForm, ...ibFoot, ibCopy, ...ibCookie,
  ],
};
