import { links, ps, type TestPage, texts } from './page-kit.js';
import { ptiHinduNews } from './pages-heldout178-e2.js';

/**
 * Held-out batch 178, file e: a Kenya News Agency story on kenyanews.go.ke, a WordPress site on the tagDiv Newspaper theme
 * with Cloud Library templates (the top bar with the date, the header menu and the hidden mobile menu that repeats it, the
 * breadcrumbs, the category tag, the h1, the "By" author and date, the share buttons, the featured image caption, the
 * "By ..." line closing the text, "TAGS", previous / next article links, "RELATED ARTICLES" and "MORE FROM AUTHOR" tabs,
 * the "LEAVE A REPLY" comment form with its hidden validation texts, the sidebar and the footer) and, from file e2, a Press
 * Trust of India story on a newspaper site.
 */
const knTitle = 'Dairy farmers in Kiamwathi get solar milk coolers to curb losses';
const knP = [
  'Over 1,500 dairy farmers in Kiamwathi Sub-County are set to reduce post-harvest losses after the county government ' +
    'installed three solar-powered milk coolers at collection centres in the area.',
  'Speaking during the commissioning of the coolers at Gikoe Market on Monday, County Executive Committee Member (CECM) for ' +
    'Agriculture, Livestock and Fisheries, Ms. Esther Wambui, said the farmers had been losing up to 20 percent of their ' +
    'evening milk because it went sour before it could be collected by processors the next morning.',
  '&quot;Our farmers milk their cows in the evening but there is no one to buy that milk until the following day. Without ' +
    'cooling, much of it is poured away or sold cheaply to brokers. These coolers will change that,&quot; said Ms. Wambui.',
  'Each cooler has a capacity of 3,000 litres and is powered by solar panels with battery backup, which the CECM said was ' +
    'important in an area where power outages are frequent and many collection centres are not connected to the grid.',
  'The project, which cost Sh18.6 million, was funded jointly by the county government and a development partner under a ' +
    'programme that supports smallholder value chains.',
  'Ms. Wambui added that the coolers would be managed by the Kiamwathi Dairy Farmers Cooperative Society, whose members ' +
    'have been trained on hygiene, record keeping and the maintenance of the equipment.',
  'The chairman of the cooperative, Mr. Joseph Kamau Ndung&#39;u, said the coolers would also strengthen the farmers&#39; hand ' +
    'when negotiating prices with processors.',
  '&quot;When milk can wait, the farmer can wait for a better price. Processors now have to compete for our milk,&quot; he said, ' +
    'adding that the society expected to raise the price paid to members from Sh45 to at least Sh50 per litre.',
  'Sub-County Livestock Officer Dr. Paul Mwangi urged farmers to observe clean milking practices, noting that coolers could ' +
    'only preserve milk that was delivered in good condition.',
  'He said the department would also step up artificial insemination services and vaccination campaigns in the area to ' +
    'improve the quality of dairy herds and increase production.',
];
const knBy = 'By Njeri Maina and Collins Otieno';
const knCaption = 'Agriculture CECM Ms. Esther Wambui (centre) inspects one of the new solar milk coolers at Gikoe Market.';
const knNav = ['Home', 'News', 'Features', 'County News', 'Agriculture', 'Health', 'Education', 'Business', 'Sports', 'Photo Gallery'];
const knShare = ['Facebook', 'Twitter', 'WhatsApp', 'Linkedin', 'Telegram'];
const knTags = ['dairy farming', 'milk coolers', 'Kiamwathi'];
const knPrev = 'Youth groups trained on tree seedling production';
const knNext = 'County rolls out free maize seed for short rains';
const knRelated = [
  'Farmers urged to embrace fodder conservation',
  'Cooperative gets Sh5 million grant to expand milk processing',
  'Vets warn of foot and mouth outbreak',
];
const knMore = ['Widows receive dairy goats under empowerment scheme', 'Residents trained on rainwater harvesting'];
const knForm = [
  'Please enter your comment!',
  'Please enter your name here',
  'You have entered an incorrect email address!',
  'Please enter your email address here',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const knLatest = [
  'Governor launches mobile clinics for remote villages',
  'Students receive bursary cheques worth Sh12 million',
  'KeNHA begins upgrade of link road',
];
const knAbout = 'Kenya News Agency is the government news agency, gathering and disseminating news and information from every county.';
const knHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Dairy farmers in Kiamwathi get solar milk coolers to curb losses &#8211; Kenya News Agency</title>
<meta name="robots" content="index, follow"><meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="${knTitle}">
<meta property="og:site_name" content="Kenya News Agency"><meta property="article:published_time" content="2025-11-03T15:40:18+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${knTitle}",
"author":{"name":"Njeri Maina"},"datePublished":"2025-11-03T15:40:18+00:00","articleSection":["Agriculture"],"inLanguage":"en-US"}]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://www.kenyanews.go.ke/wp-content/themes/Newspaper/style.css?ver=12.6.8" type="text/css" media="all">
<script type="text/javascript" src="https://www.kenyanews.go.ke/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-151209 single-format-standard td-standard-pack global-block-template-1
 tdb_template_98 tdb-template">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div><div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container">
