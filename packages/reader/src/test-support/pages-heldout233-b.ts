import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 233, file B: a MasterClass article and a Duolingo blog post. */

const MC_NAV = ['Browse', 'Sessions', 'At Work', 'Gifts', 'Log In', 'Get Started'];
const MC_CRUMBS = ['Articles', 'Food', 'Cooking Techniques'];
const MC_HEAD = ['What Is a Pan Sauce?', 'How to Make a Pan Sauce in 5 Steps', 'Learn More'];
const MC_P1 = [
  `A good pan sauce turns the brown crust left behind after searing into the best part of the meal. It takes about five minutes,
  uses the same pan and asks for nothing more than liquid, fat and a little patience.`,
];
const MC_P2 = [
  `A pan sauce is a quick reduction built on fond, the caramelised bits of protein stuck to the bottom of a hot pan. Chefs lift the
  fond with wine, stock or even water, reduce the liquid, then enrich it with butter or cream.`,
];
const MC_STEPS = [
  '<strong>Sear and rest.</strong> Cook the meat, move it to a plate and pour off all but a spoonful of fat.',
  '<strong>Add aromatics.</strong> Soften a chopped shallot over medium heat for one minute.',
  '<strong>Deglaze.</strong> Pour in half a cup of wine or stock and scrape the pan with a wooden spoon.',
  '<strong>Reduce.</strong> Simmer until the liquid has lost about half its volume and coats a spoon.',
  '<strong>Finish.</strong> Take the pan off the heat and swirl in two cubes of cold butter and a pinch of salt.',
];
const MC_P3 = [
  `Chef Maurice Delacour, who teaches the technique in his own kitchen in Lyon, says the most common mistake is rushing the last
  step: butter added over high heat splits and turns greasy instead of glossy.`,
  `Want to cook like a professional? Get a MasterClass membership for lessons from the world\u2019s best chefs, including Maurice
  Delacour, Tamsin Achebe and more.`,
];
const MC_MISC = [
  'Written by the MasterClass staff',
  'Recommended',
  'Featured MasterClass Instructor',
  'Maurice Delacour Teaches French Home Cooking',
  'Explore the Class',
  'Ready to Learn More?',
  'Unlock access to every class with an annual membership.',
  'Related Articles',
  'How to Brown Butter',
  'What Is Mirepoix?',
  'Knife Skills: How to Dice an Onion',
  'Share',
  'Facebook',
  'Copy link',
  'Give the gift of learning',
  'Careers',
  'Privacy',
  'Terms',
  'Help Center',
  'Accessibility',
  'Do Not Sell or Share My Personal Information',
  '\u00a9 2025 Yanka Industries Inc. d/b/a MasterClass',
];

const masterclassHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How to Make a Pan Sauce: 5 Simple Steps - 2025 - MasterClass</title>
<meta name="description" content="A good pan sauce turns the brown crust into the best part of the meal.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"How to Make a Pan Sauce: 5 Simple Steps",
"datePublished":"2025-02-11","author":{"@type":"Organization","name":"MasterClass"}}</script>
<script src="https://www.masterclass.com/_next/static/chunks/main.js" async></script></head>
<body><div id="__next">
<header class="mc-header"><nav><ul>${links(MC_NAV)}</ul></nav></header>
<main><article class="mc-article"><nav aria-label="breadcrumb"><ol>${links(MC_CRUMBS)}</ol></nav>
<h1 class="mc-text-h2">How to Make a Pan Sauce: 5 Simple Steps</h1>
<div class="mc-article-byline"><span>Written by the MasterClass staff</span> <span>Last updated: Feb 11, 2025</span> <span>\u2022 3 min read</span></div>
<div class="share-bar"><button>Share</button><a href="#">Facebook</a><button>Copy link</button></div>
<div class="mc-article-body">${ps(MC_P1)}
<aside class="mc-course-cta"><span>Featured MasterClass Instructor</span><h3>Maurice Delacour Teaches French Home Cooking</h3>
<a href="/classes/delacour">Explore the Class</a></aside>
<h2>${MC_HEAD[0]}</h2>${ps(MC_P2)}<h2>${MC_HEAD[1]}</h2><ol>${MC_STEPS.map((s) => `<li>${s}</li>`).join('\n')}</ol>${ps(MC_P3.slice(0, 1))}
<h2>${MC_HEAD[2]}</h2>${ps(MC_P3.slice(1))}</div></article>
<section class="mc-recommended"><h2>Recommended</h2><div class="annual-cta"><h3>Ready to Learn More?</h3>
<p>Unlock access to every class with an annual membership.</p></div>
<h2>Related Articles</h2><ul>${links(['How to Brown Butter', 'What Is Mirepoix?', 'Knife Skills: How to Dice an Onion'])}</ul></section></main>
<footer class="mc-footer"><p>Give the gift of learning</p><ul>${links(['Careers', 'Privacy', 'Terms', 'Help Center', 'Accessibility'])}</ul>
<a href="/privacy#ccpa">Do Not Sell or Share My Personal Information</a><p>\u00a9 2025 Yanka Industries Inc. d/b/a MasterClass</p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}}}</script></body></html>`;

const DL_NAV = ['Duolingo Blog', 'Learning', 'Product', 'Research', 'Life at Duolingo', 'Press', 'Try Duolingo'];
const DL_HEAD = ['Why we looked at it', 'What the learners told us', 'What changes next'];
const DL_P = [
  `Every spring our Hindi course sees a jump in new learners, and every spring a chunk of them stall on the same unit: the one where
  verbs start agreeing with gender. This year we wanted to know why.`,
  `We compared two versions of the unit over six weeks. In the first, gender was introduced with tables of endings. In the second,
  learners met each ending inside a tiny story about two neighbours, Meera and Arjun, arguing over a shared garden.`,
  `The story version won, though not by as much as we hoped. Completion rose by eight percent, and learners made fewer agreement
  mistakes in the following unit. The bigger surprise came from the comments in our learner survey.`,
  `Many people said the tables made them feel they were "studying", while the story made them forget they were learning grammar at
  all. A few asked for both: the story first, then a table to check themselves.`,
  `So that is what we are shipping. From next month the unit opens with the garden story and ends with an optional summary card.
  We will keep watching the numbers, and we will share what we find.`,
];
const DL_LIST = ['Stories first, tables on request', 'Shorter sessions for the hardest units', 'More voices recorded by native speakers'];
const DL_MISC = [
  'Share this post',
  'Twitter',
  'LinkedIn',
  'Learn a language for free. Forever.',
  'Get started',
  'Related posts',
  'How we design our Japanese kana lessons',
  'Five habits of learners who keep their streaks',
  'Inside the Duolingo English Test research team',
  'Subscribe to the Duolingo Blog',
  'Email address',
  'Subscribe',
  'About us',
  'Careers',
  'Investors',
  'Efficacy',
  'Guidelines',
  'Privacy',
  'Terms',
  '\u00a9 2025 Duolingo',
];

const duolingoHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Why stories beat tables in our Hindi course | Duolingo Blog</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-04-03T15:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Why stories beat tables in our Hindi course"}</script>
<link rel="stylesheet" href="https://blog.duolingo.com/wp-content/themes/duolingo/style.css"></head>
<body class="post-template-default single single-post">
<header class="site-header"><a class="logo" href="/">duolingo</a><nav class="main-navigation"><ul>${links(DL_NAV)}</ul></nav></header>
<main id="primary" class="site-main"><article class="post type-post status-publish">
<header class="entry-header"><a class="cat-links" href="/category/learning/">Learning</a>
<h1 class="entry-title">Why stories beat tables in our Hindi course</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/priya-nandakumar/">Priya Nandakumar</a></span>
<time class="entry-date published" datetime="2025-04-03">April 3, 2025</time></div></header>
<figure class="post-thumbnail"><img src="hindi-garden.png" alt=""><figcaption>Meera and Arjun, the neighbours in the new story unit</figcaption></figure>
<div class="entry-content">${ps(DL_P.slice(0, 1))}<h2>${DL_HEAD[0]}</h2>${ps(DL_P.slice(1, 3))}<h2>${DL_HEAD[1]}</h2>${ps(DL_P.slice(3, 4))}
<h2>${DL_HEAD[2]}</h2>${ps(DL_P.slice(4))}<ul>${DL_LIST.map((x) => `<li>${x}</li>`).join('')}</ul></div>
<footer class="entry-footer"><div class="share"><span>Share this post</span><a href="#">Twitter</a><a href="#">LinkedIn</a></div></footer></article>
<aside class="cta-block"><h3>Learn a language for free. Forever.</h3><a class="button" href="https://www.duolingo.com/">Get started</a></aside>
<section class="related-posts"><h2>Related posts</h2><ul>${links(DL_MISC.slice(6, 9))}</ul></section></main>
<aside class="newsletter"><h3>Subscribe to the Duolingo Blog</h3><form><label>Email address</label><input type="email"><button>Subscribe</button></form></aside>
<footer class="site-footer"><ul>${links(DL_MISC.slice(12, 19))}</ul><p>\u00a9 2025 Duolingo</p></footer>
<script src="https://blog.duolingo.com/wp-includes/js/wp-embed.min.js"></script></body></html>`;

export const HELDOUT233_B: readonly TestPage[] = [
  {
    name: 'heldout233-masterclass-news',
    kind: 'news',
    html: masterclassHtml,
    title: 'How to Make a Pan Sauce: 5 Simple Steps',
    headings: MC_HEAD,
    body: [...texts(MC_P1), ...texts(MC_P2), ...texts(MC_STEPS), ...texts(MC_P3)],
    bylines: ['Last updated: Feb 11, 2025', '\u2022 3 min read'],
    furniture: [...MC_NAV, ...MC_CRUMBS, ...MC_MISC],
  },
  {
    name: 'heldout233-duolingo-blog',
    kind: 'blog',
    html: duolingoHtml,
    title: 'Why stories beat tables in our Hindi course',
    headings: DL_HEAD,
    body: [...texts(DL_P), ...texts(DL_LIST)],
    bylines: ['By Priya Nandakumar', 'April 3, 2025'],
    furniture: [...DL_NAV, ...DL_MISC, 'Meera and Arjun, the neighbours in the new story unit'],
  },
];
