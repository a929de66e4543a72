import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, finish, j, rowTexts, trs } from './pages-heldout652-kit.js';

/**
 * Held-out batch 652, file e: a mini golf venue's FAQ page on Webflow with question-and-answer dropdowns, and a kart club's race
 * report on Hugo (PaperMod) with a table of contents, a results table, tags and post navigation.
 */
const wTitle = 'Frequently Asked Questions';
const wIntro = 'Everything you need to know before your visit to Nine Lanterns. Can\u2019t find your answer? Drop us a message.';
const wFaq = [
  ['Do I need to book?', 'No. Walk-ins are welcome every day. At weekends and in school holidays we recommend booking a tee time online to avoid queues.'],
  ['How long does a round take?', 'Most groups finish our 18 holes in 45 minutes to an hour. Larger groups of six take a little longer.'],
  [
    'Is the course suitable for wheelchairs and buggies?',
    j(
      'The Garden course is fully step-free. The Lantern course has two holes with steps, which can be skipped;',
      'staff will give you a free replay token for them.',
    ),
  ],
  ['Can I bring my dog?', 'Well-behaved dogs on a short lead are welcome on the Garden course but not on the Lantern course, which has a bridge over water.'],
  ['What happens if it rains?', 'Both courses are partly covered. If we close for heavy rain your ticket can be used on any other day within three months.'],
  ['Do you sell food?', 'Our kiosk sells hot drinks, ice cream and snacks. The Copper Kettle café next door is open until 6pm.'],
];
const wNav = ['Home', 'Courses', 'Prices', 'Parties', 'FAQ', 'Contact'];
const wFoot = ['Nine Lanterns Mini Golf', 'Riverside Walk, Thornbury Quay', 'Open 10am – 8pm daily', 'Privacy', 'Accessibility'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 08 2027 09:12:44 GMT+0000 -->
<html data-wf-domain="www.ninelanterns.golf" data-wf-page="65a1f0c3b2d84e0012ab77c1" data-wf-site="65a1f0c3b2d84e0012ab7700"><head><meta charset="utf-8">
<title>FAQ | Nine Lanterns Mini Golf</title><meta content="Answers about booking, accessibility, dogs and rain at Nine Lanterns." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c3b2d84e0012ab7700/css/nine-lanterns.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Do I need to book?"}]}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a1f0c3/logo.svg"
loading="lazy" alt="Nine Lanterns"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${anchors(wNav, 'nav-link w-nav-link')}<a href="/book"
class="button nav-button w-button">Book a tee time</a>
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-h1">${wTitle}</h1><p
class="paragraph-large">${wIntro}</p>
</div></section><section class="section-faq"><div class="w-layout-blockcontainer container-small w-container"><div class="faq-wrapper">${wFaq
  .map(
    ([q, a], i) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle" id="w-dropdown-toggle-${i}"
aria-controls="w-dropdown-list-${i}" aria-haspopup="menu" aria-expanded="false" role="button" tabindex="0"><h3 class="faq-heading">${q}</h3>
<div class="faq-icon w-icon-dropdown-toggle" aria-hidden="true"></div></div><nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${i}"
aria-labelledby="w-dropdown-toggle-${i}"><p class="faq-paragraph">${a}</p></nav></div>`,
  )
  .join('\n')}</div><div class="faq-cta"><h4 class="heading-h4">Still have a question?</h4><a href="/contact" class="button w-button">Get in
touch</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid">${wFoot
  .slice(0, 3)
  .map((t) => `<div class="footer-text">${t}</div>`)
  .join(
    '\n',
  )}<div class="footer-links">${anchors(wFoot.slice(3), 'footer-link')}</div></div><div class="footer-copyright">© 2027 Nine Lanterns Leisure Ltd</div></div>
</footer><script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c3b2d84e0012ab7700" type="text/javascript"
crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/65a1f0c3b2d84e0012ab7700/js/webflow.4b2c1d.js"
type="text/javascript"></script>
</body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout652-webflow-golf-faq',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wFaq.map((f) => f[0] ?? ''),
  body: [wIntro, ...wFaq.map((f) => f[1] ?? '')],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...wNav, 'Book a tee time', 'Still have a question?', 'Get in touch', ...wFoot, '© 2027 Nine Lanterns Leisure Ltd'],
};

const hTitle = 'Round 4 report: rain, red flags and a first win for Priya Salt';
const hDesc = 'Copthorne Moor, Sunday 13 June. Twenty-two drivers, two heats and a final run in the worst conditions of the season.';
const hSecs = [
  {
    h: 'Heats',
    ps: [
      j(
        'The rain arrived ten minutes before the first heat and never left. Standing water at the bottom of the esses caught out four',
        'drivers on the opening lap of Heat 1, and the session was red-flagged while the marshals recovered two karts from the tyre wall.',
      ),
      j(
        'At the restart Priya Salt, who had qualified seventh, took the outside line through the esses that nobody else wanted and came',
        'through to win by four seconds. Heat 2 was calmer, with championship leader Gareth Moy controlling it from the front.',
      ),
    ],
  },
  {
    h: 'The final',
    ps: [
      j(
        'Gareth started the final from pole with Priya alongside. He led for nine of the fifteen laps, but a half-spin at the hairpin on',
        'lap ten let her through, and she kept it clean to the flag. It is her first win in three seasons with the club.',
      ),
      j(
        '\u201cI just kept away from everyone else\u2019s line,\u201d Priya said afterwards. \u201cThe outside was wet but it had grip. Nobody',
        'believed me until it was too late.\u201d',
      ),
      j(
        'Behind them, Tom Aldous recovered from a first-lap spin to take third, and rookie Kenji Rowe finished fifth in only his second',
        'race with the club.',
      ),
    ],
  },
  { h: 'Result', ps: [] },
  {
    h: 'Championship',
    ps: [
      j(
        'Gareth still leads with 148 points, but his margin over Priya is down to 11. Round 5 is back at Copthorne Moor on 11 July, and the',
        'entry list opens on Monday.',
      ),
      'Thanks as always to our marshals, who stood in the rain for six hours so the rest of us could have fun.',
    ],
  },
];
const hRows = [
  ['1', 'Priya Salt', '15 laps', '11:42.306'],
  ['2', 'Gareth Moy', '+2.118'],
  ['3', 'Tom Aldous', '+9.540'],
  ['4', 'Ruth Penhallow', '+11.027'],
  ['5', 'Kenji Rowe', '+14.860'],
];
const hNav = ['Posts', 'Results', 'Calendar', 'Join'];
const hToc = (): string => hSecs.map((s) => `<li><a href="#${s.h.toLowerCase().replace(/ /g, '-')}" aria-label="${s.h}">${s.h}</a></li>`).join('\n');
const hSec = (s: (typeof hSecs)[number]): string =>
  `<h2 id="${s.h.toLowerCase().replace(/ /g, '-')}">${s.h}<a hidden class="anchor" aria-hidden="true" href="#${s.h.toLowerCase()}">#</a></h2>
${s.h === 'Result' ? `<table><thead><tr><th>Pos</th><th>Driver</th><th>Gap</th><th></th></tr></thead><tbody>${trs(hRows)}</tbody></table>` : ps(s.ps)}`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.125.4"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Moorland Kart Club</title><meta name="keywords" content="results, round 4"><meta name="description" content="${hDesc}">
<meta name="author" content="Tom Aldous"><link rel="canonical" href="https://moorlandkartclub.org.uk/posts/2027-round-4-report/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d.css" integrity="sha256-tgnh8k" rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2027-06-14T08:00:00+01:00",
"author":[{"@type":"Person","name":"Tom Aldous"}],"publisher":{"@type":"Organization","name":"Moorland Kart Club"}}</script></head>
<body id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://moorlandkartclub.org.uk/" accesskey="h"
title="Moorland Kart Club (Alt + H)">Moorland Kart Club</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24"
height="18"></svg></button>
</div></div><ul id="menu">${hNav.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a
href="https://moorlandkartclub.org.uk/">Home</a>&nbsp;»&nbsp;
<a href="https://moorlandkartclub.org.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div
class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-06-14 08:00:00 +0100 BST'>June 14, 2027</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Tom Aldous</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div
class="inner"><ul>${hToc()}</ul></div>
</details></div><div class="post-content">${ps([
  j('Three rounds, three different winners, and now a fourth.', 'Here is how the wettest round of the year unfolded.'),
])}
${hSecs.map(hSec).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/results/">results</a></li><li><a href="/tags/copthorne-moor/">copthorne
moor</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/2027-round-5-entries/"><span class="title">« Prev</span><br><span>Round 5 entries are open</span></a>
<a class="next" href="/posts/2027-round-3-report/"><span class="title">Next »</span><br><span>Round 3 report: Moy makes it three from three</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on x"
href="https://x.com/intent/tweet/?text=Round%204"><svg></svg></a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="share on facebook"
href="https://facebook.com/sharer/sharer.php?u=x"><svg></svg></a></li></ul></footer>
</article></main><footer class="footer"><span>&copy; 2027 <a href="https://moorlandkartclub.org.uk/">Moorland Kart Club</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link"
accesskey="g"><svg></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click", () => { localStorage.setItem("pref-theme", "light"); })</script></body></html>`;
const hugoReport: TestPage = {
  name: 'heldout652-hugo-kart-report',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([
    hDesc,
    'Three rounds, three different winners, and now a fourth. Here is how the wettest round of the year unfolded.',
    ...hSecs.slice(0, 2).flatMap((s) => s.ps),
    ...rowTexts(hRows),
    ...hSecs.slice(3).flatMap((s) => s.ps),
  ]),
  bylines: ['June 14, 2027', 'Tom Aldous'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Moorland Kart Club', ...hNav, 'Home', '3 min', 'Table of Contents', 'copthorne moor', '« Prev', 'Round 5 entries are open', 'Next »',
    'Round 3 report: Moy makes it three from three', '© 2027 Moorland Kart Club', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT652_E: readonly TestPage[] = [webflowFaq, hugoReport].map(finish);
