import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout596-kit.js';

/**
 * Held-out batch 596, file a: an archery club's have-a-go session page built with Wix, and a shooting ground's range safety
 * rules page on WordPress (GeneratePress).
 */
const wTitle = 'Have-a-Go Archery Sessions';
const wIntro = [
  j(
    'Always wanted to try archery? Our have-a-go sessions are the easiest way to pick up a bow for the first time. Each session',
    'lasts 90 minutes and is run by two of our qualified club coaches on the field behind Fernhollow Village Hall.',
  ),
  j(
    'You will learn how to stand, how to draw and how to aim, and by the end most people are hitting the gold from 10 metres.',
    'All equipment is provided, including a bow sized for you, an arm guard and a finger tab.',
  ),
];
const wHd = ['Dates for 2026', 'What to bring', 'Age and ability'] as const;
const wDates = ['Saturday 9 May, 10:00 and 13:00', 'Saturday 13 June, 10:00 and 13:00', 'Sunday 19 July, 10:00', 'Saturday 22 August, 10:00 and 13:00'];
const wPrice = 'Sessions cost £18 per person and are limited to eight archers, so please book in advance.';
const wBring = [
  j('Wear flat, closed shoes and close-fitting clothes. Loose sleeves and scarves catch the bowstring, and long hair should be', 'tied back.'),
  'Bring water and a waterproof: we shoot in light rain and only cancel for strong wind or lightning.',
];
const wAge = [
  j(
    'Sessions are open to anyone aged 8 and over. Under-16s must come with an adult, who is welcome to shoot too. We can adapt',
    'the session for most disabilities; let us know when you book and a coach will call you beforehand.',
  ),
  j('If you enjoy it, our six-week beginners’ course starts in September and counts towards club membership and your Archery GB', 'registration.'),
];
const wNav = ['Home', 'About Us', 'Beginners', 'Have-a-Go', 'Membership', 'Results', 'Contact'];
const wFoot = ['Fernhollow Bowmen, Village Hall Field, Church Lane, Fernhollow', 'Affiliated to Archery GB and the Mercian Archery Society'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7d1a2b_favicon.png">
<title>Have-a-Go | Fernhollow Bowmen</title>
<meta name="description" content="Try archery for the first time at Fernhollow Bowmen. 90-minute sessions, all kit provided.">
<meta property="og:title" content="Have-a-Go | Fernhollow Bowmen"><meta property="og:site_name" content="Fernhollow Bowmen">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Fernhollow Bowmen",
"url":"https://www.fernhollowbowmen.co.uk"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"3f1c2e0a","siteId":"b77a"},"language":{"userLanguage":"en"}};</script>
<script id="wix-essential-viewer-model" type="application/json">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA"}}</script>
<style id="css_masterPage">#comp-kx1d3f0a{--txt:var(--color_15);width:980px}.font_0{font:normal normal normal 48px/1.2em raleway}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="WIX_ADS" class="Wix-ads"><a href="https://www.wix.com/lpviral/enviral" class="GiHSa7"><span>This site was designed with the
<strong>Wix</strong> website builder. Create your website today.</span><span class="Q9v3la">Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-kx1d3f0a" class="BaOVQ8 tz5f0K comp-kx1d3f0a wixui-rich-text" data-testid="richTextElement">
<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">Fernhollow Bowmen</span></p></div>
<nav id="comp-kx1d3f1c" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu" aria-label="Site">
<ul class="StylableHorizontalMenu3372578893__menu">${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="PAGES_CONTAINER">
<section id="comp-lq8x7y0e" class="wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8x7y12" class="comp-lq8x7y12 wixui-column-strip__column"><div data-testid="columnBackground"></div>
<div id="comp-lq8x7y1a" class="HcOXKn c9GqVL QxJLC3 comp-lq8x7y1a wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq8x7y1k" class="HcOXKn c9GqVL QxJLC3 comp-lq8x7y1k wixui-rich-text" data-testid="richTextElement">
${ps(wIntro, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lq8x7y2b" class="MazNVa comp-lq8x7y2b wixui-image"><div data-testid="linkElement" class="j7pOnl">
<img src="https://static.wixstatic.com/media/7d1a2b_haveago.jpg/v1/fill/w_480,h_320/haveago.jpg" alt="Beginners on the shooting line"></div></div>
<div id="comp-lq8x7y2h" class="HcOXKn c9GqVL QxJLC3 comp-lq8x7y2h wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Photo: a Saturday session in 2025</p></div></div></div></section>
<section id="comp-lq8x8a01" class="wixui-section"><div id="comp-lq8x8a0f" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${wHd[0]}</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wDates, 'wixui-rich-text__text')}</ul>
${ps([wPrice], ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lq8x8a1b" aria-disabled="false" class="comp-lq8x8a1b R6ex7N wixui-button"><a data-testid="linkElement"
href="https://www.fernhollowbowmen.co.uk/book-online" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Book Your Place</span></a></div>
<div id="comp-lq8x8a2c" class="HcOXKn c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">${wHd[1]}</h2>${ps(wBring, ' class="font_8 wixui-rich-text__text"')}
<h2 class="font_2 wixui-rich-text__text">${wHd[2]}</h2>${ps(wAge, ' class="font_8 wixui-rich-text__text"')}</div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-kx1d3g2a" class="wixui-rich-text" data-testid="richTextElement">
${ps(wFoot, ' class="font_9 wixui-rich-text__text"')}<p class="font_9 wixui-rich-text__text">© 2026 by Fernhollow Bowmen. Proudly created with Wix.com</p>
</div><ul class="wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/fernhollowbowmen"><img alt="Facebook"></a></li></ul>
</footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner" role="region" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. We use cookies to improve your experience and to understand how our site is used.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout596-wix-have-a-go',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wHd],
  body: texts([...wIntro, ...wDates, wPrice, ...wBring, ...wAge]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Fernhollow Bowmen',
    'Home', 'About Us', 'Results', 'Contact', 'Photo: a Saturday session in 2025', 'Book Your Place', ...wFoot,
    '© 2026 by Fernhollow Bowmen. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and to understand how our site is used.', 'Settings', 'Decline', 'Accept',
  ],
};

const gTitle = 'Range Safety Rules';
const gIntro = [
  j(
    'Everyone who shoots at Oakmere Shooting Ground, whether a member, a guest or a client on a lesson, agrees to follow these rules.',
    'They are based on the practice of the major clay shooting bodies and on fifteen years of running a busy public ground. Staff',
    'will ask anyone who breaks them to stop shooting, and a serious breach will mean you are asked to leave.',
  ),
];
const gHd = [
  'Before you arrive',
  'Guns and cartridges',
  'On the stand',
  'Eye and ear protection',
  'Children and young shooters',
  'Alcohol and medication',
  'Accidents and emergencies',
] as const;
const gArrive = [
  j(
    'Sign in at reception every time you visit, even if you are a member. We need to know who is on the ground in case of an',
    'emergency, and guests must show photo ID and, if they hold one, their shotgun certificate.',
  ),
  j(
    'Read the stand map on the board by the clubhouse door. Some layouts change weekly and stands that were open last month may',
    'be closed for maintenance. Never walk past a red flag or a rope across a path.',
  ),
];
const gGuns = [
  'Guns must be carried broken and empty at all times except on the stand, or in a slip with the action open.',
  'Semi-automatic and pump-action guns must have a breech flag fitted whenever they are off the stand.',
  'Only lead or steel shot up to 28 grams and size 7 to 9 is allowed. No ball, slug or heavy game loads.',
  'Never carry cartridges of two different gauges at once. A 20-bore shell can slip down a 12-bore barrel and cause a burst.',
  'Cartridges bought at the ground must be used at the ground or taken home; do not leave part boxes on the stands.',
];
const gStand = [
  j(
    'Only one person may be in the stand cage at a time, with the gun pointing down the range. Load only when you are in the',
    'cage and ready to call for the target, and close the gun with the muzzles pointing at the ground in front of you.',
  ),
  j(
    'Unload and open the gun before you turn round or leave the cage. If you have a misfire, keep the gun pointing down the',
    'range for thirty seconds before you open it, then show the cartridge to the trapper or instructor.',
  ),
  j(
    'Do not shoot at any target other than your own, and do not shoot at birds, rabbits or anything that is not a clay. If the',
    'trapper calls "no bird" or a target breaks on launch, open your gun and wait for the next one.',
  ),
  j(
    'Waiting shooters stand behind the white line at the back of each stand. Keep your guns in the racks provided or broken',
    'over your arm, and keep conversation quiet while someone is shooting.',
  ),
];
const gEyes = [
  j(
    'Eye and ear protection must be worn by everyone on or near a stand, including spectators, trappers and dogs’ handlers.',
    'Shooting glasses should be rated for impact; ordinary sunglasses are not enough, as fragments of clay fall back towards',
    'the stand on many of our targets.',
  ),
  j(
    'Disposable foam plugs are free at reception. Electronic muffs can be hired for £3 a day, and we recommend them for',
    'anyone shooting more than a hundred cartridges.',
  ),
];
const gKids = [
  j(
    'Young people under 14 may only shoot with an instructor, not with a parent or member. Shooters aged 14 to 17 may shoot',
    'with a member over 21 who stays beside them in the cage and takes responsibility for their gun handling.',
  ),
  j(
    'Children who are not shooting must stay with an adult, may not enter the stand cages and are not allowed on the',
    'layout paths beyond the clubhouse without an adult holding their hand.',
  ),
];
const gDrink = [
  j(
    'No alcohol may be drunk before or during shooting. Anyone who has been drinking will be refused a gun, and the bar in the',
    'clubhouse only opens once the last squad has left the layout.',
  ),
  j(
    'If you take medication that could affect your balance, vision or judgement, please tell the instructor before you shoot.',
    'We treat this in confidence and will only stop you shooting if it is not safe to carry on.',
  ),
];
const gAcc = [
  j(
    'If anyone is hurt, shout "Stop, stop, stop" so every stand hears it. All shooters must open and unload their guns',
    'immediately and wait for a member of staff.',
  ),
  j(
    'First aid kits and a defibrillator are kept at reception and in the hut on the far layout. Several staff are trained',
    'first aiders. The ground’s postcode and grid reference are on the sign by the gate for the emergency services.',
  ),
  j('Every accident and near miss must be reported to reception on the day, however small it seems. This is how we keep', 'the ground safe for everyone.'),
];
const gReviewed = 'Last reviewed by the Chief Range Officer, Daniel Ashworth, 4 March 2026.';
const gNav = ['Have a Go', 'Lessons', 'Corporate Days', 'Membership', 'Gun Room', 'Shoot Calendar', 'Contact'];
const gSide = ['Opening times', 'Tuesday to Sunday, 9.30am to 5pm', 'Closed Mondays except bank holidays'];
const gSideLinks = ['Book a lesson', 'Membership prices', 'Download the stand map (PDF)'];
const gFoot = ['Privacy Policy', 'Terms of Booking', 'Cookie Policy'];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Range Safety Rules - Oakmere Shooting Ground</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://oakmereshooting.co.uk/safety-rules/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Range Safety Rules",
"isPartOf":{"@id":"https://oakmereshooting.co.uk/#website"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://oakmereshooting.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<style id="generate-style-inline-css">body{background-color:#f2f2f2;color:#222}.inside-header{padding:20px 40px}</style>
<script src="https://oakmereshooting.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template-default page page-id-42 wp-embed-responsive right-sidebar nav-float-right separate-containers" itemtype="https://schema.org/WebPage"
itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://oakmereshooting.co.uk/" rel="home">Oakmere Shooting Ground</a></p><p class="site-description" itemprop="description">Clay shooting in the
heart of the Cheshire plain</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-42" class="post-42 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1></header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<h2 class="wp-block-heading">${gHd[0]}</h2>${ps(gArrive)}
<h2 class="wp-block-heading">${gHd[1]}</h2><ul class="wp-block-list">${lis(gGuns)}</ul>
<h2 class="wp-block-heading">${gHd[2]}</h2>${ps(gStand)}
<h2 class="wp-block-heading">${gHd[3]}</h2>${ps(gEyes)}
<h2 class="wp-block-heading">${gHd[4]}</h2>${ps(gKids)}
<h2 class="wp-block-heading">${gHd[5]}</h2>${ps(gDrink)}
<h2 class="wp-block-heading">${gHd[6]}</h2>${ps(gAcc)}
<p class="has-small-font-size"><em>${gReviewed}</em></p>
</div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="widget-title">${gSide[0]}</h2>${ps(gSide.slice(1))}</aside>
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="widget-title">Quick links</h2><ul>${links(gSideLinks)}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="footer-bar"><ul class="menu">${links(gFoot)}</ul></div>
<div class="copyright-bar">© 2026 Oakmere Shooting Ground Ltd. Registered in England No. 07718842</div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true" style="display:block"><span>We use cookies to give you the best experience on our website.
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a>
<a href="https://oakmereshooting.co.uk/cookie-policy/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">Read More</a></span></div>
<script id="generate-menu-js" src="https://oakmereshooting.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const generatePress: TestPage = {
  name: 'heldout596-generatepress-safety-rules',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [...gHd],
  body: texts([...gIntro, ...gArrive, ...gGuns, ...gStand, ...gEyes, ...gKids, ...gDrink, ...gAcc]),
  bylines: [gReviewed],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Clay shooting in the heart of the Cheshire plain', 'Menu', 'Have a Go', 'Lessons', 'Corporate Days',
    'Membership', 'Gun Room', 'Shoot Calendar', 'Contact', ...gSide, 'Quick links', ...gSideLinks, ...gFoot,
    '© 2026 Oakmere Shooting Ground Ltd. Registered in England No. 07718842', 'We use cookies to give you the best experience on our website.',
    'Accept', 'Read More',
  ],
};

export const HELDOUT596_A: readonly TestPage[] = [wix, generatePress];
