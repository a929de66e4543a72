import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file f2: a trade press story on a contract award on WordPress with the tagDiv Newspaper theme (top bar
 * with date and login, the header ad slot, the main menu, the td-post-header with category, author, date, views and comment
 * count, the share bar, the featured image with caption, an inline "Read more" promo, a pull quote, source / tags rows, the
 * author box, "Related articles", the comments with the reply form, the sidebar with popular posts and a newsletter, and the
 * footer).
 */
const pTitle = 'Kessington Rail wins £212m Ashcombe depot upgrade after four-way contest';
const pBody1 = [
  j(
    'Kessington Rail Engineering has won the £212 million contract to rebuild the Ashcombe traction maintenance depot, beating',
    'three rival consortia in one of the largest depot procurements of the year.',
  ),
  j(
    'The award, confirmed by Northern Lines Infrastructure on Tuesday, covers the demolition of the 1960s maintenance shed, the',
    'construction of a six-road building able to take the new twelve-car electric fleet, a wheel lathe, a carriage wash and an',
    'expanded sidings area. Work is due to start in early 2027 and finish in 2030, with the depot kept open throughout.',
  ),
  j(
    'Kessington was up against joint ventures led by Hallam Civils and Ostrava Bau, and a bid from the framework contractor',
    'Greywell Infrastructure. People familiar with the evaluation said the winning bid scored highest on the phasing plan, which',
    'keeps at least four roads in use at every stage of the build.',
  ),
];
const pQuote = j(
  '“The hard part of this job is not the building, it is keeping a working railway running around it for three years,” said',
  'Kessington’s rail director, Oona Threlfall.',
);
const pBody2 = [
  j(
    'Northern Lines Infrastructure said the contract was let as a design-and-build deal with a target cost and a pain-gain share,',
    'rather than the fixed price used on its last two depot schemes. The client said the change was made after cost overruns on',
    'the Milthorpe stabling project, where ground conditions proved worse than the site surveys suggested.',
  ),
  j(
    'The scheme includes 4,800 square metres of solar panels on the new shed roof and a rainwater harvesting system for the',
    'carriage wash, which the client expects to cut the depot’s mains water use by more than half.',
  ),
  j(
    'Around 350 people will work on the site at the peak of construction. Kessington has committed to filling 40 apprenticeships',
    'and to spending at least a quarter of the contract value with small and medium-sized suppliers in the region.',
  ),
  j(
    'Rival bidders have ten days to challenge the decision under the standstill period. None has so far indicated that it will do',
    'so, although one bidder is understood to have asked for a detailed debrief on the price scores.',
  ),
];
const pReadMore = 'Read more: Hallam Civils posts record order book on rail and water work';
const pMenu = ['News', 'Contracts', 'Railways', 'Highways', 'Buildings', 'Opinion', 'Jobs'];
const pRelated = [
  'Greywell Infrastructure named on £1.4bn station framework',
  'Milthorpe stabling overrun blamed on ground surveys',
  'Electric fleet order puts pressure on depot capacity',
];
const pPopular = [
  'Top 100 contractors 2026: the full table',
  'Why tier-two suppliers are walking away from rail work',
  'Five bids in for Harbourside tram extension',
];
const pComments: { who: string; when: string; text: string }[] = [
  {
    who: 'Depot_Dave',
    when: 'July 1, 2026 at 8:14 am',
    text: 'Target cost with pain-gain is the right call for a live depot. Fixed price on a job like this just means a claims war later.',
  },
  {
    who: 'M. Pennick',
    when: 'July 1, 2026 at 11:52 am',
    text: 'Interesting that the phasing plan won it. Hope the client holds them to four roads open, that was promised at Milthorpe too.',
  },
];
const pFoot = ['About us', 'Advertise', 'Contact', 'Privacy Policy', 'Subscribe'];
const pHtml = `<!doctype html><html lang="en-US"><head><title>${pTitle} - Rail &amp; Civils Review</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:type" content="article"><meta property="og:title"
content="${pTitle}">
<meta property="article:published_time" content="2026-06-30T16:05:00+00:00"><meta name="author" content="Callum Breck">
<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"${pTitle}","author":{"@type":"Person","name":"Callum Breck"},
"datePublished":"2026-06-30T16:05:00+00:00"}</script><script>var tdBlocksArray = []; var
td_ajax_url="/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script>
</head><body class="post-template-default single single-post postid-55120 single-format-standard td-standard-pack global-block-template-1
td-full-layout" itemscope
itemtype="https://schema.org/WebPage"><div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full
td-container-wrap"><div class="td-container
td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">Thursday, July 2, 2026</div>
<ul class="top-header-menu td_ul_login"><li class="menu-item"><a class="td-login-modal-js menu-item" href="#login-form">Sign in /
Join</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><span
class="td-visual-hidden">Rail
&amp; Civils Review</span></a></div><div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span
class="td-adspot-title">-
Advertisement -</span><div class="ad-slot" id="div-gpt-ad-header"></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu"
role="navigation"><div class="menu-td-demo-header-menu-container">
<ul id="menu-td-demo-header-menu-1" class="sf-menu">${links(pMenu, 'menu-item menu-item-type-taxonomy')}</ul></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div
class="entry-crumbs"><span><a
title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in Contracts"
class="entry-crumb"
href="/category/contracts/">Contracts</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content"><article id="post-55120" class="post-55120
post type-post
status-publish format-standard has-post-thumbnail category-contracts" itemscope itemtype="https://schema.org/Article"><div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="/category/contracts/">Contracts</a></li></ul><header class="td-post-title">
<h1 class="entry-title">${pTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a
href="/author/callum-breck/">Callum
Breck</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date"
datetime="2026-06-30T16:05:00+00:00">June 30,
2026</time></span><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>2</a></div><div class="td-post-views"><i
class="td-icon-views"></i><span
class="td-nr-views-55120">1,904</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext"><div class="td-post-sharing-visible"><a
class="td-social-sharing-button td-social-facebook"
href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button td-social-twitter" href="#"><span
class="td-social-but-text">Twitter</span></a><a
class="td-social-sharing-button td-social-linkedin" href="#"><span class="td-social-but-text">Linkedin</span></a><a class="td-social-sharing-button
td-social-mail" href="#"><span
class="td-social-but-text">Email</span></a></div></div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a href="/wp-content/uploads/2026/06/ashcombe-depot.jpg"
data-caption="Ashcombe
depot's 1960s maintenance shed will be demolished. Image: Northern Lines Infrastructure"><img width="696" height="392" class="entry-thumb"
src="/wp-content/uploads/2026/06/ashcombe-depot-696x392.jpg"
alt=""></a><figcaption class="wp-caption-text">Ashcombe depot's 1960s maintenance shed will be demolished. Image: Northern Lines
Infrastructure</figcaption></figure></div>
${ps(pBody1)}
<p><strong><a href="/2026/06/hallam-civils-order-book/">${pReadMore}</a></strong></p>
<blockquote class="td_quote_box td_box_center"><p>${pQuote}</p></blockquote>
${ps(pBody2)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box
clearfix"><li><span>TAGS</span></li>${links(['Ashcombe', 'Depots', 'Kessington Rail'])}</ul></div>
<div class="author-box-wrap"><a href="/author/callum-breck/"><img alt="" src="/avatar/cb.jpg" class="avatar avatar-96 photo" height="96"
width="96"></a><div class="desc"><div
class="td-author-name vcard author"><span class="fn"><a href="/author/callum-breck/">Callum Breck</a></span></div><div
class="td-author-description">Callum covers rail
and transport contracts for Rail &amp; Civils Review.</div></div></div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a
class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>${pRelated
  .map(
    (t) => `<div class="td_module_related_posts"><h3 class="entry-title
