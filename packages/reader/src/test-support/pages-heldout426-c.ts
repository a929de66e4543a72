import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout426-kit.js';

/**
 * Held-out batch 426, file c: a Pitch-style public deck (React player markup with hashed class names, slide titles as
 * role="heading" divs, the player toolbar, "Made with Pitch" badge and sign-up bar) and a Marp deck exported by marp-cli
 * (bespoke template: svg/foreignObject sections, a header and footer repeated on every slide, the on-screen controls).
 */
const pTitle = 'Kelpfield: packaging that grows back';
const pSlides: [string, string[]][] = [
  [
    'The problem',
    [
      j(
        'Food delivery in Brinmouth alone throws away an estimated 9 million plastic trays a year.',
        'Fewer than one in ten reaches a recycling line, and the rest are burned or buried.',
      ),
    ],
  ],
  [
    'Our product',
    [
      j(
        'Kelpfield trays are pressed from farmed kelp and a starch binder. They hold hot food for two hours, go in the compost',
        'bin, and break down in six to eight weeks in a home heap.',
      ),
    ],
  ],
  [
    'Traction',
    [
      '14 restaurants in a paid pilot since October',
      '61,000 trays delivered, with a reorder rate of 86 per cent',
      'A letter of intent from Harbourline Foods for 2 million trays a year',
    ],
  ],
  [
    'Unit economics',
    [
      j(
        'A tray costs us 11 cents to make at pilot scale, against 6 cents for the plastic it replaces. With the second press line',
        'and our own drying shed, we expect 7 cents by the end of next year.',
      ),
    ],
  ],
  [
    'The raise',
    [
      j(
        'We are raising 1.8 million to build the second press line, hire two process engineers and sign long-term kelp contracts',
        'with three farms on the Solway coast.',
      ),
    ],
  ],
];
const pTools = ['Present', 'Share', 'Duplicate', 'Download PDF'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${pTitle} | Pitch</title>
<meta name="description" content="A presentation made with Pitch"><meta property="og:image" content="https://pitch.example/og/kelpfield.png">
<meta name="robots" content="index,follow"><link rel="preload" href="/static/fonts/Inter.woff2" as="font" crossorigin>
<script>window.__PITCH_CONFIG__={"env":"production","release":"2026.18.3"};</script></head>
<body><div id="root"><div class="app-root_r4Zq1"><div class="public-player_3xKq0" data-test-id="public-presentation">
<header class="player-header_Ga7s2"><a class="pitch-logo_9fQ" href="https://pitch.example/" aria-label="Pitch"></a>
<div class="player-header__meta_x2"><h1 class="player-header__title_Hh1">${pTitle}</h1>
<div class="player-header__workspace_a8">Kelpfield Ltd</div></div>
<div class="player-header__actions_Lp">${pTools.map((t) => `<button class="button_1sX button--ghost_9q" type="button">${t}</button>`).join('')}</div></header>
<main class="player-scroll_Ay9" role="main"><div class="slide-list_7Hc">
${pSlides
  .map(
    ([h, items], i) => `<div class="slide-frame_d2K" data-slide-index="${i}"><div class="slide-canvas_Wf3" style="aspect-ratio:16/9">
<div class="text-block_x0P" role="heading" aria-level="2"><span class="text-run_2Ks">${h}</span></div>
${items.length > 1 ? `<ul class="text-block_x0P list_Rq">${lis(items)}</ul>` : `<div class="text-block_x0P">${ps(items)}</div>`}
</div><div class="slide-frame__number_Zt" aria-hidden="true">${i + 1} / ${pSlides.length}</div></div>`,
  )
  .join('\n')}
</div></main>
<div class="player-toolbar_Qe"><button type="button" aria-label="Previous slide">‹</button><span class="player-toolbar__count_1">1 / 5</span>
<button type="button" aria-label="Next slide">›</button><button type="button">Fullscreen</button></div>
<a class="made-with-pitch_Vb" href="https://pitch.example/?utm_source=player">Made with Pitch</a>
<div class="signup-bar_Mm"><p>Pitch is the collaborative presentation software for fast-moving teams.</p>
<a class="button_1sX button--primary_8a" href="https://pitch.example/sign-up">Sign up for free</a></div>
</div></div></div><div id="portal-root"></div><script src="https://pitch.example/static/js/player.4f2a9c.js" defer></script></body></html>`;
const pitch: TestPage = {
  name: 'heldout426-pitch-public-deck',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pSlides.map(([h]) => h),
  body: texts(pSlides.flatMap(([, items]) => items)),
  bylines: ['Kelpfield Ltd'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pTools, ...pSlides.map((_, i) => `${i + 1} / ${pSlides.length}`), 'Fullscreen', 'Made with Pitch',
    'Pitch is the collaborative presentation software for fast-moving teams.', 'Sign up for free',
  ],
};

const mTitle = 'Writing Incident Reviews People Actually Read';
const mHead = 'Platform Guild · Lunch and Learn';
const mFoot = 'Oakhollow Systems · internal';
const mSlides: [string, string[], 'p' | 'ul'][] = [
  [
    'Why most reviews go unread',
    [
      j(
        'Our last twenty incident reviews averaged 2,300 words. The shared drive says the median one was opened by four people,',
        'and two of them were the authors.',
      ),
      'A review nobody reads cannot change anything. Length is not the only reason, but it is the easiest one to fix.',
    ],
    'p',
  ],
  [
    'A shape that works',
    [
      'One paragraph summary a manager can read on a phone',
      'A timeline with times in UTC and one line per event',
      'What we got lucky with, as well as what went wrong',
      'No more than five actions, each with an owner and a date',
    ],
    'ul',
  ],
  [
    'Blameless is not nameless',
    [
      j(
        'Say who did what, because the timeline is useless without it. Then ask why the system made that action look reasonable',
        'at the time. The person is a witness, not the cause.',
      ),
      'If people fear the review, they leave out the detail that would have made it useful, and the next incident repeats the first.',
    ],
    'p',
  ],
  [
    'Actions that get done',
    [
      j(
        'We looked at 64 actions from last year. Those with a named owner and a due date were closed 71 per cent of the time;',
        'those assigned to a team were closed 23 per cent of the time.',
      ),
      'So: one owner, one date, and a ticket link in the review before it is published.',
      j(
        'We also stopped writing actions like "improve monitoring". If you cannot tell when an action is finished, it will not be',
        'finished, so every action has to name the alert, the runbook or the test it will add.',
      ),
    ],
    'p',
  ],
  ['Try it this week', ['Take the template from the guild page, write your next review in it, and time how long it takes a colleague to read.'], 'p'],
];
const mSection = (id: number, inner: string): string =>
  `<svg data-marpit-svg="" viewBox="0 0 1280 720"><foreignObject width="1280" height="720"><section id="${id}" data-paginate="true" \
data-header="${mHead}" data-footer="${mFoot}" data-marpit-pagination="${id}" data-marpit-pagination-total="6" \
style="--paginate:true;--header:${mHead};--footer:${mFoot};" lang="en-GB">
<header>${mHead}</header>${inner}<footer>${mFoot}</footer></section></foreignObject></svg>`;
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width,height=device-height,initial-scale=1.0">
<meta name="apple-mobile-web-app-capable" content="yes"><meta property="og:title" content="${mTitle}"><meta name="author" content="Priya Castellane">
<title>${mTitle}</title><style>div#\\:\\$p>svg>foreignObject>section{width:1280px;height:720px;}section::after{content:attr(data-marpit-pagination)}</style>
</head><body><div class="bespoke-marp-osc"><button data-bespoke-marp-osc="prev" tabindex="-1" title="Previous slide">Previous slide</button>
<span data-bespoke-marp-osc="page"></span><button data-bespoke-marp-osc="next" tabindex="-1" title="Next slide">Next slide</button>
<button data-bespoke-marp-osc="fullscreen" tabindex="-1" title="Toggle fullscreen (f)">Toggle fullscreen</button>
<button data-bespoke-marp-osc="presenter" tabindex="-1" title="Open presenter view (p)">Open presenter view</button></div>
<div class="bespoke-marp-parent"><div id=":$p">
${mSection(1, `<h1>${mTitle}</h1><p>Priya Castellane, Site Reliability</p><p>Thursday 4 June 2026</p>`)}
${mSlides.map(([h, items, tag], i) => mSection(i + 2, `<h2>${h}</h2>${tag === 'ul' ? `<ul>${lis(items)}</ul>` : ps(items)}`)).join('\n')}
</div></div>
<script>!function(){"use strict";const e=document.querySelector(".bespoke-marp-parent");/* bespoke.js */}();</script></body></html>`;
const marp: TestPage = {
  name: 'heldout426-marp-html-deck-docs',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSlides.map(([h]) => h),
  body: texts(mSlides.flatMap(([, items]) => items)),
  bylines: ['Priya Castellane, Site Reliability', 'Thursday 4 June 2026'],
  furniture: [mHead, mFoot, 'Previous slide', 'Next slide', 'Toggle fullscreen', 'Open presenter view'],
};

export const HELDOUT426_C: readonly TestPage[] = [pitch, marp];
