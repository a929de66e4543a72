import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 70, file d2: an Apple Support article (TechArticle JSON-LD, the apple.com global nav with a Store flyout, the
 * "gb-" article markup with an intro, h2 sections, lists and an image, the "Learn more" links, "Published Date", the "Helpful?"
 * rating with its hidden comment form, the Apple Support Communities box, the "Contact Apple Support" module and the global
 * footer with its breadcrumbs, "More ways to shop", copyright and legal links).
 */
const apTitle = 'If your Apple Watch won’t pair with your iPhone';
const apIntro =
  'If your Apple Watch doesn’t appear on your iPhone during setup, or pairing stops partway through, try these steps. You can ' +
  'also use them if your watch was paired before but now shows a red iPhone icon or a red X on its watch face.';
const apH1 = 'Check the basics';
const apBasics = [
  'Make sure that your iPhone has the latest version of iOS, and that your Apple Watch model is supported by it.',
  'Keep the two devices close together and away from other devices that use Bluetooth, such as headphones or speakers.',
  'On your iPhone, check that Bluetooth and Wi-Fi are turned on and that Airplane Mode is off.',
  'Charge your Apple Watch to at least 50 percent before you start.',
];
const apH2 = 'Restart both devices';
const apRestart =
  'Turn off your Apple Watch and your iPhone, then turn them back on. Restarting clears temporary problems with the connection ' +
  'and is often enough to let the two devices find each other again.';
const apH3 = 'Unpair and pair again';
const apUnpair =
  'If your watch was paired before, unpairing it first makes a backup of its data on your iPhone, so you can restore it when ' + 'you pair again.';
const apSteps = [
  'Open the Apple Watch app on your iPhone, then tap All Watches.',
  'Tap the info button next to the watch that you want to unpair, then tap Unpair Apple Watch.',
  'Confirm, and enter your Apple Account password if you’re asked, to turn off Activation Lock.',
  'When the watch shows the language screen, hold it near your iPhone and follow the onscreen steps to pair it again. Choose ' +
    'Restore from Backup when you’re asked.',
];
const apH4 = 'If you still can’t pair';
const apStill =
  'Erase your Apple Watch: on the watch, go to Settings &gt; General &gt; Reset, then tap Erase All Content and Settings. ' +
  'Then try to pair again. If that doesn’t work either, contact Apple Support to set up a repair.';
const apLearn = ['Set up your Apple Watch', 'Back up your Apple Watch', 'Get help with Bluetooth accessories'];
const apShop = ['Shop the Latest', 'Mac', 'iPad', 'AirPods', 'Accessories'];
const apQuick = ['Find a Store', 'Order Status', 'Apple Trade In', 'Financing'];
const apGlobal = ['Vision', 'TV & Home', 'Entertainment'];
const apLegal = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map'];
const gnLink = (name: string, href = name.toLowerCase().replace(/ & /g, '-')): string =>
  `<li class="globalnav-item globalnav-item-${href}"><a href="https://www.apple.com/${href}/" class="globalnav-link globalnav-link-${href}" ` +
  `data-globalnav-item-name="${href}" data-analytics-title="${href}"><span class="globalnav-link-text-container"><span ` +
  `class="globalnav-image-regular globalnav-link-text">${name.replace('&', '&amp;')}</span></span></a></li>`;
