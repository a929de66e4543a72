import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 33, file c2: an Apple Support article on support.apple.com (the global nav with its doubled regular/compact
 * link texts, the "Search Support" box, the article in gb-* blocks with a note, the "Published Date:" line, the "Helpful?"
 * widget with its hidden feedback form, the Communities and "Contact Apple Support" promos, and the global footer with
 * breadcrumbs, shop line, copyright, legal links and locale).
 */
const apTitle = 'Use Quiet Charging on iPhone';
const apIntro = [
  'Quiet Charging slows down charging overnight and keeps your iPhone cooler while you sleep. It learns when you usually wake up ' +
    'and plans the charge so your battery reaches full shortly before your first alarm.',
  'Quiet Charging is available on iPhone 15 and later models with iOS 19.2 or later.',
];
const apH1 = 'Turn on Quiet Charging';
const apSteps = ['Open the Settings app.', 'Tap Battery, then tap Charging.', 'Turn on Quiet Charging.'];
const apLearn =
  'For the first two weeks, your iPhone observes your bedtime and wake-up routine. During this time, Quiet Charging might not ' +
  'hold your charge at a lower level, and you won’t see the moon symbol on the Lock Screen.';
const apH2 = 'When Quiet Charging is on';
const apOn = [
  'While your iPhone is charging overnight, a moon symbol appears below the battery percentage on the Lock Screen. Your iPhone ' +
    'charges to 80 percent quickly, then pauses and finishes charging at a reduced rate so that it reaches 100 percent about an ' +
    'hour before you wake.',
  'If you need a full battery sooner, touch and hold the charging notification on the Lock Screen, then tap Charge Now.',
];
const apH3 = 'If your iPhone doesn’t charge fully by morning';
const apMorning =
  'Quiet Charging uses your alarms and the places you spend the night to predict when you’ll unplug. If your routine changes, ' +
  'such as when you travel across time zones, it might take a few nights to adjust.';
const apChecks = [
  'Make sure that your iPhone stays connected to power for at least four hours.',
  'Check that Location Services is on for System Services in Settings &gt; Privacy &amp; Security.',
  'If your iPhone feels warm, let it cool down. Charging above 80 percent might pause until the temperature drops.',
];
const apNote =
  'Quiet Charging doesn’t change how your battery ages over time compared with Optimized Battery Charging. It only changes when ' +
  'the last part of the charge happens.';
const apNav: [string, string][] = [
  ['mac', 'Mac'],
  ['ipad', 'iPad'],
  ['watch', 'Watch'],
  ['vision', 'Vision'],
  ['airpods', 'AirPods'],
  ['tv-home', 'TV &amp; Home'],
  ['entertainment', 'Entertainment'],
  ['accessories', 'Accessories'],
  ['support', 'Support'],
];
const navItem = ([k, t]: [string, string]) =>
  `<li class="globalnav-item globalnav-item-${k} globalnav-item-menu" data-analytics-element-engagement="globalnav hover - ${k}">` +
  `<ul class="globalnav-submenu-trigger-group" role="none"><li class="globalnav-submenu-trigger-item"><a href="https://www.apple.com/${k}/"` +
  ` data-globalnav-item-name="${k}" data-topnav-flyout-trigger-compact="" class="globalnav-link globalnav-submenu-trigger-link globalnav-link-${k}"` +
  ` data-analytics-title="${k}" aria-label="${t}"><span class="globalnav-link-text-container"><span class="globalnav-image-regular globalnav-link-text">` +
  `${t}</span><span class="globalnav-image-compact globalnav-link-text">${t}</span></span></a></li></ul></li>`;
