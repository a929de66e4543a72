import { links, type TestPage, texts } from './page-kit.js';
import { cloudflarePost } from './pages-heldout165-b2.js';

/**
 * Held-out batch 165, file b: a Jekyll blog post with the So Simple theme (the screen-reader skip links with their hidden
 * h2, the "Menu" toggle and primary nav, the masthead with site title and description, the feature image with its photo
 * credit, the page sidebar with the author h-card, read time, date and tag list, the share buttons, the Previous / Next
 * pagination with h4 labels, the Disqus placeholder and the footer) and, from file b2, a Cloudflare blog post.
 */
const ssTitle = 'Walking the old drove road from Kelso Brae to Ardnish';
const ssP1 = [
  'The drove road over the Kelso Brae hills was used for three hundred years to move cattle from the western glens to the ' +
    'autumn markets in the south. It has not seen a herd since the railway arrived, but most of it is still there: a broad ' +
    'green track, walled on both sides in places, that crosses two passes and a river in about forty kilometres.',
  'I walked it over three days in September with my friend Oonagh, carrying a tent, and these are my notes for anyone ' + 'thinking of doing the same.',
];
const ssH1 = 'Day one: Kelso Brae to the Lairig bothy';
const ssP2 = [
  'The track leaves the village behind the old schoolhouse and climbs steadily for the first six kilometres. The walling is ' +
    'at its best here, with stones the size of armchairs on either side and a gap every few hundred metres where drovers let ' +
    'the cattle out to graze.',
  'We reached the bothy at four in the afternoon. It sleeps eight on a wooden platform and was empty apart from a mouse ' +
    'that took an interest in our oatcakes.',
];
const ssH2 = 'Day two: over the Bealach and down to the river';
const ssP3 = [
  'This is the hard day. The climb to the Bealach is steep, the path is faint above 600 metres, and the mist came down as we ' +
    'reached the top. A compass bearing from the cairn took us to the head of the descent, where the track becomes clear again.',
  'The river crossing at the foot of the glen has no bridge. After a dry week it was knee deep and easy; after rain it would ' +
    'not be safe, and there is no alternative crossing for eight kilometres.',
];
const ssH3 = 'Day three: the long walk out';
const ssP4 = [
  'The last fifteen kilometres follow the valley floor on a good track, past three ruined shielings and a stone pen that ' +
    'could hold two hundred cattle. We reached Ardnish in time for the afternoon bus and a very large plate of chips.',
];
const ssH4 = 'Practical notes';
const ssList = [
  'Maps: the two sheets at 1:25,000 cover the whole route. The Bealach section is on the edge of both.',
  'Water: plentiful from streams, but filter it below the sheep pastures.',
  'Transport: the bus from Ardnish runs twice a day, not on Sundays.',
  'Season: June to September. The river crossing is the deciding factor, so check the forecast for the two days before.',
];
const ssNav = ['Home', 'Walks', 'Maps', 'About', 'Search'];
const ssCredit = 'Photo by Oonagh Breslin';
const ssTags = ['walking', 'history', 'bothies'];
const ssShare = ['Share', 'Tweet', 'LinkedIn', 'Reddit'];
const ssPrev = 'A winter night at Lochan Dubh bothy';
const ssNext = 'Repairing a pair of twenty-year-old boots';
const ssHs = (t: string, id: string): string => `<h2 id="${id}">${t}</h2>`;
const ssPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ssHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 --><title>${ssTitle} | Far Tracks</title><meta name="generator" content="Jekyll v4.3.4">
<meta property="og:title" content="${ssTitle}"><meta name="author" content="Callum Rennie"><meta property="og:locale" content="en_GB">
<meta name="description" content="Three days on the drove road over the Kelso Brae hills."><link rel="canonical"
href="https://fartracks.example/walks/kelso-brae-drove-road/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-09-28T00:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Callum Rennie"},
"dateModified":"2025-09-28T00:00:00+00:00","datePublished":"2025-09-28T00:00:00+00:00","headline":"${ssTitle}",
"url":"https://fartracks.example/walks/kelso-brae-drove-road/"}</script><!-- End Jekyll SEO tag -->
<script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js ';</script>
<link rel="stylesheet" href="/assets/css/main.css"><link rel="alternate" type="application/atom+xml" title="Far Tracks" href="/feed.xml">
<script src="https://kit.fontawesome.example/4eee35f757.js" defer></script></head>
<body class="layout--post  walking-the-old-drove-road">
<nav class="skip-links"><h2 class="screen-reader-text">Skip links</h2><ul>
<li><a href="#primary-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>
<li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li>
<li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li></ul></nav>
<div class="navigation-wrapper"><a href="#menu-toggle" id="menu-toggle">Menu</a>
<nav id="primary-nav" class="site-nav animated drop"><ul>${links(ssNav)}</ul></nav></div><!-- /.navigation-wrapper -->
<header class="masthead"><div class="wrap"><a href="/" class="site-logo" rel="home" title="Far Tracks"><img src="/images/site-logo.png" class="site-logo-img"
alt="Far Tracks"></a>
<h1 class="site-title"><a href="/">Far Tracks</a></h1><p class="site-description">Long walks on old roads, with a tent and a flask.</p></div></header><!--
/.masthead -->
<main id="main" class="main-content" aria-label="Content"><article class="h-entry">
<div class="page-image"><img src="/images/kelso-brae-drove-road.jpg" class="entry-feature-image u-photo" alt="${ssTitle}" style="margin-top: 0;">
<p class="image-credit">${ssCredit}</p></div>
<div class="page-wrapper"><header class="page-header"><h1 id="page-title" class="page-title p-name">${ssTitle}</h1></header>
<div class="page-sidebar"><div class="page-author h-card p-author"><img src="/images/callum.jpg" class="author-avatar u-photo" alt="Callum Rennie">
<div class="author-info"><div class="author-name"><em>by</em> <span class="p-name">Callum Rennie</span></div>
<ul class="author-links"><li class="author-link"><a class="u-url" rel="me" href="https://mastodon.example/@callum"><i class="fab fa-mastodon fa-lg"
title="Mastodon"></i></a></li>
<li class="author-link"><a class="u-url" rel="me" href="mailto:callum@fartracks.example"><i class="fas fa-envelope fa-lg" title="Email"></i></a></li></ul>
<span class="read-time">5 min read</span>
<time class="page-date dt-published" datetime="2025-09-28T00:00:00+00:00"><a class="u-url" href="">September 28, 2025</a></time></div></div>
<div class="page-taxonomies"><ul class="page-taxonomies">${ssTags
  .map(
    (t) => `<li class="page-taxonomy"><a class="p-category" href="/tags/#${t}"
title="Pages tagged ${t}" rel="tag">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="page-content"><div class="e-content">
${ssPs(ssP1)}
${ssHs(ssH1, 'day-one-kelso-brae-to-the-lairig-bothy')}
${ssPs(ssP2)}
${ssHs(ssH2, 'day-two-over-the-bealach-and-down-to-the-river')}
${ssPs(ssP3)}
${ssHs(ssH3, 'day-three-the-long-walk-out')}
${ssPs(ssP4)}
${ssHs(ssH4, 'practical-notes')}
<ul>${ssList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div>
<div class="page-share">
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ffartracks.example%2Fwalks%2Fkelso-brae-drove-road%2F" class="btn btn--facebook btn--small">
<i class="fab fa-fw fa-facebook" aria-hidden="true"></i> <span>${ssShare[0]}</span></a>
<a href="https://twitter.com/intent/tweet?text=Walking%20the%20old%20drove%20road" class="btn btn--twitter btn--small">
<i class="fab fa-fw fa-twitter" aria-hidden="true"></i> <span>${ssShare[1]}</span></a>
<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Ffartracks.example" class="btn btn--linkedin btn--small">
<i class="fab fa-fw fa-linkedin" aria-hidden="true"></i> <span>${ssShare[2]}</span></a>
<a href="https://reddit.com/submit?title=Walking%20the%20old%20drove%20road&amp;url=https%3A%2F%2Ffartracks.example" class="btn btn--reddit btn--small">
<i class="fab fa-fw fa-reddit" aria-hidden="true"></i> <span>${ssShare[3]}</span></a></div>
<nav class="page-pagination" role="navigation"><a class="page-previous" href="/walks/lochan-dubh-bothy/"><h4 class="page-pagination-label">Previous</h4>
<span class="page-pagination-title"><i class="fas fa-arrow-left"></i> ${ssPrev}</span></a>
<a class="page-next" href="/gear/boot-repair/"><h4 class="page-pagination-label">Next</h4><span class="page-pagination-title">${ssNext}
<i class="fas fa-arrow-right"></i></span></a></nav>
<div id="disqus_thread"></div><script>var disqus_config = function () { this.page.url = 'https://fartracks.example/walks/kelso-brae-drove-road/';
this.page.identifier = '/walks/kelso-brae-drove-road'; }; (function() { var d = document, s = d.createElement('script');
s.src = 'https://fartracks.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date()); (d.head || d.body).appendChild(s); })();</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
</div></div></article></main>
<footer id="footer" class="site-footer"><div class="social-icons"><a class="social-icon" href="/feed.xml"><i class="fas fa-rss-square fa-2x"
title="Feed"></i></a>
<a class="social-icon" href="https://mastodon.example/@callum"><i class="fab fa-mastodon fa-2x" title="Mastodon"></i></a></div>
<div class="copyright"><p>© 2025 Callum Rennie. Powered by <a href="https://jekyllrb.com" rel="nofollow">Jekyll</a> &amp;
<a href="https://github.com/mmistakes/so-simple-theme" rel="nofollow">So Simple</a>.</p></div></footer>
<script src="https://code.jquery.example/jquery-3.3.1.min.js" integrity="sha256-FgpCb" crossorigin="anonymous"></script>
<script src="/assets/js/main.min.js"></script><script src="https://use.fontawesome.example/releases/v5.0.12/js/all.js"></script></body></html>`;
const soSimple: TestPage = {
  html: ssHtml,
  name: 'heldout165-jekyll-so-simple-blog',
  kind: 'blog',
  // the sidebar author name, "by", read time and date are bylines; the photo credit, tags, share buttons, pagination, the
  // Disqus noscript line and the masthead are furniture
  title: ssTitle,
  headings: [ssH1, ssH2, ssH3, ssH4],
  body: texts([...ssP1, ...ssP2, ...ssP3, ...ssP4, ...ssList]),
  bylines: ['by Callum Rennie', '5 min read', 'September 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip links', 'Skip to primary navigation', 'Skip to content', 'Skip to footer', 'Menu', ...ssNav, 'Far Tracks',
    'Long walks on old roads, with a tent and a flask.', ssCredit, ...ssTags, ...ssShare, 'Previous', ssPrev, 'Next', ssNext,
    'Please enable JavaScript to view the comments powered by Disqus.', '© 2025 Callum Rennie. Powered by Jekyll & So Simple.',
  ],
};

export const HELDOUT165_B: readonly TestPage[] = [soSimple, cloudflarePost];
