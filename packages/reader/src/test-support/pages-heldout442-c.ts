import { ps, type TestPage, texts } from './page-kit.js';
import { jotform } from './pages-heldout442-c2.js';
import { j, lis } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file c: a Tally form built in its Next.js app (the __NEXT_DATA__ script, a cover image and logo, the
 * h1 title, text and heading blocks with a bullet list, labelled question blocks with required markers and options, the
 * submit button, the "Made with Tally" badge and the report link) and, from file c2, a JotForm page with long terms text.
 */
const tTitle = 'Call for talks: Brackwater Open Source Day 2026';
const tIntro = [
  j(
    'Brackwater Open Source Day is a free, one-day gathering for people who build, maintain and use open source software in the',
    'south-west. This year we meet on Saturday 19 September in the old Corn Exchange, with two rooms, one long lunch and no sponsors on',
    'stage.',
  ),
  j(
    'We are looking for talks from first-time speakers as much as from seasoned ones. If you have never given a talk before, say so',
    'in the form and we will pair you with a mentor.',
  ),
];
const tSections: [string, string[], string[]][] = [
  [
    'What we are looking for',
    ['Talks that leave the audience able to do something they could not do before. Good topics from past years include:'],
    [
      'Stories of keeping a small project alive for ten years',
      'How a council or charity moved its systems to open tools',
      'Accessibility fixes that anyone can make this week',
      'Teaching, documentation and the unglamorous work around code',
    ],
  ],
  [
    'Format and support',
    [
      j(
        'Talks are 25 minutes including questions, or 10 minutes for a lightning talk. Every speaker gets a day ticket for a friend,',
        'travel costs up to £120 and a rehearsal slot on the Friday evening if they want one.',
      ),
      j(
        'A small panel of volunteers reads every proposal with the speaker names hidden. We reply to everyone by 10 July, including',
        'the people we cannot fit in, with a sentence or two on why.',
      ),
    ],
    [],
  ],
];
type TQ = [string, string, string[]];
const tQs: TQ[] = [
  ['Your name', '', []],
  ['Talk title', 'Keep it short; you can change it until the programme is printed.', []],
  ['What will people learn from your talk?', 'Two or three sentences are plenty. The panel reads this more closely than the title.', []],
  ['Which length would you like?', '', ['A 25-minute talk', 'A 10-minute lightning talk', 'Either is fine']],
  ['Is this your first talk at a conference?', '', ['Yes, and I would like a mentor', 'Yes, but I am happy on my own', 'No']],
];
const tQ = ([q, help, opts]: TQ, n: number): string => `<div class="tally-block tally-block-label" data-block-id="q${n}"><h3 class="tally-label">
<span>${q}</span><span class="tally-required-indicator" aria-hidden="true">*</span></h3></div>
${help === '' ? '' : `<div class="tally-block tally-block-text"><p class="tally-text">${help}</p></div>`}
<div class="tally-block tally-block-input${opts.length === 0 ? '-text' : '-multiple-choice'}">${
  opts.length === 0
    ? `<input class="tally-input" type="text" aria-label="${q}" placeholder="">`
    : opts
        .map(
          (o, i) => `<label class="tally-multiple-choice-option"><input type="radio" name="q${n}" value="${i}"><span class="tally-option-letter"
aria-hidden="true">${String.fromCharCode(65 + i)}</span><span class="tally-option-text">${o}</span></label>`,
        )
        .join('\n')
}</div>`;
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle}</title><meta name="description" content="Made with Tally, the simplest way to create forms."><meta name="robots" content="index,follow">
<meta property="og:title" content="${tTitle}"><meta property="og:image" content="https://storage.tally.example/og/mKq2Bn.png">
<meta name="twitter:card" content="summary_large_image"><link rel="icon" href="https://tally.example/favicon.ico">
<link rel="stylesheet" href="https://tally.example/_next/static/css/a8e1f0c9b3d2.css"><noscript data-n-css=""></noscript>
<script defer src="https://tally.example/_next/static/chunks/main-4b7e9c2f.js"></script></head>
<body><div id="__next"><div class="tally-app"><main class="tally-page tally-form-mKq2Bn">
<div class="tally-cover"><img src="https://storage.tally.example/cover/brackwater.jpg" alt=""></div>
<div class="tally-logo"><img src="https://storage.tally.example/logo/bosd.png" alt="Brackwater Open Source Day logo"></div>
<form class="tally-form"><div class="tally-block tally-block-title"><h1 class="tally-title">${tTitle}</h1></div>
${tIntro.map((p) => `<div class="tally-block tally-block-text"><p class="tally-text">${p}</p></div>`).join('\n')}
${tSections
  .map(
    ([h, paras, items]) => `<div class="tally-block tally-block-heading-2"><h2 class="tally-heading-2">${h}</h2></div>
${paras.map((p) => `<div class="tally-block tally-block-text">${ps([p], ' class="tally-text"')}</div>`).join('\n')}
${items.length === 0 ? '' : `<div class="tally-block tally-block-bulleted-list"><ul class="tally-list">${lis(items)}</ul></div>`}`,
  )
  .join('\n')}
<div class="tally-block tally-block-divider"><hr></div>
${tQs.map((q, i) => tQ(q, i + 1)).join('\n')}
<div class="tally-submit"><button type="submit" class="tally-submit-button"><span>Submit proposal</span></button></div></form>
<a class="tally-powered" href="https://tally.example/?ref=mKq2Bn&amp;utm_source=powered_by" target="_blank">Made with <strong>Tally</strong></a>
<div class="tally-report"><a href="https://tally.example/forms/mKq2Bn/report">Report this form</a></div></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"form":{"id":"mKq2Bn","name":"Brackwater OSD CFP","status":"PUBLISHED",
"settings":{"hasProgressBar":false,"isClosed":false}}}},"page":"/r/[formId]","query":{"formId":"mKq2Bn"},"buildId":"8aQ2x","isFallback":false}</script>
</body></html>`;
const tally: TestPage = {
  name: 'heldout442-tally-form',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: texts([...tIntro, ...tSections.flatMap(([, p, it]) => [...p, ...it]), ...tQs.flatMap(([q, h, o]) => [q, ...(h === '' ? [] : [h]), ...o])]),
  bylines: [],
  furniture: ['Submit proposal', 'Made with Tally', 'Report this form'],
};

export const HELDOUT442_C: readonly TestPage[] = [tally, jotform];
