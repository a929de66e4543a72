import { links, ps, type TestPage, texts } from './page-kit.js';
import { zephrPage } from './pages-heldout271-b2.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file b: a UK regional news story under a Sourcepoint GDPR consent wall (the native, in-page message
 * with its Accept all / Manage options buttons) and, from file b2, a trade magazine story behind a Zephr registration wall.
 */
const sTitle = 'Fenwick Moor wind farm given green light despite objections from 400 residents';
const sBody = paras(`
  A 14-turbine wind farm on Fenwick Moor will go ahead after a planning inspector overturned the council's refusal, ruling that
  the scheme's benefits to the region's energy supply outweighed the harm to views from the village of Cray Hollin.

  The decision, published on Thursday, ends a four-year fight between the developer, Brackenridge Renewables, and a residents'
  group that gathered more than 400 written objections. The council had rejected the plans in 2024 on landscape grounds.

  Inspector Rowena Pilcher said in her report that the turbines would be "prominent but not overbearing" and that the moor was
  not part of any protected landscape. She attached 38 conditions to the permission.

  <strong>What the conditions require</strong>

  The most significant conditions deal with noise, wildlife and the roads that construction lorries will use to reach the site.
  Brackenridge must:

  <li>stop any turbine that exceeds agreed noise limits at the nearest homes within 24 hours of a complaint</li>

  <li>pause the blades at dusk during the six weeks when curlews are nesting</li>

  <li>build a temporary access road so that lorries avoid Cray Hollin's main street</li>

  <li>pay £5,000 per turbine each year into a community fund for 30 years</li>

  The residents' group said it was "bitterly disappointed" and would consider a legal challenge. Its chair, Gordon Aske, said the
  inspector had "given no weight at all to the people who actually live here".

  Brackenridge's project director said the company would begin work on the access road in the autumn, with the first turbines
  expected to turn in 2028. The farm is expected to generate enough electricity for about 31,000 homes.

  The council's planning committee chair said members would meet next week to decide whether to support a challenge, but
  warned that the authority had already spent more than £90,000 defending its refusal at the inquiry.
`);
const sParas = sBody.filter((b) => !b.startsWith('<'));
const sItems = sBody.filter((b) => b.startsWith('<li>'));
const sHead = 'What the conditions require';
const sNav = ['News', 'Sport', 'What\u2019s On', 'Property', 'Jobs', 'Weather', 'Announcements'];
const sMost = [
  'Roadworks to close A61 junction for three weeks',
  'Former mill to become 120 flats after years empty',
  'School praised by Ofsted for turnaround',
];
const sFoot = ['About us', 'Contact us', 'Complaints', 'Corrections', 'Privacy notice', 'Cookie notice', 'Terms and conditions'];
const sHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${sTitle} - Dales Evening Courier</title>
<meta name="description" content="A planning inspector has overturned the council's refusal."><meta property="og:type" content="article">
<meta property="article:section" content="News"><meta name="twitter:site" content="@DalesCourier">
${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: sTitle, datePublished: '2026-03-12T16:45:00Z' })}
<script>function _typeof(t){return t&&"undefined"!=typeof Symbol&&t.constructor===Symbol?"symbol":typeof t}
window._sp_queue=[];window._sp_={config:{accountId:1847,baseEndpoint:"https://cdn.privacy-mgmt.example",propertyHref:
"https://www.dalescourier.example",gdpr:{},events:{onMessageReady:function(){document.body.classList.add("sp-message-open")}}}};</script>
<script src="https://cdn.privacy-mgmt.example/unified/wrapperMessagingWithoutDetection.js" async></script>
</head><body class="article-page sp-message-open">
<header class="mod-header"><a class="logo" href="/" title="Dales Evening Courier">Dales Evening Courier</a>
<nav class="primary-nav"><ul>${links(sNav, 'primary-nav__item')}</ul></nav></header>
<main><article class="article-main" itemscope itemtype="http://schema.org/NewsArticle">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/news/">News</a></li><li><a href="/news/local-news/">Local News</a></li></ol></nav>
<h1 class="section-theme-background-indicator publication-font" itemprop="headline">${sTitle}</h1>
<p class="sub-title">Inspector says benefits outweigh harm to views from Cray Hollin</p>
<div class="article-information"><div class="author"><span class="author-name"><a href="/authors/harriet-quayle/">Harriet Quayle</a></span>
<span class="author-role">Local Democracy Reporter</span></div>
<ul class="time-info"><li class="time-container"><time datetime="2026-03-12T16:45:00Z">16:45, 12 Mar 2026</time></li>
<li class="time-container">Updated 17:30, 12 Mar 2026</li></ul></div>
<div class="social-share"><a class="share-facebook">Share on Facebook</a><a class="share-whatsapp">Share on WhatsApp</a>
<a class="share-email">Share by email</a></div>
<figure class="in-article-image"><img src="/incoming/fenwick-moor.jpg" alt="">
<figcaption><span class="caption">An artist's impression of the turbines seen from the Cray Hollin road.</span>
<span class="credit">(Image: Brackenridge Renewables)</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
${ps(sParas.slice(0, 2))}
<aside class="read-more-links"><strong>Read more:</strong> <a href="/news/residents-march-moor">Residents march on council
offices over wind farm plans</a></aside>
${ps(sParas.slice(2, 3))}
<h2>${sHead}</h2>
${ps(sParas.slice(3, 4))}
<ul>${sItems.join('\n')}</ul>
${ps(sParas.slice(4))}
<div class="newsletter-signup"><h3>Get the Courier's daily briefing</h3><p>The day's top stories, delivered to your inbox every morning.</p>
<button>Sign up</button></div></div>
<div class="tags"><span>Follow</span> <a href="/all-about/wind-power">Wind power</a> <a href="/all-about/planning">Planning</a></div>
</article><aside class="most-read"><h2>Most Read</h2><ol>${links(sMost)}</ol></aside></main>
<footer class="mod-footer"><ul>${links(sFoot)}</ul><p>© 2026 Dales Evening Courier. Part of Northfold Media Group.</p></footer>
<div id="sp_message_container_1124567" class="sp_message_container" style="display:block;position:fixed;z-index:2147483647">
<div class="message-overlay"><div id="sp_message_id_1124567" class="message type-modal" role="dialog" aria-modal="true">
<div class="message-component message-row"><h2 class="message-component message-title">We value your privacy</h2></div>
<div class="message-component message-row"><p class="message-component message-text">We and our 182 partners store and access
information on your device, such as cookies, and process personal data to serve personalised ads and content, measure them and
develop our products.</p></div>
<div class="message-component message-row"><p class="message-component message-text">You can accept, or manage your choices at
any time by clicking Privacy settings at the bottom of any page.</p></div>
<div class="message-component message-row"><button class="message-component message-button no-children focusable sp_choice_type_12"
title="Manage options">Manage options</button><button class="message-component message-button no-children focusable sp_choice_type_11"
title="Accept all">Accept all</button></div>
<div class="message-component message-row"><a class="message-component message-link" href="/vendors">View our partners</a></div>
</div></div></div></body></html>`;
const sp: TestPage = {
  name: 'heldout271-sourcepoint-consentwall-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [sHead],
  body: ['Inspector says benefits outweigh harm to views from Cray Hollin', ...texts(sParas.slice(0, 4)), ...texts(sItems), ...texts(sParas.slice(4))],
  bylines: ['Harriet Quayle', '16:45, 12 Mar 2026', 'Updated 17:30, 12 Mar 2026'],
  furniture: [
    'Dales Evening Courier',
    ...sNav,
    'Local News',
    'Local Democracy Reporter',
    'Share on Facebook',
    'Share on WhatsApp',
    'Share by email',
    "An artist's impression of the turbines seen from the Cray Hollin road.",
    '(Image: Brackenridge Renewables)',
    'Read more:',
    'Residents march on council offices over wind farm plans',
    "Get the Courier's daily briefing",
    "The day's top stories, delivered to your inbox every morning.",
    'Sign up',
    'Follow',
    'Wind power',
    'Planning',
    'Most Read',
    ...sMost,
    ...sFoot,
    '© 2026 Dales Evening Courier. Part of Northfold Media Group.',
    'We value your privacy',
    paras(`We and our 182 partners store and access information on your device, such as cookies, and process personal
      data to serve personalised ads and content, measure them and develop our products.`)[0] ?? '?',
    'You can accept, or manage your choices at any time by clicking Privacy settings at the bottom of any page.',
    'Manage options',
    'Accept all',
    'View our partners',
  ],
};

export const HELDOUT271_B: readonly TestPage[] = [sp, zephrPage];
