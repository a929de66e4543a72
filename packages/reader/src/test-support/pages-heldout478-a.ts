import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file a: a sermon transcript on WordPress (Astra theme with the Sermon Manager plugin, whose single
 * template puts the title in an h2), and a parish newsletter posted as a Squarespace 7.1 blog item.
 */
const sTitle = 'The Long Road Home';
const sBlocks: Block[] = [
  j(
    'Good morning, church. If you have a Bible with you, keep it open at Luke 15, because we are going to stay with one story',
    'this morning and walk slowly through it. Most of us know it as the parable of the prodigal son, but I want to suggest that',
    'the real centre of the story is the road between the far country and the father’s house.',
  ),
  {
    q: j(
      '“But while he was still a long way off, his father saw him and was filled with compassion for him; he ran to his',
      'son, threw his arms around him and kissed him.” (Luke 15:20)',
    ),
  },
  { h: 'The far country' },
  j(
    'The younger son asks for his share of the inheritance while his father is still alive. In that village, everybody would',
    'have heard what that meant: I would rather have your money than have you. He sells his portion, leaves, and spends it all.',
    'Then a famine comes, and he ends up feeding pigs, hungry enough to envy them.',
  ),
  j(
    'Notice that Jesus does not hurry this part. The far country is not just a place of bad choices; it is a place of slow',
    'forgetting. The son forgets who he is. By the time he "comes to himself", as the old translation puts it, he has already',
    'decided he is no longer a son. He rehearses a speech: make me like one of your hired servants.',
  ),
  { h: 'The speech he never finishes' },
  j(
    'I have preached on this passage for nineteen years at Millbrook, and every time I notice something new. This year it was',
    'the speech. The son has practised it all the way home. He gets the first two lines out, and then the father interrupts',
    'him with a robe, a ring and sandals. The father never lets him reach the part about hired servants.',
  ),
  j(
    'Some of you are carrying a speech like that this morning. You have rehearsed what you will say to God, or to your sister,',
    'or to the friend you have not called in three years. You have already decided what you deserve. The gospel is that the',
    'Father does not wait for you to finish.',
  ),
  { h: 'The older brother on the porch' },
  j(
    'And then there is the older brother, who stays outside while the party goes on. He has never left home, and yet he is',
    'as far from the father as his brother ever was. The father goes out to him too. That is the second time in this story the',
    'father leaves the house to go and find a son.',
  ),
  j(
    'The parable ends without telling us whether the older brother goes in. Jesus leaves the door open, and I think that is',
    'deliberate. The question is not only for the Pharisees who were listening. It is for us, the ones who stayed.',
  ),
  { h: 'For this week' },
  {
    ul: [
      'Read Luke 15 again, slowly, once as the younger son and once as the older.',
      'Name one speech you have been rehearsing, and say it to God out loud.',
      'Make one phone call you have been putting off.',
    ],
  },
  j('The road home is long, but we do not walk it alone, and the Father is already running. Let us pray.'),
];
const sNav = ['Home', 'About', 'Sermons', 'Ministries', 'Events', 'Give', 'Contact'];
const sRecent = ['What the Shepherd Leaves Behind', 'A Coin in the Dust', 'Before the Feast'];
const sSeries = ['Coming Home (Lent 2027)', 'Psalms for the Road', 'Acts: The Church on the Move'];
const sFoot = ['Privacy Policy', 'Accessibility', 'Staff Login'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Long Road Home &#8211; Millbrook Community Church</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://millbrookcc.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="wpfc-sm-styles-css"
href="https://millbrookcc.org/wp-content/plugins/sermon-manager-for-wordpress/assets/css/sermon.min.css?ver=2.16.8" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"The Long Road Home",
"datePublished":"2027-03-07T16:02:11+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<script src="https://millbrookcc.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em}.site-title a{color:#1f3b4d}</style></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="wpfc_sermon-template-default single single-wpfc_sermon postid-2214 ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown"><div
class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div
class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity"><span class="site-title" itemprop="name"><a href="https://millbrookcc.org/" rel="home" itemprop="url">Millbrook
Community Church</a></span>
<p class="site-description" itemprop="description">Growing in grace on the east side</p></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article id="post-2214" class="wpfc-sermon-single post-2214 wpfc_sermon type-wpfc_sermon
status-publish hentry wpfc_preacher-dana-okafor wpfc_sermon_series-coming-home">
<div class="wpfc-sermon-single-inner"><div class="wpfc-sermon-single-main"><div class="wpfc-sermon-single-header"><div
class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-date">
March 7, 2027</div><h2 class="wpfc-sermon-single-title">${sTitle}</h2><div class="wpfc-sermon-single-meta">
<div class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-preacher custom-label"><span class="wpfc-sermon-single-meta-prefix">Preacher: </span>
<span class="wpfc-sermon-single-meta-text"><a href="https://millbrookcc.org/preacher/dana-okafor/">Rev. Dana Okafor</a></span></div>
<div class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-series"><span class="wpfc-sermon-single-meta-prefix">Series: </span>
<span class="wpfc-sermon-single-meta-text"><a href="https://millbrookcc.org/series/coming-home/">Coming Home (Lent 2027)</a></span></div>
<div class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-passage"><span class="wpfc-sermon-single-meta-prefix">Passage: </span>
<span class="wpfc-sermon-single-meta-text">Luke 15:11-32</span></div></div></div>
<div class="wpfc-sermon-single-media"><div class="wpfc-sermon-single-audio player-plyr"><audio controls preload="metadata" class="wpfc-sermon-player"
src="https://millbrookcc.org/wp-content/uploads/sermons/2027/03/2027-03-07-long-road-home.mp3"></audio>
<a class="wpfc-sermon-single-audio-download" href="https://millbrookcc.org/wp-content/uploads/sermons/2027/03/2027-03-07-long-road-home.mp3" download
title="Download Audio"><svg fill="#000000" height="24" viewBox="0 0 24 24" width="24"><path d="M0 0h24v24H0z" fill="none"></path></svg></a></div></div>
<div class="wpfc-sermon-single-description">
${render(sBlocks, { h: (t) => `<h3>${t}</h3>`, q: (t) => `<blockquote class="wp-block-quote"><p>${t}</p></blockquote>` })}
</div><div class="wpfc-sermon-single-topics"><span class="wpfc-sermon-single-topics-prefix">Topics: </span><span class="wpfc-sermon-single-topics-text">
<a href="https://millbrookcc.org/sermon-topics/grace/">Grace</a>, <a href="https://millbrookcc.org/sermon-topics/forgiveness/">Forgiveness</a></span></div>
</div><div class="wpfc-sermon-single-navigation"><a href="https://millbrookcc.org/sermons/before-the-feast/" class="previous-sermon">&laquo; Before the
Feast</a>
<a href="https://millbrookcc.org/sermons/a-coin-in-the-dust/" class="next-sermon">A Coin in the Dust &raquo;</a></div></div></article>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">Leave a Reply
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel Reply</a></small></h3>
<form action="https://millbrookcc.org/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
Your email address will not be published. Required fields are marked <span class="required">*</span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div
class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45"
rows="8"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div><div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://millbrookcc.org/"><label
for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
name="s"></label></form></aside>
<aside id="recent-sermons-2" class="widget widget_recent_sermons"><h2 class="widget-title">Recent Sermons</h2><ul>${links(sRecent)}</ul></aside>
<aside id="sermon-series-2" class="widget widget_sermon_series"><h2 class="widget-title">Sermon Series</h2><ul>${links(sSeries.slice(1))}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row ast-builder-grid-row-full ast-grid-center-col-layout"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Millbrook Community Church | 418 Tanner Street, Millbrook</p></div>
<nav class="site-footer-nav"><ul>${links(sFoot)}</ul></nav></div></div></div></footer></div>
<script src="https://millbrookcc.org/wp-content/plugins/sermon-manager-for-wordpress/assets/vendor/js/plyr.polyfilled.min.js?ver=3.4.7"
id="wpfc-sm-plyr-js"></script>
<script id="wpfc-sm-plyr-loader-js-extra">var sm_data={"debug":"0","use_native_player_safari":"0"};</script></body></html>`;
const sermonManager: TestPage = {
  name: 'heldout478-sermon-manager-astra-sermon',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: headingsOf(sBlocks),
  body: bodyOf(sBlocks),
  bylines: ['March 7, 2027', 'Preacher: Rev. Dana Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Millbrook Community Church', 'Growing in grace on the east side', ...sNav.slice(2), 'Series: Coming Home (Lent 2027)',
    'Passage: Luke 15:11-32', 'Topics: Grace, Forgiveness', '« Before the Feast', 'A Coin in the Dust »', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Recent Sermons', 'What the Shepherd Leaves Behind',
    'Sermon Series', ...sSeries.slice(1), 'Copyright © 2027 Millbrook Community Church | 418 Tanner Street, Millbrook', ...sFoot,
  ],
};

const qTitle = 'The Parish Post — April 2027';
const qBlocks: Block[] = [
  { h: 'From the Rector' },
  j(
    'Dear friends, Easter comes late this year, and I confess I am grateful for the extra weeks of Lent. The daffodils along the',
    'churchyard wall have been out since the first week of March, which feels like the garden is preaching ahead of me.',
  ),
  j(
    'Thank you to everyone who came to the Wednesday soup suppers. We served 340 bowls over five weeks and raised £1,180 for the',
    'Dunmore food bank. Special thanks to the Tuesday knitters, who somehow also made the bread.',
  ),
  { h: 'Holy Week at St Bride’s' },
  {
    ul: [
      'Palm Sunday, 21 March: Procession from the lychgate at 9.45am, Sung Eucharist at 10am',
      'Maundy Thursday, 25 March: Supper and Eucharist with foot washing at 7pm in the hall',
      'Good Friday, 26 March: Children’s Way of the Cross at 10am; Hour at the Cross at 2pm',
      'Easter Day, 28 March: Dawn service on Caddon Hill at 6am; Festival Eucharist at 10am',
    ],
  },
  { h: 'Parish news' },
  j(
    'The bell tower repairs are finished, and the scaffolding came down on 12 March. The ringers will ring a full peal on Easter',
    'morning for the first time in two years, so please forgive them in advance if you live on Kirk Lane.',
  ),
  j(
    'We said goodbye to Margaret Ellory, who has arranged the altar flowers for thirty-one years and is moving to be near her',
    'daughter in Perth. A new flower rota is on the board at the back of church; no experience is needed.',
  ),
  'Grace and peace,',
  'Mother Helen',
];
const qNav = ['About', 'Services', 'Weddings & Baptisms', 'The Parish Post', 'Hall Hire', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>The Parish Post — April 2027 — St Bride’s Church, Dunmore</title>
<link rel="canonical" href="https://www.stbridesdunmore.org.uk/parish-post/april-2027">
<meta property="og:site_name" content="St Bride’s Church, Dunmore"><meta property="og:type" content="article"><meta itemprop="author" content="Helen Marsh">
<script type="application/ld+json">{"url":"https://www.stbridesdunmore.org.uk","name":"St Bride’s Church, Dunmore",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","datePublished":"2027-03-14T09:00:00+0000",
"author":{"@type":"Person","name":"Helen Marsh"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63a1f0/10/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6610d2c4" class="tweak-blog-item-width-medium tweak-blog-item-alignment-center primary-button-style-solid header-width-full
view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a id="site-title" href="/">St Bride’s Church,
Dunmore</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse"
href="/give">Give</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6610d2c4"><section
class="page-section layout-engine-section
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-theme="white">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-helen-marsh post-type-text
article-index-1 tag-newsletter category-parish-post" data-item-id="6610d2c4"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<div class="blog-meta-section"><span class="blog-author"><a href="/parish-post?author=5f2e">Helen Marsh</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2027-03-14">14 Mar</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-6610d2c4">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1710406">
<div class="sqs-block-content"><div class="sqs-html-content">
${render(qBlocks, {
  p: (t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`,
  h: (t) => `<h3>${t}</h3>`,
  ul: (i) => `<ul
data-rte-list="default">${i.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>`,
})}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f2e/tower.jpg" alt="The bell tower without its scaffolding">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">The tower, free of scaffolding at last. Photo: Ian
Tullis</p></div></figcaption>
</figure></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="63b0"><header class="newsletter-form-header"><h2>Get The Parish Post by email</h2>
<div class="newsletter-form-header-description"><p>One email a month, and the weekly notices on Fridays.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-63b0">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout"
type="submit"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="hidden form-submission-text">Thank you! You are on the list.</div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6610d2c4"><div class="comment-count">0 Comments</div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a class="item-pagination-link item-pagination-link--prev"
href="/parish-post/march-2027">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">The Parish Post — March 2027</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper"><div
class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h4>St Bride’s Church</h4>
<p class="">Kirk Lane, Dunmore DN4 7QB</p><p class="">Registered charity no. 1130417</p><p class="">© 2027 Parochial Church Council of St Bride’s,
Dunmore</p></div></div></div>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 PRIMARY_BANNER" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience and to count
visits.</p>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout478-squarespace-parish-newsletter',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: headingsOf(qBlocks),
  body: bodyOf(qBlocks).slice(0, -2),
  bylines: ['Helen Marsh', '14 Mar', 'Grace and peace,', 'Mother Helen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'St Bride’s Church, Dunmore', ...qNav.filter((t) => t !== 'The Parish Post'), 'Give',
'The tower, free of scaffolding at last. Photo: Ian Tullis',
    'Get The Parish Post by email', 'One email a month, and the weekly notices on Fridays.', 'Email Address', 'Sign Up', '0 Comments', 'Previous',
    'The Parish Post — March 2027', 'St Bride’s Church', 'Kirk Lane, Dunmore DN4 7QB', 'Registered charity no. 1130417',
    '© 2027 Parochial Church Council of St Bride’s, Dunmore', 'This website uses cookies to improve your experience and to count visits.', 'Accept',
    'Decline',
  ],
};

export const HELDOUT478_A: readonly TestPage[] = [sermonManager, squarespace];
