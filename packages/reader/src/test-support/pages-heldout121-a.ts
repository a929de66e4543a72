import { ps, type TestPage, texts } from './page-kit.js';
import { paperModPost } from './pages-heldout121-a2.js';

/**
 * Held-out batch 121, file a: a Jekyll blog post in the Minimal Mistakes theme (skip links, the greedy-nav masthead with its
 * hidden search and menu toggles, the sticky author sidebar with bio, location and social links, the post's date and reading
 * time, an author's update notice at the top of the text, the sticky "On this page" table of contents inside the content, a
 * code block, the taxonomy footer with tags, categories and "Updated:" date, the "Share on" bar, pager, the giscus comments
 * box, "You may also enjoy" related posts with excerpts, the search overlay and the footer) and, from file a2, a Hugo PaperMod
 * post.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const mmTitle = 'Backfilling a year of sensor readings without melting the warehouse';
const mmNotice = '<strong>Update, 14 April 2024:</strong> Several readers asked how big each chunk was. I have added the numbers to the second section.';
const mmP1 = paras(`
Last month our team at Kestrel Grid had to reload twelve months of readings from about 3,800 substation sensors. A firmware bug
had been rounding voltage values to the nearest whole volt since the previous March, and the corrected values were sitting in an
archive of compressed CSV files on object storage. In total it was a little over nine billion rows.

The first attempt took the analytics warehouse down for most of a Tuesday afternoon. This post is about the second attempt, which
ran quietly over four nights and which nobody outside the team noticed.
`);
const mmH1 = 'The setup';
const mmP2 = paras(`
Readings land in a table partitioned by day and clustered on sensor id. Dashboards and the morning reports query the last thirty
days, so the old partitions are cold most of the time. Our first plan was to delete the bad rows and insert the corrected ones with
one job per month of data.

That plan ignored two things. Each monthly job rewrote every file in thirty partitions at once, and the warehouse’s automatic
reclustering started up behind it, competing with the morning reports for the same compute. By eleven o’clock the reports were
timing out and the finance team was asking why the revenue dashboard was blank.
`);
const mmH2 = 'Chunking by partition, not by row count';
const mmP3 = paras(`
The fix was to make each unit of work exactly one day partition. A day holds between 22 and 27 million rows, which the warehouse
can replace in a little under two minutes on our smallest cluster. Instead of deleting and inserting, each job builds the corrected
day in a staging table and swaps it in with a single partition overwrite:
`);
const mmCode = `<span class="k">INSERT</span> <span class="k">OVERWRITE</span> <span class="n">readings</span>
  <span class="k">PARTITION</span> <span class="p">(</span><span class="n">reading_date</span> <span class="o">=</span> <span
class="s1">'2023-06-14'</span><span class="p">)</span>
<span class="k">SELECT</span> <span class="o">*</span> <span class="k">FROM</span> <span class="n">staging_readings_20230614</span><span class="p">;</span>`;
const mmP4 = paras(`
We ran the jobs on a separate cluster sized for one job at a time and allowed at most four at once overnight. During working hours
the queue simply paused, so the morning reports never shared compute with the backfill again.
`);
const mmH3 = 'Making it restartable';
const mmP5 = paras(`
Nine billion rows means something will fail. We kept a small control table with one row per day and a status column, and each job
did three things in order:
`);
const mmList = [
  'Marked the day as <code class="language-plaintext highlighter-rouge">loading</code> and recorded the checksums of the archive files it was about to read.',
  'Built and checked the staging table, comparing the row count and the sum of the corrected voltages with the archive manifest.',
  'Overwrote the partition and marked the day as <code class="language-plaintext highlighter-rouge">done</code> in the same transaction.',
];
const mmP6 = paras(`
When a job died halfway, the day stayed in <code class="language-plaintext highlighter-rouge">loading</code> and the next run
started it again from the beginning. Because the overwrite was the last step, the dashboards never saw a half-replaced day.
`);
const mmH4 = 'What I would do differently';
const mmP7 = paras(`
I would run a single day end to end before writing any orchestration at all. Most of what we learned came from that first day: the
staging table needed the same clustering as the target, and the manifest totals were off by one file for the two days that crossed a
daylight saving change.

I would also tell the people who read the morning reports what was happening. Nobody noticed the second run, but a short note
before the first one would have saved a lot of worried messages.
`);
const mmNav = ['Posts', 'Categories', 'Tags', 'About'];
const mmBio = 'Data engineer at a small energy company. I write about pipelines, warehouses and the bugs in between.';
const mmSocial = ['GitHub', 'Mastodon', 'Email'];
const mmTags = ['data-engineering', 'postmortem', 'warehouse'];
const mmRelated = [
  {
    t: 'The three dashboards nobody would let us delete',
    d: 'February 2, 2024',
    r: '5 minute read',
    x: 'We set out to retire half our reports. Here is what happened when we asked who used them.',
  },
  {
    t: 'Idempotent jobs are a kindness to your future self',
    d: 'December 11, 2023',
    r: '4 minute read',
    x: 'A short argument for writing every batch job so that running it twice does no harm.',
  },
  {
    t: 'Time zones in sensor data, again',
    d: 'October 19, 2023',
    r: '8 minute read',
    x: 'Why our substations report in three different local times, and the one column that saved us.',
  },
  {
    t: 'Notes from my first on-call rotation',
    d: 'August 30, 2023',
    r: '6 minute read',
    x: 'Seven nights, eleven pages and a lot of cold coffee.',
  },
];
const mmShare = (cls: string, label: string): string => `<a href="https://${cls}.example/share?url=https%3A%2F%2Finesvarga.example%2Fbackfill%2F"
class="btn btn--${cls}" aria-label="Share on ${label}" onclick="window.open(this.href, 'window', 'left=20,top=20,width=500,height=500'); return false;"
title="Share on ${label}"><i class="fab fa-fw fa-${cls}" aria-hidden="true"></i><span> ${label}</span></a>`;
const mmRel = (
  r: (typeof mmRelated)[number],
): string => `<div class="grid__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">
<h2 class="archive__item-title no_toc" itemprop="headline"><a href="/2024/${r.t.toLowerCase().replace(/[^a-z]+/g, '-')}/" rel="permalink">${r.t}</a></h2>
<p class="page__meta"><span class="page__meta-date"><i class="far fa-fw fa-calendar-alt" aria-hidden="true"></i><time datetime="2024-01-01">${r.d}</time></span>
<span class="page__meta-sep"></span><span class="page__meta-readtime"><i class="far fa-fw fa-clock" aria-hidden="true"></i> ${r.r}</span></p>
<p class="archive__item-excerpt" itemprop="description">${r.x}</p></article></div>`;
const mmHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8">
<!-- begin _includes/seo.html --><title>${mmTitle} - Pipeline Notes</title>
<meta name="description" content="How we reloaded nine billion sensor readings over four nights without taking the warehouse down.">
<meta name="author" content="Ines Varga"><meta property="article:author" content="Ines Varga"><meta property="og:type" content="article">
<meta property="og:locale" content="en_GB"><meta property="og:site_name" content="Pipeline Notes"><meta property="og:title" content="${mmTitle}">
<link rel="canonical" href="https://inesvarga.example/2024/03/28/backfilling-sensor-readings/">
<meta property="article:published_time" content="2024-03-28T00:00:00+00:00"><meta property="article:modified_time" content="2024-04-14T00:00:00+00:00">
<script type="application/ld+json">{"@context": "https://schema.org","@type": "Person","name": "Ines Varga","url": "https://inesvarga.example/",
"sameAs": ["https://github.example/ivarga"]}</script>
<!-- end _includes/seo.html --><link href="/feed.xml" type="application/atom+xml" rel="alternate" title="Pipeline Notes Feed">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="text/javascript">document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js ';</script>
<link rel="stylesheet" href="/assets/css/main.css"><link rel="preload" href="https://cdn.jsdelivr.example/npm/@fortawesome/fontawesome-free@6/css/all.min.css"
as="style" onload="this.onload=null;this.rel='stylesheet'"></head>
<body class="layout--single wide" dir="ltr"><nav class="skip-links"><ul>
<li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>
<li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li>
<li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li></ul></nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav">
<a class="site-title" href="/">Pipeline Notes</a><ul class="visible-links">
${mmNav.map((t) => `<li class="masthead__menu-item"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul>
<button class="search__toggle" type="button"><span class="visually-hidden">Toggle search</span><i class="fas fa-search"></i></button>
<button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu</span><div class="navicon"></div></button>
<ul class="hidden-links hidden"></ul></nav></div></div></div>
<div class="initial-content"><div id="main" role="main">
<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card"><div class="author__avatar"><a href="https://inesvarga.example/">
<img src="/assets/images/ines.jpg" alt="Ines Varga" itemprop="image" class="u-photo"></a></div><div class="author__content">
<h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="https://inesvarga.example/" itemprop="url">Ines Varga</a></h3>
<div class="author__bio p-note" itemprop="description"><p>${mmBio}</p></div></div>
<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons">
<li itemprop="homeLocation" itemscope itemtype="https://schema.org/Place"><i class="fas fa-fw fa-map-marker-alt" aria-hidden="true"></i>
<span itemprop="name" class="p-locality">Lindhaven</span></li>
${mmSocial
  .map(
    (t) => `<li><a href="https://${t.toLowerCase()}.example/ivarga" rel="nofollow noopener noreferrer me"><i class="fab fa-fw fa-${t.toLowerCase()}"
aria-hidden="true"></i><span class="label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork"><meta itemprop="headline" content="${mmTitle}">
<meta itemprop="description" content="How we reloaded nine billion sensor readings."><meta itemprop="datePublished" content="2024-03-28T00:00:00+00:00">
<meta itemprop="dateModified" content="2024-04-14T00:00:00+00:00"><div class="page__inner-wrap"><header>
<h1 id="page-title" class="page__title p-name" itemprop="headline"><a href="https://inesvarga.example/2024/03/28/backfilling-sensor-readings/" class="u-url"
itemprop="url">${mmTitle}</a></h1><p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i>
<time class="dt-published" datetime="2024-03-28T00:00:00+00:00">March 28, 2024</time></span><span class="page__meta-sep"></span>
<span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> 7 minute read</span></p></header>
<section class="page__content e-content" itemprop="text"><aside class="sidebar__right sticky"><nav class="toc"><header><h4 class="nav__title">
<i class="fas fa-file-alt"></i> On this page</h4></header><ul class="toc__menu">
${[mmH1, mmH2, mmH3, mmH4].map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`).join('\n')}</ul></nav></aside>
<p class="notice--info">${mmNotice}</p>
${ps(mmP1)}
<h2 id="the-setup">${mmH1}</h2>
${ps(mmP2)}
<h2 id="chunking-by-partition-not-by-row-count">${mmH2}</h2>
${ps(mmP3)}
<div class="language-sql highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${mmCode}
</code></pre></div></div>
${ps(mmP4)}
<h2 id="making-it-restartable">${mmH3}</h2>
${ps(mmP5)}
<ol>
${mmList.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${ps(mmP6)}
<h2 id="what-i-would-do-differently">${mmH4}</h2>
${ps(mmP7)}
</section>
<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong>
<span itemprop="keywords">${mmTags
  .map((t) => `<a href="/tags/#${t}" class="page__taxonomy-item p-category" rel="tag">${t}</a>`)
  .join('<span class="sep">, </span>')}
</span></p><p class="page__taxonomy"><strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Categories: </strong><span itemprop="keywords">
<a href="/categories/#blog" class="page__taxonomy-item p-category" rel="tag">blog</a></span></p>
<p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Updated:</strong>
<time class="dt-published" datetime="2024-04-14">April 14, 2024</time></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4>
${mmShare('x', 'X')}
${mmShare('facebook', 'Facebook')}
${mmShare('linkedin', 'LinkedIn')}</section>
<nav class="pagination"><a href="/2024/02/02/three-dashboards/" class="pagination--pager" title="The three dashboards nobody would let us delete">Previous</a>
<a href="#" class="pagination--pager disabled">Next</a></nav></div>
<div class="page__comments"><h4 class="page__comments-title">Comments</h4><section class="giscus"><iframe class="giscus-frame" title="Comments"
scrolling="no" allow="clipboard-write" src="https://giscus.example/en/widget?origin=https%3A%2F%2Finesvarga.example&amp;theme=light" loading="lazy">
</iframe></section></div></article>
<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">
${mmRelated.map(mmRel).join('\n')}</div></div></div></div>
<div class="search-content"><div class="search-content__inner-wrap"><form class="search-content__form" onkeydown="return event.key != 'Enter';" role="search">
<label class="sr-only" for="search">Enter your search term...</label><input type="search" id="search" class="search-input" tabindex="-1"
placeholder="Enter your search term..."></form><div id="results" class="results"></div></div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li>
<li><a href="https://github.example/ivarga" rel="nofollow noopener noreferrer"><i class="fab fa-fw fa-github" aria-hidden="true"></i> GitHub</a></li>
<li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div>
<div class="page__footer-copyright">© 2024 Ines Varga. Powered by <a href="https://jekyllrb.example" rel="nofollow">Jekyll</a> &amp;
<a href="https://mademistakes.example/work/jekyll-themes/minimal-mistakes/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>
<script src="/assets/js/main.min.js"></script><script src="/assets/js/lunr/lunr.min.js"></script><script src="/assets/js/lunr/lunr-store.js"></script>
<script src="https://giscus.example/client.js" data-repo="ivarga/blog-comments" data-mapping="pathname" data-theme="light" crossorigin="anonymous"
async></script>
</body></html>`;
const minimalMistakes: TestPage = {
  html: mmHtml,
  name: 'heldout121-jekyll-minimal-mistakes-blog',
  kind: 'blog',
  // the author's update notice at the top of the text is the author's own: body; the "On this page" items repeat the
  // headings and are left out; the sidebar author name, the date, reading time and "Updated:" date are bylines
  title: mmTitle,
  headings: [mmH1, mmH2, mmH3, mmH4],
  body: texts([mmNotice, ...mmP1, ...mmP2, ...mmP3, ...mmP4, ...mmP5, ...mmList, ...mmP6, ...mmP7]),
  bylines: ['Ines Varga', 'March 28, 2024', '7 minute read', 'April 14, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to content', 'Skip to footer', 'Pipeline Notes', ...mmNav, 'Toggle search', 'Toggle menu', mmBio, 'Follow',
    'Lindhaven', ...mmSocial, 'On this page', 'Tags:', ...mmTags, 'Categories:', 'blog', 'Updated:', 'Share on', 'X', 'Facebook', 'LinkedIn', 'Previous',
    'Next', 'Comments', 'You may also enjoy', ...mmRelated.flatMap((r) => [r.t, r.d, r.r, r.x]), 'Enter your search term...', 'Follow:', 'Feed',
    '© 2024 Ines Varga. Powered by Jekyll & Minimal Mistakes.',
  ],
};

export const HELDOUT121_A: readonly TestPage[] = [minimalMistakes, paperModPost];
