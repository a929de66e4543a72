import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j } from './pages-heldout713-kit.js';

/**
 * Held-out batch 713, file a: a long feature on a history magazine's WordPress site running tagDiv's Newspaper theme
 * (top bar with today's date, breadcrumbs, sub-title, views and comment counts, share bar, in-content ad and "Read more" line,
 * a subscription promo, tags, next / previous article, author box, related articles, comments and a sidebar), and a story
 * of a nonprofit religion news service on WordPress with the Newspack theme (dateline opening the first paragraph,
 * Jetpack sharing, newsletter block and related link inside the content, republish button, donation box, author bio).
 */
const mTitle = 'The Schoolteacher Who Mapped a Flood Before It Came';
const mDek = j(
  'In 1889, Ada Forsell walked the Tessel Valley with her pupils and a borrowed surveyor’s level. Her map showed the town of',
  'Ostermere exactly where the water would go.',
);
const mIntro = [
  j(
    'The map hangs today in a glass case on the second floor of the Ostermere Public Library, between a fire bucket and a portrait',
    'of a forgotten mayor. It is drawn in brown ink on four sheets of schoolroom paper glued edge to edge, and it is not beautiful.',
    'The hills are shaded with hasty cross-hatching, the names of two farms are misspelled, and a child has added, in pencil, a cow.',
  ),
  j(
    'But in the spring of 1889 it was the most accurate picture anyone had of what the Tessel River would do if the Harran Dam,',
    'eleven miles upstream, ever gave way. Three weeks after it was finished, the dam did.',
  ),
];
const mSecs: [string, string[]][] = [
  [
    'A lesson in levels',
    [
      j(
        'Ada Forsell was 26 when she took charge of the Ostermere upper school in 1887. The daughter of a railway clerk, she had',
        'trained at the normal school in Brenford, where a geography instructor named Lorimer Pask taught his students to survey the',
        'ground around them rather than copy maps from books. Forsell brought the habit with her. Her first winter, the class measured',
        'the schoolyard. Her second, they measured the town.',
      ),
      j(
        'The tool they used was a dumpy level borrowed from the county road office, and the method was simple enough for',
        'twelve-year-olds: sight a marked staff from a fixed point, write down the reading, move the staff, repeat. Over the autumn of',
        '1888 and the following spring, Forsell’s pupils took more than 900 readings, from the mill race on the valley floor to the',
        'churchyard wall on Kettle Hill. Her register survives in the library too, each line initialled by the child who took the reading.',
      ),
      j(
        'When they plotted the readings, a pattern appeared that nobody in town seems to have noticed before. The oldest part of',
        'Ostermere, the streets around the market hall, sat in a shallow bowl almost nine feet below the level of the river road.',
        'Water that came over the road would not run back to the river. It would stay.',
      ),
    ],
  ],
  [
    'The night of May 30',
    [
      j(
        'Forsell showed the finished map to the town council on May 9, 1889, with a short note recommending that the market hall be',
        'used as a refuge only on its upper floor, and that the families on Quay Lane and Tanner’s Row be told to go uphill, not to the',
        'hall, if the alarm bell rang. The council minutes record that the map was “received with thanks” and filed.',
      ),
      j(
        'The Harran Dam failed a little after ten on the night of May 30, after four days of rain. The bell at St. Olave’s began',
        'ringing about forty minutes later, when a rider from Harran Mills reached the town. What happened next is known mostly from the',
        'letters of Emil Varga, the church sexton, who wrote that Forsell and two of her older pupils went door to door on Quay Lane with',
        'a lantern and a copy of the map, sending people up Kettle Hill instead of into the market hall.',
      ),
      j(
        'By two in the morning the water in the bowl stood seven feet deep. The ground floor of the market hall, where more than a',
        'hundred people might otherwise have sheltered, was underwater to the windowsills. Eleven people died in the valley that night,',
        'four of them in Ostermere. None of them lived on Quay Lane.',
      ),
    ],
  ],
  [
    'What the map left out',
    [
      j(
        'It would be easy to tell the story as a simple triumph, and for a century Ostermere did. A brass plaque unveiled on the school',
        'in 1939 calls Forsell “the teacher who saved the town.” The truth, as the historian Maren Oduya points out in her new history of',
        'the valley, is less tidy.',
      ),
      j(
        'Forsell’s survey stopped at the town boundary. The mill workers’ cottages at Lowbridge, a quarter-mile downstream and outside',
        'the parish, were never measured, and no one carried a map there. Three of the four Ostermere deaths, Oduya notes, were people',
        'who had walked down to Lowbridge to help relatives. “The map saved the people it was drawn for,” she said. “That is worth',
        'remembering, and so is who it was drawn for.”',
      ),
    ],
  ],
];
const mEnd = [
  j(
    'Forsell herself seems to have agreed. In a letter to Pask in 1890, she asked whether the county might lend the level again so',
    'that her class could survey Lowbridge. The answer, if there was one, has not survived. She left Ostermere in 1893 to marry, and',
    'her later life is almost entirely undocumented.',
  ),
  j(
    'Her pupils did not forget. In 1911, one of them, Hilda Brask, by then a member of the county board, voted to fund the first full',
    'flood survey of the Tessel Valley. The surveyors’ report cites, in a footnote, “the map made by the children of the Ostermere',
    'upper school.”',
  ),
];
const mTop = ['About Us', 'Advertise', 'Contact', 'Subscribe'];
const mNav = ['Home', 'History', 'Archaeology', 'Science', 'Arts & Culture', 'Travel', 'Magazine'];
const mTags = ['floods', 'maps', 'schools', 'Tessel Valley'];
const mRelated = [
  ['The Tin Chapels of the Coal Coast', 'February 25, 2027'],
  ['A Ferry, a Feud and the Founding of Port Adair', 'March 11, 2027'],
  ['When the River Ran Backwards: The Great Thaw of 1847', 'January 14, 2027'],
];
const mPopular = ['The Lost Almanacs of the Tessel Valley', 'Inside the Oldest Lending Library in the North', 'Why Medieval Bell-Founders Signed Their Work'];
type MComment = { id: number; name: string; when: string; text: string; author?: boolean };
const mComments: MComment[] = [
  {
    id: 2201,
    name: 'Gerald Humm',
    when: 'March 5, 2027 at 8:14 am',
    text: j(
      'My grandmother went to the Ostermere upper school in the 1900s and always said the old teachers talked about “Miss Forsell’s',
      'map.” Lovely to finally read the whole story.',
    ),
  },
  {
    id: 2207,
    name: 'Priya Castellan',
    when: 'March 5, 2027 at 1:52 pm',
    text: 'Is the register of readings digitised anywhere? I teach geography and would love to show my class what twelve-year-olds managed in 1888.',
  },
  {
    id: 2215,
    name: 'Kerstin Vaal',
    when: 'March 6, 2027 at 9:30 am',
    text: 'Not yet, Priya, but the library told me they hope to put it online this summer. I will add a link here when they do.',
    author: true,
  },
];
const mSec = ([h, paras]: [string, string[]]): string => `<h3>${h}</h3>\n${ps(paras)}`;
const mComment = (c: MComment): string => `<li class="comment${c.author ? ' bypostauthor' : ''}" id="li-comment-${c.id}">
<article><footer><img alt="" src="https://secure.gravatar.com/avatar/${c.id}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50 photo" height="50" width="50">
<cite><a href="#" rel="external nofollow ugc" class="url">${c.name}</a></cite>
<a class="comment-link" href="#comment-${c.id}"><time pubdate>${c.when}</time></a></footer>
<div class="comment-content"><p>${c.text}</p></div>
<div class="comment-meta" id="comment-${c.id}"><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}"
data-postid="4821">Reply</a></div></article></li>`;
const mHtml = `<!DOCTYPE html>
<html lang="en-US"><head><title>The Schoolteacher Who Mapped a Flood Before It Came | Millrace Magazine</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="pingback" href="https://www.millracemag.com/xmlrpc.php">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="${mDek}"><link rel="canonical" href="https://www.millracemag.com/history/schoolteacher-mapped-flood-ostermere/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${mTitle}">
<meta property="og:site_name" content="Millrace Magazine"><meta property="article:published_time" content="2027-03-04T06:00:00+00:00">
<meta property="og:image" content="https://www.millracemag.com/wp-content/uploads/2027/02/forsell-map-1889.jpg"><meta name="author" content="Kerstin Vaal">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${mTitle}",
"datePublished":"2027-03-04T06:00:00+00:00","dateModified":"2027-03-04T10:41:18+00:00","author":{"name":"Kerstin Vaal"},"wordCount":812,"commentCount":3,
"articleSection":["History"],"inLanguage":"en-US"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="td-theme-css" href="https://www.millracemag.com/wp-content/themes/Newspaper/style.css?ver=12.6.3" type="text/css" media="all">
<link rel="stylesheet" id="cookie-notice-front-css" href="https://www.millracemag.com/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16">
<script type="text/javascript" id="td-generated-header-js">var tdBlocksArray = []; var tdLocalCache = {}; var td_viewport_interval_list=[{"limitBottom":767,
"sidebarWidth":228},{"limitBottom":1018,"sidebarWidth":300}]; var tds_general_modal_image="yes";
var td_ajax_url="https:\\/\\/www.millracemag.com\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3";</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body class="post-template-default single single-post postid-4821 single-format-standard cookies-not-set
td-standard-pack global-block-template-1 single_template_2
td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div><div id="td-mobile-nav" style="visibility:hidden"></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Saturday, March 13, 2027</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu">${links(mTop, 'menu-item menu-item-type-post_type')}</ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/millracemag" title="Facebook"><i
class="td-icon-font td-icon-facebook"></i><span style="display: none">Facebook</span></a></span></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo">
<a class="td-main-logo" href="https://www.millracemag.com/"><img class="td-retina-data"
src="https://www.millracemag.com/wp-content/uploads/2025/06/millrace-logo.png"
alt="Millrace Magazine" title="Millrace Magazine"><span class="td-visual-hidden">Millrace Magazine</span></a></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header tdi_1 td_block_template_1"><span
class="td-adspot-title">-
Advertisement -</span><div id="div-gpt-ad-header"></div></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div
class="td-container td-header-row td-header-main-menu">
<div id="td-header-menu" role="navigation"><div id="td-top-mobile-toggle"><a href="#"><i class="td-icon-font td-icon-mobile"></i></a></div>
<div class="menu-main-menu-container"><ul id="menu-main-menu-1"
class="sf-menu">${links(mNav, 'menu-item menu-item-type-taxonomy td-menu-item td-normal-menu')}</ul></div>
</div><div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" aria-label="Search" role="button"
class="dropdown-toggle"><i class="td-icon-search"></i></a></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2"><article id="post-4821"
class="post-4821 post type-post status-publish
format-standard has-post-thumbnail category-history tag-floods tag-maps" itemscope itemtype="https://schema.org/Article">
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://www.millracemag.com/">Home</a></span> <i
class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in History" class="entry-crumb"
href="https://www.millracemag.com/category/history/">History</a></span>
<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">${mTitle}</span></div></div>
<ul class="td-category"><li class="entry-category"><a href="https://www.millracemag.com/category/history/">History</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${mTitle}</h1><p class="td-post-sub-title">${mDek}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a
href="https://www.millracemag.com/author/kvaal/">Kerstin Vaal</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2027-03-04T06:00:00+00:00">March 4, 2027</time></span>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-4821">2417</span></div></div></header></div></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1">
<div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div
class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Share</div></div>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u=x"
title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text=x"
title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-pinterest" href="https://pinterest.com/pin/create/button/?url=x"
title="Pinterest"><div class="td-social-but-icon"><i class="td-icon-pinterest"></i></div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-mail" href="mailto:?subject=x" title="Email"><div
class="td-social-but-icon"><i class="td-icon-mail"></i></div></a></div></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="https://www.millracemag.com/wp-content/uploads/2027/02/forsell-class-1888.jpg" data-caption="x"><img
width="696" height="464" class="entry-thumb td-modal-image" src="https://www.millracemag.com/wp-content/uploads/2027/02/forsell-class-1888-696x464.jpg"
alt="A class of schoolchildren with a surveyor's staff, posed outside a stone school building" title="forsell-class-1888"></a>
<figcaption class="wp-caption-text">Ada Forsell (back row, right) with the Ostermere upper school class of 1888. The girl holding the staff is thought to be
Hilda Brask. Courtesy of the Ostermere Public Library</figcaption></figure></div>
${ps(mIntro)}
${mSec(mSecs[0] ?? ['', []])}
<blockquote class="td_pull_quote td_pull_left"><p>The children’s numbers showed that water coming over the river road would have nowhere to go.</p></blockquote>
${mSec(mSecs[1] ?? ['', []])}
<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><div
id="div-gpt-ad-inline-1"></div></div>
<figure id="attachment_4830" aria-describedby="caption-attachment-4830" style="width: 696px" class="wp-caption aligncenter"><img loading="lazy" decoding="async"
class="size-large wp-image-4830" src="https://www.millracemag.com/wp-content/uploads/2027/02/forsell-map-1889-696x522.jpg"
alt="Hand-drawn map on four sheets of paper"
width="696" height="522"><figcaption id="caption-attachment-4830"
class="wp-caption-text">Forsell’s map of Ostermere, drawn on four sheets of schoolroom paper. The
shaded bowl around the market hall is at centre. (Ostermere Public Library)</figcaption></figure>
${mSec(mSecs[2] ?? ['', []])}
<p><strong>Read more:</strong> <a href="https://www.millracemag.com/history/lost-almanacs-tessel-valley/">The Lost Almanacs of the Tessel Valley</a></p>
${ps(mEnd)}
<div class="mr-subscribe-promo"><a href="https://subscribe.millracemag.com/?src=article"><img
src="https://www.millracemag.com/wp-content/uploads/2027/03/cover-spring.jpg"
alt="Millrace spring 2027 cover"></a><div class="mr-subscribe-promo__text"><p class="mr-subscribe-promo__title">Subscribe to Millrace magazine now for just
$24</p><p>This article is a selection from the Spring 2027 issue of Millrace magazine</p><a class="mr-subscribe-promo__button"
href="https://subscribe.millracemag.com/?src=article">Buy</a></div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(mTags)}</ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameborder="0"
src="https://www.facebook.com/plugins/like.php?href=x" style="border:none; overflow:hidden; height:21px;"></iframe></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a
href="https://www.millracemag.com/history/tin-chapels-coal-coast/">The Tin Chapels of the Coal Coast</a></div></div><div class="td-next-prev-separator"></div>
<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a
href="https://www.millracemag.com/history/ferry-feud-port-adair/">A Ferry, a Feud and the Founding of Port Adair</a></div></div></div>
<div class="author-box-wrap"><a href="https://www.millracemag.com/author/kvaal/" aria-label="author-photo"><img alt="Kerstin Vaal"
src="https://secure.gravatar.com/avatar/9a1?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96"></a><div class="desc"><div
class="td-author-name vcard author"><span class="fn"><a href="https://www.millracemag.com/author/kvaal/">Kerstin Vaal</a></span></div><div
class="td-author-description">Kerstin Vaal is a contributing writer at Millrace. She writes about rivers, maps and the people who live beside them, and is
working on a book about the Tessel Valley flood.</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Kerstin Vaal"></span></footer>
<div class="td_block_wrap td_block_related_posts tdi_5 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title
td-block-title"><a id="tdi_6" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">RELATED ARTICLES</a><a id="tdi_7"
class="td-related-right" href="#">MORE FROM AUTHOR</a></h4><div id="tdi_5" class="td_block_inner"><div class="td-related-row">
${mRelated
  .map(
    ([t, d]) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div
class="td-module-thumb"><a href="#" class="image-wrap" title="${t}"><img class="entry-thumb" src="https://www.millracemag.com/wp-content/uploads/thumb.jpg"
alt=""></a></div><div class="td-post-category">History</div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="#"
rel="bookmark" title="${t}">${t}</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date">${d}</time></span></div></div></div>`,
  )
  .join('\n')}</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page"><i
