import { j } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file a2: a logistics trade news story on a WordPress site in the style of The Loadstar, with the
 * top bar, mega menu, a Paid Memberships Pro paywall teaser after the free paragraphs, Jetpack share buttons, tags, the
 * "Related stories" block, a comments area with two reader comments, a sidebar with most-read and a podcast promo, and
 * the footer.
 */
const bTitle = 'Feeder operators hike Baltic surcharges as icebreaker delays bite';
const bFree = [
  j(
    'Feeder lines serving the northern Baltic have added winter surcharges of up to €145 per teu after icebreaker escorts into',
    'the Gulf of Bothnia fell behind schedule for the third week running.',
  ),
  j(
    'Nordlink Feeders, which runs six weekly loops out of Hamburg and Bremerhaven, said vessels were waiting an average of 31',
    'hours at the escort assembly points off Kemi and Oulu, against a normal winter average of under ten.',
  ),
  j(
    '“We are burning fuel at anchor and losing a full rotation every fortnight,” a Nordlink spokesperson told reporters.',
    '“The surcharge covers the cost of that lost capacity, nothing more.”',
  ),
  j(
    'Shippers’ groups in Finland said the increase would add roughly 4% to the door-to-door cost of a Shanghai-to-Oulu box and',
    'warned that forest-products exporters were already switching volumes to rail via the Swedish border crossing at Haparanda.',
  ),
];
const bNav = ['News', 'Air freight', 'Containers', 'Forwarders', 'Road & rail', 'Tech', 'Opinion', 'Premium', 'Podcast'];
const bTags = ['Baltic Sea', 'feeders', 'icebreaking', 'Finnish ports', 'Nordlink Feeders'];
const bRelated = [
  'Ice class tonnage shortage leaves Bothnian ports exposed',
  'Rail operators eye winter overflow at Haparanda',
  'Hamburg transhipment volumes slip as feeders reroute',
];
const bMost = ['Forwarders brace for second wave of GRIs', 'Airfreight rates to Latin America jump 18%', 'Why the tank container pool is shrinking'];
const bComments = [
  'Same every winter. Nobody budgets for escort delays until they happen and then the shipper pays.',
  'Worth noting that the Finnish maritime agency added two chartered escorts last week, so this may ease by March.',
];
const bFoot = ['About us', 'Contact', 'Advertise', 'Subscription terms', 'Privacy policy', 'Cookie policy'];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${bTitle} - The Freightline</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${bTitle}">
<meta property="article:published_time" content="2026-02-11T10:42:18+00:00"><meta name="author" content="Hal Brenner">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${bTitle}","datePublished":"2026-02-11T10:42:18+00:00","isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".pmpro_content_message"}}]}</script>
<link rel="stylesheet" id="theme-style-css" href="https://thefreightline.example/wp-content/themes/freightline/style.css?ver=4.2" media="all">
<script id="pmpro-js-extra">var pmpro = {"restUrl":"https:\\/\\/thefreightline.example\\/wp-json\\/"};</script></head>
<body class="post-template-default single single-post postid-148812 single-format-standard pmpro-body-level-required">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site"><div class="top-bar"><ul>${links(['Log in', 'Subscribe'], 'top-bar__item')}</ul></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Freightline</a></p>
<p class="site-description">Logistics news, analysis and opinion</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">Menu</button>
<ul id="primary-menu" class="menu">${links(bNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-148812" class="post-148812 post type-post status-publish format-standard has-post-thumbnail category-containers">
<header class="entry-header"><span class="cat-links"><a href="/category/containers/" rel="category tag">Containers</a></span>
<h1 class="entry-title">${bTitle}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/hal-brenner/">Hal Brenner</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-02-11T10:42:18+00:00">11 February 2026</time></span></div></header>
<div class="post-thumbnail"><img width="1024" height="576" src="https://thefreightline.example/wp-content/uploads/2026/02/feeder-ice.jpg"
class="attachment-large size-large wp-post-image" alt="">
<div class="wp-caption-text">Photo: © Jussi Arkko | Dreamstime.example</div></div>
<div class="entry-content">
${ps(bFree)}
<div class="pmpro_content_message"><div class="pmpro-paywall"><h3>Premium subscribers only</h3>
<p>The rest of this story is available to Premium subscribers. Get unlimited access to our analysis, data and the
Premium newsletter.</p><p><a class="pmpro_btn" href="/membership-checkout/?level=2">Subscribe now</a>
<a href="/login/">Already a member? Log in here</a></p></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
${links(['LinkedIn', 'X', 'Email', 'Print'], 'share-item')}</ul></div></div></div></div>
<footer class="entry-footer"><span class="tags-links">Tagged ${bTags
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</span></footer></article>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related stories</em></h3>
<div class="jp-relatedposts-items">${bRelated
  .map(
    (t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">
<a href="#">${t}</a></h4></div>`,
  )
  .join('\n')}
</div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 comments on “${bTitle}”</h2><ol class="comment-list">
<li id="comment-20411" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Pekka Rautio</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-02-11T12:03:00+00:00">11 February 2026 at 12:03</time></div></footer>
<div class="comment-content"><p>${bComments[0] ?? ''}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>
<li id="comment-20418" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">Ingrid Solberg</b> <span class="says">says:</span></div>
<div class="comment-metadata"><time datetime="2026-02-11T15:40:00+00:00">11 February 2026 at 15:40</time></div></footer>
<div class="comment-content"><p>${bComments[1] ?? ''}</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<p class="must-log-in">You must be <a href="/login/">logged in</a> to post a comment.</p></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_most_read"><h2 class="widget-title">Most read</h2>
<ol>${links(bMost)}</ol></section>
<section class="widget widget_text"><div class="textwidget"><p><strong>The Freightline Podcast</strong></p>
<p>This week: who really pays for the Red Sea detour?</p><p><a href="/podcast/">Listen now</a></p></div></section>
<section class="widget widget_custom_html"><div class="ad-slot"><span>Advertisement</span></div></section></aside></div>
<footer id="colophon" class="site-footer"><nav class="footer-navigation"><ul>${links(bFoot)}</ul></nav>
<div class="site-info">© The Freightline 2026. Registered in England No. 08812345.</div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience on our website. You can
change your settings at any time.</span><a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a role="button" class="cli_settings_button">Cookie settings</a></div>
<script src="https://thefreightline.example/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async></script></body></html>`;
const freightline: TestPage = {
  name: 'heldout326-wordpress-pmpro-logistics-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bFree),
  bylines: ['Hal Brenner', '11 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Log in', 'Subscribe', 'The Freightline', 'Logistics news, analysis and opinion', 'Menu', ...bNav, 'Containers',
    'Photo: © Jussi Arkko | Dreamstime.example', 'Premium subscribers only',
    'The rest of this story is available to Premium subscribers. Get unlimited access to our analysis, data and the Premium newsletter.',
    'Subscribe now', 'Already a member? Log in here', 'Share this:', 'LinkedIn', 'Email', 'Print', 'Tagged', ...bTags.slice(0, 4),
    'Related stories', ...bRelated, `2 comments on “${bTitle}”`, 'Pekka Rautio', 'says:', '11 February 2026 at 12:03', ...bComments, 'Reply',
    'Ingrid Solberg', '11 February 2026 at 15:40', 'Leave a Reply', 'You must be logged in to post a comment.', 'Most read', ...bMost,
    'The Freightline Podcast', 'This week: who really pays for the Red Sea detour?', 'Listen now', 'Advertisement', ...bFoot,
    '© The Freightline 2026. Registered in England No. 08812345.',
    'We use cookies to give you the best experience on our website. You can change your settings at any time.', 'Accept', 'Cookie settings',
  ],
};

export const HELDOUT326_A2: TestPage = freightline;
