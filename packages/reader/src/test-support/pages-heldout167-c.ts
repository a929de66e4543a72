import { links, ps, type TestPage, texts } from './page-kit.js';
import { TISTORY_POST } from './pages-heldout167-c2.js';
import { paras } from './pages-heldout167-kit.js';

/**
 * Held-out batch 167, file c: a Hatena Blog entry written in English on a free account (the Hatena global header iframe
 * placeholder, the blog title and description, the entry date split into year/month/day spans, categories above the
 * title, the free-plan ad unit inside the entry, h3 section headings from Hatena syntax, a photo with its caption, the
 * entry footer with author id and time, the star and share buttons, the comment box, the pager, the sidebar modules
 * (profile, search, recent entries, archive) and the footer with "Powered by Hatena Blog") and, from file c2, a Tistory
 * post in English.
 */
const hTitle = 'A winter ride on the Osugi Line before it closes';
const hP1 = paras(`
The Osugi Line is 38 kilometres of single track that climbs from Minato-Kawase up into the hills behind the old copper
mines. In March the operator will replace it with a bus. I went up on a Saturday in early November, while the maples
were still red, to ride it end to end one last time.

This is a long post with a lot of photos. If you only want the practical part, skip to the last section.
`);
const hH1 = 'Getting there';
const hP2 = paras(`
There are six trains a day in each direction. I took the 8:41 from Minato-Kawase, a single diesel car with a driver who also
sells tickets. You pay on board when you get off, so keep some coins ready; the fare to the terminus was 1,120 yen.

The car was about half full when we left, mostly older people going to the hospital at Shimo-Osugi, and a group of four
railfans with very large cameras. After the hospital stop, it was just the railfans, two hikers and me.
`);
const hCaption = 'The single car at Shimo-Osugi, waiting for the passing loop to clear.';
const hH2 = 'The climb';
const hP3 = paras(`
Above Shimo-Osugi the line follows the river through a narrow gorge, with three short tunnels and a wooden trestle that the
driver crosses at walking pace. Everyone stood up on the right side of the car at the trestle. Nobody said anything; it is
just what people do there.

The last station, Kamikura, is a wooden building with a stove and a visitors' notebook. I read some of the entries while
I waited for the return train. People had come from Sapporo, from Osaka and, in one case, from Lyon. Many of them wrote
the same thing: thank you for keeping it running this long.
`);
const hH3 = 'Practical notes';
const hP4 = paras(`
If you want to ride before it closes, go on a weekday if you can. The operator says weekend trains have been full since the
closure was announced. The last day of service is March 14, and the final train will leave Kamikura at 17:05.

Take food with you. There is a small shop by Kamikura station, but it opens only on weekends and closes when it sells out.
`);
const hBody = [...hP1, ...hP2, ...hP3, ...hP4];
const hCats = ['Railways', 'Japan', 'Trip reports'];
const hRecent = ['Notes on a night ferry to Kyushu', 'The last timetable change of 2025', 'My favourite station waiting rooms'];
const hArchive = ['2025 (14)', '2025 / 11 (2)', '2025 / 10 (3)', '2024 (22)'];
const hHtml = `<!DOCTYPE html>
<html lang="en" data-admin-domain="//blog.hatena.ne.jp" data-author="kitakaze_rail" data-avail-langs="ja en" data-blog="kitakaze-rail.hatenablog.com"
data-blog-name="Slow Rails Notebook" data-page="entry" data-version="b13f0c9ed" class="page-entry"><head prefix="og: http://ogp.me/ns# article:
http://ogp.me/ns/article#">
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${hTitle} - Slow Rails Notebook</title><link rel="canonical" href="https://kitakaze-rail.hatenablog.com/entry/2025/11/08/211400">
<meta property="og:title" content="${hTitle} - Slow Rails Notebook"><meta property="og:type" content="article">
<meta property="og:site_name" content="Slow Rails Notebook"><meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="1762604040"><meta name="description" content="The Osugi Line is 38 kilometres of single track.">
<link rel="stylesheet" href="https://cdn.blog.st-hatena.com/css/blog.css?version=b13f0c9ed">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2025-11-08T21:14:00+09:00",
"author":{"@type":"Person","name":"kitakaze_rail"},"publisher":{"@type":"Organization","name":"Hatena Blog"}}</script>
<script src="https://cdn.blog.st-hatena.com/js/external/jquery.min.js?v=1.12.4&amp;version=b13f0c9ed"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HX1"></script>
</head>
<body class="page-entry header-image-enable category-Railways category-Japan globalheader-ng-enabled">
<div id="globalheader-container" data-brand="hatenablog"><iframe id="globalheader" height="37" frameborder="0" allowtransparency="true"></iframe></div>
<div id="container"><div id="container-inner"><header id="blog-title" data-brand="hatenablog"><div id="blog-title-inner">
<div id="blog-title-content"><h1 id="title"><a href="https://kitakaze-rail.hatenablog.com/">Slow Rails Notebook</a></h1>
<h2 id="blog-description">Local lines, slow trains and the stations in between</h2></div></div></header>
<div id="content" class="hfeed"><div id="content-inner"><div id="wrapper"><div id="main"><div id="main-inner">
<article class="entry hentry test-hentry js-entry-article date-first autopagerize_page_element chars-2400 words-600 mode-markdown entry-odd"
id="entry-6802418398" data-keyword-campaign="" data-uuid="6802418398" data-publication-type="entry">
<div class="entry-inner"><header class="entry-header"><div class="date entry-date first">
<a href="https://kitakaze-rail.hatenablog.com/archive/2025/11/08" rel="nofollow"><time datetime="2025-11-08T12:14:00Z" title="2025-11-08T12:14:00Z">
<span class="date-year">2025</span><span class="hyphen">-</span><span class="date-month">11</span><span class="hyphen">-</span><span
class="date-day">08</span></time></a></div>
<div class="entry-categories categories">${hCats
  .map(
    (c) => `<a href="/archive/category/${c}" class="entry-category-link
