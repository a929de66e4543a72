import { links, ps, type TestPage, texts } from './page-kit.js';
import { stripe } from './pages-heldout266-b2.js';
import { j, lis } from './pages-heldout266-kit.js';

/**
 * Held-out batch 266, file b: a GitHub Blog-style post on WordPress VIP (skip link, mega-menu header with "Try it free", the
 * category eyebrow, authors with avatars, date and reading time, share links, Gutenberg blocks with a table and a pull quote,
 * tags, the "Written by" bios, "Related posts", "Explore more", the newsletter sign-up and the footer) and, from file b2, a
 * Stripe blog-style post.
 */
const hTitle = 'How our monorepo moved to merge queues without slowing anyone down';
const h1 = [
  j(
    'Two years ago the main repository at Forgeline had a problem familiar to many large teams. On a busy afternoon, forty or',
    'fifty pull requests would be approved within an hour, each one green against the main branch as it was when its checks ran.',
    'Merged one after another, they broke the build about twice a week.',
  ),
  j(
    'We moved the repository to a merge queue last spring. Here is what changed, what we measured, and the settings we ended up',
    'with after a few false starts.',
  ),
];
const hH1 = 'The problem with green checks';
const h2 = [
  j(
    'A passing check only says that a pull request works against the commit it was tested on. When two changes each pass on their',
    'own but conflict in behaviour, for example one renames a function and another adds a new caller of the old name, nobody finds',
    'out until both are merged and the next build fails.',
  ),
  j(
    'Our old answer was to require branches to be up to date before merging. That made authors rebase and wait for checks again,',
    'often several times in a row on a busy day, and it still left a small window for conflicts.',
  ),
];
const hH2 = 'How the queue works';
const h3 = [
  j(
    'With a merge queue, approving a pull request adds it to a line instead of merging it. The queue builds a temporary branch',
    'containing the main branch plus every change ahead of it, runs the required checks on that combination, and merges only',
    'when they pass. If a group fails, the queue removes the change responsible and tries again without it.',
  ),
  'We tuned three settings over the first month:',
];
const hL = [
  'Build concurrency: how many temporary branches are tested at once. We settled on eight.',
  'Group size: how many pull requests may be merged together after one successful run. Five worked best for us.',
  'Check timeout: after 45 minutes a stuck run is cancelled and the group is retried.',
];
const hH3 = 'What we measured';
const h4 = ['We compared the twelve weeks before the switch with the twelve weeks after it.'];
const hTable = [
  'Broken builds on main',
  '23',
  '2',
  'Median time from approval to merge',
  '31 min',
  '38 min',
  'Reruns of checks per pull request',
  '2.4',
  '1.1',
];
const hQuote = j('The queue added seven minutes to the median merge, and gave back hours of rebasing that nobody had ever counted.');
const h5 = [
  j(
    'The slower median surprised some engineers at first. In practice, the time spent rebasing and re-running checks had never',
    'shown up in any dashboard, and once it disappeared the total time from opening a pull request to shipping it went down.',
  ),
  j(
    'If you are thinking about a merge queue for your own repository, start with a small group size and raise it once you trust',
    'your flaky-test tooling. A queue makes flaky tests far more expensive, because one random failure sends a whole group back',
    'to the end of the line.',
  ),
];
const hNav = ['Platform', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const hCats = ['Engineering', 'Product', 'Security', 'AI & ML', 'Open Source', 'Enterprise software', 'News & insights'];
const hTags = ['continuous integration', 'merge-queues', 'monorepo'];
const hRel = ['Ten years of code review: what our data says', 'Faster checkouts for very large repositories', 'Inside our build cache'];
const hFoot = ['Features', 'Security', 'Team', 'Customer stories', 'Developer API', 'Partners', 'Careers', 'Privacy', 'Terms', 'Sitemap'];
const row = (a: string, b: string, c: string): string =>
  `<tr><td>${a}</td><td class="has-text-align-right">${b}</td><td class="has-text-align-right">${c}</td></tr>`;
const hHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} - The Forgeline Blog</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://forgeline.example/blog/engineering/merge-queues-monorepo/"><meta property="og:locale" content="en_US">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}"><meta property="og:site_name" content="The Forgeline Blog">
<meta property="article:published_time" content="2026-02-26T17:00:42+00:00"><meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Alba Ferreiro, Kwame Ostrander"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2"
content="6 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${hTitle}",
"datePublished":"2026-02-26T17:00:42+00:00","author":[{"name":"Alba Ferreiro"},{"name":"Kwame Ostrander"}],"articleSection":["Engineering"]}]}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://forgeline.example/blog/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2" media="all">
<script id="vip-analytics-js-extra">var vipAnalytics = {"postId":"81402","category":"engineering"};</script></head>
<body class="post-template-default single single-post postid-81402 single-format-standard wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#start-of-content">Skip to content</a>
<header class="Header js-header"><div class="container-xl d-flex"><a class="Header-link" href="https://forgeline.example/" aria-label="Homepage">Forgeline</a>
<nav class="HeaderMenu" aria-label="Global"><ul class="d-lg-flex list-style-none">${links(hNav, 'HeaderMenu-item')}</ul></nav>
<div class="HeaderMenu-actions"><a href="/search" class="HeaderMenu-link">Search</a><a href="/login" class="HeaderMenu-link">Sign in</a>
<a href="/signup" class="btn-mktg btn-small-mktg">Try it free</a></div></div></header>
<div class="sub-nav" id="blog-nav"><div class="container-xl"><a class="sub-nav-title" href="/blog/">The Forgeline Blog</a>
<ul class="sub-nav-list">${links(hCats, 'sub-nav-item')}</ul></div></div>
<main id="start-of-content" class="site-main"><article id="post-81402"
class="post-81402 post type-post status-publish format-standard has-post-thumbnail category-engineering">
<div class="post-hero container-xl"><div class="post-hero__meta"><a href="/blog/engineering/"
class="post-hero__category f4-mktg text-bold">Engineering</a></div>
<h1 class="h3-mktg post-hero__title">${hTitle}</h1><div class="post-hero__byline d-flex flex-items-center"><div class="author-avatars">
<img src="/blog/avatars/alba.png" alt="Alba Ferreiro" width="40"><img src="/blog/avatars/kwame.png" alt="Kwame Ostrander" width="40"></div>
<div class="author-names"><a class="author-link" href="/blog/author/aferreiro/" rel="author">Alba Ferreiro</a> &amp;
<a class="author-link" href="/blog/author/kostrander/" rel="author">Kwame Ostrander</a></div>
<time class="post-date" datetime="2026-02-26T17:00:42+00:00">February 26, 2026</time><span class="post-reading-time">6 minutes</span></div></div>
<div class="post-share" aria-label="Share"><span class="post-share__label">Share:</span><ul class="post-share__list">
<li><a href="https://x.example/share" class="post-share__link">X</a></li>${links(['Facebook', 'LinkedIn'], 'post-share__item')}</ul></div>
<div class="post-content entry-content container-md">
${ps(h1)}
<h2 class="wp-block-heading" id="the-problem-with-green-checks">${hH1}</h2>
${ps(h2)}
<h2 class="wp-block-heading" id="how-the-queue-works">${hH2}</h2>
${ps(h3)}
<ul class="wp-block-list">${lis(hL)}</ul>
<h2 class="wp-block-heading" id="what-we-measured">${hH3}</h2>
${ps(h4)}
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Measure</th><th>Before</th><th>After</th></tr></thead><tbody>
${row(hTable[0]!, hTable[1]!, hTable[2]!)}${row(hTable[3]!, hTable[4]!, hTable[5]!)}${row(hTable[6]!, hTable[7]!, hTable[8]!)}</tbody></table>
<figcaption class="wp-element-caption">Twelve-week averages, main repository only.</figcaption></figure>
<figure class="wp-block-pullquote"><blockquote><p>${hQuote}</p></blockquote></figure>
${ps(h5)}
<div class="wp-block-group post-cta"><p class="has-small-font-size"><strong>Read more:</strong> <a href="/blog/engineering/flaky-tests/">How we quarantine
flaky tests before they reach the queue</a></p></div>
</div>
<div class="post-tags container-md"><span class="post-tags__label">Tags:</span><ul>${links(hTags, 'post-tag')}</ul></div>
<section class="post-authors container-md"><h2 class="h5-mktg">Written by</h2><div class="author-card"><h3 class="author-card__name">Alba Ferreiro</h3>
<p class="author-card__bio">Alba leads the developer productivity group and spends most of her time on build and test infrastructure.</p></div>
<div class="author-card"><h3 class="author-card__name">Kwame Ostrander</h3><p class="author-card__bio">Kwame is a senior engineer on the merge
experience team.</p></div></section></article>
<section class="related-posts container-xl"><h2 class="h5-mktg">Related posts</h2><ul>${links(hRel, 'related-post')}</ul></section>
<section class="explore-more container-xl"><h2
class="h5-mktg">Explore more from Forgeline</h2><ul>${links(['Docs', 'Changelog', 'Community forum'])}</ul></section>
<section class="newsletter container-xl"><h2 class="h4-mktg">We do newsletters, too</h2><p>Discover tips, technical guides, and best practices in our
biweekly newsletter just for devs.</p><form><label for="nl-email">Your email address</label><input id="nl-email" type="email">
<button type="submit">Subscribe</button></form></section></main>
<footer class="footer" role="contentinfo"><div class="container-xl"><ul class="footer-links">${links(hFoot)}</ul>
<p class="footer-copy">© 2026 Forgeline, Inc.</p></div></footer>
<div id="cookie-banner" class="cookie-consent"><p>We use optional cookies to improve your experience on our websites and to display personalized
advertising.</p><button>Accept</button><button>Reject</button><button>Manage cookies</button></div>
<script src="https://forgeline.example/blog/wp-content/themes/forgeline-blog/dist/main.js?ver=4.2.1" id="blog-main-js"></script></body></html>`;
const wpvip: TestPage = {
  name: 'heldout266-wordpress-vip-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts([...h1, ...h2, ...h3, ...hL, ...h4, ...hTable.filter((t) => t.length > 2), hQuote, ...h5]),
  bylines: ['Alba Ferreiro', 'Kwame Ostrander', 'February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Sign in', 'Try it free', 'The Forgeline Blog', ...hCats.filter((t) =>
!hNav.includes(t)), '6 minutes', 'Share:', 'Facebook',
    'LinkedIn', 'Twelve-week averages, main repository only.', 'Read more:', 'How we quarantine flaky tests before they reach the queue', 'Tags:',
    ...hTags, 'Written by', 'Alba leads the developer productivity group and spends most of her time on build and test infrastructure.',
    'Kwame is a senior engineer on the merge experience team.', 'Related posts', ...hRel, 'Explore more from Forgeline', 'Docs', 'Changelog',
    'Community forum', 'We do newsletters, too', 'Discover tips, technical guides, and best practices in our biweekly newsletter just for devs.',
    'Your email address', 'Subscribe', ...hFoot.filter((t) => !hCats.includes(t)), '© 2026 Forgeline, Inc.',
    'We use optional cookies to improve your experience on our websites and to display personalized advertising.', 'Accept', 'Reject', 'Manage cookies',
  ],
};

export const HELDOUT266_B: readonly TestPage[] = [wpvip, stripe];
