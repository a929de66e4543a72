import { links, type TestPage } from './page-kit.js';
import { type Block, flow, gold, j } from './pages-heldout569-kit.js';

/**
 * Held-out batch 569, file c: a sports physiotherapy clinic's shockwave therapy page on Webflow, with a FAQ accordion built from
 * divs, Finsweet cookie consent and a newsletter form whose success and error messages sit in the DOM.
 */
const tTitle = 'Shockwave Therapy';
const tDek = 'Radial shockwave for stubborn tendon pain that has not settled with exercise alone.';
const tBlocks: Block[] = [
  { h: 2, t: 'How shockwave works' },
  j(
    'Shockwave therapy sends short, high-energy sound pulses into the painful tissue through a hand-held applicator. The pulses stimulate',
    'blood flow and the repair process in tendons that have become stuck in a long-term, painful state.',
  ),
  j(
    'It is not a stand-alone fix. We use shockwave to calm pain enough for you to make progress with a strengthening programme, which is',
    'what changes the tendon in the long run.',
  ),
  { h: 2, t: 'Conditions we treat with shockwave' },
  {
    ul: [
      'Achilles tendinopathy',
      'Plantar heel pain',
      'Patellar tendinopathy (jumper’s knee)',
      'Tennis elbow',
      'Gluteal tendinopathy on the outside of the hip',
      'Calcific tendinopathy of the shoulder',
    ],
  },
  { h: 2, t: 'A typical course' },
  j(
    'Most people need three to five sessions, one week apart. Each session takes about 15 minutes within a 30-minute appointment, and you',
    'can walk, drive and work as normal afterwards. We review your progress at six and twelve weeks.',
  ),
];
const tFaqH = 'Frequently asked questions';
const tFaq: [string, string][] = [
  ['Does it hurt?', 'It is uncomfortable rather than painful for most people. We start at a low intensity and increase it as you get used to it.'],
  [
    'Who should not have shockwave?',
    j('We will not use it during pregnancy, over a pacemaker, if you take blood thinners, or within six weeks of a steroid injection into', 'the same area.'),
  ],
  [
    'Is it covered by insurance?',
    j(
      'Most private health insurers cover shockwave as part of physiotherapy when a registered physiotherapist delivers it. Check your policy',
      'for any limit on the number of sessions.',
    ),
  ],
];
const tNav = ['Treatments', 'Conditions', 'Our team', 'Pricing', 'Contact'];
const tRel = ['Sports massage', 'Return-to-running clinic', 'Acupuncture'];
const tFoot = [
  'Tideline Sports Physio',
  'Unit 4, Quayside Works, Porthwen',
  'hello@tidelinephysio.co',
  'Privacy',
  'Terms',
  '© 2026 Tideline Sports Physio Ltd.',
];
const faqHtml = tFaq
  .map(([q, a], i) =>
    j(
      `<div class="faq-item" fs-accordion-element="accordion"><div class="faq-question" fs-accordion-element="trigger" role="button" tabindex="0"`,
      `aria-controls="faq-a-${i}" aria-expanded="false"><div class="faq-q-text">${q}</div><img src="https://assets-global.website-files.com/65e9c0a1/plus.svg"`,
      `loading="lazy" alt="" class="faq-icon"></div><div class="faq-answer" id="faq-a-${i}" fs-accordion-element="content"`,
      `style="height:0px"><p class="faq-a-text">${a}</p></div></div>`,
    ),
  )
  .join('\n');
const tHtml = `<!DOCTYPE html><!-- Last Published: Mon Mar 09 2026 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.tidelinephysio.co" data-wf-page="65f1b2c3d4e5f60718293a4b" data-wf-site="65e9c0a1b2c3d4e5f6071829" lang="en"><head><meta
charset="utf-8">
<title>Shockwave Therapy | Tideline Sports Physio</title><meta content="Radial shockwave therapy for tendon pain in Porthwen." name="description">
<meta content="Shockwave Therapy | Tideline Sports Physio" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta
content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65e9c0a1b2c3d4e5f6071829/css/tideline.webflow.a1b2c3d4e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalProcedure","name":"Shockwave therapy","howPerformed":"Radial shockwave
applied to the tendon"}</script></head>
<body class="body-treatment"><a href="#main" class="skip-link">Skip to main content</a>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/65e9c0a1/tideline-logo.svg" loading="lazy"
alt="Tideline Sports Physio" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${tNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="https://tideline.janeapp.co.uk" class="button-nav w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu">
</div></div></div></div>
<main id="main"><section class="section hero-treatment"><div class="container w-container"><div class="hero-grid w-layout-grid">
<div class="hero-content"><div class="eyebrow">Treatments</div><h1 class="heading-hero">${tTitle}</h1><p class="hero-paragraph">${tDek}</p>
<a href="https://tideline.janeapp.co.uk/#/discipline/1" class="button w-button">Book a shockwave assessment</a></div>
<img src="https://assets-global.website-files.com/65e9c0a1/shockwave-heel.webp" loading="lazy" sizes="(max-width: 991px) 90vw, 45vw"
alt="Shockwave applicator on a patient's heel" class="hero-image"></div></div></section>
<section class="section"><div class="container-narrow w-container"><div class="rich-text w-richtext">${flow(tBlocks)}</div></div></section>
<section class="section section-faq"><div class="container-narrow w-container"><h2 class="heading-section">${tFaqH}</h2><div class="faq-list"
fs-accordion-element="group">
${faqHtml}</div></div></section>
<section class="section section-related"><div class="container w-container"><h2 class="heading-section">Related treatments</h2><div class="w-dyn-list"><div
role="list" class="related-grid w-dyn-items">
${tRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/treatments/${t.toLowerCase().replace(/ /g, '-')}" class="related-card w-inline-block">
<div class="related-card-title">${t}</div><div class="text-link">Learn more →</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section></main>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col"><div
class="footer-brand">${tFoot[0]}</div><p class="footer-text">${tFoot[1]}<br>${tFoot[2]}</p></div>
<div class="footer-col"><div class="footer-heading">Get training tips in your inbox</div><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="newsletter-form">
<label for="email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="you@example.com" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<div class="footer-bottom"><div class="footer-legal">${tFoot[5]}</div><div class="footer-links"><a href="/privacy" class="footer-link">${tFoot[3]}</a><a
href="/terms" class="footer-link">${tFoot[4]}</a></div></div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts. View our <a href="/privacy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e9c0a1b2c3d4e5f6071829" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65e9c0a1b2c3d4e5f6071829/js/webflow.3f2c1b0a.js" type="text/javascript"></script></body></html>`;
const tideline: TestPage = {
  name: 'heldout569-webflow-shockwave',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [...gold(tBlocks).headings, tFaqH],
  body: [tDek, ...gold(tBlocks).body, ...tFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tNav.filter((t) => t !== 'Treatments' && t !== 'Conditions'), 'Book now', 'Treatments', 'Book a shockwave assessment',
'Related treatments', ...tRel,
    'Learn more →', tFoot[0] ?? '', tFoot[1] ?? '', tFoot[2] ?? '', 'Get training tips in your inbox', 'Email address', ...tFoot.slice(3),
    j(
      'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage, and assist in',
      'our marketing efforts. View our Privacy Policy for more information.',
    ),
    'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT569_C: readonly TestPage[] = [tideline];
