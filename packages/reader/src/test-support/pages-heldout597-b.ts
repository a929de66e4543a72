import type { TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j } from './pages-heldout597-kit.js';

/**
 * Held-out batch 597, file b: a bell restoration appeal on Squarespace 7.1 (fluid engine blocks, a donate button, a footer
 * newsletter block and the cookie banner), and a ringing guild's news article on Drupal 10 (Olivero) with tags and a comment.
 */
const sTitle = 'Ring Again: the Wexcombe Bells Appeal';
const sBlocks = [
  j(
    'For the first time in more than three hundred years, the bells of All Saints, Wexcombe, have fallen silent. In the autumn of',
    '2025 our bell adviser found a crack running up from the lip of the fifth bell and serious rot in the oak frame that carries all six.',
    'Until both are put right, the bells cannot be rung safely.',
  ),
  j(
    'We need to raise £68,000 by the end of 2026 so that the bells can be taken down, repaired and rehung in time for the tower’s',
    'six-hundredth anniversary in 2027.',
  ),
  '## Why the bells need work',
  j(
    'The fifth bell was cast in 1684 by a travelling founder who set up his furnace in the churchyard. Cracked bells can sometimes be',
    'welded, and our adviser believes the fifth can be saved in this way, keeping its original tone. The frame is a different story.',
    'It was last repaired in 1911, and two of its main beams have split where water has come in through the louvres.',
  ),
  j(
    'A new cast-iron and steel frame will be fitted low in the tower, which also reduces the movement of the spire when the bells are',
    'rung. The old oak frame will be recorded by an archaeologist and a section of it will be kept on display in the church.',
  ),
  '## What your money will pay for',
  '- Removing the six bells and lowering them to the church floor: £6,500',
  '- Welding and retuning the fifth bell: £9,800',
  '- A new frame, bearings, wheels, stays and sliders: £38,400',
  '- Rehanging, new ropes and sound control: £9,300',
  '- Professional fees and the archaeological record: £4,000',
  '## How you can help',
  j(
    'Every gift makes a difference. You can give online through the Donate button, or by cheque made payable to Wexcombe PCC Bell',
    'Fund and left at the village shop. If you are a UK taxpayer, please tick the Gift Aid box, which adds 25p to every pound at no cost',
    'to you.',
  ),
  j(
    'Donors of £250 or more will have their name, or the name of someone they wish to remember, entered in a book that will be kept in',
    'the ringing chamber. Local businesses can sponsor a bell’s new wheel.',
  ),
  j(
    '> “When the bells went quiet, people in the village noticed at once. We have had letters from families who were married under',
    'these bells sixty years ago. We want their grandchildren to hear them too.” Jean Harrowby, tower captain',
  ),
  '## Open tower day',
  j(
    'Come and see the bells for yourself on Saturday 20 June from 11 am to 3 pm. Ringers will be on hand to take small groups up',
    'the tower, and there will be teas in the church.',
  ),
];
const sNav = ['About', 'The Bells', 'The Appeal', 'News', 'Get in Touch'];
const sec = (inner: string, id: string): string => `<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section
background-width--full-bleed section-height--medium content-width--narrow horizontal-alignment--center vertical-alignment--middle white"
data-section-id="${id}"><div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-${id}"><div class="fe-block fe-block-yui_3_17_2_1_${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_${id}_8841"><div class="sqs-block-content"><div class="sqs-html-content">
${inner}
</div></div></div></div></div></div></div></section>`;
const pre = { p: ' class="" style="white-space:pre-wrap;"', h2: ' style="white-space:pre-wrap;"' };
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>The Appeal &mdash; Wexcombe Bells</title>
<link rel="canonical" href="https://www.wexcombebells.org.uk/appeal"/><meta property="og:site_name" content="Wexcombe Bells"/>
<meta property="og:title" content="The Appeal &mdash; Wexcombe Bells"/><meta property="og:type" content="website"/>
<script type="application/ld+json">{"url":"https://www.wexcombebells.org.uk","name":"Wexcombe Bells","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101",
"templateVersion":"7.1","pageFeatures":[1,2,4],"website":{"siteTitle":"Wexcombe Bells","cookieBannerEnabled":true}};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-d5d8a4c2b3bc7b1ac3a6-min.en-US.css" rel="stylesheet" type="text/css"/>
<link href="https://static1.squarespace.com/static/versioned-site-css/6401f8a2b3c4/27/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"/>
</head>
<body id="collection-6401f9c7d1e2a3" class="tweak-blog-alternating-side-by-side-width-full header-width-full tweak-fixed-header
primary-button-style-solid primary-button-shape-pill form-field-style-solid show-announcement-bar collection-type-page collection-layout-default
mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/appeal" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-text"><div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Open tower day, Saturday 20 June:
see the cracked fifth bell up close</p></div></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Wexcombe Bells</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'The Appeal' ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">Donate</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
<button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner"></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="6401f9c7d1e2a3b4c5d6e7f8">
${sec(`<h1 style="white-space:pre-wrap;">${sTitle}</h1>\n${blocks(sBlocks.slice(0, 2), pre)}`, '64a1')}
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-id="64a2">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a2"><div class="fe-block fe-block-yui_3_17_2_1_64a2">
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper" data-animation-role="image"><img data-stretch="false" src="https://images.squarespace-cdn.com/content/v1/6401f8/fifth-bell.jpg"
alt="The cracked fifth bell on the tower floor" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">The fifth bell, cast in 1684, showing the
crack near its
lip.</p></div></figcaption></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_64a3"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h3 style="white-space:pre-wrap;">£41,350 raised of our £68,000 target</h3></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_64a4"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="large">
<a href="/donate" class="sqs-block-button-element--large sqs-button-element--primary sqs-block-button-element">Give to the appeal</a></div></div></div></div>
</div></div></div></section>
${sec(blocks(sBlocks.slice(2), pre), '64a5')}
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small" data-section-id="f1">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-f1"><div class="fe-block fe-block-yui_3_17_2_1_f1">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="6401fa11c2"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Bell news by email</h2>
<div class="newsletter-form-header-description"><p>A short update every month on the appeal and the work in the tower.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_f1">Email Address</label><input id="email-yui_3_17_2_1_f1"
class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign
Up</span></button></div>
<div class="captcha-container-wrapper"><div class="captcha-container rendered"></div></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_f2"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">All Saints Church, Wexcombe. Registered charity no. 1132096.</p>
<p class="" style="white-space:pre-wrap;">© 2026 Wexcombe PCC</p></div></div></div></div>
</div></div></div></section></footer>
</div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--position-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button><button
class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const appeal: TestPage = {
  name: 'heldout597-squarespace-appeal',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: headingsOf(sBlocks),
  body: bodyOf(sBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open tower day, Saturday 20 June: see the cracked fifth bell up close', 'Skip to Content', 'About', 'The Appeal', 'News', 'Get in Touch',
    'The fifth bell, cast in 1684, showing the crack near its lip.', '£41,350 raised of our £68,000 target', 'Give to the appeal',
    'Bell news by email', 'A short update every month on the appeal and the work in the tower.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'All Saints Church, Wexcombe. Registered charity no. 1132096.', '© 2026 Wexcombe PCC', 'This site uses cookies to give you the best experience.',
    'Decline', 'Accept',
  ],
};

export const HELDOUT597_B: readonly TestPage[] = [appeal];
