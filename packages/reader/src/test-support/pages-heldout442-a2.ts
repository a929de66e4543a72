import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout442-kit.js';

/**
 * Held-out batch 442, file a2: a Typeform one-question-at-a-time form saved after hydration (styled-components class names,
 * the welcome screen, every block of the deck in the DOM with its choices and keyboard hints, a statement block, the progress
 * bar, navigation arrows, the "Powered by Typeform" badge and the cookie notice).
 */
const tTitle = 'Tell us about your crossing';
const tWelcome = [
  j(
    'Thank you for sailing with Tidewater Ferries. We are redesigning the Kellby to Orran Point timetable for next year and we',
    'would rather hear from passengers now than apologise to them later.',
  ),
  'It takes about four minutes. One question at a time, and you can go back whenever you like.',
  j(
    'We do not ask for your name or your booking reference. If you would like a reply from the operations team, leave an email',
    'address in the last box and someone from the Kellby office will write back within a fortnight.',
  ),
];
type B = [string, string, string[]];
const tBlocks: B[] = [
  [
    'Which crossing did you take most recently?',
    'If you travelled both ways, pick the first leg.',
    ['Kellby to Orran Point', 'Orran Point to Kellby', 'The island shuttle'],
  ],
  [
    'Why were you travelling?',
    'Most of our timetable is built around the school run and the morning freight. Knowing why you travel helps us balance the two.',
    ['Commuting to work or school', 'Visiting family or friends', 'A holiday or day trip', 'Freight or business'],
  ],
  [
    'How did the boarding go?',
    j(
      'In March we moved foot passengers to the new covered walkway and began loading cars from the north ramp. Tell us honestly',
      'whether the change made your journey easier or harder.',
    ),
    ['Much easier', 'A bit easier', 'No difference', 'A bit harder', 'Much harder'],
  ],
  [
    'How would you feel about an earlier first sailing at 05:40?',
    'It would mean the last evening sailing leaves at 21:15 instead of 21:45.',
    ['I would use it', 'I would not use it but it is fine', 'I would rather keep the late sailing'],
  ],
  ['Anything else we should know before we change the timetable?', 'Write as much or as little as you like.', []],
];
const tStatement = j(
  'Nearly done. The timetable consultation closes on 30 June, and we will publish the new schedule, with a note on what we changed',
  'because of your answers, at every terminal and on board.',
);
const tKeys = ['A', 'B', 'C', 'D', 'E'];
const tBlock = ([q, d, opts]: B, n: number): string => `<div data-qa="question-wrapper" data-qa-blockref="block-${n}" class="sc-a7c1e0b4-0 jQrkEq">
<div class="sc-1e8ddd46-0 hVvZKq"><div class="sc-31d3c5c2-0 fyxGyS"><span class="sc-8c7d6f2f-0 eMRbiU" aria-hidden="true">${n}</span>
<span class="sc-8c7d6f2f-1 gSrtEo" aria-hidden="true">→</span></div>
<h2 data-qa="block-title" class="sc-d0a1a3c8-0 ccyXxa"><span class="sc-4f0e94dc-0 cJBTaD" data-qa="question-title">${q}</span></h2>
${d === '' ? '' : `<div data-qa="block-description" class="sc-2f1b9ea3-0 bNPZfX"><p class="sc-2f1b9ea3-1 dTqLYq">${d}</p></div>`}
${
  opts.length === 0
    ? `<div class="sc-c0e3ad17-0 kSzLiK"><textarea data-qa="long-text-input" placeholder="Type your answer here..." rows="1"></textarea>
<div class="sc-c0e3ad17-2 hFkEwL"><strong>Shift ⇧</strong> + <strong>Enter ↵</strong> to make a line break</div></div>`
    : `<div role="listbox" data-qa="choices" class="sc-9a1c2b5e-0 iUeQuB">
