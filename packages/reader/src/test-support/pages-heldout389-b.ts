import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout389-kit.js';

/**
 * Held-out batch 389, file b: an Apple Support style article (global nav, localnav, intro, h2 sections, note box, "Published
 * Date", helpfulness form, community call-out, footer) for an invented brand, and an appliance error-code page built with
 * Elementor (page-builder sections, heading and text-editor widgets, an error-code table, a call-to-action box, footer widgets).
 */
const aTitle = 'If your Quince Pad won’t charge';
const aIntro = ['If your Quince Pad doesn’t charge, charges slowly, or shows an alert when you connect it, try these steps.'];
const aSecs: [string, string[], string[]][] = [
  [
    'Check your cable and power adapter',
    ['Look for damage on your charging cable or power adapter, like breakage or bent prongs. Don’t use a damaged accessory.'],
    [
      'Use the USB-C cable and 30W power adapter that came with your Quince Pad, or a certified replacement.',
      'Plug the adapter firmly into a wall outlet that you know is working.',
      'Remove any case or cover and connect the cable directly to the charging port.',
    ],
  ],
  [
    'Clean the charging port',
    [
      j(
        'Lint and dust can collect in the charging port and stop the connector from seating fully. Turn off your Quince Pad, then',
        'use a soft, dry, lint-free brush to gently clean the port. Don’t put anything metal into the port.',
      ),
    ],
    [],
  ],
  [
    'Try a different power source',
    [
      j(
        'Connect the adapter to a different wall outlet, and avoid power strips and extension leads while you test. If you usually',
        'charge from a computer, try a wall adapter instead: many computer ports supply too little power to charge a tablet while it is',
        'in use, and some supply none at all while the computer is asleep.',
      ),
    ],
    [],
  ],
  [
    'Restart your Quince Pad',
    [
      j(
        'Press and hold the top button until the power-off slider appears, drag the slider, then wait 30 seconds. Press and hold the',
        'top button again until you see the logo. Connect the charger again and leave it for half an hour.',
      ),
    ],
    [],
  ],
];
const aNote = j(
  'If you see “Charging on hold” in Battery settings, your Quince Pad might be too warm. Move it to a cooler place and it will',
  'resume charging on its own when its temperature drops.',
);
const aLast = 'If your Quince Pad still won’t charge, book a repair with an authorised service provider.';
const aNav = ['Store', 'Tablet', 'Phone', 'Watch', 'Support'];
const aLocal = ['Support', 'Tablet', 'Get Support'];
const aFoot = ['Shop and Learn', 'Quince Wallet', 'Account', 'Entertainment', 'Quince Store', 'For Business'];
const aFoot2 = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const aHtml = `<!DOCTYPE html><html lang="en-us" class="no-js" dir="ltr"><head><meta charset="utf-8">
<title>If your Quince Pad won’t charge - Quince Support</title><meta name="description" content="Learn what to do if your Quince Pad doesn't charge.">
<meta property="og:site_name" content="Quince Support"><meta name="twitter:card" content="summary"><link rel="canonical"
href="https://support.quince.example/en-us/HT208412">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"TechArticle","headline":"If your Quince Pad won’t charge","
datePublished":"2026-02-11"}</script>
<script>var s_dateModified = '2026-02-11'; window.ACDataLayer = {"locale":"en-us","documentType":"HT"};</script></head>
<body class="page-article ac-gn-current-support" dir="ltr"><aside id="ac-gn-segmentbar" class="ac-gn-segmentbar" lang="en-US" dir="ltr"></aside>
<nav id="ac-globalnav" class="js no-touch" role="navigation" aria-label="Global" lang="en-US" dir="ltr"><div class="ac-gn-content"><ul class="ac-gn-list">
${links(aNav, 'ac-gn-item')}</ul></div></nav><div id="ac-gn-curtain" class="ac-gn-curtain"></div>
<div class="localnav"><nav class="localnav-wrapper" aria-label="Support"><ul class="localnav-menu">${links(aLocal, 'localnav-menu-item')}</ul></nav></div>
<main id="main" class="main" role="main"><div id="app"><div class="section-wrapper"><div id="sections" class="sections"
itemscope itemtype="http://schema.org/TechArticle">
<div id="howto-section" class="mod-date-on"><div class="howto-section"><h1 id="howto-title" class="gb-header" itemprop="headline">${aTitle}</h1>
<div id="howto-intro" class="intro" itemprop="description">${ps(aIntro, ' class="gb-paragraph"')}</div>
${aSecs
  .map(
    ([h, p, l]) => `<div class="section">
