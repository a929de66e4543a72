import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file e2: a Roku support article (the TrustArc cookie banner, the Roku header with "What to Watch",
 * "Products", "Support", the support search bar, the breadcrumb, an outage alert above the article, the article with a
 * "Good to know" note at the top of its text and sections per kind of remote, the article number,
 * the "Was this article helpful?" widget, "Related articles", the "Still need help?" community and contact cards, and the
 * Roku footer with its newsletter box).
 */
const rkTitle = 'How to fix a Roku remote that is not working';
const rkNote = `<p>If your remote is working again after you replace the batteries, you don’t need to do anything else. Low batteries are the
most common reason a Roku remote stops responding.</p>`;
const rkArt = `<p>Roku devices come with one of two kinds of remote. A simple IR remote must be pointed at your Roku device. A Roku voice remote
connects over your home wireless network, so it works even when it isn’t pointed at the device. The steps below depend on which kind you
have.</p>
<h2>Identify your remote</h2>
<p>Open the battery compartment. If you see a small pairing button near the batteries, you have a voice remote that needs to be paired. If
there is no pairing button, you have a simple IR remote.</p>
<h2>If you have a simple IR remote</h2>
<ul><li>Remove anything between the remote and the front of your Roku device or TV, such as a soundbar or a decorative frame.</li>
<li>Point the remote directly at the device and press the Home button a few times.</li>
<li>Replace the batteries with new alkaline AA or AAA batteries. Rechargeable batteries sometimes don’t supply enough power.</li></ul>
<h2>If you have a voice remote</h2>
<p>A voice remote must be paired with your Roku device. If it was paired before and stopped working, restart your Roku device and pair the
remote again:</p>
<ol><li>Remove the batteries from the remote.</li>
<li>Unplug the power cable from your Roku device or TV, wait 10 seconds, and plug it back in.</li>
<li>When the Home screen appears, put the batteries back in the remote.</li>
<li>Press and hold the pairing button for five seconds, or until the status light on the remote starts flashing.</li>
<li>Wait about 30 seconds for the remote to pair. A pairing dialog appears on your TV when it is finished.</li></ol>
<h2>If your remote still doesn’t work</h2>
<p>You can control your Roku device with the free Roku mobile app while you troubleshoot. Your phone must be on the same wireless network as
your Roku device. If the remote still doesn’t respond after new batteries and a new pairing, it may need to be replaced. Replacement remotes
are available from the Roku store and most electronics retailers.</p>`;
const rkAlert = 'Some customers may see slower loading on the Home screen. We’re working on a fix.';
const rkNav = ['What to Watch', 'Products', 'Support', 'Shop', 'Roku Community'];
const rkCrumbs = ['Support home', 'Remotes and accessories'];
const rkRelated = [
  'How to pair a Roku voice remote',
  'Why does my Roku remote light flash green?',
  'How to use the Roku mobile app as a remote',
  'Which Roku remote do I have?',
];
const rkCookie =
  'Roku uses cookies and similar technologies to operate this site, to analyze its use, and to personalize ads. By clicking “Accept”, you agree ' +
  'to this use.';
