import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 155, file c2: a Jekyll post with the Chirpy theme (the left sidebar with avatar, site title, subtitle,
 * nav and social buttons, the top bar with breadcrumb, "Post" title and search, the h1 and description, "Posted" /
 * "Updated" times, the preview image with caption, "By" line and reading time, the content with Rouge code blocks and a
 * tip prompt, the post tail with categories, tags, licence and share icons, the right panel with "Recently Updated",
 * "Trending Tags" and the empty "Contents" nav, "Further Reading" cards, older/newer navigation, the giscus comments frame
 * (its comments live in the iframe, so the saved page holds none of their text), the footer and the search results pane).
 */
const chTitle = 'Chasing a flaky serial link on the garden weather station';
const chDesc = 'Why the wind sensor dropped out every few hours, and the three-cent fix.';
const chP1 = [
  'The weather station at the bottom of the garden is a Raspberry Pi Zero reading an anemometer and a rain gauge through a small ' +
    'microcontroller board over a serial link. Since October the wind readings had been disappearing for ten or twenty minutes at ' +
    'a time, a few times a day, and then coming back as if nothing had happened.',
  'This is the story of finding out why, mostly so that I remember next time.',
];
const chH1 = 'First suspect: the software';
const chP2 = [
  'The logging script reads lines from /dev/serial0 and writes them to a small database. When the readings stopped, the script ' +
    'was still running, but it was blocked on a read that never returned. Adding a timeout to the port stopped the hang, but the ' +
    'gaps remained. Something was going wrong before the data reached Python.',
];
const chH2 = 'Watching the raw bytes';
const chP3 = [
  'I left a second terminal dumping the raw port to a file overnight:',
  'In the morning the file was full of clean lines, then a burst of garbage, then nothing until the microcontroller reset itself ' +
    'twenty minutes later. Corrupt bytes followed by silence usually means the electrical side, not the code.',
];
const chCode = "stty -F /dev/serial0 9600 raw\ncat /dev/serial0 | ts '%H:%M:%S' >> serial.log";
const chH3 = 'The real cause';
const chP4 = [
  'The cable between the Pi and the sensor board is about four metres long and runs along the fence next to the pump for the pond. ' +
    'Each time the pump switched on, the noise was enough to scramble a few bytes and upset the board’s watchdog.',
  'Three changes fixed it:',
];
const chList = [
  'A 100 nF capacitor across the pump motor’s terminals, which cost about three cents.',
  'Twisted pair for the serial lines, with the ground twisted alongside.',
  'A lower baud rate, which gives the signal more margin on a long run.',
];
const chTip = 'If a serial link fails only at certain times of day, make a list of everything else that switches on at those times.';
const chP5 = [
  'The station has now run for five weeks without a single gap, including two days of storms. The pump still switches on every ' +
    'hour. It just no longer takes the wind readings with it.',
];
const chNav = ['HOME', 'CATEGORIES', 'TAGS', 'ARCHIVES', 'ABOUT'];
const chRecent = ['Calibrating a tipping-bucket rain gauge', 'Putting the station on solar power', 'Graphing a year of wind in Grafana'];
const chTags = ['raspberry-pi', 'electronics', 'weather', 'python', 'homelab'];
const chReading = [
  ['Sep 2, 2025', 'Calibrating a tipping-bucket rain gauge', 'The gauge said we had twice the rain of the nearest official station. It was wrong.'],
  ['Jul 21, 2025', 'Putting the station on solar power', 'A 20 W panel, a small battery and a lot of arithmetic about December.'],
] as const;
const chHtml = `<!doctype html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="theme-color" media="(prefers-color-scheme: light)"
content="#f7f7f7">
<meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, shrink-to-fit=no, viewport-fit=cover"><meta name="generator"
content="Jekyll v4.3.4">
<meta property="og:title" content="${chTitle}"><meta name="author" content="Noor Haddad"><meta property="og:locale" content="en"><meta name="description"
content="${chDesc}">
<link rel="canonical" href="https://noorhaddad.example/posts/flaky-serial-link/"><meta property="og:site_name" content="Noor's Workbench"><meta
property="og:type" content="article">
<meta property="article:published_time"
content="2026-02-16T19:40:00+00:00"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"author":{"@type":"Person","name":"Noor Haddad"},"dateModified":"2026-02-20T08:12:00+00:00",
"datePublished":"2026-02-16T19:40:00+00:00","headline":"${chTitle}"}</script>
<title>${chTitle} | Noor's Workbench</title><link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css">
<script src="/assets/js/dist/theme.min.js"></script></head>
<body><aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end"><header class="profile-wrapper"><a href="/" id="avatar"
class="rounded-circle">
<img src="/assets/img/avatar.png" width="112" height="112" alt="avatar" onerror="this.style.display='none'"></a><a class="site-title d-block" href="/">Noor's
Workbench</a>
<p class="site-subtitle fst-italic mb-0">Small electronics, the garden, and things that break.</p></header><nav class="flex-column flex-grow-1 w-100 ps-0"><ul
class="nav">
${chNav
  .map(
    (t, i) => `<li class="nav-item${i === 0 ? ' active' : ''}"><a href="/${t.toLowerCase()}/" class="nav-link"><i class="fa-fw fas
