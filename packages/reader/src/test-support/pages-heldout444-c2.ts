import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout444-kit.js';

/**
 * Held-out batch 444, file c2: an independent broker's blog post on WordPress with the Astra theme and Yoast SEO (the
 * ast-header with the primary menu and "Get a Quote" button, entry-header with the category, author, date and reading time,
 * the featured image with its caption, an inline "Read more" promo, the Elementor-free entry-content, tags, the post
 * navigation, the author box, two comments with replies form, the sidebar with search, recent posts and a newsletter form,
 * the footer widgets and the Complianz cookie banner).
 */
const fTitle = 'PPO vs. HMO in 2027: five questions to ask before you pick a plan';
const fIntro = [
  j(
    'Every fall, the same question lands in our inbox dozens of times: should I pick the PPO or the HMO? The honest answer is that it',
    'depends less on the letters and more on how you actually use health care. Here are the five questions we walk clients through.',
  ),
];
const fQs: [string, string[]][] = [
  [
    '1. Do you have doctors you will not give up?',
    [
      j(
        "An HMO only pays for care inside its network, except in emergencies. If your cardiologist or your child's pediatrician is not in the",
        "HMO network, you will pay the full bill. Look up every doctor by name in the insurer's directory, and call the office to confirm,",
        'because directories are often out of date.',
      ),
    ],
  ],
  [
    '2. How often do you see specialists?',
    [
      j(
        'Most HMOs require a referral from your primary care doctor before you see a specialist. That is a small hassle for one visit a year',
        'and a real burden if you manage a chronic condition with three specialists. PPOs let you book directly.',
      ),
    ],
  ],
  [
    '3. What is your worst-case year?',
    [
      j(
        'Compare out-of-pocket maximums, not just premiums. A PPO that costs $80 more a month but caps your costs $3,000 lower is a good',
        'bet if anyone in your household is planning surgery or a pregnancy.',
      ),
    ],
  ],
  [
    '4. Do you travel or live in two places?',
    [
      j(
        'Snowbirds and families with college students out of state usually do better with a PPO, since HMO networks rarely reach beyond',
        'one region. Some HMOs include a guest membership in other states, so ask before you rule one out.',
      ),
    ],
  ],
  [
    '5. Which drugs do you take?',
    [
      j(
        "Drug coverage can differ between two plans from the same insurer. Check each plan's formulary for your exact medicines and dosages,",
        'and note the tier, since tier 3 and 4 drugs often have coinsurance instead of a flat copay.',
      ),
    ],
  ],
];
const fSum = ['Choose an HMO if:', 'Choose a PPO if:'];
const fHmo = ['your doctors are all in network', 'you want the lowest premium', 'you rarely need specialists'];
const fPpo = ['you see several specialists', 'you travel or split your year between states', 'you want to see any doctor without referrals'];
const fEnd = [
  j(
    'Still unsure? We compare plans side by side for free, and we are paid by the insurer whichever plan you choose, so we have no',
    'reason to push one over the other.',
  ),
];
const fMenu = ['Home', 'Individual Plans', 'Medicare', 'Small Business', 'Blog', 'Contact'];
const fRecent = [
  'What a $0 premium Medicare Advantage plan really costs',
  'COBRA or marketplace: which is cheaper after a layoff?',
  'How HSAs work with a spouse’s plan',
];
const fCats = ['Individual & Family (14)', 'Medicare (22)', 'Small Business (9)'];
const fTags = ['HMO', 'open enrollment', 'PPO'];
const fC1 = 'This was really helpful. Question 3 is the one nobody told me about when I picked my plan last year.';
const fC2 = 'Glad it helped, Renata! If you want, send us your two options and we will run the numbers.';
const q = fQs.map(([h, p]) => `<h2 class="wp-block-heading">${h}</h2>\n${ps(p)}`).join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fTitle} - Lantern Street Insurance</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-14T09:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${fTitle}",
"author":{"name":"Dolores Brightwater"},"datePublished":"2026-10-14T09:30:00+00:00","wordCount":640}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://lanternstreetins.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3"
media="all"><script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script></head>
<body class="post-template-default single single-post postid-2210 single-format-standard wp-custom-logo ast-desktop ast-separate-container
ast-right-sidebar astra-4.8.3"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="ast-container"><div class="site-branding"><span class="site-title"><a href="/" rel="home">Lantern Street
Insurance</a></span></div><nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">
${links(fMenu, 'menu-item menu-item-type-post_type')}</ul></nav><div class="ast-header-button-1"><a class="ast-custom-button-link" href="/quote">
<div class="ast-custom-button">Get a Quote</div></a></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2210 post type-post status-publish format-standard has-post-thumbnail category-individual-family ast-article-single" id="post-2210">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<figure class="wp-caption"><img width="1024" height="576" src="/wp-content/uploads/2026/10/ppo-hmo.jpg" class="wp-post-image" alt="">
<figcaption class="wp-caption-text">Photo: Lantern Street Insurance</figcaption></figure></div>
<h1 class="entry-title" itemprop="headline">${fTitle}</h1>
<div class="entry-meta"><span class="cat-links"><a href="/category/individual-family/" rel="category tag">Individual &amp; Family</a></span> /
<span class="posted-by vcard author"><a class="url fn n" href="/author/dolores/" rel="author"><span class="author-name">Dolores Brightwater</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">October 14, 2026</span></span> /
<span class="ast-reading-time">4 min read</span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(fIntro)}
${q}
<p class="read-more-promo"><strong>Read more:</strong> <a href="/blog/out-of-pocket-maximum">What an out-of-pocket maximum does and does not cover</a></p>
<h2 class="wp-block-heading">The short version</h2>
<p><strong>${fSum[0]}</strong></p><ul class="wp-block-list">${lis(fHmo)}</ul>
<p><strong>${fSum[1]}</strong></p><ul class="wp-block-list">${lis(fPpo)}</ul>
${ps(fEnd)}
</div><div class="entry-tags"><span class="tags-links">Tags: ${fTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(', ')}</span></div></div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/blog/cobra" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/blog/hsa-spouse" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div class="ast-single-author-box"><div class="ast-author-details"><h3 class="ast-author-title">About Dolores Brightwater</h3>
<p class="ast-author-bio">Dolores is a licensed health insurance agent in Maine and New Hampshire and has helped families choose plans since 2009.</p>
</div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${fTitle}”</h3><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-88"><article id="comment-88" class="ast-comment"><header class="ast-comment-meta">
<cite class="fn">Renata Fowles</cite><time datetime="2026-10-15T12:04:00+00:00">October 15, 2026 at 12:04 pm</time></header>
<section class="ast-comment-content comment"><p>${fC1}</p><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></section></article>
<ol class="children"><li class="comment byuser bypostauthor" id="li-comment-89"><article class="ast-comment"><header class="ast-comment-meta">
<cite class="fn">Dolores Brightwater</cite><time datetime="2026-10-15T14:20:00+00:00">October 15, 2026 at 2:20 pm</time></header>
<section class="ast-comment-content comment"><p>${fC2}</p></section></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><form id="ast-commentform">
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" class="search-form"><input type="search" class="search-field" placeholder="Search …" name="s"></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(fRecent)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(fCats, 'cat-item')}</ul></aside>
<aside id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Plan-season tips by email</h2>
<form class="mc4wp-form"><p>One short email a month during enrollment season. No spam.</p><input type="email" name="EMAIL" placeholder="Your email address">
<input type="submit" value="Subscribe"></form></aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><div class="ast-builder-grid-row"><div class="footer-widget-area">
<p>Lantern Street Insurance, 41 Fore Street, Portland, ME · (207) 555-0188</p></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Lantern Street Insurance | Powered by Lantern Street Insurance</p>
</div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie
Consent</div></div><div class="cmplz-body"><div class="cmplz-message"><p>We use cookies to optimize our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body></html>`;
export const wpBroker: TestPage = {
  name: 'heldout444-wordpress-astra-broker-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [...fQs.map(([h]) => h), 'The short version'],
  body: texts([...fIntro, ...fQs.flatMap(([, p]) => p), fSum[0] ?? '', ...fHmo, fSum[1] ?? '', ...fPpo, ...fEnd]),
  bylines: ['Dolores Brightwater', 'October 14, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Lantern Street Insurance', ...fMenu, 'Get a Quote', 'Photo: Lantern Street Insurance', 'Individual & Family',
    'Read more: What an out-of-pocket maximum does and does not cover', 'Tags:', 'open enrollment', 'Previous Post', 'Next Post', 'About Dolores Brightwater',
    'Dolores is a licensed health insurance agent in Maine and New Hampshire and has helped families choose plans since 2009.', `2 thoughts on “${fTitle}”`,
    'Renata Fowles', 'October 15, 2026 at 12:04 pm', fC1, 'Reply', 'October 15, 2026 at 2:20 pm', fC2, 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...fRecent, 'Categories', ...fCats,
    'Plan-season tips by email', 'One short email a month during enrollment season. No spam.',
    'Lantern Street Insurance, 41 Fore Street, Portland, ME · (207) 555-0188',
    'Copyright © 2026 Lantern Street Insurance | Powered by Lantern Street Insurance', 'Manage Cookie Consent',
    'We use cookies to optimize our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};