const apHtml = `<!DOCTYPE html>
<html lang="en-US" prefix="og: http://ogp.me/ns#" class="no-js"><head><meta charset="utf-8"><link rel="canonical" href="https://support.apple.com/en-us/120417">
<title>${apTitle} - Apple Support</title><meta name="description" content="Learn what to do if your Apple Watch doesn’t appear on your iPhone during setup.">
<meta property="og:title" content="${apTitle}"><meta property="og:site_name" content="Apple Support"><meta name="ac-gn-store-key" content="SFX9YPYY9PPXCU9KH">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"TechArticle","headline":"${apTitle}","datePublished":"2025-09-15",
"inLanguage":"en-US","author":{"@type":"Organization","name":"Apple"},"publisher":{"@type":"Organization","name":"Apple Inc."}}</script>
<link rel="stylesheet" href="/clientside/build/app-ht-route.css" type="text/css"><link rel="stylesheet"
 href="https://www.apple.com/api-www/global-elements/global-header/v1/assets/globalheader.css">
<script>var _locale = "en-us"; window.appState = {"articleId":"120417","pageType":"howto","locale":"en-us"};</script></head>
<body class="ac-gn-current-support" data-locale="en_US"><div id="globalheader"><aside id="globalmessage-segment" lang="en-US" dir="ltr"
 class="globalmessage-segment"></aside>
<nav id="globalnav" lang="en-US" dir="ltr" aria-label="Global" class="globalnav no-js" data-analytics-region="global nav"
 data-store-api="/[storefront]/shop/bag/status">
<div class="globalnav-content"><div class="globalnav-item globalnav-menuback"><button aria-label="Main menu" class="globalnav-menuback-button"><span
 class="globalnav-chevron-icon"><svg height="48" viewBox="0 0 9 48" width="9"><path d="m1.5618 24.0621 6.5581-6.4238"></path></svg></span></button></div>
<ul class="globalnav-list" id="globalnav-list"><li class="globalnav-item globalnav-item-apple"><a class="globalnav-link globalnav-link-apple"
 href="https://www.apple.com/"
 data-globalnav-item-name="apple" data-analytics-title="apple home" aria-label="Apple"><span class="globalnav-image-regular globalnav-link-image"><svg
 height="44"
 viewBox="0 0 14 44" width="14"><path d="m13.0729 17.6825a3.61 3.61 0 0 0 -1.7248 3.0365"></path></svg></span><span
 class="globalnav-link-text">Apple</span></a></li>
<li class="globalnav-item globalnav-menu" data-topnav-flyout-item="menu"><div class="globalnav-content"><div class="globalnav-item globalnav-item-menu">
<ul class="globalnav-submenu-trigger-group" role="none"><li class="globalnav-submenu-trigger-item"><a href="https://www.apple.com/us/shop/goto/store"
 class="globalnav-link globalnav-submenu-trigger-link globalnav-link-store" aria-label="Store" data-globalnav-item-name="store"><span
 class="globalnav-link-text-container"><span class="globalnav-image-regular globalnav-link-text">Store</span></span></a>
<div class="globalnav-flyout globalnav-submenu" id="globalnav-submenu-store" data-analytics-region="store"><div class="globalnav-flyout-scroll-container">
<div class="globalnav-flyout-content globalnav-submenu-content"><div class="globalnav-submenu-group globalnav-submenu-group-elevated">
<h2 class="globalnav-submenu-header">Shop</h2><ul
 class="globalnav-submenu-list">${apShop.map((t) => `<li class="globalnav-submenu-list-item-elevated"><a href="#">${t}</a></li>`).join('')}</ul></div>
<div class="globalnav-submenu-group"><h2 class="globalnav-submenu-header">Quick Links</h2><ul class="globalnav-submenu-list">
${apQuick.map((t) => `<li class="globalnav-submenu-list-item"><a href="#">${t}</a></li>`).join('')}</ul></div></div></div></div></li></ul></div></div></li>
${gnLink('Watch')}${gnLink('iPhone')}${apGlobal.map((t) => gnLink(t)).join('')}${gnLink('Support')}</ul>
<div class="globalnav-item globalnav-search" data-topnav-flyout-label="Search apple.com"><a class="globalnav-link globalnav-link-search" href="/us/search"
 aria-label="Search apple.com" role="button"><svg height="44" viewBox="0 0 15 44" width="15"><path d="m14.298 27.202-3.87-3.87"></path></svg></a></div>
<div class="globalnav-item globalnav-bag" data-analytics-region="bag"><a class="globalnav-link globalnav-link-bag" href="https://www.apple.com/us/shop/goto/bag"
 aria-label="Shopping Bag" role="button"><svg height="44" viewBox="0 0 14 44" width="14"><path d="m11.3535 16.0283h-1.0205"></path></svg></a></div></div></nav>
<div id="globalheader-loading-placeholder"></div></div>
<main id="main" class="main" role="main" data-page-type="howto"><div id="content" class="ht-content">
<div class="section section-content" id="howto-section"><div class="column large-10 small-12"><h1 class="gb-header">${apTitle}</h1>
<div id="sections" class="sections"><div class="intro"><p class="gb-paragraph">${apIntro}</p></div>
<div class="section"><h2 class="gb-header">${apH1}</h2><ul class="list gb-list">
${apBasics.map((t) => `<li class="gb-list_item"><p class="gb-paragraph">${t}</p></li>`).join('\n')}</ul></div>
<div class="section"><h2 class="gb-header">${apH2}</h2><p class="gb-paragraph">${apRestart}</p>
<div class="gb-image"><img alt=""
 src="https://support.apple.com/library/content/dam/edam/applecare/images/en_US/applewatch/watchos-11-series-10-pairing-screen.png"
 width="320" height="389"></div></div>
<div class="section"><h2 class="gb-header">${apH3}</h2><p class="gb-paragraph">${apUnpair}</p><ol class="list gb-list">
${apSteps.map((t) => `<li class="gb-list_item"><p class="gb-paragraph">${t}</p></li>`).join('\n')}</ol></div>
<div class="section"><h2 class="gb-header">${apH4}</h2><p class="gb-paragraph">${apStill}</p></div>
<div class="section"><h2 class="gb-header">Learn more</h2><ul class="list gb-list">
${apLearn.map((t, i) => `<li class="gb-list_item"><p class="gb-paragraph"><a href="/en-us/1204${20 + i}">${t}</a></p></li>`).join('\n')}</ul></div></div>
<div class="mod-date"><span>Published Date:</span>&nbsp;<time datetime="2025-09-15" itemprop="datePublished">September 15, 2025</time></div></div></div>
<div id="helpful-rating-wrapper" class="section"><div class="ratings-okapi" data-ss-analytics-link-component_name="helpful"><div class="helpful" id="helpful">
<div class="ratings-header"><h2 class="ratings-title"><span>Helpful?</span></h2></div><div class="ratings-buttons">
<button id="yes-button" class="button button-secondary" type="button" aria-pressed="false">Yes</button>
<button id="no-button" class="button button-secondary" type="button" aria-pressed="false">No</button></div>
<div id="helpful-comment" class="form-textbox hidden" aria-hidden="true"><label for="helpful-textarea" class="form-textbox-label">Character limit: 250</label>
<textarea id="helpful-textarea" maxlength="250" class="form-textbox-input"></textarea>
<p class="form-message-text">Please don’t include any personal information in your comment.</p><span
 class="form-textbox-counter">Maximum character limit is 250.</span>
<button class="button" type="submit">Submit</button></div><div class="thanks hidden"><p>Thanks for your feedback.</p></div></div></div></div>
<div class="section communities-related"><div class="column large-10"><h2 class="communities-title">Start a discussion in Apple Support Communities</h2>
<form class="communities-ask" action="https://discussions.apple.com/post/question" method="get"><label for="comm-ask-question"
 class="form-label">Ask other users about
 this article</label><textarea id="comm-ask-question" name="title" maxlength="255"></textarea><button class="button"
 type="submit">Submit my question to the community</button></form>
<p class="communities-links"><a href="https://discussions.apple.com/article/120417">See all questions on this article</a>
<a href="https://discussions.apple.com/profile/questions">See all questions I have asked</a></p></div></div>
<div class="section contact-support-module"><div class="column large-10"><h2>Contact Apple Support</h2>
<p>Need more help? Start your request online and we’ll connect you to an expert.</p><a class="button"
 href="https://getsupport.apple.com/">Get started</a></div></div>
</div></main>
<footer id="ac-globalfooter" class="no-js" lang="en-US" dir="ltr" data-analytics-region="global footer" role="contentinfo" aria-labelledby="ac-gf-label">
<div class="ac-gf-content"><h2 class="ac-gf-label" id="ac-gf-label">Apple Footer</h2><nav class="ac-gf-breadcrumbs" aria-label="Breadcrumbs" role="navigation">
<a href="https://www.apple.com" class="home ac-gf-breadcrumbs-home"><span class="ac-gf-breadcrumbs-home-icon" aria-hidden="true"></span><span
 class="ac-gf-breadcrumbs-home-label">Apple</span></a><div class="ac-gf-breadcrumbs-path"><ol class="ac-gf-breadcrumbs-list">
<li class="ac-gf-breadcrumbs-item"><span><a href="/en-us">Support</a></span></li><li
 class="ac-gf-breadcrumbs-item"><span>Apple Watch</span></li></ol></div></nav>
<section class="ac-gf-footer"><div class="ac-gf-footer-shop">More ways to shop: <a href="https://www.apple.com/retail/">Find an Apple Store</a> or <a
 href="https://locate.apple.com/">other retailer</a> near you. Or call <a href="tel:1-800-692-7753">1-800-MY-APPLE</a>.</div>
<div class="ac-gf-footer-legal"><div class="ac-gf-footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div>
<div class="ac-gf-footer-legal-links">${apLegal.map((t) => `<a class="ac-gf-footer-legal-link" href="#">${t}</a>`).join('')}</div>
<a class="ac-gf-footer-locale-link" href="https://www.apple.com/choose-country-region/" title="Choose your country or region"
 aria-label="United States. Choose your country or region">United States</a></div></section></div></footer>
<script src="/clientside/build/app-ht-route.js" defer></script></body></html>`;
export const appleSupport: TestPage = {
  html: apHtml,
  name: 'heldout70-apple-support-article',
  kind: 'docs',
  // the four h2 of the article are the headings, the intro, lists and paragraphs body; the closing "Learn more" section is a
  // list of links to other articles: furniture with its heading, as a "See also" list is; "September 15, 2025" is the byline
  // ("Published Date:" in neither, as "By" is); the global nav and its Store flyout, the rating with its hidden comment form,
  // the communities box, the contact module and the global footer are furniture; "Apple", "Watch", "iPhone" and "Apple Watch"
  // (nav and footer breadcrumbs) are words of the title: left out
  title: apTitle,
  headings: [apH1, apH2, apH3, apH4],
  body: [apIntro, ...apBasics, apRestart, apUnpair, ...apSteps, ...texts([apStill])],
  bylines: ['September 15, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Store', 'Shop', ...apShop, 'Quick Links', ...apQuick, ...apGlobal, 'Support', 'Learn more', ...apLearn, 'Helpful?', 'Yes', 'No',
    'Character limit: 250', 'Please don’t include any personal information in your comment.', 'Maximum character limit is 250.', 'Submit',
    'Thanks for your feedback.', 'Start a discussion in Apple Support Communities', 'Ask other users about this article',
    'Submit my question to the community', 'See all questions on this article', 'See all questions I have asked', 'Contact Apple Support',
    'Need more help? Start your request online and we’ll connect you to an expert.', 'Get started', 'Apple Footer',
    'More ways to shop: Find an Apple Store or other retailer near you. Or call 1-800-MY-APPLE.', 'Copyright © 2025 Apple Inc. All rights reserved.',
    ...apLegal, 'United States',
  ],
};
