import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file e2: a Notion-powered help center page published with Super.so (super-navbar with logo, links
 * and button, Notion breadcrumb, notion-header, a page property with the edit date, callout, toggles, a linked "Related
 * articles" database view, the helpful-widget injected by custom code, the intercom-style chat launcher and super-footer).
 */
const hTitle = 'How to pause your subscription';
const hIntro = [
  j(
    'If you are travelling or simply need a break from weaving kits, you can pause your Loomwell subscription for up to three months',
    'instead of cancelling it. Your plan, your saved colour choices and your loyalty points all stay exactly as they are.',
  ),
];
const hH = ['Pausing from your account', 'What happens while paused', 'Common questions'];
const hS1 = ['Sign in on the website or in the app, then follow these steps:'];
const hSteps = [
  'Open Account and choose Subscription.',
  'Select Pause deliveries and pick one, two or three months.',
  'Confirm. You will get an email with the date your next box will ship.',
];
const hCallout = 'A pause must start at least four days before your next shipping date. Boxes already being packed cannot be stopped.';
const hS2 = [
  j(
    'No payments are taken while your subscription is paused, and no boxes are sent. Your loyalty points do not expire during a pause,',
    'but you also do not earn the monthly bonus points.',
  ),
  'When the pause ends, deliveries restart on your usual schedule. You can also resume early at any time from the same page.',
];
const hQ: [string, string][] = [
  ['Can I pause for longer than three months?', 'Not in one go. You can pause again once your first pause ends, with at least one box in between.'],
  ['Will my price change after a pause?', 'No. Your price is locked for as long as the subscription is active, and a paused subscription counts as active.'],
  ['I gift my subscription to someone. Can they pause it?', 'Only the account holder who pays can pause. Gift recipients can ask you to do it for them.'],
];
const hRelated = ['Changing your delivery address', 'Skipping a single box', 'Cancelling your subscription'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${hTitle} | Loomwell Help Center</title><meta name="description" content="Pause your Loomwell subscription for up to three months."/>
<meta property="og:site_name" content="Loomwell Help Center"/><link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="anonymous"/>
<link rel="stylesheet" href="https://assets.super.so/global.css"/><link rel="stylesheet" href="https://assets.super.so/notion.css"/>
<style id="super-custom-css">.notion-callout{border-radius:12px}.super-navbar__button{background:#7a3e9d}</style>
<script>window.intercomSettings={app_id:"lw9x2k",alignment:"right"};</script></head>
<body class="theme-light"><div id="__next"><div class="super-root"><div class="super-navbar simple" style="position:sticky"><div class="super-navbar__content"
style="max-width:var(--layout-max-width)"><a class="notion-link super-navbar__logo" href="/"><div class="super-navbar__logo-text"
style="font-size:16px">Loomwell Help
Center</div></a><div class="super-navbar__breadcrumbs"><div class="notion-breadcrumb"><a class="notion-link notion-breadcrumb__item" href="/"><div
class="notion-breadcrumb__title">Help Center</div></a><span class="notion-breadcrumb__divider">/</span><a class="notion-link notion-breadcrumb__item"
href="/billing"><div class="notion-breadcrumb__title">Billing and plans</div></a><span class="notion-breadcrumb__divider">/</span><div
class="notion-breadcrumb__item single"><div class="notion-breadcrumb__title">Pause a subscription</div></div></div></div><div
class="super-navbar__actions"><div
class="super-navbar__item-list"><a href="https://loomwell.example" class="notion-link super-navbar__item">Shop</a><a href="/status"
class="notion-link super-navbar__item">Service status</a></div><a href="/contact" class="notion-link super-navbar__button">Contact us</a></div><div
class="super-navbar__menu-wrapper"><div class="super-navbar__menu-open"></div></div></div></div>
<main class="super-content page__how-to-pause-your-subscription parent-page__billing has-navbar"><div class="notion-header page"><div
class="notion-header__cover
no-cover no-icon"></div><div class="notion-header__content max-width no-cover no-icon"><div class="notion-header__title-wrapper"><h1
class="notion-header__title">${hTitle}</h1></div></div></div>
<article id="block-how-to-pause-your-subscription" class="notion-root max-width has-footer"><div class="notion-page__properties"><div
class="notion-page__property"><div class="notion-page__property-name"><span>Last edited</span></div>
<div class="notion-property
notion-property__last_edited_time notion-semantic-string">February 2, 2026</div></div><div class="notion-divider"></div></div>
${hIntro.map((p) => `<p id="block-1a2b" class="notion-text notion-text__content notion-semantic-string">${p}</p>`).join('\n')}
<h2 id="block-3c4d" class="notion-heading notion-semantic-string">${hH[0]}</h2>
<p id="block-5e6f" class="notion-text notion-text__content notion-semantic-string">${hS1[0]}</p>
<ol type="1" class="notion-numbered-list">${hSteps.map((s) => `<li class="notion-list-item notion-semantic-string">${s}</li>`).join('')}</ol>
<div id="block-7a8b" class="notion-callout bg-yellow-light border"><div class="notion-callout__icon"><span class="notion-icon text">💡</span></div><div
class="notion-callout__content"><span class="notion-semantic-string">${hCallout}</span></div></div>
<h2 id="block-9c0d" class="notion-heading notion-semantic-string">${hH[1]}</h2>
${hS2.map((p) => `<p class="notion-text notion-text__content notion-semantic-string">${p}</p>`).join('\n')}
<h2 id="block-e1f2" class="notion-heading notion-semantic-string">${hH[2]}</h2>
${hQ
  .map(
    ([q, a]) => `<details class="notion-toggle closed bg-default"><summary><span class="notion-semantic-string"><strong>${q}</strong></span></summary><div><p
class="notion-text notion-text__content notion-semantic-string">${a}</p></div></details>`,
  )
  .join('\n')}
<div class="notion-collection inline"><div class="notion-collection__header-wrapper"><h3 class="notion-collection__header"><span
class="notion-semantic-string">Related articles</span></h3></div><div class="notion-collection-list">
${hRelated
  .map(
    (r) => `<a href="/billing/${r.length}" class="notion-link notion-collection-list__item"><div
class="notion-property__title"><span>${r}</span></div></a>`,
  )
  .join('\n')}
</div></div>
<div class="custom-helpful-widget" id="helpful"><p class="helpful__question">Did this answer your question?</p><div class="helpful__buttons"><button
aria-label="Not helpful">😞</button><button aria-label="Somewhat">😐</button><button aria-label="Helpful">😃</button></div></div></article></main>
<footer class="super-footer"><div class="super-footer__content"><p class="super-footer__text">© 2026 Loomwell Crafts Ltd. All rights reserved.</p><a
href="https://super.so/?ref=loomwell" class="super-footer__badge">Built with Super</a></div></footer></div></div>
<div class="intercom-lightweight-app"><div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom
Messenger"></div></div>
<script id="__NEXT_DATA__" type="application/json">
{"props":{"pageProps":{"siteId":"c81f","pageId":"how-to-pause"}},"page":"/[[...slug]]"}</script></body></html>`;
export const superso: TestPage = {
  name: 'heldout273-super-notion-help-center-wiki',
  kind: 'wiki',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hIntro, ...hS1, ...hSteps, hCallout, ...hS2, ...hQ.flat()]),
  bylines: ['Last edited February 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loomwell Help Center', 'Help Center', 'Billing and plans', 'Pause a subscription', 'Shop', 'Service status', 'Contact us', 'Related articles',
...hRelated,
    'Did this answer your question?', '© 2026 Loomwell Crafts Ltd. All rights reserved.', 'Built with Super',
  ],
};
