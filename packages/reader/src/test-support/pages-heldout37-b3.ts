import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 37, file b3: a post on a site built from Astro's blog starter, served as Astro compresses it (the starter's
 * header with site name, internal links and the social icons with their screen-reader labels, the hero image, the date and
 * "Last updated on" line above the h1 and its rule, Markdown content with an ordered list and a blockquote, and the starter's
 * footer with the copyright and the same social icons, whose labels the owner never changed from the template's).
 */
const asTitle = 'Bringing a 1978 Cassette Deck Back from the Loft';
const asP1 = [
  'The deck came down from my parents’ loft in a bin bag, wrapped in a beach towel that had clearly been there since the eighties. ' +
    'It is a silver front-loader with two VU meters and a tape counter, and the last time anyone pressed play on it was probably ' +
    'when I was at school.',
  'Plugged in, it did almost everything a cassette deck should do except move tape. The motor spun, the meters lit up, the heads ' +
    'engaged, and the capstan sat perfectly still.',
];
const asH1 = 'Belts turn to tar';
const asP2 = [
  'Almost every deck of this age has the same problem. The rubber drive belts slowly break down into a black, sticky paste, and by ' +
    'the time you open the case they have either snapped or melted onto the pulleys. Mine had done both: the main capstan belt was ' +
    'in three pieces and the counter belt had fused itself to the flywheel.',
  'Cleaning that residue off took longer than anything else in the job. Isopropyl alcohol and cotton buds eventually shift it, but ' +
    'it smears before it lifts, and it gets everywhere.',
];
const asH2 = 'Measuring for replacements';
const asP3 = [
  'Original belts for this model have not been made for decades, so the usual approach is to measure the path and order a generic ' +
    'square-section belt of the right length. I wrapped a piece of cotton thread around the pulleys, marked it, and measured it flat. ' +
    'Belts need to be a little shorter than the path so they stay under tension, and the rule of thumb on the repair forum I ' +
    'trust most is five per cent shorter.',
];
const asList = [
  'Remove the old belts and clean every pulley and the flywheel rim.',
  'Measure each belt path with thread and subtract five per cent.',
  'Fit the new belts without touching the running surfaces with your fingers.',
  'Check the speed against a test tape and adjust the trimmer on the motor.',
];
const asH3 = 'Getting the speed right';
const asP4 = [
  'With new belts fitted the tape moved again, but a familiar song sounded slightly too fast. The motor has a small speed trimmer ' +
    'reachable through a hole in its case, and with a 3150 Hz test tone and a frequency counter app on my phone I nudged it until ' +
    'the reading settled within half a per cent.',
];
const asQuote =
  'A deck that runs fast sounds brighter and more exciting for ten seconds, and then everyone on the tape starts to sound as if ' +
  'they have been breathing helium.';
const asP5 = [
  'That was the advice of the forum’s resident expert, and he was right. The deck now plays every tape I have thrown at it, ' +
    'including a compilation from 1991 that I am not going to describe here. Total cost: eleven pounds for belts, and most of a weekend.',
];
const cid = (c: string): string => ` data-astro-cid-${c}`;
const hc = cid('3ef6ksr2');
const social = (c: string): string =>
  [
    `<a href="https://m.webtoo.ls/@astro" target="_blank"${cid(c)}><span class="sr-only"${cid(c)}>Follow Astro on Mastodon</span>`,
    `<svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32"${cid(c)}><path fill="currentColor" d="M11.19 12.195c2.016-.24"${cid(c)}>`,
    `</path></svg></a><a href="https://twitter.com/astrodotbuild" target="_blank"${cid(c)}><span class="sr-only"${cid(c)}>Follow Astro on `,
    `Twitter</span><svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32"${cid(c)}><path fill="currentColor" d="M5.026 15c6.038 0"`,
    `${cid(c)}></path></svg></a><a href="https://github.com/withastro/astro" target="_blank"${cid(c)}><span class="sr-only"${cid(c)}>Go to `,
    `Astro's GitHub repo</span><svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32"${cid(c)}><path fill="currentColor" d="M8 0C3.58"`,
    `${cid(c)}></path></svg></a>`,
  ].join('');
