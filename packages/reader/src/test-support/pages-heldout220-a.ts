import { links, ps, type TestPage, texts } from './page-kit.js';
import { dedupe } from './pages-heldout220-kit.js';
import { parishNewsletter } from './pages-heldout220-a2.js';

/**
 * Held-out batch 220, file a: a church's sermon blog post on WordPress (Astra-style theme with the Sermon Manager meta line,
 * audio player and download link, Jetpack "Share this:" and "Like this:" blocks, Jetpack related posts, the post navigation,
 * the comments area with one comment and the reply form, a sidebar with search, service times and recent sermons, and the
 * footer) and, from file a2, a Catholic parish's weekly newsletter page on a parish website (news).
 */
const smTitle = 'The Stranger on the Emmaus Road';
const smP1 = [
  'Two friends are walking home at the end of the worst week of their lives. They had hoped, Luke tells us, that Jesus was the one who ' +
    'would set things right. Now he is dead, the rumours from the tomb sound like grief talking, and the seven miles to Emmaus must have ' +
    'felt like seventy.',
  'I want to sit with them on that road this morning, because I suspect most of us have walked it at some point. Maybe some of us are ' + 'walking it now.',
];
const smH1 = 'Walking away';
const smP2 = [
  'Notice first that they are leaving. Jerusalem is where the disciples are gathered, where the women have told their story, where ' +
    'something might still happen. Cleopas and his companion have decided they have seen enough. They are going home.',
  'There is no judgement in the text about that. Luke simply tells us where they were going and what they were talking about. ' +
    'Sometimes walking away is the only thing a sad heart can manage, and God does not wait for us to turn around before coming close.',
  'Because that is exactly what happens. A stranger falls into step beside them and asks what they are discussing. And they stand ' +
    'still, Luke says, looking sad.',
];
const smH2 = 'Kept from seeing';
const smP3 = [
  'It is one of the strangest lines in the gospels: their eyes were kept from recognising him. We are not told why. But I find it ' +
    'oddly comforting. If the two people who had travelled with Jesus for three years could walk beside him for an afternoon and not ' +
    'know him, then perhaps it is no failure of faith when we miss him too.',
  'He meets them in their confusion rather than demanding they get over it first. He lets them tell the whole story, even the part ' +
    'where they say, “we had hoped.” Only then does he open the scriptures to them, beginning with Moses and all the prophets.',
];
const smQuote = 'Were not our hearts burning within us while he was talking to us on the road?';
const smH3 = 'Known in the breaking of bread';
const smP4 = [
  'When they reach the village the stranger acts as though he is going further. They urge him to stay. It is late, the day is nearly ' +
    'over. Hospitality, not certainty, is what opens the door.',
  'And at the table he takes bread, blesses it, breaks it and gives it to them. It is the most ordinary thing in the world, and it is ' +
    'the moment their eyes are opened. Then he vanishes, and they realise they had known all along, somewhere underneath.',
  'So here is what I would leave with you this week:',
];
const smList = [
  'Tell God the “we had hoped” part. He is not put off by it.',
  'Keep the table open. Invite someone to stay for lunch, especially someone walking away.',
  'Look for Christ in ordinary things, in bread, in conversation, in the stranger who asks what you are talking about.',
];
const smP5 = [
  'The two friends got up that same hour and walked the seven miles back in the dark. Grief had made the road long. Joy made it short. ' +
    'May it be so for us. Amen.',
];
const smNav = ['Home', 'About Us', 'Sermons', 'Ministries', 'Events', 'Give', 'Contact'];
const smCaption = 'Pastor Danielle Okafor preaching at the 10:30 service.';
const smShare = ['Share this:', 'Facebook', 'X', 'Email', 'Print', 'Like this:', 'Like', 'Loading...'];
const smRelated = ['When Thomas Wanted Proof', 'Bread Enough for the Journey', 'The Shepherd Who Calls by Name'];
const smRelDates = ['April 20, 2025', 'March 30, 2025', 'May 4, 2025'];
const smComment =
  'Thank you for this, Pastor Dani. I have been on that road since my mum died in January and the line about God not waiting for us ' +
  'to turn around was exactly what I needed.';
