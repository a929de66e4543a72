import { type TestPage, texts } from './page-kit.js';
import { anchors, lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file f2: a 37signals Dev blog post (dev.37signals.com, a static site: the header with the logo and
 * nav, the title, the author avatar, name and date, the post with code blocks, a list and a footnote, the author bio
 * box, "More from the 37signals Dev blog" and the footer with the product links).
 */
const dvTitle = 'Moving our job queue into the database we already had';
const dvP1 = [
  'For most of its life, our scheduling app ran its background jobs on Redis. It worked. It also meant one more piece of ' +
    'infrastructure to run, monitor, back up and explain to every new programmer on the team.',
  'Last year we moved all of those jobs into MySQL, the database the app already depends on. This is a short account of how we ' +
    'did it and what we found along the way.',
];
const dvH1 = 'Why the database';
const dvP2 = [
  'The usual argument against a database-backed queue is that polling is wasteful and locking is slow. Both used to be true. ' +
    'Modern MySQL supports skipping locked rows, which lets many workers claim jobs from the same table without stepping on ' +
    'each other, and the polling cost turned out to be a rounding error on hardware we already own.',
  'There is also a quieter benefit. When a job is enqueued in the same transaction as the record it works on, you can never ' +
    'end up with a job for a record that was rolled back.',
];
const dvCode1 = `SELECT id FROM ready_executions
 ORDER BY priority, job_id LIMIT 10
 FOR UPDATE SKIP LOCKED;`;
const dvH2 = 'How we switched';
const dvP3 = ['We did not migrate jobs. We migrated queues, one at a time, over about six weeks:'];
const dvList = [
  'Point one low-traffic queue at the new adapter and leave it for a week.',
  'Compare latency and failure rates with the same queue’s history on Redis.',
  'Move the next queue, busiest last.',
  'Delete the Redis configuration only after a month with nothing on it.',
];
const dvCode2 = `config.active_job.queue_adapter = :kiln_queue
config.kiln_queue.connects_to = { database: { writing: :queue } }`;
const dvP4 = [
  'We gave the queue its own database on the same server, so a slow report query could never hold up job claims, and a runaway ' +
    'burst of jobs could never fill the main database’s buffer pool.',
];
const dvH3 = 'What we found';
const dvP5 = [
  'Median time from enqueue to start went up slightly, from about 4 milliseconds to 11. Nobody has noticed, because none of our ' +
    'jobs care about the difference. In exchange we retired three Redis servers, one monitoring dashboard and a page of our ' +
    'on-call runbook.',
  'The library we built for this, Kiln Queue, is open source. It is not clever, and we hope it stays that way.',
];
const dvNote = '1. We run MySQL 8. If you are on Postgres, the same approach works with its SKIP LOCKED support.';
const dvNav = ['Articles', 'Open source', 'Jobs', 'RSS'];
const dvBio = 'Ingrid Solberg is a programmer at 37signals, where she works on the Ops and Platform team.';
const dvMore = ['Fewer servers, same uptime: two years out of the cloud', 'Writing system tests that do not flake', 'Kamal deploys on a Friday'];
const dvFoot = ['Basecamp', 'HEY', 'ONCE', 'Jobs at 37signals', 'Privacy policy'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${dvTitle} - 37signals Dev</title><meta name="description" content="Moving background jobs from Redis into MySQL.">
<meta property="og:title" content="${dvTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="37signals Dev">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:creator" content="@ingridsolberg"><link rel="canonical"
href="https://dev.37signals.com/job-queue-in-the-database/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${dvTitle}","datePublished":"2025-03-04T00:00:00+00:00",
"author":{"@type":"Person","name":"Ingrid Solberg"},"publisher":{"@type":"Organization","name":"37signals"}}</script>
<link rel="alternate" type="application/rss+xml" title="37signals Dev" href="https://dev.37signals.com/feed/posts.xml">
<link rel="stylesheet" href="/_bridgetown/static/index.8b2f1c.css"></head>
<body class="post"><header class="site-header"><div class="site-header__inner"><a href="/" class="site-header__logo">
<img src="/images/37signals-logo.svg" alt="37signals">
<span class="site-header__title">Dev</span></a><nav class="site-header__nav">${anchors(dvNav, 'site-header__link')}</nav></div></header>
<main class="site-main"><article class="post"><header class="post__header"><h1 class="post__title">${dvTitle}</h1>
<div class="post__byline"><img class="post__avatar" src="/images/people/ingrid-solberg.jpg" alt="Ingrid Solberg" width="48" height="48">
<div><a class="post__author" href="/authors/ingrid-solberg/">Ingrid Solberg</a><time class="post__date" datetime="2025-03-04">March 4, 2025</time>
</div></div></header>
<div class="post__body">
${pc(dvP1, 'p')}
<h2 id="why-the-database">${dvH1}</h2>
${pc(dvP2, 'p')}
<div class="language-sql highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${dvCode1}</code></pre></div></div>
<h2 id="how-we-switched">${dvH2}</h2>
${pc(dvP3, 'p')}
<ol>${lis(dvList)}</ol>
<div class="language-ruby highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${dvCode2}</code></pre></div></div>
<p>${dvP4[0]}<sup id="fnref:1"><a href="#fn:1" class="footnote" rel="footnote" role="doc-noteref">1</a></sup></p>
<h2 id="what-we-found">${dvH3}</h2>
${pc(dvP5, 'p')}
<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1" role="doc-endnote"><p>${dvNote.slice(3)}
<a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a></p></li></ol></div>
</div><footer class="post__footer"><div class="author-bio"><img src="/images/people/ingrid-solberg.jpg" alt="" width="64" height="64">
<p>${dvBio}</p></div></footer></article>
<section class="more-posts"><h2 class="more-posts__title">More from the 37signals Dev blog</h2><ul class="more-posts__list">
${dvMore.map((t) => `<li class="more-posts__item"><a href="/p/">${t}</a></li>`).join('\n')}</ul></section></main>
<footer class="site-footer"><p class="site-footer__made">Made by 37signals in Chicago and everywhere else.</p>
<nav class="site-footer__nav">${anchors(dvFoot, 'site-footer__link')}</nav><p class="site-footer__copy">© 2025 37signals LLC</p></footer>
<script src="/_bridgetown/static/index.4e7a90.js" defer></script></body></html>`;
export const devPost: TestPage = {
  html,
  name: 'heldout173-37signals-dev-blog',
  kind: 'blog',
  // the footnote text is the author's and is body (without its number and back link); code blocks are in neither list;
  // the author name and date are bylines, the author bio box, "More from" rail and footer are furniture
  title: dvTitle,
  headings: [dvH1, dvH2, dvH3],
  body: texts([...dvP1, ...dvP2, ...dvP3, ...dvList, ...dvP4, ...dvP5, dvNote.slice(3)]),
  bylines: ['Ingrid Solberg', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dev', ...dvNav, dvBio, 'More from the 37signals Dev blog', ...dvMore, 'Made by 37signals in Chicago and everywhere else.', ...dvFoot,
    '© 2025 37signals LLC',
  ],
};