<h2 class="gb-header">${h}</h2>\n${ps(p, ' class="gb-paragraph"')}${l.length > 0 ? `<ul class="list gb-list">${lis(l, 'gb-list_item')}</ul>` : ''}
</div>`,
  )
  .join('\n')}
<div class="note gb-note"><p class="gb-paragraph">${aNote}</p></div>
<div class="section"><p class="gb-paragraph">${aLast}</p></div>
<div class="mod-date"><span>Published Date:</span> <time itemprop="datePublished">February 11, 2026</time></div></div></div>
<div id="helpful-rating-wrapper" class="was-this-helpful"><div class="helpful"><p class="helpful-question">Helpful?</p>
<button class="button button-secondary" data-ss-analytics-link-text="yes">Yes</button><button class="button button-secondary"
data-ss-analytics-link-text="no">No</button></div>
<div class="helpful-feedback"><label for="feedback">Character limit: 250</label><textarea id="feedback" maxlength="250"></textarea>
<p class="form-note">Please don’t include any personal information in your comment.</p><button class="button">Submit</button></div></div></div>
<section class="community-cta"><div class="content"><h2 class="gb-header">Start a discussion in Quince Support Community</h2>
<p>Ask other users about this article</p><a href="https://discussions.quince.example/" class="button">Ask other users about this article</a></div>
<p class="see-all"><a href="https://discussions.quince.example/community/pad">See all questions on this article</a></p></section></div></div></main>
<footer id="ac-globalfooter" class="no-js" lang="en-US" dir="ltr" role="contentinfo"><div class="ac-gf-content"><nav class="breadcrumbs"
aria-label="Breadcrumbs">
<ol><li class="home"><a href="https://www.quince.example">Quince</a></li><li><a href="/en-us">Support</a></li><li>${aTitle}</li></ol></nav>
<div class="ac-gf-directory"><ul>${links(aFoot, 'ac-gf-directory-column')}</ul></div><section class="ac-gf-footer">
<div class="ac-gf-footer-shop">More ways to shop: Find a Quince Store or other retailer near you. Or call 1-800-555-0199.</div>
<div class="ac-gf-footer-legal-copyright">Copyright © 2026 Quince Inc. All rights reserved.</div><ul class="ac-gf-footer-legal-links">${links(aFoot2)}</ul>
<a class="ac-gf-footer-locale-link" href="/choose-country-region/">United States</a></section></div></footer></body></html>`;
const appleStyleBody = texts([...aIntro, ...aSecs.flatMap(([, p, l]) => [...p, ...l]), aNote, aLast]);
const appleStyle: TestPage = {
  name: 'heldout389-apple-support-article',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aSecs.map(([h]) => h),
  body: appleStyleBody,
  bylines: ['Published Date:', 'February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(appleStyleBody, [
    ...aNav, 'Get Support', 'Helpful?', 'Yes', 'Character limit: 250', 'Please don’t include any personal information in your comment.', 'Submit',
    'Start a discussion in Quince Support Community', 'Ask other users about this article', 'See all questions on this article', ...aFoot,
    'More ways to shop: Find a Quince Store or other retailer near you. Or call 1-800-555-0199.', 'Copyright © 2026 Quince Inc. All rights reserved.',
    ...aFoot2, 'United States',
  ]),
};

