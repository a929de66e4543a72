import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 89, file c2: a trade publication story on WordPress with the tagDiv Newspaper theme (top bar with date and
 * links, the header ad with "- Advertisement -", main menu and the hidden mobile menu, the category, "By" author and date,
 * comment and view counts, the top share bar, the featured image caption, an inline ad and a "READ MORE:" link inside the
 * content, a newsletter box inside the content, TAGS, the bottom share bar, previous/next article, the author box, "RELATED
 * ARTICLES / MORE FROM AUTHOR", the "LEAVE A REPLY" form, the sidebar, the footer and a CookieYes consent banner).
 */
const trTitle = 'Polarline opens fully automated frozen warehouse in Ohio, its first in the Midwest';
const trP1 = [
  'Polarline Logistics has opened a 310,000-square-foot automated frozen storage facility in Greenfield Township, Ohio, giving the ' +
    'temperature-controlled 3PL its first owned site in the Midwest.',
  'The building holds 46,000 pallet positions in a high-bay freezer kept at minus 10 degrees Fahrenheit. Pallets are moved by stacker cranes and ' +
    'shuttles from Swedish integrator Kalvik Systems, and no staff work inside the frozen storage area during normal operations.',
  'Polarline said the $182 million project was anchored by long-term agreements with two frozen food manufacturers that already ship through the ' +
    'company’s Pennsylvania sites. It expects the building to reach 70% occupancy by the middle of next year.',
];
const trH1 = 'Labor and energy drove the design';
const trP2 = [
  '“Finding people who want to work eight hours in a freezer has become the single hardest part of this business,” said Polarline chief operating ' +
    'officer Dana Kowalczyk. “Automation was not a nice-to-have for this building. Without it, we could not have staffed it.”',
  'The site employs 64 people, most of them in the refrigerated dock, value-added services and maintenance. Kowalczyk said a conventional facility of ' +
    'the same capacity would need about 140.',
  'The high-bay design also cuts energy use. Because the freezer is 120 feet tall and densely packed, it has less surface area to cool per pallet than ' +
    'a conventional building. Polarline estimates its energy use per pallet will be 35% lower than at its older sites.',
];
const trReadMore =
  '<strong>READ MORE:</strong> <a href="https://coldchaintoday.com/2025/09/23/automated-cold-storage-capacity-2025/">Automated cold storage capacity set ' +
  'to double by 2028, report finds</a>';
const trH2 = 'Ammonia and CO2 refrigeration';
const trP3 = [
  'The facility uses a low-charge ammonia system for the freezer and a CO2 system for the docks, which are held at 35 degrees. The building’s roof ' +
    'carries a 2.4-megawatt solar array that the company says will supply about a fifth of its annual power.',
  'Kowalczyk said the company chose Greenfield Township for its position near two interstates, within a day’s drive of about half of the U.S. ' +
    'population, and for a state grant of $4.5 million tied to job creation.',
];
const trH3 = 'More sites planned';
const trP4 = [
  'Polarline now operates nine facilities with a combined 1.9 million pallet positions. The company said it is in talks for a site in the Dallas–Fort ' +
    'Worth area and expects to announce it early next year.',
  'Industry analysts say automated sites still make up a small share of U.S. cold storage capacity, but most new construction now includes some automation.',
  '“Five years ago, a fully automated freezer was something you went to Europe to see,” said Mariana Ebbesen, a supply chain consultant who tracks the ' +
    'sector. “Now operators are asking why they would build anything else.”',
];
const trTop = ['Advertise', 'Subscribe', 'Contact', 'Events'];
const trMenu = ['Home', 'News', 'Warehousing', 'Transportation', 'Technology', 'Food Safety', 'Pharma', 'Podcast', 'Magazine'];
const trShare = ['Facebook', 'Twitter', 'Linkedin', 'Email', 'Print'];
const trCaption = 'Polarline’s Greenfield Township facility has 46,000 pallet positions in a 120-foot-tall freezer. Photo: Polarline Logistics';
const trNews = ['Get Cold Chain Today in your inbox', 'The week’s temperature-controlled logistics news, every Tuesday and Thursday.', 'Email address'];
const trTags = ['automation', 'cold storage', 'Ohio', 'Polarline Logistics', 'warehousing'];
const trPrev = 'Reefer spot rates climb for third straight week as holiday volumes build';
const trNext = 'FDA finalizes food traceability rule timeline: what shippers need to know';
const trBio =
  'Greg Halvorsen is senior editor at Cold Chain Today, where he covers warehousing, automation and real estate. He has reported on the ' +
  'logistics industry since 2009.';
const trRelated = [
  'Automated cold storage capacity set to double by 2028, report finds',
  'Frozen food maker signs 10-year deal for dedicated freezer space in Georgia',
  'Why ammonia is making a comeback in new-build cold stores',
];
const trReply = [
  'LEAVE A REPLY',
  'Cancel reply',
  'Please enter your comment!',
  'Please enter your name here',
  'You have entered an incorrect email address!',
  'Please enter your email address here',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const trSide = ['STAY CONNECTED', '12,480 Fans', 'Like', '6,210 Followers', 'Follow', 'MOST POPULAR'];
const trPopular = [
  'Top 25 cold storage providers 2025',
  'Temperature excursions cost pharma shippers $35 billion a year',
  'How one grocer cut shrink with real-time reefer monitoring',
];
const trAbout =
  'Cold Chain Today covers the business of temperature-controlled logistics: warehousing, transportation, technology and regulation for ' +
  'food and pharmaceutical supply chains.';
const trFoot = ['About Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Contact'];
const trCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All", you ' +
    'consent to our use of cookies.',
  'Customise',
  'Reject All',
  'Accept All',
];
const trP = (t: string): string => `<p>${t}</p>`;
const trAd = (id: string): string => `<div class="td-a-rec td-a-rec-id-${id}"><span class="td-adspot-title">- Advertisement -</span><div
class="td-ad-slot"></div></div>`;
const trHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Polarline opens fully automated frozen warehouse in Ohio, its first in the Midwest - Cold Chain Today</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="${trTitle} - Cold Chain Today"><meta property="og:site_name" content="Cold Chain Today">
<meta property="article:published_time" content="2025-11-04T14:20:31+00:00"><meta name="author" content="Greg Halvorsen">
<meta name="generator" content="WordPress 6.8.3"><link rel="canonical"
href="https://coldchaintoday.com/2025/11/04/polarline-automated-frozen-warehouse-ohio/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${trTitle}",
"datePublished":"2025-11-04T14:20:31+00:00","author":{"name":"Greg Halvorsen"},"articleSection":["Warehousing"],"wordCount":612},
{"@type":"WebSite","name":"Cold Chain Today","url":"https://coldchaintoday.com/"}]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://coldchaintoday.com/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all">
<script type="text/javascript" src="https://coldchaintoday.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-48213 single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope
itemtype="https://schema.org/WebPage"><div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div><div id="td-mobile-nav" style="display:none"><div class="td-mobile-content"><ul id="menu-main-1"
class="td-mobile-main-menu">
${links(trMenu, 'menu-item')}</ul></div></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">
<div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu">
<div class="td_data_time"><div>Wednesday, November 5, 2025</div></div><div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu">
${links(trTop, 'menu-item')}</ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo">
<a class="td-main-logo" href="https://coldchaintoday.com/"><img class="td-retina-data" src="https://coldchaintoday.com/wp-content/uploads/logo.png"
alt="Cold Chain Today"><span class="td-visual-hidden">Cold Chain Today</span></a></div><div class="td-header-sp-recs">${trAd('header')}</div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row
td-header-main-menu">
<div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div>
<div class="menu-main-menu-container"><ul id="menu-main-menu" class="sf-menu">${links(trMenu, 'menu-item menu-item-type-taxonomy')}</ul></div></div>
<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button"></a></div></div>
</div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://coldchaintoday.com/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in Warehousing" class="entry-crumb" href="https://coldchaintoday.com/category/warehousing/">Warehousing</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-warehousing tag-automation">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a
href="https://coldchaintoday.com/category/warehousing/">Warehousing</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${trTitle}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div
class="td-author-by">By</div>
<a href="https://coldchaintoday.com/author/ghalvorsen/">Greg Halvorsen</a><div class="td-author-line"> - </div></div><span class="td-post-date">
<time class="entry-date updated td-module-date" datetime="2025-11-04T14:20:31+00:00">November 4, 2025</time></span>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i class="td-icon-views"></i><span
class="td-nr-views-48213">1,206</span></div></div></header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"><span class="td-social-share-text">Share</span></div><div class="td-default-sharing">
${trShare.map((t) => `<a class="td-social-sharing-button td-social-${t.toLowerCase()}" href="#"><div class="td-social-but-text">${t}</div></a>`).join('\n')}
</div></div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a
href="https://coldchaintoday.com/wp-content/uploads/2025/11/polarline.jpg"
data-caption=""><img width="696" height="392" class="entry-thumb td-modal-image"
src="https://coldchaintoday.com/wp-content/uploads/2025/11/polarline-696x392.jpg"
alt="" title="polarline-greenfield"></a><figcaption class="wp-caption-text">${trCaption}</figcaption></figure></div>
${trP1.map(trP).join('\n')}
${trAd('content_inline')}
<h3 class="wp-block-heading">${trH1}</h3>
${trP2.map(trP).join('\n')}
${trP(trReadMore)}
<div class="wp-block-group newsletter-inline"><div class="wp-block-group__inner-container"><h4 class="wp-block-heading">${trNews[0]}</h4><p>${trNews[1]}</p>
<form class="mc4wp-form" method="post"><label for="mc4wp-email">${trNews[2]}</label><input id="mc4wp-email" type="email" name="EMAIL"><input type="submit"
value="Sign up"></form></div></div>
<h3 class="wp-block-heading">${trH2}</h3>
${trP3.map(trP).join('\n')}
<h3 class="wp-block-heading">${trH3}</h3>
${trP4.map(trP).join('\n')}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(trTags)}</ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><span class="td-social-share-text">Share</span></div>
<div class="td-default-sharing">${trShare
  .map(
    (t) => `<a class="td-social-sharing-button" href="#"><div
class="td-social-but-text">${t}</div></a>`,
  )
  .join('')}</div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="https://coldchaintoday.com/2025/11/03/reefer-spot-rates/">${trPrev}</a></div></div><div class="td-block-span6 td-post-next-post">
