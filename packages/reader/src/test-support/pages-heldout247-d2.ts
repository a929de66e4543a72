import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout247-kit.js';

/** Held-out batch 247, file d2: the transport news site's article on tagDiv's Newspaper theme (see file d). */
const nTitle = 'Vastmark orders 40 battery trains for its northern branch lines';
const nLead = [
  j(
    'Regional operator Vastmark Rail has ordered 40 two-car battery-electric multiple units from Ardent Mobility, in a deal',
    'worth about 410 million euros that will end diesel operation on four branch lines in the north of the country by 2030.',
  ),
  j(
    'The trains will be built at Ardent’s plant in Tormund and will replace a fleet of 1990s diesel railcars. They will run on',
    'overhead power on the main line and switch to batteries on the unelectrified branches, which range from 38 to 84 km long.',
  ),
];
const nH = ['Range and charging', 'Why not hydrogen?', 'Delivery timetable'];
const nRange = [
  j(
    'Ardent says the units will have a range of 120 km on batteries in winter conditions, enough to cover the longest branch,',
    'Hallbeck to Skarn, and back without charging. To give a margin for delays and heating loads, Vastmark will also install',
    'short sections of overhead line at the Skarn and Ostervik terminals, where trains lay over for around 20 minutes.',
  ),
];
const nQuote = j(
  '“We looked hard at what it would cost to wire the branches completely, and it was not close,” said Vastmark’s fleet director,',
  'Arvid Selin. “Two short charging islands and batteries sized for the worst day of the year do the job for a fraction of that.”',
);
const nHydrogen = [
  j(
    'The decision has been watched closely by other regional operators, several of which face the same choice between',
    'batteries, hydrogen and partial electrification for lightly used lines over the next decade.',
  ),
  j(
    'Vastmark ran a trial of a hydrogen train on the Hallbeck line in 2023. Selin said it performed well, but that the cost of',
    'supplying hydrogen to remote depots made it the more expensive option over 30 years.',
  ),
];
const nDelivery = [
  'First unit completed and testing begins in late 2027.',
  'Passenger service on the Hallbeck to Skarn branch from December 2028.',
  'All four branches diesel-free by the December 2030 timetable change.',
];
const nDelivery2 = [
  j(
    'The contract includes maintenance for 15 years at a new depot in Hallbeck, which Ardent will build and staff. Vastmark has',
    'an option for a further 12 units if a planned reopening of the Lindeby line goes ahead.',
  ),
];
const nComments = [
  j(
    'Good to see batteries winning on lines this length. The charging islands at the terminals are the clever part; wiring',
    'the whole branch never made sense for four trains an hour.',
  ),
  'Does anyone know whether the old railcars will be scrapped or sold on? A couple would be ideal for the heritage line at Brask.',
];
const nMenu = ['News', 'Rolling Stock', 'Infrastructure', 'Policy', 'Urban Rail', 'Jobs'];
const nTags = ['battery trains', 'regional rail', 'procurement'];
const nRel = ['Ardent opens test track at Tormund', 'Branch line reopening study published', 'Diesel railcar fleet to be withdrawn early'];
const nPop = ['Night train operator adds second route', 'Signalling contract awarded for coastal line', 'Tram-train trial extended'];
const nHtml = `<!DOCTYPE html>
<html lang="en-US"><head><title>${nTitle} - Trackside Review</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-09T07:45:00+00:00"><meta property="article:section" content="Rolling Stock">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":{"@type":"Person","name":"Mara
Tollund"}}
</script><link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.3" type="text/css" media="all">
<script>var tdBlocksArray=[];var tds_login_sing_in_widget="show";var
td_ajax_url="https://tracksidereview.example/wp-admin/admin-ajax.php?td_theme_name=Newspaper";
</script></head>
<body class="post-template-default single single-post postid-30412 td-standard-pack global-block-template-1 td-full-layout" itemscope
itemtype="https://schema.org/WebPage"><div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu">
<div class="td_data_time">Monday, March 9, 2026</div><ul class="top-header-menu">${links(['Advertise', 'Subscribe', 'Contact'], 'menu-item')}</ul></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container">
<ul id="menu-main-menu-1" class="sf-menu">${links(nMenu, 'menu-item menu-item-type-taxonomy td-menu-item td-normal-menu')}</ul></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb"
href="/category/rolling-stock/">Rolling Stock</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-30412" class="post-30412 post type-post status-publish format-standard has-post-thumbnail category-rolling-stock">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/rolling-stock/">Rolling Stock</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${nTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div
class="td-author-by">By</div> <a href="/author/mara-tollund/">Mara Tollund</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-09T07:45:00+00:00">March 9, 2026</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-30412">1,284</span></div><div class="td-post-comments"><a
href="#comments"><i class="td-icon-comments"></i>2</a></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><span class="td-social-share-text"><span class="td-social-but-text">Share</span></span>
<a class="td-social-sharing-button td-social-facebook" href="#"><span class="td-social-but-text">Facebook</span></a><a class="td-social-sharing-button
td-social-twitter" href="#"><span class="td-social-but-text">Twitter</span></a><a class="td-social-sharing-button td-social-linkedin" href="#"><span
class="td-social-but-text">Linkedin</span></a></div></div>
<div class="td-post-featured-image"><figure><img width="696" height="392" class="entry-thumb" src="/wp-content/uploads/2026/03/ardent-bemu.jpg" alt="">
<figcaption class="wp-caption-text">An impression of the Ardent battery unit in Vastmark livery. Image: Ardent Mobility</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
${ps(nLead)}
<h3>${nH[0]}</h3>
${ps(nRange)}
<blockquote class="td_quote_box td_box_center"><p>${nQuote}</p></blockquote>
<p class="td-read-more-promo"><strong>Read more:</strong> <a href="/ardent-test-track/">Ardent opens test track at Tormund</a></p>
<h3>${nH[1]}</h3>
${ps(nHydrogen)}
<h3>${nH[2]}</h3>
<ul>
${lis(nDelivery)}
</ul>
${ps(nDelivery2)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>
${nTags.map((t) => `<li><a href="/tag/${t.length}/">${t}</a></li>`).join('')}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="/a">Night train operator adds second route</a></div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content">
<span>Next article</span><a href="/b">Port rail link wins planning consent</a></div></div></div>
<div class="author-box-wrap"><a href="/author/mara-tollund/"><img alt="" src="/avatar/mara.jpg" class="avatar"></a><div class="desc"><div
class="td-author-name vcard author"><span class="fn"><a href="/author/mara-tollund/">Mara Tollund</a></span></div><div class="td-author-description">Mara covers
rolling stock and procurement for Trackside Review.</div></div></div></footer></article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a>
<a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>${nRel
  .map(
    (t) => `<div class="td-module-thumb"><h3 class="entry-title td-module-title"><a
