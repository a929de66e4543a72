import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout432-kit.js';

/**
 * Held-out batch 432, file d: a phone maker's scrollytelling feature page rendered by Nuxt (header with the product bar
 * "Overview / Specs / Buy", sticky sections whose steps scroll past a pinned image, progress dots, "Scroll to explore",
 * a spec strip, disclaimers, the newsletter pop-up, cookie bar and footer) and a SaaS product tour built with Framer
 * (hashed framer- classes and data-framer-name layers, nav with "Book a demo", tour steps, a logo strip, a pricing teaser,
 * the CTA band, footer and the "Made in Framer" badge).
 */
const nTitle = 'Arc 9. See the night the way you remember it.';
const nIntro = [
  j(
    'Most night photos fail for the same reason: the camera hears the light it has, not the light you saw. Arc 9 was tuned on',
    'more than forty thousand night scenes, from lantern markets to dark country lanes, so the picture looks like the memory.',
  ),
];
const nSteps: readonly (readonly [string, readonly string[]])[] = [
  [
    'A sensor the size of a fingernail',
    [
      j(
        'The main camera uses a one-inch-class sensor with pixels 2.4 microns across when binned. Each pixel gathers nearly twice the',
        'light of the Arc 8, which means shorter exposures and less blur when the people in the frame will not stand still.',
      ),
    ],
  ],
  [
    'Twelve frames, one photo',
    [
      j(
        'When you press the shutter in the dark, Arc 9 has already saved the last eight frames. It adds four more, lines all twelve',
        'up to a fraction of a pixel and keeps only the sharpest detail from each.',
      ),
      'Faces are found first and aligned on their own, so a blink in one frame never ends up in the result.',
    ],
  ],
  [
    'Colour that stays true',
    [
      j(
        'A separate spectral sensor beside the lenses measures the colour of every light in the scene. Sodium street lamps stay',
        'orange, neon stays pink, and skin looks like skin instead of a compromise between the two.',
      ),
      'The sensor also reads flicker from cheap LED bulbs and times each exposure so that banding never appears across a photo.',
    ],
  ],
  [
    'Video after dark',
    [
      'Night mode now works in video at up to 4K and 30 frames a second, with the same frame alignment running on every frame.',
      j(
        'A new low-light stabiliser uses the gyroscope and the image together, so a clip filmed while walking through a dark street',
        'looks as if it had been shot on a small gimbal. Wind noise is filtered out as you record.',
      ),
    ],
  ],
];
const nSpecs = ['50 MP main camera, f/1.6', '50 MP 3.5× periscope telephoto', '13 MP ultra-wide with macro focus', '4K night video at 30 fps'];
const nNav = ['Phones', 'Tablets', 'Wearables', 'Accessories', 'Support'];
const nBar = ['Overview', 'Highlights', 'Specs'];
const nDisc = [
  '*Night scene count refers to the internal tuning library as of January 2026.',
  '*Images shown are simulated for illustration. Actual results may vary with conditions.',
];
const nFoot = ['About Norrin', 'Careers', 'Newsroom', 'Privacy Policy', 'User Agreement', 'Contact Us'];
const nHtml = `<!DOCTYPE html><html lang="en" data-n-head-ssr><head><title>Norrin Arc 9 - Night Camera | Norrin Global</title>
<meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="Arc 9 was tuned on more than forty thousand night scenes.">
<meta data-n-head="ssr" property="og:title" content="Norrin Arc 9 - Night Camera"><link rel="preload" href="/_nuxt/app.8d2e1.js" as="script">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Norrin Arc 9","brand":"Norrin"}</script>
<script>window.__NUXT__=(function(a){return {layout:"product",data:[{sku:a}],state:{locale:"en"}}}("arc-9"));</script></head>
<body><div id="__nuxt"><div id="__layout"><div class="page-product" data-v-7a1c2e>
<header class="nr-header" data-v-3b0f11><a class="nr-header__logo" href="/global/">Norrin</a>
<ul class="nr-header__nav">${links(nNav, 'nr-header__nav-item')}</ul>
</header>
<div class="product-bar" data-v-9e4a22><span class="product-bar__name">Arc 9</span><ul class="product-bar__tabs">${links(nBar, 'product-bar__tab')}</ul>
<a class="product-bar__buy btn btn--primary" href="/global/buy/arc-9">Buy</a></div>
<main data-scroll-container class="arc9-camera" data-v-7a1c2e><section class="kv-section" data-scroll-section><div class="kv-section__inner">
<h1 class="kv-section__title">${nTitle}</h1><p class="kv-section__sub">${nIntro[0]}</p><span class="kv-section__hint">Scroll to explore</span></div></section>
<section class="sticky-wrap" data-scroll-section><div class="sticky-media" data-scroll data-scroll-sticky data-scroll-target=".sticky-wrap">
<img src="/static/arc9/night-market.jpg" alt=""><ol class="sticky-progress">${nSteps
  .map(
    (_, i) => `<li class="sticky-progress__dot" data-step="${i}">
