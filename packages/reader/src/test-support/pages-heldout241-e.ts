import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout241-kit.js';

/**
 * Held-out batch 241, file e: a community energy co-operative's news post on Squarespace 7.1 (announcement bar, header nav
 * with "Join the co-op" button, blog item meta with date and author, image block with caption, a quote block, item
 * pagination with previous / next posts, newsletter block, footer with registered-society line), and an oil and gas trade
 * publication's article on WordPress with the tagDiv Newspaper theme (top bar with date, menu, category label, td-post-header
 * with author, date and views, share bar, featured image with caption, an ad slot, "Related" inline box, tags, author box,
 * "You might also like" related posts, a comments section with two comments and the reply form, sidebar, footer).
 */
const cTitle = 'Our second share offer is open: help us put solar on Ashby Mill';
const cBody = [
  j(
    'After two years of planning, Tolland Valley Community Energy is launching its second community share offer. We are',
    'raising £320,000 to install a 240 kW rooftop solar array on Ashby Mill, the former textile mill that now houses 30',
    'small businesses and the town&#8217;s makerspace.',
  ),
  j(
    'The array will generate around 215 MWh a year. The mill&#8217;s tenants will buy the electricity at a fixed price 20%',
    'below their current tariff for the next 15 years, and any surplus will be exported to the grid.',
  ),
  'What your investment does',
  j(
    'Shares cost £1 each, with a minimum investment of £100 and a maximum of £30,000. We are targeting an annual interest rate',
    'of 4% from the second year, paid from the income of the array. Members also get one vote each at our annual meeting,',
    'however many shares they hold.',
  ),
  j(
    'After costs and interest, the surplus goes to our community benefit fund. Over the life of the project we expect it to',
    'provide around £180,000 for local energy advice, insulation grants for low-income households and school projects.',
  ),
  '“Every pound raised here stays in the valley,” said Ruth Okafor, our chair. “That is the whole point of a co-op.”',
  'How to invest',
  'Read the share offer document and the risk statement carefully.',
  'Apply online through our share offer page, or request a paper form by phone.',
  'The offer closes on 30 April, or earlier if it is fully subscribed.',
  j(
    'Community shares are not covered by the Financial Services Compensation Scheme, and you could lose some or all of your',
    'money. Please only invest what you can afford to leave with us for the long term.',
  ),
];
const cNav = ['About', 'Projects', 'News', 'Invest', 'Contact'];
const cHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>${cTitle} — Tolland Valley Community Energy</title><meta property="og:site_name" content="Tolland Valley Community Energy">
<meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-03-02T09:00:00+0000">
<script type="application/ld+json">{"url":"https://www.tollandenergy.example","name":"Tolland Valley Community Energy","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${cTitle}","author":{"@type":"Person",
"name":"Gwen Aldous"},"datePublished":"2026-03-02T09:00:00+0000"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Tolland Valley Community Energy"}};</script></head>
<body id="item-65e2c1" class="tweak-blog-item-width-medium tweak-blog-item-show-author-name view-item collection-type-blog-basic-grid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content">
<p>Share offer now open. Invest from £100 by 30 April.</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-display-desktop">
<div class="header-title"><div class="header-title-text"><a href="/">Tolland Valley Community Energy</a></div></div>
<div class="header-nav"><nav class="header-nav-list">${cNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase()}">${t}</a></div>`,
  )
  .join('\n')}</nav></div>