const gbP = (t: string) => `<p class="gb-paragraph">${t}</p>`;
const apHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" prefix="og: http://ogp.me/ns#" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<link rel="canonical" href="https://support.apple.com/en-us/124108">
<title>${apTitle} - Apple Support</title>
<meta name="description" content="Quiet Charging slows down charging overnight and keeps your iPhone cooler while you sleep.">
<meta property="og:title" content="${apTitle}"><meta property="og:site_name" content="Apple Support">
<meta name="ac-gn-store-key" content="SFX9YPYY9PPXCU9KH"><meta name="globalnav-search-field[action]" content="https://support.apple.com/kb/index">
<link rel="stylesheet" href="/clientside/build/app-ac-global.css" type="text/css">
<link rel="stylesheet" href="/clientside/build/app-article.css" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Apple","item":"https://www.apple.com"},{"@type":"ListItem","position":2,"name":"Support","item":"https://support.apple.com/en-us"},
{"@type":"ListItem","position":3,"name":"${apTitle}"}]}</script>
<script>window.appState = {"locale":"en_US","articleId":"124108","articleType":"HOWTO","publishedDate":"2025-11-18","okapiEnabled":true};</script>
</head>
<body class="ac-gn-current-support no-js dark-mode-enabled" data-globalnav-store-key="SFX9YPYY9PPXCU9KH">
<div id="globalheader"><aside id="globalmessage-segment" lang="en-US" dir="ltr" class="globalmessage-segment">
<ul data-strings="{}" class="globalmessage-segment-content"></ul></aside>
<nav id="globalnav" lang="en-US" dir="ltr" aria-label="Global" data-analytics-element-engagement-start="globalnav:onFlyoutOpen"
 data-analytics-region="global nav" data-store-api="https://www.apple.com/[storefront]/shop/bag/status"><div class="globalnav-content">
<div class="globalnav-item globalnav-menuback"><button aria-label="Main menu" class="globalnav-menuback-button"><span class="globalnav-chevron-icon">
<svg height="48" viewBox="0 0 9 48" width="9"><path d="m1.5 24 4.5-4.5"/></svg></span></button></div>
<ul class="globalnav-list" id="globalnav-list"><li class="globalnav-item globalnav-item-apple"><a href="https://www.apple.com/"
 data-globalnav-item-name="apple" class="globalnav-link globalnav-link-apple"><span class="globalnav-image-regular globalnav-link-image">
<svg height="44" viewBox="0 0 14 44" width="14"><path d="m13.0729 17.6825a3.61 3.61 0 0 0 -1.7248 3.0365"/></svg></span>
<span class="globalnav-link-text">Apple</span></a></li>
<li class="globalnav-item globalnav-item-store globalnav-item-menu"><ul class="globalnav-submenu-trigger-group" role="none">
<li class="globalnav-submenu-trigger-item"><a href="https://www.apple.com/us/shop/goto/store" class="globalnav-link globalnav-link-store"
 aria-label="Store"><span class="globalnav-link-text-container"><span class="globalnav-image-regular globalnav-link-text">Store</span>
<span class="globalnav-image-compact globalnav-link-text">Store</span></span></a></li></ul></li>
${navItem(apNav[0]!)}
${navItem(apNav[1]!)}
<li class="globalnav-item globalnav-item-iphone globalnav-item-menu"><ul class="globalnav-submenu-trigger-group" role="none">
<li class="globalnav-submenu-trigger-item"><a href="https://www.apple.com/iphone/" class="globalnav-link globalnav-link-iphone" aria-label="iPhone">
<span class="globalnav-link-text-container"><span class="globalnav-image-regular globalnav-link-text">iPhone</span>
<span class="globalnav-image-compact globalnav-link-text">iPhone</span></span></a></li></ul></li>
${apNav.slice(2).map(navItem).join('\n')}
<li class="globalnav-item globalnav-search"><a class="globalnav-link globalnav-link-search" href="https://support.apple.com/kb/index?page=search"
 role="button" aria-label="Search apple.com"></a></li><li class="globalnav-item globalnav-bag"><a class="globalnav-link globalnav-link-bag"
 href="https://www.apple.com/us/shop/goto/bag" aria-label="Shopping Bag" role="button"></a></li></ul></div></nav>
