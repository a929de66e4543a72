import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file f2: a partner directory on a Wix site (SITE_CONTAINER, SITE_HEADER with a dropdown menu of
 * linkElement items, comp-* ids with wixui-rich-text blocks, a filter strip, a repeater of partner cards with tier and
 * region labels and "View profile" buttons, the partner-program CTA strip, SITE_FOOTER, the Wix consent banner and the
 * WIX_ADS bar of a free plan).
 */
const pTitle = 'Find a Tillwright partner';
const pIntro = [
  j(
    'Tillwright partners are agencies and consultancies certified to implement, customise and support Tillwright for retail',
    'and hospitality businesses. Every partner listed here has passed our technical exam and completed at least three',
    'customer projects in the last year.',
  ),
  j('Not sure where to start? Firms marked Gold have the most certified staff and can take on multi-site rollouts.'),
];
const partners = [
  [
    'Copperline Consulting',
    'Gold',
    'North America',
    'Multi-location rollouts for restaurant groups, with menu migration from legacy point-of-sale systems and on-site staff training.',
  ],
  [
    'Saltmarsh Digital',
    'Gold',
    'UK and Ireland',
    'Ecommerce and in-store inventory in one catalogue, for independent fashion and homeware retailers moving off spreadsheets.',
  ],
  [
    'Vireo Systems',
    'Silver',
    'DACH',
    'German-speaking implementation team specialising in fiscal compliance, receipt printers and TSE hardware for cafés and bakeries.',
  ],
  [
    'Lanternfish Labs',
    'Silver',
    'Australia and New Zealand',
    'Custom integrations built on the Tillwright API, including loyalty programmes, delivery platforms and accounting connectors.',
  ],
  ['Brightfold Partners', 'Registered', 'North America', 'Fixed-price onboarding packages for single-store retailers who want to be live within two weeks.'],
  [
    'Mirabel & Rook',
    'Registered',
    'France and Benelux',
    'Bilingual support desk and hardware staging for boutique hotels and their bars, shops and breakfast rooms.',
  ],
];
const pNav = ['Product', 'Pricing', 'Partners', 'Resources', 'Log In'];
const pFilters = ['All regions', 'All tiers', 'Implementation', 'Integrations', 'Training'];
const pFoot = ['Contact', 'Careers', 'Privacy Policy', 'Accessibility Statement'];
const rich = (id: string, html: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const span = (t: string, size = 16): string => `<span style="font-size:${size}px;" class="wixui-rich-text__text">${t}</span>`;
const menuItem = (t: string, i: number): string => `<li class="wixui-dropdown-menu__item" data-testid="menuItem-${i}" aria-haspopup="false"><a
data-testid="linkElement" href="https://www.tillwright.example/${t.toLowerCase().replace(/ /g, '-')}" target="_self" class="UiHgGh"><div class="yRj2ms"><div
class="DzUZFw"><p class="JS76Uv" id="menuItem-${i}label">${t}</p></div></div></a></li>`;
const pCard = (p: string[], i: number): string => `<div id="comp-m7p2rk9b__item-${i}" class="Zc7IjY comp-m7p2rk9b__item-${i} wixui-repeater__item"
role="listitem"><div data-mesh-id="comp-m7p2rk9b__item-${i}inlineContent" data-testid="inline-content"><wow-image id="img_comp-m7p2rkb4__item-${i}"
class="HlRz5e BI8PVQ" data-image-info="{}"><img src="https://static.wixstatic.example/media/9b1f2a_${i}~mv2.png/v1/fill/w_120,h_60/logo.png" alt="${p[0]}
logo"></wow-image>
${rich(`m7p2rkc1__item-${i}`, `<h3 class="font_5 wixui-rich-text__text">${span(p[0] ?? '', 22)}</h3>`)}
${rich(
  `m7p2rkd8__item-${i}`,
  `<p class="font_8 wixui-rich-text__text">${span(`${p[1]} Partner`, 13)}</p>
<p class="font_8 wixui-rich-text__text">${span(p[2] ?? '', 13)}</p>`,
)}
${rich(`m7p2rke3__item-${i}`, `<p class="font_8 wixui-rich-text__text">${span(p[3] ?? '')}</p>`)}
<div class="comp-m7p2rkf0__item-${i} R6ex7N" id="comp-m7p2rkf0__item-${i}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.tillwright.example/partners/${i}" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">View
profile</span></a></div></div></div>`;
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Partners | Tillwright</title>
<link rel="canonical" href="https://www.tillwright.example/partners">
<meta property="og:title" content="Partners | Tillwright"><meta property="og:type" content="website"><meta name="format-detection" content="telephone=no">
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":
"https://www.tillwright.example"}}}},"site":{"metaSiteId":"7d0c2a9e","isPremiumDomain":false}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">.comp-m7p2rk9b{--item-display:flex}#SITE_HEADER{--bg:255,255,255}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="MW5IWV ytGGBw" style="height:50px"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" target="_blank"
class="WN3zcB"><span class="gvb9Ey">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="z7ZLSy">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${rich('lq3j8k1a', `<p class="font_6 wixui-rich-text__text">${span('Tillwright', 26)}</p>`)}
<nav aria-label="Site" id="comp-lq3jx2ab" class="comp-lq3jx2ab wixui-dropdown-menu hidden-during-prewarmup"><ul class="mDzRgi" role="menubar">
${pNav.map(menuItem).join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="nxt2o" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containernxt2o"
class="Containernxt2o SPY_vo"><div data-mesh-id="Containernxt2oinlineContent" data-testid="inline-content">
<section id="comp-m7p2qz1c" class="comp-m7p2qz1c CohWsy wixui-section" tabindex="-1"><div class="Oqnisf"><div data-testid="columns" class="V5AUxf">
${rich('m7p2r0aa', `<h1 class="font_0 wixui-rich-text__text" style="font-size:48px;">${span(pTitle, 48)}</h1>`)}
${rich('m7p2r1bb', pIntro.map((p) => `<p class="font_7 wixui-rich-text__text" style="line-height:1.6em;">${span(p, 18)}</p>`).join('\n'))}
</div></div></section>
<section id="comp-m7p2r5ee" class="comp-m7p2r5ee wixui-section"><div class="comp-m7p2r6ff wixui-selection-tags" role="group" aria-label="Filter partners">
${pFilters.map((f) => `<button class="wixui-selection-tags__option" aria-pressed="false">${f}</button>`).join('\n')}</div>
<div id="comp-m7p2rk9b" class="comp-m7p2rk9b wixui-repeater" role="list">
${partners.map(pCard).join('\n')}</div>
<div class="comp-m7p2rz00"><a data-testid="linkElement" class="wixui-button"><span class="wixui-button__label">Load More</span></a></div></section>
<section id="comp-m7p2s7gg" class="comp-m7p2s7gg wixui-section">${rich(
  'm7p2s8hh',
  `<h2 class="font_2 wixui-rich-text__text">${span('Become a partner', 32)}</h2><p class="font_8 wixui-rich-text__text">${span(
    'Join the program and get certified training, a partner manager and leads from our directory.',
  )}</p>`,
)}<a data-testid="linkElement" class="wixui-button" href="/partner-program"><span class="wixui-button__label">Apply now</span></a></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">${rich(
  'lq3jz9xx',
  pFoot
    .map(
      (f) => `<p class="font_9 wixui-rich-text__text"><a href="/${f.toLowerCase().replace(/ /g, '-')}"
>${span(f, 14)}</a></p>`,
    )
    .join('\n'),
)}
${rich('lq3k02yy', `<p class="font_9 wixui-rich-text__text">${span('© 2026 by Tillwright Ltd. Proudly created with Wix.com', 13)}</p>`)}</div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner-root" data-hook="ccsu-banner-wrapper" role="dialog" aria-label="Cookie banner">
<div data-hook="ccsu-banner-text"><p>This website uses cookies. We use cookies to give you the best experience and to analyse traffic.</p></div>
<div class="buttons"><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline
</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.3f1a2b.bundle.min.js" async></script></body></html>`;
export const wix: TestPage = {
  name: 'heldout250-wix-partner-directory',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: partners.map((p) => p[0] ?? ''),
  body: texts([...pIntro, ...partners.map((p) => p[3] ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', ...pNav,
    ...pFilters, 'Gold Partner', 'Silver Partner', 'Registered Partner', 'North America', 'UK and Ireland', 'DACH', 'Australia and New Zealand',
    'France and Benelux',
    'View profile', 'Load More', 'Become a partner', 'Join the program and get certified training, a partner manager and leads from our directory.',
    'Apply now', ...pFoot, '© 2026 by Tillwright Ltd. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to give you the best experience and to analyse traffic.', 'Settings', 'Decline', 'Accept',
  ],
};
