import { ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout525-kit.js';

/**
 * Held-out batch 525, file e: a mixing and mastering studio's services page on Webflow with pricing cards and an FAQ
 * accordion, and a rehearsal co-op's house rules page on Hugo (Ananke theme).
 */
const wTitle = 'Mixing & Mastering';
const wDek = 'Send us your stems from anywhere. Mixed on analogue gear in Glasgow by engineers who answer their email.';
const wPlans = [
  { name: 'Master', price: '£45 per track', feats: ['Stereo mastering', 'Streaming and CD versions', 'One free revision'] },
  { name: 'Mix', price: '£180 per track', feats: ['Up to 48 stems', 'Two rounds of revisions', 'Instrumental and a cappella versions'] },
  { name: 'Mix + Master', price: '£210 per track', feats: ['Everything in Mix and Master', 'Priority turnaround', 'Attended online session'] },
];
const wHeads = ['Plans', ...wPlans.map((p) => p.name), 'Questions'];
const wFaq = [
  { q: 'How long does it take?', a: 'Most mixes are delivered within ten working days of receiving the stems and notes.' },
  { q: 'What format should the stems be in?', a: 'WAV files at the session sample rate, all starting from bar one, with no processing on the mix bus.' },
  { q: 'Can I attend the mix?', a: 'Yes. We stream the control room over a low-latency link, so you can listen and comment as we work.' },
];
const wNav = ['Studio', 'Services', 'Work', 'About', 'Contact'];
const wCard = (p: (typeof wPlans)[number]): string =>
  `<div class="pricing-card w-inline-block"><h3 class="pricing-title">${p.name.replace(/&/g, '&amp;')}</h3><div class="pricing-price">${p.price}</div>
<ul role="list" class="pricing-list w-list-unstyled">${p.feats
    .map(
      (f) => `<li class="pricing-list-item"><div class="check-icon w-embed"><svg width="16" height="16"></svg></div>
<div>${f}</div></li>`,
    )
    .join('\n')}</ul><a href="/upload" class="button-secondary w-button">Start a project</a></div>`;
const wFaqItem = (f: (typeof wFaq)[number], i: number): string =>
  `<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle" id="w-dropdown-toggle-${i}"
aria-controls="w-dropdown-list-${i}"
aria-haspopup="menu" aria-expanded="false" role="button" tabindex="0"><div class="faq-question">${f.q}</div><div class="faq-icon w-icon-dropdown-toggle"
aria-hidden="true"></div></div>
<nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${i}" aria-labelledby="w-dropdown-toggle-${i}"><p class="paragraph-faq">${f.a}</p></nav></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Feb 09 2027 11:02:41 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.hollowhillaudio.com" data-wf-page="65c3a0f1d2e4b7a9c1f0e2a7" data-wf-site="65c3a0f1d2e4b7a9c1f0e29d" lang="en"><head><meta
charset="utf-8">
<title>Mixing &amp; Mastering | Hollow Hill Audio</title><meta content="${wDek}" name="description"><meta content="Mixing &amp; Mastering | Hollow Hill Audio"
property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c3a0f1d2e4b7a9c1f0e29d/css/hollow-hill-audio.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var
n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65c3a0f1d2e4b7a9c1f0e29d/favicon.png" rel="shortcut icon" type="image/x-icon">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Mixing and mastering",
"provider":{"@type":"LocalBusiness","name":"Hollow Hill Audio"}}</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65c3a0f1d2e4b7a9c1f0e29d/logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link${t === 'Services' ? ' w--current' : ''}"${t === 'Services' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('\n')}
<a href="/upload" class="button-nav w-button">Upload stems</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container w-container"><div class="hero-wrapper"><div class="eyebrow">Services</div>
<h1 class="heading-hero">${wTitle.replace(/&/g, '&amp;')}</h1><p class="paragraph-large">${wDek}</p></div></div></section>
<section class="section-pricing"><div class="container w-container"><h2 class="heading-section">${at(wHeads, 0)}</h2>
<div class="w-layout-grid pricing-grid">${wPlans.map(wCard).join('\n')}</div></div></section>
<section class="section-faq"><div class="container w-container"><h2 class="heading-section">${at(wHeads, 4)}</h2><div
class="faq-wrapper">${wFaq.map(wFaqItem).join('\n')}</div>
</div></section>
<section class="section-cta"><div class="container w-container"><div class="cta-block"><h2 class="heading-cta">Ready when you are.</h2>
<a href="/contact" class="button w-button">Get a quote</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div
class="footer-text">Hollow Hill Audio, 40 Kelvinhaugh Street, Glasgow G3 8NU</div>
<div class="footer-links"><a href="https://instagram.com/hollowhillaudio" class="footer-link">Instagram</a><a href="/privacy"
class="footer-link">Privacy</a></div>
<div class="footer-copyright">© 2027 Hollow Hill Audio</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c3a0f1d2e4b7a9c1f0e29d" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65c3a0f1d2e4b7a9c1f0e29d/js/webflow.4b2c1e.js" type="text/javascript"></script></body></html>`;
const webflowServices: TestPage = {
  name: 'heldout525-webflow-mixing-pricing',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [wDek, ...wPlans.flatMap((p) => [p.price, ...p.feats]), ...wFaq.flatMap((f) => [f.q, f.a])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Studio', 'About', 'Contact', 'Upload stems', 'Services', 'Start a project', 'Ready when you are.', 'Get a quote',
    'Hollow Hill Audio, 40 Kelvinhaugh Street, Glasgow G3 8NU', 'Instagram', 'Privacy', '© 2027 Hollow Hill Audio',
  ],
};

const hTitle = 'House rules';
const hIntro = j(
  'Canal Street Rehearsal Co-op is run by its members, for its members. These rules were agreed at the general meeting in',
  'January 2027 and apply to everyone who books a room, members and visiting bands alike.',
);
const hHeads = ['In the rooms', 'Noise and neighbours', 'Keys and security', 'If something breaks'];
const hSecs: string[][] = [
  [
    'Leave the room as you found it: amps off, mics back on the stand, cables coiled over-under and hung on the hooks.',
    'Do not move the drum kit risers. If you need the kit elsewhere, ask the volunteer on duty.',
    'Food stays in the kitchen. Drinks in the rooms only in bottles with lids.',
    'Your session ends on the hour. The next band needs ten minutes to set up, so start packing away before the end.',
  ],
  [
    j(
      'The building shares a wall with the flats on Lock Lane. Doors between the lobby and the rooms must be closed while you',
      'play, and the loading door must stay shut after 9pm.',
    ),
    'No playing in the car park or the lobby, and please keep the noise down on the stairs late at night.',
  ],
  [
    j(
      'Members get a key fob after their first month. Do not lend it to anyone else, and do not prop open the front door.',
      'The last band out on a weekday checks the fire exits and sets the alarm; the code is on the noticeboard in the office.',
    ),
  ],
  [
    j(
      'Tell us. Write it in the fault book by the kettle or message the volunteers group. Nobody is charged for ordinary wear,',
      'but we do ask bands to pay for damage caused on purpose or through carelessness.',
    ),
    'Thanks for looking after the place. It only works because everyone does their bit.',
  ],
];
const hNav = ['About', 'Rooms', 'Join', 'Rules', 'Contact'];
const hSlug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const hContent = hHeads.map((t, i) => {
  const sec = hSecs[i] ?? [];
  return `<h2 id="${hSlug(t)}">${t}</h2>\n${i === 0 ? `<ol>\n${sec.map((s) => `<li>${s}</li>`).join('\n')}\n</ol>` : ps(sec)}`;
});
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>House rules | Canal Street Rehearsal Co-op</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="The rules every band agrees to when they book a room at the co-op."><meta name="generator" content="Hugo 0.124.1">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://canalstreetcoop.org.uk/rules/"><meta property="og:title" content="House rules"><meta property="og:type" content="article">
<meta property="article:section" content="about"><meta property="article:published_time" content="2027-01-28T19:30:00+00:00">
<meta itemprop="name" content="House rules"><meta itemprop="wordCount" content="392"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="pb3-m pb6-l bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Canal Street Rehearsal Co-op</a>
<div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://www.instagram.com/canalstreetcoop" target="_blank" rel="noopener"
class="instagram ananke-social-link link-transition
stackoverflow link dib z-999 pt3 pt0-l mr1" title="Instagram link" aria-label="follow on Instagram——Opens in a new window"><span class="icon"><svg
style="enable-background:new 0 0 67 67;"
version="1.1" viewBox="0 0 67 67" xml:space="preserve"></svg></span></a></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">About</aside>
<div id="sharing" class="mt3 ananke-socials"><a href="mailto:?&amp;body=https%3A%2F%2Fcanalstreetcoop.org.uk%2Frules%2F&amp;subject=House+rules"
class="ananke-social-link email no-underline"
title="Share on Email" aria-label="Share on Email"><span class="icon"><svg height="32px" viewBox="0 0 512 512"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><time class="f6 mv4 dib tracked" datetime="2027-01-28T19:30:00Z">January 28, 2027</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
<p>${hIntro}</p>
${hContent.join('\n')}
<ul class="pa0"></ul><div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this page</p>
<nav id="TableOfContents"><ul>${hHeads.map((t) => `<li><a href="#${hSlug(t)}">${t}</a></li>`).join('\n')}</ul></nav></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://canalstreetcoop.org.uk/">© Canal Street Rehearsal Co-op 2027</a><div><div class="ananke-socials"></div></div></div></footer>
<script src="/ananke/js/main.min.js"></script></body></html>`;
const hugoRules: TestPage = {
  name: 'heldout525-hugo-coop-rules',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [hIntro, ...hSecs.flat()],
  bylines: ['January 28, 2027'],
  furniture: ['About', 'Join', 'Contact', "What's in this page", '© Canal Street Rehearsal Co-op 2027'],
};

export const HELDOUT525_E: readonly TestPage[] = [webflowServices, hugoRules];
