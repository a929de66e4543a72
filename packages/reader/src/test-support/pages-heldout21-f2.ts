import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 21, file f2: a company engineering blog post on Ghost 5 with a Source-derived theme (Ghost head with members
 * styles, Portal and search scripts, the gh-navigation bar with "Sign in"/"Subscribe", primary tag, title and excerpt, the
 * two-author meta with avatars, date and reading time, the feature image with its Unsplash credit, the gh-content with a
 * captioned image card, a callout card, a code block and a bookmark card, the "About the authors" cards with bios, the
 * comments-ui script, the "Sign up for more like this." CTA, "You might also like" post cards, and the footer with signup).
 */
const ghTitle = 'How We Cut Autovacuum Stalls on Our Busiest Postgres Table';
const ghExcerpt = 'A single table of route events was behind 40% of our database incidents. Here is what we changed, and what we would do differently.';
const ghIntro = [
  'Lanternfly plans delivery routes for about 900 regional couriers, and every time a driver scans a parcel we write a row to a ' +
    'table called <code>route_events</code>. On a normal weekday that table takes around 60 million inserts and 25 million updates, ' +
    'and for most of last year it was the reason someone on the storage team got woken up.',
  'The symptom was always the same. Query latency on the primary would climb over twenty minutes or so, dashboards would go amber, ' +
    'and when we looked, an autovacuum worker had been grinding through <code>route_events</code> for hours while dead tuples piled ' +
    'up faster than it could clear them.',
];
const ghH = ['Finding the real bottleneck', 'What we changed', 'Results'];
const ghFind = [
  'Our first guess was that autovacuum simply wasn’t aggressive enough, so we lowered the scale factor for the table and gave the ' +
    'workers more memory. Stalls became less frequent but longer, which was a clue that we were treating the wrong thing.',
  'The breakthrough came from plotting vacuum progress against the number of indexes on the table. <code>route_events</code> had ' +
    'collected eleven indexes over four years, several of them added for one-off reports and never removed. Each vacuum pass has to ' +
    'clean every index, so most of the worker’s time went on indexes that almost no query used.',
];
const ghCallout =
  'Check <code>pg_stat_user_indexes</code> before you tune anything else. On our table, four indexes had been scanned fewer than ten ' + 'times in a month.';
const ghList = [
  'Dropped five unused indexes, after confirming in <code>pg_stat_user_indexes</code> that nothing read them.',
  'Partitioned <code>route_events</code> by day, so old partitions stop receiving writes and vacuum only has to work on the current one.',
  'Set a per-table cost limit so autovacuum on the hot partition runs at full speed without starving the rest of the cluster.',
];
const ghPart =
  'Partitioning was the biggest piece of work. We ran a dual-write period of two weeks, backfilled older data in batches overnight, ' +
  'and switched reads over one service at a time.';
