import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file c2: a responsible-gambling help page of an invented charity on Drupal 10 with the Olivero theme
 * (quick-exit button, site header with primary menu, breadcrumb, page title, body field with headings and lists, "Last reviewed"
 * line, a sidebar block with the helpline, a feedback block, footer menus, EU Cookie Compliance banner).
 */
const dTitle = 'Worried about your gambling?';
const dH = ['Signs that gambling is becoming a problem', 'Steps you can take today', 'Talking to someone', 'If you are worried about someone else'];
const dIntro = [
  j(
    'Most people who gamble do so without it causing harm. But for some, betting starts to take up more time, money and headspace',
    'than they meant it to. If you are reading this page, something has probably made you stop and think, and that is a good first step.',
  ),
];
const dSigns = [
  'You spend more than you planned, or more than you can afford to lose.',
  'You chase losses by betting again to win the money back.',
  'You borrow money, sell things or miss bills because of gambling.',
  'You feel anxious, low or irritable when you are not gambling.',
  'You hide how much you gamble from the people close to you.',
];
const dSignsP = [
  j(
    'None of these on its own means you have a gambling problem, but if two or more sound familiar it is worth talking to someone.',
    'You do not have to wait until things are serious to ask for support.',
  ),
];
const dSteps = [
  'Set a deposit limit with every betting company you use. Limits can be lowered straight away; raising them takes at least 24 hours.',
  'Use a self-exclusion scheme to block yourself from all online gambling sites at once for six months, a year or five years.',
  'Ask your bank to add a gambling block to your cards. Most high-street banks can do this in their app.',
  'Delete betting apps from your phone and unsubscribe from marketing emails and texts.',
];
const dTalk = [
  j(
    'Our advisers are trained to listen without judging. You can call, chat online or meet someone in person at one of our regional',
    'centres. Conversations are confidential and you do not have to give your name.',
  ),
  j(
    'Many people find that talking once is enough to put a plan in place. Others go on to free counselling, usually six to eight',
    'weekly sessions, either one to one or in a group.',
  ),
];
const dOthers = [
  j(
    'Gambling harm often affects partners, children and friends as much as the person gambling. You can use our services even if',
    'the person you are worried about is not ready to. We can help you protect your own finances and look after your wellbeing.',
  ),
];
const dMain = ['Get support', 'Information', 'For families', 'Professionals', 'About us', 'Donate'];
const dFoot = ['Accessibility', 'Privacy notice', 'Cookies', 'Safeguarding', 'Contact us'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<meta name="description" content="Signs that gambling might be becoming a problem, practical steps you can take, and how to talk to an adviser for free.">
<link rel="canonical" href="https://www.stakelinesupport.example/get-support/worried-about-your-gambling">
<title>Worried about your gambling? | Stakeline Support</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Olivero_k2.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/118"},
"eu_cookie_compliance":{"popup_enabled":true}}</script>
</head>
<body class="path-node page-node-type-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<a href="https://www.bbc.example/weather" class="quick-exit button button--primary" id="quick-exit">Quick exit</a>
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"><div
class="site-header__initial"></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div class="site-branding">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Stakeline Support</a></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons"><button class="button-toggle mobile-nav-button">
<span class="mobile-nav-button__label">Main Menu</span></button></div>
<div id="header-nav" class="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" role="navigation">
<h2 class="visually-hidden" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dMain, 'primary-nav__menu-item primary-nav__menu-item--link')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol
class="breadcrumb__list">
<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/get-support"
class="breadcrumb__link">Get support</a></li>
</ol></nav></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title"
class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block"><article data-history-node-id="118"
class="node node--type-page node--view-mode-full">
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(dIntro)}
<h2>${dH[0]}</h2>
<ul>${lis(dSigns)}</ul>
${ps(dSignsP)}
<h2>${dH[1]}</h2>
<ol>${lis(dSteps)}</ol>
<h2>${dH[2]}</h2>
${ps(dTalk)}
<h2>${dH[3]}</h2>
${ps(dOthers)}
</div><div class="field field--name-field-last-reviewed field--type-datetime field--label-inline"><div class="field__label">Last reviewed</div>
<div class="field__item"><time datetime="2026-01-19T12:00:00Z">19 January 2026</time></div></div></div></article></div></div></main>
<aside class="region region--sidebar" role="complementary"><div id="block-helpline" class="block block-block-content block-basic">
<h2 class="block__title">Talk to us now</h2><div class="block__content"><div class="text-content field field--name-body"><p>Free helpline, open 24 hours:
0800 012 3456</p>
<p><a href="/chat">Start a live chat</a></p></div></div></div>
<div id="block-feedback" class="block block-block-content"><h2 class="block__title">Was this page helpful?</h2><div
class="block__content"><button>Yes</button><button>Not really</button></div></div>
</aside></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav
class="block block-menu navigation menu--footer">
<ul class="menu">${links(dFoot, 'menu__item')}</ul></nav></div><div class="region region--footer-bottom grid-full"><div class="block block-block-content">
<p>Stakeline Support is a registered charity in England and Wales (no. 1190412).</p></div></div></div></footer></div></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" style="bottom: 0px;"><div
class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>We use cookies on this site to
enhance your user experience</h2>
<p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button><button type="button"
class="decline-button eu-cookie-compliance-default-button">No, thanks</button>
</div></div></div></div>
<script src="/sites/default/files/js/js_Olivero_k2.js"></script></body></html>`;
export const drupal: TestPage = {
  name: 'heldout342-drupal-olivero-responsible-gambling-docs',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([...dIntro, ...dSigns, ...dSignsP, ...dSteps, ...dTalk, ...dOthers]),
  bylines: ['Last reviewed', '19 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Quick exit', 'Stakeline Support', 'Main Menu', ...dMain, 'Home', 'Talk to us now', 'Free helpline, open 24 hours: 0800 012 3456',
    'Start a live chat', 'Was this page helpful?', 'Not really', ...dFoot, 'Stakeline Support is a registered charity in England and Wales (no. 1190412).',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'Accept', 'No, thanks',
  ],
};