category-${c}">${c}</a>`,
  )
  .join('\n')}</div>
<h1 class="entry-title"><a href="https://kitakaze-rail.hatenablog.com/entry/2025/11/08/211400" class="entry-title-link bookmark">${hTitle}</a></h1></header>
<div class="entry-content hatenablog-entry">
${ps(hP1)}
<div class="sentry-ad"><p class="ad-label">Sponsored</p><ins class="adsbygoogle" data-ad-client="ca-pub-hatena" data-ad-slot="7720"></ins></div>
<h3 id="Getting-there">${hH1}</h3>
${ps(hP2)}
<p><figure class="figure-image figure-image-fotolife" title="${hCaption}"><span itemscope itemtype="http://schema.org/Photograph">
<img src="https://cdn-ak.f.st-hatena.com/images/fotolife/k/kitakaze_rail/20251108/20251108203011.jpg" width="1200" height="800" loading="lazy"
title="" class="hatena-fotolife" itemprop="image"></span><figcaption>${hCaption}</figcaption></figure></p>
<h3 id="The-climb">${hH2}</h3>
${ps(hP3)}
<h3 id="Practical-notes">${hH3}</h3>
${ps(hP4)}
</div>
<div class="entry-ad-bottom"><p class="ad-label">Sponsored</p><p class="ad-hide"><a
href="https://blog.hatena.ne.jp/guide/pro">Hide ads with Hatena Blog Pro</a></p></div>
<footer class="entry-footer"><div class="entry-tags-wrapper"><div class="entry-tags"></div></div>
<p class="entry-footer-section track-inview-by-gtm"><span class="author vcard"><span class="fn" data-load-nickname="1" data-user-name="kitakaze_rail">
<span class="user-name-nickname">kitakaze_rail</span></span></span>
<span class="entry-footer-time"><a href="https://kitakaze-rail.hatenablog.com/entry/2025/11/08/211400"><time data-relative datetime="2025-11-08T12:14:00Z"
title="2025-11-08T12:14:00Z" class="updated">2025-11-08 21:14</time></a></span></p>
<div class="hatena-star-container" data-hatena-star-container data-hatena-star-url="https://kitakaze-rail.hatenablog.com/entry/2025/11/08/211400"
data-hatena-star-title="${hTitle}"><span class="hatena-star-add-button" title="Add Star">Add Star</span></div>
<div class="social-buttons"><div class="social-button-item"><a href="https://b.hatena.ne.jp/entry/s/kitakaze-rail.hatenablog.com/entry/2025/11/08/211400"
class="hatena-bookmark-button">Hatena Bookmark</a></div><div class="social-button-item"><a href="https://x.com/share"
class="entry-share-button-x">Post</a></div>
<div class="social-button-item"><a class="entry-share-button-facebook" href="#">Share</a></div></div>
<div class="customized-footer"></div>
<div class="comment-box js-comment-box"><ul class="comment js-comment"><li class="read-more-comments" style="display: none;"><a>Read more</a></li></ul>
<a class="leave-comment-title js-leave-comment-title">Write a comment</a></div></footer></div></article></div>
<div class="pager pager-permalink permalink"><span class="pager-prev"><a href="#" rel="prev"><span
class="pager-arrow">&laquo; </span>Notes on a night ferry to Kyushu</a></span>
<span class="pager-next"><a href="#" rel="next">My favourite station waiting rooms<span class="pager-arrow"> &raquo;</span></a></span></div></div></div>
<aside id="box2"><div id="box2-inner">
<div class="hatena-module hatena-module-profile"><div class="hatena-module-title">Profile</div><div class="hatena-module-body">
<a href="/about" class="profile-icon-link"><img src="https://cdn.profile-image.st-hatena.com/users/kitakaze_rail/profile.png" class="profile-icon"></a>
<span class="id"><a href="/about" class="hatena-id-link"><span data-load-nickname="1" data-user-name="kitakaze_rail">id:kitakaze_rail</span></a></span>
<div class="profile-description"><p>Riding the slow lines of Japan before they disappear. Based in Niigata.</p></div>
<div class="hatena-follow-button-box btn-subscribe js-hatena-follow-button-box"><a href="#" class="hatena-follow-button js-hatena-follow-button">
<span class="subscribing"><span class="foreground">Subscribing</span></span><span class="subscribe"><span class="foreground">Subscribe</span></span></a></div>
<div class="profile-about"><a href="/about">About this blog</a></div></div></div>
<div class="hatena-module hatena-module-search-box"><div class="hatena-module-title">Search</div><div class="hatena-module-body">
<form class="search-form" role="search" action="/search"><input type="text" name="q" class="search-module-input" placeholder="Search the
blog"></form></div></div>
<div class="hatena-module hatena-module-recent-entries"><div class="hatena-module-title"><a href="/archive">Recent Entries</a></div>
<div class="hatena-module-body"><ul class="recent-entries hatena-urllist">${links(hRecent, 'urllist-item recent-entries-item')}</ul></div></div>
<div class="hatena-module hatena-module-archive"><div class="hatena-module-title"><a href="/archive">Archive</a></div>
<div class="hatena-module-body"><ul class="hatena-urllist archive-module-year-list">${links(hArchive, 'archive-module-year')}</ul></div></div>
</div></aside></div></div></div>
<footer id="footer" data-brand="hatenablog"><div id="footer-inner"><address class="footer-address"><a href="/"><span id="footer-address-icon"></span>
<span class="footer-address-name">Slow Rails Notebook</span></a></address><p class="services">Powered by <a href="https://hatena.blog/">Hatena Blog</a> |
<a href="https://blog.hatena.ne.jp/-/abuse_report" class="report-abuse-link">Report abuse</a></p></div></footer></div></div>
<script src="https://cdn.blog.st-hatena.com/js/texts-en.js?version=b13f0c9ed"></script>
<script src="https://cdn.blog.st-hatena.com/js/blog.js?version=b13f0c9ed"></script>
</body></html>`;
const HATENA_ENTRY: TestPage = {
  name: 'heldout167-hatena-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts(hBody),
  bylines: ['2025-11-08', 'kitakaze_rail', '2025-11-08 21:14'],
  furniture: [
    'Slow Rails Notebook',
    'Local lines, slow trains and the stations in between',
    ...hCats,
    'Sponsored',
    hCaption,
    'Hide ads with Hatena Blog Pro',
    'Add Star',
    'Hatena Bookmark',
    'Post',
    'Share',
    'Read more',
    'Write a comment',
    ...hRecent,
    'Profile',
    'id:kitakaze_rail',
    'Riding the slow lines of Japan before they disappear. Based in Niigata.',
    'Subscribing',
    'Subscribe',
    'About this blog',
    'Search',
    'Recent Entries',
    'Archive',
    ...hArchive,
    'Powered by Hatena Blog',
    'Report abuse',
  ],
};

export const HELDOUT167_C: readonly TestPage[] = [HATENA_ENTRY, TISTORY_POST];