</li>`,
  )
  .join('')}</ol>
<span class="sticky-media__caption">Shot on Arc 9, night mode, handheld</span></div>
<div class="scrolly-steps">${nSteps
  .map(
    ([h, p], i) => `<div class="scrolly-step" data-scroll data-scroll-call="step-${i}"><h2 class="scrolly-step__title">${h}</h2>
${p.map((x) => `<p class="scrolly-step__text">${x}</p>`).join('\n')}</div>`,
  )
  .join('\n')}</div></section>
<section class="spec-strip" data-scroll-section><h2 class="spec-strip__title">Camera at a glance</h2>
<ul class="spec-strip__list">${lis(nSpecs, 'spec-strip__item')}</ul>
<a class="spec-strip__more" href="/global/arc-9/specs/">View full specs</a></section>
<section class="disclaimer" data-scroll-section>${nDisc.map((d) => `<p class="disclaimer__text">${d}</p>`).join('')}</section></main>
<div class="subscribe-popup" data-v-5c2d90><p class="subscribe-popup__title">Be the first to know</p>
<p>Sign up for launch news and get 10% off your first order.</p>
<input type="email" placeholder="Email address"><button>Subscribe</button></div>
<footer class="nr-footer" data-v-1d7e44><ul class="nr-footer__links">${links(nFoot, 'nr-footer__item')}</ul><p class="nr-footer__copy">Copyright © 2026 Norrin
Technology Co., Ltd. All Rights Reserved.</p>
<span class="nr-footer__region">Global / English</span></footer>
<div class="cookie-bar" data-v-2f0c1a><p>We use cookies to improve your browsing experience. By continuing you accept our use of cookies.</p>
<button>Accept</button>
<button>Settings</button></div></div></div></div>
<script src="/_nuxt/app.8d2e1.js" defer></script><script src="/_nuxt/vendors/locomotive-scroll.js" defer></script></body></html>`;
const norrin: TestPage = {
  name: 'heldout432-nuxt-scrollytelling-feature-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...nSteps.map(([h]) => h), 'Camera at a glance'],
  body: texts([...nIntro, ...nSteps.flatMap(([, p]) => p), ...nSpecs]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Norrin', ...nNav, ...nBar, 'Buy', 'Scroll to explore', 'Shot on Arc 9, night mode, handheld', 'View full specs', ...nDisc, 'Be the first to know',
    'Sign up for launch news and get 10% off your first order.', 'Subscribe', ...nFoot, 'Copyright © 2026 Norrin Technology Co., Ltd. All Rights Reserved.',
    'Global / English', 'We use cookies to improve your browsing experience. By continuing you accept our use of cookies.', 'Accept', 'Settings',
  ],
};