const navLink = (href: string, t: string, active: boolean): string => `<a href="${href}"${active ? ' class="active"' : ''}${cid('eimmu3lg')}>${t}</a>`;
const asHtml = [
  '<!DOCTYPE html><html lang="en"> <head><!-- Global Metadata --><meta charset="utf-8"><meta name="viewport" content="width=device-width,',
  'initial-scale=1"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><link rel="sitemap" href="/sitemap-index.xml"><link rel="alternate" ',
  'type="application/rss+xml" title="Tape Hiss" href="https://tapehiss.example/rss.xml"><meta name="generator" content="Astro v5.13.2"><!-- ',
  'Font preloads --><link rel="preload" href="/_astro/atkinson-regular.CJ3kt0ya.woff" as="font" type="font/woff" crossorigin><!-- Canonical URL ',
  '--><link rel="canonical" href="https://tapehiss.example/blog/cassette-deck-belts/"><!-- Primary Meta Tags --><title>',
  `${asTitle}</title><meta name="title" content="${asTitle}"><meta name="description" content="New belts, a speed trimmer and a weekend.">`,
  '<!-- Open Graph / Facebook --><meta property="og:type" content="website"><meta property="og:image" content="https://tapehiss.example/',
  '_astro/deck-open.Bq3rT1xk.jpg"><link rel="stylesheet" href="/_astro/about.DAf9GIp0.css"><style>main[data-astro-cid-bvzihdzo]{width:',
  'calc(100% - 2em);max-width:100%;margin:0}.hero-image[data-astro-cid-bvzihdzo]{width:100%}.hero-image[data-astro-cid-bvzihdzo] img{display:',
  'block;margin:0 auto;border-radius:12px;box-shadow:var(--box-shadow)}.prose[data-astro-cid-bvzihdzo]{width:720px;max-width:calc(100% - 2em);',
  'margin:auto;padding:1em;color:rgb(var(--gray-dark))}.title[data-astro-cid-bvzihdzo]{margin-bottom:1em;padding:1em 0;text-align:center;',
  'line-height:1}.date[data-astro-cid-bvzihdzo]{margin-bottom:.5em;color:rgb(var(--gray))}.last-updated-on[data-astro-cid-bvzihdzo]{',
  'font-style:italic}</style></head> <body> <header',
  hc,
  '> <nav',
  hc,
  '> <h2',
  hc,
  '><a href="/"',
  hc,
  '>Tape Hiss</a></h2> <div class="internal-links"',
  hc,
  '> ',
  navLink('/', 'Home', false),
  ' ',
  navLink('/blog', 'Blog', true),
  ' ',
  navLink('/about', 'About', false),
  ' </div> <div class="social-links"',
  hc,
  '> ',
  social('3ef6ksr2'),
  ' </div> </nav> </header> <main data-astro-cid-bvzihdzo> <article data-astro-cid-bvzihdzo> <div class="hero-image" data-astro-cid-bvzihdzo> ',
  '<img src="/_astro/deck-open.Bq3rT1xk_Z1kqAyx.webp" srcset="/_astro/deck-open.Bq3rT1xk_Z1kqAyx.webp 1020w" alt="" width="1020" height="510" ',
  'loading="lazy" decoding="async" data-astro-cid-bvzihdzo> </div> <div class="prose" data-astro-cid-bvzihdzo> <div class="title" ',
  'data-astro-cid-bvzihdzo> <div class="date" data-astro-cid-bvzihdzo> <time datetime="2025-04-06T00:00:00.000Z"> Apr 6, 2025 </time> ',
  '<div class="last-updated-on" data-astro-cid-bvzihdzo>\nLast updated on <time datetime="2025-04-09T00:00:00.000Z"> Apr 9, 2025 </time> ',
  `</div> </div> <h1 data-astro-cid-bvzihdzo>${asTitle}</h1> <hr data-astro-cid-bvzihdzo> </div> `,
  asP1.map((p) => `<p>${p}</p>\n`).join(''),
  `<h2 id="belts-turn-to-tar">${asH1}</h2>\n`,
  asP2.map((p) => `<p>${p}</p>\n`).join(''),
  '<p><img alt="The old capstan belt in three pieces next to a ruler" src="/_astro/old-belt.C8dL2vQe_1yLfQn.webp" width="1200" height="800" ',
  'loading="lazy" decoding="async"></p>\n',
  `<h2 id="measuring-for-replacements">${asH2}</h2>\n<p>${asP3[0]}</p>\n<ol>\n`,
  asList.map((t) => `<li>${t}</li>\n`).join(''),
  `</ol>\n<h2 id="getting-the-speed-right">${asH3}</h2>\n<p>${asP4[0]}</p>\n<blockquote>\n<p>${asQuote}</p>\n</blockquote>\n`,
  `<p>${asP5[0]}</p> </div> </article> </main> <footer data-astro-cid-sz7xmlte>\n&copy; 2025 Leon Fairbairn. All rights reserved.\n`,
  '<div class="social-links" data-astro-cid-sz7xmlte> ',
  social('sz7xmlte'),
  ' </div> </footer> </body></html>',
].join('');
export const astroPost: TestPage = {
  html: asHtml,
  name: 'heldout37-astro-blog-starter',
  kind: 'blog',
  // the starter prints no author: the two dates are the bylines ("Last updated on" kept with its date); the blockquote is the
  // forum expert's words quoted in the article: body; the footer's copyright (the owner's name) is furniture, as are the header's
  // site name, links and the starter's untouched "Follow Astro on ..." labels; the image has no caption (alt only); the nav's
  // "Home", "Blog" and "About" are no body words here and are kept
  title: asTitle,
  headings: [asH1, asH2, asH3],
  body: [...texts(asP1), ...texts(asP2), ...texts(asP3), ...asList, ...texts(asP4), asQuote, ...texts(asP5)],
  bylines: ['Apr 6, 2025', 'Last updated on Apr 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tape Hiss', 'Home', 'Blog', 'About', 'Follow Astro on Mastodon', 'Follow Astro on Twitter', "Go to Astro's GitHub repo",
    '2025 Leon Fairbairn. All rights reserved.',
  ],
};
