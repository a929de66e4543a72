import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 233, file D: Coding bootcamp blog post (WordPress) and a language school grammar guide. */

const li = (xs: readonly string[]): string => xs.map((x) => `<li>${x}</li>`).join('\n');
const P0_HEAD = ['Month one: the fundamentals', 'Month two: the group project', 'What I would tell my past self'];
const P0_P = [
  `Twelve weeks ago I was scanning parcels on night shifts in Leeds. Last Friday my first pull request was merged at a logistics start-up, and
    I still cannot quite believe it.`,
  `The first month was mostly JavaScript basics, arrays, loops and the browser. I spent evenings redoing the katas I had failed during the day,
    which was tiring but worked.`,
  `In month two we built a booking app for a fictional climbing gym in a team of four. Merge conflicts taught me more about communication than
    any lecture did.`,
  'Ask questions early, sleep properly, and keep a notebook of every bug you fix. You will read it again before your interviews.',
];
const P0_LI = ['Commit small and often', 'Pair with someone stronger than you', 'Write the test before you ask for help'];
const P0_BY = ['By Tomasz Wierzba', 'June 12, 2025', '6 min read'];
const P0_F = [
  'Courses',
  'Full-Stack Web Development',
  'Data Analytics',
  'Outcomes',
  'Financing',
  'Blog',
  'Apply now',
  'Student Stories',
  'Share on X',
  'Share on LinkedIn',
  'Next cohort starts 8 September',
  'Book a call with admissions',
  'You might also like',
  'How our career coaches prepare you for interviews',
  'Is a bootcamp worth it in 2025?',
  'Leave a comment',
  'Comment',
  'Name',
  'Email',
  'Post Comment',
  'We use cookies to personalise content.',
  'Accept',
  'Privacy Policy',
  'Imprint',
  '© 2025 Forge Academy Ltd',
];
const P1_HEAD = ['What is the subjunctive?', 'How to form it', 'Common triggers'];
const P1_P = [
  `The subjunctive is a verb mood, not a tense. It expresses wishes, doubts, emotions and things that are not yet real, and it appears mostly
    in clauses introduced by que.`,
  `Take the yo form of the present indicative, drop the final o and add the opposite ending: -e for -ar verbs, -a for -er and -ir verbs. So
    hablo becomes hable and como becomes coma.`,
  `Students at our Granada school usually meet the subjunctive in their third month. Do not try to memorise every rule at once; learn the
    triggers below and listen for them.`,
];
const P1_LI = [
  'Wishes: Quiero que vengas a la fiesta.',
  'Emotions: Me alegra que estés aquí.',
  'Doubt: No creo que llueva mañana.',
  'Advice: Te recomiendo que estudies cada día.',
];
const P1_BY = ['Updated by Lucía Ferrándiz, head of studies', 'Last reviewed: May 2025'];
const P1_F = [
  'Home',
  'Courses',
  'Intensive Spanish',
  'DELE Preparation',
  'Accommodation',
  'Grammar Guides',
  'Contact',
  'Book a free trial class',
  'Grammar Guides',
  'B1 level',
  'Test yourself',
  'Take the quiz',
  'Related guides',
  'Ser vs. Estar',
  'Por vs. Para',
  'The Preterite and the Imperfect',
  'Download this guide as PDF',
  'WhatsApp us',
  'Calle Elvira 14, Granada',
  'Legal notice',
  'Cookie policy',
  'This site uses cookies.',
  'Accept cookies',
  '© Escuela Albaicín 2025',
];

const htmlP0 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>From warehouse shifts to my first pull request | Forge Academy</title>
<meta name="description" content="Twelve weeks ago I was scanning parcels on night shifts in Leeds. Last Friday my first pull request was merged at a
logi"><meta property="og:site_name" content="Forge Academy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"From warehouse shifts to my first pull request"}</script>
<script src="/assets/js/site.min.js" defer></script></head>
<body class="post-template-default single single-post elementor-default">
<a class="site-logo" href="/">Forge Academy</a>
<header class="elementor-location-header"><nav class="elementor-nav-menu--main"><ul>${links(P0_F.slice(0, 8))}</ul></nav></header>
<main id="content" class="site-main"><article class="post">
<h1 class="entry-title">From warehouse shifts to my first pull request</h1>
<div class="entry-meta"><span class="meta">By Tomasz Wierzba</span> <span class="meta">June 12, 2025</span> <span class="meta">6 min read</span></div>
<div class="elementor-widget-theme-post-content">
<p>${P0_P[0]}</p>
<h2>${P0_HEAD[0]}</h2>
<p>${P0_P[1]}</p>
<h2>${P0_HEAD[1]}</h2>
<p>${P0_P[2]}</p>
<h2>${P0_HEAD[2]}</h2>
<p>${P0_P[3]}</p>
<ul>${li(P0_LI)}</ul>
</div></article>
<aside class="elementor-location-single-after"><ul>${links(P0_F.slice(8, 17))}</ul></aside><div id="comments" class="comments-area">
<form id="commentform"></form></div>
<footer class="elementor-location-footer">
<ul>${links(P0_F.slice(17))}</ul></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>`;
const htmlP1 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Spanish Subjunctive: When and How to Use It | Escuela Albaicín</title>
<meta name="description" content="The subjunctive is a verb mood, not a tense. It expresses wishes, doubts, emotions and things that are not yet real,
and"><meta property="og:site_name" content="Escuela Albaicín">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"The Spanish Subjunctive: When and How to Use It"}</script>
<script src="/assets/js/site.min.js" defer></script></head>
<body class="page-template page-grammar">
<a class="site-logo" href="/">Escuela Albaicín</a>
<header id="masthead"><nav class="menu-principal"><ul>${links(P1_F.slice(0, 8))}</ul></nav></header>
<div class="container"><nav class="breadcrumbs"></nav><main class="grammar-guide" role="main">
<h1 class="entry-title">The Spanish Subjunctive: When and How to Use It</h1>
<div class="entry-meta"><span class="meta">Updated by Lucía Ferrándiz, head of studies</span> <span class="meta">Last reviewed: May 2025</span></div>
<div class="guide-content">
<p>${P1_P[2]}</p>
<h2>${P1_HEAD[0]}</h2>
<p>${P1_P[0]}</p>
<h2>${P1_HEAD[1]}</h2>
<p>${P1_P[1]}</p>
<h2>${P1_HEAD[2]}</h2>
<ul>${li(P1_LI)}</ul>
</div></main>
<aside class="sidebar widget-area"><ul>${links(P1_F.slice(8, 16))}</ul></aside></div><a class="whatsapp-float" href="#"></a>
<footer class="site-footer">
<ul>${links(P1_F.slice(16))}</ul></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>`;
export const HELDOUT233_D: readonly TestPage[] = [
  {
    name: 'heldout233-bootcamp-blog',
    kind: 'blog',
    html: htmlP0,
    title: 'From warehouse shifts to my first pull request',
    headings: P0_HEAD,
    body: texts([P0_P[0] ?? '', P0_P[1] ?? '', P0_P[2] ?? '', P0_P[3] ?? '', ...P0_LI]),
    bylines: P0_BY,
    furniture: P0_F,
  },
  {
    name: 'heldout233-languageschool-docs',
    kind: 'docs',
    html: htmlP1,
    title: 'The Spanish Subjunctive: When and How to Use It',
    headings: P1_HEAD,
    body: texts([P1_P[2] ?? '', P1_P[0] ?? '', P1_P[1] ?? '', ...P1_LI]),
    bylines: P1_BY,
    furniture: P1_F,
  },
];
