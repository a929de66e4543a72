import { links, ps, type TestPage, texts } from './page-kit.js';
import { chaplaincy } from './pages-heldout309-f2.js';
import { j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file f: a denominational magazine's feature on the Newspack theme (top header, main navigation,
 * category link, subtitle, author avatar and byline with published and updated dates, Jetpack share icons, featured image
 * with credit, an inline newsletter prompt, the sharedaddy bar, tags, author bio, comments, sidebar widgets and the
 * footer) and, from file f2, a university chaplaincy page whose main text is short beside a listing.
 */
const gTitle = 'The last lamplighter of Aberwick chapel';
const gSub = 'For forty-one years, one steward has opened a hillside chapel that has no electricity and no minister.';
const gP1 = [
  j(
    'At a quarter to three every Sunday, Gwilym Price unlocks the door of Capel Bryn, a stone chapel on the hill above',
    'Aberwick, and lights eleven oil lamps one by one. The chapel has never been connected to the mains. When the last minister',
    'left in 1984, the congregation voted to keep meeting anyway, and Mr Price, then a young dairy farmer, offered to keep the',
    'lamps.',
  ),
  j(
    'Today the Sunday afternoon service draws between six and fifteen people, depending on the weather and the lambing. Visiting',
    'preachers come from a rota of lay readers across the district. When no preacher can come, the congregation reads the',
    'lessons themselves and sings unaccompanied.',
  ),
];
const gH1 = 'Keeping the light';
const gP2 = [
  j('“People ask whether it is worth it for so few,” Mr Price says, trimming a wick. “I ask them how many it takes. The lamps', 'do not mind.”'),
  j(
    'The oil costs the congregation about £300 a year, paid from a tin by the door. The roof was repaired in 2019 with a grant',
    'from the district and the proceeds of a sponsored walk that raised more money than anyone expected.',
  ),
];
const gH2 = 'What comes next';
const gP3 = [
  j(
    'Mr Price is seventy-four. Two younger members, a teacher and a retired nurse, have begun to share the work of opening up,',
    'and the district has agreed to keep Capel Bryn on its list of places of worship for at least another decade.',
  ),
  j(
    'Asked whether he would ever let them put in electric lights, he laughs. “When I am gone they can do as they like. But I',
    'think they will keep the lamps. Once you have seen the place lit like this, you do not want to see it any other way.”',
  ),
];
const gMenu = ['News', 'Features', 'Faith & Life', 'Opinion', 'Podcast', 'Subscribe'];
const gTags = ['chapels', 'rural ministry', 'Wales'];
const gSide = ['Why our hymnbooks still matter', 'A circuit walk in twelve chapels', 'Letters: on closing small churches'];
const gComment = 'My grandparents were married in Capel Bryn. Thank you for this lovely piece, and thank you to Mr Price for keeping it going.';
const gHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${gTitle} – The Connexion</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-03-04T07:00:00+00:00"><meta property="article:modified_time" content="2026-03-05T10:41:12+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Morwenna Jago"},"datePublished":"2026-03-04T07:00:00+00:00","articleSection":["Features"]}]}</script>
<link rel='stylesheet' id='newspack-style-css' href='https://theconnexion.example/wp-content/themes/newspack-theme/style.css?ver=2.4.0' media='all'>
<script id="newspack-newsletters-js-extra">var newspack_newsletters_data = {"is_subscribed":false};</script></head>
<body class="post-template-default single single-post postid-9921 single-format-standard wp-embed-responsive singular has-featured-image
single-featured-image-default h-nsub h-db h-ll h-dh has-sidebar cat-features">
<aside id="mobile-sidebar-fallback" class="mobile-sidebar"></aside><div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain">
<nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu">${links(['Donate', 'Advertise'], 'menu-item')}</ul>
</nav></div></div></div><div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><div class="site-identity"><p class="site-title">
<a href="https://theconnexion.example/" rel="home">The Connexion</a></p><p class="site-description">Methodist life and faith, since 1889</p></div></div></div>
</div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(gMenu, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav></div></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/features/" rel="category tag">Features</a></span>
<h1 class="entry-title">${gTitle}</h1><div class="newspack-post-subtitle">${gSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar">
<img alt="" src="/wp-content/uploads/jago-80.jpg" class="avatar avatar-80 photo"></span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/mjago/">Morwenna Jago</a></span></span>
<span class="posted-on">
<time class="entry-date published" datetime="2026-03-04T07:00:00+00:00">March 4, 2026</time><span class="updated-label">Updated March 5, 2026</span></span>
</div>
<div class="share-icons"><ul><li class="share-facebook"><a href="#" class="share-facebook sd-button share-icon no-text">
<span class="screen-reader-text">Share on
Facebook</span></a></li><li class="share-email"><a href="#" class="share-email sd-button share-icon no-text">
<span class="screen-reader-text">Email a link</span>
</a></li></ul></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2026/03/capel-bryn-1200x800.jpg"
class="attachment-newspack-featured-image
size-newspack-featured-image wp-post-image" alt=""><figcaption><span class="image-credit"><span class="credit-label-wrapper">Credit:</span> Iolo Hughes for The
Connexion</span></figcaption></figure>
<div class="main-content"><article id="post-9921" class="post-9921 post type-post status-publish format-standard has-post-thumbnail category-features">
<div class="entry-content">
${ps(gP1)}
<h2 class="wp-block-heading">${gH1}</h2>
${ps(gP2)}
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><form><div class="newspack-newsletters-email-input"><label>Get The Connexion
weekly in your inbox</label><input type="email" name="npe" placeholder="Email address"></div><input type="submit" value="Sign up"></form></div>
<h2 class="wp-block-heading">${gH2}</h2>
${ps(gP3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="#"><span>Facebook</span></a></li>
<li class="share-print">
<a class="share-print sd-button share-icon" href="#"><span>Print</span></a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">
<span>Tagged: </span>${gTags.map((t) => `<a href="/tag/${t.length}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Morwenna Jago</h2></div>
<p>Morwenna is features editor
of The Connexion and lives in Cornwall. <a class="author-link" href="/author/mjago/">More by Morwenna Jago</a></p></div></div>
<div id="comments" class="comments-area"><div class="comments-wrapper"><h3 class="comments-title">One thought on “${gTitle}”</h3><ol class="comment-list">
<li id="comment-4410" class="comment even thread-even depth-1"><article id="div-comment-4410" class="comment-body"><footer class="comment-meta"><div
class="comment-author vcard"><b class="fn">Sian Probert</b></div><div class="comment-metadata"><a href="#comment-4410">
<time datetime="2026-03-06T09:12:00+00:00">March
6, 2026 at 9:12 am</time></a></div></footer><div class="comment-content"><p>${gComment}</p></div><div class="reply">
<a class="comment-reply-link" href="#">Reply</a>
</div></article></li></ol></div></div></article>
<aside id="secondary" class="widget-area"><section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">More features</h2>
<ul>${links(gSide)}</ul></section></aside></div></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><div class="site-title">The Connexion</div></div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2026 The Connexion.</span>
<a class="imprint" href="https://newspack.com/">Proudly
powered by Newspack by Automattic</a><a class="privacy-policy-link" href="/privacy-policy/">Privacy Policy</a></div></div></footer></div>
<script src="https://theconnexion.example/wp-content/themes/newspack-theme/js/dist/menu.js?ver=2.4.0" id="newspack-menu-js"></script></body></html>`;
const magazine: TestPage = {
  name: 'heldout309-newspack-denominational-magazine-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2],
  body: texts([gSub, ...gP1, ...gP2, ...gP3]),
  bylines: ['Morwenna Jago', 'March 4, 2026', 'Updated March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Donate', 'Advertise', 'The Connexion', 'Methodist life and faith, since 1889', ...gMenu, 'Posted in', 'Share on Facebook',
    'Email a link', 'Credit: Iolo Hughes for The Connexion', 'Get The Connexion weekly in your inbox', 'Share this:', 'Facebook', 'Print',
    'Tagged:', ...gTags, 'Morwenna is features editor of The Connexion and lives in Cornwall.', 'More by Morwenna Jago', 'One thought on', 'Sian Probert',
    'March 6, 2026 at 9:12 am', gComment, 'Reply', 'More features', ...gSide, '© 2026 The Connexion.', 'Proudly powered by Newspack by Automattic',
    'Privacy Policy',
  ],
};

export const HELDOUT309_F: readonly TestPage[] = [magazine, chaplaincy];
