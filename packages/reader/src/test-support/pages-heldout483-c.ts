import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Sec, secs } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file c: a long theory-test revision guide on Ghost (Casper theme) with a callout card, a figure, member
 * sign-up boxes and read-more cards.
 */
const tTitle = 'A four-week theory test plan that actually sticks';
const tExcerpt = 'Short daily sessions beat cramming. Here is the plan our pupils use, week by week, with the mistakes to avoid.';
const tIntro = [
  j(
    'Every week somebody tells me they are going to revise for the theory test over one weekend. Some of them pass. Most of them',
    'book a second test, pay the fee again and wait another month for a slot. The test is not hard, but it is wide: road signs,',
    'stopping distances, vulnerable road users, motorway rules, documents, and a hazard perception part that rewards practice',
    'more than knowledge.',
  ),
  j(
    'What follows is the plan I give to pupils at Roadsense. It assumes about twenty-five minutes a day, five days a week, for',
    'four weeks. If you have more time, do not add more hours; add more mock tests at the end.',
  ),
];
const tWeeks: Sec[] = [
  {
    h: 'Week one: signs and the Highway Code basics',
    ps: [
      j(
        'Start with road signs, because they come up in every section of the test and are quick wins. Learn them by shape first:',
        'circles give orders, triangles warn, rectangles inform. Once you know the shape rules you can often work out a sign you',
        'have never seen.',
      ),
      j(
        'Spend the second half of the week on the rules at junctions and roundabouts. Read the rule, then answer ten questions on',
        'it straight away. Reading without answering feels productive and is not.',
      ),
    ],
  },
  {
    h: 'Week two: numbers and vulnerable road users',
    ps: [
      j(
        'This is the week for stopping distances, speed limits and the few other numbers you must simply learn. Write the stopping',
        'distances on a card and keep it in your pocket. Say them out loud on the bus. It is dull, and it works.',
      ),
      j(
        'The rest of the week goes on cyclists, horse riders, pedestrians and motorcyclists. Questions here are often about giving',
        'space and time, and the right answer is almost always the most patient one.',
      ),
    ],
  },
  {
    h: 'Week three: hazard perception',
    ps: [
      j(
        'The hazard perception clips score you on when you click, not how often. Click when you first see something that might',
        'develop, such as a child near the kerb or a car waiting to pull out, and again when it starts to become a real hazard.',
      ),
      j(
        'Do three or four clips a day and watch the replay of every one. Clicking in a steady rhythm will get a clip scored as zero,',
        'so keep your clicks tied to what you see.',
      ),
    ],
  },
  {
    h: 'Week four: mock tests and weak spots',
    ps: [
      j(
        'Take one full mock test every day under test conditions: no phone, no notes, no pausing. Mark it, then spend the rest of',
        'your session on the topic where you dropped the most marks.',
      ),
      j(
        'If you are scoring 47 out of 50 or better on three mock tests in a row, and passing the hazard perception mocks comfortably,',
        'you are ready. Book the test for the following week while the material is fresh.',
      ),
    ],
  },
];
const tCallout = j(
  'Tip: the questions in the real test are not the same as the ones in the revision apps, but they cover the same rules.',
  'If you only learn answers, you will be caught out. Learn the reason behind each one.',
);
const tDay = {
  h: 'On the day',
  list: [
    'Bring your provisional licence. Without it you cannot sit the test.',
    'Arrive fifteen minutes early; the centre will not let you in late.',
    'Use the flag button on any question you are unsure of and come back to it at the end.',
    'Take the practice clip before the hazard perception part seriously. It is there to settle your nerves.',
  ],
  after: j(
    'Most of all, do not rush. There is plenty of time for fifty questions, and most wrong answers on the day come from misreading',
    'the question rather than not knowing the rule.',
  ),
};
const tQuote = '“I stopped doing two-hour sessions and did twenty minutes before work instead. I passed with 48.” – Naomi, pupil in Castlebrook';
const tNav = ['Home', 'Theory Test', 'Practical Test', 'For Parents', 'About'];
const tFoot = ['Sign up', 'Privacy', 'Contact'];
const tMore = [
  ['Practical Test', 'What happens in the first five minutes of your driving test', 'Jan 28, 2026', '5 min read'],
  ['Theory Test', 'Stopping distances: a memory trick that works', 'Jan 14, 2026', '3 min read'],
  ['For Parents', 'Sitting in the passenger seat without shouting', 'Dec 30, 2025', '7 min read'],
] as const;
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${tTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://roadsense.blog/assets/built/screen.css?v=8c1f2a7d3e">
<meta name="description" content="${tExcerpt}"><link rel="canonical" href="https://roadsense.blog/four-week-theory-test-plan/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Roadsense"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-11T08:30:00.000Z"><meta property="article:tag" content="Theory Test">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Roadsense"},
"author":{"@type":"Person","name":"Priya Lanworth"},"headline":"${tTitle}","datePublished":"2026-02-11T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79"><link rel="alternate" type="application/rss+xml" title="Roadsense" href="https://roadsense.blog/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://roadsense.blog/" data-key="3f0c9e1b7a"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="3f0c9e1b7a"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" crossorigin="anonymous"></script>
<style>:root {--ghost-accent-color: #e8552b;}</style></head>
<body class="post-template tag-theory-test is-head-left-logo has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://roadsense.blog">Roadsense</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round"
d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(tNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-theory-test image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/theory-test/">Theory
Test</a></span></div>
<h1 class="article-title">${tTitle}</h1><p class="article-excerpt">${tExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/priya/" class="author-avatar" aria-label="Read more of Priya Lanworth"><img class="author-profile-image"
src="/content/images/size/w100/2025/06/priya.jpg" alt="Priya Lanworth"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Lanworth</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-11">Feb 11, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div>
</div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/revision.jpg 300w, /content/images/size/w600/2026/02/revision.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/02/revision.jpg" alt="A learner revising at a kitchen table"><figcaption>Twenty-five minutes a day is enough. Photo:
Roadsense</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(tIntro)}
${secs(tWeeks.slice(0, 2), 'h2')}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${tCallout}</div></div>
${secs(tWeeks.slice(2), 'h2')}
<blockquote>${tQuote}</blockquote>
<h2 id="on-the-day">${tDay.h}</h2><ul>${lis(tDay.list)}</ul><p>${tDay.after}</p>
</section>
<section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #e8552b">
<h2>Get the weekly Roadsense tip</h2><p>One short email every Thursday for learners and the people who sit next to them.</p>
<a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#e8552b">Subscribe now</a><p data-portal="signin">Already have an account? <a
href="#/portal/signin" data-portal="signin">Sign in</a></p>
</div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-title"><h3>Read more</h3></div><div class="post-feed">
${tMore
  .map(
    ([tag, t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg"
alt="${t}" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">${tag}</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-28">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://roadsense.blog">Roadsense</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(tFoot, 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://roadsense.blog/assets/built/casper.js?v=8c1f2a7d3e"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout483-ghost-theory-plan',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [...tWeeks.map((s) => s.h), tDay.h],
  body: texts([
    tExcerpt,
    ...tIntro,
    ...(tWeeks[0]?.ps ?? []),
    ...(tWeeks[1]?.ps ?? []),
    tCallout,
    ...(tWeeks[2]?.ps ?? []),
    ...(tWeeks[3]?.ps ?? []),
    tQuote,
    ...tDay.list,
    tDay.after,
  ]),
  bylines: ['Priya Lanworth', 'Feb 11, 2026', 'Jan 28, 2026', 'Jan 14, 2026', 'Dec 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Practical Test', 'For Parents', 'Sign in', 'Subscribe', '6 min read',
    'Twenty-five minutes a day is enough. Photo: Roadsense', 'Get the weekly Roadsense tip',
    'One short email every Thursday for learners and the people who sit next to them.', 'Subscribe now', 'Already have an account? Sign in',
    'Read more', ...tMore.flatMap(([, t, , r]) => [t, r]),
    'Roadsense © 2026', ...tFoot, 'Powered by Ghost',
  ],
};

export const HELDOUT483_C: readonly TestPage[] = [ghost];
