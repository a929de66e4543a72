import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file d2: a Rakuten cashback blog post on WordPress built with Elementor (elementor-section / column /
 * widget wrappers for every block, header template, post-info widget with author and date, share-buttons widget, a
 * call-to-action widget "Join Rakuten", posts widget "More from the blog", footer template).
 */
const kTitle = 'Stacking Cash Back: How to Combine Coupons, Card Rewards and Store Sales';
const kIntro = [
  j(
    'Cash back is at its best when it is the last layer on a deal rather than the only one. With a little planning, a single purchase',
    'can earn a store discount, a coupon, a cash back percentage and card rewards at the same time.',
  ),
  j(
    'The order matters, because each layer is usually worked out on the price left after the one before it. Below is the sequence',
    'our editors use, followed by a real purchase worked through step by step.',
  ),
];
const kHs = ['Start with the sale price', 'Add a coupon code', 'Shop through your cash back portal', 'Pay with the right card', 'An example'];
const kSecs = [
  [
    j(
      'Check whether the item is already marked down, and whether the store price-matches. A 25% sale is the foundation; everything',
      'after it is calculated on the lower price.',
    ),
  ],
  [
    j(
      'Most retailers allow one promo code per order. Look for codes that stack with sale items, since many exclude them. The coupon',
      'page for each store usually notes whether a code works on clearance.',
    ),
  ],
  [
    j(
      'Click through to the store from your cash back account before you add anything to your cart. Some stores cancel tracking if',
      'you paste in a code from another site, so read the offer terms first.',
    ),
  ],
  [
    j(
      'Card rewards are paid by your card issuer, so they stack with everything above. A card that pays 3% at department stores turns',
      'a good deal into a great one.',
    ),
  ],
];
const kEx = [
  'Here is how a $200 jacket from the Marlow & Finch holiday sale worked out for one of our editors:',
  '25% sale brought the price to $150.',
  'A 10% welcome code took off another $15.',
  '8% cash back on $135 earned $10.80.',
  '3% card rewards added $4.05.',
  'The total saving came to $79.85, or just under 40% of the original price.',
];
const kNav = ['Stores', 'Categories', 'Double Cash Back', 'In-Store', 'Travel', 'Blog'];
const kMore = ['12 Stores With the Best Holiday Return Policies', 'Is a Store Credit Card Ever Worth It?', 'How Cash Back Is Tracked, Explained'];
const kFoot = ['About Rakuten', 'Help Center', 'Privacy Policy', 'Terms', 'Accessibility', 'Sitemap'];
const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const kHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${kTitle} | Rakuten Blog</title>
<meta name="description" content="How to layer store sales, coupon codes, cash back and card rewards on a single purchase.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"Stacking Cash
Back","author":{"name":"Tamsin Oakes"},
"datePublished":"2026-11-12"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.24.0","post":{"id":5521}};</script></head>
<body class="post-template post-template-elementor_header_footer single single-post elementor-default elementor-kit-7">
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header">${sec(
  w('theme-site-logo', '<a href="/">Rakuten</a>') +
    w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(kNav, 'menu-item')}</ul></nav>`),
)}</div>
<div data-elementor-type="single-post" data-elementor-id="203" class="elementor elementor-203 elementor-location-single">
${sec(
  w('breadcrumbs', '<p id="breadcrumbs"><span><a href="/blog">Blog</a> » <a href="/blog/saving-tips">Saving Tips</a></span></p>') +
    w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1>`) +
    w(
      'post-info',
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-post-info__item elementor-post-info__item--type-author">By Tamsin Oakes</span></li><li class="elementor-icon-list-item">
<span class="elementor-post-info__item elementor-post-info__item--type-date">November 12, 2026</span></li></ul>`,
    ) +
    w(
      'share-buttons',
      '<div class="elementor-grid"><span class="elementor-share-btn__title">Facebook</span><span class="elementor-share-btn__title">Pinterest</span></div>',
    ),
)}
${sec(
  w(
    'theme-post-content',
    `${ps(kIntro)}
${kSecs.map((s, i) => `<h2>${kHs[i]}</h2>${ps(s)}`).join('\n')}
<h2>${kHs[4]}</h2><p>${kEx[0]?.replace('&', '&amp;')}</p><ol>${kEx
      .slice(1, 5)
      .map((t) => `<li>${t}</li>`)
      .join('')}</ol><p>${kEx[5]}</p>`,
  ) +
    w(
      'call-to-action',
      `<div class="elementor-cta__content"><h2 class="elementor-cta__title">Join Rakuten and get a $30 welcome bonus</h2>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/signup">Sign Up Free</a></div></div>`,
    ),
)}
${sec(
  w('heading', '<h2 class="elementor-heading-title">More from the blog</h2>') +
    w(
      'posts',
      `<div class="elementor-posts-container">${kMore
        .map(
          (t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a
href="#">${t}</a></h3></article>`,
        )
        .join('')}</div>`,
    ),
)}</div>
<div data-elementor-type="footer" class="elementor elementor-location-footer">${sec(
  w('nav-menu', `<ul class="elementor-nav-menu">${links(kFoot)}</ul>`) + w('text-editor', '<p>© 2026 Rakuten Group, Inc. All rights reserved.</p>'),
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
export const rakuten: TestPage = {
  name: 'heldout317-rakuten-elementor-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHs,
  body: texts([...kIntro, ...kSecs.flat(), ...kEx.map((t) => t.replace('&', '&amp;'))]),
  bylines: ['By Tamsin Oakes', 'November 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rakuten', ...kNav.filter((t) => t !== 'Blog'), 'Saving Tips', 'Facebook', 'Pinterest', 'Join Rakuten and get a $30 welcome bonus', 'Sign Up Free',
    'More from the blog', ...kMore, ...kFoot, '© 2026 Rakuten Group, Inc. All rights reserved.',
  ],
};
