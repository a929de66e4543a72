import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rows, rowText } from './pages-heldout549-kit.js';

/**
 * Held-out batch 549, file e: a puppy kindergarten landing page on Webflow and an agility trial's schedule page on a Hugo site
 * (Ananke theme) with a classes table.
 */
const wTitle = 'Puppy Kindergarten';
const wDek = 'Eight weeks to a confident, curious puppy. Small groups, big results.';
const wFeat: [string, string][] = [
  ['Socialisation, done gently', 'Puppies meet new surfaces, sounds and friendly adults at their own pace, with a trainer watching body language throughout.'],
  ['Life skills first', 'Name response, recall, handling and a settle on a mat: the skills you will use every single day.'],
  ['Support between classes', 'Every family gets access to our video library and a weekly check-in message from their trainer.'],
];
const wFaq: [string, string][] = [
  ['How old does my puppy need to be?', 'Puppies can join from nine weeks until sixteen weeks old at the start of the course.'],
  ['Do I need to bring anything?', 'A flat collar or harness, a lead, soft treats and your puppy&rsquo;s vaccination record.'],
];
const wNav = ['Classes', 'Private Training', 'Our Trainers', 'FAQ'];
const wHtml = `<!DOCTYPE html><!-- Last Published: Tue Sep 08 2026 14:22:03 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.sproutandsitpuppies.com" data-wf-page="65b0c1a2d3e4f5a6b7c8d9e0" data-wf-site="65b0c1a2d3e4f5a6b7c8d9aa" lang="en"><head>
<meta charset="utf-8"><title>Puppy Kindergarten | Sprout &amp; Sit Puppy School</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b0c1a2d3e4f5a6b7c8d9aa/css/sprout-and-sit.webflow.4c1e2.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Puppy Kindergarten","provider":{"@type":"Organization",
"name":"Sprout & Sit Puppy School"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current">
<img src="https://assets-global.website-files.com/65b0c1a2d3e4f5a6b7c8d9aa/logo.svg" loading="lazy"
alt="Sprout &amp; Sit" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/enrol" class="button-nav w-button">Enrol now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container-large"><div class="hero-grid w-layout-grid"><div class="hero-content">
<div class="eyebrow">Ages 9 to 16 weeks</div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wDek}</p><div class="button-row"><a href="/enrol" class="button w-button">Enrol now</a>
<a href="#faq" class="button-secondary w-button">Read the FAQ</a></div></div>
<img src="https://assets-global.website-files.com/65b0c1a2d3e4f5a6b7c8d9aa/hero-puppy.webp"
loading="lazy" sizes="(max-width: 767px) 100vw, 50vw" alt="A spaniel puppy sitting on a blue mat" class="hero-image"></div></div></section>
<section class="section-features"><div class="container-large"><div class="features-grid w-layout-grid">
${wFeat
  .map(
    ([h, p]) => `<div class="feature-card"><div class="feature-icon w-embed"><svg width="32" height="32"></svg></div>
