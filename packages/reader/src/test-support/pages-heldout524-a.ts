import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout524-kit.js';

/**
 * Held-out batch 524, file a: a community pub's share offer page built with Elementor on the Hello Elementor theme
 * (WordPress), with progress bar and counter widgets and a Complianz cookie banner.
 */
const pTitle = 'Buy a share in The Plough';
const pDek = 'Help us keep the last pub in Cressing Down open, owned by the people who drink in it.';
const pWhy = [
  j(
    'In March the brewery that has owned The Plough since 1974 told us it would sell the building. The asking price is £340,000,',
    'and two developers have already viewed it. If one of them buys it, the village will lose the only place where the darts team,',
    'the walking group and the Tuesday knit-and-natter still meet.',
  ),
  j(
    'Cressing Down Community Pub Ltd was set up in May as a community benefit society. We have listed The Plough as an asset of',
    'community value, which gave us six months to raise the money. That window closes on 30 November.',
  ),
  j(
    'We are raising £385,000 in total: the purchase price, legal costs and stamp duty, and £30,000 to repair the roof over the',
    'skittle alley before the winter. The Plunkett Foundation and the district council have offered grants and a loan of £95,000',
    'between them, on condition that we raise the rest from shares.',
  ),
];
const pGlance = [
  'Shares cost £1 each. The minimum investment is £100 and the maximum is £30,000.',
  'Every member has one vote, however many shares they hold.',
  'Shares cannot be sold or transferred, but from 2029 you may ask to withdraw them at the discretion of the board.',
  'We plan to pay interest of up to 3% a year from the fourth year of trading, if the pub makes a surplus.',
  'Under-16s can be given shares, held in trust by an adult member until they turn 16.',
];
const pPlan = [
  j(
    'We will not run the pub ourselves. The society will let it to a tenant on a ten-year lease with a fair rent, chosen by the',
    'members from a shortlist. Three experienced landlords have already told us they are interested.',
  ),
  j(
    'Once the lease is signed, the rent will pay the loan back over twelve years and build a fund for repairs. Any surplus after',
    'that goes to members as interest or to local causes, as the members decide at the annual general meeting.',
  ),
];
const pRisk = j(
  'Community shares are risk capital. They are not covered by the Financial Services Compensation Scheme, and if the society',
  'fails you could lose all the money you invest. Please read the full share offer document before you apply, and only',
  'invest what you can afford to lose.',
);
const pHow = j(
  'You can apply online with a debit card or bank transfer, or pick up a paper form from the village shop or the church porch.',
  'If we do not reach our minimum target of £250,000 by 30 November, every penny will be returned.',
);
const pHeads = ['Why we need to raise £385,000', 'The offer at a glance', 'What happens after we buy it', 'Risks', 'How to invest'];
const pNav = ['Home', 'The Share Offer', 'FAQs', 'Our Story', 'News', 'Contact'];
const pFoot = ['Privacy Policy', 'Share Offer Document', 'Society Rules'];
const pCookie = 'We use cookies to optimise our website and our service.';
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const hd = (id: string, text: string): string => el(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${text}</h2>`);
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Buy a share in The Plough &#8211; Cressing Down Community Pub</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://plough-cressingdown.org.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://plough-cressingdown.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css'>
<style id='elementor-post-42'>.elementor-42 .elementor-element.elementor-element-7d1c2e0{--display:flex;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${pTitle}",
"datePublished":"2026-06-02T09:12:40+00:00"}]}</script>
<script src="https://plough-cressingdown.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-42 elementor-default elementor-kit-6 elementor-page elementor-page-42">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element elementor-element-1a2b3c4 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('5e6f7a8', 'theme-site-logo', '<a href="https://plough-cressingdown.org.uk"><img src="/wp-content/uploads/2026/05/plough-logo.png" alt="The Plough"></a>')}
${el(
  '9b0c1d2',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-9b0c1d2"
class="elementor-nav-menu">${links(pNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`,
)}
${el(
  '3e4f5a6',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/invest"><span
class="elementor-button-text">Invest now</span></a>`,
)}
</div></div></header>
<main id="content" class="site-main post-42 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42">
<div class="elementor-element elementor-element-7d1c2e0 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('0a1b2c3', 'heading', `<h1 class="elementor-heading-title elementor-size-xl">${pTitle}</h1>`)}
${el('4d5e6f7', 'text-editor', `<p><strong>${pDek}</strong></p>`)}
${el(
  '8a9b0c1',
  'progress',
  `<span class="elementor-title">£212,450 raised of £385,000</span><div class="elementor-progress-wrapper progress-info"
role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="55"><div class="elementor-progress-bar" data-max="55">
<span class="elementor-progress-percentage">55%</span></div></div>`,
)}
${el(
  '2d3e4f5',
  'counter',
  `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span
class="elementor-counter-number">417</span></div><div class="elementor-counter-title">members so far</div></div>`,
)}
</div></div>
<div class="elementor-element elementor-element-6a7b8c9 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${hd('1f2e3d4', pHeads[0] ?? '')}${el('5c6b7a8', 'text-editor', ps(pWhy))}
${hd('9f8e7d6', pHeads[1] ?? '')}${el(
  '5b4a3f2',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    pGlance.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}
${hd('1e0d9c8', pHeads[2] ?? '')}${el('7b6a5f4', 'text-editor', ps(pPlan))}
${el(
  '3e2d1c0',
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/06/plough-front.jpg" alt="The Plough from the green">
<figcaption class="widget-image-caption wp-caption-text">The Plough from the village green, June 2026</figcaption></figure>`,
)}
</div></div>
<div class="elementor-element elementor-element-b1c2d3e e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${hd('f4a5b6c', pHeads[3] ?? '')}${el('d7e8f9a', 'text-editor', `<p>${pRisk}</p>`)}
${hd('b0c1d2e', pHeads[4] ?? '')}${el('f3a4b5c', 'text-editor', `<p>${pHow}</p>`)}
${el(
  'd6e7f8a',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-lg" href="/invest"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Apply for shares online</span></span></a>`,
)}
${el(
  'b9c0d1e',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2026/06/share-offer.pdf">
<span class="elementor-button-text">Download the share offer document (PDF)</span></a>`,
)}
</div></div></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
<div class="elementor-element elementor-element-c2d3e4f e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${el('a5b6c7d', 'text-editor', `<p>Cressing Down Community Pub Ltd is a community benefit society registered with the FCA, number 9104.</p>`)}
${el('e8f9a0b', 'nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(pFoot, 'menu-item')}</ul></nav>`)}
${el('c1d2e3f', 'text-editor', '<p>© 2026 Cressing Down Community Pub Ltd</p>')}</div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog"
aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${pCookie}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://plough-cressingdown.org.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script>
</body></html>`;
const pArticle = [pTitle, ...pHeads, pDek, ...pWhy, ...pGlance, ...pPlan, pRisk, pHow];
const plough: TestPage = {
  name: 'heldout524-elementor-pub-share-offer',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([pDek, ...pWhy, ...pGlance, ...pPlan, pRisk, pHow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(pArticle, [
    'Skip to content', ...pNav, 'Invest now', '£212,450 raised of £385,000', '55%', '417', 'members so far',
    'The Plough from the village green, June 2026', 'Apply for shares online', 'Download the share offer document (PDF)',
    'Cressing Down Community Pub Ltd is a community benefit society registered with the FCA, number 9104.', ...pFoot,
    '© 2026 Cressing Down Community Pub Ltd', 'Manage Cookie Consent', pCookie, 'Accept', 'Deny', 'View preferences',
  ]),
};

export const HELDOUT524_A: readonly TestPage[] = [plough];
