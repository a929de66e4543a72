import { ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout250-d2.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file d: an "X vs Y" comparison page published with Framer (framer-* class names, data-framer-name
 * wrappers, RichTextContainer blocks, a comparison grid built from div rows, a sticky CTA, testimonial ticker and footer,
 * with the hydration script) and, from file d2, a startup's launch post on Ghost (Casper theme).
 */
const fTitle = 'Relaymail vs Postwright: which email API fits a product team?';
const fIntro = [
  j(
    'Both Relaymail and Postwright send transactional email through a simple API, and both will happily deliver your password',
    'resets. The differences show up later: when you need to see why a message bounced, when marketing wants to edit a template',
    'without a deploy, and when your volume triples in a quarter.',
  ),
  j(
    'We build Relaymail, so we are not neutral. We have tried to be fair anyway, and every claim about Postwright below comes from',
    'its public documentation and pricing page as of March 2026.',
  ),
];
const fH2 = ['At a glance', 'Where Relaymail is the better fit', 'Where Postwright is the better fit', 'The verdict'];
const fRows = [
  ['Starting price', 'From $15 a month for 40,000 emails', 'From $20 a month for 50,000 emails'],
  ['Template editing', 'Visual editor with version history for non-developers', 'Code templates stored in your repository'],
  ['Message logs', 'Full event history kept for 30 days on every plan', 'Seven days of logs, 30 with an add-on'],
  ['Dedicated IPs', 'Included from the Scale plan', 'Available on all paid plans for an extra fee'],
];
const fRelay = [
  j(
    'Relaymail suits teams where more than engineers touch email. Designers, marketers and support leads can change the copy of a',
    'receipt or a trial reminder in the visual editor, preview it against real data, and publish without waiting for a release.',
  ),
  j(
    'Our 30-day event history is also the main reason teams move to us. When a customer says they never got an invoice, support',
    'can search by address and see every delivery attempt without opening a ticket with engineering.',
  ),
];
const fPost = [
  j(
    'Postwright is a strong choice for teams that want templates treated as code. If every email change already goes through',
    'code review and you like it that way, its repository-based templates fit neatly into that workflow.',
  ),
  j(
    'It also offers dedicated IPs on every paid plan, which matters if you send at high volume from day one and your deliverability',
    'team wants full control over warming.',
  ),
];
const fVerdict = [
  j(
    'If your email is owned by engineering alone, Postwright will serve you well. If email is shared work between product,',
    'support and marketing, Relaymail will save those teams hours every week, and your engineers will thank you for fewer',
    '"can you change one word" requests.',
  ),
];
const fNav = ['Product', 'Docs', 'Pricing', 'Compare', 'Log in'];
const fFoot = ['Status', 'Changelog', 'Security', 'Relaymail vs Sendhaven', 'Relaymail vs Mailcrest', 'Privacy', 'Terms'];
let n = 0;
const rt = (tag: string, inner: string, name = 'Text'): string =>
  `<div class="framer-${(n++).toString(36)}x${n}q" data-framer-name="${name}" data-framer-component-type="RichTextContainer"
style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0;transform:none"><${tag} class="framer-text
framer-styles-preset-${tag === 'p' ? '1wicq5s' : '13w3bnc'}" data-styles-preset="${tag === 'p' ? 'Yt8a2nH1r' : 'kBn0Gx5ZK'}">${inner}</${tag}></div>`;
const fHtml = `<!doctype html><!-- Made in Framer · framer.com ✨ --><!-- Published Mar 2, 2026, 9:12 AM UTC --><html lang="en-US"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="generator" content="Framer 6e0f3c1">
<title>Relaymail vs Postwright | Email API comparison</title><meta name="description" content="An honest comparison of Relaymail and Postwright.">
<meta property="og:type" content="website"><meta property="og:title" content="Relaymail vs Postwright">
<link rel="canonical" href="https://relaymail.example/compare/postwright">
<style data-framer-css-ssr-minified="" data-framer-components="framer-lib-cursors-host framer-7yTcR">html,body,#main{margin:0;padding:0;box-sizing:border-box}
.framer-7yTcR.framer-72rtr7{align-content:center;display:flex;flex-direction:column;gap:0px;width:1200px}</style>
<script>try{if(localStorage.get("__framer_force_showing_editorbar_since")){const n=document.createElement("link");n.rel="modulepreload"}}catch(e){}</script>
</head><body><script async src="https://events.framer.example/script" data-fid="2f9a1c"></script>
<div id="main" data-framer-hydrate-v2="{&quot;routeId&quot;:&quot;sPq1Ia9sd&quot;,&quot;localeId&quot;:&quot;default&quot;,&quot;breakpoints&quot;:[]}"
data-framer-ssr-released-at="2026-02-26T10:01:32.000Z" data-framer-page-optimized-at="2026-03-02T09:12:40.000Z">
<div class="framer-7yTcR framer-72rtr7" data-framer-name="Desktop" style="min-height:100vh;width:auto">
<nav class="framer-1q7ft9d" data-framer-name="Nav"><a class="framer-mb2z5m framer-1u3v2ub" data-framer-name="Logo" href="./">Relaymail</a>
<div class="framer-9ybz1q" data-framer-name="Links">${fNav
  .map((l) => `<a class="framer-text framer-styles-preset-gd0qm5" href="./${l.toLowerCase().replace(/ /g, '-')}">${l}</a>`)
  .join('\n')}</div>
<a class="framer-1lq2v1m framer-1ncxh8p" data-framer-name="Button" href="./signup"><div class="framer-text">Start free</div></a></nav>
<section class="framer-12u3lq0" data-framer-name="Hero">${rt('p', 'Comparison', 'Eyebrow')}
${rt('h1', fTitle, 'Title')}
${fIntro.map((p) => rt('p', p)).join('\n')}</section>
<section class="framer-p7t4an" data-framer-name="Table">${rt('h2', fH2[0] ?? '')}
<div class="framer-1x0zq1i" data-framer-name="Header Row"><div class="framer-text">Feature</div><div class="framer-text">Relaymail</div>
<div class="framer-text">Postwright</div></div>
${fRows
  .map(
    (r) => `<div class="framer-row-${r[0]?.length}" data-framer-name="Row">${r.map((c) => rt('p', c, 'Cell')).join('')}
</div>`,
  )
  .join('\n')}</section>
<section class="framer-ws3d1p" data-framer-name="Content"><div class="framer-1ek0r4a" data-framer-name="Rich Text"
data-framer-component-type="RichTextContainer"><h2 class="framer-text framer-styles-preset-13w3bnc">${fH2[1]}</h2>
${ps(fRelay, ' class="framer-text framer-styles-preset-1wicq5s"')}
<h2 class="framer-text framer-styles-preset-13w3bnc">${fH2[2]}</h2>
${ps(fPost, ' class="framer-text framer-styles-preset-1wicq5s"')}
<h2 class="framer-text framer-styles-preset-13w3bnc">${fH2[3]}</h2>
${ps(fVerdict, ' class="framer-text framer-styles-preset-1wicq5s"')}</div></section>
<section class="framer-1h2d2w5" data-framer-name="Ticker"><div class="framer-text">"We moved 11 million emails a month in a weekend." Halden Cole,
CTO at Brightrail</div><div class="framer-text">"Support finally stopped forwarding bounce questions to us." Priya Nandakumar, Staff Engineer at
Mossgrove</div></section>
<section class="framer-1m4zv8q" data-framer-name="CTA">${rt('h2', 'Try Relaymail free for 30 days', 'CTA Title')}
${rt('p', 'No credit card. Import your Postwright templates in one click.', 'CTA Text')}
<a class="framer-5o0bdc framer-1ncxh8p" data-framer-name="Button" href="./signup"><div class="framer-text">Start free</div></a></section>
<footer class="framer-1v6mw3" data-framer-name="Footer"><div class="framer-aa93wh" data-framer-name="Links">${fFoot
  .map((l) => `<a class="framer-text framer-styles-preset-gd0qm5" href="./x">${l}</a>`)
  .join('\n')}</div>
<div class="framer-text">© 2026 Relaymail Labs, Inc.</div></footer></div>
<div id="template-overlay"></div></div><div id="svg-templates" style="position: absolute; overflow: hidden; top: 0; left: 0; width: 0; height: 0">
</div><script type="framer/handover" id="__framer__handoverData">[{"routeId":1,"localeId":2},"sPq1Ia9sd","default"]</script>
<script type="module" async data-framer-bundle="main" fetchpriority="low" src="https://framerusercontent.example/sites/4dT0/script_main.B8vQ.mjs"></script>
</body></html>`;
const framer: TestPage = {
  name: 'heldout250-framer-comparison-page',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fH2,
  body: texts([...fIntro, ...fRows.flat(), ...fRelay, ...fPost, ...fVerdict]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Start free', 'Comparison',
    '"We moved 11 million emails a month in a weekend." Halden Cole, CTO at Brightrail',
    '"Support finally stopped forwarding bounce questions to us." Priya Nandakumar, Staff Engineer at Mossgrove',
    'Try Relaymail free for 30 days', 'No credit card. Import your Postwright templates in one click.', ...fFoot, '© 2026 Relaymail Labs, Inc.',
  ],
};

export const HELDOUT250_D: readonly TestPage[] = [framer, ghost];
