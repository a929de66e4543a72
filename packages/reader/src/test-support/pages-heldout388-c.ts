import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Row, values } from './pages-heldout388-kit.js';

/**
 * Held-out batch 388, file c: a Smithsonian-style open access object page of a national history museum (EDAN record
 * markup, CC0 badge, media tools, object details list, "See more items in" and "Data Source" lines) and a museum blog post
 * on a WordPress Astra theme about a conservation project (entry meta, block figures, post navigation, comments with
 * replies, reply form, sidebar widgets, CookieYes banner).
 */
const nTitle = 'Survey Chain and Brass Tally Tags';
const nDesc = [
  j(
    "This hundred-link surveyor's chain was used to measure the boundaries of homesteads on the Corran Plains in the 1870s and",
    '1880s. Each link is a length of iron wire bent into loops at both ends and joined to the next by three small rings, so that',
    'the whole chain measures sixty-six feet when pulled taut. Brass tally tags hang at every tenth link; they have one, two,',
    'three or four points, so that a chainman could count his place by touch in poor light.',
  ),
  j(
    'The chain belonged to Hollis Grey, a county surveyor who kept notebooks of every claim he measured. His notes show that',
    'the chain was checked against a standard bar in the land office each spring, and that links stretched by hard use were',
    'replaced with new ones. Several of the links on this chain are brighter than the rest and were probably made decades after',
    'the originals.',
  ),
  j(
    'Chains like this one were the basic tool of land division across the plains. Property lines, roads and town lots were all',
    'laid out in chains and links, and many county roads still run exactly eighty chains, one mile, apart.',
  ),
  j(
    "The chain came to the museum with two of Grey's field notebooks and a set of ten iron marking pins, which chainmen pushed",
    'into the ground at the end of each length so that none were lost or counted twice.',
  ),
];
const nRows: Row[] = [
  ['Object Name', "chain, surveyor's"],
  ['Date made', 'about 1870'],
  ['User', 'Grey, Hollis'],
  ['Place Made', 'United States: Corran Plains'],
  ['Physical Description', 'iron (chain material); brass (tag material)'],
  ['Measurements', 'overall: 66 ft; 2,012 cm'],
  ['ID Number', 'PS.301877'],
  ['Catalog number', '301877'],
  ['Accession number', '64512'],
  ['Credit Line', 'Gift of the Grey County Historical Society'],
];
const nNav = ['Visit', 'Exhibitions', 'Explore', 'Learn', 'Get Involved', 'Give'];
const nSee = ['Surveying and Geodesy', 'Work and Industry: Land and Property'];
const nFoot = ['Contact Us', 'Employment', 'Privacy', 'Terms of Use', 'Accessibility', 'Press Room'];
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${nTitle} | National Museum of Prairie History</title><link rel="canonical" href="https://prairiehistory.example/collections/object/nmph_301877">
<meta name="description" content="This hundred-link surveyor's chain was used to measure the boundaries of homesteads on the Corran Plains.">
<meta property="og:title" content="${nTitle}"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${nTitle}","identifier":"PS.301877",
"license":"https://creativecommons.org/publicdomain/zero/1.0/","isAccessibleForFree":true}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"edanRecordId":"edanmdm:nmph_301877","unitCode":"NMPH"});</script>
<link rel="stylesheet" href="/themes/custom/nmph/dist/css/global.css"></head>
<body class="path-object page-collections-object"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="usa-banner si-banner"><p>An official website of the Prairie Institution</p></div>
<header class="site-header" role="banner"><a class="site-logo" href="/">National Museum of Prairie History</a>
<nav aria-label="Main" class="main-nav"><ul>${links(nNav, 'main-nav__item')}</ul></nav>
<a class="btn btn--donate" href="/give">Donate</a></header>
<main id="main-content" role="main"><div class="edan-record edan-object" id="nmph_301877">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/collections">Collections</a></li>
<li><a href="/collections/search">Search Our Collections</a></li></ol></nav>
<div class="edan-record__header"><h1 class="edan-record__title object-title">${nTitle}</h1>
<div class="open-access-badge" title="This image is in the public domain (CC0)."><span class="badge">CC0</span> <span>Open Access</span></div></div>
<div class="edan-media"><figure class="edan-media__item"><img src="https://ids.prairieinstitution.example/ids/deliveryService?id=NMPH-2004-1120"
alt="A coiled iron chain with brass tags">
<figcaption class="edan-media__caption">Photograph by Luis Ferrand, National Museum of Prairie History</figcaption></figure>
<ul class="edan-media__tools"><li><a href="/iiif/nmph_301877/manifest">IIIF manifest</a></li><li><a href="#download" class="media-download">Download</a></li>
<li><a href="#share" class="media-share">Share</a></li></ul></div>
<div class="edan-record__content"><h2 class="field-label">Description</h2><div class="field field--freetext-notes">${ps(nDesc)}</div>
<div class="edan-record__location"><p class="field-label">Location</p><p>Currently not on view</p></div>
<h2 class="field-label">Object Details</h2><dl class="edan-record__details">${nRows.map(([l, v]) => `<dt>${l}</dt><dd>${v}</dd>`).join('\n')}</dl>
<div class="edan-record__see-more"><p class="field-label">See more items in</p><ul>${links(nSee)}</ul></div>
<p class="edan-record__source"><span class="field-label">Data Source</span> National Museum of Prairie History</p>
<p class="edan-record__rights">Usage conditions: <a href="https://creativecommons.org/publicdomain/zero/1.0/">CC0</a>. Learn more about our
<a href="/open-access">Open Access</a> program.</p>
<div class="edan-record__feedback"><h3>Comments</h3>
<p>Do you have a question or a story to share about this object? <a href="/contact/object?id=nmph_301877">Contact
the curator</a></p></div></div></div></main>
<footer class="site-footer" role="contentinfo"><ul class="site-footer__links">${links(nFoot)}</ul>
<p>National Museum of Prairie History, 1400 Settlers Avenue, Corran City. Open daily 10:00 to 17:30 except Christmas Day.</p></footer>
<div id="consent-banner" class="consent-banner" role="dialog" aria-live="polite"><p>We use cookies to analyze site traffic. You can decline
non-essential cookies.</p><button class="consent-accept">Accept</button><button class="consent-decline">Decline</button></div>
<script src="/themes/custom/nmph/dist/js/global.js"></script></body></html>`;
const siObject: TestPage = {
  name: 'heldout388-si-open-access-object',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Description', 'Object Details'],
  body: texts([...nDesc, ...values(nRows)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the Prairie Institution', 'National Museum of Prairie History', ...nNav, 'Donate', 'Home',
    'Collections', 'Search Our Collections', 'CC0', 'Open Access', 'Photograph by Luis Ferrand, National Museum of Prairie History', 'IIIF manifest',
    'Download', 'Share', 'Location', 'Currently not on view', 'See more items in', ...nSee, 'Data Source',
    'Usage conditions: CC0. Learn more about our Open Access program.', 'Comments',
    'Do you have a question or a story to share about this object? Contact the curator', ...nFoot,
    'National Museum of Prairie History, 1400 Settlers Avenue, Corran City. Open daily 10:00 to 17:30 except Christmas Day.',
    'We use cookies to analyze site traffic. You can decline non-essential cookies.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Lifting the yellow veil: conserving The Harvest Supper';
const wIntro = [
  j(
    'For most of the last century, visitors to the Long Gallery saw <em>The Harvest Supper</em> through a thick layer of',
    'discoloured varnish. The painting, almost four metres wide, shows forty farm workers at a trestle table in a barn, and under',
    'the varnish the whole scene had turned the colour of weak tea. This spring it came down from the wall for the first time',
    'since 1962, and our paintings conservator, Fenella Roux, has spent the last five months working on it in the studio.',
  ),
];
const wH = ['Why now?', 'Testing before cleaning', 'What we found', 'What happens next'];
const wWhy = j(
  'The varnish was not only ugly. It had begun to crack and lift along the top edge, where warm air from an old radiator rose',
  'behind the frame, and tiny flakes of paint were coming away with it. A grant from the Hesketh Foundation paid for the',
  'treatment and for a new climate-controlled frame.',
);
const wTests = [
  j(
    'Before any cleaning starts, the conservator has to know what the varnish is made of and what lies beneath it. Fenella took',
    'samples the size of a pinhead from the edges and examined them under ultraviolet light, which makes old natural resins glow',
    'a greenish colour.',
  ),
  'The tests told us three things:',
];
const wList = [
  'the varnish was a natural resin, applied in at least two campaigns;',
  'the darkest patches in the sky were later retouching, not original paint;',
  'the original paint layer was stable and could take gentle solvent cleaning.',
];
const wFound = [
  j(
    'Cleaning began in one corner, with small swabs of cotton wool, and moved across the canvas a few square centimetres at a',
    'time. As the varnish came away, the barn turned out to be full of colour: a blue apron on the woman carrying bread, red',
    "ribbons on the fiddler's hat, and a low evening sun falling through the open doors.",
  ),
  j(
    'The biggest surprise was a dog. Under a patch of dark retouching at the end of the table, Fenella found a small terrier,',
    'begging for scraps, that some earlier restorer had painted out.',
  ),
];
const wQuote = '"It felt like the painting was telling a joke it had been waiting sixty years to finish," Fenella says.';
const wNext = j(
  'The last stage is retouching the small losses with reversible paint and applying a new, stable varnish. <em>The Harvest',
  'Supper</em> will return to the Long Gallery in September, dog included, and Fenella will give a talk about the project on',
  'the first Thursday of every month until the end of the year.',
);
const wComments = [
  [
    'Margaret Pilling',
    'April 2, 2026 at 9:14 am',
    "I grew up looking at this painting on school trips and never noticed there were red ribbons. Can't wait to see it.",
  ],
  ['Dev Aranha', 'April 2, 2026 at 11:40 am', 'Do you know who painted out the dog, or why? That seems like a strange thing to do.'],
  ['Thornbury Hall Museum', 'April 3, 2026 at 8:05 am', 'Good question! Fenella thinks it was a 1920s restoration, done to make the scene look tidier.'],
] as const;
const wNav = ['Home', 'Visit', "What's On", 'Collections', 'Blog', 'Support'];
const wRecent = ['A year in the archive: letters from the founders', 'Meet our new apprentice gilder', 'How we count visitors (and why)'];
const wCats = ['Conservation', 'Collections', 'Learning', 'Behind the scenes'];
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – Thornbury Hall Museum</title><meta name='robots' content='index, follow, max-image-preview:large'>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-01T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Isobel Marten"},"datePublished":"2026-04-01T08:00:00+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://thornburyhall.example/wp-content/themes/astra/assets/css/minified/main.min.css' media='all'>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script></head>
<body class="post-template-default single single-post postid-4471 single-format-standard ast-single-post ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemscope
itemtype="https://schema.org/WPHeader"><div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container">
<div class="site-branding"><span class="site-title" itemprop="name"><a href="/" rel="home">Thornbury Hall Museum</a></span></div>
<nav class="main-header-menu ast-nav-menu" id="primary-site-navigation" aria-label="Site Navigation"><ul id="primary-menu"
class="main-header-menu ast-menu-shadow">${links(wNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-4471 post type-post status-publish format-standard has-post-thumbnail hentry category-conservation ast-article-single"
id="post-4471" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="View all posts by Isobel Marten"
href="/author/imarten/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Isobel Marten</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">April 1, 2026</span></span> / <span class="ast-reading-time">5 min read</span>
</div></header>
<div class="entry-content clear" itemprop="text">
${ps(wIntro)}
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2026/04/harvest-supper-half-cleaned.jpg" alt="">
<figcaption class="wp-element-caption">The painting half cleaned, with the old varnish still on the right. Photo: Thornbury Hall Museum</figcaption></figure>
<h2 class="wp-block-heading">${wH[0] ?? ''}</h2><p>${wWhy}</p>
<h2 class="wp-block-heading">${wH[1] ?? ''}</h2>${ps(wTests)}<ul class="wp-block-list">${lis(wList)}</ul>
<p class="has-background" style="background-color:#f3efe6">Read more: <a href="/blog/meet-our-new-apprentice-gilder/">Meet our new apprentice gilder</a></p>
<h2 class="wp-block-heading">${wH[2] ?? ''}</h2>${ps(wFound)}<blockquote class="wp-block-quote"><p>${wQuote}</p></blockquote>
<h2 class="wp-block-heading">${wH[3] ?? ''}</h2><p>${wNext}</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/conservation/" rel="category tag">Conservation</a></span></footer>
</div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/blog/a-year-in-the-archive/"
rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/blog/how-we-count-visitors/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${wTitle}”</h3></div><ol class="ast-comment-list">${wComments
  .map(
    ([who, when, text], i) => `<li class="comment even thread-even depth-1" id="li-comment-${i + 81}"><article id="div-comment-${i + 81}" class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><cite class="fn"><b class="fn">${who}</b></cite>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${i + 81}"><time>${when}</time></a></span></div></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main">