<h3 class="heading-s">${h}</h3><p class="paragraph-m">${p}</p></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section-testimonial"><div class="container-medium"><div class="testimonial-card"><p class="quote-text">"Olive went from hiding under the chair
to greeting every puppy in the room. We couldn't recommend it more."</p><div class="quote-author">The Adebayo family</div></div></div></section>
<section id="faq" class="section-faq"><div class="container-medium"><h2 class="heading-l">Frequently asked questions</h2><div class="faq-list">
${wFaq
  .map(
    ([q, a]) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle"><h4 class="faq-q-text">${q}</h4>
<div class="faq-icon w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="paragraph-m">${a}</p></nav></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section-cta"><div class="container-medium"><h2 class="heading-l">Next course starts 3 October</h2>
<a href="/enrol" class="button w-button">Enrol now</a></div></section>
<footer class="footer"><div class="container-large"><div class="footer-grid w-layout-grid"><div class="footer-brand">Sprout &amp; Sit Puppy School</div>
<div class="footer-links">${wNav.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Sprout &amp; Sit Puppy School. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b0c1a2d3e4f5a6b7c8d9aa" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65b0c1a2d3e4f5a6b7c8d9aa/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = finish({
  name: 'heldout549-webflow-kindergarten',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wFeat.map(([h]) => h), 'Frequently asked questions', ...wFaq.map(([q]) => q)],
  body: texts([wDek, ...wFeat.map(([, p]) => p), ...wFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Enrol now', 'Ages 9 to 16 weeks', 'Read the FAQ',
    '"Olive went from hiding under the chair to greeting every puppy in the room. We couldn\'t recommend it more."',
    'The Adebayo family', 'Next course starts 3 October', 'Sprout & Sit Puppy School', '© 2026 Sprout & Sit Puppy School. All rights reserved.',
  ],
});

const hTitle = 'Autumn Agility Trial 2026: Schedule and Classes';
const hIntro = [
  j(
    'The Orrin Valley Dog Sports Club autumn trial runs over two days at the Tallis County Fairgrounds. Both rings are on grass',
    'under lights. Crating is in the cattle barn; please do not tape down crates on the show ring side of the barn.',
  ),
  'Judges this year are Marguerite Osei (Ring 1) and Dale Fenwick (Ring 2).',
];
const hClasses = [
  ['Saturday 17 October', 'Ring 1', 'Standard, Masters then Excellent', '7:30am'],
  ['Saturday 17 October', 'Ring 2', 'Jumpers with Weaves, all levels', '7:45am'],
  ['Sunday 18 October', 'Ring 1', 'Premier Standard', '7:30am'],
  ['Sunday 18 October', 'Ring 2', 'Time 2 Beat and FAST', '8:00am'],
];
const hAfter = [
  'Entries close on Wednesday 30 September at 6pm or when the limit of 350 runs a day is reached.',
  'Move-ups must be emailed to the trial secretary by 6pm on the Wednesday before the trial.',
  'Bitches in season may not be entered.',
];
const hNav = ['Trials', 'Classes', 'Membership', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Orrin Valley Dog Sports Club</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="Schedule, judges and classes for the autumn trial.">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-08-21T09:00:00-05:00"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Orrin Valley Dog Sports Club</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside class="instapaper_ignore
left-0 w-100 fixed-l bottom-0 pa3 pa4-ns center"><span class="f6 b mid-gray">Trials</span></aside>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Trial Committee</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-08-21T09:00:00-05:00">August 21, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(hIntro)}
<h2 id="classes-and-start-times">Classes and start times</h2>
<table><thead><tr><th>Day</th><th>Ring</th><th>Classes</th><th>Walk-through</th></tr></thead><tbody>
${rows(hClasses)}
</tbody></table>
<h2 id="entries">Entries</h2><ul>${lis(hAfter)}</ul>
<p><a href="/files/autumn-2026-premium.pdf">Download the full premium list (PDF)</a></p></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this post</p>
<nav id="TableOfContents"><ul><li><a href="#classes-and-start-times">Classes and start times</a></li><li><a href="#entries">Entries</a></li></ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
<li class="mb2"><a href="/trials/spring-trial-2026-results/">Spring Trial 2026 results</a></li></ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://www.orrinvalleydogsports.org/">&copy; 2026 Orrin Valley Dog Sports Club</a></div></footer></body></html>`;
const hugo: TestPage = finish({
  name: 'heldout549-hugo-ananke-trial',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Classes and start times', 'Entries'],
  body: [...hIntro, ...hClasses.map(rowText), ...hAfter],
  bylines: ['By Trial Committee', 'August 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orrin Valley Dog Sports Club', ...hNav, 'Download the full premium list (PDF)', "What's in this post", 'Related', 'Spring Trial 2026 results',
    '© 2026 Orrin Valley Dog Sports Club',
  ],
});

export const HELDOUT549_E: readonly TestPage[] = [webflow, hugo];