<div class="td-post-next-prev-content"><span>Next article</span><a
href="https://coldchaintoday.com/2025/11/05/fda-traceability/">${trNext}</a></div></div></div>
<div class="author-box-wrap"><a href="https://coldchaintoday.com/author/ghalvorsen/"><img alt="" src="https://secure.gravatar.com/avatar/9a1c?s=96"
class="avatar"></a>
<div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="https://coldchaintoday.com/author/ghalvorsen/">Greg
Halvorsen</a></span></div>
<div class="td-author-description">${trBio}</div></div></div></footer></article>
<div class="td_block_wrap td_block_related_posts"><div class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a
class="td-related-right" href="#">MORE FROM AUTHOR</a></div><div class="td_block_inner">
${trRelated
  .map(
    (t, i) => `<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a
href="/r/${i}/">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 id="reply-title" class="comment-reply-title"><span>${trReply[0]}</span>
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${trReply[1]}</a></small></h4>
<form action="https://coldchaintoday.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment"></textarea><div
class="td-warning-comment">${trReply[2]}</div>
</div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Name:*" type="text"><div
class="td-warning-author">${trReply[3]}</div></div><div class="comment-form-input-wrap td-form-email"><input id="email" name="email"
placeholder="Email:*" type="text">
<div class="td-warning-email-error">${trReply[4]}</div><div class="td-warning-email">${trReply[5]}</div></div><p class="comment-form-cookies-consent"><input
id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">${trReply[6]}</label></p><p class="form-submit"><input name="submit"
type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>${trSide[0]}</span></h4><div class="td-social-list"><div
class="td_social_type">
<span class="td_social_info">${trSide[1]}</span><span class="td_social_button">${trSide[2]}</span></div><div class="td_social_type"><span
class="td_social_info">${trSide[3]}</span><span class="td_social_button">${trSide[4]}</span></div></div></div>
${trAd('sidebar')}<div class="td_block_wrap td_block_7"><h4 class="block-title"><span>${trSide[5]}</span></h4><div class="td_block_inner">
${trPopular.map((t, i) => `<div class="td_module_6"><h3 class="entry-title td-module-title"><a href="/p/${i}/">${t}</a></h3></div>`).join('\n')}
</div></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-span12"><aside class="footer-text-wrap"><div class="block-title">
<span>ABOUT US</span></div>${trAbout}</aside></div></div></div><div class="td-sub-footer-container td-container-wrap"><div class="td-container">
<div class="td-sub-footer-copy">© Cold Chain Today 2025. All rights reserved.</div><div class="td-sub-footer-menu"><ul
class="td-subfooter-menu">${links(trFoot)}</ul>
</div></div></div></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">${trCookie[0]}</p>
<div class="cky-notice-group"><div class="cky-notice-des"><p>${trCookie[1]}</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn
cky-btn-customize">
${trCookie[2]}</button><button class="cky-btn cky-btn-reject">${trCookie[3]}</button><button class="cky-btn
cky-btn-accept">${trCookie[4]}</button></div></div>
</div></div></div>
<script type="text/javascript"
src="https://coldchaintoday.com/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8"></script></body></html>`;
export const tradeStory: TestPage = {
  html: trHtml,
  name: 'heldout89-wordpress-trade-news',
  kind: 'news',
  // the "READ MORE:" line inside the content and the newsletter box are furniture; "By", the author and the date are
  // bylines; category, breadcrumbs, counts, share bars, caption, ad labels, tags, previous/next, author box, related
  // posts, the reply form, sidebar, footer and cookie banner are furniture (the hidden mobile menu repeats the main menu)
  title: trTitle,
  headings: [trH1, trH2, trH3],
  body: texts([...trP1, ...trP2, ...trP3, ...trP4]),
  bylines: ['By', 'Greg Halvorsen', 'November 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wednesday, November 5, 2025', ...trTop, '- Advertisement -', 'Cold Chain Today', ...trMenu, 'Warehousing', '1,206', 'Share', ...trShare, trCaption,
    ...texts([trReadMore]), ...trNews, 'TAGS', ...trTags, 'Previous article', trPrev, 'Next article', trNext, trBio, 'RELATED ARTICLES', 'MORE FROM AUTHOR',
    ...trRelated, ...trReply, ...trSide, ...trPopular, 'ABOUT US', trAbout, '© Cold Chain Today 2025. All rights reserved.', ...trFoot, ...trCookie,
  ],
};