const ghRes = [
  'Since the migration finished in July, <code>route_events</code> has caused no vacuum-related pages at all. Median vacuum time on ' +
    'the current partition is under four minutes, and the p99 write latency on the primary during the evening peak dropped from ' +
    '180 to 35 milliseconds.',
  'If we did it again, we would audit indexes first and partition second. The index cleanup alone would have bought us most of a ' +
    'year, and it took an afternoon.',
];
const ghCaption = 'Dead tuples on route_events over a typical week, before and after partitioning.';
const ghNav = ['Home', 'Engineering', 'Data', 'Careers', 'Lanternfly.com'];
const ghBios: [string, string][] = [
  ['Maya Okonkwo', 'Maya is a staff engineer on the storage team. She has been paged for more Postgres incidents than she would like to count.'],
  ['Ravi Deshpande', 'Ravi works on database reliability and owns the tooling behind our schema migrations.'],
];
const ghMore: [string, string, string, string][] = [
  ['Infrastructure', 'Replacing Our Job Queue Without a Maintenance Window', 'How we moved 2 billion jobs a month to a new queue.', 'Aug 2, 2025'],
  ['Data', 'What Courier GPS Traces Taught Us About Road Closures', 'Turning noisy location pings into live routing hints.', 'Jul 14, 2025'],
  ['Engineering', 'Our On-Call Handbook, Two Years In', 'What changed after we rewrote the rota and the runbooks.', 'Jun 3, 2025'],
];
const ghFoot = ['Sign up', 'Careers', 'Status', 'Privacy'];
const authorCard = (n: string, b: string): string => {
  const slug = n.slice(0, n.indexOf(' ')).toLowerCase();
  return `<div class="author-card"><img class="author-card-image" src="/content/images/size/w160/${slug}.jpg" alt="${n}"><div
class="author-card-content"><h4 class="author-card-name"><a href="/author/${slug}/">${n}</a></h4><p class="author-card-bio">${b}</p><a
class="author-card-link" href="/author/${slug}/">More posts by ${n}</a></div></div>`;
};
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="preload" as="style" href="/assets/built/screen.css?v=8e4c1f02a7"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e4c1f02a7">
<style>:root { --background-color: #ffffff }</style><meta name="description" content="${ghExcerpt}">
<link rel="canonical" href="https://engineering.lanternfly.example/autovacuum-stalls/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Lanternfly Engineering"><meta property="og:type" content="article"><meta property="article:tag" content="Engineering">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Lanternfly Engineering"},
"author":[{"@type":"Person","name":"Maya Okonkwo"},{"@type":"Person","name":"Ravi Deshpande"}],
"headline":"${ghTitle}","datePublished":"2025-09-18T09:00:00.000Z"}
</script><meta name="generator" content="Ghost 5.130"><link rel="alternate" type="application/rss+xml" title="Lanternfly Engineering" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.51/umd/portal.min.js" data-i18n="true" data-ghost="https://engineering.lanternfly.example/"
data-key="5b2d0c4e7a91f3" data-api="https://engineering.lanternfly.example/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content, .gh-post-upgrade-cta { display: flex; flex-direction: column; align-items: center; }</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.8/umd/sodo-search.min.js" data-key="5b2d0c4e7a91f3" data-styles="/umd/main.css"
data-sodo-search="https://engineering.lanternfly.example/" data-locale="en" crossorigin="anonymous"></script>
<link href="https://engineering.lanternfly.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8e4c1f02a7"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8e4c1f02a7"></head>
<body class="post-template tag-engineering tag-databases tag-hash-featured has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand"><a
class="gh-navigation-logo is-title" href="https://engineering.lanternfly.example/">Lanternfly Engineering</a><button class="gh-search gh-icon-button"
aria-label="Search this site" data-ghost-search><svg width="20" height="20" viewBox="0 0 20 20"></svg></button><button class="gh-burger gh-icon-button"
aria-label="Menu"></button></div><nav class="gh-navigation-menu"><ul class="nav">${ghNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(/\W+/g, '-')}"><a href="#">${t}</a></li>`)
  .join('')}</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-engineering tag-databases"><header class="gh-article-header gh-canvas"><a class="gh-article-tag"