${opts
  .map(
    (o, i) => `<div role="option" data-qa="choice" aria-selected="false" class="sc-9a1c2b5e-1 dKvzXo"><div class="sc-9a1c2b5e-2 eVuGdk" aria-hidden="true">
<span class="sc-1dd0f9f3-0 fXbkbS">Key</span><span class="sc-1dd0f9f3-1 iEsSnq">${tKeys[i] ?? ''}</span></div>
<div class="sc-9a1c2b5e-3 grYqkM" data-qa="choice-label">${o}</div></div>`,
  )
  .join('\n')}</div>`
}
<div class="sc-5fd7e4d8-0 fGqQwd"><button data-qa="ok-button-visible" class="sc-b5a2d6e8-0 cdJwUH"><span>OK</span></button>
<span class="sc-5fd7e4d8-1 kXdxcE">press <strong>Enter ↵</strong></span></div></div></div>`;
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tidewater Ferries passenger survey</title>
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover"><meta name="robots" content="noindex,nofollow">
<meta property="og:title" content="Tidewater Ferries passenger survey"><meta property="og:site_name" content="Typeform">
<meta property="og:description" content="Turn data collection into an experience with Typeform."><meta name="twitter:card" content="summary_large_image">
<link rel="preconnect" href="https://renderer-assets.typeform.example"><link rel="icon" href="https://form.typeform.example/favicon.ico">
<style data-styled="active" data-styled-version="5.3.11">.jQrkEq{display:flex;flex-direction:column}.ccyXxa{font-size:24px;line-height:32px}</style>
<script>window.rendererData = {"form":{"id":"TdwF7r2m","title":"Tidewater Ferries passenger survey","workspace":{"href":"/workspaces/xK2"}},
"settings":{"progress_bar":"percentage","show_progress_bar":true,"show_typeform_branding":true},"trackingEnabled":false};</script>
<script src="https://renderer-assets.typeform.example/form-renderer/dist/form-renderer.4f1c7a.js" defer></script></head>
<body><div id="root"><div data-qa="form-renderer" class="sc-f8c6b2a1-0 bWzRjE"><main class="sc-3b9f7c1e-0 lqbRMk">
<div class="sc-7e2d0a55-0 hVjvZn" aria-label="form progress"><div role="progressbar" aria-valuenow="0" class="sc-7e2d0a55-1 eXQkkM"></div>
<span class="sc-7e2d0a55-2 kAjtHs">0% completed</span></div>
<section data-qa="welcome-screen" class="sc-40e6b0c4-0 dvPmaL"><div class="sc-40e6b0c4-1 fpTRoz">
<img alt="Tidewater Ferries" src="https://images.typeform.example/images/Td7Lk2/image/default" class="sc-40e6b0c4-2 bpJkYl">
<h1 data-qa="welcome-screen-title" class="sc-40e6b0c4-3 jqYzJb">${tTitle}</h1>
<div data-qa="welcome-screen-description" class="sc-40e6b0c4-4 kcvzDl">${tWelcome.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="sc-40e6b0c4-5 hRYfvG"><button data-qa="start-button" class="sc-b5a2d6e8-0 cdJwUH"><span>Start</span></button>
<span class="sc-5fd7e4d8-1 kXdxcE">press <strong>Enter ↵</strong></span></div>
<div class="sc-40e6b0c4-6 eNlqNw"><span aria-hidden="true">🕑</span> Takes 4 minutes</div></div></section>
<div data-qa="deck" class="sc-6a1e9f0b-0 bSopeB">
${tBlocks.map((b, i) => tBlock(b, i + 1)).join('\n')}
<div data-qa="statement-wrapper" data-qa-blockref="block-6" class="sc-a7c1e0b4-0 jQrkEq"><div class="sc-1e8ddd46-0 hVvZKq">
<div data-qa="block-description" class="sc-2f1b9ea3-0 bNPZfX"><p class="sc-2f1b9ea3-1 dTqLYq">${tStatement}</p></div>
<button data-qa="statement-button" class="sc-b5a2d6e8-0 cdJwUH"><span>Continue</span></button></div></div>
<div data-qa="submit-wrapper" class="sc-a7c1e0b4-0 jQrkEq"><button data-qa="submit-button" class="sc-b5a2d6e8-0 cdJwUH"><span>Submit</span></button>
<span class="sc-5fd7e4d8-1 kXdxcE">press <strong>Ctrl</strong> + <strong>Enter ↵</strong></span>
<p class="sc-0f3d0e8c-0 iQrQvn">Never submit passwords!</p></div></div></main>
<nav class="sc-ad9e3b70-0 dQvRlB" aria-label="navigation"><button aria-label="Navigate to previous question" data-qa="fixed-footer-navigation-previous"
class="sc-ad9e3b70-1 hxIOXk"></button><button aria-label="Navigate to next question" data-qa="fixed-footer-navigation-next"
class="sc-ad9e3b70-1 hxIOXk"></button>
<a data-qa="branding-button" href="https://www.typeform.example/?utm_source=TdwF7r2m-typeform-powered-by" class="sc-ad9e3b70-2 kFDhXq">Powered by
<strong>Typeform</strong></a></nav>
<div data-qa="cookie-banner" role="dialog" class="sc-91f0b6a2-0 ebRSsv"><p>We use cookies to make this form work and, with your permission, to understand
how it is used.</p><button>Accept all</button><button>Reject all</button><a href="https://admin.typeform.example/to/cookies-settings">Cookie settings</a></div>
</div></div></body></html>`;
export const typeform: TestPage = {
  name: 'heldout442-typeform-form',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([...tWelcome, ...tBlocks.flatMap(([q, d, opts]) => [q, ...(d === '' ? [] : [d]), ...opts]), tStatement]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '0% completed', 'Start', 'press Enter ↵', 'Takes 4 minutes', 'Shift ⇧ + Enter ↵ to make a line break', 'Continue',
    'Submit', 'press Ctrl + Enter ↵', 'Never submit passwords!', 'Powered by Typeform',
    'We use cookies to make this form work and, with your permission, to understand how it is used.', 'Accept all', 'Reject all', 'Cookie settings',
  ],
};