href="/r">${t}</a></h3></div>`,
  )
  .join('\n')}</div>
<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>2 COMMENTS</span></h4></div>
<ol class="comment-list">${nComments
  .map(
    (c, i) => `<li class="comment"><article><footer><img alt="" src="/avatar/${i}.jpg" class="avatar"><cite>${['Bjorn Haldane', 'linesider_77'][i]}</cite>
<a class="comment-link" href="#comment-${i}"><time>${['March 9, 2026 At 9:02 am', 'March 9, 2026 At 11:40 am'][i]}</time></a></footer>
<div class="comment-content"><p>${c}</p></div><div class="comment-meta"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3><form class="comment-form">
<textarea placeholder="Comment:" name="comment"></textarea><input class="" name="author" placeholder="Name:*"><input type="submit" class="submit"
value="Post Comment"></form></div></div></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_7"><h4
class="block-title"><span>POPULAR POSTS</span></h4><ul>${links(nPop)}</ul></div>
<div class="td-a-rec td-a-rec-id-sidebar"><span class="td-adspot-title">- Advertisement -</span><img src="/ads/300x250.jpg" alt=""></div>
<div class="td_block_wrap tdn_block_newsletter_subscribe"><h4 class="tds-title">The Trackside Briefing</h4><p class="tdn-descr">Rail industry news in
your inbox every weekday.</p><button class="tdn-btn">Sign up</button></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-footer-bottom-full"><aside class="footer-text-wrap"><div class="block-title"><span>ABOUT
US</span>
</div>Trackside Review is an independent magazine covering railways and urban transport.</aside>
<div class="td-sub-footer-copy">© Trackside Media 2026</div></div></div></div>
<script src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3" id="td-site-min-js"></script></body></html>`;
export const news: TestPage = {
  name: 'heldout247-tagdiv-newspaper-transport-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([...nLead, ...nRange, nQuote, ...nHydrogen, ...nDelivery, ...nDelivery2]),
  bylines: ['Mara Tollund', 'March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Monday, March 9, 2026', 'Advertise', 'Subscribe', 'Contact', ...nMenu, 'Home', '1,284', 'Share', 'Facebook', 'Twitter', 'Linkedin',
    'An impression of the Ardent battery unit in Vastmark livery. Image: Ardent Mobility', 'Read more:', 'Ardent opens test track at Tormund',
    'TAGS', ...nTags, 'Previous article', 'Night train operator adds second route', 'Next article', 'Port rail link wins planning consent',
    'Mara covers rolling stock and procurement for Trackside Review.', 'RELATED ARTICLES', 'MORE FROM AUTHOR', ...nRel.slice(1), '2 COMMENTS',
    ...texts(nComments), 'Bjorn Haldane', 'linesider_77', 'March 9, 2026 At 9:02 am', 'March 9, 2026 At 11:40 am', 'Reply', 'LEAVE A REPLY',
    'POPULAR POSTS', 'Signalling contract awarded for coastal line', 'Tram-train trial extended', '- Advertisement -', 'The Trackside Briefing',
    'Rail industry news in your inbox every weekday.', 'Sign up', 'ABOUT US',
    'Trackside Review is an independent magazine covering railways and urban transport.',
    '© Trackside Media 2026',
  ],
};
