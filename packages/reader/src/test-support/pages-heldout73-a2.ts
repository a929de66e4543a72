import { links, ps, type TestPage, texts } from './page-kit.js';
import { waBoxes, waFaq, waLasso } from './pages-heldout73-a4.js';

/** Held-out batch 73, page 1: a WordPress (GeneratePress, Rank Math, Easy Table of Contents, Lasso, Jetpack) affiliate review post. */
const waTitle = 'The 4 Best Cordless Leaf Blowers for Small Yards (2025)';
const waDisclosure =
  'Quiet Garden Gear is supported by its readers. When you buy through links on this page, we may earn an affiliate commission at ' +
  'no extra cost to you. Learn more';
const waIntro = [
  'A leaf blower for a small yard has a different job from the backpack machines landscapers carry. You want something that clears a ' +
    'patio, a short driveway and a couple of flower beds in ten minutes, runs quietly enough to use at eight on a Saturday, and hangs ' +
    'on a hook in the garage without a fuel can beside it.',
  'We spent six weeks this autumn with eleven cordless blowers on three suburban lots in Marlow Heights, and four of them stood out. ' +
    'Here is what we would buy, and why.',
];
const waPicks = [
  '<strong>Best overall:</strong> <a href="/go/brindle-gust/" rel="nofollow sponsored">Brindle Gust 40V</a>',
  '<strong>Best for tight budgets:</strong> <a href="/go/tamsin-powerleaf/" rel="nofollow sponsored">Tamsin PowerLeaf 20V</a>',
  '<strong>Quietest:</strong> <a href="/go/orvale-hush/" rel="nofollow sponsored">Orvale Hush 36V</a>',
  '<strong>Best for wet leaves:</strong> <a href="/go/kestrel-torrent/" rel="nofollow sponsored">Kestrel Torrent 56V</a>',
];
const waTested = [
  'Each blower cleared the same three test areas: a 400-square-foot brick patio, a gravel path and a strip of lawn under two maples. ' +
    'We timed every run, measured noise at the operator’s ear and at 50 feet, and weighed each tool with its battery fitted. We also ' +
    'left the batteries in an unheated shed for a week to see how they coped with cold mornings.',
  'We bought every model at retail. No manufacturer saw this article before it was published.',
];
const waGust = [
  'The Gust is the blower we kept reaching for. At 5.9 pounds with its 2.5 Ah battery it is light enough for one-handed work, and ' +
    'its 480 cubic feet per minute cleared the patio in just under four minutes, faster than anything except the much heavier Kestrel.',
  '<strong>What we liked:</strong> a variable-speed trigger with a cruise lock, a flat nozzle that scoops leaves out of corners, and ' +
    'a battery that still gave 19 minutes on the lowest setting after a night at freezing.',
  '<strong>What we didn’t:</strong> the turbo button is easy to press by accident, and the charger takes almost two hours.',
];
const waTamsin = [
  'If you already own Tamsin drills, the PowerLeaf is an easy choice at $89 without a battery. It moves less air than the Gust, so ' +
    'damp leaves on grass took a second pass, but it handled the patio and the path without complaint.',
  '<strong>What we liked:</strong> the price, the weight, and a battery shared with more than sixty other Tamsin tools.',
  '<strong>What we didn’t:</strong> only two speeds, and the 2.0 Ah battery ran flat in eleven minutes on high.',
];
const waHush = [
  'The Hush measured 58 decibels at 50 feet, quiet enough that a neighbour reading on her porch did not look up. That comes at a ' +
    'cost in power: it is the slowest blower on this list, and we would not choose it for a yard with more than one large tree.',
];
const waKestrel = [
  'The Torrent is overkill for most small yards, and at 9.4 pounds it is tiring after twenty minutes. But on the morning after a ' +
    'storm, with a carpet of wet maple leaves stuck to the lawn, it was the only blower that moved them in one pass.',
];
const waVolt = [
  'Higher voltage usually means more power, not longer run time. Look at the battery’s amp-hours instead: a 4.0 Ah pack roughly ' +
    'doubles the run time of a 2.0 Ah pack on the same tool.',
];
const waNoise = [
  'Many towns now restrict gas blowers, and some limit noise from any blower before 9 a.m. If you have close neighbours, a model ' +
    'under 65 decibels at 50 feet is worth a small loss of power.',
];
const toc = (id: string): string => `<span class="ez-toc-section" id="${id}" ez-toc-data-id="#${id}"></span>`;
const tocEnd = '<span class="ez-toc-section-end"></span>';
const waH = (tag: string, t: string): string => `<${tag} class="wp-block-heading">${toc(t.replace(/[^A-Za-z0-9]+/g, '_'))}${t}${tocEnd}</${tag}>`;
const waHeads = [
  'Our quick picks',
  'How we tested',
  '1. Brindle Gust 40V',
  '2. Tamsin PowerLeaf 20V',
  '3. Orvale Hush 36V',
  '4. Kestrel Torrent 56V',
  'Buying guide',
  'Voltage and run time',
  'Noise',
  'Frequently asked questions',
];
const waToc = waHeads
  .map(
    (t, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-${t === 'Voltage and run time' || t === 'Noise' ? 3 : 2}">
<a class="ez-toc-link ez-toc-heading-${i + 1}" href="#${t.replace(/[^A-Za-z0-9]+/g, '_')}">${t}</a></li>`,
  )
  .join('\n');
const waNav = ['Lawn Care', 'Power Tools', 'Outdoor Living', 'Buying Guides', 'About'];
const waRecent = [
  'Best Hose Reels for Tight Patios',
  'How to Winterise a Cordless Mower Battery',
  'Rake or Blower? What We Learned From a Month of Leaves',
  'The Best Garden Carts Under $150',
];
const waRelated = [
  { t: 'The Best Cordless String Trimmers for Edging', d: 'August 19, 2025' },
  { t: 'Battery Platforms Compared: Which Range Should You Buy Into?', d: 'June 30, 2025' },
  { t: 'Quiet Lawn Mowers for Early Risers', d: 'May 12, 2025' },
];
const waShare = ['Facebook', 'Pinterest', 'X', 'Email'];
const waFootLinks = ['Contact', 'Affiliate Disclosure', 'Privacy Policy', 'Terms of Use'];
const waBio = 'Dana Whitcombe has tested outdoor power tools for nine years and keeps a half-acre of stubborn clay lawn that she refuses to ' + 'pave over.';
const waCookie = [
  'Manage Cookie Consent',
  'We use cookies to measure how our reviews are read and to remember your choices. Consenting lets us process data such as ' +
    'browsing behaviour on this site; withdrawing consent may affect some features.',
];
const waCookieBtns = ['Accept', 'Deny', 'View preferences', 'Cookie Policy'];
const waComment = ['Leave a Comment', 'Cancel reply', 'Comment', 'Name', 'Website'];
const waConsent = 'Save my name, email, and website in this browser for the next time I comment.';
const waLd = `{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://quietgardengear.com/#organization",
"name":"Quiet Garden Gear"},{"@type":"BreadcrumbList","@id":"https://quietgardengear.com/best-cordless-leaf-blowers/#breadcrumb","itemListElement":[
{"@type":"ListItem","position":"1","item":{"@id":"https://quietgardengear.com","name":"Home"}}]},{"@type":"Article","headline":"${waTitle}",
"datePublished":"2025-03-14T08:00:00-05:00","dateModified":"2025-09-08T10:12:44-05:00","author":{"@type":"Person","name":"Dana Whitcombe"}}]}`;
const waArticle = `<article id="post-2184" class="post-2184 post type-post status-publish format-standard has-post-thumbnail hentry category-lawn-care"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header" aria-label="Content">
<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Home</a><span class="separator"> » </span><a href="/lawn-care/">Lawn Care</a>
<span class="separator"> » </span><span class="last">${waTitle}</span></p></nav>
<h1 class="entry-title" itemprop="headline">${waTitle}</h1>
<div class="entry-meta"><span class="posted-on">Updated on <time class="updated" datetime="2025-09-08T10:12:44-05:00" itemprop="dateModified">September 8,
2025</time><time class="entry-date published" datetime="2025-03-14T08:00:00-05:00" itemprop="datePublished">March 14, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="/author/dana-whitcombe/" title="View all posts by Dana Whitcombe" rel="author" itemprop="url"><span class="author-name" itemprop="name">Dana
Whitcombe</span></a></span></span></div></header>
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="/wp-content/uploads/2025/09/leaf-blowers-lineup.jpg" class="attachment-full size-full wp-post-image" alt="Four cordless leaf blowers on a brick patio"
itemprop="image" decoding="async" fetchpriority="high"></div>
<div class="entry-content" itemprop="text">
<p class="has-small-font-size affiliate-disclosure"><em>${waDisclosure.replace('Learn more', '<a href="/affiliate-disclosure/">Learn more</a>')}</em></p>
${ps(waIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_76 counter-hierarchy ez-toc-counter ez-toc-light-blue ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Jump to</p><span class="ez-toc-title-toggle"><a href="#"
class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">
<span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${waToc}</ul></nav></div>
<div id="ezoic-pub-ad-placeholder-103" data-inserter-version="2"></div>
${waH('h2', waHeads[0]!)}
<ul class="wp-block-list">${waPicks.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${waH('h2', waHeads[1]!)}
${ps(waTested)}
${waH('h2', waHeads[2]!)}
${waLasso(waBoxes[0]!)}
${ps(waGust)}
<div id="ezoic-pub-ad-placeholder-104" data-inserter-version="2"></div>
${waH('h2', waHeads[3]!)}
${waLasso(waBoxes[1]!)}
${ps(waTamsin)}
${waH('h2', waHeads[4]!)}
${waLasso(waBoxes[2]!)}
${ps(waHush)}
${waH('h2', waHeads[5]!)}
${waLasso(waBoxes[3]!)}
${ps(waKestrel)}
${waH('h2', waHeads[6]!)}
${waH('h3', waHeads[7]!)}
${ps(waVolt)}
${waH('h3', waHeads[8]!)}
${ps(waNoise)}
${waH('h2', waHeads[9]!)}
<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list ">
${waFaq
  .map(
    (f, i) => `<div id="faq-question-${i}" class="rank-math-list-item"><h3 class="rank-math-question ">${f.q}</h3>
<div class="rank-math-answer "><p>${f.a}</p></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${waShare
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon" href="?share=${t}"
target="_blank" title="Click to share on ${t}"><span>${t}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded" id="like-post-wrapper-2184" data-src="//widgets.wp.com/likes/"
data-name="like-post-frame-2184"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;">
<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a
class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${waRelated
  .map(
    (r, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${2100 + i}" data-post-format="false">
<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/related-${i}/" title="${r.t}" rel="nofollow">${r.t}</a></h4>
<p class="jp-relatedposts-post-date" style="display: block;">${r.d}</p><p class="jp-relatedposts-post-context">In "Lawn Care"</p></div>`,
  )
  .join('\n')}</div></div>
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar">
<img src="/wp-content/uploads/2023/01/dana-150x150.jpg" width="100" height="100" alt="Dana Whitcombe" itemprop="image"></div>
<div class="saboxplugin-authorname"><a href="/author/dana-whitcombe/" class="vcard author" rel="author"><span class="fn">Dana Whitcombe</span></a></div>
<div class="saboxplugin-desc"><div itemprop="description"><p>${waBio}</p></div></div><div class="clearfix"></div></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/lawn-care/"
rel="category tag">Lawn Care</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/hose-reels/" rel="prev">${waRecent[0]}</a>
</span></div><div class="nav-next"><span class="next"><a href="/winterise-mower-battery/" rel="next">${waRecent[1]}</a></span></div></nav></footer></div>
</article>`;
const waHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${waTitle} - Quiet Garden Gear</title>
<meta name="description" content="We tested eleven cordless leaf blowers on real suburban yards. These four are worth buying.">
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large">
<link rel="canonical" href="https://quietgardengear.com/best-cordless-leaf-blowers/"><meta property="og:type" content="article">
<meta property="og:title" content="${waTitle}"><meta property="article:section" content="Lawn Care">
<meta property="article:published_time" content="2025-03-14T08:00:00-05:00"><meta property="article:modified_time" content="2025-09-08T10:12:44-05:00">
<script type="application/ld+json" class="rank-math-schema">${waLd}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<link rel="stylesheet" id="ez-toc-css" href="/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.76" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>window.ezstandalone = window.ezstandalone || {}; ezstandalone.cmd = ezstandalone.cmd || [];</script>
</head>
<body class="post-template-default single single-post postid-2184 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar nav-below-header
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Quiet Garden Gear</a></p></div></div></header>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true" width="1em" height="1em"><path d="M0 96c0-13.255"></path></svg></span>
<span class="mobile-menu">Menu</span></button><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(waNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
${waArticle}
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${waComment[0]} <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${waComment[1]}</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">${waComment[2]}</label><textarea id="comment" name="comment" cols="45" rows="8"
required></textarea></p>
<label for="author" class="screen-reader-text">${waComment[3]}</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30">
<label for="url" class="screen-reader-text">${waComment[4]}</label><input placeholder="Website" id="url" name="url" type="url" value="" size="30">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${waConsent}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s" title="Search for:">
</label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(waRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(waNav.slice(0, 4), 'cat-item')}</ul>
</aside></div></div></div></div>
<div class="site-footer"><div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div
class="inside-footer-widgets">
<div class="footer-widget-1"><aside id="nav_menu-3" class="widget inner-padding widget_nav_menu"><div class="menu-footer-container"><ul id="menu-footer"
class="menu">
${links(waFootLinks, 'menu-item')}</ul></div></aside></div></div></div></div>
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">© 2025 Quiet Garden Gear</span> • Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a>
</div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 bottom-right optin cmplz-show" aria-modal="true" data-nosnippet="true"
role="dialog"
aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${waCookie[0]}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${waCookie[1]}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${waCookieBtns[0]}</button><button class="cmplz-btn cmplz-deny">${waCookieBtns[1]}</button>
<button class="cmplz-btn cmplz-view-preferences">${waCookieBtns[2]}</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement"
href="/cookie-policy/">${waCookieBtns[3]}</a></li></ul></div></div></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
<script id="ez-toc-js-js" src="/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.76"></script>
</body></html>`;

export const wpAffiliate: TestPage = {
  html: waHtml,
  name: 'heldout73-wordpress-affiliate-review-blog',
  kind: 'blog',
  // the affiliate disclosure at the top of the entry content is furniture; the "Jump to" table of contents repeats the
  // section headings word for word, so its entries are in neither list (only its "Jump to" label is furniture); the quick
  // picks and the FAQ answers are body, the FAQ questions headings; the Lasso product boxes (badge, product name, price,
  // description, buttons, date line) are furniture; the breadcrumb's last crumb repeats the title: left out
  title: waTitle,
  headings: [...waHeads, ...waFaq.map((f) => f.q)],
  body: [
    ...texts(waIntro),
    ...texts(waPicks),
    ...texts(waTested),
    ...texts(waGust),
    ...texts(waTamsin),
    ...texts(waHush),
    ...texts(waKestrel),
    ...texts(waVolt),
    ...texts(waNoise),
    ...texts(waFaq.map((f) => f.a)),
  ],
  bylines: ['Updated on', 'September 8, 2025', 'March 14, 2025', 'Dana Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Quiet Garden Gear', 'Menu', ...waNav, 'Home', waDisclosure, 'Jump to', 'Toggle',
    ...waBoxes.flatMap((b) => [b.badge, b.name, b.price, b.desc]), 'Check Price at Greenmart', 'Read Reviews',
    'Last updated on September 8, 2025 • Affiliate links',
    'Share this:', ...waShare, 'Like this:', 'Like', 'Loading...', 'Related', ...waRelated.flatMap((r) => [r.t, r.d]), 'In "Lawn Care"', waBio, 'Categories',
    ...waRecent, ...waComment, waConsent, 'Search for:', 'Recent Posts', ...waFootLinks, '© 2025 Quiet Garden Gear', 'Built with', 'GeneratePress',
    ...waCookie, ...waCookieBtns,
  ],
};