href="/tag/engineering/">Engineering</a><h1 class="gh-article-title is-title" id="${ghTitle.toLowerCase().replace(/\W+/g, '-')}">${ghTitle}</h1>
<p class="gh-article-excerpt is-body">${ghExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a
href="/author/maya/"><img class="author-profile-image" src="/content/images/size/w160/2024/02/maya.jpg" alt="Maya Okonkwo"></a><a href="/author/ravi/"><img
class="author-profile-image" src="/content/images/size/w160/2024/05/ravi.jpg" alt="Ravi Deshpande"></a></div><div class="gh-article-meta-wrapper"><h4
class="gh-article-author-name"><a href="/author/maya/">Maya Okonkwo</a>, <a href="/author/ravi/">Ravi Deshpande</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2025-09-18">Sep 18, 2025</time><span class="gh-article-meta-length"><span class="bull">—</span> 9 min read</span>
</div></div></div><figure class="gh-article-image"><img srcset="/content/images/size/w300/2025/09/trucks.jpg 300w,
/content/images/size/w1200/2025/09/trucks.jpg 1200w"
sizes="(max-width: 1200px) 100vw, 1120px" src="/content/images/size/w1200/2025/09/trucks.jpg" alt="Delivery vans parked in a row at dawn"><figcaption><span
style="white-space: pre-wrap;">Photo by </span><a href="https://unsplash.com/@elenamarsh"><span style="white-space: pre-wrap;">Elena Marsh</span></a><span
style="white-space: pre-wrap;"> / </span><a href="https://unsplash.com/"><span style="white-space: pre-wrap;">Unsplash</span></a></figcaption></figure></header>
<section class="gh-content gh-canvas is-body drop-cap">
${ghIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="finding-the-real-bottleneck">${ghH[0]}</h2>
${ghFind.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/09/dead-tuples.png" class="kg-image" alt="" loading="lazy" width="2000"
height="1012"><figcaption><span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${ghCallout}</div></div>
<pre><code class="language-sql">SELECT indexrelname, idx_scan
  FROM pg_stat_user_indexes
 WHERE relname = 'route_events'
 ORDER BY idx_scan;</code></pre>
<h2 id="what-we-changed">${ghH[1]}</h2><ul>${ghList.map((t) => `<li>${t}</li>`).join('\n')}</ul><p>${ghPart}</p>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.postgresql.org/docs/current/ddl-partitioning.html"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">5.12. Table Partitioning</div><div class="kg-bookmark-description">How to split one large table
into smaller physical pieces.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/favicon-57.png" alt=""><span
class="kg-bookmark-author">PostgreSQL Documentation</span><span class="kg-bookmark-publisher">The PostgreSQL Global Development Group</span></div></div><div
class="kg-bookmark-thumbnail"><img src="/content/images/thumbnail/elephant.png" alt="" onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="results">${ghH[2]}</h2>${ghRes.map((p) => `<p>${p}</p>`).join('\n')}
</section>
<section class="gh-article-authors gh-canvas"><h3 class="gh-article-authors-title">About the authors</h3>
${ghBios.map(([n, b]) => authorCard(n, b)).join('\n')}</section>
<div class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.2/umd/comments-ui.min.js" data-locale="en"
data-ghost-comments="https://engineering.lanternfly.example/" data-api="https://engineering.lanternfly.example/ghost/api/content/" data-title="Member
discussion"
data-count="true" data-post-id="66e9b0c1a4d2f30001a1c9e2" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#E4572E"
data-comments-enabled="all" data-publication="Lanternfly Engineering" crossorigin="anonymous"></script></div></article>
<section class="gh-cta gh-outer"><div class="gh-cta-inner gh-inner"><div class="gh-cta-content"><h2 class="gh-cta-title is-title">Sign up for more like
this.</h2></div><form class="gh-form" data-members-form><input class="gh-form-input" id="cta-email" name="email" type="email" placeholder="Enter your email"
required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span></span></button></form></div></section>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">You might also like</h2><div
class="gh-feed">${ghMore
  .map(
    ([
      tag,
      t,
      e,
      d,
    ]) => `<article class="gh-card post"><a class="gh-card-link" href="#"><figure class="gh-card-image"><img src="/content/images/size/w600/card.jpg"
alt="${t}" loading="lazy"></figure><div class="gh-card-wrapper"><p class="gh-card-tag">${tag}</p><h3 class="gh-card-title is-title">${t}</h3><p
class="gh-card-excerpt is-body">${e}</p><footer class="gh-card-meta"><time class="gh-card-date" datetime="2025">${d}</time></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Lanternfly
Engineering</span><nav class="gh-footer-menu"><ul class="nav">${ghFoot.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></nav><div
class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div><div class="gh-footer-signup"><h2
class="gh-footer-signup-header is-title">Lanternfly Engineering</h2><p class="gh-footer-signup-subhead is-body">Notes from the people building Lanternfly’s
routing platform.</p><form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email"
placeholder="jamie@example.com" required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span>
</span></button></form></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__ui pswp__ui--hidden"><button class="pswp__button pswp__button--close"
title="Close (Esc)"></button><div class="pswp__counter"></div></div></div>
<script src="/assets/built/source.js?v=8e4c1f02a7"></script></body></html>`;
export const ghostEngineering: TestPage = {
  html: ghHtml,
  name: 'heldout21-ghost-engineering-blog',
  kind: 'blog',
  // the excerpt (the post's dek) and every paragraph, list item and the callout card's text are body; the SQL is code; the two
  // author names (header line and cards) and the date are bylines; the author-card bios and "More posts by …" links, "9 min
  // read", the primary tag, the feature image's Unsplash credit, the image card caption, the callout's emoji, the bookmark card
  // (a link preview, not the writers' text), "About the authors", the CTA, "You might also like" cards with their tags, excerpts
  // and dates (dates of other posts: furniture), the nav, members buttons and the footer with its signup are furniture
  title: ghTitle,
  headings: ghH,
  body: [ghExcerpt, ...texts(ghIntro), ...texts(ghFind), ...texts([ghCallout]), ...texts(ghList), ghPart, ...texts(ghRes)],
  bylines: ['Maya Okonkwo', 'Ravi Deshpande', 'Sep 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lanternfly Engineering', ...ghNav.filter((t) => t !== 'Engineering'), 'Sign in', 'Subscribe', 'Engineering',
    '9 min read', 'Photo by Elena Marsh / Unsplash',
    ghCaption, '💡', '5.12. Table Partitioning', 'How to split one large table into smaller physical pieces.', 'PostgreSQL Documentation',
    'The PostgreSQL Global Development Group', 'About the authors', ...ghBios.flatMap(([n, b]) => [b, `More posts by ${n}`]), 'Sign up for more like this.',
    'You might also like', ...ghMore.flatMap(([tag, t, e, d]) => [...(tag === 'Infrastructure' ? [tag] : []), t, e, d]),
    ...ghFoot.filter((t) => t !== 'Careers'), 'Powered by Ghost',
    'Notes from the people building Lanternfly’s routing platform.',
  ],
};