class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page"><i
class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>3
COMMENTS</span></h4></div>
<ol class="comment-list td-comments-list">${mComments.map(mComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><div class="td-comment-form-title"><span>LEAVE A REPLY</span></div>
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://www.millracemag.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment" name="comment" cols="45" rows="8"></textarea><div
class="td-warning-comment">Please enter your comment!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author"
placeholder="Name:*" type="text" value="" size="30"><div class="td-warning-author">Please enter your name here</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"><div
class="td-warning-email-error">You have entered an incorrect email address!</div><div class="td-warning-email">Please enter your email address
here</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label
for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap tdm_block_popup tdi_9 td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span
class="td-pulldown-size">Newsletter</span></h4></div><div class="tdn-info-wrap"><p>The best of Millrace in your inbox every Friday: one long read, three
short finds and a picture from the archive.</p><form class="tdn-newsletter-form"><input type="email" placeholder="Your email address"><button
type="submit">Sign me up</button></form></div></div>
<div class="td_block_wrap td_block_9 tdi_10 td-pb-border-top td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span
class="td-pulldown-size">Popular Posts</span></h4></div><div class="td_block_inner"><ul>${links(mPopular, 'td_module_wrap')}</ul></div></div>
<div class="td-a-rec td-a-rec-id-sidebar tdi_11 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><div
id="div-gpt-ad-sidebar"></div></div></div></div></div></article></div></div>
<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span4"><div
class="td_block_wrap td_block_text_with_title"><h4 class="block-title"><span>ABOUT US</span></h4><div class="td_mod_wrap"><p>Millrace is a magazine of history
and ideas, published four times a year by the Greywater Foundation.</p><p>Contact us: editors@millracemag.com</p></div></div></div>
<div class="td-pb-span4"><div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>FOLLOW US</span></h4><div class="td-social-list"><a
href="https://www.facebook.com/millracemag">Facebook</a> <a href="https://www.instagram.com/millracemag">Instagram</a></div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"><div
class="menu-footer-container"><ul id="menu-footer"
class="td-subfooter-menu">${links(['Privacy Policy', 'Terms of Use', 'Corrections', 'Careers'])}</ul></div></div>
<div class="td-pb-span td-sub-footer-copy">© Copyright 2027 - Greywater Foundation</div></div></div></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-visible cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use
cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span
id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
aria-label="Ok">Ok</a><a href="https://www.millracemag.com/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy
policy">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div></div>
<script type="text/javascript" id="td-generated-footer-js">jQuery().ready(function() { var pulldown_tdi_5 = new tdPullDown.item(); });</script></body></html>`;
const millrace: TestPage = gold({
  name: 'heldout713-tagdiv-flood-map',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mDek, ...mIntro, ...mSecs.flatMap(([, p]) => p), ...mEnd]),
  bylines: ['By', 'Kerstin Vaal', 'March 4, 2027', ...mComments.flatMap((c) => [c.name, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saturday, March 13, 2027', ...mTop, 'Millrace Magazine', '- Advertisement -', ...mNav, 'History', mTitle, '3', '2417', 'Share', 'Facebook',
    'Twitter',
    'Ada Forsell (back row, right) with the Ostermere upper school class of 1888. The girl holding the staff is thought to be Hilda Brask. Courtesy of '
      + 'the Ostermere Public Library',
    'The children’s numbers showed that water coming over the river road would have nowhere to go.',
    'Forsell’s map of Ostermere, drawn on four sheets of schoolroom paper. The shaded bowl around the market hall is at centre. (Ostermere Public Library)',
    'Read more: The Lost Almanacs of the Tessel Valley', 'Subscribe to Millrace magazine now for just $24',
    'This article is a selection from the Spring 2027 issue of Millrace magazine', 'Buy', 'TAGS', ...mTags, 'Previous article',
    'The Tin Chapels of the Coal Coast', 'Next article', 'A Ferry, a Feud and the Founding of Port Adair',
    'Kerstin Vaal is a contributing writer at Millrace. She writes about rivers, maps and the people who live beside them, and is working on a book about '
      + 'the Tessel Valley flood.',
    'RELATED ARTICLES', 'MORE FROM AUTHOR', ...mRelated.flat(), '3 COMMENTS', ...mComments.map((c) => c.text), 'Reply', 'LEAVE A REPLY',
    'Please enter your comment!', 'Please enter your name here', 'You have entered an incorrect email address!', 'Please enter your email address here',
    'Save my name, email, and website in this browser for the next time I comment.', 'Newsletter',
    'The best of Millrace in your inbox every Friday: one long read, three short finds and a picture from the archive.', 'Sign me up', 'Popular Posts',
    ...mPopular, 'ABOUT US', 'Millrace is a magazine of history and ideas, published four times a year by the Greywater Foundation.',
    'Contact us: editors@millracemag.com', 'FOLLOW US', 'Instagram', 'Privacy Policy', 'Terms of Use', 'Corrections', 'Careers',
    '© Copyright 2027 - Greywater Foundation',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Ok', 'Privacy policy',
  ],
});

const nTitle = 'In a shrinking river town, a church and a mosque now share one roof';
const nDek = j(
  'When Harbor Street Covenant Church could no longer fill its building, it offered its fellowship hall to the town’s growing Muslim',
  'community. Two years on, both congregations say the arrangement has changed them.',
);
const nBody = [
  j(
    'CALLOWAY FORKS, Ohio (INS) — On Friday afternoons, the fellowship hall of Harbor Street Covenant Church fills with prayer rugs.',
    'By Sunday morning the rugs are rolled up and stacked in a closet, the folding tables are back out and the coffee urn is on. The',
    'two congregations that use the room have never worshipped in it at the same time. Their leaders say they have learned a great',
    'deal about each other anyway.',
  ),
  j(
    'The arrangement began in the spring of 2025, when Harbor Street, founded by Swedish-speaking mill workers in 1884, voted to sell',
    'its parsonage to pay for a new roof. Membership had fallen from about 600 in the 1970s to 74, most of them over 65. The building,',
    'with a sanctuary for 400 and a hall that could seat 200, was far too big.',
  ),
  j(
    'Across town, the Islamic Center of the Calloway Valley had the opposite problem. Its members, many of them families who came to',
    'work at the Tannery Road distribution center, had outgrown the former tire shop they rented for Friday prayers. On busy weeks,',
    'men prayed in the parking lot.',
  ),
  j(
    '“We had a building and no people. They had people and no building,” said the Rev. Lena Hagstrom, Harbor Street’s pastor since',
    '2019. “Somebody at a council meeting said it as a joke. Then nobody laughed.”',
  ),
  j(
    'The church council approved a five-year lease in a 9-2 vote. The mosque pays $1,400 a month, which covers the hall, a classroom',
    'for weekend Quran lessons and shared use of the kitchen. A cross on the hall’s east wall stays up; during prayers it is covered',
    'with a cloth that the mosque’s women’s committee sewed for the purpose.',
  ),
  j(
    'Imam Yusuf Demirel said the cloth was not a condition of the lease but a courtesy both sides worked out. “They did not ask us to',
    'take it down, and we did not ask them to,” he said. “We found a third way.”',
  ),
];
const nBody2 = [
  j(
    'Not everyone was pleased. Two longtime Harbor Street families left the church after the vote, and a letter to the Calloway Forks',
    'Courier accused the congregation of “renting out its soul.” Hagstrom said she met with both families and still sends them the',
    'church newsletter. “I understand the grief,” she said. “This is the room where their parents’ funerals were. It is also a room',
    'where people are praying. I don’t think those two things are at war.”',
  ),
  j(
    'The shared space has produced some unplanned traditions. During Ramadan last year, the church’s quilting group, which meets on',
    'Tuesday evenings, moved its meeting to after sunset and brought dates. The mosque’s youth group now helps run the church’s',
    'Thanksgiving meal. In January, when a burst pipe flooded the hall, volunteers from both congregations spent a Saturday pulling',
    'up the ruined carpet together.',
  ),
  j(
    'Scholars who study American congregations say such arrangements are becoming more common as older churches shrink and immigrant',
    'congregations grow. Tomas Reyland, a sociologist of religion at Aldermoor College who is studying 30 shared-space agreements in',
    'the Midwest, said most begin as property deals. “The financial logic gets them in the door,” he said. “What keeps them going is',
    'usually a few people who become friends.”',
  ),
  j(
    'At Harbor Street, those people include Marjorie Lind, 81, who chairs the property committee, and Amina Sheriff, who coordinates',
    'the mosque’s weekend school. The two meet most Thursdays to go over the building calendar. Lind said she had never spoken to a',
    'Muslim before 2025. Sheriff said Lind now texts her to ask whether the kitchen is free.',
  ),
  j(
    'The lease runs until 2030. Both congregations say they hope to renew it, though the mosque has begun saving for a building of',
    'its own. “Someday we will leave,” Demirel said. “I hope when we do, we are still coming back for the Thanksgiving meal.”',
  ),
];
const nTop = ['About', 'Republish', 'Newsletters', 'Contact'];
const nNav = ['News', 'Opinion', 'Culture', 'Faith & Politics', 'Global', 'Podcasts'];
const nShare = ['Facebook', 'X', 'Email', 'Print'];
const nTags = ['Calloway Forks', 'Interfaith', 'Mosques', 'Rural churches', 'Shared space'];
const nRelated = [
  ['As rural congregations close, who keeps the cemeteries?', 'February 18, 2027'],
  ['A synagogue, a food bank and one very busy kitchen', 'January 29, 2027'],
  ['Imams in small towns say the work is everything at once', 'December 7, 2026'],
];
const nFoot = ['About INS', 'Staff', 'Republishing guidelines', 'Corrections', 'Privacy Policy', 'Donate'];
const nNsHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>In a shrinking river town, a church and a mosque now share one roof - Interfaith News Service</title>
<meta name="description" content="${nDek}"><link rel="canonical" href="https://interfaithnews.org/2027/03/04/church-mosque-share-one-roof-calloway-forks/">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Interfaith News Service">
<meta property="article:section" content="News"><meta property="article:published_time" content="2027-03-04T11:00:00+00:00">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Deborah Ansel"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="5 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${nTitle}",
"datePublished":"2027-03-04T11:00:00+00:00","dateModified":"2027-03-05T14:20:00+00:00","author":{"@type":"Person","name":"Deborah Ansel"},
"publisher":{"@type":"Organization","name":"Interfaith News Service"},"keywords":["Calloway Forks","Interfaith"]}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://interfaithnews.org/wp-content/themes/newspack-theme/style.css?ver=2.3.1" media="all">
<link rel="stylesheet" id="jetpack-sharing-buttons-css" href="https://interfaithnews.org/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.8">
<script id="newspack-blocks-donate-js-extra">var newspack_blocks_data = {"stripe_pub_key":"pk_live_x","is_rtl":false,"iso_code":"US"};</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-INS0001"></script></head>
<body class="post-template-default single single-post postid-9921 single-format-standard wp-embed-responsive singular has-featured-image
single-featured-image-default header-default header-center-logo h-sub h-db h-dh show-site-tagline has-sidebar cat-news newspack--font-loading">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu">
<ul id="menu-secondary" class="secondary-menu">${links(nTop, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="https://interfaithnews.org/" class="custom-logo-link"
rel="home"><img
width="400" height="80" src="https://interfaithnews.org/wp-content/uploads/2024/05/ins-logo.png" class="custom-logo" alt="Interfaith News Service"></a>
<div class="site-identity"><p class="site-title"><a href="https://interfaithnews.org/" rel="home">Interfaith News Service</a></p><p
class="site-description">Independent
reporting on religion, faith and belief</p></div></div>
<div class="nav-wrapper desktop-only"><div id="tertiary-nav-contain"><nav class="tertiary-menu" aria-label="Tertiary Menu"><ul id="menu-tertiary"><li
class="menu-item donate"><a href="https://interfaithnews.org/donate/">Donate</a></li></ul></nav></div></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(nNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav></div>
<div class="header-search-contain"><button id="search-toggle" aria-expanded="false"><span
class="screen-reader-text">Open Search</span></button></div></div></div>
</header>
<div id="content" class="site-content">
<div class="site-breadcrumb desktop-only"><div class="wrapper"><span><span><a href="https://interfaithnews.org/">Home</a></span> » <span><a
href="https://interfaithnews.org/category/news/">News</a></span> » <span class="breadcrumb_last" aria-current="page">${nTitle}</span></span></div></div>
<div class="wrapper"><section id="primary" class="content-area category-news"><main id="main" class="site-main">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="https://interfaithnews.org/category/news/"
rel="category tag">News</a></span>
<h1 class="entry-title">${nTitle}</h1>
<div class="newspack-post-subtitle">${nDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt=""
src="https://interfaithnews.org/wp-content/uploads/2025/01/dansel.jpg"
class="avatar avatar-80 photo" height="80" width="80"></span><span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n"
href="https://interfaithnews.org/author/deborah-ansel/">Deborah Ansel</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2027-03-04T11:00:00+00:00">March 4, 2027</time><span class="updated-label">Updated </span><time class="updated"
datetime="2027-03-05T14:20:00+00:00">March 5, 2027</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3><div
class="sd-content"><ul>${nShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()} sd-button share-icon no-text" href="#"
target="_blank" title="Click to share on ${s}"><span></span><span
class="sharing-screen-reader-text">Click to share on ${s} (Opens in new window)</span></a></li>`,
  )
  .join('\n')}<li class="share-end"></li></ul></div></div></div>
