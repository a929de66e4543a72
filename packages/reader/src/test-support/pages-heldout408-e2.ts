import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout408-kit.js';

/**
 * Held-out batch 408, file e2: a journalism award's judges' comments post on Ghost (Casper-style gh-head navigation,
 * article header with tag, excerpt, byline and reading time, kg-cards, member sign-up CTA, "Read more" post feed, footer).
 */
const gTitle = 'The judges on this year’s Tessary Awards for Data Journalism';
const gIntro = [
  j(
    'Five judges read 96 entries from 31 countries for the 2026 Tessary Awards. Below are their comments on the winners in each',
    'category, lightly edited, as they were read out at the ceremony in Lisbrook on Friday.',
  ),
];
const gCats: [string, string[]][] = [
  [
    'Investigation of the year: “The Missing Meters”, Harbour Post',
    [
      j(
        'The judges were impressed by the sheer patience of this work. The team matched two million water bills to property',
        'records by hand where the software failed, and found that one in nine homes in the city was being charged by estimate.',
      ),
      j(
        'The graphics are plain and readable, and every claim can be checked against the published data. This is what',
        'accountability reporting with numbers should look like.',
      ),
    ],
  ],
  [
    'Best small newsroom: “Who Owns the Valley?”, Gleann Weekly',
    [
      j(
        'A newsroom of three built a land ownership map of an entire valley from paper deeds and planning notices. The result',
        'changed a local debate overnight, and the judges admired how openly the reporters explained the gaps in their data.',
      ),
    ],
  ],
  [
    'Best visualisation: “A Year of Air”, Meridian Daily',
    [
      j(
        'Beautiful, but never for its own sake. Each chart answers one question a reader would ask, and the mobile version is',
        'as good as the desktop one, which is still rarer than it should be.',
      ),
    ],
  ],
  [
    'Student prize: “Counting the Night Buses”, Aldmoor University',
    [
      j(
        'Two students rode every night bus route in their city for a month, logging delays, cancellations and passenger numbers.',
        'Their findings were picked up by the regional broadcaster and led the transport authority to restore two routes. The',
        'judges liked that the students put themselves in the data, and were honest about the limits of a month of counting.',
      ),
      'The judges also asked us to commend:',
    ],
  ],
];
const gCommend = ['The Ferrywell Record, for its tracker of unfilled teaching posts', 'Noor Haddad of Sahel Data Desk, for her reporting on grain prices'];
const gOutro = [
  j(
    'Chair of the judges, Teodora Vlasic, said the entries were the strongest in the awards’ history. “Fewer projects',
    'chased scale for its own sake,” she said. “The best work this year started with a question a reader actually had.”',
  ),
];
const gNav = ['Latest', 'Categories', 'How to Enter', 'Jury Panel', 'Archive'];
const gFeed = ['Announcing the 2026 Tessary shortlist', 'How to enter: a guide for small newsrooms', 'Meet the 2026 judges'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c2d1a4b7e">
<meta name="description" content="Comments from the judges on the winners of the 2026 Tessary Awards.">
<link rel="canonical" href="https://news.tessaryawards.org/judges-comments-2026/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Tessary Awards"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-06-13T09:00:00.000Z"><meta property="article:tag" content="Judging">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tessary Awards"},
"author":{"@type":"Person","name":"Maud Eckersley"},"headline":"${gTitle}","datePublished":"2026-06-13T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-i18n="true" data-ghost="https://news.tessaryawards.org/" crossorigin="anonymous"></script></head>
<body class="post-template tag-judging tag-hash-import is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Tessary Awards</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-judging">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/judging/">Judging</a>
</span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">What impressed the panel, category by category.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/maud/" class="author-avatar"><img class="author-profile-image" src="/content/images/maud.jpg" alt="Maud Eckersley"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/maud/">Maud Eckersley</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-06-13">Jun 13, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/06/judges.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">The judging panel at work in Lisbrook.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gIntro)}
${gCats.map(([h, paras]) => `<h2 id="${h.length}">${h}</h2>\n${ps(paras)}`).join('\n')}
<ul>${gCommend.map((c) => `<li>${c}</li>`).join('\n')}</ul>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📣</div><div class="kg-callout-text">Watch the ceremony:
the full recording is on our <a href="/video">video page</a>.</div></div>
<hr>
${ps(gOutro)}
</section>
<section class="article-comments gh-canvas"><div class="gh-cta"><h2 class="gh-cta-title">Sign up for Tessary Awards</h2><p>Deadlines, shortlists
and winners, straight to your inbox.</p><a class="gh-cta-button" href="#/portal/signup">Subscribe</a></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gFeed.map((f) => `<article class="post-card post"><a class="post-card-content-link" href="#"><h2 class="post-card-title">${f}</h2></a></article>`).join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Tessary Awards</a> © 2026</section>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9c2d1a4b7e"></script></body></html>`;
export const ghostJudges: TestPage = {
  name: 'heldout408-ghost-journalism-award-judges-comments',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gCats.map(([h]) => h),
  body: texts([...gIntro, ...gCats.flatMap(([, p]) => p), ...gCommend, ...gOutro]),
  bylines: ['Maud Eckersley', 'Jun 13, 2026', '3 min read'],
  furniture: [
    ...gNav,
    'Sign in',
    'Subscribe',
    'Judging',
    'What impressed the panel, category by category.',
    'The judging panel at work in Lisbrook.',
    'Watch the ceremony: the full recording is on our video page.',
    'Sign up for Tessary Awards',
    'Deadlines, shortlists and winners, straight to your inbox.',
    'Read more',
    ...gFeed,
    'Tessary Awards © 2026',
    'Powered by Ghost',
  ],
};
