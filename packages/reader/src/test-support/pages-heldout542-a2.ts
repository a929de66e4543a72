import { ps, type TestPage, texts } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/** Held-out batch 542, file a2: a riding school's lessons page on Squarespace 7.1 (fluid engine blocks, newsletter block, cookie banner). */
const sTitle = 'Riding Lessons';
const sIntro = [
  j(
    'We teach riders from four years old to well past retirement, on a string of fourteen school horses and ponies chosen for',
    'their kind temperaments. All of our instructors hold BHS or ABRS qualifications and current first aid certificates.',
  ),
];
const sBlocks = [
  '## Your first lesson',
  j(
    'Every new rider starts with a thirty-minute private assessment, so we can match you to the right horse and the right group.',
    'Wear long trousers and boots with a small heel. We lend hats and body protectors free of charge.',
  ),
  '## Lesson prices',
  '- Private lesson, 30 minutes: £38',
  '- Private lesson, 45 minutes: £52',
  '- Shared lesson (two riders), 45 minutes: £40 each',
  '- Group lesson (up to five riders), 1 hour: £32',
  '- Lead-rein pony ride for under-sixes, 20 minutes: £18',
  '### Blocks of lessons',
  j('Book and pay for six group lessons in one go and the sixth is free. Blocks must be used within ten weeks and cannot be', 'shared between riders.'),
  '## Weight and age limits',
  j(
    'For the welfare of our horses the upper weight limit is 14 stone (89 kg) in riding clothes. Riders under sixteen need a',
    'parent or guardian to sign the consent form before their first lesson.',
  ),
  '## Cancellations',
  j(
    'Please give us 48 hours\u2019 notice if you cannot come. Lessons cancelled later than that are charged in full unless we can',
    'fill the place. If we cancel because of the weather we will always offer another date.',
  ),
];
const sNav = ['Lessons', 'Pony Days', 'Livery', 'About', 'Contact'];
const sSq = (inner: string, type: string, id: string): string =>
  `<div class="fe-block fe-block-${id}"><div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="2" id="block-${id}">
<div class="sqs-block-content">${inner}</div></div></div>`;
const sLook = { p: ' class="" style="white-space:pre-wrap;"', h: ' style="white-space:pre-wrap;"' };
const sHref = (t: string): string => `/${t.toLowerCase().replace(' ', '-')}`;
const sCur = (t: string): string => (t === 'Lessons' ? ' header-nav-item--active' : '');
const sItem = (t: string): string =>
  `<div class="header-nav-item header-nav-item--collection${sCur(t)}"><a href="${sHref(t)}"${t === 'Lessons' ? ' aria-current="page"' : ''}>${t}</a></div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Riding Lessons &mdash; Tanners Lane Riding School</title>
<link rel="canonical" href="https://www.tannerslaneriding.co.uk/lessons"><meta property="og:site_name" content="Tanners Lane Riding School">
<script type="application/ld+json">{"url":"https://www.tannerslaneriding.co.uk","name":"Tanners Lane Riding School","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Tanners Lane Riding School","address":"Tanners Lane\\nPensford, BS39 4QP","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2c8e1a","siteTitle":"Tanners Lane Riding School"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/5f2c8e1a/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-60a1c3f2" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
form-field-style-solid">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" class="">Tanners Lane Riding School</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sNav.map(sItem).join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a lesson</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden
class="js-header-burger-close-title visually-hidden">Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content"><div class="header-menu-nav-wrapper">
${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></nav></div><div class="header-menu-cta"><a class="theme-btn--primary btn sqs-button-element--primary" href="/book">Book a lesson</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="60a1c3f2aa">
<section data-test="page-section" data-section-theme="bright-inverse"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle has-background bright-inverse" data-section-id="60a1c3f2ab">
<div class="section-background">
<img alt="" data-src="https://images.squarespace-cdn.com/content/v1/5f2c8e1a/arena.jpg" data-image-focal-point="0.5,0.5" data-load="false"
elementtiming="nbf-background"></div>
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-60a1c3f2ab">
${sSq(
  `<div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div>`,
  'html',
  'yui_3_17_2_1_1695_1',
)}
</div></div></div></div></section>
<section data-test="page-section" data-section-theme="white"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--medium
horizontal-alignment--center vertical-alignment--middle white" data-section-id="60a1c3f2ac">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-60a1c3f2ac">
${sSq(`<div class="sqs-html-content">${render(sBlocks.slice(0, 9), sLook)}</div>`, 'html', 'yui_3_17_2_1_1695_2')}
${sSq(
  `<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f2c8e1a/pony.jpg" alt="A child on a grey pony in the indoor school" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption">
<p class="" style="white-space:pre-wrap;">Pickle, our most popular lead-rein pony, has taught hundreds of children to trot.</p></div></figcaption></figure>
</div>`,
  'image',
  'yui_3_17_2_1_1695_3',
)}
${sSq(`<div class="sqs-html-content">${render(sBlocks.slice(9), sLook)}</div>`, 'html', 'yui_3_17_2_1_1695_4')}
${sSq(
  `<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"
data-button-size="medium" data-button-type="primary">
<a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element"
data-initialized="true">Book your first lesson</a></div>`,
  'button',
  'yui_3_17_2_1_1695_5',
)}
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black"
class="page-section layout-engine-section background-width--full-bleed section-height--small content-width--wide black">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-60a1c3f2ad">
${sSq(
  `<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Yard news</h2>
<div class="newsletter-form-header-description"><p style="white-space:pre-wrap;">Holiday pony days and clinics, straight to your inbox once a month.</p></div>
</div>
<form class="newsletter-form" data-form-id="60a1c3f2ae"><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1695_9">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1695_9-field">Email Address</label>
<input id="email-yui_3_17_2_1_1695_9-field" class="newsletter-form-field-element field-element" name="email" type="email" autocomplete="email"
placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p style="white-space:pre-wrap;">We respect your privacy.</p></div></form></div>`,
  'newsletter',
  'yui_3_17_2_1_1695_9',
)}
${sSq(
  `<div class="sqs-html-content"><p style="white-space:pre-wrap;">Tanners Lane, Pensford, Bristol BS39 4QP</p>
<p style="white-space:pre-wrap;">01761 490 227 · hello@tannerslaneriding.co.uk</p>
<p style="white-space:pre-wrap;">© Tanners Lane Riding School 2025</p></div>`,
  'html',
  'yui_3_17_2_1_1695_10',
)}
</div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar-bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body></html>`;
const sGold = gold(sBlocks);
const squarespace: TestPage = {
  name: 'heldout542-squarespace-lessons',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sGold.headings,
  body: [...texts(sIntro), ...sGold.body],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Tanners Lane Riding School', ...sNav.filter((t) => t !== 'Lessons'), 'Book a lesson',
    'Pickle, our most popular lead-rein pony, has taught hundreds of children to trot.', 'Book your first lesson', 'Yard news',
    'Holiday pony days and clinics, straight to your inbox once a month.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Tanners Lane, Pensford, Bristol BS39 4QP', '01761 490 227 · hello@tannerslaneriding.co.uk', '© Tanners Lane Riding School 2025',
    'This website uses cookies to improve your experience.', 'Decline', 'Accept',
  ],
};

export const HELDOUT542_A2: readonly TestPage[] = [squarespace];