<div class="newspack-republish-button"><button class="newspack-republish-button__open">Republish this story</button></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://interfaithnews.org/wp-content/uploads/2027/03/harbor-street-hall.jpg"
class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="Prayer rugs laid out on the floor of a church fellowship hall"
decoding="async"><figcaption><span class="image-caption">Members of the Islamic Center of the Calloway Valley pray in the fellowship hall of Harbor Street
Covenant Church on Feb. 19, 2027.</span> <span class="image-credit"><span
class="credit-label-wrapper">Photo by </span>Ruben Ochoa for INS</span></figcaption></figure>
<div class="main-content"><article id="post-9921" class="post-9921 post type-post status-publish format-standard has-post-thumbnail hentry category-news
tag-calloway-forks tag-interfaith"><div class="entry-content">
${ps(nBody.slice(0, 4))}
<p class="has-small-font-size"><strong>RELATED:</strong> <a href="https://interfaithnews.org/2027/02/18/rural-congregations-cemeteries/">As rural
congregations close, who keeps the cemeteries?</a></p>
${ps(nBody.slice(4))}
<figure class="wp-block-image size-large"><img loading="lazy" src="https://interfaithnews.org/wp-content/uploads/2027/03/lind-sheriff.jpg" alt="Two women
looking at a paper calendar on a kitchen counter" width="1024" height="683"><figcaption class="wp-element-caption">Marjorie Lind, left, and Amina Sheriff
go over the building calendar in the church kitchen. (Photo by Ruben Ochoa for INS)</figcaption></figure>
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="Thank you for signing up!"><div
class="newspack-newsletters-subscribe__header"><p class="newspack-newsletters-subscribe__title">Sign up for INS Daily</p><p
class="newspack-newsletters-subscribe__description">The day’s top stories on faith and belief, delivered to your inbox.</p></div><form><div
class="newspack-newsletters-email-input"><label class="screen-reader-text" for="newspack-newsletters-subscribe-block-input-1">Email address</label><input
type="email" name="npe" id="newspack-newsletters-subscribe-block-input-1" placeholder="Enter your email address"></div><input type="submit"
value="Sign up"></form><div class="newspack-newsletters-subscribe__response"><div class="newspack-newsletters-subscribe__message
message status"></div></div></div>
${ps(nBody2)}
<div class="wp-block-newspack-blocks-donate wpbnbd wpbnbd--platform-stripe"><div class="wpbnbd__header"><h2 class="wp-block-heading">Support independent
reporting on religion</h2><p>INS is an independent, nonprofit news service. Our reporting on faith, ethics and belief is free to read and republish. It is made
possible by readers like you.</p></div><form><div class="wpbnbd__tiers"><div class="tier-select-label">Choose a monthly amount</div><button
type="button">$5</button><button type="button">$10</button><button type="button">$25</button></div><button type="submit" class="submit-button">Donate
now</button></form></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled"></div></div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged: </span>${nTags
  .map((t) => `<a href="https://interfaithnews.org/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><img alt=""
src="https://interfaithnews.org/wp-content/uploads/2025/01/dansel.jpg"
class="avatar avatar-80 photo" height="80" width="80"><div><h2 class="accent-header"><span class="screen-reader-text">About the author:</span> Deborah
Ansel</h2></div></div><p>Deborah Ansel is a national reporter for INS covering congregations, small-town religion and the changing shape of American
worship. <a class="author-link" href="https://interfaithnews.org/author/deborah-ansel/" rel="author">More by Deborah Ansel</a></p></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div
class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">
${nRelated
  .map(
    ([t, d]) => `<div class="jp-relatedposts-post jp-relatedposts-post-thumbs" data-post-format="false"><a class="jp-relatedposts-post-a" href="#"><img
class="jp-relatedposts-post-img" src="https://interfaithnews.org/wp-content/uploads/thumb.jpg" alt=""></a><h4 class="jp-relatedposts-post-title"><a
class="jp-relatedposts-post-a" href="#">${t}</a></h4><p class="jp-relatedposts-post-date" style="display: block;">${d}</p><p
class="jp-relatedposts-post-context">In &quot;News&quot;</p></div>`,
  )
  .join('\n')}</div></div></article></div></main></section></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><a href="https://interfaithnews.org/" class="custom-logo-link"
rel="home"><img src="https://interfaithnews.org/wp-content/uploads/2024/05/ins-logo-white.png" class="custom-logo"
alt="Interfaith News Service"></a></div></div>
<div class="footer-widgets"><div class="wrapper"><section class="widget widget_nav_menu"><h2 class="widget-title">About us</h2><div
class="menu-footer-container"><ul
class="menu">${links(nFoot)}</ul></div></section><section class="widget widget_text"><div class="textwidget"><p>Interfaith News Service is a project of
the Greenleaf Journalism Trust, a 501(c)(3) nonprofit.</p></div></section></div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2027 Interfaith News Service. </span><a href="https://newspack.com/"
class="imprint">Proudly powered by Newspack by Automattic</a> <a class="privacy-policy-link" href="https://interfaithnews.org/privacy-policy/">Privacy
Policy</a></div></div></footer></div>
<script id="newspack-republish-js">window.newspackRepublish = {"postId":9921,"license":"CC BY-ND 4.0"};</script></body></html>`;
const newspack: TestPage = gold({
  name: 'heldout713-newspack-church-mosque',
  kind: 'news',
  html: nNsHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody, ...nBody2]),
  bylines: ['By', 'Deborah Ansel', 'March 4, 2027', 'Updated', 'March 5, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nTop, 'Interfaith News Service', 'Independent reporting on religion, faith and belief', 'Donate', ...nNav, 'Open Search', 'Home',
    'News', nTitle, 'Posted in', 'Share this:', ...nShare.map((s) => `Click to share on ${s} (Opens in new window)`), 'Republish this story',
    'Members of the Islamic Center of the Calloway Valley pray in the fellowship hall of Harbor Street Covenant Church on Feb. 19, 2027.',
    'Photo by Ruben Ochoa for INS', 'RELATED: As rural congregations close, who keeps the cemeteries?',
    'Marjorie Lind, left, and Amina Sheriff go over the building calendar in the church kitchen. (Photo by Ruben Ochoa for INS)', 'Sign up for INS Daily',
    'The day’s top stories on faith and belief, delivered to your inbox.', 'Email address', 'Support independent reporting on religion',
    'INS is an independent, nonprofit news service. Our reporting on faith, ethics and belief is free to read and republish. It is made possible by readers '
      + 'like you.',
    'Choose a monthly amount', '$5', '$10', '$25', 'Donate now', 'Tagged:', ...nTags, 'About the author:',
    'Deborah Ansel is a national reporter for INS covering congregations, small-town religion and the changing shape of American worship.',
    'More by Deborah Ansel', 'Related', ...nRelated.flat(), 'In "News"', 'About us', ...nFoot,
    'Interfaith News Service is a project of the Greenleaf Journalism Trust, a 501(c)(3) nonprofit.', '© 2027 Interfaith News Service.',
    'Proudly powered by Newspack by Automattic', 'Privacy Policy',
  ],
});

export const HELDOUT713_A: readonly TestPage[] = [millrace, newspack];