<div id="globalheader-loaded-test"></div><div class="globalnav-placeholder"></div></div>
<div id="app"><div class="sub-header"><div class="sub-header-content"><a class="sub-header-title" href="/en-us">Support</a>
<form class="sub-header-search" action="/kb/index" role="search"><input type="hidden" name="page" value="search">
<input type="search" name="q" class="form-textbox" aria-label="Search Support" placeholder="Search Support" autocomplete="off"></form></div></div>
<main id="main" class="main" role="main"><div id="howto-section" class="section section-content"><div class="AppleTopic apd-topic book-content"
 id="root" dir="ltr"><div class="gb-container"><h1 class="gb-header">${apTitle}</h1>
<div class="gb-subtitle">${gbP(apIntro[0]!)}</div>
${gbP(apIntro[1]!)}
<div class="gb-group"><h2 class="gb-header">${apH1}</h2>
<ol class="gb-list gb-list-ordered">${apSteps.map((t) => `<li class="gb-list_item">${gbP(t)}</li>`).join('')}</ol>
<div class="gb-image"><img class="gb-image" alt="The Charging screen in Settings with Quiet Charging turned on" width="296" height="640"
 src="https://support.apple.com/library/content/dam/edam/applecare/images/en_US/iOS/ios19-iphone16-settings-battery-quiet-charging.png"></div>
${gbP(apLearn)}</div>
<div class="gb-group"><h2 class="gb-header">${apH2}</h2>
${apOn.map(gbP).join('\n')}</div>
<div class="gb-group"><h2 class="gb-header">${apH3}</h2>
${gbP(apMorning)}
<ul class="gb-list">${apChecks.map((t) => `<li class="gb-list_item">${gbP(t)}</li>`).join('')}</ul>
<div class="gb-note"><p class="gb-paragraph"><b>Note:</b> ${apNote}</p></div></div>
</div></div>
<div class="mod-date"><span>Published Date:</span> <time datetime="2025-11-18">November 18, 2025</time></div>
<div id="helpful-rating-wrapper"><div class="ratings okapi-enabled" id="helpful"><div class="show" id="question-state"><fieldset><legend>
<span id="okapi-a" class="okapi-ratings-label">Helpful?</span></legend><div class="helpful-btn-grp">
<button class="button button-secondary" aria-label="Yes" id="yes-button" title="Solved my problem">Yes</button>
<button class="button button-secondary" aria-label="No" id="no-button" title="Not helpful">No</button></div></fieldset></div>
<div class="form-element form-textbox-labelbelow hide" id="feedback-state"><form autocomplete="off">
<input type="hidden" id="form-counter-error-message" value="Maximum character limit is 250.">
<label data-no-label="Thanks for letting us know." data-yes-label="We’re glad this article helped." id="feedback-label"></label>
<div class="form-element form-textbox-labelbelow" id="feedback"><div class="textarea-wrapper"><span class="form-label" id="optional_label"></span>
<div><textarea aria-describedby="char_limit_counter" aria-labelledby="optional_label" class="form-textbox form-textbox-textarea"
 data-max-length="250" data-no-placeholder="How can we make this article more helpful? (Optional)"></textarea>
