import { links, ps, type TestPage, texts } from './page-kit.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file b2: a Drupal trade magazine story cut by a Zephr registration wall ("Create a free account to keep
 * reading"): four visible paragraphs, the wall's form and benefits list, related content and the footer.
 */
const zTitle = 'Cold-chain operators brace for refrigerant phase-down as HFC quotas tighten';
const zBody = paras(`
  Refrigerated warehouse operators across the Midwest are facing a narrower window than expected to replace ageing cooling
  systems, after the second step of the federal HFC phase-down cut the supply of the most common refrigerant blends by a
  further 30 percent this year.

  Three operators interviewed for this article said the price of R-404A has roughly doubled since January, and one, a
  family-owned cold store outside Dubuque, said it had begun rationing top-ups between its two freezer halls.

  "We can pay for it or we can replace the plant, and replacing the plant is a two-year project," said Lorna Vickery, who runs
  operations at Vickery Cold Storage. The company has ordered an ammonia-CO2 cascade system but does not expect it before 2028.

  Industry groups say the squeeze is hardest on mid-sized sites, which are too large for off-the-shelf packaged systems and too
  small to negotiate long-term refrigerant contracts.
`);
const zNav = ['Operations', 'Technology', 'Sustainability', 'Labor', 'Events', 'Webinars', 'Whitepapers'];
const zRelated = [
  'Ammonia retrofits: what the first adopters learned',
  'Five questions to ask before you sign a refrigerant contract',
  'Webinar: Planning a natural refrigerant conversion',
];
const zFoot = ['About', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Use', 'Do Not Sell or Share My Personal Information'];
const zHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${zTitle} | Cold Chain Quarterly</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="description" content="Refrigerated warehouse operators face a narrower window to replace ageing cooling systems.">
<link rel="canonical" href="https://www.coldchainquarterly.example/operations/cold-chain-operators-brace-refrigerant-phase-down">
${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: zTitle, isAccessibleForFree: 'False' }] })}
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48812"},
"zephr":{"site":"ccq","feature":"registration-wall"}}</script>
<script src="https://assets.zephr.example/zephr-browser.umd.js"></script>
<script>window.zephrBrowser && zephrBrowser.run({ cdnApi: "https://www.coldchainquarterly.example", jwt: null });</script>
</head><body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">
Skip to main content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/ccq/logo.svg" alt="Home"></a></div>
<nav role="navigation" id="block-mainnavigation" class="block-menu"><ul class="menu">${links(zNav, 'menu-item')}</ul></nav>
<div class="user-links"><a href="/user/login">Sign In</a> <a href="/user/register">Register</a></div></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<nav class="breadcrumb" role="navigation"><ol><li><a href="/">Home</a></li><li><a href="/operations">Operations</a></li>
<li><a href="/operations/refrigeration">Refrigeration</a></li></ol></nav>
<article data-history-node-id="48812" role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">${zTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-author"><a href="/author/dev-haldane">Dev Haldane</a></div>
<div class="field field--name-field-publish-date"><time datetime="2026-04-08T12:00:00Z">April 8, 2026</time></div>
<div class="field field--name-field-read-time">6 min read</div></div>
<div class="social-sharing-buttons"><a class="social-sharing-buttons__button" title="Share to LinkedIn">LinkedIn</a>
<a class="social-sharing-buttons__button" title="Share to X">X</a><a class="social-sharing-buttons__button" title="Share by Email">Email</a></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(zBody)}
</div>
<div id="zephr-registration-wall" class="zephr-registration-form zephr-wall"><div class="zephr-wall__fade"></div>
<div class="zephr-wall__panel"><h2 class="zephr-wall__title">Create a free account to keep reading</h2>
<p class="zephr-wall__lede">Registered readers get:</p><ul class="zephr-wall__benefits"><li>Unlimited articles and news analysis</li>
<li>The Cold Chain Weekly newsletter</li><li>Access to our whitepaper library</li></ul>
<form class="zephr-registration-form__form"><label for="zephr-email">Work email address</label><input id="zephr-email" type="email">
<button type="submit" class="zephr-registration-form__submit">Continue</button></form>
<p class="zephr-wall__login">Already registered? <a href="/user/login">Sign in</a></p>
<p class="zephr-wall__legal">By registering you agree to our Terms of Use and acknowledge our Privacy Policy.</p></div></div>
<div class="field field--name-field-tags"><div class="field__label">Topics</div><div class="field__items">
<a href="/topics/refrigerants">Refrigerants</a> <a href="/topics/regulation">Regulation</a> <a href="/topics/warehousing">Warehousing</a>
</div></div></div></article>
<div class="view view-related-content"><h2>Related Content</h2><ul>${links(zRelated, 'views-row')}</ul></div></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(zFoot)}</ul>
<p class="copyright">Copyright © 2026 Hollins Trade Media LLC. All rights reserved.</p></footer></div></body></html>`;
export const zephrPage: TestPage = {
  name: 'heldout271-drupal-zephr-regwall-news',
  kind: 'news',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts(zBody),
  bylines: ['Dev Haldane', 'April 8, 2026'],
  furniture: [
    'Skip to main content',
    ...zNav,
    'Sign In',
    'Register',
    'Home',
    'Refrigeration',
    '6 min read',
    'LinkedIn',
    'Email',
    'Create a free account to keep reading',
    'Registered readers get:',
    'Unlimited articles and news analysis',
    'The Cold Chain Weekly newsletter',
    'Access to our whitepaper library',
    'Work email address',
    'Continue',
    'Already registered?',
    'By registering you agree to our Terms of Use and acknowledge our Privacy Policy.',
    'Topics',
    'Refrigerants',
    'Regulation',
    'Warehousing',
    'Related Content',
    ...zRelated,
    ...zFoot,
    'Copyright © 2026 Hollins Trade Media LLC. All rights reserved.',
  ],
};
