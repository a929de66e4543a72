import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout277-kit.js';

/**
 * Held-out batch 277, file b2: an Australian Government service page built with Next.js and the Australian Government
 * Design System (Emotion class names, `__next` root and `__NEXT_DATA__`), whose main text is short: the official banner,
 * masthead with "Sign in", main menu, breadcrumbs, a callout, "Page last updated", the "Was this page helpful?" widget,
 * a related-links sidebar, the Acknowledgement of Country and the footer.
 */
const aTitle = 'Replace a lost or stolen Seniors Travel Card';
const aIntro = 'Get a new card quickly if yours is lost, stolen or damaged.';
const aLede = [
  j(
    'If your Seniors Travel Card is lost, stolen or damaged, you can ask us for a new one. Your concessions stay active while you',
    'wait, so you can keep using your card number for discounted fares.',
  ),
];
const aHow = ['The quickest way to get a replacement card is online. To do this, you need to:'];
const aSteps = [
  'sign in to your Regional Access account through myPortal',
  'select Cards from the menu, then Replace a card',
  'tell us if your card was lost, stolen or damaged',
  'check your postal address and submit the request',
];
const aHow2 = [
  j(
    'Your new card will arrive by post within 10 business days. You can also ask for a replacement by phone or at a service centre.',
    'If your card was stolen, we will cancel the old card number and give you a new one.',
  ),
];
const aTemp = [
  j(
    'You can show a digital card in the Regional Access app while you wait. Transport operators accept the digital card in the same',
    'way as the physical card.',
  ),
];
const aMenu = ['Individuals', 'Organisations', 'Health professionals', 'Businesses', 'Contact us'];
const aRelated = ['About travel concessions for seniors', 'Update your address', 'Digital cards in the Regional Access app', 'Ways to contact us'];
const aFoot = ['Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Freedom of information', 'Site map'];
const aAck = j(
  'We acknowledge the Traditional Custodians of the lands we live on. We pay our respects to all Elders, past and present,',
  'of all Aboriginal and Torres Strait Islander nations.',
);
const cls = (h: string): string => `css-${h}`;
const aData = JSON.stringify({
  props: { pageProps: { node: { id: 'a91f', title: aTitle, changed: '2026-03-03T09:12:00+11:00', type: 'service_page' } } },
  page: '/[...slug]',
  query: { slug: ['individuals', 'services', 'replace-seniors-travel-card'] },
  buildId: 'q2Yk7hV0pXr1',
  isFallback: false,
  gsp: true,
});
const aHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${aTitle} - Regional Access Australia</title>
<meta name="description" content="How to replace a Seniors Travel Card that is lost, stolen or damaged.">
<meta property="og:title" content="${aTitle}"><meta property="og:site_name" content="Regional Access Australia"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/5f1c0b2e8a.css" as="style"><link rel="stylesheet" href="/_next/static/css/5f1c0b2e8a.css" data-n-g="">
<style data-emotion="css 1ujg8dk 9w2rq1 1nq4v3z">.css-1ujg8dk{display:flex;flex-direction:column;min-height:100vh;}</style>
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-7b8a.js" defer></script><script src="/_next/static/chunks/framework-2c79e.js" defer></script>
<script src="/_next/static/chunks/pages/%5B...slug%5D-4f1d.js" defer></script></head>
<body><div id="__next"><div class="${cls('1ujg8dk')}"><a href="#main-content" class="${cls('s4yp0e')}">Skip to main content</a>
<section aria-label="Official Australian Government website" class="${cls('1xb9lq')}"><div class="${cls('tq3c1d')}">
<span class="${cls('1ekl8e2')}">An official Australian Government website</span></div></section>
<header class="${cls('9w2rq1')}"><div class="${cls('1p4uf3t')}"><a href="/" class="${cls('7t2m9q')}">
<img alt="Australian Government" src="/_next/static/media/coa.svg"
width="200" height="48"><span class="${cls('wz1d7k')}">Regional Access Australia</span></a>
<div class="${cls('1mq8hfb')}"><a href="/sign-in" class="${cls('17q2xw9')}">Sign in</a><button type="button" class="${cls('k1n5c1')}"
aria-expanded="false">Search</button></div></div>
<nav aria-label="Main" class="${cls('1nq4v3z')}"><ul class="${cls('1kvo5cd')}">${links(aMenu, cls('u3pt4y'))}</ul></nav></header>
<main id="main-content" tabindex="-1" class="${cls('1o5b6na')}"><div class="${cls('1c0yv0t')}">
<nav aria-label="Breadcrumbs" class="${cls('1rb2x2v')}"><ol class="${cls('1u8s3gu')}">
${links(['Home', 'Individuals', 'Services', 'Travel concessions for seniors'], cls('l0r0yg'))}
</ol></nav>
<div class="${cls('eq4ky8')}"><div class="${cls('1oavwfk')}"><div class="${cls('13o7eu2')}"><h1 class="${cls('1f6xvdz')}">${aTitle}</h1>
<p class="${cls('1y1ia0x')}">${aIntro}</p></div>
<div class="${cls('9ebmpq')}">
${ps(aLede, ` class="${cls('1i1i2ge')}"`)}
<h2 class="${cls('y2xg7t')}" id="how-to-get-a-new-card">How to get a new card</h2>
${ps(aHow, ` class="${cls('1i1i2ge')}"`)}
<ol class="${cls('pa1c2p')}">${lis(aSteps, cls('1ac5zy7'))}</ol>
${ps(aHow2, ` class="${cls('1i1i2ge')}"`)}
<section class="${cls('m5x8ul')}" aria-labelledby="callout-1"><h3 id="callout-1" class="${cls('a7oxk1')}">While you wait</h3>
${ps(aTemp, ` class="${cls('1i1i2ge')}"`)}</section>
</div>
<p class="${cls('10tb6p6')}">Page last updated: 3 March 2026</p>
<div class="${cls('16f0m3q')}" data-testid="feedback"><h2 class="${cls('1m3mw6z')}">Was this page helpful?</h2><div class="${cls('8atqhb')}">
<button type="button" class="${cls('1yt4nrz')}">Yes</button><button type="button" class="${cls('1yt4nrz')}">No</button></div>
<p class="${cls('1cb6b6m')}">Do not include personal information. We cannot reply to feedback.</p></div></div>
<aside class="${cls('1wdjp2p')}"><nav aria-labelledby="related-title"><h2 id="related-title" class="${cls('jffmg3')}">Related links</h2>
<ul class="${cls('1kvo5cd')}">${links(aRelated, cls('1cz6f2s'))}</ul></nav></aside></div></div></main>
<footer class="${cls('1s6n5f5')}"><div class="${cls('1p4uf3t')}"><nav aria-label="footer"><ul class="${cls('x3ny5o')}">${links(aFoot, cls('1cpldgn'))}</ul>
</nav>
<p class="${cls('wcxbuy')}">${aAck}</p>
<p class="${cls('1bxqiy4')}">© Commonwealth of Australia</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${aData}</script></body></html>`;
export const ausService: TestPage = {
  name: 'heldout277-australia-nextjs-service-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['How to get a new card', 'While you wait'],
  body: texts([aIntro, ...aLede, ...aHow, ...aSteps, ...aHow2, ...aTemp]),
  bylines: ['Page last updated: 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official Australian Government website', 'Regional Access Australia', 'Sign in', 'Search', ...aMenu, 'Home',
    'Services', 'Travel concessions for seniors',
    ...aRelated, 'Was this page helpful?', 'Yes',
    'Do not include personal information. We cannot reply to feedback.', 'Related links', ...aFoot,
    aAck,
    '© Commonwealth of Australia',
  ],
};
