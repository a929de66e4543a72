import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file e2: a trampoline club's badge guide on Hugo (PaperMod theme) with a table of contents, breadcrumbs,
 * tags and previous / next links.
 */
const hTitle = 'Trampoline proficiency badges explained';
const hDesc = 'What each of the ten club badges asks for, how assessment works and how long a badge usually takes.';
type Sec = readonly [string, 2 | 3, readonly string[], readonly string[]];
const hSecs: readonly Sec[] = [
  [
    'How the badges work',
    2,
    [
      j(
        'Every recreational bouncer at Dunmere Trampoline Club works through our ten proficiency badges. Each badge has a short list of',
        'skills and a routine that links them together. Bouncers move on to the next badge once a coach has seen them perform the whole',
        'routine with control, staying in the middle of the bed.',
      ),
      j(
        'Most children take a term to pass each of the first three badges and longer for the later ones. There is no rush: a bouncer who',
        'spends two terms on badge 5 will be safer and more confident on badge 6 than one who scraped through.',
      ),
    ],
    [],
  ],
  [
    'Badges 1 to 3: the basics',
    2,
    [
      j(
        'The first badges are about controlling the bounce. Bouncers learn to stop dead on the coach\u2019s call (the \u201ckill\u201d), to keep',
        'their arms moving in circles, and to land every shape back where they took off.',
      ),
    ],
    [
      'Badge 1: straight bounce, kill, tuck jump, straddle jump and pike jump',
      'Badge 2: seat drop, hands and knees drop, half twist jump and full twist jump',
      'Badge 3: seat drop half twist to seat drop, front drop from hands and knees, and a ten-bounce routine',
    ],
  ],
  [
    'Badges 4 to 6: adding rotation',
    2,
    [
      j(
        'From badge 4 bouncers start to turn over. Every new rotating skill is taught first with a coach spotting from the bed or with a',
        'push-in mat, and is only performed alone once the coach is happy.',
      ),
    ],
    [
      'Badge 4: back drop, front drop from feet, and a swivel hips',
      'Badge 5: back drop half twist to feet, cat twist, and a forward turnover to back drop',
      'Badge 6: tuck front somersault, and a routine of ten different skills without extra bounces',
    ],
  ],
  [
    'Badges 7 to 10: towards competition',
    2,
    [
      j(
        'The last four badges bring in back somersaults and twisting somersaults, and the routines look like the set routines used at',
        'novice competitions. Bouncers who pass badge 8 are invited to try the club\u2019s Friday competition group.',
      ),
    ],
    [
      'Badge 7: tuck back somersault and pike back somersault',
      'Badge 8: straight back somersault and barani (a front somersault with a half twist)',
      'Badge 9: back somersault with a full twist, and a routine with two somersaults',
      'Badge 10: a ten-skill routine with three somersaults, judged to competition standard',
    ],
  ],
  [
    'How assessment works',
    2,
    [
      j(
        'Coaches assess during normal sessions, usually in the last fifteen minutes. We do not hold separate test days, because many',
        'bouncers get nervous when they know they are being watched. When a bouncer passes, their name goes on the board in the hall',
        'and the badge and certificate follow within a few weeks.',
      ),
      j(
        'Badges cost £4.50 each, including the certificate, and are added to the next term\u2019s invoice. You do not have to buy the',
        'badge for your child to move on, but most children love collecting them.',
      ),
    ],
    [],
  ],
  [
    'Safety on the trampoline',
    2,
    ['Whatever the badge, the same rules apply in every session:'],
    [
      'one bouncer on each trampoline at a time',
      'socks or trampoline shoes, never bare feet, and no jewellery or hair clips',
      'spotters stand at every side of the bed while someone is bouncing',
      'no somersaults without a coach watching, even for badge 10 bouncers',
      'climb on and off the trampoline, never jump off',
    ],
  ],
  ['Frequently asked questions', 2, [], []],
  [
    'My child has passed badges at another club. Do they start again?',
    3,
    [
      j(
        'No. Bring their last certificate to the first session and the coach will watch their routine. Most bouncers carry on from the',
        'badge they have, although sometimes we ask them to repeat one badge to settle in.',
      ),
    ],
    [],
  ],
  [
    'Can adults take the badges?',
    3,
    ['Yes. Our adult session on Wednesday evenings follows the same badges, and several parents have reached badge 6 or above.'],
    [],
  ],
  [
    'What happens after badge 10?',
    3,
    [
      j(
        'Bouncers who finish the scheme usually join the competition group, or move on to the advanced recreational class, which works',
        'on synchronised pairs and double-mini trampoline for fun.',
      ),
    ],
    [],
  ],
];
const hNav = ['Sessions', 'Badges', 'Competition', 'News', 'Contact'];
const hId = (h: string): string =>
  h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const hSec = ([h, lvl, paras, items]: Sec): string =>
  `<h${lvl} id="${hId(h)}">${h}<a hidden class="anchor" aria-hidden="true" href="#${hId(h)}">#</a></h${lvl}>\n${ps(paras)}${
    items.length > 0
      ? `\n
