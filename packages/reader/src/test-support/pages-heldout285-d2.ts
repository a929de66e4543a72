import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout285-kit.js';

/**
 * Held-out batch 285, file d2: a design studio's journal post on a Framer site (hydrated React markup: framer-XXXX class hashes,
 * data-framer-name layers, RichTextContainer blocks with framer-text paragraphs, a sticky nav, a CMS-bound meta row, a "Next
 * article" card, a contact call-out, the footer stack and the "Made in Framer" badge).
 */
const rTitle = 'Why we stopped using stock photography';
const rH = ['The problem with almost-right', 'What we do instead', 'It costs less than you think'];
const rIntro = [
  j(
    'Two years ago, almost every website we shipped had stock photos on it. Today, none of them do. It was not a single decision so',
    'much as a slow realisation that the photos were the weakest part of otherwise careful work.',
  ),
];
const rS1 = [
  j(
    'Stock images are rarely wrong. That is their problem. A smiling team around a laptop is never offensive, and never memorable',
    'either. When a visitor has seen the same woman in the same yellow jumper on three other websites that week, the image stops',
    'saying anything about the client at all.',
  ),
  j(
    'We also noticed that clients spent a surprising amount of time choosing stock photos, often longer than they spent on the words',
    'next to them, and still were not happy with the result.',
  ),
];
const rS2 = [
  j(
    'For most projects we now book a half-day shoot with a local photographer at the client’s own premises: their workshop, their',
    'office, their staff. The brief is deliberately narrow. We ask for hands doing the work, the tools of the trade, and the places',
    'customers actually see.',
  ),
  j(
    'Where a shoot is not possible, we lean on illustration, type and colour rather than borrowed photography. A confident typographic',
    'page is more honest than a picture of strangers pretending to be your team.',
  ),
  j(
    'For a bakery in Hollinsford last year, the shoot took three hours before opening. The photos of flour on the counter and trays',
    'coming out of the oven became the whole visual identity, down to the colours on the menu boards.',
  ),
];
const rS3 = [
  j(
    'A half-day shoot costs our clients somewhere between £600 and £900, depending on the photographer and travel. Set against a',
    'stock subscription and the hours spent searching, the difference over a year is smaller than most people expect.',
  ),
  j(
    'More importantly, the photos keep working. Clients reuse them in social posts, brochures and job adverts long after the website',
    'launches, and every one of them looks like the business it belongs to.',
  ),
];
const rNav = ['Portfolio', 'Studio', 'Journal', 'Contact'];
const rFoot = ['Instagram', 'Dribbble', 'Read.cv'];
const rt = (cls: string, inner: string): string => `<div class="${cls}" data-framer-name="Content" data-framer-component-type="RichTextContainer"
style="--framer-link-text-color:rgb(0, 0, 0);--framer-paragraph-spacing:24px;transform:none">${inner}</div>`;
const fp = (xs: readonly string[]): string =>
  xs.map((x) => `<p class="framer-text framer-styles-preset-1wicq5s" data-styles-preset="Zt3mLqx0R">${x}</p>`).join('\n');
