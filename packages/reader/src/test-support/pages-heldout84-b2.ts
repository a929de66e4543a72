import { links } from './page-kit.js';

/**
 * Held-out batch 84, file b2: the texts and HTML of a Maltese national paper's story on the tagDiv "Newspaper" WordPress theme
 * (invented masthead): the hidden mobile menu, top bar with date and top menu, logo and main menu, breadcrumbs, category label,
 * "By" author, date, comment and view counts, the top and bottom share bars, the featured image caption, the "- Advertisement -"
 * in-content ad, tags, previous / next article links, the author box, the related articles block, four reader comments, the
 * comment form with its hidden warnings, the sidebar (Stay Connected counters, Most Popular) and the footer.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const mtTitle = 'Planning board defers decision on 14-storey hotel at Wied il-Għasel after four-hour hearing';
export const mtP1 = paras(`
The Planning Authority board on Tuesday deferred its decision on a 14-storey hotel overlooking Wied il-Għasel bay, after a
four-hour public hearing in which more than 40 residents, two local councils and an environmental NGO spoke against the project.

The application, filed by Saltpan Leisure Ltd, proposes a 212-room hotel with two basement levels, a rooftop pool and a public
promenade on the site of a disused 1970s lido. The case officer had recommended approval, subject to a reduction of two floors.

Board chairman Joseph Vella Camilleri said members needed more time to study a revised traffic assessment submitted by the
developer on Monday, less than 24 hours before the hearing. A decision is now expected on December 9.
`);
export const mtH1 = 'Residents fear loss of the bay';
export const mtP2 = paras(`
Residents packed the hearing room in Floriana, with some standing along the walls for the entire session. Many said they were
not against a hotel in principle but objected to its height, which they argued would tower over the two- and three-storey
houses that line the valley.

“This is the last bay on this coast where you can sit on the rocks and not see a crane,” said Marianne Borg, who has lived in the
village for 51 years. “Once it is built, it will be the only thing anyone sees from the sea.”

The Wied il-Għasel local council presented a petition signed by 3,870 people and asked the board to refuse the application
outright. The neighbouring Ħal Dejma council said the project would add to traffic on a road that already backs up every
summer weekend.
`);
export const mtH2 = 'Developer promises public access';
export const mtP3 = paras(`
Architect Clayton Farrugia, speaking for Saltpan Leisure, said the hotel would restore public access to a stretch of shoreline
that had been fenced off since the lido closed in 2009, and would create about 180 full-time jobs.

He told the board that the height had already been reduced from 17 storeys in the original plans, and that the upper floors
were set back so they would be “barely visible” from the village square.

The developer’s revised traffic study proposes a new roundabout at the entrance to the valley and a shuttle bus from the
nearest park-and-ride during the summer months.
`);
export const mtH3 = 'NGO questions height policy';
export const mtP4 = paras(`
Coastal Watch Malta said the case officer’s report had relied on a 2014 policy that allows taller hotels outside development
zones if they are of “national importance”, a term the NGO said had never been properly defined.

“Every hotel in the last ten years has been of national importance,” said the group’s coordinator, Ramona Spiteri. “If every
project qualifies, the policy means nothing.”

The Environment and Resources Authority has objected to the basement levels, which it says could affect the water table in the
valley. The Superintendence of Cultural Heritage asked for an archaeological monitor to be present during any excavation.
`);
export const mtTopMenu = ['Advertise', 'About Us', 'Contact', 'E-Paper'];
export const mtNav = ['Home', 'Local', 'World', 'Business', 'Sport', 'Opinion', 'Lifestyle', 'Obituaries'];
export const mtShare = ['Facebook', 'Twitter', 'Pinterest', 'WhatsApp'];
export const mtCaption = 'The disused lido at Wied il-Għasel, where the hotel would be built. Photo: Island Courier';
export const mtTags = ['Planning Authority', 'Wied il-Għasel', 'hotels', 'environment'];
export const mtPrev = 'Bus route changes in the south to take effect from Monday';
export const mtNext = 'Court hears of fraud in fishing quota scheme';
export const mtBio = 'Karl Azzopardi covers planning, environment and local government. He joined the Courier in 2018.';
export const mtRelated = [
  'Height limitation policy to be reviewed, minister says',
  'Lido site sold for €6.4 million, registry shows',
  'Residents protest outside planning offices',
];
export const mtRelatedDates = ['October 30, 2025', 'September 2, 2025', 'August 14, 2025'];
export const mtComments = [
  {
    name: 'Charles M.',
    time: 'November 12, 2025 At 9:14 am',
    text: 'Every time the same story. They defer, people go home, and three weeks later it is approved when nobody is watching.',
  },
  { name: 'Rita Galea', time: 'November 12, 2025 At 10:02 am', text: 'Well done to the residents who spent their whole afternoon there.' },
  {
    name: 'Mark Attard',
    time: 'November 12, 2025 At 11:47 am',
    text: 'The lido has been an eyesore for fifteen years. At least somebody wants to do something with it.',
  },
  { name: 'J. Pace', time: 'November 12, 2025 At 1:20 pm', text: 'Fourteen floors in a valley is not tourism, it is a wall.' },
];
export const mtForm = [
  'LEAVE A REPLY',
  'Cancel reply',
  'Please enter your comment!',
  'Please enter your name here',
  'You have entered an incorrect email address!',
  'Please enter your email address here',
  'Save my name, email, and website in this browser for the next time I comment.',
];
export const mtStay = ['Stay Connected', '18,204 Fans', 'Like', '6,930 Followers', 'Follow', '2,115 Subscribers', 'Subscribe'];
export const mtPopular = [
  'Heatwave warning as temperatures set to hit 38°C',
  'Where to eat ftira in the north: our readers’ picks',
  'New ferry timetable for the islands announced',
];
export const mtAbout = 'The Island Courier is an independent daily newspaper published in Malta since 1994. Contact us: newsroom@islandcourier.example';
export const mtFoot = ['Privacy Policy', 'Cookie Policy', 'Terms of Use', 'Contact us'];

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const share = (where: string): string => `<div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 td-post-sharing-${where}">
<div class="td-post-sharing-visible">${mtShare
  .map(
    (t) => `<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-${t.toLowerCase()}" href="#">
<div class="td-social-but-icon"><i class="td-icon-${t.toLowerCase()}"></i></div><div class="td-social-but-text">${t}</div></a>`,
  )
  .join('\n')}</div></div>`;
const comment = (c: (typeof mtComments)[number], i: number): string => `<li class="comment" id="li-comment-${5512 + i}">
<article><footer><img alt="" src="https://secure.gravatar.example/avatar/${i}?s=50" class="avatar avatar-50 photo" height="50" width="50">
<cite><a href="#" class="url" rel="ugc external nofollow">${c.name}</a></cite><a class="comment-link" href="#comment-${5512 + i}">
<time pubdate="${1762938840 + i}">${c.time}</time></a></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="comment-meta" id="comment-${5512 + i}"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;

export const mtHtml = `<!doctype html >
<html lang="en-GB"><head><title>${mtTitle} | Island Courier</title><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${mtTitle}"><meta property="og:site_name" content="Island Courier">
<meta property="article:published_time" content="2025-11-12T07:30:00+00:00"><meta name="author" content="Karl Azzopardi">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${mtTitle}",
"datePublished":"2025-11-12T07:30:00+00:00","author":{"name":"Karl Azzopardi"},"articleSection":["Local"],"inLanguage":"en-GB"}]}</script>
<link rel='stylesheet' id='td-theme-css' href='https://islandcourier.example/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<script type="text/javascript">var tdBlocksArray = []; var tds_login_sing_in_widget="show";
var td_ajax_url="https://islandcourier.example/wp-admin/admin-ajax.php";</script>
</head>
<body class="post-template-default single single-post postid-88213 single-format-standard td-standard-pack global-block-template-1 td-full-layout"
itemscope="itemscope"
itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div><div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"></div>
<div class="td-mobile-content"><div class="menu-main-container"><ul id="menu-main"
class="td-mobile-main-menu">${links(mtNav, 'menu-item')}</ul></div></div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap"><div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>Wednesday, November 12, 2025</div></div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu">${links(mtTopMenu, 'menu-item')}</ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo"
href="https://islandcourier.example/">
<img class="td-retina-data" src="https://islandcourier.example/wp-content/uploads/logo.png" alt="Island Courier"><span class="td-visual-hidden">Island
Courier</span></a>
</div></div><div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu"
role="navigation">
<div class="menu-main-container"><ul id="menu-main-1" class="sf-menu">${links(mtNav, 'menu-item')}</ul></div></div></div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div
class="entry-crumbs">
<span><a title="" class="entry-crumb" href="https://islandcourier.example/">Home</a></span> <i class="td-icon-right td-bread-sep"></i>
<span><a title="View all posts in Local" class="entry-crumb" href="https://islandcourier.example/category/local/">Local</a></span>
<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">${mtTitle}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-88213" class="post-88213 post type-post status-publish format-standard has-post-thumbnail category-local" itemscope
itemtype="https://schema.org/Article"><div class="td-post-header"><ul class="td-category"><li class="entry-category">
<a href="https://islandcourier.example/category/local/">Local</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">${mtTitle}</h1><div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://islandcourier.example/author/kazzopardi/">Karl Azzopardi</a>
<div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2025-11-12T07:30:00+00:00">
November 12, 2025</time></span><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>4</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-88213">1,284</span></div></div></header></div>
${share('top')}
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a href="https://islandcourier.example/wp-content/uploads/2025/11/lido.jpg"
data-caption="${mtCaption}"><img width="696" height="464" class="entry-thumb td-modal-image"
src="https://islandcourier.example/wp-content/uploads/2025/11/lido-696x464.jpg"
alt="" title="lido"></a><figcaption class="wp-caption-text">${mtCaption}</figcaption></figure></div>
${ps(mtP1)}
<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span>
<div class="td-all-devices"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000" data-ad-slot="118"></ins></div></div>
<h3>${mtH1}</h3>
${ps(mtP2)}
<h3>${mtH2}</h3>
${ps(mtP3)}
<h3>${mtH3}</h3>
${ps(mtP4)}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>${links(mtTags)}</ul></div>
${share('bottom')}
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span>
<a href="https://islandcourier.example/bus-route-changes/">${mtPrev}</a></div></div><div class="td-next-prev-separator"></div>
<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a
href="https://islandcourier.example/court-fraud/">
${mtNext}</a></div></div></div>
<div class="author-box-wrap"><a href="https://islandcourier.example/author/kazzopardi/"><img alt="" src="https://secure.gravatar.example/avatar/ka?s=96"
class="avatar avatar-96 photo" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn">
<a href="https://islandcourier.example/author/kazzopardi/">Karl Azzopardi</a></span></div><div class="td-author-description">${mtBio}</div>
<div class="td-author-social"></div><div class="clearfix"></div></div></div></footer></article>
<div class="td_block_wrap td_block_related_posts tdi_4_rand td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_4_rand">
<h4 class="td-related-title td-block-title"><a id="tdi_5" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">RELATED ARTICLES</a>
<a id="tdi_6" class="td-related-right" data-td_filter_value="td_related_more_from_author" href="#">MORE FROM AUTHOR</a></h4>
<div id="tdi_4_rand" class="td_block_inner"><div class="td-related-row">${mtRelated
  .map(
    (t, i) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details">
<h3 class="entry-title td-module-title"><a href="https://islandcourier.example/related-${i}/" rel="bookmark" title="${t}">${t}</a></h3>
<span class="td-post-date"><time class="entry-date updated td-module-date">${mtRelatedDates[i]}</time></span></div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title"><span>4 COMMENTS</span></h4></div>
<ol class="comment-list">${mtComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${mtForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${mtForm[1]}</a></small></h3><form action="https://islandcourier.example/wp-comments-post.php" method="post"
id="commentform"
class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Comment:" id="comment"
name="comment"
cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">${mtForm[2]}</div></div><div class="comment-form-input-wrap td-form-author">
<input class="" id="author" name="author" placeholder="Name:*" type="text" value="" size="30" aria-required='true' /><div
class="td-warning-author">${mtForm[3]}</div>
</div><div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" />
<div class="td-warning-email-error">${mtForm[4]}</div><div class="td-warning-email">${mtForm[5]}</div></div><div class="comment-form-input-wrap td-form-url">
<input class="" id="url" name="url" placeholder="Website:" type="text" value="" size="30" /></div><p class="comment-form-cookies-consent">
<input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label
for="wp-comment-cookies-consent">${mtForm[6]}</label>
</p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_social_counter tdi_7 td_block_template_1"><div class="td-block-title-wrap"><h4
class="block-title"><span>${mtStay[0]}</span></h4></div>
<div class="td-social-list">${[1, 3, 5]
  .map(
    (i) => `<div class="td_social_type td-pb-margin-side"><div class="td-social-box"><div class="td-sp"></div><span class="td_social_info">${mtStay[i]}</span>
<span class="td_social_button"><a href="#">${mtStay[i + 1]}</a></span></div></div>`,
  )
  .join('\n')}</div></div>
<div class="td_block_wrap td_block_7 tdi_8 td_block_template_1"><div class="td-block-title-wrap"><h4 class="block-title"><span>Most Popular</span></h4></div>
<div class="td_block_inner">${mtPopular
  .map((t, i) => `<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/popular-${i}/">${t}</a></h3></div>`)
  .join('\n')}</div></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<div class="td-footer-info"><div class="footer-logo-wrap"><img src="https://islandcourier.example/wp-content/uploads/logo-footer.png"
alt="Island Courier"></div>
<div class="block-title"><span>ABOUT US</span></div><div class="footer-text-wrap">${mtAbout}</div>
<div class="footer-social-wrap td-social-style-2"><div class="block-title"><span>FOLLOW US</span></div></div></div></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span-td-sub-footer-menu">
<ul class="td-subfooter-menu">${links(mtFoot, 'menu-item')}</ul></div><div class="td-pb-span-td-sub-footer-copy"><div class="td-sub-footer-copy">
© Island Courier Ltd 2025</div></div></div></div></div></div>
<script type="text/javascript" src="https://islandcourier.example/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8"
id="td-site-min-js"></script>
</body></html>`;