const smForm = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const smSide = ['Search for:', 'Search', 'Sunday Services', 'Sunday 8:30 and 10:30 am', 'Wednesday Prayer, 7 pm', 'Recent Sermons'];
const smRecent = ['Doubt in the Upper Room', 'The Empty Tomb and the Early Morning', 'Palm Branches and Quiet Donkeys'];
const smFoot = ['Grace Hill Community Church', '412 Orchard Street, Millbrook', 'Privacy Policy', 'Safeguarding'];
const smHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Stranger on the Emmaus Road &#8211; Grace Hill Community Church</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://gracehillchurch.example/sermons/the-stranger-on-the-emmaus-road/">
<meta property="og:type" content="article"><meta property="og:title" content="${smTitle}"><meta property="og:site_name" content="Grace Hill Community Church">
<meta name="generator" content="WordPress 6.7.2"><link rel="stylesheet" id="astra-theme-css-css"
href="https://gracehillchurch.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1" media="all">
<link rel="stylesheet" id="wpfc-sm-styles-css"
href="https://gracehillchurch.example/wp-content/plugins/sermon-manager-for-wordpress/assets/css/sermon.min.css?ver=2.16.8" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${smTitle}",
"datePublished":"2025-04-27T15:02:11+00:00","author":{"name":"Danielle Okafor"},"publisher":{"@id":"https://gracehillchurch.example/#organization"}}]}</script>
<script src="https://gracehillchurch.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="wpfc_sermon-template-default single single-wpfc_sermon postid-2231 ast-desktop ast-separate-container ast-right-sidebar astra-4.8.1">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"
itemtype="https://schema.org/WPHeader">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://gracehillchurch.example/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="https://gracehillchurch.example/wp-content/uploads/2023/02/ghcc-logo.png" class="custom-logo" alt="Grace Hill Community Church"></a></span></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(smNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2231 wpfc_sermon type-wpfc_sermon status-publish has-post-thumbnail hentry wpfc_preacher-danielle-okafor
wpfc_sermon_series-easter-encounters ast-article-single" id="post-2231"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${smTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">April 27, 2025</span></span> / By
<span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="https://gracehillchurch.example/author/dokafor/" rel="author"><span
class="author-name" itemprop="name">Danielle Okafor</span></a></span></div></header>
<div class="post-thumb-img-content post-thumb"><figure class="wp-caption"><img width="1200" height="675"
src="https://gracehillchurch.example/wp-content/uploads/2025/04/emmaus-sermon.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"><figcaption class="wp-caption-text">${smCaption}</figcaption></figure></div>
<div class="entry-content clear" itemprop="text">
<div class="wpfc-sermon-single-meta"><div class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-preacher"><span
class="wpfc-sermon-single-meta-prefix">Preacher:</span>
<span class="wpfc-sermon-single-meta-text"><a href="/preacher/danielle-okafor/">Rev. Danielle Okafor</a></span></div>
<div class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-series"><span class="wpfc-sermon-single-meta-prefix">Series:</span>
<span class="wpfc-sermon-single-meta-text"><a href="/sermons/series/easter-encounters/">Easter Encounters</a></span></div>
<div class="wpfc-sermon-single-meta-item wpfc-sermon-single-meta-passage"><span class="wpfc-sermon-single-meta-prefix">Passage:</span>
<span class="wpfc-sermon-single-meta-text">Luke 24:13–35</span></div></div>
<div class="wpfc-sermon-single-audio player-plyr"><audio controls preload="metadata" class="wpfc-sermon-player"
src="https://gracehillchurch.example/wp-content/uploads/2025/04/2025-04-27-emmaus.mp3"></audio>
<a class="wpfc-sermon-single-audio-download" href="https://gracehillchurch.example/wp-content/uploads/2025/04/2025-04-27-emmaus.mp3" download
title="Download Audio File">Download Audio File</a></div>
<div class="wpfc-sermon-single-description">
${ps(smP1)}
<h2 class="wp-block-heading">${smH1}</h2>
${ps(smP2)}
<h2 class="wp-block-heading">${smH2}</h2>
${ps(smP3)}
<blockquote class="wp-block-quote is-layout-flow"><p>${smQuote}</p><cite>Luke 24:32</cite></blockquote>
<h2 class="wp-block-heading">${smH3}</h2>
${ps(smP4)}
<ol class="wp-block-list">${smList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(smP5)}
</div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3
class="sd-title">${smShare[0]}</h3>
<div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon"
href="?share=facebook" target="_blank"><span>${smShare[1]}</span></a></li>
<li class="share-x"><a class="share-x sd-button share-icon" href="?share=x" target="_blank"><span>${smShare[2]}</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D"><span>${smShare[3]}</span></a></li>
<li class="share-print"><a class="share-print sd-button share-icon" href="#print"><span>${smShare[4]}</span></a></li><li
class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-18822-2231"
data-src="https://widgets.wp.com/likes/#blog_id=18822">
<h3 class="sd-title">${smShare[5]}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span
class="button"><span>${smShare[6]}</span></span>
<span class="loading">${smShare[7]}</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">
${smRelated
  .map(
    (
      t,
      i,
    ) => `<div class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="22${i}0" data-post-format="false"><h4 class="jp-relatedposts-post-title">
<a class="jp-relatedposts-post-a" href="/sermons/${i}/" rel="nofollow">${t}</a></h4><p class="jp-relatedposts-post-date"
style="display: block;">${smRelDates[i]}</p>
<p class="jp-relatedposts-post-context">In &quot;Sermons&quot;</p></div>`,
  )
  .join('\n')}</div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/sermons/when-thomas-wanted-proof/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/sermons/the-shepherd-who-calls-by-name/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3
