import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout293-kit.js';

/**
 * Held-out batch 293, file e: a Bible-study site's chapter commentary on Drupal 10 with the Olivero theme (breadcrumb
 * region, node meta with author and dates, verse-range headings, tags field, book navigation, sidebar blocks, Drupal
 * comments and the EU Cookie Compliance popup) and a local history blog on Blogger's Simple theme (the blog's name is the
 * h1 and the post title an h3, date header, post body in divs with <br>, tr-caption tables, post footer with author,
 * timestamp, share buttons and labels, comments, blog pager, sidebar widgets, Blogger's cookie notice).
 */
const bTitle = 'Ruth 2: Gleaning in the Field of Boaz';
const bIntro = [
  j(
    'Chapter 2 moves the story from the road into the fields. Naomi and Ruth have arrived in Bethlehem at the start of the barley',
    'harvest, with no land of their own and no one to work for them. The chapter shows how the law’s provision for the poor, the',
    'character of one landowner and what the narrator quietly calls Ruth’s “happening” upon a particular field come together.',
  ),
];
const bH = ['Verses 1–3: Ruth goes out to glean', 'Verses 4–7: The overseer’s report', 'Verses 8–13: Boaz speaks to Ruth', 'Questions for discussion'];
const bS1 = [
  j(
    'The narrator introduces Boaz before Ruth ever meets him, so that the reader knows more than she does. He is a relative of',
    'Naomi’s late husband and a man of standing. Ruth, for her part, does not wait to be provided for. She asks Naomi’s leave to go',
    'and glean behind the reapers, taking up the gleaning rights that the law of Leviticus set aside for the widow and the stranger.',
  ),
  j(
    'The phrase translated “as it turned out” or “she happened” is deliberately understated. The writer never names God as the',
    'cause, yet the whole book invites us to see providence working through ordinary choices.',
  ),
];
const bS2 = [
  j(
    'Boaz arrives from town and greets his workers with a blessing, and they bless him in return: a small detail that tells us what',
    'kind of farm this is. When he asks about the young woman, the overseer’s answer stresses two things: she is a Moabite, and she',
    'has worked steadily since morning with only a short rest in the shelter.',
  ),
];
const bS3 = [
  j(
    'Boaz’s first words to Ruth are practical. She is to stay in his field, keep close to his young women, and drink from the water',
    'jars the men have drawn. He has also told the young men not to touch her, which suggests that gleaners in other fields were not',
    'always safe.',
  ),
  j(
    'Ruth’s question, “Why have I found favour in your eyes, that you should notice me, a foreigner?”, is the centre of the scene.',
    'Boaz answers that he has heard of her loyalty to Naomi, and he prays that the Lord, under whose wings she has come to take',
    'refuge, will reward her. In chapter 3 Ruth will ask Boaz himself to spread his “wing” over her, and the echo is surely intended.',
  ),
];
const bQs = [
  'What does Ruth’s request to glean tell us about her character?',
  'How does the writer show providence without naming it?',
  'Where in your own community are the “gleaning rights” of the poor protected, or neglected?',
];
const bNav = ['Home', 'Commentaries', 'Reading Plans', 'Word Studies', 'About', 'Donate'];
const bSide = ['Ruth 1', 'Ruth 2', 'Ruth 3', 'Ruth 4'];
const bXref = ['Leviticus 19:9–10', 'Deuteronomy 24:19', 'Psalm 91:4', 'Matthew 1:5'];
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://lampstandnotes.example/ruth/2">
<title>${bTitle} | Lampstand Bible Notes</title><link rel="stylesheet" media="all" href="/core/themes/olivero/css/base/base.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/418"},"eu_cookie_compliance":
{"popup_enabled":true}}</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${bTitle}",
"author":{"@type":"Person","name":"Samuel Okonjo"},"dateModified":"2026-01-14"}</script></head>
<body class="path-node page-node-type-commentary"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div class="site-header__initial">
<button class="sticky-header-toggle" aria-label="Sticky header" aria-pressed="false"></button></div><div class="site-header__inner">
<div class="site-header__inner__container"><div class="region region--header grid-full layout--pass--content-medium"><div id="block-olivero-site-branding"
class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><div class="site-branding__text">
<div class="site-branding__name"><a href="/" rel="home">Lampstand Bible Notes</a></div></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="mobile-nav-button">
<span class="mobile-nav-button__label">Main Menu</span></button></div><div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu"
class="primary-nav block block-menu navigation menu--main" role="navigation"><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(bNav, 'primary-nav__menu-item primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs"
class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__content"><li class="breadcrumb__item"><a href="/">Home</a></li>
<li class="breadcrumb__item"><a href="/commentaries">Commentaries</a></li><li class="breadcrumb__item"><a href="/ruth">Ruth</a></li></ol></nav></div></div>
<div class="main-content__container container"><div class="region region--highlighted grid-full layout--pass--content-medium"></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">${bTitle}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system
block-system-main-block"><article data-history-node-id="418" class="node node--type-commentary node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><div class="node__author-image"></div><span class="node__author"><span>By <a href="/user/7"
class="username">Samuel Okonjo</a></span></span>, <span class="node__date">Updated 14 January 2026</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(bIntro)}<h2>${bH[0]}</h2>${ps(bS1)}<h2>${bH[1]}</h2>${ps(bS2)}<aside class="callout"><p>Going deeper: our word study on <a
href="/words/hesed">hesed, “loyal love”</a> traces the word through Ruth.</p></aside><h2>${bH[2]}</h2>${ps(bS3)}
<h2>${bH[3]}</h2><ol>${bQs.map((q) => `<li>${q}</li>`).join('\n')}</ol></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--entity-reference-target-type-taxonomy-term clearfix">
<h3 class="field__label">Tags</h3><ul class="links field__items"><li><a href="/tags/providence">Providence</a></li><li>
<a href="/tags/hospitality">Hospitality</a></li>
</ul></div><nav id="book-navigation-412" class="book-navigation" role="navigation" aria-labelledby="book-label-412"><h2 class="visually-hidden"
id="book-label-412">Book traversal links for ${bTitle}</h2><ul class="book-pager"><li class="book-pager__item book-pager__item--previous">
<a href="/ruth/1" rel="prev">‹ Ruth 1: Whither Thou Goest</a></li><li class="book-pager__item book-pager__item--center"><a href="/ruth">Up</a></li>
<li class="book-pager__item book-pager__item--next"><a href="/ruth/3" rel="next">Ruth 3: At the Threshing Floor ›</a></li></ul></nav></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><article data-comment-user-id="0" id="comment-231"
class="comment js-comment by-anonymous"><div class="comment__picture-wrapper"></div><div class="comment__text-wrapper"><footer class="comment__meta">
<p class="comment__author"><span>Marion T.</span></p><p class="comment__time">15 January 2026</p></footer><div class="comment__content"><div class="field
field--name-comment-body"><p>We used the discussion questions in our Tuesday group. The third one kept us talking for an hour.</p></div></div>
<ul class="links inline comment__links"><li class="comment-reply"><a href="/comment/reply/node/418/comment_node_commentary/231">Reply</a></li></ul></div>
</article><h2 class="add-comment__heading">Add new comment</h2></section></article></div></div></main>
<div class="region region--sidebar"><div id="block-chapters" class="block block-book block-book-navigation"><h2 class="block__title">Ruth: chapters</h2>
<ul class="menu">${links(bSide)}</ul></div><div id="block-xref" class="block block-block-content"><h2 class="block__title">Cross references</h2>
<ul>${links(bXref)}</ul></div><div id="block-support" class="block block-block-content"><h2 class="block__title">Support this ministry</h2>
<div class="text-content"><p>Lampstand Bible Notes is free and funded by readers.</p></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav class="block block-menu
navigation menu--footer"><ul class="menu">${links(['Statement of Faith', 'Contact', 'Privacy'])}</ul></nav></div>
<div class="region region--footer-bottom grid-full"><div class="block block-system block-system-powered-by-block"><span>Powered by
<a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No,
thanks</button></div></div></div><script src="/core/themes/olivero/js/navigation.js"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout293-drupal-olivero-bible-commentary',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, ...bS1, ...bS2, ...bS3, ...bQs]),
  bylines: ['By Samuel Okonjo', 'Updated 14 January 2026', 'Marion T.', '15 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Lampstand Bible Notes', 'Main Menu', ...bNav, 'Breadcrumb',
    'Going deeper: our word study on hesed, “loyal love” traces the word through Ruth.',
    'Tags', 'Providence', 'Hospitality', `Book traversal links for ${bTitle}`, '‹ Ruth 1: Whither Thou Goest', 'Ruth 3: At the Threshing Floor ›',
    'Comments', 'We used the discussion questions in our Tuesday group. The third one kept us talking for an hour.', 'Reply', 'Add new comment',
    'Ruth: chapters', ...bSide.filter((x) => x !== 'Ruth 2'), 'Cross references', ...bXref, 'Support this ministry',
    'Lampstand Bible Notes is free and funded by readers.',
    'Statement of Faith', 'Contact', 'Privacy', 'Powered by Drupal', 'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};

const oTitle = 'What happened to the Tamsworth tram depot?';
const oPs = [
  j(
    'A reader, Mr Colin Faraday, emailed last month to ask a question I have been meaning to answer for years: where exactly was',
    'the tram depot, and why is there nothing left of it? So here goes, with thanks to the staff at the borough library who let me',
    'loose on the rate books.',
  ),
  j(
    'The Tamsworth Corporation Tramways opened in 1902 with two routes, one along the Wharf Road to the station and one up the hill',
    'to Kingsmead. The cars were kept in a brick shed on Cooper Street, on the site now occupied by the tyre place and the car park',
    'behind it. The shed had six roads (tracks) and a small repair shop with a pit, and it held fourteen cars at its busiest.',
  ),
  j(
    'The trams lasted only twenty-nine years. The hill route was always a problem in icy weather, and after a car ran back down',
    'Kingsmead Hill in January 1927, injuring the conductor, the council began to talk about buses. The last tram ran on 31 March',
    '1931, decorated with bunting and carrying the mayor.',
  ),
  j(
    'The depot was used as a bus garage until 1958, when the new garage opened on the bypass. After that it was a furniture',
    'warehouse, and it was pulled down in 1974. The only bit you can still see is the granite kerb along the Cooper Street pavement,',
    'which has a dip in it where the tracks came out of the doors. Next time you walk past, look down by the lamp post.',
  ),
  j(
    'One more thing turned up in the rate books. In 1905 the depot was assessed at a higher value than the town hall, which says',
    'something about how proud the corporation was of its trams, or perhaps about how cheaply the town hall had been built.',
  ),
  'If anyone has a photograph of the inside of the depot I would love to see it. I have only ever found pictures of the front.',
];
const oCap = 'Car No. 9 outside the Cooper Street depot, about 1910 (from a postcard in my collection)';
const oCmts = [
  ['C. Faraday', '16 February 2026 at 08:12', 'Thank you! I walked past the kerb this morning and there it is, just as you said.'],
  ['Anonymous', '17 February 2026 at 19:40', 'My grandad drove buses out of that garage in the fifties. He said it was freezing in winter.'],
];
const oArch = ['2026 (3)', 'February (2)', 'January (1)', '2025 (14)', '2024 (19)'];
const oPop = ['The lost wells of Kingsmead', 'Who was Cooper of Cooper Street?', 'Tamsworth’s first cinema'];
const oHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"
xmlns:data="http://www.google.com/2005/gml/data">
<head><meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://oldtamsworthstreets.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://oldtamsworthstreets.blogspot.com/2026/02/what-happened-to-tamsworth-tram-depot.html" rel="canonical">
<title>Old Tamsworth Streets: ${oTitle}</title><meta content="${oTitle}" property="og:title">
<style id="page-skin-1" type="text/css">body{font:normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif;}</style>
<script type="text/javascript">window.cookieChoices = window.cookieChoices || {};</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="body-fauxcolumns"></div><div class="content"><div class="content-outer"><div class="content-inner"><header><div class="header-outer">
<div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="https://oldtamsworthstreets.blogspot.com/">Old Tamsworth Streets</a></h1></div><div class="descriptionwrapper">
<p class="description"><span>Notes on the lanes, shops and vanished buildings of a small market town</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer">
<h2 class="date-header"><span>Sunday, 15 February 2026</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.example/img/b/R29vZ2xl/car9.jpg" itemprop="image_url"><a name="4471092288134"></a>
<h3 class="post-title entry-title" itemprop="name">${oTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4471092288134" itemprop="description articleBody">
<div>${oPs[0]}</div><div><br></div><div>${oPs[1]}</div><div><br></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td
style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/car9.jpg" style="margin-left: auto; margin-right: auto;"><img
border="0" data-original-height="720" data-original-width="1080" height="266" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/s400/car9.jpg"
width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">${oCap}</td></tr></tbody></table>
<div>${oPs[2]}</div><div><br></div><div>${oPs[3]}</div><div><br></div><div>${oPs[4]}</div><div><br></div><div>${oPs[5]}</div>
<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">
Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">
<a class="g-profile" href="https://www.blogger.com/profile/0912"
rel="author"><span itemprop="name">Gwen Harrop</span></a></span></span> <span class="post-timestamp">at <meta content="2026-02-15T10:42:00Z"
itemprop="url"><a class="timestamp-link" href="#" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2026-02-15T10:42:00Z">10:42</abbr></a>
</span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin pid-1"></span></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span
class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span
class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="#" title="Share to X"><span
class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span
class="share-button-link-text">Share to Facebook</span></a></div></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">
Labels: <a href="/search/label/Lost%20buildings" rel="tag">Lost buildings</a>, <a href="/search/label/Transport" rel="tag">Transport</a></span></div></div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div class="comments-content"><div class="comment-thread"><ol>
${oCmts
  .map(
    ([a, d, t]) => `<li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">${a}</cite>
<span class="icon user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="#">${d}</a></span></div><p class="comment-content">${t}</p>
<span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a></span></div></li>`,
  )
  .join('\n')}</ol></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/0912/4471092288134">Add comment</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="clear"></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post
Comments (Atom)</a></div></div></div></div></div></div><div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section"
id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt
class="profile-data"><a class="profile-name-link g-profile" href="#">Gwen Harrop</a></dt><dd class="profile-textblock">Retired librarian, born and bred in
Tamsworth.</dd></dl><a class="profile-link" href="#" rel="author">View my complete profile</a></div></div><div class="widget PopularPosts" id="PopularPosts1">
<h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>${links(oPop)}</ul></div></div><div class="widget BlogArchive" id="BlogArchive1">
<h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">${links(oArch, 'archivedate')}</ul></div></div></div></div>
</aside></div></div></div></div></div><footer><div class="footer-outer"><div class="foot section" id="footer-1"><div class="widget Attribution"
id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com"
target="_blank">Blogger</a>.
</div></div></div></div></footer></div></div></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google
to deliver its services and to analyse traffic.</span><span class="cookie-choices-buttons"><a class="cookie-choices-button" href="#">Learn more</a><a
class="cookie-choices-button" href="#" id="cookieChoiceDismiss">Ok</a></span></div></div>
<script type="text/javascript">window.___gcfg = {'lang': 'en_GB'};</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout293-blogger-simple-local-history',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts(oPs),
  bylines: ['Sunday, 15 February 2026', 'Gwen Harrop', '10:42', ...oCmts.flatMap(([a, d]) => [a ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Old Tamsworth Streets', 'Notes on the lanes, shops and vanished buildings of a small market town', oCap, 'Email This', 'BlogThis!', 'Share to X',
    'Share to Facebook', 'Labels:', 'Lost buildings', 'Transport', '2 comments:', ...oCmts.map((c) => c[2] ?? ''), 'Reply', 'Add comment', 'Newer Post',
    'Older Post', 'Home', 'Subscribe to: Post Comments (Atom)', 'About Me', 'Retired librarian, born and bred in Tamsworth.', 'View my complete profile',
    'Popular Posts', ...oPop, 'Blog Archive', ...oArch, 'Simple theme. Powered by Blogger.',
    'This site uses cookies from Google to deliver its services and to analyse traffic.', 'Learn more',
  ],
};

export const HELDOUT293_E: readonly TestPage[] = [drupal, blogger];
