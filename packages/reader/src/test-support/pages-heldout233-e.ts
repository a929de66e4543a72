import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 233, file E: Music theory lesson page and a driving school test tips article. */

const li = (xs: readonly string[]): string => xs.map((x) => `<li>${x}</li>`).join('\n');
const P0_HEAD = ['The whole-half pattern', 'Scales with sharps', 'Practice'];
const P0_P = [
  `A major scale is a set of seven notes built from a fixed pattern of steps. Once you know the pattern you can start on any note and build the
    scale yourself.`,
  'Every major scale follows whole, whole, half, whole, whole, whole, half. A whole step skips one key on the piano; a half step moves to the very next key.',
  'Start on G and follow the pattern. You will find that the seventh note must be F sharp, not F, to keep the half step before the octave.',
  'Play each scale slowly with both hands, saying the note names aloud.',
];
const P0_LI = [
  'C major has no sharps or flats',
  'G major has one sharp: F sharp',
  'D major has two sharps: F sharp and C sharp',
  'A major has three sharps: F, C and G sharp',
];
const P0_BY = ['Written by Idris Okonkwo-Bell'];
const P0_F = [
  'Lessons',
  'Exercises',
  'Tools',
  'Ear Trainer',
  'Shop',
  'Support us',
  'Previous lesson',
  'Next lesson',
  'Lesson 6: Whole and Half Steps',
  'Lesson 8: Key Signatures',
  'Exercise: identify the scale',
  'Play',
  'Reset',
  'Figure 3: the whole-half pattern on a keyboard',
  'Advertisement',
  'Remove ads with Stave & Bar Plus',
  'All lessons',
  'Contact',
  'Privacy',
  'Terms of use',
  '© 2025 Stave & Bar',
];
const P1_HEAD = ['Before the day', 'During the test', 'If things go wrong'];
const P1_P = [
  `Nerves cause more test failures than bad driving. These tips come from our instructors, who between them have prepared more than four
    thousand pupils in Harrowgate and the villages around it.`,
  `Book a lesson in the two hours before your test so the car and the roads feel familiar. Check your provisional licence and theory
    certificate the night before.`,
  'Examiners want to see safe, steady driving, not perfection. Keep checking your mirrors, and if you are unsure of an instruction, simply ask for it again.',
  'A small mistake is not a fail. Many pupils lose a test by dwelling on a stalled engine; take a breath, restart calmly and carry on.',
];
const P1_LI = [
  'Practise the show me, tell me questions',
  'Drive the test centre routes at the same time of day',
  'Eat something light beforehand',
  'Arrive ten minutes early',
];
const P1_BY = ['Posted by Sandra Mulholland', '14 March 2025'];
const P1_F = [
  'Home',
  'Lessons',
  'Prices',
  'Intensive Courses',
  'Areas Covered',
  'Pass Plus',
  'Blog',
  'Book Now',
  'Call us on 01423 555 019',
  'Categories',
  'Test Tips',
  'Theory Test',
  'News',
  'Recent Posts',
  'What to expect on your first lesson',
  'Manual or automatic?',
  'Gift vouchers available',
  'Share this',
  'Facebook',
  'WhatsApp',
  'Leave a Reply',
  'Your email address will not be published.',
  'Post Comment',
  'Cookie Settings',
  'Accept All',
  '© Greenlane Driving School 2025',
];

const htmlP0 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lesson 7: Building Major Scales | Stave &amp; Bar</title>
<meta name="description" content="A major scale is a set of seven notes built from a fixed pattern of steps. Once you know the pattern you can start
on an"><meta property="og:site_name" content="Stave &amp; Bar">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lesson 7: Building Major Scales"}</script>
<script src="/assets/js/site.min.js" defer></script></head>
<body class="lesson-page">
<a class="site-logo" href="/">Stave &amp; Bar</a>
<header class="topbar"><nav><ul>${links(P0_F.slice(0, 8))}</ul></nav></header>
<div class="lesson-wrap"><main class="lesson">
<h1 class="entry-title">Lesson 7: Building Major Scales</h1>
<div class="entry-meta"><span class="meta">Written by Idris Okonkwo-Bell</span></div>
<section class="lesson-body">
<p>${P0_P[0]}</p>
<h2>${P0_HEAD[0]}</h2>
<p>${P0_P[1]}</p>
<h2>${P0_HEAD[1]}</h2>
<p>${P0_P[2]}</p>
<ul>${li(P0_LI)}</ul>
<h2>${P0_HEAD[2]}</h2>
<p>${P0_P[3]}</p>
</section></main>
<aside class="lesson-aside"><div class="ad-slot" data-ad-unit="lesson-right"></div><ul>${links(P0_F.slice(8, 13))}</ul></aside></div>
<footer class="site-foot">
<ul>${links(P0_F.slice(13))}</ul></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>`;
const htmlP1 = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ten Tips to Pass Your Driving Test First Time | Greenlane Driving School</title>
<meta name="description" content="Nerves cause more test failures than bad driving. These tips come from our instructors, who between them have
prepared m"><meta property="og:site_name" content="Greenlane Driving School">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ten Tips to Pass Your Driving Test First Time"}</script>
<script src="/assets/js/site.min.js" defer></script></head>
<body class="post-template-default single wp-theme-astra">
<a class="site-logo" href="/">Greenlane Driving School</a>
<header class="site-header ast-primary-header-bar"><nav class="main-header-menu"><ul>${links(P1_F.slice(0, 8))}</ul></nav></header>
<div id="content" class="site-content"><div id="primary"><article class="post ast-article-single">
<h1 class="entry-title">Ten Tips to Pass Your Driving Test First Time</h1>
<div class="entry-meta"><span class="meta">Posted by Sandra Mulholland</span> <span class="meta">14 March 2025</span></div>
<div class="entry-content clear">
<p>${P1_P[0]}</p>
<h2>${P1_HEAD[0]}</h2>
<p>${P1_P[1]}</p>
<ul>${li(P1_LI)}</ul>
<h2>${P1_HEAD[1]}</h2>
<p>${P1_P[2]}</p>
<h2>${P1_HEAD[2]}</h2>
<p>${P1_P[3]}</p>
</div></article><div id="comments"><div id="respond" class="comment-respond"></div></div></div>
<div id="secondary" class="widget-area"><ul>${links(P1_F.slice(8, 18))}</ul></div></div>
<footer class="site-footer">
<ul>${links(P1_F.slice(18))}</ul></footer>
<script>window.dataLayer = window.dataLayer || [];</script></body></html>`;
export const HELDOUT233_E: readonly TestPage[] = [
  {
    name: 'heldout233-musictheory-docs',
    kind: 'docs',
    html: htmlP0,
    title: 'Lesson 7: Building Major Scales',
    headings: P0_HEAD,
    body: texts([P0_P[0] ?? '', P0_P[1] ?? '', P0_P[2] ?? '', ...P0_LI, P0_P[3] ?? '']),
    bylines: P0_BY,
    furniture: P0_F,
  },
  {
    name: 'heldout233-drivingschool-blog',
    kind: 'blog',
    html: htmlP1,
    title: 'Ten Tips to Pass Your Driving Test First Time',
    headings: P1_HEAD,
    body: texts([P1_P[0] ?? '', P1_P[1] ?? '', ...P1_LI, P1_P[2] ?? '', P1_P[3] ?? '']),
    bylines: P1_BY,
    furniture: P1_F,
  },
];