<div class="td-mobile-content"><ul id="menu-main-menu-1" class="td-mobile-main-menu">${links(knNav, 'menu-item')}</ul></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap"><div class="td-header-template-wrap">
<div class="tdc-row"><div class="tdb-block tdb_header_date"><div class="tdb-head-date-txt">Monday, November 3, 2025</div></div></div>
<div class="tdc-row"><div class="tdb-header-logo"><a class="tdb-logo-a" href="https://www.kenyanews.go.ke/"><img class="tdb-logo-img"
src="https://www.kenyanews.go.ke/wp-content/uploads/2021/03/KNA-logo.png" alt="Kenya News Agency"></a></div>
<div class="tdb_header_menu"><ul id="menu-main-menu"
class="tdb-block-menu tdb-menu tdb-menu-items-visible">${links(knNav, 'menu-item tdb-menu-item-button')}</ul></div>
</div></div></div>
<div id="tdb-autoload-article" data-autoload="off"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">
<article id="template-id-98"
class="post-151209 post type-post status-publish format-standard has-post-thumbnail category-agriculture"><div class="tdc-row stretch_row_1200">
<div class="tdb-block tdb_breadcrumbs"><span><a title="" class="tdb-entry-crumb" href="https://www.kenyanews.go.ke/">Home</a></span>
<i class="tdb-bread-sep td-icon-right"></i><span>
<a title="View all posts in Agriculture" class="tdb-entry-crumb" href="/category/agriculture/">Agriculture</a></span></div>
<div class="tdb-block tdb_single_categories"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/category/agriculture/">
<span class="tdb-cat-bg"></span>Agriculture</a></div></div>
<div class="tdb-block tdb_title"><h1 class="tdb-title-text">${knTitle}</h1></div>
<div class="tdb-block tdb_single_author"><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span>
<a class="tdb-author-name" href="https://www.kenyanews.go.ke/author/njeri-maina/">Njeri Maina</a></div></div>
<div class="tdb-block tdb_single_date"><time class="entry-date updated td-module-date" datetime="2025-11-03T15:40:18+00:00">November 3, 2025</time></div>
<div class="tdb-block tdb_single_post_share"><div class="td-post-sharing"><div class="td-post-sharing-visible">
<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-text">Share</div></div>
${knShare
  .map(
    (t) => `<a class="td-social-sharing-button td-social-${t.toLowerCase()}" href="#" title="${t}">
<div class="td-social-but-text">${t}</div></a>`,
  )
  .join('\n')}
</div></div></div>
<div class="tdb-block tdb_single_featured_image"><div class="tdb-block-inner td-fix-index"><figure><img class="entry-thumb" alt=""
src="https://www.kenyanews.go.ke/wp-content/uploads/2025/11/milk-coolers.jpg"><figcaption class="tdb-caption-text">${knCaption}</figcaption></figure>
</div></div>
<div class="tdb-block tdb_single_content td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">
${ps(knP)}
<p><strong>${knBy}</strong></p>
</div></div>
<div class="tdb-block tdb_single_tags"><ul class="tdb-tags"><li><span>TAGS</span></li>${links(knTags)}</ul></div>
<div class="tdb-block tdb_single_next_prev"><div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>Previous article</span>
<a href="/prev/">${knPrev}</a></div>
<div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>Next article</span><a href="/next/">${knNext}</a></div></div>
<div class="tdb-block td_block_related_posts"><div class="td-related-header"><h4 class="td-related-title td-block-title">
<a class="td-related-left td-cur-simple-item"
href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4></div>
<div class="td_block_inner">${knRelated
  .map(
    (t) => `<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="#">${t}</a></h3>
</div>`,
  )
  .join('')}</div>
<div class="td_block_inner" style="display:none">${knMore
  .map(
    (t) => `<div class="td-related-span4"><h3 class="entry-title"><a href="#">${t}</a></h3>
</div>`,
  )
  .join('')}</div></div>
<div class="tdb-block tdb_single_comments"><div class="comments" id="comments"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title"><span>LEAVE A REPLY</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond"
style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" name="comment" cols="45" rows="8"></textarea>
<div class="td-warning-comment">${knForm[0]}</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author"
placeholder="Name:*" type="text" value=""><div class="td-warning-author">${knForm[1]}</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="">
<div class="td-warning-email-error">${knForm[2]}</div><div class="td-warning-email">${knForm[3]}</div></div>
<div class="comment-form-input-wrap td-form-url"><input class="" id="url" name="url" placeholder="Website:" type="text" value=""></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${knForm[4]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div>
<div class="tdb-block td_block_sidebar"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Latest News</span></h4></div>
<ul>${links(knLatest)}</ul></div>
</div></article></div></div></div>
<div class="td-footer-template-wrap"><div class="tdc-row"><div class="tdm-title"><h3>ABOUT US</h3></div><p class="tdm-descr">${knAbout}</p>
<div class="tdm-title"><h3>FOLLOW US</h3></div><div class="tdm-social-wrapper">${links(['Facebook', 'Twitter', 'Youtube'])}</div>
<div class="tdb-block tdb_footer_copy"><p>© Kenya News Agency 2025</p></div></div></div></div>
<script type="text/javascript" src="https://www.kenyanews.go.ke/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8">
</script></body></html>`;
const knaNews: TestPage = {
  html: knHtml,
  name: 'heldout178-kna-news',
  kind: 'news',
  // the closing "By ..." paragraph is a byline; the comment form's hidden validation texts are furniture
  title: knTitle,
  headings: [],
  body: texts(knP),
  bylines: ['Njeri Maina', 'November 3, 2025', knBy],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Monday, November 3, 2025', ...knNav, 'Share', ...knShare, knCaption, 'TAGS', ...knTags, 'Previous article', knPrev, 'Next article', knNext,
    'RELATED ARTICLES', 'MORE FROM AUTHOR', ...knRelated, ...knMore, 'LEAVE A REPLY', 'Cancel reply', ...knForm, 'Latest News', ...knLatest,
    'ABOUT US', knAbout, 'FOLLOW US', 'Youtube', '© Kenya News Agency 2025',
  ],
};

export const HELDOUT178_E: readonly TestPage[] = [knaNews, ptiHinduNews];