const fTitle = 'See how Tallyloop closes your books in three days, not three weeks';
const fIntro = [
  j(
    'Tallyloop connects your bank feeds, card programs and billing system to one ledger and does the matching for you. This tour',
    'walks through a month-end close the way a finance team of three would run it.',
  ),
  j('Every screen you see here is from a real workspace with the numbers changed. Nothing is mocked up, and every feature shown', 'is included in every plan.'),
];
const fSteps: readonly (readonly [string, string])[] = [
  [
    'Connect everything once',
    j(
      'Link bank accounts, corporate cards and your billing tool in a few minutes. Tallyloop pulls two years of history on day one,',
      'so the first close already has last year to compare against. Connections refresh every hour, and a broken feed is flagged the same day.',
    ),
  ],
  [
    'Let the matching run',
    j(
      'Every transaction is matched to an invoice, a receipt or a payout as it arrives. Rules you write in plain language, like',
      '"card spend under 50 euros at cafés is travel", are applied to everything that follows.',
    ),
  ],
  [
    'Review only the exceptions',
    j(
      'Instead of scrolling through thousands of lines, your team sees a short queue of items that need a human. Each one shows',
      'why it was flagged and the two or three most likely matches. Accepting a suggestion teaches the rule engine for next month.',
    ),
  ],
  [
    'Close with a clear audit trail',
    j(
      'When the queue is empty, lock the period. Every match, rule and manual change is recorded with who made it and when, and',
      'your auditor gets read-only access to the same view.',
    ),
  ],
  [
    'Report to the board',
    j(
      'Closing is only half the job. Tallyloop builds the monthly pack for you, with cash flow, burn and variance against budget,',
      'and lets you add commentary next to each chart before you share a link with the board.',
    ),
  ],
];
const fResults = [
  'Average close time cut from 16 days to 3',
  'Over 92 percent of transactions matched without review',
  'Exports to every major general ledger',
];
const fNav = ['Product', 'Case studies', 'Pricing', 'Resources', 'Log in'];
const fLogos = ['Trusted by finance teams at', 'Brightfold', 'Octavo Health', 'Mirren & Co', 'Paraloom'];
const fFoot = ['Security', 'Integrations', 'Changelog', 'Careers', 'Privacy', 'Terms'];
const fx = (name: string, cls: string, inner: string): string =>
  `<div class="framer-${cls}" data-framer-name="${name}">
<div class="framer-${cls}-text" data-framer-component-type="RichTextContainer" style="outline:none;display:flex;flex-direction:column">${inner}</div></div>`;
const fHtml = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 4b1c9e2"><title>Product tour | Tallyloop</title>
<meta name="description" content="See how Tallyloop closes your books in three days."><meta property="og:type" content="website">
<meta name="framer-search-index" content="https://framerusercontent.example/sites/5tAq/searchIndex-x1.json">
<link href="https://fonts.gstatic.example" rel="preconnect" crossorigin><style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host">
.framer-text{margin:0}.framer-1x2ab3{display:flex}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Tallyloop",
"applicationCategory":"FinanceApplication"}</script>
</head><body><script src="https://events.framer.example/script" data-fid="5tAq" async></script>
<div id="main" data-framer-hydrate-v2="{&quot;routeId&quot;:&quot;tour&quot;}" data-framer-ssr-released-at="2026-02-11"><div class="framer-Kj1Up framer-72rtr7"
style="min-height:100vh;width:auto">
<nav class="framer-1wq9x2" data-framer-name="Nav">${links(fNav, 'framer-nav-link')}<a class="framer-1h3m0c framer-cta" data-framer-name="Button"
href="./demo"><p class="framer-text">Book a demo</p></a></nav>
${fx(
  'Hero',
  '1x2ab3',
  `<p class="framer-text framer-styles-preset-eyebrow">Product tour</p><h1 class="framer-text framer-styles-preset-1ucc9ka">${fTitle}</h1>
${fIntro.map((p) => `<p class="framer-text framer-styles-preset-21ogod">${p}</p>`).join('')}`,
)}
${fx('Logos', '9vh2r1', fLogos.map((l) => `<p class="framer-text">${l}</p>`).join(''))}
${fSteps
  .map((s, i) =>
    fx(
      `Step ${i + 1}`,
      `st${i}q8`,
      `<p class="framer-text framer-styles-preset-eyebrow">Step ${i + 1}</p><h2 class="framer-text framer-styles-preset-1lgha58">${s[0]}</h2>
<p class="framer-text framer-styles-preset-21ogod">${s[1]}</p>`,
    ),
  )
  .join('\n')}
${fx(
  'Results',
  'r3sx0t',
  `<h3 class="framer-text framer-styles-preset-1lgha58">What customers see after one quarter</h3>
<ul class="framer-text">${lis(fResults.map((r) => `<p class="framer-text">${r}</p>`))}</ul>`,
)}
${fx(
  'CTA',
  'c7ta1z',
  `<h3 class="framer-text">Ready to close faster?</h3><p class="framer-text">Plans start at €390 per month. 14-day free trial.</p>
<p class="framer-text">Start free trial</p>`,
)}
${fx(
  'Footer',
  'f00t3r',
  `${fFoot.map((l) => `<p class="framer-text"><a class="framer-text" href="./${l.toLowerCase()}">${l}</a></p>`).join('')}
<p class="framer-text">© 2026 Tallyloop GmbH, Halvorstadt</p>`,
)}
</div></div><div id="__framer-badge-container"><a class="__framer-badge" href="https://www.framer.com/" data-framer-name="Badge"><p>Made in Framer</p></a></div>
<script type="module" async src="https://framerusercontent.example/sites/5tAq/script_main.Bq9s.mjs"></script></body></html>`;
const tallyloop: TestPage = {
  name: 'heldout432-framer-saas-tour-docs',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fSteps.map(([h]) => h), 'What customers see after one quarter'],
  body: texts([...fIntro, ...fSteps.map(([, p]) => p), ...fResults]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a demo', 'Product tour', ...fLogos, ...fSteps.map((_, i) => `Step ${i + 1}`), 'Ready to close faster?',
    'Plans start at €390 per month. 14-day free trial.', 'Start free trial', ...fFoot, '© 2026 Tallyloop GmbH, Halvorstadt', 'Made in Framer',
  ],
};

export const HELDOUT432_D: readonly TestPage[] = [norrin, tallyloop];
