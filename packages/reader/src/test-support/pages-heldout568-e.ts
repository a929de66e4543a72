import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout568-kit.js';

/**
 * Held-out batch 568, file e: a piercing aftercare page on a Hugo site (Ananke theme) with a sidebar of related pages, and a
 * cover-up and laser-fading FAQ on HubSpot CMS with an accordion, a CTA and a HubSpot cookie banner.
 */
const hTitle = 'Piercing aftercare';
const hDek = 'Saline, patience and leaving it alone: how to heal a new piercing.';
const hH = ['Cleaning', 'Healing times', 'Downsizing'];
const hClean = [
  j(
    'Spray the front and back of the piercing with sterile saline wound wash once or twice a day. Let it soak for a minute, then',
    'gently dry the area with clean, non-woven gauze. You do not need to rotate or move the jewellery.',
  ),
  'Do not use alcohol, hydrogen peroxide, tea tree oil or homemade salt mixes.',
];
const hTimes = ['Earlobe: 6 to 8 weeks', 'Nostril: 4 to 6 months', 'Helix and conch: 6 to 12 months', 'Navel: 9 to 12 months'];
const hDown = [
  j(
    'Initial jewellery is longer to leave room for swelling. Come back between four and eight weeks for a shorter post; the',
    'fitting is free, you only pay for the new piece.',
  ),
];
const hNav = ['Tattoo', 'Piercing', 'Aftercare', 'Prices', 'Find us'];
const hSide = ['Tattoo aftercare', 'Jewellery we stock', 'Prices and deposits'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Pike &amp; Pearl</title><meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="${hDek}">
<meta name="generator" content="Hugo 0.121.2"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://pikeandpearl.co.uk/aftercare/piercing/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="aftercare">
<meta property="article:published_time" content="2024-09-01T00:00:00+00:00"></head>
<body class="ma0 avenir bg-near-white"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Pike &amp; Pearl</a><div class="flex-l items-center"><ul class="pl0 mr3">${hNav
  .map(
    (t) =>
      `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase().replace(' ', '-')}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignore left-0 f6 fw5 mb3 db"><a href="/aftercare/" class="link black-60">Aftercare</a></aside>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><time class="f6 mv4 dib tracked" datetime="2024-09-01T00:00:00Z">September 1, 2024</time>
<span class="f6 mv4 dib tracked"> - 2 minutes read</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p><em>${hDek}</em></p>
<h2 id="cleaning">${at(hH, 0)}</h2>${ps(hClean)}<h2 id="healing-times">${at(hH, 1)}</h2><ul>${lis(hTimes)}</ul>
<h2 id="downsizing">${at(hH, 2)}</h2>${ps(hDown)}</div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${links(hSide, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="/">
&copy; Pike &amp; Pearl 2024</a><div>
<a href="https://instagram.com/pikeandpearl" class="link-transition instagram link dib z-999 pt3 pt0-l mr1" title="Instagram link" aria-label="follow on
Instagram">
<svg height="32px" viewBox="0 0 512 512"><path d="M256 49"></path></svg></a></div></div></footer><script src="/ananke/js/main.min.js"></script></body></html>`;
const hugoAftercare: TestPage = {
  name: 'heldout568-hugo-ananke-piercing-aftercare',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [hDek, ...hClean, ...hTimes, ...hDown],
  bylines: ['September 1, 2024', '- 2 minutes read'],
  furniture: ['Pike & Pearl', 'Tattoo', 'Prices', 'Find us', ...hSide, 'Related', '© Pike & Pearl 2024'],
};

const bTitle = 'Cover-ups and laser fading: your questions answered';
const bIntro = [
  j(
    'Not every old tattoo can be covered, and not every cover-up needs laser first. We get asked about this every week, so here',
    'are straight answers from our cover-up specialist and the clinic we work with.',
  ),
];
const bFaq: [string, string][] = [
  [
    'Can any tattoo be covered?',
    j(
      'Most can, but the new piece will need to be darker and usually two to three times larger than the old one. Solid black',
      'tribal and heavy lettering are the hardest; faded linework is the easiest.',
    ),
  ],
  [
    'How many laser sessions do I need before a cover-up?',
    j(
      'Usually two to four sessions, six to eight weeks apart, are enough to fade a tattoo so it can be covered with more freedom',
      'in the design. Full removal takes far longer and is not needed.',
    ),
  ],
  ['Does laser hurt?', 'It stings, a bit like a rubber band snapped on the skin. A session on a small tattoo takes less than five minutes.'],
  [
    'What does it cost?',
    j(
      'A cover-up consultation is free. Laser sessions with our partner clinic start at £60 and are booked directly with them;',
      'we will send them your photos so you get a quote before you go.',
    ),
  ],
];
const bNav = ['Tattoos', 'Cover-ups', 'Laser', 'Our artists', 'Contact'];
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle} | Redgate Tattoo Co.</title>
<meta name="description" content="Can my tattoo be covered? How many laser sessions? Answers from Redgate Tattoo Co.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><meta property="og:url" content="https://www.redgatetattoo.com/cover-up-faq">
<link rel="stylesheet" href="/hs-fs/hub/4419873/hub_generated/template_assets/1/58200412/1704882000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"Can any tattoo be covered?"}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-10338 hs-site-page page"><div data-global-resource-path="redgate-theme/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/redgate-logo.svg" class="hs-image-widget" alt="Redgate Tattoo Co."></a></span></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(bNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row">
<div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">
<div id="hs_cos_wrapper_widget_1704" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">
<span id="hs_cos_wrapper_widget_1704_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">
<h1>${bTitle}</h1>${ps(bIntro)}</span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1705" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="accordion">${bFaq
  .map(
    ([q, a], i) => `<div class="accordion__item"><h3 class="accordion__title">
<button class="accordion__toggle" aria-expanded="${i === 0}" aria-controls="acc-${i}">${q}</button></h3>
<div class="accordion__content" id="acc-${i}"><p>${a}</p></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div class="hs-cta-embed hs-cta-simple-placeholder"><div class="cta-box"><h2 class="cta-box__title">Thinking about a cover-up?</h2>
<p class="cta-box__text">Send us photos of your old tattoo and we will tell you what is possible.</p>
<a class="cta_button button" href="https://www.redgatetattoo.com/cs/c/?cta_guid=8f1e">Start a consultation</a></div></div></div></div></div>
</div></div></div></div></main>
<div data-global-resource-path="redgate-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__address">Redgate Tattoo Co. · 88 Foundry Row, Castleholm</p><p class="footer__copyright">© 2025 Redgate Tattoo Co. All rights reserved.</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="EU">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-buttons-area"><div id="hs-eu-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4419873.js"></script>
</body></html>`;
const hubspotFaq: TestPage = {
  name: 'heldout568-hubspot-coverup-faq',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bFaq.map(([q]) => q),
  body: texts([...bIntro, ...bFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tattoos', 'Our artists', 'Contact', 'Search', 'Thinking about a cover-up?',
    'Send us photos of your old tattoo and we will tell you what is possible.',
    'Start a consultation', 'Redgate Tattoo Co. · 88 Foundry Row, Castleholm', '© 2025 Redgate Tattoo Co. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT568_E: readonly TestPage[] = [hugoAftercare, hubspotFaq];
