import { links, ps, type TestPage, texts } from './page-kit.js';
import { sep } from './pages-heldout309-d2.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file d: a religious news site's article on the tagDiv Newspaper theme (top bar, main menu, entry
 * crumbs, category label, sub-title, author and date meta with comment and view counts, the top sharing bar, an inline ad
 * slot, a "Read more" link, tags, previous / next posts, author box, related articles, the comment form, a sidebar and
 * the sub-footer) and, from file d2, an encyclopedia entry on the Stanford Encyclopedia of Philosophy template.
 */
const nTitle = 'Methodist and Anglican parishes in the Vale agree to share ministers';
const nSub = 'Eleven congregations will pool clergy and buildings under a ten-year covenant signed on Saturday.';
const nP = [
  j(
    'Eleven Methodist and Anglican congregations in the Vale of Corran have agreed to share ministers, buildings and a single',
    'youth worker under a local covenant signed at St Columba’s, Dunmere, on Saturday afternoon.',
  ),
  j(
    'The agreement, the first of its kind in the region, follows four years of talks prompted by falling attendance and the',
    'retirement of three full-time clergy. Under its terms a Methodist minister may preside at communion in a participating',
    'Anglican church, and an Anglican priest may lead worship in Methodist chapels, with the consent of each local council.',
  ),
];
const nH1 = 'Why now';
const nP2 = [
  j(
    'The Rev. Iona Strachan, superintendent of the Corran Methodist circuit, said the decision had been driven by the villages',
    'rather than by church leaders. “In some places we have two buildings a hundred yards apart, each with nine people on a',
    'Sunday,” she said. “People have been worshipping together at funerals for years. This lets them do it every week.”',
  ),
  j(
    'Not everyone is persuaded. A small group at Kilbrae parish church voted against joining, citing concerns about the',
    'future of their building, which dates from 1790. They will be able to join later if their council changes its mind.',
  ),
];
const nH2 = 'What changes for worshippers';
const nList = [
  'A shared rota of six ministers will cover all eleven congregations from September.',
  'Four buildings will hold alternating services, with a single joint service on the fifth Sunday of the month.',
  'A joint youth worker will be appointed in the autumn, funded equally by both churches.',
];
const nP3 = [
  j(
    'The covenant will be reviewed after five years. Church officials said they would publish attendance figures and finances',
    'for each congregation annually so that members can judge whether it is working.',
  ),
];
const nMenu = ['Home', 'Faith', 'Politics', 'Culture', 'Opinion', 'Podcasts', 'Events'];
const nTags = ['ecumenism', 'Methodist Church', 'rural churches'];
const nRel = ['Cathedral choirs see rise in adult volunteers', 'Small chapels turn to solar power', 'Bishops call for fairer rural bus fares'];
const nPop = ['The quiet return of the parish retreat', 'Five things we learned from the church census', 'A monastery that brews for the food bank'];
const nHtml = `<!doctype html>
<html lang="en-GB"><head><title>${nTitle} | Faith Ledger</title><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta property="article:section" content="Faith">
<meta property="article:published_time" content="2026-03-16T08:30:00+00:00"><meta name="author" content="Callum Reid">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-16T08:30:00+00:00",
"author":[{"@type":"Person","name":"Callum Reid"}],"publisher":{"@type":"Organization","name":"Faith Ledger"}}</script>
<link rel='stylesheet' id='td-theme-css' href='https://faithledger.example/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all'>
<script>var tdBlocksArray = [];var tdLocalCache = {};var
td_ajax_url="https:\\/\\/faithledger.example\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper";</script>
</head><body class="post-template-default single single-post postid-22817 single-format-standard td-standard-pack global-block-template-1 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
<div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">Monday, March 16, 2026</div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://faithledger.example/">
<span class="td-visual-hidden">Faith Ledger</span></a></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient">
<div class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu">
${links(nMenu, 'menu-item menu-item-type-taxonomy menu-item-object-category td-menu-item td-normal-menu')}</ul></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">
<div class="entry-crumbs">
<span><a title="" class="entry-crumb" href="https://faithledger.example/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span>
<a title="View all posts
in Faith" class="entry-crumb" href="/category/faith/">Faith</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i>
<span class="td-bred-no-url-last">${nTitle}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-22817" class="post-22817 post type-post status-publish format-standard has-post-thumbnail category-faith">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/faith/">Faith</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${nTitle}</h1><p class="td-post-sub-title">${nSub}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/creid/">Callum Reid</a>
<div class="td-author-line"> - </div></div><span class="td-post-date">
<time class="entry-date updated td-module-date" datetime="2026-03-16T08:30:00+00:00">March 16, 2026
</time></span><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i class="td-icon-views">
</i>
<span class="td-nr-views-22817">1,482</span></div></div></header></div>
<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1">
<div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="#">
<div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button
td-social-sharing-button-js td-social-network td-social-twitter" href="#"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div
class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-network td-social-whatsapp" href="#"><div class="td-social-but-text">
WhatsApp</div></a></div></div></div>
<div class="td-post-featured-image"><figure><img width="696" height="464" class="entry-thumb" src="/wp-content/uploads/2026/03/covenant-696x464.jpg" alt="">
<figcaption class="wp-caption-text">Church leaders sign the covenant at St Columba’s, Dunmere. Photo: Faith Ledger</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
${ps(nP)}
<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span>
<div class="td-all-devices"><a href="#"><img src="/wp-content/uploads/ads/bookshop-728.jpg" alt=""></a></div></div>
<h3>${nH1}</h3>
${ps(nP2)}
<p><strong>Read more:</strong> <a href="/2026/02/rural-church-census/">Rural church census shows steep fall in clergy numbers</a></p>
<h3>${nH2}</h3>
<ul>${nList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(nP3)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(nTags)}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="/2026/03/lent-fasting/">Lent fasting goes digital in Orkney</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6
td-post-next-post"><div class="td-post-next-prev-content">
<span>Next article</span><a href="/2026/03/hymn-festival/">Hymn festival returns to Perth</a></div></div></div>
<div class="author-box-wrap"><a href="/author/creid/"><img alt="" src="/avatars/creid.jpg" class="avatar avatar-96 photo"></a><div class="desc">
<div class="td-author-name vcard author"><span class="fn"><a href="/author/creid/">Callum Reid</a></span></div>
<div class="td-author-description">Callum reports on
churches and communities across Scotland for Faith Ledger.</div></div></div></footer>
<div class="td_block_wrap td_block_related_posts tdi_5 td_with_ajax_pagination td-pb-border-top td_block_template_1">
<h4 class="td-related-title td-block-title">
<a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>
<div class="td_block_inner">${nRel
  .map(
    (t) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div
class="item-details"><h3 class="entry-title td-module-title"><a href="/${t.length}" rel="bookmark">${t}</a></h3></div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">LEAVE A REPLY</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment">
<textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"></textarea><div class="td-warning-comment">Please enter your comment!</div>
</div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter">
<div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">Stay Connected</span></h4></div><div class="td-social-list">
<div class="td_social_type td-pb-margin-side td_social_facebook"><span class="td_social_info">8,412</span>
<span class="td_social_info td_social_info_name">Fans</span>
<span class="td_social_button"><a href="#">Like</a></span></div></div></div>
<div class="td_block_wrap td_block_7"><div class="td-block-title-wrap"><h4 class="block-title"><span class="td-pulldown-size">Most Popular</span></h4></div>
<div class="td_block_inner">${nPop
  .map(
    (t) => `<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a
