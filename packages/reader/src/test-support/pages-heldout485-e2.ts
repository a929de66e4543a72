import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout485-kit.js';

/** Held-out batch 485, file e2: an amateur orchestra's guide for new members on Hugo (Ananke theme) with share links and a contents box. */
const hTitle = 'A guide for new members';
const hIntro = [
  j(
    'Welcome to the Fellside Sinfonia! This page collects the things new players usually ask about in their first few weeks.',
    'If anything here is out of date, tell the committee and we will fix it.',
  ),
];
const hSecs: { id: string; h: string; paras: string[]; list?: string[] }[] = [
  {
    id: 'before-your-first-rehearsal',
    h: 'Before your first rehearsal',
    paras: [
      j(
        'Your section leader will send you the parts for the current concert by email about a week before you start. Print them',
        'on A4 and put them in a black folder; we do not play from tablets in concerts, although some players use them at',
        'home for practice.',
      ),
      'Please bring:',
    ],
    list: ['your instrument and a stand light, as the church hall is dim in winter', 'a pencil with an eraser', 'a music stand, if you have one'],
  },
  {
    id: 'rehearsals',
    h: 'Rehearsals',
    paras: [
      j(
        'We meet on Monday evenings at Fellside Methodist Hall, from 7.30pm to 9.45pm with a fifteen-minute break for tea. Please',
        'arrive in time to help set out the chairs; the last fifteen minutes are for putting them away again.',
      ),
      j(
        'If you cannot come, tell your section leader as early as you can. We understand that work and family come first, but',
        'we do need to know whether a part will be covered, especially in the fortnight before a concert.',
      ),
    ],
  },
  {
    id: 'section-leaders',
    h: 'Section leaders',
    paras: ['These are the people to contact about parts, seating and absences:'],
  },
  {
    id: 'concert-dress',
    h: 'Concert dress',
    paras: [
      j(
        'Concert dress is all black: long sleeves, long trousers or a long skirt, and black shoes. Soloists may wear what they',
        'like. For the summer garden concert we relax this to black and white.',
      ),
    ],
  },
  {
    id: 'money',
    h: 'Money',
    paras: [
      j(
        'The subscription is £120 a year, payable in September, or £40 a term. Nobody should stop playing because of the cost:',
        'speak to the treasurer in confidence and we will find a way.',
      ),
    ],
  },
];
const hLeaders = [
  ['Violin 1', 'Annika Lund', 'leader@fellsidesinfonia.org'],
  ['Violin 2', 'Mark Oduya', 'violins@fellsidesinfonia.org'],
  ['Viola and cello', 'Siobhan Teague', 'lowstrings@fellsidesinfonia.org'],
  ['Woodwind', 'Pete Harrow', 'winds@fellsidesinfonia.org'],
  ['Brass and percussion', 'Rhiannon Cole', 'brass@fellsidesinfonia.org'],
];
const hNav = ['About', 'Concerts', 'Join', 'Handbook', 'Contact'];
const hBody = hSecs
  .map(
    (s) => `<h2 id="${s.id}">${s.h}</h2>
${ps(s.paras)}${s.list === undefined ? '' : `\n<ul>\n${lis(s.list)}\n</ul>`}${
  s.id === 'section-leaders'
    ? `\n<table>\n<thead>\n<tr>\n<th>Section</th>\n<th>Leader</th>\n<th>Email</th>\n</tr>\n</thead>\n<tbody>\n${trs(hLeaders)}\n</tbody>\n</table>`
    : ''
}`,
  )
  .join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Fellside Sinfonia</title>
<meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="Things new players usually ask about in their first few weeks.">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://fellsidesinfonia.org/handbook/new-members/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="handbook">
<meta property="article:published_time" content="2026-09-01T00:00:00+01:00"><meta itemprop="wordCount" content="512"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Fellside Sinfonia</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${hNav
  .map(
    (n) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${n.toLowerCase()}/" title="${n} page">${n}</a></li>`,
  )
  .join('\n')}</ul><div class="ananke-socials"></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Handbook</aside><div id="sharing" class="mt3 ananke-socials">
<a href="https://www.facebook.com/sharer.php?u=https://fellsidesinfonia.org/handbook/new-members/" class="ananke-social-link facebook no-underline"
title="Share on Facebook"
aria-label="share on Facebook" target="_blank" rel="nofollow noopener noreferrer"><span class="icon"><svg height="32px" viewBox="0 0 512 512">
<path d="M28.08,6.51c-1.7"/></svg>
</span></a><a href="https://bsky.app/intent/compose?text=https://fellsidesinfonia.org/handbook/new-members/" class="ananke-social-link bluesky no-underline"
title="Share on Bluesky" aria-label="share on Bluesky" target="_blank" rel="nofollow noopener noreferrer"><span class="icon">
<svg height="32px" viewBox="0 0 512 512">
<path d="M111.8 62.2C170.2"/></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Dorothy Fenwick</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-09-01T00:00:00+01:00">September 1, 2026</time><span class="f6 mv4 dib tracked"> - 3 minutes read</span>
<span class="f6 mv4 dib tracked"> - 512 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(hIntro)}
${hBody}
<ul class="pa0"><li class="list di"><a href="/tags/members/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">members</a></li>
<li class="list di"><a href="/tags/rehearsals/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">rehearsals</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this post</p>
<nav id="TableOfContents"><ul>${hSecs.map((s) => `<li><a href="#${s.id}">${s.h}</a></li>`).join('\n')}</ul></nav></div>
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul class="pa0 list">
${links(['Concert calendar 2026-27', 'Borrowing music from the library'], 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://fellsidesinfonia.org/">&copy; Fellside Sinfonia 2026</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugo: TestPage = finish({
  name: 'heldout485-hugo-new-members',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s.h),
  body: texts([...hIntro, ...hSecs.flatMap((s) => [...s.paras, ...(s.list ?? []), ...(s.id === 'section-leaders' ? rowTexts(hLeaders) : [])])]),
  bylines: ['By Dorothy Fenwick', 'September 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fellside Sinfonia', ...hNav, 'Handbook', '- 3 minutes read', '- 512 words', 'members', 'rehearsals', "What's in this post", 'Related',
    'Concert calendar 2026-27', 'Borrowing music from the library', '© Fellside Sinfonia 2026',
  ],
});

export const HELDOUT485_E2: readonly TestPage[] = [hugo];