<aside id="block-3" class="widget widget_block"><h2 class="widget-title">Recent Posts</h2><ul class="wp-block-latest-posts__list">${links(wRecent)}</ul></aside>
<aside id="block-4" class="widget widget_block"><h2 class="widget-title">Categories</h2><ul class="wp-block-categories-list">${links(wCats, 'cat-item')}</ul>
</aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="ast-small-footer"><div class="ast-container">
<div class="ast-footer-copyright"><p>Copyright © 2026 Thornbury Hall Museum | Powered by Astra WordPress Theme</p></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src='/wp-content/themes/astra/assets/js/minified/frontend.min.js' id='astra-theme-js-js'></script></body></html>`;
const astraBlog: TestPage = {
  name: 'heldout388-wordpress-astra-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, wWhy, ...wTests, ...wList, ...wFound, wQuote, wNext]),
  bylines: ['Isobel Marten', 'April 1, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Thornbury Hall Museum', ...wNav, 'The painting half cleaned, with the old varnish still on the right. Photo: Thornbury Hall Museum',
    'Read more: Meet our new apprentice gilder', 'Posted in', 'Previous Post', 'Next Post', `3 thoughts on “${wTitle}”`, ...wComments.flat(), 'Reply',
    'Leave a Reply', 'Cancel reply', 'Your email address will not be published. Required fields are marked *', 'Recent Posts', ...wRecent,
    'Categories', ...wCats, 'Copyright © 2026 Thornbury Hall Museum | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT388_C: readonly TestPage[] = [siObject, astraBlog];
