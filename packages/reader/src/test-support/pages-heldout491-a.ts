import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout491-kit.js';

/**
 * Held-out batch 491, file a: a scout troop's "About the troop" page on WordPress (Astra theme, block editor) with a CookieYes
 * banner and a widget sidebar, and a summer camp kit list on Squarespace 7.1 with a button block and a newsletter footer.
 */
const tTitle = 'About 7th Harwell Scout Troop';
const tIntro = j(
  'We are a Scout troop of 34 young people aged 10½ to 14, meeting every Tuesday in the Scout hut behind St Anselm’s school on Mill',
  'Lane. The troop has met in Harwell since 1931 and is run entirely by volunteers.',
);
const tWeek = [
  j(
    'A typical evening starts at 7pm with a short flag break and notices, then patrol activities until 8.45pm. Over a term we',
    'mix skills nights (knots, first aid, map reading, cooking on a trangia) with games, hikes and visits.',
  ),
  j(
    'Each Scout belongs to one of four patrols: Kestrel, Otter, Badger and Curlew. Patrol leaders plan part of every term’s',
    'programme with the leaders at the Patrol Leaders’ Council, which meets before each half term.',
  ),
];
const tCamps = [
  'a weekend camp in October at Bramble Hill campsite',
  'the district winter hike in February',
  'a week-long summer camp, usually in Wales or the Peak District',
  'the county canoe weekend for Scouts in their second year',
];
const tJoin = [
  j(
    'We have a short waiting list. Please register your child on the online form and our membership secretary will be in touch',
    'when a place comes up. Young people can come along for three trial evenings before they are invested.',
  ),
  j(
    'Membership costs £42 a term, which covers the county and national subscriptions, badges and most activities. Help is',
    'available from the group’s hardship fund; speak to any leader in confidence.',
  ),
  j(
    'We are always looking for adults to help, whether that is one evening a month, driving to camp or helping with the',
    'accounts. You do not need any experience, and all the training is free.',
  ),
];
const tHeads = ['A normal Tuesday', 'Camps and trips', 'Joining the troop'];
const tNav = ['Home', 'Beavers', 'Cubs', 'Scouts', 'Volunteer', 'News', 'Contact'];
const tSide = ['Upcoming dates', 'Term starts: 6 January', 'Winter hike: 14 February', 'Parents’ evening: 3 March'];
const tFoot = ['Privacy policy', 'Safeguarding', 'Registered charity no. 1029384'];
const tCky = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience and analyse our traffic. By clicking “Accept All”, you consent to our use of cookies.',
  'Customize',
  'Reject All',
  'Accept All',
];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>About the troop &#8211; 7th Harwell Scouts</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css"
href="https://7thharwellscouts.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<style id="astra-theme-css-inline-css">.ast-no-sidebar .entry-content .alignfull{margin-left:-6.67em;}h1.entry-title{font-size:40px;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"About the troop"},
{"@type":"Organization","name":"7th Harwell Scouts"}]}</script>
<script id="cookie-law-info-js-extra">var
_ckyConfig={"_ipData":[],"_assetsURL":"https:\\/\\/7thharwellscouts.org.uk\\/wp-content\\/plugins\\/cookie-law-info\\/"};</script>
</head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope"
class="page-template-default page page-id-12 ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div
class="site-primary-header-wrap ast-builder-grid-row-container ast-container">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="120" height="60"
src="/wp-content/uploads/2023/02/fleur-de-lis.png" class="custom-logo" alt="7th Harwell Scouts"></a></span>
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home">7th Harwell Scouts</a></span></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(tNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-12 page type-page status-publish ast-article-single" id="post-12" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${tTitle}</h1></header>
<div class="entry-content clear" ast-blocks-layout="true" itemprop="text">
<p class="has-medium-font-size">${tIntro}</p>
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/09/troop-camp-2025.jpg" alt="Scouts around a camp fire">
<figcaption class="wp-element-caption">The troop at summer camp, Llanthony, 2025</figcaption></figure>
<h2 class="wp-block-heading">${tHeads[0]}</h2>
${ps(tWeek)}
<h2 class="wp-block-heading">${tHeads[1]}</h2>
<p>Most Scouts spend at least ten nights away a year. Our regular trips are:</p>
<ul class="wp-block-list">${lis(tCamps)}</ul>
<h2 class="wp-block-heading">${tHeads[2]}</h2>
${ps(tJoin)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/join">Register your interest</a>
</div></div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-4" class="widget widget_block"><h2 class="wp-block-heading">${tSide[0]}</h2><ul class="wp-block-list">${lis(tSide.slice(1))}</ul></aside>
<aside id="block-5" class="widget widget_block"><p>Follow us on <a href="https://facebook.com/">Facebook</a> for camp photos and updates.</p></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div
class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section"><div class="ast-footer-copyright">
<p>Copyright &copy; 2026 7th Harwell Scouts</p></div></div><div class="site-footer-below-section-2 site-footer-section"><nav class="footer-navigation">
<ul class="menu">${links(tFoot)}</ul></nav></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${tCky[0]}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>${tCky[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize">${tCky[2]}</button>
<button class="cky-btn cky-btn-reject">${tCky[3]}</button><button class="cky-btn cky-btn-accept">${tCky[4]}</button></div></div></div></div></div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const troop: TestPage = gold({
  name: 'heldout491-wp-astra-troop',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tIntro, ...tWeek, 'Most Scouts spend at least ten nights away a year. Our regular trips are:', ...tCamps, ...tJoin]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '7th Harwell Scouts', ...tNav, 'The troop at summer camp, Llanthony, 2025', 'Register your interest', ...tSide,
    'Follow us on Facebook for camp photos and updates.', 'Copyright © 2026 7th Harwell Scouts', ...tFoot, ...tCky,
  ],
});

const kTitle = 'Summer Camp 2027: What to Pack';
const kIntro = j(
  'Camp runs from Saturday 24 July to Saturday 31 July at Glenmoor Activity Centre. Everything should fit in one rucksack or',
  'holdall that your child can carry themselves, plus a day sack. Please label every item with your child’s name.',
);
const kSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'Sleeping',
    [
      'Sleeping bag (3-season or warmer)',
      'Roll mat or self-inflating mat, no airbeds please',
      'Pillow or pillowcase to stuff with clothes',
      'Pyjamas and a warm hat for night',
    ],
  ],
  [
    'Clothes',
    [
      'Full uniform for the opening and closing ceremonies',
      'Waterproof jacket and trousers',
      'Two warm fleeces or jumpers',
      '7 changes of underwear and socks, plus spare socks for wet days',
      'Shorts, trousers (not jeans) and T-shirts',
      'Old trainers for the river and walking boots for the hike',
    ],
  ],
  ['Wash kit', ['Towel and a small quick-dry towel', 'Toothbrush, toothpaste, soap and shampoo', 'Sun cream and insect repellent']],
  ['Eating', ['Plate, bowl and mug (metal or plastic)', 'Knife, fork and spoon in a bag', 'Tea towel', 'Refillable water bottle']],
  ['Other', ['Torch with new batteries', 'Day sack for the hike', 'Bin bags for wet and dirty kit', 'Any medication, handed to the camp nurse in its box']],
];
const kLeave = j(
  'Please do not send mobile phones, games consoles, aerosols, knives or sweets. The leaders will have phones and parents can',
  'call the camp number in an emergency. Pocket money of up to £20 can be handed in at the coach and will be kept in the camp bank.',
);
const kNav = ['Home', 'Our Sections', 'Calendar', 'Camp 2027', 'Parents', 'Contact'];
const kFoot = ['1st Dunmere Scout Group', 'The Scout Hall, Riverside Road, Dunmere', 'hello@1stdunmerescouts.org', 'Instagram', 'Facebook'];
const kNews = ['Subscribe', 'Sign up with your email address to receive news and updates.', 'Sign Up', 'We respect your privacy.'];
const kHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Camp 2027 Kit List &mdash; 1st Dunmere Scout Group</title><link rel="canonical" href="https://www.1stdunmerescouts.org/camp-kit-list">
<meta property="og:site_name" content="1st Dunmere Scout Group"><meta property="og:title" content="Camp 2027 Kit List &mdash; 1st Dunmere Scout Group">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"siteTitle":"1st Dunmere Scout Group"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.1stdunmerescouts.org","name":"1st Dunmere Scout Group",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1f/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1f0c2e8b3" class="primary-button-style-solid tweak-global-animations-enabled header-width-full header-layout-nav-right
show-announcement-bar-dropdown-button" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div class="sqs-announcement-bar-dropzone"></div>
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/logo.png"
alt="1st Dunmere Scout Group"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${kNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="black" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav" hidden><nav class="header-menu-nav-list"><div class="header-menu-nav-folder-content"><div class="container header-menu-nav-item">
<a href="/calendar">Calendar</a></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2e8b3a91d">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1f0c2e8b3a91e">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64a1f0c2e8b3a91e"><div class="row sqs-row"><div
class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1688"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${kTitle}</h1><p class="" style="white-space:pre-wrap;">${kIntro}</p>
${kSections
  .map(
    ([h, items]) => `<h3 style="white-space:pre-wrap;">${h}</h3>
<ul data-rte-list="default">${lis(items.map((i) => `<p class="" style="white-space:pre-wrap;">${i}</p>`))}</ul>`,
  )
  .join('\n')}
<h3 style="white-space:pre-wrap;">Please leave at home</h3><p class="" style="white-space:pre-wrap;">${kLeave}</p></div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1689"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium">
<a href="/s/camp-2027-kit-list.pdf" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download the
printable list</a>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="black" class="page-section black">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(kFoot.slice(0, 3), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav>
${kFoot
  .slice(3)
  .map((t) => `<a href="https://www.${t.toLowerCase()}.com/1stdunmere" target="_blank" aria-label="${t}"><span class="sqs-svg-icon--social">${t}</span></a>`)
  .join('\n')}
</nav></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a1f">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${kNews[0]}</h2><div class="newsletter-form-header-description">
<p>${kNews[1]}</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1">Email Address</label><input id="email-yui_3_17_2_1"
class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">${kNews[2]}</span></button></div><div class="newsletter-form-footnote"><p>${kNews[3]}</p></div></div>
<div class="newsletter-form-spinner sqs-spin light large" hidden></div><div class="form-submission-text" hidden>Thank you!</div></form></div></div></div>
</div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom">
<div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to provide you with a great user experience.</p></div><div
class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const kitList: TestPage = gold({
  name: 'heldout491-squarespace-camp-kit',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [...kSections.map(([h]) => h), 'Please leave at home'],
  body: [kIntro, ...kSections.flatMap(([, items]) => items), kLeave],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Home', 'Our Sections', 'Calendar', 'Camp 2027', 'Parents', 'Contact', 'Download the printable list', ...kFoot, ...kNews,
    'Email Address', 'This site uses cookies to provide you with a great user experience.', 'Decline', 'Accept',
  ],
});

export const HELDOUT491_A: readonly TestPage[] = [troop, kitList];