<ul>\n${lis(items)}\n</ul>`
      : ''
  }`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Dunmere Trampoline Club</title><meta name="keywords" content="badges, recreational, safety"><meta name="description" content="${hDesc}">
<meta name="author" content="Coaching team"><link rel="canonical" href="https://dunmeretrampoline.org.uk/guides/badges/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.d6fcd20a4fb86efa4dfac8ec95da60244cc8871042183da1ef28e3a762ad79c8.css" rel="preload stylesheet"
as="style">
<meta name="generator" content="Hugo 0.126.1"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-12T00:00:00+00:00",
"wordCount":"1024","author":[{"@type":"Person","name":"Coaching team"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://dunmeretrampoline.org.uk/" accesskey="h"
title="Dunmere Trampoline Club (Alt + H)">Dunmere Trampoline Club</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18">
</svg></button></div></div>
<ul id="menu">${hNav
  .map(
    (t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span${t === 'Badges' ? ' class="active"' : ''}>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://dunmeretrampoline.org.uk/">Home
</a>&nbsp;»&nbsp;<a
href="https://dunmeretrampoline.org.uk/guides/">Guides</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}
</div>
<div class="post-meta"><span title='2026-01-12 00:00:00 +0000 UTC'>January 12, 2026</span>&nbsp;·&nbsp;5 min&nbsp;·&nbsp;1024 words&nbsp;·&nbsp;Coaching team
</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs.map(([h, lvl]) => `<li><a href="#${hId(h)}" aria-label="${h}">${h}</a></li>`.replace('<li>', lvl === 3 ? '<li class="sub">' : '<li>')).join('\n')}
</ul></div></details></div>
<div class="post-content">
${hSecs.map(hSec).join('\n')}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://dunmeretrampoline.org.uk/tags/recreational/">Recreational</a></li><li><a
href="https://dunmeretrampoline.org.uk/tags/safety/">Safety</a></li></ul><nav class="paginav"><a class="prev"
href="https://dunmeretrampoline.org.uk/guides/first-session/">
<span class="title">« Prev</span><br><span>Your first session: what to expect</span></a><a class="next" href="https://dunmeretrampoline.org.uk/guides/kit/">
<span class="title">Next »</span><br><span>What to wear for trampolining</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=badges"><svg
viewBox="0 0 512 512"
height="30px" width="30px"></svg></a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on facebook"
href="https://facebook.com/sharer/sharer.php?u=badges">
<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://dunmeretrampoline.org.uk/">Dunmere Trampoline Club</a></span> · <span>Powered by <a
href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
</span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6"
fill="currentColor"></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position");}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout676-hugo-papermod-badges',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([hDesc, ...hSecs.flatMap(([, , paras, items]) => [...paras, ...items])]),
  bylines: ['January 12, 2026 · 5 min · 1024 words · Coaching team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'News', 'Contact', 'Home', 'Guides', 'Table of Contents', '« Prev',
    'Your first session: what to expect', 'Next »', 'What to wear for trampolining', '© 2026 Dunmere Trampoline Club', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT676_E2: readonly TestPage[] = [hugo];