fa-home"></i><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav><div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><button type="button" class="btn btn-link nav-link" aria-label="Switch Mode"
id="mode-toggle">
<i class="fas fa-adjust"></i></button><span class="icon-border"></span><a href="https://github.com/noor-haddad" aria-label="github" target="_blank"
rel="noopener noreferrer">
<i class="fab fa-github"></i></a><a href="javascript:location.href = 'mailto:' + ['noor','noorhaddad.example'].join('@')" aria-label="email"><i class="fas
fa-envelope"></i></a>
<a href="/feed.xml" aria-label="rss"><i class="fas fa-rss"></i></a></div></aside>
<div id="main-wrapper" class="d-flex justify-content-center"><div class="container d-flex flex-column px-xxl-5">
<header id="topbar-wrapper" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100">
<nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span><span>${chTitle}</span></nav>
<button type="button" id="sidebar-trigger" class="btn btn-link" aria-label="Sidebar"><i class="fas fa-bars fa-fw"></i></button><div id="topbar-title">Post</div>
<button type="button" id="search-trigger" class="btn btn-link" aria-label="Search"><i class="fas fa-search fa-fw"></i></button><search id="search"
class="align-items-center ms-3 ms-lg-0"><i class="fas fa-search fa-fw"></i><input class="form-control" id="search-input" type="search" aria-label="search"
autocomplete="off" placeholder="Search..."></search><button type="button" class="btn btn-link text-decoration-none"
id="search-cancel">Cancel</button></div></header>
<div class="row flex-grow-1"><main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4"><article class="px-1" data-toc="true">
<header><h1 data-toc-skip>${chTitle}</h1><p class="post-desc fw-light mb-4">${chDesc}</p><div class="post-meta text-muted"><span>Posted
<time data-ts="1771270800" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Feb 16, 2026</time></span><span>Updated
<time data-ts="1771575120" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Feb 20, 2026</time></span>
<div class="mt-3 mb-3"><a href="/assets/img/posts/station.jpg" class="popup img-link preview-img shimmer"><img src="/assets/img/posts/station.jpg" alt="The
weather
station mast by the fence" width="1200" height="630" loading="lazy"></a><figcaption class="text-center pt-2 pb-2">The station mast, with the pond pump just out
of
shot.</figcaption></div><div class="d-flex justify-content-between"><span>By <em><a href="https://github.com/noor-haddad">Noor Haddad</a></em></span><div>
<span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom" title="1104 words"><em>5 min</em> read</span></div></div></div></header>
<div class="content">
${chP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="first-suspect-the-software"><span class="me-2">${chH1}</span><a href="#first-suspect-the-software" class="anchor text-muted"><i class="fas
fa-hashtag"></i></a></h2>
${chP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="watching-the-raw-bytes"><span class="me-2">${chH2}</span><a href="#watching-the-raw-bytes" class="anchor text-muted"><i class="fas
fa-hashtag"></i></a></h2>
<p>${chP3[0]}</p>
<div class="language-shell highlighter-rouge"><div class="code-header"><span data-label-text="Shell"><i class="fas fa-code fa-fw small"></i></span><button
aria-label="copy"
data-title-succeed="Copied!"><i class="far fa-clipboard"></i></button></div><div class="highlight"><code><table class="rouge-table"><tbody><tr><td
class="rouge-gutter gl">
<pre class="lineno">1
2
</pre></td><td class="rouge-code"><pre>${chCode}
</pre></td></tr></tbody></table></code></div></div>
<p>${chP3[1]}</p>
<h2 id="the-real-cause"><span class="me-2">${chH3}</span><a href="#the-real-cause" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></h2>
${chP4.map((p) => `<p>${p}</p>`).join('\n')}
<ol>${chList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<blockquote class="prompt-tip"><p>${chTip}</p></blockquote>
${chP5.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="post-tail-wrapper text-muted"><div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i><a
href="/categories/electronics/">Electronics</a>,
<a href="/categories/weather-station/">Weather Station</a></div><div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i>
${chTags
  .slice(0, 3)
  .map((t) => `<a href="/tags/${t}/" class="post-tag no-text-decoration">${t}</a>`)
  .join('\n')}</div>
<div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2"><div class="license-wrapper">This post is licensed under
<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> by the author.</div><div class="share-wrapper d-flex align-items-center">
<span class="share-label text-muted">Share</span><span class="share-icons"><a href="https://twitter.com/intent/tweet?text=x" data-bs-toggle="tooltip"
title="Twitter"
target="_blank" rel="noopener" aria-label="Twitter"><i class="fa-fw fa-brands fa-square-x-twitter"></i></a><a href="https://bsky.app/intent/compose?text=x"
title="Bluesky" aria-label="Bluesky"><i class="fa-fw fa-brands fa-bluesky"></i></a><button id="copy-link" aria-label="Copy link" class="btn small"
data-bs-toggle="tooltip"
title="Copy link" data-title-succeed="Link copied successfully!"><i class="fa-fw fas fa-link pe-none
fs-6"></i></button></span></div></div></div></article></main>
<aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 mb-5 text-muted"><div class="access"><section id="access-lastmod"><h2
class="panel-heading">Recently Updated</h2>
<ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2">${chRecent
  .map(
    (t, i) => `<li class="text-truncate lh-lg"><a
href="/posts/r${i}/">${t}</a></li>`,
  )
  .join('\n')}</ul></section>
<section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">
${chTags.map((t) => `<a class="post-tag btn btn-outline-primary" href="/tags/${t}/">${t}</a>`).join('\n')}</div></section></div>
<section id="toc-wrapper" class="d-none ps-0 pe-4"><h2 class="panel-heading ps-3 mb-2">Contents</h2><nav id="toc"></nav></section></aside></div>
<div class="row"><div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4"><aside id="related-posts" aria-labelledby="related-label">
<h3 class="mb-4" id="related-label">Further Reading</h3><nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">
${chReading
  .map(
    (
      [d, t, e],
      i,
    ) => `<article class="col"><a href="/posts/f${i}/" class="post-preview card h-100"><div class="card-body"><time data-ts="17${i}" data-df="ll">${d}</time>
<h4 class="pt-0 my-2">${t}</h4><div class="text-muted"><p>${e}</p></div></div></a></article>`,
  )
  .join('\n')}</nav></aside>
<nav class="post-navigation d-flex justify-content-between" aria-label="Post Navigation"><a href="/posts/f1/" class="btn btn-outline-primary"
aria-label="Older">
<p>${chReading[0][1]}</p></a><div class="btn btn-outline-primary disabled" aria-label="Newer"><p>-</p></div></nav>
<script src="https://giscus.app/client.js" data-repo="noor-haddad/noor-haddad.github.io" data-repo-id="R_kgDOH" data-category="Comments" data-mapping="pathname"
data-reactions-enabled="1" data-theme="light" data-lang="en" crossorigin="anonymous" async></script>
<div class="giscus"><iframe class="giscus-frame" title="Comments" scrolling="no" allow="clipboard-write"
src="https://giscus.app/en/widget?origin=x&amp;session=&amp;theme=light"
loading="lazy"></iframe></div>
<footer aria-label="Site Info" class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center
pb-lg-3">
<p>© <time>2026</time> <a href="https://github.com/noor-haddad">Noor Haddad</a>. <span data-bs-toggle="tooltip" data-bs-placement="top" title="Except where
otherwise
noted, the blog posts on this site are licensed under the Creative Commons Attribution 4.0 International (CC BY 4.0) License by the author.">Some rights
reserved.</span></p>
<p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v7.2.4" href="https://github.com/cotes2020/jekyll-theme-chirpy" target="_blank"
rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.com" target="_blank" rel="noopener">Jekyll</a>.</p></footer></div></div>
<div id="search-result-wrapper" class="d-flex justify-content-center d-none"><div class="col-11 content"><div id="search-hints"><section><h2
class="panel-heading">
Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">${chTags
  .map(
    (t) => `<a class="post-tag btn btn-outline-primary"
href="/tags/${t}/">${t}</a>`,
  )
  .join('\n')}
</div></section></div><div id="search-results" class="d-flex flex-wrap justify-content-center text-muted mt-3"></div></div></div></div>
<aside aria-label="Scroll to Top"><button id="back-to-top" type="button" class="btn btn-lg btn-box-shadow"><i class="fas
fa-angle-up"></i></button></aside></div>
<div id="mask" class="d-none position-fixed w-100 h-100 z-1"></div><script src="/assets/js/dist/post.min.js"></script></body></html>`;
export const chirpyPost: TestPage = {
  html: chHtml,
  name: 'heldout155-jekyll-chirpy-blog',
  kind: 'blog',
  // the description under the h1 is a dek (body) and the tip prompt is body; "Posted", "Updated", "By" and the reading
  // time are bylines; the breadcrumb (its last crumb repeats the title), sidebar, top bar, caption, categories, tags,
  // licence, share label, panels, further-reading cards, post navigation and footer are furniture; code is in neither list
  title: chTitle,
  headings: [chH1, chH2, chH3],
  body: [chDesc, ...chP1, ...chP2, ...chP3, ...texts(chP4), ...chList, chTip, ...chP5],
  bylines: ['Posted Feb 16, 2026', 'Updated Feb 20, 2026', 'By Noor Haddad', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Noor's Workbench", 'Small electronics, the garden, and things that break.', ...chNav, 'Home', 'Post', 'Cancel',
    'The station mast, with the pond pump just out of shot.', 'Electronics', 'Weather Station', 'This post is licensed under CC BY 4.0 by the author.',
    'Share', 'Recently Updated', ...chRecent, 'Trending Tags', ...chTags, 'Contents', 'Further Reading', ...chReading.flatMap(([d, , e]) => [d, e]),
    '© 2026 Noor Haddad. Some rights reserved.', 'Using the Chirpy theme for Jekyll.',
  ],
};