<div class="form-textbox-counter" id="char_limit_counter"><span class="visuallyhidden" id="char-limit-message">Character limit:</span>
<span class="form-counter">250</span></div></div></div>
<label class="form-note">Please don’t include any personal information in your comment.</label>
<div class="form-message-wrapper"><span class="form-message">Maximum character limit is 250.</span></div>
<button class="button" id="submit-feedback" disabled="">Submit</button></div></form></div>
<div class="hide" id="rating-done">Thanks for your feedback.</div></div></div>
<div class="communities-promo"><h2 class="promo-title">Start a discussion in Apple Support Communities</h2>
<p>Ask other users about this article</p><a class="button" href="https://discussions.apple.com/new-question?articleId=124108">Ask now</a></div>
<div class="contact-promo"><h2 class="promo-title">Contact Apple Support</h2>
<p>Need more help? Save time by starting your support request online and we’ll connect you to an expert.</p>
<a class="button" href="https://getsupport.apple.com/">Get started</a></div></div></main></div>
<footer id="ac-globalfooter" class="no-js" lang="en-US" dir="ltr" data-analytics-region="global footer" role="contentinfo" aria-labelledby="ac-gf-label">
<div class="ac-gf-content"><h2 class="ac-gf-label" id="ac-gf-label">Apple Footer</h2>
<nav class="ac-gf-breadcrumbs" aria-label="Breadcrumbs" role="navigation"><a href="https://www.apple.com" class="home ac-gf-breadcrumbs-home">
<span class="ac-gf-breadcrumbs-home-icon" aria-hidden="true"></span><span class="ac-gf-breadcrumbs-home-label">Apple</span></a>
<div class="ac-gf-breadcrumbs-path"><ol class="ac-gf-breadcrumbs-list"><li class="ac-gf-breadcrumbs-item"><a href="/en-us" class="ac-gf-breadcrumbs-link">
<span>Support</span></a></li><li class="ac-gf-breadcrumbs-item"><span>${apTitle}</span></li></ol></div></nav>
<section class="ac-gf-footer"><div class="ac-gf-footer-shop">More ways to shop: <a href="https://www.apple.com/retail/">Find an Apple Store</a> or
 <a href="https://locate.apple.com/">other retailer</a> near you. Or call 1-800-MY-APPLE.</div>
<div class="ac-gf-footer-legal"><div class="ac-gf-footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div>
<div class="ac-gf-footer-legal-links"><a class="ac-gf-footer-legal-link" href="https://www.apple.com/legal/privacy/">Privacy Policy</a>
<a class="ac-gf-footer-legal-link" href="https://www.apple.com/legal/internet-services/terms/site.html">Terms of Use</a>
<a class="ac-gf-footer-legal-link" href="https://www.apple.com/us/shop/goto/help/sales_refunds">Sales and Refunds</a>
<a class="ac-gf-footer-legal-link" href="https://www.apple.com/sitemap/">Site Map</a></div>
<a class="ac-gf-footer-locale-link" href="https://support.apple.com/choose-country-region" title="Choose your country or region">United States</a></div>
</section></div></footer>
<script src="https://www.apple.com/ac/globalnav/8/en_US/scripts/ac-globalnav.built.js" type="text/javascript" charset="utf-8"></script>
<script src="/clientside/build/FujiStitchPath.js" type="text/javascript"></script>
</body>
</html>`;
export const appleSupportArticle: TestPage = {
  html: apHtml,
  name: 'heldout33-apple-support-article',
  kind: 'docs',
  // the subtitle paragraph and the availability line are body; the three h2 are the headings; steps, paragraphs, the checks
  // list and the note's text (its "Note:" label in neither) are body; "Published Date:" with its date is the byline; the
  // global nav (each link text twice; "iPhone" left out: a body word), "Support" header, the Helpful? widget and its hidden
  // form, both promos and the global footer are furniture; the footer crumb repeating the title is left out; the screenshot's
  // alt text is not text
  title: apTitle,
  headings: [apH1, apH2, apH3],
  body: [...apIntro, ...apSteps, apLearn, ...apOn, apMorning, ...texts(apChecks), apNote],
  bylines: ['Published Date: November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Apple', 'Store', ...texts(apNav.map(([, t]) => t)), 'Helpful?', 'Yes', 'No', 'Character limit:',
    'Please don’t include any personal information in your comment.',
    'Maximum character limit is 250.', 'Submit', 'Thanks for your feedback.', 'Start a discussion in Apple Support Communities',
    'Ask other users about this article', 'Ask now', 'Contact Apple Support',
    'Need more help? Save time by starting your support request online and we’ll connect you to an expert.', 'Get started', 'Apple Footer',
    'More ways to shop: Find an Apple Store or other retailer near you. Or call 1-800-MY-APPLE.', 'Copyright © 2025 Apple Inc. All rights reserved.',
    'Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map', 'United States',
  ],
};
