import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file d2: a Google Pixel Phone Help article in the Google Help Centre (the hcfe header with
 * "Pixel Phone Help", search and "Sign in", the breadcrumb, the article with an "Important:" callout and "Tip:" line inside
 * the text, numbered steps, the "Related resources" list, the "Was this helpful?" survey, the "Need more help?" box, the
 * left "Help Center / Community" tabs, the sibling-articles rail, the Google footer and the hidden feedback dialog).
 */
const pxTitle = 'Fix a Pixel phone that charges slowly';
const pxArt = `<p>If your Pixel phone is charging more slowly than usual, or the screen says <em>Charging slowly</em>, try the steps below.
After each step, charge your phone for 30 minutes and check whether the speed has improved.</p>
<p class="note"><strong>Important:</strong> Some of these steps work only on Android 14 and up. Learn how to check your Android version.</p>
<h2>Step 1: Check your charger and cable</h2>
<p>For the fastest charging, use the charger and cable that came with your phone, or a USB-C charger that supports USB Power Delivery
(USB-PD). Chargers for older phones, laptop USB ports and car chargers may supply less power.</p>
<ol><li>Unplug the cable from the phone and the wall adapter.</li>
<li>Check both ends of the cable and the phone’s USB-C port for dust or lint.</li>
<li>Plug the cable back in firmly, then try a different wall outlet.</li></ol>
<h2>Step 2: Check Adaptive Charging</h2>
<p>When Adaptive Charging is on and you plug in your phone in the evening with an alarm set, your phone charges to 80% quickly and then
finishes charging just before your alarm. This protects the battery but can look like slow charging.</p>
<p>To turn it off, open your phone’s <strong>Settings</strong> app, tap <strong>Battery</strong> and then <strong>Adaptive Charging</strong>.</p>
<p class="tip"><strong>Tip:</strong> If Charging optimization is set to Limit to 80%, your phone will stop at 80% and show a charging limit
icon. This is expected.</p>
<h2>Step 3: Let your phone cool down</h2>
<p>Your phone charges more slowly when it’s hot, for example while you play games, use the camera for a long time, or leave the phone in a
car. Close apps you aren’t using, remove a thick case while charging, and move the phone out of direct sunlight.</p>
<h2>Step 4: Restart in safe mode</h2>
<p>An app you downloaded might be keeping your phone busy while it charges. Press and hold the power button, then touch and hold
<strong>Power off</strong> until you see <em>Reboot to safe mode</em>, and tap <strong>OK</strong>. If your phone charges normally in safe mode,
remove recently downloaded apps one at a time and restart after each one.</p>
<p>If your phone still charges slowly after these steps, contact Pixel support. You may be able to get your phone repaired or replaced if it’s
under warranty.</p>`;
const pxCrumbs = ['Pixel Phone Help', 'Battery & power', 'Charging'];
const pxRelated = ['Get the most life from your Pixel phone’s battery', 'Charge your Pixel phone wirelessly', 'Find a Pixel repair option'];
const pxSiblings = ['Charge your Pixel phone', 'Check your phone’s battery health', 'Fix a phone that won’t charge', 'Use Battery Share'];
const pxNext = [
  'Need more help?',
  'Try these next steps:',
  'Post to the help community',
  'Get answers from community members',
  'Contact us',
  'Tell us more and we’ll help you get there',
];
const pxHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${pxTitle} - Pixel Phone Help</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="If your Pixel phone is charging slowly, try these steps.">
<meta property="og:title" content="${pxTitle} - Pixel Phone Help"><link rel="canonical" href="https://support.google.com/pixelphone/answer/13842917?hl=en">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Pixel Phone Help","item":"https://support.google.com/pixelphone/?hl=en"},{"@type":"ListItem","position":2,"name":"Battery & power"}]}</script>
<script nonce="x9z8">var hcConfig = {product: 'pixelphone', answerId: 13842917, locale: 'en'};</script>
<link rel="stylesheet" href="//www.gstatic.example/support/content/css/hcfe.css"></head>
<body class="hcfe" data-page-type="ANSWER">
<div class="hcfe-header"><header class="gb_header" role="banner"><a class="gb_logo" href="/pixelphone/?hl=en" aria-label="Pixel Phone Help">
<span class="gb_product-name">Pixel Phone Help</span></a><form class="search-form" role="search"><input type="search" aria-label="Search Help Center"
placeholder="Describe your issue"></form><div class="gb_user"><a class="gb_sign-in" href="https://accounts.google.example/ServiceLogin">Sign in</a>
</div></header><div class="hcfe-tabs" role="tablist"><a role="tab" aria-selected="true" href="/pixelphone/?hl=en">Help Center</a>
<a role="tab" href="/pixelphone/community?hl=en">Community</a><a role="tab" href="/pixelphone/whats-new">What’s new</a></div>
<nav class="hcfe-breadcrumb" aria-label="Breadcrumb"><ol>${links(pxCrumbs, 'hcfe-breadcrumb-item')}</ol></nav></div>
<div class="hcfe-content"><section class="page-container"><div class="article-container"><article class="article">
<div class="article-header"><h1>${pxTitle}</h1></div><div class="cc">
${pxArt}
<h3 class="related-resources-title">Related resources</h3><ul class="related-resources">${links(pxRelated)}</ul>
</div></article>
<div class="article-survey-container"><div class="survey" role="form"><p class="survey-question">Was this helpful?</p>
<button class="survey-yes">Yes</button><button class="survey-no">No</button></div>
<div class="survey-followup" hidden><p>How can we improve it?</p><textarea aria-label="How can we improve it?"></textarea><button>Submit</button></div></div>
<div class="escalation-container"><h2 class="escalation-title">${pxNext[0]}</h2><p>${pxNext[1]}</p>
<div class="escalation-option"><a href="/pixelphone/community">${pxNext[2]}</a><span>${pxNext[3]}</span></div>
<div class="escalation-option"><a href="/pixelphone/gethelp">${pxNext[4]}</a><span>${pxNext[5]}</span></div></div></div>
<aside class="sidebar-container"><div class="sibling-nav"><h2>Charging</h2><ul>${links(pxSiblings, 'sibling')}</ul></div></aside></section></div>
<footer class="hcfe-footer"><ul class="footer-links"><li>©2025 Google</li>${links(['Privacy Policy', 'Terms of Service'], 'footer-link')}</ul>
<div class="footer-lang"><label for="lang">Language</label><select id="lang"><option selected>English</option><option>Español</option></select></div></footer>
<div class="feedback-dialog" role="dialog" aria-hidden="true" hidden><h2>Send feedback on...</h2><p>This help content &amp; information</p>
<p>General Help Center experience</p><button>Next</button></div>
<script nonce="x9z8" src="//www.gstatic.example/support/content/js/hcfe.js"></script></body></html>`;
export const pixelArticle: TestPage = {
  html: pxHtml,
  name: 'heldout202-google-pixel-help-article',
  kind: 'docs',
  // the "Important:" and "Tip:" lines inside the text are body; "Related resources" under the article is furniture
  title: pxTitle,
  headings: blocks(pxArt, 'h2'),
  body: blocks(pxArt),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pixel Phone Help', 'Sign in', 'Help Center', 'Community', 'What’s new', 'Battery & power', 'Related resources', ...pxRelated, 'Was this helpful?',
    'Yes', 'No', 'How can we improve it?', 'Submit', ...pxNext, ...pxSiblings, '©2025 Google', 'Privacy Policy', 'Terms of Service', 'Language',
    'English', 'Español', 'Send feedback on...', 'This help content & information', 'General Help Center experience', 'Next',
  ],
};