td-module-title"><a href="#">${t}</a></h3></div>`,
  )
  .join('')}</div>
</article>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div><ol
class="comment-list">${pComments
  .map(
    (c, i) => `<li class="comment" id="li-comment-${i}"><article><footer><img alt="" src="/avatar/${i}.jpg" class="avatar avatar-50
photo"><cite>${c.who}</cite><a class="comment-link"
href="#comment-${i}"><time pubdate="${c.when}">${c.when}</time></a></footer><div class="comment-content"><p>${c.text}</p></div><div
class="comment-meta"><a rel="nofollow"
class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('')}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><form id="commentform"
class="comment-form">
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment" cols="45" rows="8"></textarea></div>
<input class="submit" name="submit" type="submit" value="Post Comment"></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td-a-rec td-a-rec-id-sidebar"><span
class="td-adspot-title">-
Advertisement -</span></div><div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>Most
popular</span></h4><ul>${links(pPopular)}</ul></div>
<div class="td_block_wrap tdn-newsletter"><h4 class="block-title"><span>Daily briefing</span></h4><p>The day's contract awards and tenders, in your
inbox at 7am.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><ul class="td-footer-links">${links(pFoot)}</ul></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-sub-footer-copy">© Rail &amp; Civils Review 2026. Published by Verity Trade
Media.</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-bottom-right" role="dialog"><div class="cmplz-message">We use cookies to
optimise our website and
our service.</div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn
cmplz-deny">Deny</button><button class="cmplz-btn
cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script></body></html>`;
export const tradePress: TestPage = {
  name: 'heldout365-newspaper-theme-trade-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pBody1, pQuote, ...pBody2]),
  bylines: ['Callum Breck', 'June 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thursday, July 2, 2026', 'Sign in / Join', '- Advertisement -', ...pMenu, 'Facebook', 'Twitter', 'Linkedin', 'Email',
    'Ashcombe depot\'s 1960s maintenance shed will be demolished. Image: Northern Lines Infrastructure', pReadMore, 'TAGS', 'Depots',
    'Callum covers rail and transport contracts for Rail & Civils Review.', 'RELATED ARTICLES', 'MORE FROM AUTHOR', ...pRelated, '2 COMMENTS',
    ...pComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply', 'LEAVE A REPLY', 'Most popular', ...pPopular, 'Daily briefing',
    "The day's contract awards and tenders, in your inbox at 7am.", 'Sign up', ...pFoot, '© Rail & Civils Review 2026. Published by Verity Trade Media.',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', '1,904',
  ],
};
