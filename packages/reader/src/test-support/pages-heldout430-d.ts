import { links, ps, type TestPage, texts } from './page-kit.js';
import { wixChapter } from './pages-heldout430-d2.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file d: an alumni magazine's letters-to-the-editor page on Ghost with the Casper theme (gh-head
 * navigation, article header with tag, excerpt, byline with author avatar and reading time, feature image caption, letters
 * under headline headings each closed by the writer's signature, an editor's reply, a "write to us" box, the members
 * sign-up CTA, "Read more" cards and the gh-foot).
 */
const gTitle = 'Letters: On the Bell Tower, the Old Gym and a Missing Comma';
const gIntro = 'Readers responded to our autumn issue in record numbers. A selection follows.';
const gLetters: [string, string[], string][] = [
  [
    'The tower deserved better',
    [
      j(
        'Your story on the restoration of Marsh Hall&#39;s bell tower was a pleasure, but it left out the students who kept the',
        'clock running through the 1970s. A rotating crew of us climbed the ladder every Sunday night to wind it, by hand, with a',
        'crank the size of a bicycle pedal. We were paid in doughnuts.',
      ),
      j('I am glad to hear the tower will ring again. I hope someone thinks to hang a small plaque for the winders.'),
    ],
    '— Franklin Odell ’76, Cedar Bluff',
  ],
  [
    'Save the old gym floor',
    [
      j(
        'The feature on the new athletics center mentioned that the maple floor of Pruitt Gym will be removed. That floor saw',
        'four conference titles and, in 1988, my wedding reception. Could it be cut into panels and offered to alumni? I would',
        'happily pay for a square foot of the foul line.',
      ),
    ],
    '— Marisol Trent ’85, Easton Harbor',
  ],
  [
    'A different memory of Professor Lyle',
    [
      j(
        'Thank you for the tribute to Professor Irene Lyle. I would add only that she was as generous outside class as in it.',
        'When my father died during my junior year, she drove me to the bus station at five in the morning and handed me a',
        'paperback of Middlemarch for the ride. I still have it, with her note inside the cover.',
      ),
    ],
    '— Dr. Owen Achterberg ’93, Saint Clair',
  ],
  [
    'About that comma',
    [
      j(
        'On page 14 of the autumn issue, the caption reads that the choir sang for the president and his wife, Margaret. As',
        'the president has had only one wife, the comma is fine. I only wanted you to know that at least one reader checked.',
      ),
    ],
    '— Lou Bettencourt ’59, Harlow',
  ],
];
const gReply = [
  j(
    '<em>Editor&#39;s note: Facilities tells us that a portion of the Pruitt Gym floor will indeed be saved, and that a plan for',
    'alumni to claim pieces is under discussion. We will report details in the spring issue.</em>',
  ),
];
const gNav = ['Home', 'Features', 'Campus', 'Class Notes', 'Letters', 'Archive'];
const gMore = ['The Bell Tower Rings Again', 'Inside the New Athletics Center', 'Remembering Irene Lyle, 1931–2025'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c2d1e">
<meta name="description" content="${gIntro}"><link rel="canonical" href="https://magazine.marshcollege.example/letters-winter-2026/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Marsh Quarterly">
<meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2026-01-15T13:00:00.000Z"><meta property="article:tag" content="Letters">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Marsh Quarterly"},
"author":{"@type":"Person","name":"Abigail Serrano"},"headline":"${gTitle}","datePublished":"2026-01-15T13:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js"
data-ghost="https://magazine.marshcollege.example/" crossorigin="anonymous"></script></head>
<body class="post-template tag-letters is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Marsh Quarterly</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-letters">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/letters/">Letters</a></span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gIntro}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/abigail/" class="author-avatar"><img class="author-profile-image" src="/content/images/abigail.jpg" alt="Abigail Serrano"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/abigail/">Abigail Serrano</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-15">Jan 15, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/01/mailbag.jpg" alt="Letters on a desk">
<figcaption><span style="white-space: pre-wrap;">Illustration by Pia Lindgren</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gLetters.map(([h, ps_, sig]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>\n${ps(ps_)}\n<p>${sig}</p>`).join('\n')}
<hr>
${ps(gReply)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">✉️</div><div class="kg-callout-text">Write to us at
letters@marshcollege.example or The Marsh Quarterly, 2 Fenwick Lane, Harlow. Letters may be edited for length.</div></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gMore
  .map((m) => `<article class="post-card post"><a class="post-card-content-link" href="#"><h2 class="post-card-title">${m}</h2></a></article>`)
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Marsh Quarterly</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Marsh College'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c2d1e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout430-ghost-casper-letters-to-editor',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gLetters.map(([h]) => h),
  body: texts([...gLetters.flatMap(([, p, s]) => [...p, s]), ...gReply]),
  bylines: ['Abigail Serrano', 'Jan 15, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Marsh Quarterly', ...gNav, 'Sign in', 'Subscribe', '4 min read', 'Illustration by Pia Lindgren',
    'Write to us at letters@marshcollege.example or The Marsh Quarterly, 2 Fenwick Lane, Harlow. Letters may be edited for length.',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore, '© 2026', 'Sign up', 'Contact', 'Marsh College', 'Powered by Ghost',
  ],
};

export const HELDOUT430_D: readonly TestPage[] = [ghost, wixChapter];