const rkFoot = [
  'About Roku',
  'Investor relations',
  'Careers',
  'Newsroom',
  'Advertise with Roku',
  'Privacy',
  'Terms',
  'Accessibility',
  'Do not sell or share my personal information',
];
const rkNews = ['Stay in the loop', 'Get the latest news, deals and streaming tips from Roku.', 'Your email', 'Sign up'];
const rkHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${rkTitle} | Official Roku Support</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Learn how to fix a Roku remote that is not working.">
<meta property="og:title" content="${rkTitle}"><meta property="og:site_name" content="Roku">
<link rel="canonical" href="https://support.roku.com/article/221184706">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${rkTitle}","dateModified":"2025-07-02",
"publisher":{"@type":"Organization","name":"Roku, Inc."}}</script>
<script>window.__SUPPORT_STATE__ = {"articleId":"221184706","locale":"en-us"};</script>
<script src="https://consent.trustarc.example/notice?domain=roku.com&c=teconsent&js=nj" async></script>
<link rel="stylesheet" href="/static/css/support.9e1f4.css"></head>
<body class="support article-page">
<div id="teconsent"><div class="truste_overlay" role="dialog" aria-label="Cookie consent"><p class="truste-text">${rkCookie}</p>
<button class="truste-button1">Accept</button><button class="truste-button2">Decline</button><a href="#">Cookie preferences</a></div></div>
<header class="rk-header"><a class="rk-header__logo" href="https://www.roku.com/"><span class="visually-hidden">Roku home</span></a>
<nav aria-label="Primary"><ul class="rk-header__nav">${links(rkNav, 'rk-header__nav-item')}</ul></nav>
<div class="rk-header__account"><a href="https://my.roku.com/signin">Sign in</a></div></header>
<div class="support-search"><h2 class="support-search__title">Roku Support</h2><form role="search"><input type="search" placeholder="Search Roku Support"
aria-label="Search Roku Support"></form></div>
<div class="alert-banner alert-banner--info" role="status"><span class="alert-banner__label">Service alert</span><p>${rkAlert}</p></div>
<main class="article-layout"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(rkCrumbs, 'breadcrumbs__item')}</ol></nav>
<article class="article" data-article-id="221184706"><header class="article__header"><h1 class="article__title">${rkTitle}</h1></header>
<div class="article__body"><div class="callout callout--good-to-know"><p class="callout__title">Good to know</p>${rkNote}</div>
${rkArt}</div>
<p class="article__number">Article number: 221184706</p></article>
<div class="article-vote"><p>Was this article helpful?</p><button data-vote="up">Yes</button><button data-vote="down">No</button>
<p class="article-vote__thanks" hidden>Thanks for letting us know.</p></div>
<aside class="related-articles"><h2>Related articles</h2><ul>${links(rkRelated)}</ul></aside>
<section class="help-cards"><h2>Still need help?</h2><div class="help-card"><h3>Ask the Roku Community</h3>
<p>Get answers from other Roku customers and community experts.</p></div><div class="help-card"><h3>Contact us</h3>
<p>Chat with a support agent or request a call back.</p></div></section></main>
<footer class="rk-footer"><div class="rk-footer__newsletter"><h2>${rkNews[0]}</h2><p>${rkNews[1]}</p><label for="em">${rkNews[2]}</label>
<input id="em" type="email"><button>${rkNews[3]}</button></div><ul class="rk-footer__links">${links(rkFoot, 'rk-footer__link')}</ul>
<p class="rk-footer__legal">© 2025 Roku, Inc. All rights reserved. ROKU, the ROKU logo and other Roku marks are trademarks of Roku, Inc.</p></footer>
<script src="/static/js/support.9e1f4.js" defer></script></body></html>`;
export const rokuArticle: TestPage = {
  html: rkHtml,
  name: 'heldout202-roku-support-article',
  kind: 'docs',
  // the "Good to know" note at the top of the text is body (its label in neither list); the service alert above the article,
  // the related articles and the help cards are furniture; the article number is furniture
  title: rkTitle,
  headings: blocks(rkArt, 'h2'),
  body: blocks(rkNote + rkArt),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    rkCookie, 'Accept', 'Decline', 'Cookie preferences', 'Roku home', ...rkNav, 'Sign in', 'Roku Support', 'Service alert', rkAlert, ...rkCrumbs,
    'Article number: 221184706', 'Was this article helpful?', 'Yes', 'No', 'Thanks for letting us know.', 'Related articles', ...rkRelated,
    'Still need help?', 'Ask the Roku Community', 'Get answers from other Roku customers and community experts.', 'Contact us',
    'Chat with a support agent or request a call back.', ...rkNews, ...rkFoot, '© 2025 Roku, Inc. All rights reserved.',
  ],
};