const fh = (x: string): string => `<h2 class="framer-text framer-styles-preset-ci2ngw" data-styles-preset="bZ9ogAEbD">${x}</h2>`;
const rHtml = `<!doctype html>
<!-- Made in Framer · framer.com ✨ --><!-- Published Mar 11, 2026, 4:02 PM UTC -->
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="generator" content="Framer 4f2a9c1">
<title>${rTitle} — Kestrel &amp; Vale</title><meta name="description" content="Two years ago, almost every website we shipped had stock photos on it.">
<meta property="og:type" content="website"><meta property="og:title" content="${rTitle} — Kestrel &amp; Vale"><link rel="canonical"
href="https://kestrelandvale.example/journal/stock-photography">
<style data-framer-css-ssr-minified data-framer-components="framer-lib-cursors-host framer-A1b2C">html,body,#main{margin:0;padding:0;box-sizing:border-box}
.framer-A1b2C.framer-72rtr7{align-content:center;display:flex;flex-direction:column}</style>
<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.example/sites/3xYz/script_main.Abc123.mjs"></script>
</head>
<body><div id="main" data-framer-hydrate-v2="{&quot;routeId&quot;:&quot;augiA20Il&quot;,&quot;localeId&quot;:&quot;default&quot;}"
data-framer-ssr-released-at="2026-03-05T10:00:00.000Z" data-framer-page-optimized-at="2026-03-11T16:02:11.000Z">
<div class="framer-A1b2C framer-72rtr7" style="min-height:100vh;width:auto">
<nav class="framer-1k2j3h4 framer-v-1k2j3h4" data-framer-name="Nav" data-border="true">
<a class="framer-text framer-1lo5xq8" data-framer-name="Logo" href="./">Kestrel &amp; Vale</a><div class="framer-9hg2dd" data-framer-name="Links">${rNav
  .map((t) => `<a class="framer-text framer-styles-preset-9nhl2" href="./${t.toLowerCase()}" data-framer-page-link-current="${t === 'Journal'}">${t}</a>`)
  .join('')}</div></nav>
<main class="framer-1wq3rt5" data-framer-name="Main"><div class="framer-t6f1ln" data-framer-name="Header">
<div class="framer-1gp2vw" data-framer-name="Meta"><p class="framer-text framer-styles-preset-1mqt0c0">Opinion</p>
<p class="framer-text framer-styles-preset-1mqt0c0">
Mar 11, 2026</p><p class="framer-text framer-styles-preset-1mqt0c0">Words by Saoirse Kemble</p></div>
${rt('framer-1i5p9wo', `<h1 class="framer-text framer-styles-preset-1j0v4ku" data-styles-preset="a8PRYmR7X">${rTitle}</h1>`)}</div>
<div class="framer-c7xh2q" data-framer-name="Cover">
<div style="position:absolute;border-radius:inherit;top:0;right:0;bottom:0;left:0" data-framer-background-image-wrapper="true">
<img decoding="async" src="https://framerusercontent.example/images/kv-bakery.jpg"
alt="Bakers at work, from our Hollinsford shoot" style="display:block;width:100%">
</div></div><p class="framer-text framer-1yyq6mz" data-framer-name="Caption">From the Hollinsford bakery shoot. Photo: Amrit Dhaliwal</p>
${rt(
  'framer-17fl1ng',
  `${fp(rIntro)}
${fh(rH[0] ?? '')}
${fp(rS1)}
${fh(rH[1] ?? '')}
${fp(rS2)}
${fh(rH[2] ?? '')}
${fp(rS3)}`,
)}
<div class="framer-1wrv5x1" data-framer-name="Next"><p class="framer-text framer-styles-preset-1mqt0c0">Next article</p><a class="framer-1nmh4fn framer-lux5qc"
data-framer-name="Card" href="./journal/naming-a-product"><h3 class="framer-text framer-styles-preset-1yrqswc">Naming a product in a week</h3></a></div>
<div class="framer-fh1mkx" data-framer-name="CTA"><h2 class="framer-text framer-styles-preset-1j0v4ku">Have a project in mind?</h2>
<a class="framer-11h4nvt framer-v-11h4nvt" data-framer-name="Button" href="mailto:hello@kestrelandvale.example">
<p class="framer-text">hello@kestrelandvale.example</p>
</a></div></main>
<footer class="framer-1dw8w5o" data-framer-name="Footer"><p class="framer-text framer-styles-preset-1mqt0c0">Kestrel &amp; Vale is a two-person design studio
in Leith Wynd.</p><div class="framer-1ucx3cv" data-framer-name="Socials">${rFoot.map((t) => `<a class="framer-text" href="#">${t}</a>`).join('')}</div>
<p class="framer-text framer-styles-preset-1mqt0c0">© 2026</p></footer></div>
<div id="__framer-badge-container"><div class="framer-4qkPw __framer-badge" data-framer-appear-id="1a2b3c"><a href="https://www.framer.com/" target="_blank"
class="framer-5ssQN framer-v-5ssQN" data-framer-name="Light"><div class="framer-1jtycnl" data-framer-name="Made in Framer">
<p class="framer-text">Made in Framer</p>
</div></a></div></div></div>
<script>(()=>{function u(){function n(t,e,i){let r=document.createElement("a");r.href=t;return r}}})();</script></body></html>`;
export const framer: TestPage = {
  name: 'heldout285-framer-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rS1, ...rS2, ...rS3]),
  bylines: ['Mar 11, 2026', 'Words by Saoirse Kemble'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel & Vale', ...rNav, 'Opinion', 'From the Hollinsford bakery shoot. Photo: Amrit Dhaliwal', 'Next article', 'Naming a product in a week',
    'Have a project in mind?', 'hello@kestrelandvale.example', 'Kestrel & Vale is a two-person design studio in Leith Wynd.', ...rFoot, 'Made in Framer',
  ],
};