class="comments-title">1 thought on “${smTitle}”</h3></div>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-412"><article id="comment-412" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div
class="ast-comment-cite-wrap"><cite><b class="fn">Marjorie Tuttle</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-412"><time
datetime="2025-04-28T09:14:00+00:00">April 28, 2025 at 9:14 am</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${smComment}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a
rel="nofollow" class="comment-reply-link" href="?replytocom=412#respond">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${smForm[0]} <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">${smForm[1]}</a></small></h3>
<form action="https://gracehillchurch.example/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p
class="comment-notes"><span id="email-notes">${smForm[2]}</span>
<span class="required-field-message">${smForm[3]} <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><label for="comment"
class="screen-reader-text">${smForm[4]}</label><div class="comment-form-textarea ast-grid-common-col">
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<div class="ast-comment-formwrap ast-row"><p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label
for="author" class="screen-reader-text">${smForm[5]}*</label>
<input id="author" name="author" type="text" placeholder="Name*" size="30" aria-required="true"></p><p
class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
<label for="email" class="screen-reader-text">${smForm[6]}*</label><input id="email" name="email" type="text" placeholder="Email*" size="30"></p>
<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url"
class="screen-reader-text">${smForm[7]}</label><input id="url" name="url" type="text" placeholder="Website" size="30"></p></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label
for="wp-comment-cookies-consent">${smForm[8]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${smForm[9]}"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="https://gracehillchurch.example/"><label><span class="screen-reader-text">${smSide[0]}</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label><button class="search-submit">${smSide[1]}</button></form></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">${smSide[2]}</h2><div
class="textwidget"><p>${smSide[3]}</p><p>${smSide[4]}</p></div></aside>
<aside id="wpfc_sermon_widget-2" class="widget widget_recent_sermons"><h2
class="widget-title">${smSide[5]}</h2><ul>${links(smRecent, 'widget_recent_sermons_item')}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"><div
class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-footer-copyright"><p>Copyright © 2025 ${smFoot[0]}</p><p>${smFoot[1]}</p></div></div>
<div class="site-footer-below-section-2 site-footer-section"><nav class="site-navigation" aria-label="Footer"><ul
class="menu">${links(smFoot.slice(2))}</ul></nav></div></div></div></div></footer></div>
<script id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {"v":"ext","blog":"18822","post":"2231"} ]);</script>
<script src="https://stats.wp.com/e-202517.js" id="jetpack-stats-js" defer></script>
<script src="https://gracehillchurch.example/wp-content/plugins/sermon-manager-for-wordpress/assets/vendor/js/plyr.polyfilled.min.js?ver=3.7.8"
id="wpfc-sm-plyr-js"></script></body></html>`;
const sermonPost: TestPage = {
  html: smHtml,
  name: 'heldout220-wordpress-sermon-blog',
  kind: 'blog',
  // the scripture blockquote is body (its cite "Luke 24:32" in neither list); the Sermon Manager meta (preacher, series,
  // passage) is in neither list apart from the preacher name line (byline); the audio download link, caption, share
  // and like blocks, related posts, comments, form, sidebar and footer are furniture
  title: smTitle,
  headings: [smH1, smH2, smH3],
  body: [...texts(smP1), ...smP2, ...smP3, smQuote, ...smP4, ...smList, ...smP5],
  bylines: ['April 27, 2025', 'Danielle Okafor', 'Rev. Danielle Okafor', 'Marjorie Tuttle', 'April 28, 2025 at 9:14 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: dedupe([
    'Skip to content', 'Main Menu', ...smNav, smCaption, 'Preacher:', 'Series:', 'Easter Encounters', 'Download Audio File', ...smShare, 'Related',
    ...smRelated, ...smRelDates, 'In "Sermons"', 'Post navigation', 'Previous Post', 'Next Post', `1 thought on “${smTitle}”`, smComment, 'Reply',
    ...smForm.slice(0, 9), ...smSide, ...smRecent, 'Copyright © 2025 Grace Hill Community Church', ...smFoot,
  ]),
};

/** Batch 220, file a: the sermon blog post and the parish newsletter page. */
export const HELDOUT220_A: readonly TestPage[] = [sermonPost, parishNewsletter];
