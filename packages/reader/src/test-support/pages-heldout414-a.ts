import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout414-kit.js';
import { tenantsUnion } from './pages-heldout414-a2.js';

/**
 * Held-out batch 414, file a: a Shelter-style housing advice page on a Drupal 10 theme (utility bar, mega menu, breadcrumb,
 * "Last updated" line, in-page contents list, callout, helpline box, "Was this advice helpful?" form, related advice, footer)
 * and, from file a2, a tenants' union know-your-rights page built with Elementor on WordPress (sticky header, hero, icon boxes, toggle,
 * membership call-to-action, Mailchimp form, footer widgets).
 */
const hTitle = 'Repairs and disrepair in private rented homes';
const hHeads = ['Who is responsible for repairs', 'How to report a repair', 'If your landlord does not act', 'Protection from revenge eviction'];
const hIntro = [
  j(
    'Your landlord is usually responsible for most repairs in your home, even if your tenancy agreement says otherwise. This page explains',
    'what they must fix, how quickly, and what you can do if they ignore you.',
  ),
];
const hCallout = ['Urgent problem?', 'If you smell gas, call the National Gas Emergency line on 0800 111 999.'];
const hS1 = [
  'By law your landlord must keep in repair:',
  'the structure and outside of the building, including walls, roof, windows and external doors',
  'basins, sinks, baths, toilets and the pipes and drains that serve them',
  'heating and hot water systems, including boilers and radiators',
  'gas appliances, pipes, flues and ventilation',
  'electrical wiring and any electrical appliances they provided',
  j(
    'You are responsible for small jobs, such as changing light bulbs and smoke alarm batteries, and for fixing damage that you or your',
    'visitors cause. You should also use the home in a "tenant-like" way, for example by not blocking air vents.',
  ),
];
const hS2 = [
  j(
    "Always report repairs in writing, even if you have already phoned. An email or a message through your letting agent's portal is fine.",
    'Keep a copy, and note the date you sent it.',
  ),
  j(
    'Describe the problem clearly and say how it affects you. Photos help, especially of damp, mould or leaks that may get worse.',
    "Give your landlord reasonable access to look at the problem and to do the work. They should give you at least 24 hours' notice.",
  ),
  j(
    'There is no fixed deadline for every repair, but urgent problems such as no heating in winter, a gas leak or a broken front door lock',
    'should be dealt with within a day or two. Less urgent repairs may take a few weeks.',
  ),
];
const hS3 = [
  j(
    'If nothing happens, send a second letter reminding your landlord of the first one and giving a date by which you expect the work to start.',
    'Our template letters can help you word it.',
  ),
  j(
    'You can then complain to the private housing team at your local council. An environmental health officer can inspect the home and,',
    'if there is a serious hazard, order the landlord to fix it.',
  ),
  j(
    'Do not stop paying rent because of disrepair. This can put your home at risk, even if the repairs are badly needed. In some cases',
    'you can take your landlord to court for compensation, but get advice first.',
  ),
];
const hS4 = [
  j(
    'Some landlords try to evict tenants who complain. If the council serves a formal notice on your landlord after you reported a repair,',
    'a section 21 notice given in the following six months is usually invalid.',
  ),
  'Seek advice as soon as you receive any eviction notice. Do not move out before checking your rights.',
];
const hNav = ['Get advice', 'Housing problems', 'Get involved', 'Donate', 'About us', 'Shop'];
const hUtil = ['Emergency help', 'Contact us', 'Jobs', 'Media centre'];
const hCrumbs = ['Home', 'Housing advice', 'Private renting', 'Repairs'];
const hRelated = ['Damp and mould in rented homes', 'Template letters for repairs', 'Complaining to your council about a landlord', 'Section 21 eviction'];
const hFoot = ['Accessibility', 'Privacy and cookies', 'Terms of use', 'Modern slavery statement', 'Sitemap'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><title>${hTitle} - Hearthline England</title>
<meta name="description" content="What your landlord must repair, how to report problems and what to do if repairs are not done.">
<link rel="canonical" href="https://england.hearthline.org.uk/housing_advice/repairs/private_renting">
<meta property="og:site_name" content="Hearthline England"><meta property="og:type" content="article">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
${ld({
  '@context': 'https://schema.org',
  '@type': 'WebPage',
  name: hTitle,
  dateModified: '2026-01-14',
  publisher: { '@type': 'Organization', name: 'Hearthline' },
})}
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"drupalLanguage":"en","contentType":"advice_page","section":"private_renting"});</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4811"},"user":{"uid":0}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_kL0q9wz.css"></head>
<body class="path-node page-node-type-advice-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-utility"><nav class="utility-nav" aria-label="Utility"><ul class="menu menu--utility">${links(hUtil, 'menu-item')}</ul></nav></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-hearthline-branding" class="block block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/hearthline/logo.svg" alt="Hearthline"></a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(hNav, 'menu-item menu-item--expanded')}</ul></nav>
<div class="search-block-form block block-search"><form action="/search" method="get"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search advice"></form></div></div></header>
<div class="region region-breadcrumb"><div id="block-breadcrumbs" class="block block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(hCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-hearthline-content" class="block block-system block-system-main-block">
<article data-history-node-id="4811" role="article" class="node node--type-advice-page node--view-mode-full">
<div class="advice-header"><h1 class="page-title"><span class="field field--name-title field--type-string">${hTitle}</span></h1>
<div class="advice-meta"><span class="advice-meta__updated">Last updated: 14 January 2026</span></div></div>
<nav class="advice-contents" aria-label="On this page"><h2 class="advice-contents__title">On this page</h2><ol>${links(hHeads)}</ol></nav>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(hIntro)}
<div class="callout callout--warning"><p class="callout__title">${hCallout[0]}</p><p>${hCallout[1]}</p></div>
<h2 id="who-is-responsible-for-repairs">${hHeads[0]}</h2>
<p>${hS1[0]}</p><ul>${lis(hS1.slice(1, 6))}</ul><p>${hS1[6]}</p>
<h2 id="how-to-report-a-repair">${hHeads[1]}</h2>
${ps(hS2)}
<div class="inline-promo"><p><strong>Read more:</strong> <a href="/housing_advice/repairs/damp">Damp and mould: what your landlord must do</a></p></div>
<h2 id="if-your-landlord-does-not-act">${hHeads[2]}</h2>
${ps(hS3)}
<h2 id="protection-from-revenge-eviction">${hHeads[3]}</h2>
${ps(hS4)}
</div>
<aside class="helpline-box"><h2 class="helpline-box__title">Need to talk to someone?</h2><p>Call our free helpline on 0300 330 1234.</p>
<p class="helpline-box__hours">Open 8am to 8pm weekdays, 9am to 5pm weekends.</p></aside>
<div class="feedback-form"><form class="webform-submission-form"><h2 class="webform-title">Was this advice helpful?</h2>
<button type="button" name="helpful" value="yes">Yes</button><button type="button" name="helpful" value="no">No</button></form></div>
</article></div>
<div id="block-related-advice" class="block block-views"><h2 class="block-title">Related advice</h2><ul class="related-list">${links(hRelated)}</ul></div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><ul class="menu menu--footer">${links(hFoot, 'menu-item')}</ul>
<p class="site-footer__charity">Hearthline is a registered charity in England and Wales (263710) and in Scotland (SC046001).</p>
<p class="site-footer__copyright">© Hearthline 2026</p></div></footer></div></div>
<div id="cookie-banner" class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookie consent"><div class="popup-content info">
<div id="popup-text"><p>We use cookies to make our website work and to understand how you use it, so we can improve our advice.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button">Reject optional cookies</button></div></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const hearthline: TestPage = {
  name: 'heldout414-drupal-housing-advice-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hIntro, ...hCallout, ...hS1, ...hS2, ...hS3, ...hS4]),
  bylines: ['Last updated: 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...hUtil, 'Main navigation', ...hNav, 'Search', 'Breadcrumb', ...hCrumbs, 'On this page', 'Read more:',
  'Damp and mould: what your landlord must do',
    'Need to talk to someone?', 'Call our free helpline on 0300 330 1234.', 'Open 8am to 8pm weekdays, 9am to 5pm weekends.', 'Was this advice helpful?',
    'Related advice', ...hRelated, ...hFoot, 'Hearthline is a registered charity in England and Wales (263710) and in Scotland (SC046001).',
  '© Hearthline 2026',
    'We use cookies to make our website work and to understand how you use it, so we can improve our advice.', 'Accept all cookies', 'Reject optional cookies',
  ],
};

export const HELDOUT414_A: readonly TestPage[] = [hearthline, tenantsUnion];