<div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/invest">Join the co-op</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e2c1">
<section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-gwen-aldous post-type-text article-index-1">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2026-03-02">2 Mar</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${cTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-date-wrapper"><span class="blog-author">Gwen Aldous</span></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(cBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/ashby-mill.jpg" alt="Ashby Mill roof"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>The south-facing roof of Ashby Mill, where 560 panels will be installed.
Photo: Jonah Pell</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${cBody[2]}</h3>
${ps(cBody.slice(3, 5), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure><blockquote><span>${cBody[5]}</span></blockquote></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${cBody[6]}</h3><ol data-rte-list="default">${lis(cBody.slice(7, 10))}</ol>
${ps(cBody.slice(10), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/invest" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">View offer documents</a></div></div></div>
</div></div></div></div>
<div class="blog-item-comments"></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
<a href="/news/agm-2025" class="item-pagination-link item-pagination-link--prev"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Report from our 2025 AGM</h2></div></a>
<a href="/news/heat-pump-club" class="item-pagination-link item-pagination-link--next"><div class="pagination-title-wrapper">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Join our heat pump buyers&#39; club</h2></div></a></section>
</article></div></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>A short update from the co-op every month.</p></div></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
<p>Tolland Valley Community Energy Ltd is a community benefit society registered with the FCA, no. 8123.</p>
<p>The Old Station, Tolland, TL4 2RD</p></div></section></footer>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const coop: TestPage = {
  name: 'heldout241-squarespace-coop-news',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cBody[2] as string, cBody[6] as string],
  body: texts(cBody.filter((_, i) => i !== 2 && i !== 6)),
  bylines: ['2 Mar', 'Gwen Aldous'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Share offer now open. Invest from £100 by 30 April.', 'Projects', 'News', 'Invest', 'Contact', 'Join the co-op',
    'The south-facing roof of Ashby Mill, where 560 panels will be installed. Photo: Jonah Pell', 'View offer documents', 'Previous',
    'Report from our 2025 AGM', 'Next', "Join our heat pump buyers' club", 'Stay in the loop', 'A short update from the co-op every month.', 'Sign Up',
    'Tolland Valley Community Energy Ltd is a community benefit society registered with the FCA, no. 8123.', 'The Old Station, Tolland, TL4 2RD',
  ],
};

const pTitle = 'Basin operators push refrac programs as new well costs climb';
const pH = ['Economics favor older wells', 'Service capacity is the bottleneck'];
const pBody1 = [
  j(
    'Operators in the Carrow Basin are turning to refracturing older horizontal wells as the cost of drilling and completing a',
    'new well has climbed above $8.5 million, according to executives speaking at the Southern Plains Energy Forum last week.',
  ),
  j('At least six mid-size producers said they plan to refrac between 40 and 120 wells each this year, up from a handful of', 'trial jobs in 2024.'),
];
const pBody2 = [
  j(
    'A refrac typically costs $2 million to $3 million and can restore production to 60% to 80% of a well&#8217;s initial rate,',
    'said Lionel Varga, chief operating officer of Redstem Energy. Because the well and surface equipment are already in',
    'place, the payback period is often under a year at current oil prices.',
  ),
  j(
    '&#8220;We have 900 wells that were completed with designs from 2014 and 2015, with stages three times as long as we use',
    'today,&#8221; Varga said. &#8220;There is a lot of rock in those laterals that was never stimulated.&#8221;',
  ),
  'The best candidates share a few traits:',
  'laterals completed with fewer than 30 stages',
  'casing in good enough condition to accept an expandable liner',
  'no offset wells drilled close enough to have drained the same rock',
];
const pBody3 = [
  j(
    'The main constraint is equipment. Refracs need expandable liners and smaller, more flexible frac fleets, and service',
    'companies have been slow to shift crews away from new-well work, which still pays better per day.',
  ),
  j(
    'Two pressure-pumping companies said they would dedicate fleets to refrac work in the second half of the year. Operators',
    'expect the added capacity to bring the cost of a refrac down by 10% to 15% by 2027.',
  ),
];
const pMenu = ['Upstream', 'Midstream', 'Downstream', 'Energy Transition', 'Rig Count', 'Magazine', 'Events'];
const pMore = ['Permian gas takeaway expansion reaches final investment decision', 'Offshore lease sale draws record bids in the western Gulf'];
const pSide = ['Rig count slips for third straight week', 'Crude inventories fall more than expected', 'Pipeline operator posts record throughput'];
const pFoot = ['About Us', 'Advertise', 'Subscribe', 'Contact', 'Privacy Policy'];
const cm = (id: number, author: string, date: string, text: string): string => `<li class="comment" id="li-comment-${id}"><article>
<footer><img alt="" src="/avatar.png" class="avatar avatar-50 photo" height="50" width="50"><cite>${author}</cite>
<a href="#comment-${id}" class="comment-link"><time datetime="2026-02-18">${date}</time></a></footer>
<div class="comment-content"><p>${text}</p></div><div class="comment-meta" id="comment-${id}"><a rel="nofollow" class="comment-reply-link"
href="#comment-${id}">Reply</a></div></article></li>`;
const pC1 = 'Liner supply is the real bottleneck. Lead times for expandables are over six months right now.';
const pC2 = 'Good piece. Would be interesting to see decline curves on the first refracs after two years.';
const pHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${pTitle} | Wellhead Journal</title>
<meta name="description" content="Refracs cost a fraction of a new well as drilling costs climb.">
<meta property="og:type" content="article"><meta property="article:section" content="Upstream">
<meta property="article:published_time" content="2026-02-17T13:05:22+00:00"><meta name="author" content="Carla Benning">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}",
"author":{"@type":"Person","name":"Carla Benning"},"datePublished":"2026-02-17T13:05:22+00:00"}</script>
<script>var tdBlocksArray = []; var tds_login_sing_in_widget = "show"; var td_ajax_url = "/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6";</script>
</head>
<body class="post-template-default single single-post postid-77120 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time">Tuesday, February 17, 2026</div>
<ul class="top-header-menu">${links(['Log In', 'Subscribe to the magazine'], 'menu-item')}</ul></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="/">
<span class="td-visual-hidden">Wellhead Journal</span></a></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">
<ul id="menu-main-menu-1" class="sf-menu">${links(pMenu, 'menu-item menu-item-type-taxonomy')}</ul></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a class="entry-crumb" href="/category/upstream/">Upstream</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-77120" class="post-77120 post type-post status-publish format-standard has-post-thumbnail category-upstream">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/upstream/">Upstream</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${pTitle}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/cbenning/">Carla Benning</a>
<div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="2026-02-17T13:05:22+00:00">February 17, 2026</time></span><div class="td-post-views"><i class="td-icon-views"></i>
<span class="td-nr-views-77120">1,284</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><span class="td-social-but-text">Share</span>
<a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-linkedin" href="#"><div class="td-social-but-text">Linkedin</div></a></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><img class="entry-thumb" src="/uploads/refrac.jpg"
alt="Frac fleet on a well pad"><figcaption class="wp-caption-text">A frac fleet at work on a Carrow Basin pad. (Source: Redstem Energy)</figcaption>
</figure></div>
${ps(pBody1)}
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div id="div-gpt-ad-inline"></div></div>
<h2 class="wp-block-heading">${pH[0]}</h2>
${ps(pBody2.slice(0, 3))}
<ul>${lis(pBody2.slice(3))}</ul>
<div class="td_block_wrap td_block_related_posts td-inline-related"><h4 class="td-related-title"><span>Related</span></h4>
<ul>${links(pMore.slice(0, 1))}</ul></div>
<h2 class="wp-block-heading">${pH[1]}</h2>
${ps(pBody3)}</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${links(['refracturing', 'Carrow Basin', 'well costs'])}</ul></div>
<div class="author-box-wrap"><a href="/author/cbenning/"><img alt="" src="/avatar.png" class="avatar"></a><div class="desc">
<div class="td-author-name vcard author"><span class="fn"><a href="/author/cbenning/">Carla Benning</a></span></div>
<div class="td-author-description">Carla Benning covers upstream operations and oilfield services from Midland.</div></div></div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><span class="td-related-left">You might also like</span>
<span class="td-related-right">More from author</span></h4><div class="td-related-row">${pMore
  .map(
    (t) => `<div class="td-related-span4">
<h3 class="entry-title td-module-title"><a href="/news/">${t}</a></h3></div>`,
  )
  .join('\n')}</div></div>
</article>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div>
<ol class="comment-list">${cm(9011, 'Dwayne Pruitt', 'February 17, 2026 at 4:12 pm', pC1)}
${cm(9012, 'M. Esposito', 'February 18, 2026 at 8:40 am', pC2)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment"></textarea></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_1">
<h4 class="block-title"><span class="td-pulldown-size">LATEST NEWS</span></h4>${pSide
  .map(
    (t) => `<div class="td_module_6">
<h3 class="entry-title td-module-title"><a href="/news/">${t}</a></h3></div>`,
  )
  .join('\n')}</div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span></div></div></div></div></div></div>
<div class="td-footer-wrapper td-footer-template-14"><div class="footer-text-wrap">Wellhead Journal is the trade journal of record for
upstream oil and gas.</div><ul class="footer-menu">${links(pFoot)}</ul></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">© 2026 Wellhead Media Group</div></div></div>
<script type="text/javascript" src="/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6"></script></body></html>`;
const trade: TestPage = {
  name: 'heldout241-newspaper-theme-oilgas-trade',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pH,
  body: texts([...pBody1, ...pBody2, ...pBody3]),
  bylines: ['By', 'Carla Benning', 'February 17, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuesday, February 17, 2026', 'Log In', 'Subscribe to the magazine', 'Wellhead Journal', ...pMenu, 'Home', '1,284', 'Share', 'Facebook', 'Linkedin',
    'A frac fleet at work on a Carrow Basin pad. (Source: Redstem Energy)', '- Advertisement -', 'Related', ...pMore, 'TAGS',
    'well costs', 'Carla Benning covers upstream operations and oilfield services from Midland.', 'You might also like', 'More from author',
    '2 COMMENTS', 'Dwayne Pruitt', 'February 17, 2026 at 4:12 pm', pC1, 'M. Esposito', 'February 18, 2026 at 8:40 am', pC2, 'Reply', 'LEAVE A REPLY',
    ...pSide, 'LATEST NEWS', 'Wellhead Journal is the trade journal of record for upstream oil and gas.', ...pFoot, '© 2026 Wellhead Media Group',
  ],
};

export const HELDOUT241_E: readonly TestPage[] = [coop, trade];
