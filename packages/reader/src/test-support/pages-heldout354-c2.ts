import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file c2: an Instatus status page's incident page built with Next.js (the `__next` root with hashed
 * CSS-module class names, the header with logo and "Get updates" button, the incident title with its "Major outage" pill and
 * affected components, the update timeline with status badges and times, "Powered by Instatus", the language switch and the
 * `__NEXT_DATA__` script); the main text is short.
 */
const iTitle = 'Voice calls failing in the EU region';
const iUpd: readonly [string, string, string][] = [
  [
    'Resolved',
    j(
      'Voice calls in the EU region have been working normally since 11:26 CET. The failures were caused by an expired TLS',
      'certificate on one of our media relays in Frankfurt; clients that connected to that relay could not set up the audio stream. We',
      'replaced the certificate and removed the relay from rotation until our automatic renewal is fixed. Text chat, file sharing and',
      'calls in other regions were not affected. A full write-up will follow on our blog.',
    ),
    'Mar 9, 2026 · 11:41 CET',
  ],
  [
    'Monitoring',
    j(
      'A fix has been rolled out and call success rates are back above 99 percent. Some users may need to leave and rejoin a call that',
      'was started before 11:20. We are keeping an eye on it.',
    ),
    'Mar 9, 2026 · 11:24 CET',
  ],
  [
    'Identified',
    j(
      'We have identified the issue with one of our media relays in Frankfurt and are replacing its certificate. Calls routed through',
      'other relays are working; if your call fails, trying again may connect you to a healthy relay.',
    ),
    'Mar 9, 2026 · 10:58 CET',
  ],
  [
    'Investigating',
    j(
      'We are receiving reports that voice calls fail to connect for some users in Europe, with the message "Could not start audio".',
      'Our team is investigating.',
    ),
    'Mar 9, 2026 · 10:31 CET',
  ],
];
const row = ([st, text, when]: readonly [string, string, string]): string => `<div class="incident_update__Kx3pV">
<div class="incident_badge__u1Qd2 incident_badge--${st.toLowerCase()}__9hTn0"><span>${st}</span></div>
<div class="incident_updateBody__2bLwE"><p class="incident_text__Zt4mR">${text}</p>
<span class="incident_time__aW1kc"><time dateTime="2026-03-09">${when}</time></span></div></div>`;
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${iTitle} | Chattery status</title>
<meta name="description" content="We are receiving reports that voice calls fail to connect for some users in Europe">
<meta property="og:title" content="${iTitle}">
<meta property="og:site_name" content="Chattery status"><meta name="twitter:card" content="summary_large_image"><meta name="next-head-count" content="8">
<link rel="icon" href="https://instatus.example/favicons/chattery.png"><link rel="preload" href="/_next/static/css/4f0d2b1c.css" as="style">
<link rel="stylesheet" href="/_next/static/css/4f0d2b1c.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/incident/%5Bid%5D-0b3d4e.js" defer=""></script></head>
<body><div id="__next"><div class="layout_wrapper__3FzQd theme-light"><header class="header_header__c2uJo"><div class="header_inner__p4Lq9">
<a class="header_logo__8Hn2s" href="/"><img alt="Chattery" src="https://instatus.example/logos/chattery.svg" width="120" height="32"></a>
<div class="header_actions__f0xQ1"><a class="header_link__1v7Ty" href="https://chattery.example">Visit website</a>
<button class="button_button__hN2dR button_primary__Ljk0s" type="button">Get updates</button></div></div></header>
<main class="incident_main__Y6tGe"><a class="incident_back__0pA2x" href="/">← Back to status page</a>
<div class="incident_header__7rTfE"><h1 class="incident_title__vQ3mA">${iTitle}</h1>
<div class="incident_meta__pX8dE"><span class="pill_pill__K0sLd pill_major__2gUuH">Major outage</span>
<span class="incident_duration__3cZfB">Lasted 55 minutes</span></div>
<div class="incident_affected__Ur2nQ"><span class="incident_label__t9JrH">Affected</span><ul>
<li class="component_component__m1Bn5">Voice &amp; video calls</li><li class="component_component__m1Bn5">EU media relays</li></ul></div></div>
<div class="incident_updates__0bH5c">${iUpd.map(row).join('\n')}</div>
<div class="incident_subscribe__9yQeW"><p>Get an email when this incident is updated.</p>
<button class="button_button__hN2dR" type="button">Subscribe</button></div></main>
<footer class="footer_footer__Qe8wM"><div class="footer_inner__L7z2k"><a class="footer_powered__k1Nt3" href="https://instatus.com?utm_source=chattery">Powered
by Instatus</a><div class="footer_lang__vG6hP"><button type="button">English</button><button type="button">Deutsch</button></div>
<a href="/history">Incident history</a><a href="/feed.rss">RSS</a></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"incident":{"id":"clt8x0q2d00","name":"${iTitle}","impact":"MAJOROUTAGE",
"updates":4},"site":{"name":"Chattery","subdomain":"chattery"}},"__N_SSP":true},"page":"/incident/[id]","query":{"id":"clt8x0q2d00"},
"buildId":"s9Lk2mQ0fE1","isFallback":false,"gssp":true,"locale":"en","locales":["en","de"],"scriptLoader":[]}</script></body></html>`;
export const instatusPage: TestPage = {
  name: 'heldout354-instatus-nextjs-incident',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iUpd.map((u) => u[1])),
  bylines: iUpd.map((u) => u[2]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Visit website', 'Get updates', '← Back to status page', 'Major outage', 'Lasted 55 minutes', 'Affected', 'Voice & video calls', 'EU media relays',
    ...iUpd.map((u) => u[0]), 'Get an email when this incident is updated.', 'Subscribe', 'Powered by Instatus',
    'English', 'Deutsch', 'Incident history', 'RSS',
  ],
};
