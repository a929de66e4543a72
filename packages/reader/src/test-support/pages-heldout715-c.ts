import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout715-kit.js';

/**
 * Held-out batch 715, file c: a fireball post on a public observatory's WordPress blog (Astra theme with the header builder,
 * Cookie Notice bar, block images, table and list, a "Become a member" call-to-action group inside the content, Jetpack share,
 * likes and related posts, post navigation, two comments with a reply form and a widget sidebar), and a backyard radio
 * telescope story on Medium (publication post: subtitle, author line with Follow, reading time, claps and responses, in-body
 * h1 sections, figures, a blockquote, a code block, tags, "Written by" box, more-from and recommended rails, sign-up banner).
 */
const oTitle = 'Our new all-sky camera caught a fireball over the Tarrow Valley';
const oIntro = j(
  'Just after 11:20 pm on Tuesday 23 February, the new all-sky camera on the roof of the Lantern Dome recorded the brightest meteor',
  'it has seen since it went into service in December. If you were outside in the valley that night and looked north, you may have',
  'seen it too: several of you have already written in.',
);
const oFig = 'A stacked frame from the all-sky camera showing the fireball crossing from north-east to north-west. North is at the top.';
const oH = ['What the camera saw', 'Did anything reach the ground?', 'See it for yourself'];
const oSaw = [
  j(
    'The camera, a fisheye lens on a low-noise astronomy camera in a heated weatherproof housing, takes a 5-second exposure every 6',
    'seconds from dusk to dawn. Software running on a small computer in the dome compares each frame with the one before and saves a',
    'short video whenever something bright moves across the sky.',
  ),
  j(
    'The fireball appeared low in the north-east, moved almost parallel to the horizon and broke into at least three pieces before',
    'fading over the hills to the north-west. It lasted about 4.2 seconds, which is long for a meteor, and suggests that the object',
    'came in at a shallow angle.',
  ),
];
const oRows = [
  ['Time (UTC)', 'Event'],
  ['23:21:07', 'First detection, altitude 31°, azimuth 58°'],
  ['23:21:09', 'Brightest point, estimated magnitude −9'],
  ['23:21:10', 'Breaks into three fragments'],
  ['23:21:11', 'Last fragment fades, altitude 14°, azimuth 322°'],
];
const oTableCap = 'Times from the camera’s GPS clock. Altitudes and azimuths are measured from the observatory.';
const oSaw2 = j(
  'At magnitude −9, the fireball was briefly brighter than a half moon. Hari, one of our volunteers, was walking his dog on',
  'Penhallow Lane at the time and described it as “a green sparkler with a tail, going sideways.”',
);
const oGround = [
  j(
    'Probably not, but we do not know yet. To work out a meteor’s path through the atmosphere, you need at least two cameras that saw',
    'it from different places. We have sent our video to the Northern Fireball Network, a group of about 40 amateur and university',
    'stations across the region, and two of their cameras, at Carrow and at Eastmere, caught it as well.',
  ),
  j(
    'Harriet Llewellyn, who coordinates the network, told us that the first rough solution puts the end of the bright flight about',
    '28 km above the moors west of Eastmere. “Most objects this size burn up completely,” she said, “but if anything survived, it',
    'would be a few small stones, and we will put out a search area if the numbers support it.”',
  ),
  'If you saw the fireball, please report it with:',
];
const oList = [
  'where you were, as exactly as you can (a postcode or a landmark is fine);',
  'which direction you were facing, and where in the sky it started and ended;',
  'how long it lasted and what colours you saw;',
  'any photos or dashcam video, even if it looks like nothing.',
];
const oGround2 = 'You can send reports to the network directly, or to us through our contact page, and we will pass them on.';
const oSee = j(
  'Images from the all-sky camera for the last 24 hours are now on our website, updated every ten minutes through the night. We',
  'will also show the fireball video, and a few of the camera’s other catches from its first three months, at the public open',
  'evening on Friday 5 March.',
);
const oCta = j(
  'Ridgeback Hill Observatory is run by volunteers and funded by our visitors and members. If you enjoyed this post, please',
  'consider supporting us.',
);
const oMenu = ['Visit', 'Public nights', 'Schools', 'Blog', 'Membership', 'Contact'];
const oShare = ['Facebook', 'X', 'Email', 'Print'];
const oRel: [string, string, string][] = [
  ['Three months of the all-sky camera', 'February 2, 2027', 'In "All-sky camera"'],
  ['Geminids from the Lantern Dome', 'December 16, 2026', 'In "News"'],
  ['Winter open evenings announced', 'November 20, 2026', 'In "Public nights"'],
];
const oComments: [string, string, string][] = [
  [
    'Morwenna Teague',
    'February 26, 2027 at 9:14 pm',
    'I saw this from the car park at the Fox and Lantern! Thought it was a firework at first until it broke up. Glad someone caught it on camera.',
  ],
  [
    'Gwen Pryor-Hale',
    'February 26, 2027 at 10:02 pm',
    'Thanks Morwenna! If you can remember which way you were facing, please do send a report to the network. Every sighting helps narrow down the path.',
  ],
];
const oNights = ['Friday 5 March, 7:30 pm', 'Saturday 13 March, 8 pm (members)', 'Friday 26 March, 8 pm'];
const oRecent = ['Our new all-sky camera caught a fireball over the Tarrow Valley', 'Three months of the all-sky camera', 'Volunteer training day: 20 March'];
const oCookie = j(
  'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume',
  'that you are happy with it.',
);
const oComment = (
  [n, d, t]: [string, string, string],
  i: number,
): string => `<li class="comment ${i === 1 ? 'byuser comment-author-ridgeback bypostauthor ' : ''}even
thread-even depth-1" id="li-comment-${512 + i}"><article id="comment-${512 + i}" class="ast-comment"><div class='ast-comment-info'><div
class='ast-comment-avatar-wrap'><img alt='' src='https://secure.gravatar.com/avatar/${i}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50'
width='50'></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard
capitalize"><div class="ast-comment-user-wrap"><cite><b class="fn">${n}</b></cite></div><div class="ast-comment-time ast-row"><span class="timendate"><a
href="https://ridgebackhill.org/2027/02/26/all-sky-camera-fireball/#comment-${512 + i}"><time datetime="2027-02-26T21:14:00+00:00">${d}</time></a></span></div>
</header></div><section class="ast-comment-content comment"><p>${t}</p></section><div class="ast-comment-edit-reply-wrap capitalize"><span
class="ast-reply-link"><a rel='nofollow' class='comment-reply-link' href='#comment-${512 + i}' data-commentid="${512 + i}">Reply</a></span></div></div></div>
</article></li>`;
const oHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>Our new all-sky camera caught a fireball over the Tarrow Valley &#8211; Ridgeback Hill Observatory</title>
<meta name='robots' content='max-image-preview:large'><link rel="alternate" type="application/rss+xml" title="Ridgeback Hill Observatory &raquo; Feed"
href="https://ridgebackhill.org/feed/">
<link rel='stylesheet' id='astra-theme-css-css' href='https://ridgebackhill.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all'>
<link rel='stylesheet' id='jetpack_css-css' href='https://ridgebackhill.org/wp-content/plugins/jetpack/css/jetpack.css?ver=13.1' media='all'>
<link rel='stylesheet' id='cookie-notice-front-css' href='https://ridgebackhill.org/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all'>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":"1",
"is_header_footer_builder_active":"1"};</script>
<meta property="og:type" content="article"><meta property="og:title" content="${oTitle}"><meta property="og:site_name" content="Ridgeback Hill Observatory">
<meta property="article:published_time" content="2027-02-26T18:40:12+00:00"><link rel="canonical"
href="https://ridgebackhill.org/2027/02/26/all-sky-camera-fireball/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${oTitle}",
"datePublished":"2027-02-26T18:40:12+00:00","author":{"name":"Gwen Pryor-Hale"},"articleSection":["All-sky camera","News"]}]}</script></head>
<body class="post-template-default single single-post postid-2841 single-format-standard wp-custom-logo wp-embed-responsive ast-desktop
ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-hfb-header ast-normal-title-enabled cookies-not-set">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hfb-header" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div
class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div
class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left site-header-section
ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div
class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a
href="https://ridgebackhill.org/" class="custom-logo-link" rel="home"><img width="64" height="64"
src="https://ridgebackhill.org/wp-content/uploads/2024/05/rho-logo.png"
class="custom-logo" alt="Ridgeback Hill Observatory"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a
href="https://ridgebackhill.org/" rel="home" itemprop="url">Ridgeback Hill Observatory</a></span><p class="site-description"
itemprop="description">Dark skies, open
doors</p></div></div></div></div><div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div
class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation
ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(oMenu, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2841 post type-post status-publish format-standard has-post-thumbnail hentry category-all-sky-camera category-news tag-fireball tag-meteors
ast-article-single" id="post-2841" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${oTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Gwen Pryor-Hale"
href="https://ridgebackhill.org/author/gwen/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Gwen
Pryor-Hale</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">February 26, 2027</span></span> / <span
class="ast-terms-link"><a href="https://ridgebackhill.org/category/all-sky-camera/">All-sky camera</a>, <a
href="https://ridgebackhill.org/category/news/">News</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<p>${oIntro}</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="1024"
src="https://ridgebackhill.org/wp-content/uploads/2027/02/fireball-stack-1024x1024.jpg" alt="" class="wp-image-2843"><figcaption
class="wp-element-caption">${oFig}</figcaption></figure>
<h2 class="wp-block-heading">${at(oH, 0)}</h2>
${ps(oSaw)}
<figure class="wp-block-table is-style-stripes"><table><thead><tr>${(oRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${oRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table><figcaption class="wp-element-caption">${oTableCap}</figcaption></figure>
<p>${oSaw2}</p>
<h2 class="wp-block-heading">${at(oH, 1)}</h2>
${ps(oGround)}
<ul class="wp-block-list">${lis(oList)}</ul>
<p>${oGround2}</p>
<h2 class="wp-block-heading">${at(oH, 2)}</h2>
<p>${oSee}</p>
<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained rho-cta"><div class="wp-block-group__inner-container">
<p class="has-text-align-center">${oCta}</p><div class="wp-block-buttons is-content-justification-center is-layout-flex"><div class="wp-block-button"><a
class="wp-block-button__link wp-element-button" href="https://ridgebackhill.org/membership/">Become a member</a></div></div></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${oShare
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon"
href="https://ridgebackhill.org/2027/02/26/all-sky-camera-fireball/?share=${t.toLowerCase()}" target="_blank"
title="Click to share on ${t}"><span>${t}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded' id='like-post-wrapper-218840112-2841-65f1c0'
data-name='like-post-frame'>
<h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span
class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts'
style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items
jp-relatedposts-items-visual jp-relatedposts-grid">${oRel
  .map(
    ([t, d, c]) => `<div class="jp-relatedposts-post jp-relatedposts-post-thumbs"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="https://ridgebackhill.org/?p=${t.length}">${t}</a></h4><p class="jp-relatedposts-post-date">${d}</p><p
class="jp-relatedposts-post-context">${c}</p></div>`,
  )
  .join('\n')}</div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a title="Three months of the all-sky camera" href="https://ridgebackhill.org/2027/02/02/all-sky-three-months/" rel="prev"><span
class="ast-left-arrow" aria-hidden="true">&larr;</span> Previous Post</a></div><div class="nav-next"><a title="Volunteer training day: 20 March"
href="https://ridgebackhill.org/2027/03/01/volunteer-training/" rel="next">Next Post <span class="ast-right-arrow" aria-hidden="true">&rarr;</span></a></div>
</div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“<span>${oTitle}</span>”</h3></div><ol class="ast-comment-list">
${oComments.map(oComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="/2027/02/26/all-sky-camera-fireball/#respond"
style="display:none;">Cancel reply</a></small></h3><form action="https://ridgebackhill.org/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required fields are marked <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset
class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment"
class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"
aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row"><p
class="comment-form-author ast-grid-common-col ast-width-lg-33
ast-width-md-4 ast-float"><label for="author" class="screen-reader-text">Name*</label><input id="author" name="author" type="text" value="" placeholder="Name*"
size="30" aria-required='true' autocomplete="name"></p><p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label
for="email"
class="screen-reader-text">Email*</label><input id="email" name="email" type="text" value="" placeholder="Email*" size="30" aria-required='true'
autocomplete="email"></p><p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float"><label for="url"
class="screen-reader-text">Website</label><input id="url" name="url" type="text" value="" placeholder="Website" size="30" autocomplete="url"></p></div><p
class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label
for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input
name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="https://ridgebackhill.org/"
class="wp-block-search__button-outside
wp-block-search__text-button wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><div
class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s"
required><button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></aside>
<aside id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Upcoming public nights</h2><ul
class="wp-block-list">${lis(oNights)}</ul><p><a href="https://ridgebackhill.org/public-nights/">Book a place</a></p></div></aside>
<aside id="block-4" class="widget widget_block widget_recent_entries"><div class="wp-block-group"><h2 class="wp-block-heading">Recent Posts</h2><ul
class="wp-block-latest-posts__list wp-block-latest-posts">${oRecent
  .map((t) => `<li><a class="wp-block-latest-posts__post-title" href="https://ridgebackhill.org/?s=${t.length}">${t}</a></li>`)
  .join('')}</ul></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap
ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full" data-section="section-below-footer-builder"><div
class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div
class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Copyright © 2027 Ridgeback Hill Observatory | Powered by <a
href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-visible cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text"
class="cn-text-container">${oCookie}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept"
class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon"
title="No"></span></div></div>
<script id="jetpack-stats-js-before">_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{\\"v\\":\\"ext\\",\\"blog\\":\\"218840112\\",\\"post\\":\\"2841\\"}") ]);</script>
</body></html>`;
const ridgeback: TestPage = gold({
  name: 'heldout715-wordpress-astra-fireball',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oH,
  body: texts([oIntro, ...oSaw, ...oRows.map((r) => r.join(' ')), oSaw2, ...oGround, ...oList, oGround2, oSee]),
  bylines: ['By', 'Gwen Pryor-Hale', 'February 26, 2027', ...oComments.flatMap((c) => c.slice(0, 2))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ridgeback Hill Observatory', 'Dark skies, open doors', ...oMenu, 'All-sky camera', 'News', oFig, oTableCap, oCta, 'Become a member',
    'Share this:', ...oShare, 'Like this:', 'Like', 'Loading...', 'Related', ...oRel.flat(), 'Post navigation', 'Previous Post', 'Next Post',
    `2 thoughts on “${oTitle}”`, ...oComments.map(([, , t]) => t), 'Reply', 'Leave a Reply', 'Your email address will not be published.',
    'Required fields are marked *', 'Type here..', 'Name*', 'Email*', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Search', 'Upcoming public nights', ...oNights, 'Book a place', 'Recent Posts', ...oRecent,
    'Copyright © 2027 Ridgeback Hill Observatory | Powered by Astra WordPress Theme', oCookie, 'Ok',
  ],
});

const mTitle = 'What a Backyard Radio Telescope Taught Me About the Hydrogen Line';
const mSub = j(
  'A rescued satellite dish, a $40 radio and eighteen months of patience. Here’s how I mapped the Milky Way’s spiral arms from my',
  'garden, and what I got wrong along the way.',
);
type MSec = [string, string[]];
const mIntro = [
  j(
    'The first time I saw the hydrogen line, it was a bump about as tall as the noise around it, on a laptop balanced on a garden',
    'chair at two in the morning. I had been trying for three weeks. I stood in the cold and stared at it for a good ten minutes,',
    'because that bump was made by gas thousands of light-years away, and I had caught it with a dish my neighbour was about to',
    'throw away.',
  ),
  j(
    'That was eighteen months ago. Since then the setup has become a little less embarrassing, I have a map of the galactic plane',
    'that actually shows spiral arms, and I have learned a lot about what matters and what does not when you build a radio telescope',
    'on a budget.',
  ),
];
const mSecs: MSec[] = [
  ['The hardware', ['Everything in the signal chain, from the sky to the laptop:']],
  [
    'Why 21 centimetres?',
    [
      j(
        'Hydrogen is the most common element in the universe, and cold hydrogen gas between the stars gives off a faint radio signal at',
        'a frequency of 1420.4 MHz, a wavelength of about 21 centimetres. It is the one signal from deep space that an amateur with a',
        'modest dish can reliably pick up, because there is so much of the gas.',
      ),
      j(
        'The useful trick is the Doppler effect. Gas moving towards us shows up at a slightly higher frequency, gas moving away at a',
        'lower one. Point the dish along the plane of the Milky Way and you see several bumps at different frequencies, one for each',
        'spiral arm the beam passes through, each moving at its own speed as the galaxy rotates.',
      ),
      'These are the settings I ended up using for every observation:',
    ],
  ],
  [
    'Drift scans from the garden',
    [
      j(
        'My mount is a repurposed garden umbrella base, and it does not track. Instead the dish points at a fixed spot in the sky and',
        'the Earth’s rotation sweeps the sky past it, one strip at a time. Each night I nudged the elevation by two degrees and let the',
        'software record a spectrum every minute.',
      ),
      j(
        'After about forty nights, the strips added up to a map of the northern Milky Way from Cygnus to Cassiopeia. The Perseus arm',
        'shows up clearly, and on a good night so does the fainter Outer arm beyond it.',
      ),
    ],
  ],
  [
    'What I got wrong',
    [
      j(
        'Almost everything the first time round. I put the amplifier at the wrong end of the cable, so I was amplifying the cable’s',
        'losses along with the signal. I did not shield the laptop, which turned out to be the loudest radio source in my garden. And',
        'I spent two weeks chasing a beautiful, sharp spike at 1420.0 MHz that turned out to be my own doorbell.',
      ),
      j(
        'The biggest lesson was to calibrate every night. Pointing the dish at empty sky, then at the ground, gives you two reference',
        'levels, and without them you cannot compare one night with the next.',
      ),
    ],
  ],
  [
    'What’s next',
    [
      j(
        'This spring I am building a second dish for a simple two-element interferometer, which should sharpen the map considerably. If',
        'you want to try this yourself, the Garden Radio Astronomy forum is the friendliest place I know to start, and I will post the',
        'feed horn plans there once they are tidied up.',
      ),
    ],
  ],
];
const mList = [
  'a 1.2-metre offset satellite dish, rescued from a neighbour’s skip;',
  'a feed horn for 1420 MHz, built from a large paint tin and a length of copper wire;',
  'two low-noise amplifiers with a band-pass filter between them;',
  'a $40 software-defined radio dongle;',
  'an old laptop running Hline, a free program for recording and averaging spectra.',
];
const mCode = ['center_freq = 1420.405e6', 'sample_rate = 2.4e6', 'fft_bins    = 2048', 'integrate_s = 60        # one spectrum per minute'];
const mQuote = 'The sky does the pointing for you. All you have to do is wait, and not touch anything.';
const mCap1 = 'The dish on its umbrella-base mount, with the paint-tin feed horn at the focus. Photo by the author.';
const mCap2 = 'Hydrogen spectra along the galactic plane, stacked from forty nights of drift scans. Image by the author.';
const mTags = ['Radio Astronomy', 'Astronomy', 'DIY', 'Science', 'Space'];
const mBio = 'Software engineer by day, amateur radio astronomer by night. Writing about building things that listen to the sky.';
const mMore = [
  'How I Calibrate a Home-Built Radio Telescope',
  'The Night the Doorbell Became a Pulsar',
  'Five Meteor Showers Worth Staying Up For in 2027',
  'Why Telescope Mirrors Are Shaped Like That',
];
const mRec = ['I Watched a Satellite Fall Out of the Sky', 'The Quiet Revolution in Backyard Spectroscopy'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const mP = (t: string): string =>
  `<p class="pw-post-body-paragraph ns nt gz nu b nv nw nx ny nz oa ob oc od oe of og oh oi oj ok ol om on oo op gs bk" data-selectable-paragraph="">${t}</p>`;
const mH = (t: string): string =>
  `<h1 class="pg ph gz bf pi pj pk pl pm pn po pp pq pr ps pt pu pv pw px py pz qa qb qc qd bk" data-selectable-paragraph="">${t}</h1>`;
const mFig = (
  src: string,
  cap: string,
): string => `<figure class="oq or os ot ou ov on oo paragraph-image"><div role="button" tabindex="0" class="ow ox ed oy bh
oz"><div class="on oo op"><picture><img alt="" class="bh md pa c" width="700" height="467" loading="lazy" role="presentation"
src="https://miro.medium.com/v2/resize:fit:1400/${src}"></picture></div></div><figcaption class="pb pc pd on oo pe pf bf b bg z du"
data-selectable-paragraph="">${cap}</figcaption></figure>`;
const mSecHtml = ([h, paras]: MSec, i: number): string => {
  const first = `${mH(h)}\n${paras.map(mP).join('\n')}`;
  if (i === 0)
    return `${first}\n<ul class="">${mList.map((t) => `<li class="ns nt gz nu b nv nw qu qv qw bk" data-selectable-paragraph="">${t}</li>`).join('')}</ul>`;
  if (i === 1) {
    return `${first}\n<pre class="rb rc rd re rf rg rh ri bp rj ba bk"><span class="rk ee gz rh b bg rl rm l rn ro"
data-selectable-paragraph="">${mCode.join('<br>')}</span></pre>`;
  }
  if (i === 2) return `${first}\n<blockquote class="qe qf qg"><p class="ns nt qh nu b nv nw gs bk" data-selectable-paragraph="">${mQuote}</p></blockquote>`;
  return first;
};
const mHtml = `<!DOCTYPE html><html lang="en"><head><title>What a Backyard Radio Telescope Taught Me About the Hydrogen Line | by Nadia Ferreira-Holm | Mar,
2027 | Starward</title><meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,
maximum-scale=1"><meta data-rh="true" name="theme-color" content="#000000"><meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="${mTitle}"><meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" name="description" content="A rescued satellite dish, a $40 radio and eighteen months of patience.">
<meta data-rh="true" property="article:published_time" content="2027-03-01T16:02:44.512Z"><meta data-rh="true" name="author" content="Nadia Ferreira-Holm">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="9 min read">
<link data-rh="true" rel="canonical" href="https://medium.com/starward/backyard-radio-telescope-hydrogen-line-4c1a9e2f7b31">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2027-03-01T16:02:44.512Z","author":{"@type":"Person","name":"Nadia Ferreira-Holm"},"publisher":{"@type":"Organization",
"name":"Starward"}}</script>
<style type="text/css" data-fela-rehydration="612" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l c">
<div class="bi bh l"><div class="ab q bk"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/starward" aria-label="Starward home"><div class="ab q
co">Starward</div></a></div></div>
<div class="ab cp cq"><div class="ab q cr"><a aria-label="Homepage" data-testid="headerMediumLogo"
href="https://medium.com/?source=post_page---top_nav_layout_nav">
<svg viewBox="0 0 1043.63 592.71" class="cs ct"><path d="M588.67 296.36"></path></svg></a><div class="ab q cu"><div class="bm" aria-hidden="false"><div
class="cv cw cx cy cz da db"><input role="combobox" aria-controls="search-results" aria-expanded="false" aria-label="search" data-testid="headerSearchInput"
tabindex="0" class="ax dd de df z dg dh" placeholder="Search" value=""></div></div></div></div>
<div class="ab q dj"><a data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=%2Fnew-story"><div class="bf b bg z du
dv ab q"><svg width="24" height="24" aria-label="Write"></svg><div class="dw l">Write</div></div></a><span class="dx"><a data-testid="headerSignUpButton"
href="https://medium.com/m/signin?operation=register"><button class="bf b bg z ea eb ec">Sign up</button></a></span><span class="dy"><a
data-testid="headerSignInButton" href="https://medium.com/m/signin?operation=login">Sign in</a></span></div></div>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="ab ca"><div class="ch bg ew ex ey ez"><div>
<h1 id="8f2a" class="pw-post-title gx gy gz bf ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq hr hs ht hu hv bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="c4d1" class="pw-subtitle-paragraph hw gy gz bf b hx hy hz ia ib ic id ie if ig ih ii ij ik il im in io ip cp"
data-selectable-paragraph="">${mSub}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="iq ir is it iu ab"><div><div class="ab iv"><div><div class="bm"
aria-hidden="false"><a href="/@nadiafh?source=post_page-----"><div class="l dx"><img alt="Nadia Ferreira-Holm" class="l ep by dd de cx" width="44"
height="44" loading="lazy" data-testid="authorPhoto" src="https://miro.medium.com/v2/resize:fill:88:88/1*nfh.jpeg"></div></a></div></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ix ab q"><div class="ab q iy"><div class="ab q"><div><div
class="bm" aria-hidden="false"><p class="bf b iz ja bk"><a class="af ag ah ai aj ak al am an ao ap aq ar jb" data-testid="authorName"
href="/@nadiafh?source=post_page-----">Nadia Ferreira-Holm</a></p></div></div></div><span class="jc jd" aria-hidden="true"><span class="bf b bg z
du">·</span></span><p class="bf b iz ja du"><button class="je jf ah ai aj ak al am an ao ap aq ar jg jh ji">Follow</button></p></div></div></span></div></div>
<div class="l jj"><span class="bf b bg z du"><div class="ab cn jk jl jm"><div class="jn jo ab"><div class="bf b bg z du ab jp"><span class="jq l jj">Published
in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar jb ab q" data-testid="publicationName"
href="https://medium.com/starward?source=post_page-----"><p class="bf b bg z jr js jt ju jv jw jx jy bk">Starward</p></a></div></div></div><div
class="h k"><span
class="jc jd" aria-hidden="true"><span class="bf b bg z du">·</span></span></div></div><span class="bf b bg z du"><div class="ab ae"><span
data-testid="storyReadTime">9 min read</span><div class="jz ka l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z
du">·</span></span></div><span data-testid="storyPublishDate">Mar 1, 2027</span></div></span></div></span></div></div></div>
<div class="ab cp kb kc kd ke kf kg kh ki kj kk kl km kn ko kp kq"><div class="h k w ea eb q"><div class="lg l"><div class="ab q lh li"><div
class="pw-multi-vote-icon ed jq lj lk ll"><div><div class="lm ln lo lp lq lr ls am lt lu lv ll"><svg width="24" height="24" viewBox="0 0 24 24"
aria-label="clap"></svg></div></div></div><div class="pw-multi-vote-count l lw lx ly lz ma mb mc"><p class="bf b dv z du"><span class="md">1.2K</span></p></div>
</div></div><div class="bm" aria-hidden="false"><button class="ao me mh mi ab q ee mj mk" aria-label="responses"><svg width="24" height="24"
class="mg"></svg><p class="bf b dv z du"><span class="pw-responses-count mf mg">18</span></p></button></div></div><div class="ab q kr ks kt ku kv kw kx ky kz
la lb lc ld le lf"><div class="mm k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton"
aria-expanded="false" aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af ee ah ai aj ak al mn an ao ap ex mo mp mq"
disabled=""><svg width="25" height="25" class="ml" aria-label="Add to list bookmark button"></svg></button></div></div></div><div class="ep mr cn"><div
class="l ae"><div class="ab cb"><div class="ms mt mu mv mw mx ci bh"><div class="ab"><div class="bm bh" aria-hidden="false"><div><button
aria-label="Listen" data-testid="audioPlayButton" class="af ee ah ai aj ak al mn an ao ap ex my mz mk na nb nc nd ne s nf ng nh ni nj nk nl u nm nn no"><svg
width="24" height="24" viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b bg z du">Listen</p></div></button></div></div></div></div></div></div></div>
<div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm"
aria-hidden="false"><button
aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton"
class="af ee ah ai aj ak al mn an ao ap ex
my mz mk na nb nc nd ne s nf ng nh ni nj nk nl u nm nn no"><svg width="24" height="24" viewBox="0 0 24 24"></svg><div class="j i d"><p class="bf b bg z
du">Share</p></div></button></div></div></div></div></div></div></div></div>
${mIntro.map(mP).join('\n')}
${mFig('1*dish-umbrella-mount.jpeg', mCap1)}
${mSecs
  .slice(0, 3)
  .map((s, i) => mSecHtml(s, i))
  .join('\n')}
${mFig('1*galactic-plane-spectra.png', mCap2)}
${mSecs
  .slice(3)
  .map((s, i) => mSecHtml(s, i + 3))
  .join('\n')}
</div></div></section></div></div></article>
<div class="l ce"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ty tz ab iv">${mTags
  .map(
    (t) => `<div class="ua ab"><a class="ub ax am ao"
href="https://medium.com/tag/${t.toLowerCase().replace(/ /g, '-')}?source=post_page-----"><div class="uc ed cx ud ge ue uf bf b
bg z bk ug">${t}</div></a></div>`,
  )
  .join('')}</div>
<div class="ab q uh ui"><div class="pw-multi-vote-count l lw lx ly lz ma mb mc"><p class="bf b dv z du"><span class="md">1.2K</span></p></div><button
class="ao me mh mi ab q ee mj mk" aria-label="responses"><p class="bf b dv z du"><span
class="pw-responses-count mf mg">18</span></p></button></div></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="vj vk vl vm vn"><div class="ab q vo"><a href="/@nadiafh?source=post_page-----"><div
class="l vp vq by vr"><img alt="Nadia Ferreira-Holm" class="l ep by ce cd cx" src="https://miro.medium.com/v2/resize:fill:144:144/1*nfh.jpeg" width="72"
height="72" loading="lazy"></div></a></div><div class="ab"><h2 class="pw-author-name bf vq vr vs vt vu vv vw vx vy vz wa bk"><a
href="/@nadiafh?source=post_page-----"><span class="gn wb">Written by Nadia Ferreira-Holm</span></a></h2></div><div class="wc ab ic"><div class="l
jj"><span class="pw-follower-count bf b bg z du"><a href="/@nadiafh/followers?source=post_page-----">2.1K Followers</a></span></div><div class="bf b bg z du
ab wd"><span class="jc l" aria-hidden="true"><span class="bf b bg z du">·</span></span>Writer for <a class="af ag ah ai aj ak al am an ao ap aq ar jb
ab q" href="https://medium.com/starward?source=post_page-----">Starward</a></div></div><div class="we l"><p class="bf b bg z bk"><span
class="gn">${mBio}</span></p></div><div class="ab"><button class="bf b bg z ea wf">Follow</button></div></div></div></div></div>
<div class="l wg"><div class="ab ca"><div class="ch bg ew ex ey ez"><h2 class="bf gy wh wi wj wk wl wm wn wo wp wq wr ws wt wu wv bk">More from Nadia
Ferreira-Holm and Starward</h2><div class="ww">${mMore
  .map(
    (t) => `<div class="wx"><a href="/starward/${t.length}"><h2
class="bf gy wy">${t}</h2></a></div>`,
  )
  .join('')}</div>
<h2 class="bf gy wh wi wj wk">Recommended from Medium</h2><div class="ww">${mRec
  .map((t) => `<div class="wx"><a href="/@someone/${t.length}"><h2 class="bf gy wy">${t}</h2></a></div>`)
  .join('')}</div><a class="af ag" href="https://medium.com/?source=post_page-----">See more recommendations</a></div></div></div>
<div class="xa xb"><div class="ab ca"><div class="ch bg"><div class="xc ab"><p class="bf b dv z du">Get unlimited access to the best of Medium for less than
$1/week.</p><a href="https://medium.com/plans?source=upgrade_membership---post_banner"><button
class="bf b bg z ea">Become a member</button></a></div></div></div></div>
<div class="xd xe"><div class="ab ca"><div class="ch bg"><div class="ab q">${mFoot
  .map((t) => `<a class="af ag ah" href="https://medium.com/${t.toLowerCase().replace(/ /g, '-')}"><p class="bf b dv z du xf">${t}</p></a>`)
  .join('')}</div></div></div></div></div></div></div>
<script>window.__BUILD_ID__="main-20270228-181244-7c1e9b0a52"</script>
<script>window.__APOLLO_STATE__ = {"Post:4c1a9e2f7b31":{"id":"4c1a9e2f7b31","title":"${mTitle}","readingTime":9.01,"clapCount":1204}}</script></body></html>`;
const medium: TestPage = gold({
  name: 'heldout715-medium-radio-telescope',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([
    mSub,
    ...mIntro,
    ...(mSecs[0]?.[1] ?? []),
    ...mList,
    ...(mSecs[1]?.[1] ?? []),
    mCode.join(' '),
    ...(mSecs[2]?.[1] ?? []),
    mQuote,
    ...mSecs.slice(3).flatMap(([, p]) => p),
  ]),
  bylines: ['Nadia Ferreira-Holm', '9 min read', 'Mar 1, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Starward', 'Write', 'Sign up', 'Sign in', 'Follow', 'Published in', '1.2K', '18', 'Listen', 'Share', mCap1, mCap2, ...mTags,
    'Written by Nadia Ferreira-Holm', '2.1K Followers', 'Writer for', mBio, 'More from Nadia Ferreira-Holm and Starward', ...mMore,
    'Recommended from Medium', ...mRec, 'See more recommendations', 'Get unlimited access to the best of Medium for less than $1/week.', 'Become a member',
    ...mFoot,
  ],
});

export const HELDOUT715_C: readonly TestPage[] = [ridgeback, medium];
