import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, trs } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file e2: a travel site's phrasebook page on WordPress with GeneratePress and block-editor tables (site
 * title and tagline, primary menu, affiliate disclosure, posted-on / updated / by line, an Easy Table of Contents box that repeats
 * the headings, two phrase tables with captions, ad slots, category and tag links, post navigation, reader comments with the
 * "Leave a Comment" form, the sidebar widgets, the footer bar and the Cookie Notice bar).
 */
const wTitle = 'Icelandic phrases for travellers (with pronunciation)';
const wIntro = [
  j(
    'Almost everyone you meet in Iceland speaks excellent English, so you will not need Icelandic to get by. But a few words go a long',
    'way. On our last trip around the Westfjords, a simple <em>takk fyrir</em> at a petrol station turned a quick stop into twenty',
    'minutes of road advice and a free coffee.',
  ),
  'Here are the phrases we actually used, with a rough pronunciation guide for English speakers.',
];
const wBasics: readonly (readonly string[])[] = [
  ['Hello', 'Halló', 'HAL-loh'],
  ['Good day', 'Góðan daginn', 'GOH-than DYE-in'],
  ['Thank you', 'Takk fyrir', 'tahk FIR-ir'],
  ['Yes / No', 'Já / Nei', 'yow / nay'],
  ['Excuse me', 'Afsakið', 'AF-sah-kith'],
  ['Goodbye', 'Bless', 'bless'],
];
const wSounds = [
  j(
    'Icelandic stress always falls on the first syllable, which makes long words less frightening than they look. Two letters need',
    'practice: <em>ð</em> sounds like the "th" in "this", and <em>þ</em> like the "th" in "thin".',
  ),
  j(
    'The double L is the one that catches everyone out. In words like <em>Halló</em> and <em>fjall</em> (mountain) it is closer to',
    '"tl" than to an English L. Do not worry if you cannot manage it; people will understand you.',
  ),
  j(
    'Our pronunciation column is only a guide. Icelandic vowels do not map neatly onto English ones, and the best way to learn them',
    'is to listen: weather forecasts on the radio are slow, clear and full of place names you will need on the road.',
  ),
];
const wTravel: readonly (readonly string[])[] = [
  ['How much is this?', 'Hvað kostar þetta?', 'kvath KOS-tar THET-ta'],
  ['Where is the toilet?', 'Hvar er klósettið?', 'kvar er KLOH-set-tith'],
  ['I do not understand', 'Ég skil ekki', 'yeh skil EH-ki'],
  ['Do you speak English?', 'Talarðu ensku?', 'TAL-ar-thu EN-sku'],
  ['Cheers!', 'Skál!', 'skowl'],
];
const wTips = [
  j('Use first names. Icelanders address almost everyone, including the prime minister, by their first name, and the phone book is', 'sorted the same way.'),
  j(
    'Do not worry about grammar. Icelandic nouns change their endings in four cases, and even advanced learners get them wrong. A',
    'friendly attempt matters more than a correct one.',
  ),
];
const wToc = ['The basics', 'A note on pronunciation', 'Phrases for shops and roads', 'Two more tips'];
const wMenu = ['Destinations', 'Phrasebooks', 'Road trips', 'Travel gear', 'About'];
const wRecent = ['Driving the Westfjords in May: what we wish we had known', 'Faroese for beginners: ten words for the ferry'];
const wCAuth = [
  ['Hannelore K.', 'June 2, 2025 at 9:14 am'],
  ['Wandermap', 'June 2, 2025 at 6:30 pm'],
] as const;
const wComments = [
  'Great list! We tried "Skál" at a dinner in Ísafjörður and got a round of applause for the accent, which I suspect was charity.',
  'Ha, we have all been there. Glad the list came in handy, Hannelore!',
];
const adSlot = '<div class="wandermap-ad ad-inline"><span class="ad-label">Advertisement</span><div class="adthrive-ad"></div></div>';
const table = (
  caption: string,
  rows: readonly (readonly string[])[],
): string => `<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">
<thead><tr><th>English</th><th>Icelandic</th><th>Say it like</th></tr></thead><tbody>
${trs(rows)}
</tbody></table><figcaption class="wp-element-caption">${caption}</figcaption></figure>`;
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} - Wandermap</title><meta name="description" content="The Icelandic phrases we actually used on the road, with pronunciation.">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2025-05-03T08:00:00+00:00","dateModified":"2026-01-11T10:20:00+00:00","author":{"@type":"Person","name":"Callum Rees"}}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://wandermap.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script></head>
<body class="post-template-default single single-post postid-4410 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header
grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://wandermap.example/" rel="home">Wandermap</a></p><p
class="site-description" itemprop="description">Slow travel in the North Atlantic</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div
class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu"
aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(wMenu, 'menu-item menu-item-type-taxonomy')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main"
id="main"><article id="post-4410" class="post-4410 post type-post status-publish format-standard has-post-thumbnail hentry category-phrasebooks tag-iceland"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${wTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="updated"
datetime="2026-01-11T10:20:00+00:00"
itemprop="dateModified">Updated January 11, 2026</time><time class="entry-date published" datetime="2025-05-03T08:00:00+00:00" itemprop="datePublished">May 3,
2025</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://wandermap.example/author/callum/" title="View all posts by Callum Rees" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Callum Rees</span></a></span></span></div></header>
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675"
src="https://wandermap.example/wp-content/uploads/2025/05/westfjords-road.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image"></div>
<div class="entry-content" itemprop="text">
<p class="affiliate-disclosure"><em>This post may contain affiliate links. If you book through them we may earn a
small commission at no extra cost to you.</em></p>
${ps(wIntro)}
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p
class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default
ez-toc-toggle">Toggle</a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1">${wToc
  .map((t, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#">${t}</a></li>`)
  .join('\n')}</ul></nav></div>
<h2 class="wp-block-heading"><span class="ez-toc-section" id="The_basics"></span>The basics<span class="ez-toc-section-end"></span></h2>
${table('Six words for your first day', wBasics)}
${adSlot}
<h2 class="wp-block-heading"><span class="ez-toc-section"
id="A_note_on_pronunciation"></span>A note on pronunciation<span class="ez-toc-section-end"></span></h2>
${ps(wSounds)}
<h2 class="wp-block-heading"><span class="ez-toc-section" id="Phrases_for_shops_and_roads"></span>Phrases for shops and roads<span
class="ez-toc-section-end"></span></h2>
${table('Useful at petrol stations, shops and guesthouses', wTravel)}
<h2 class="wp-block-heading"><span class="ez-toc-section" id="Two_more_tips"></span>Two more tips<span class="ez-toc-section-end"></span></h2>
<ul class="wp-block-list">${wTips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${adSlot}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a
href="https://wandermap.example/category/phrasebooks/" rel="category tag">Phrasebooks</a></span> <span class="tags-links"><span class="screen-reader-text">Tags
</span><a href="https://wandermap.example/tag/iceland/" rel="tag">Iceland travel</a>, <a href="https://wandermap.example/tag/nordic-languages/" rel="tag">Nordic
languages</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="#" rel="prev">Faroese for beginners:
ten words for the ferry</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “${wTitle}”</h2><ol class="comment-list">
${wComments
  .map(
    (c, i) => `<li id="comment-${90 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${90 + i}"><footer
class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><cite itemprop="name" class="fn">${wCAuth[i]?.[0] ?? ''}</cite><div
class="entry-meta comment-metadata"><a href="#"><time datetime="2025-06-02T09:14:00+00:00"
itemprop="datePublished">${wCAuth[i]?.[1] ?? ''}</time></a></div></div>
</footer><div class="comment-content" itemprop="text"><p>${c}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#">Reply</a></span></div>
</article></li>`,
  )
  .join('\n')}
</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea
id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="text-2" class="widget inner-padding
widget_text"><h2 class="widget-title">About Wandermap</h2><div class="textwidget"><p>Two slow travellers, one old camper van and a lot of ferry
timetables.</p></div></aside><aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(wRecent)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter"
itemscope><div class="inside-site-info grid-container">
<div class="copyright-bar">© 2026 Wandermap • Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span
id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we
will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie"
data-cookie-set="accept"
class="cn-set-cookie cn-button">Ok</a><a href="#" id="cn-refuse-cookie" data-cookie-set="refuse" class="cn-set-cookie cn-button">No</a><a href="/privacy/"
target="_blank" id="cn-more-info" class="cn-more-info cn-button">Privacy policy</a></span></div></div>
<script id="generate-menu-js" src="https://wandermap.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
export const phrasebook: TestPage = {
  name: 'heldout327-generatepress-phrasebook-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wToc,
  body: texts([...wIntro, ...wBasics.flat(), ...wSounds, ...wTravel.flat(), ...wTips]),
  bylines: ['Updated January 11, 2026', 'May 3, 2025', 'Callum Rees'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Wandermap', 'Slow travel in the North Atlantic', 'Menu', ...wMenu,
    'This post may contain affiliate links. If you book through them we may earn a small commission at no extra cost to you.', 'Table of Contents', 'Toggle',
    'Six words for your first day', 'Useful at petrol stations, shops and guesthouses',
    'Advertisement', 'Categories', 'Tags', 'Iceland travel', 'Nordic languages',
    `2 thoughts on “${wTitle}”`, ...texts(wComments), ...wCAuth.flat(), 'Reply', 'Leave a Comment', 'Comment', 'About Wandermap',
    'Two slow travellers, one old camper van and a lot of ferry timetables.', 'Recent Posts', ...wRecent, '© 2026 Wandermap • Built with GeneratePress',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Privacy policy',
  ],
};
