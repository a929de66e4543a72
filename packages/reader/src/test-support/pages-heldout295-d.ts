import { links, ps, type TestPage, texts } from './page-kit.js';
import { mindApp } from './pages-heldout295-d2.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file d: a fitness blog's training plan on Squarespace 7.1 (header with the nav and the "Join the Club" button,
 * blog-item meta with author, date and category, `sqs-block` content blocks with a week-by-week table, an image block with its
 * caption, a newsletter block, the author card, previous / next item pagination, Squarespace comments and the footer) and, from
 * file d2, a mental-health app's blog post.
 */
const fTitle = 'From Couch to 10K in Eight Weeks: A Plan for Complete Beginners';
const fHeads = ['Before you start', 'The eight-week plan', 'How to read the plan', 'Strength work twice a week', 'Race week'];
const fIntro = [
  j(
    'Ten kilometres sounds like a long way when you have not run since school. But with three short sessions a week and a bit of',
    'patience, most healthy adults can get there in two months. This is the plan we use with new members of our Saturday group.',
  ),
];
const fBefore = [
  j(
    'If you have a heart condition, joint problems or have been inactive for a long time, check with your doctor first. Buy shoes from',
    'a running shop where staff can watch you jog, and plan your three runs for days that are not back to back.',
  ),
];
const fRows: [string, string, string][] = [
  ['Week 1', 'Run 1 min, walk 2 min, repeat 8 times', '24 min'],
  ['Week 2', 'Run 2 min, walk 2 min, repeat 6 times', '24 min'],
  ['Week 3', 'Run 4 min, walk 2 min, repeat 4 times', '24 min'],
  ['Week 4', 'Run 8 min, walk 2 min, repeat 3 times', '30 min'],
  ['Week 5', 'Run 12 min, walk 2 min, run 12 min', '26 min'],
  ['Week 6', 'Run 25 min without stopping', '25 min'],
  ['Week 7', 'Run 35 min easy; one run includes 5 x 1 min faster', '35 min'],
  ['Week 8', 'Two easy 30 min runs, then race day', '10K'],
];
const fRead = [
  j(
    'Each line is one session, done three times in the week. "Run" means an easy pace at which you could still talk in short',
    'sentences. If a week feels too hard, repeat it before moving on. Nobody is timing you, and repeating a week is normal.',
  ),
  'Warm up with five minutes of brisk walking before every session and finish with five minutes of walking and gentle stretches.',
];
const fStrength = ['Two short strength sessions a week make injuries less likely. Try this circuit, twice through:'];
const fStrengthList = [
  '12 bodyweight squats',
  '10 glute bridges with a two-second hold',
  '30 seconds of plank on your forearms',
  '10 calf raises on each leg, using a wall for balance',
];
const fRace = [
  j(
    'Keep your runs short and easy in the last week and do nothing new on race day: no new shoes, no new breakfast, no new gels.',
    'Start at the back of the field, hold back for the first two kilometres, and enjoy the finish.',
  ),
];
const fNav = ['Training Plans', 'Nutrition', 'Gear', 'Stories', 'About'];
const fComments = [
  ['Harriet', 'Week 4 was a shock but I repeated it and it clicked. Just finished week 6!'],
  ['Tomasz', 'Do you recommend running on a treadmill for the first few weeks?'],
];
const fFoot = ['Instagram', 'Club Forum', 'Contact', 'Privacy'];
const fHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} — Stridewell Running</title>
<meta property="og:site_name" content="Stridewell Running"><meta property="og:type" content="article">
<meta itemprop="datePublished" content="2026-01-05T07:00:00+0000"><meta itemprop="author" content="Callum Rees">
<script type="application/ld+json">{"url":"https://www.stridewell.example","name":"Stridewell Running",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Stridewell Running"},"item":{"title":"Couch to 10K"}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/site.css"></head>
<body id="item-63f1a" class="collection-type-blog view-item item-type-post tweak-blog-item-width-medium">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title-text">
<a href="/">Stridewell Running</a></div>
<nav class="header-nav-list">${fNav.map((t) => `<div class="header-nav-item"><a href="/${t.length}">${t}</a></div>`).join('\n')}
</nav><div class="header-actions-action--cta"><a class="btn btn--border sqs-button-element--primary" href="/join">Join the Club</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section">
<div class="blog-item-wrapper"><article class="entry h-entry hentry category-training-plans author-callum-rees post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-author">Callum Rees</span><time class="blog-date" pubdate datetime="2026-01-05">January 5, 2026</time>
<span class="blog-categories-list"><a href="/blog?category=Training+Plans" class="blog-categories">Training Plans</a></span></div></div>
<div class="blog-item-title"><h1 class="entry-title" data-content-field="title">${fTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(fIntro)}<h2>${fHeads[0]}</h2>${ps(fBefore)}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/run-group.jpg" alt="Runners on a towpath"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p>Our Saturday beginners' group on the canal towpath.</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2>${fHeads[1]}</h2><table><thead><tr><th>Week</th><th>Each session</th><th>Total time</th></tr></thead><tbody>
${fRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>${fHeads[2]}</h2>${ps(fRead)}<h2>${fHeads[3]}</h2>${ps(fStrength)}<ul data-rte-list="default">${lis(fStrengthList)}</ul>
<h2>${fHeads[4]}</h2>${ps(fRace)}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Get the weekly plan in your inbox</h2><div class="newsletter-form-header-description"><p>One email every Monday.
No spam.</p></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button">Sign Up</button>
</form></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Callum Rees</div><div class="author-bio"><p>Callum is a club-qualified
run leader who took up running at 41.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="#">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Five Easy Breakfasts Before a Long Run</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="#"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Why Your Easy Runs Should Feel Easy</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-63f1a"><div class="comment-count">2 Comments</div>
${fComments
  .map(
    ([n, c]) => `<div class="comment"><div class="comment-author">${n}</div><div class="comment-body"><p>${c}</p></div>
<div class="comment-actions"><a href="#">Reply</a></div></div>`,
  )
  .join('\n')}</div></div></article></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-block-content"><ul class="social-links">${links(fFoot)}</ul>
<p>© 2026 Stridewell Running Club, Leeworth</p></div></section></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">This site uses cookies to give you the best experience.</div>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
<script src="https://static1.squarespace.example/static/vta/site-bundle.js"></script></body></html>`;
const fitness: TestPage = {
  name: 'heldout295-squarespace-fitness-plan-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fIntro, ...fBefore, ...fRows.flat(), ...fRead, ...fStrength, ...fStrengthList, ...fRace]),
  bylines: ['Callum Rees', 'January 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Stridewell Running', ...fNav, 'Join the Club', "Our Saturday beginners' group on the canal towpath.", 'Get the weekly plan in your inbox',
    'One email every Monday. No spam.', 'Sign Up', 'Callum is a club-qualified run leader who took up running at 41.', 'Previous',
    'Five Easy Breakfasts Before a Long Run', 'Next', 'Why Your Easy Runs Should Feel Easy', '2 Comments', ...fComments.flat(), 'Reply', ...fFoot,
    '© 2026 Stridewell Running Club, Leeworth', 'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT295_D: readonly TestPage[] = [fitness, mindApp];
