import { links, ps, type TestPage, texts } from './page-kit.js';
import { instatusPage } from './pages-heldout354-c2.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file c: a monthly availability report on a GitHub-blog-style WordPress site (the site header with the
 * category menu, the post hero with its category kicker, author avatar, date and reading time, the share rail, the "Tags"
 * list, the author bio, "Related posts", "Explore more from GitHub"-style cards, the newsletter form and the footer).
 */
const gTitle = 'Forgehub availability report: February 2026';
const gIntro = [
  j(
    'In February, we experienced two incidents that resulted in degraded performance across Forgehub services. This report also',
    'sheds light on an incident that impacted Forgehub Actions in late January.',
  ),
];
const gH = ['February 6 09:31 UTC (lasting 1 hour and 12 minutes)', 'February 19 17:02 UTC (lasting 38 minutes)', 'January 29 22:40 UTC (lasting 2 hours)'];
const gS: readonly string[][] = [
  [
    j(
      'On February 6, pushes to repositories and pull request merges failed for about 9 percent of requests. The cause was a network',
      'partition between two of the data centers that host our Git storage. Writes need to be acknowledged by replicas in both, and the',
      'partition left a subset of repositories unable to reach quorum. Our routing layer did not move those repositories to healthy',
      'replicas because the health checks were still passing over a different network path.',
    ),
    j(
      'We restored the link at 10:43 UTC. We have since changed the health checks so that they use the same network path as',
      'replication traffic, and we are adding automatic failover for repositories that cannot reach quorum for more than two minutes.',
    ),
  ],
  [
    j(
      'On February 19, the Forgehub web interface returned errors for around 4 percent of page views, mostly on pull request pages with',
      'a large number of comments. A new version of the timeline renderer loaded every comment reaction in a separate query, and the',
      'extra load exhausted the connection pool of one of our MySQL clusters.',
    ),
    j(
      'We rolled back the deploy at 17:40 UTC. The renderer now loads reactions in batches, and we have added a query count budget to',
      'the performance tests that run before a deploy, so that a change of this kind fails in CI.',
    ),
  ],
  [
    j(
      'On January 29, jobs for Forgehub Actions queued for up to 40 minutes before they started. A certificate used by the service that',
      'hands out hosted runners expired, and the runners could not register. The alert for the expiring certificate was routed to a team',
      'that had been merged into another one the week before, and no one acted on it.',
    ),
    j(
      'We renewed the certificate at 00:40 UTC and the queue cleared over the next hour. All certificates for Actions are now renewed',
      'automatically thirty days before they expire, and alert routes are checked against the current team list every night.',
    ),
  ],
];
const gOutro = [
  j(
    'Please follow our status page for real-time updates on status changes and post-incident recaps. To learn more about what we are',
    'working on, check out the engineering section of this blog.',
  ),
];
const gNav = ['Engineering', 'Product', 'Security', 'AI & ML', 'Open Source', 'Enterprise', 'Changelog', 'Community'];
const gTags = ['Forgehub Availability Report', 'Incident Response', 'Reliability'];
const gRel = ['Forgehub availability report: January 2026', 'How we moved Git storage to a three-site layout', 'Inside our new incident commander rota'];
const gFoot = ['Features', 'Security', 'Enterprise', 'Pricing', 'Docs', 'Support', 'About', 'Careers', 'Privacy', 'Terms'];
const gHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - The Forgehub Blog</title><meta name="description" content="In February, we experienced two incidents that resulted in degraded
performance across Forgehub services."><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-03-11T21:00:42+00:00"><meta name="author" content="Nadia Oyelaran">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nadia Oyelaran">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"datePublished":"2026-03-11T21:00:42+00:00","author":{"name":"Nadia Oyelaran"},"articleSection":["Engineering","Forgehub Availability Report"]}]}</script>
<link rel="stylesheet" id="forgehub-blog-css" href="https://forgehub.blog/wp-content/themes/forgehub-2021/dist/main.css?ver=3.1.4">
<script>document.documentElement.classList.remove('no-js');</script></head>
<body class="post-template-default single single-post postid-80412 single-format-standard">
<a class="skip-link screen-reader-text" href="#start-of-content">Skip to content</a>
<header class="header-site position-sticky"><div class="container-xl d-flex"><a class="header-logo" href="https://forgehub.blog/">The Forgehub Blog</a>
<nav class="header-nav" aria-label="Categories"><ul class="list-style-none d-flex">${links(gNav, 'header-nav__item')}</ul></nav>
<form class="header-search" role="search"><input type="search" placeholder="Search the blog" aria-label="Search"></form>
<a class="btn-mktg" href="https://forgehub.example/signup">Try Forgehub free</a></div></header>
<main id="start-of-content"><article id="post-80412" class="post-80412 post type-post status-publish category-engineering">
<section class="post-hero"><div class="container-xl"><a class="post-hero__category text-mono" href="/engineering/">Engineering</a>
<span class="text-mono"> / </span><a class="post-hero__category text-mono" href="/tag/availability-report/">Forgehub Availability Report</a>
<h1 class="h3-mktg post-hero__title">${gTitle}</h1><div class="post-hero__meta d-flex"><div class="author-block d-flex">
<img class="avatar circle" src="https://avatars.forgehubusercontent.example/u/4412?s=80" alt="Nadia Oyelaran" width="40" height="40">
<a class="author-block__name" href="/author/noyelaran/">Nadia Oyelaran</a></div>
<time class="post-date" datetime="2026-03-11">March 11, 2026</time><span class="reading-time">| 4 minutes</span></div></div></section>
<div class="container-xl d-flex"><aside class="post-share col-1" aria-label="Share this post"><ul class="list-style-none">
<li><a class="share-link" href="https://twitter.example/share">Share on X</a></li><li><a class="share-link" href="https://www.linkedin.example/share">Share
on LinkedIn</a></li><li><a class="share-link" href="https://www.facebook.example/sharer">Share on Facebook</a></li></ul></aside>
<section class="post-content col-12 col-lg-8 markdown-body">
${ps(gIntro)}
${gS.map((s, i) => `<h3 id="h-${i}" class="wp-block-heading">${gH[i] ?? ''}</h3>\n${ps(s)}`).join('\n')}
${ps(gOutro)}
</section></div>
<footer class="post-footer container-xl"><div class="post-tags"><h2 class="h6-mktg">Tags:</h2><ul class="list-style-none">${links(gTags, 'post-tag')}</ul></div>
<div class="post-author-bio d-flex"><h2 class="h5-mktg">Written by</h2><div><p class="author-bio__name"><a href="/author/noyelaran/">Nadia
Oyelaran</a></p><p class="author-bio__text">Nadia is a senior manager on the Availability team, where she looks after incident response.</p></div></div>
</footer></article>
<section class="related-posts container-xl" aria-labelledby="related-h"><h2 id="related-h" class="h4-mktg">Related posts</h2>
<ul>${links(gRel, 'post-card')}</ul></section>
<section class="newsletter-signup container-xl"><h2 class="h4-mktg">We do newsletters, too</h2><p>Discover tips, technical guides, and best practices
in our biweekly newsletter just for devs.</p><form><input type="email" placeholder="Your email address">
<button class="btn-mktg" type="submit">Subscribe</button>
</form></section></main>
<footer class="footer-site"><div class="container-xl"><ul class="list-style-none d-flex flex-wrap">${links(gFoot)}</ul>
<p class="footer-copy">© 2026 Forgehub, Inc.</p></div></footer>
<div class="cookie-consent" role="dialog" aria-label="Cookie consent"><p>We use optional cookies to improve your experience on our websites and to display
personalized advertising.</p><button>Accept</button><button>Reject</button><button>Manage cookies</button></div>
<script src="https://forgehub.blog/wp-content/themes/forgehub-2021/dist/main.js?ver=3.1.4"></script></body></html>`;
const forgehub: TestPage = {
  name: 'heldout354-forgehub-wordpress-availability-report',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gIntro, ...gS.flat(), ...gOutro]),
  bylines: ['Nadia Oyelaran', 'March 11, 2026', '| 4 minutes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Forgehub Blog', ...gNav, 'Try Forgehub free', 'Share on X', 'Share on LinkedIn', 'Share on Facebook', 'Tags:', ...gTags,
    'Written by', 'Nadia is a senior manager on the Availability team, where she looks after incident response.', 'Related posts', ...gRel,
    'We do newsletters, too', 'Discover tips, technical guides, and best practices in our biweekly newsletter just for devs.', 'Subscribe',
    'Pricing', 'Docs', 'Support', 'About', 'Careers', 'Privacy', 'Terms', '© 2026 Forgehub, Inc.', 'Accept', 'Reject', 'Manage cookies',
    'We use optional cookies to improve your experience on our websites and to display personalized advertising.',
  ],
};

export const HELDOUT354_C: readonly TestPage[] = [forgehub, instatusPage];