const eTitle = 'Hallvik dishwasher error codes';
const eIntro = [
  j(
    'Your Hallvik dishwasher shows a short code on the display when it detects a fault. Many codes can be cleared at home in a few',
    'minutes. Find your code in the table, follow the fix, then switch the machine off at the wall for one minute to reset it.',
  ),
  'The codes below apply to all Hallvik built-in and freestanding dishwashers made from 2019 onwards (model numbers starting DW5 or DW7).',
  j(
    'To reset the machine, press and hold the Start button for three seconds until the display shows a dash, then switch off at the',
    'wall. Wait one full minute before switching back on so the control board can discharge. Any water left in the base will drain',
    'when the next programme starts, so a little noise from the pump at that point is normal.',
  ),
];
const eRows: [string, string, string][] = [
  ['E1', 'Water is not coming in', 'Check the tap is open and the inlet hose is not kinked or frozen.'],
  ['E2', 'Water is not draining', 'Clean the filter and check the drain hose is not squashed behind the machine.'],
  ['E3', 'Water is not heating', 'Reset the machine. If the code returns, the heater needs a service visit.'],
  ['E4', 'Overflow protection', 'Switch off, tilt the machine forward slightly to drain the base tray, and wait two hours.'],
  ['E7', 'Temperature sensor fault', 'Book an engineer. Do not keep running the machine.'],
  ['E9', 'Door sensor or keypad fault', 'Close the door firmly. If the code stays on, book an engineer.'],
];
const eTips = [
  'Clean the filter once a month, more often if you rarely rinse plates.',
  'Run a hot empty wash with dishwasher cleaner every two months.',
  'Keep the salt and rinse aid topped up; low salt can cause limescale on the heater.',
];
const eAfter = j(
  'If a code keeps coming back after you have tried the fix, note the code and your model number from the rating plate on the edge of',
  'the door, and book a repair. Repairs are free for the first two years of the guarantee.',
);
const eMenu = ['Products', 'Support', 'Register your appliance', 'Spare parts', 'Find a stockist'];
const eFootCols = ['Contact us', 'Book a repair', 'Manuals', 'Warranty', 'Careers', 'Cookie settings'];
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dishwasher error codes | Hallvik Support</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.hallvik.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all' />
<link rel='stylesheet' id='elementor-post-412-css' href='https://www.hallvik.example/wp-content/uploads/elementor/css/post-412.css' media='all' />
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Dishwasher error codes"}]}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":412}};</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-kit-7 elementor-page elementor-page-412">
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-image" data-widget_type="image.default"><div class="elementor-widget-container">
<a href="/"><img src="/wp-content/uploads/hallvik-logo.svg" alt="Hallvik"></a></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-5e1a" class="elementor-nav-menu">${links(eMenu, 'menu-item')}</ul></nav>
</div></div></div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3b1c2d0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-breadcrumbs">
<div class="elementor-widget-container"><p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/support/">Support</a> » <span class="breadcrumb_last"
aria-current="page">Dishwasher error codes</span></span></p></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${ps(eIntro)}</div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9f20e4b"
data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-100" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title">What the codes
mean</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><table class="error-table">
<thead><tr><th>Code</th><th>Meaning</th><th>What to do</th></tr></thead><tbody>
${eRows.map(([c, m, d]) => `<tr><td><strong>${c}</strong></td><td>${m}</td><td>${d}</td></tr>`).join('\n')}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">Prevent
faults before they happen</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${eTips
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${eAfter}</p></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-cta1 elementor-section-full_width" data-element_type="section">
<div class="elementor-container"><div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__item">Need an engineer?</h3><div class="elementor-cta__description elementor-cta__item">Book a Hallvik-trained
engineer online, seven days a week.</div><div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button"
href="/book-a-repair/">Book
now</a></div></div></div></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget
elementor-widget-form"><div class="elementor-widget-container"><h3 class="elementor-heading-title">Get care tips by email</h3><form class="elementor-form">
<input type="email" placeholder="Email address"><button type="submit"
class="elementor-button"><span class="elementor-button-text">Sign up</span></button></form>
</div></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="37" class="elementor elementor-37 elementor-location-footer"><section class="elementor-section">
<div class="elementor-container"><div class="elementor-widget elementor-widget-nav-menu">
<ul class="elementor-nav-menu">${links(eFootCols, 'menu-item')}</ul></div>
<div class="elementor-widget elementor-widget-text-editor"><p>© 2026 Hallvik Appliances Ltd. Registered in England No. 04418812.</p></div>
</div></section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin" role="dialog"><div class="cmplz-title">Manage Cookie Consent</div>
<div class="cmplz-message"><p>We use cookies to make our site work and to understand how you use it.</p></div><div class="cmplz-buttons">
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View
preferences</button></div></div></div></body></html>`;
const elementorBody = texts([...eIntro, ...eRows.flat(), ...eTips, eAfter]);
const elementor: TestPage = {
  name: 'heldout389-elementor-error-codes',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['What the codes mean', 'Prevent faults before they happen'],
  body: elementorBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside(elementorBody, [
    ...eMenu, 'Home', 'Dishwasher error codes', 'Need an engineer?', 'Book a Hallvik-trained engineer online, seven days a week.', 'Book now',
    'Get care tips by email', 'Sign up', ...eFootCols, '© 2026 Hallvik Appliances Ltd. Registered in England No. 04418812.', 'Manage Cookie Consent',
    'We use cookies to make our site work and to understand how you use it.', 'Accept', 'Deny', 'View preferences',
  ]),
};

export const HELDOUT389_B: readonly TestPage[] = [appleStyle, elementor];
