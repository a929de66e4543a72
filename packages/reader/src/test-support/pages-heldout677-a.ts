import { links, ps, type TestPage, texts } from './page-kit.js';
import { held, j, lis } from './pages-heldout677-kit.js';

/**
 * Held-out batch 677, file a: a reformer class description on a WordPress site with the Astra theme and a Mindbody widget,
 * and a short yin yoga class page on Squarespace 7.1.
 */
const rTitle = 'Reformer Foundations';
const rIntro = [
  j(
    'Reformer Foundations is where almost everyone starts at Corewell. In 55 minutes we teach you how the reformer works, how to set',
    'the springs, footbar and headrest for your body, and how to move with control rather than momentum.',
  ),
  j(
    'Classes are capped at eight people, so your teacher can watch every rep and adjust you by hand or with a cue. You will work',
    'the whole body, with extra time on the deep abdominals, the hips and the muscles that hold your shoulder blades in place.',
  ),
];
const rFacts = [
  '<strong>Duration:</strong> 55 minutes',
  '<strong>Level:</strong> Beginner',
  '<strong>Capacity:</strong> 8 reformers',
  '<strong>Price:</strong> £24 drop-in, or from £17 with a class pack',
];
const rWhoH = 'Who it’s for';
const rWho = [
  j(
    'Complete beginners, people coming back to exercise after a long break, and anyone who has done mat Pilates and wants to',
    'understand the equipment. If you are pregnant or recovering from an injury or operation, please book a private session',
    'first so we can plan what is safe for you.',
  ),
];
const rExpectH = 'What to expect';
const rExpect = [
  'A short chat with your teacher about any aches, injuries or goals before the class starts.',
  'Footwork and bridging to warm up the legs and spine.',
  'Arm work in straps, lying on your back and then sitting on the box.',
  'A standing or kneeling sequence to challenge your balance.',
  'Slow stretches on the long box to finish.',
];
const rBringH = 'What to bring';
const rBring = [
  j(
    'Wear close-fitting clothes that let you move, and grip socks; you can buy a pair at reception for £8. We provide water,',
    'towels and lockers. Please arrive ten minutes early for your first class so we can show you around the studio.',
  ),
  j(
    'After four to six Foundations classes most clients move on to Reformer Flow. Your teacher will tell you when you are ready,',
    'and there is no rush: plenty of our regulars still come back to Foundations every week.',
  ),
];
const rNav = ['Home', 'Classes', 'Timetable', 'Pricing', 'Private Sessions', 'Teachers', 'Contact'];
const rOther = ['Reformer Flow', 'Mat Pilates', 'Pre and Postnatal Reformer'];
const rFoot = ['Privacy Policy', 'Terms and Conditions', 'Cancellation Policy'];
const rHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reformer Foundations &#8211; Corewell Pilates Studio</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://corewellpilates.co.uk/classes/reformer-foundations/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Reformer Foundations",
"isPartOf":{"@id":"https://corewellpilates.co.uk/#website"}},
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://corewellpilates.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all' />
<style id='astra-theme-css-inline-css'>.ast-no-sidebar .entry-content .alignfull{margin-left:calc(-50vw + 50%);}h1,.entry-content h1{font-size:40px;}</style>
<script src="https://widgets.mindbodyonline.com/javascripts/healcode.js" type="text/javascript"></script></head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="page-template-default page page-id-412 page-child parent-pageid-38 wp-custom-logo
ast-desktop ast-page-builder-template ast-no-sidebar astra-4.6.4 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon
ast-mobile-header-inline"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header
main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container
site-header-focus-item
ast-container"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex
site-header-focus-item"
data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span
class="site-logo-img">
<a href="https://corewellpilates.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="60" src="/wp-content/uploads/2024/02/corewell-logo.png"
class="custom-logo" alt="Corewell Pilates Studio" decoding="async"></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop"
aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(rNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1" data-section="section-hb-button-1"><div
class="ast-builder-button-wrap
ast-builder-button-size-"><a class="ast-custom-button-link" href="https://corewellpilates.co.uk/book/"><div class="ast-custom-button">Book
Now</div></a></div></div>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish has-post-thumbnail ast-article-single" id="post-412" itemtype="https://schema.org/CreativeWork"
itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
<div class="wp-block-cover alignfull is-light" style="min-height:420px"><span aria-hidden="true" class="wp-block-cover__background has-background-dim-40
has-background-dim"></span>
<img class="wp-block-cover__image-background wp-image-415" alt="" src="/wp-content/uploads/2024/03/reformer-room.jpg" data-object-fit="cover">
<div class="wp-block-cover__inner-container is-layout-flow wp-block-cover-is-layout-flow"><h1 class="wp-block-heading has-text-align-center">${rTitle}</h1>
<p class="has-text-align-center">Beginner · 55 minutes · Small group</p></div></div>
<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow" style="flex-basis:66.66%">
${ps(rIntro)}
</div><div class="wp-block-column has-background is-layout-flow" style="background-color:#f4efe9;flex-basis:33.33%">
<ul class="wp-block-list class-facts">${lis(rFacts)}</ul>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="#schedule">See class
times</a></div></div>
</div></div>
<h2 class="wp-block-heading">${rWhoH}</h2>
${ps(rWho)}
<h2 class="wp-block-heading">${rExpectH}</h2>
<ol class="wp-block-list">${lis(rExpect)}</ol>
<h2 class="wp-block-heading">${rBringH}</h2>
${ps(rBring)}
<div id="schedule" class="wp-block-html"><healcode-widget data-type="schedules" data-widget-partner="object" data-widget-id="6b29714c2a7"
data-widget-version="1"></healcode-widget></div>
<div class="wp-block-group alignwide other-classes has-background is-layout-constrained" style="background-color:#f4efe9">
<h3 class="wp-block-heading has-text-align-center">You might also like</h3>
<ul class="wp-block-list is-style-none">${links(rOther)}</ul></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal"
data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns
site-primary-footer-inner-wrap">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item"
data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="block-7" class="widget widget_block"><h2
class="widget-title">Visit us</h2>
<p>Unit 4, Tanner’s Yard<br>Ellisford EL2 7QT</p><p>hello@corewellpilates.co.uk</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 2">
<section id="nav_menu-2" class="widget widget_nav_menu"><nav class="menu-legal-container" aria-label="Legal"><ul id="menu-legal"
class="menu">${links(rFoot)}</ul>
</nav></section></aside></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full"><div
class="ast-builder-grid-row-container-inner">
<div class="ast-footer-copyright"><p>Copyright &copy; 2026 Corewell Pilates Studio | Powered by <a href="https://wpastra.com/" rel="nofollow noopener"
target="_blank">Astra
WordPress Theme</a></p></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use
of cookies.</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept
All</button>
</div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://corewellpilates.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4"
id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = held({
  name: 'heldout677-astra-reformer-class',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [rWhoH, rExpectH, rBringH],
  body: texts(['Beginner · 55 minutes · Small group', ...rIntro, ...rFacts, ...rWho, ...rExpect, ...rBring]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, 'Book Now', 'See class times', 'You might also like', ...rOther, 'Visit us', 'Unit 4, Tanner’s Yard Ellisford EL2 7QT',
    'hello@corewellpilates.co.uk', ...rFoot, 'Copyright © 2026 Corewell Pilates Studio | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
});

const yTitle = 'Yin Yoga';
const yBody = [
  j(
    'A slow, quiet class of long floor-based holds. Each pose is held for three to five minutes so that the muscles can soften',
    'and the joints, fascia and ligaments get a gentle, steady load. It is the perfect balance to running, cycling or a busy week.',
  ),
  j(
    'We use bolsters, blocks and blankets so every shape can be made comfortable. Classes end with a ten-minute rest in the dark.',
    'No experience is needed, and you will not be asked to do anything you do not want to.',
  ),
  'Thursdays 7.30pm and Sundays 5pm, 75 minutes, with Ines Warbeck.',
];
const yNav = ['Schedule', 'Classes', 'Workshops', 'Memberships', 'About'];
const yHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Yin Yoga &mdash; Saltmarsh Yoga</title>
<link rel="canonical" href="https://www.saltmarshyoga.com/yin-yoga"><meta property="og:site_name" content="Saltmarsh Yoga"><meta property="og:title"
content="Yin Yoga &mdash; Saltmarsh Yoga">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"63c1f0a2b7e1d45a0f1e2d33","siteTitle":"Saltmarsh
Yoga"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.saltmarshyoga.com","name":"Saltmarsh Yoga","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63c1f0a2b7e1d45a0f1e2d33/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"
type="text/css"></head>
<body id="collection-63c1f4e8a1c02b3d6e7f9a10" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
form-field-style-solid collection-type-page collection-layout-default view-item" data-controller="HeaderOverlay">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="{}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title"
data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/logo.png"
alt="Saltmarsh Yoga"></a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${yNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a></div>`)
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"
data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/intro-offer">Intro offer</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63c1f4e8a1c02b3d6e7f9a11">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="63c1f4e8a1c02b3d6e7f9a12">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine
fe-63c1f4e8a1c02b3d6e7f9a13">
<div class="fe-block fe-block-yui_3_17_2_1_1706112455601_4412"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="{}" id="block-yui_3_17_2_1_1706112455601_4412"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${yTitle}</h1>
${ps(yBody.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<p class="sqsrte-large" style="white-space:pre-wrap;"><strong>${yBody[2]}</strong></p>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1706112455601_5530"><div class="sqs-block button-block sqs-block-button" data-block-type="53"
id="block-yui_3_17_2_1_1706112455601_5530"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"
data-animation-role="button"
data-alignment="center" data-button-size="medium" data-button-type="primary"><a href="https://momence.com/s/saltmarsh-yoga"
class="sqs-block-button-element--medium
sqs-button-element--primary sqs-block-button-element" target="_blank">Book on Momence</a></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1706112455601_6120"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div
class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-fluid"><figure class="sqs-block-image-figure intrinsic"><div
class="fluid-image-container sqs-image-content">
<img data-stretch="false" data-image="//images.squarespace-cdn.com/content/v1/yin-bolsters.jpg" alt="Students resting on bolsters" loading="lazy"
decoding="async"></div>
</figure></div></div></div></div>
</div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section background-width--full-bleed section-height--small
light">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block newsletter-block
sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="63c1f9a2c0b4" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {
Y.use('squarespace-form-submit',
function(Y){ (new Y.Squarespace.FormSubmit(form)).submit({ formId: '63c1f9a2c0b4', collectionId: '', objectName: 'page-section' }); }); return false;
})(this);">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Saltmarsh list</h2><div class="newsletter-form-header-description">
<p class="" style="white-space:pre-wrap;">New classes, workshops and the odd studio update, once a month.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email
required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label><input id="email-yui_3_17_2_1"
class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button
sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your
privacy.</p></div></form></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section dark"><div
class="content-wrapper">
<div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div
class="sqs-block-content">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Saltmarsh Yoga, The Old Net Loft, Quay Street, Brackwater</p>
<p class="" style="white-space:pre-wrap;"><a href="https://instagram.com/saltmarshyoga" target="_blank">Instagram</a></p>
<p class="" style="white-space:pre-wrap;">© 2026 Saltmarsh Yoga</p></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience and to see how it is used.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
type="text/javascript"></script></body></html>`;
const squarespace: TestPage = held({
  name: 'heldout677-squarespace-yin-class',
  kind: 'blog',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: yBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...yNav, 'Intro offer', 'Book on Momence', 'Join the Saltmarsh list', 'New classes, workshops and the odd studio update, once a month.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Saltmarsh Yoga, The Old Net Loft, Quay Street, Brackwater', 'Instagram', '© 2026 Saltmarsh Yoga',
    'This site uses cookies to give you the best experience and to see how it is used.', 'Decline', 'Accept',
  ],
});

export const HELDOUT677_A: readonly TestPage[] = [astra, squarespace];