href="/${t.length}">${t}</a></h3></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-footer-info">
<div class="footer-text-wrap">Faith Ledger is an independent
news service covering religion in Scotland and beyond.<div class="footer-email-wrap">Contact us: <a
href="mailto:news@faithledger.example">news@faithledger.example</a>
</div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span-td-sub-footer-menu"><div
class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">${links(
  ['About us', 'Advertise', 'Privacy policy', 'Contact'],
  'menu-item',
)}</ul></div>
</div><div class="td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">© Faith Ledger 2026</div></div></div></div></div></div>
<script type='text/javascript' src='https://faithledger.example/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5' id='td-site-min-js'></script>
</body></html>`;
const faithNews: TestPage = {
  name: 'heldout309-tagdiv-newspaper-religion-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2],
  body: texts([nSub, ...nP, ...nP2, ...nList, ...nP3]),
  bylines: ['Callum Reid', 'March 16, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Monday, March 16, 2026', 'Faith Ledger', ...nMenu, 'Facebook', 'Twitter', 'WhatsApp', '1,482',
    'Church leaders sign the covenant at St Columba’s, Dunmere. Photo: Faith Ledger', '- Advertisement -', 'Read more:',
    'Rural church census shows steep fall in clergy numbers', 'TAGS', ...nTags, 'Previous article', 'Lent fasting goes digital in Orkney', 'Next article',
    'Hymn festival returns to Perth', 'Callum reports on churches and communities across Scotland for Faith Ledger.', 'RELATED ARTICLES', 'MORE FROM AUTHOR',
    ...nRel, 'LEAVE A REPLY', 'Please enter your comment!', 'Stay Connected', '8,412', 'Fans', 'Like', 'Most Popular', ...nPop,
    'Faith Ledger is an independent news service covering religion in Scotland and beyond.', 'Contact us:', 'news@faithledger.example', 'About us',
    'Advertise', 'Privacy policy', '© Faith Ledger 2026',
  ],
};

export const HELDOUT309_D: readonly TestPage[] = [faithNews, sep];
