import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file b2: a Fitbit help article in the Google Help Centre (the hcfe header with "Fitbit Help", the search
 * box and "Sign in", the breadcrumb trail, the article with a table and collapsed "zippy" sections whose h2s sit inside
 * buttons, the "Related resources" list, the "Was this helpful?" widget, the "Need more help?" next-steps box, the help-centre
 * side rail, the feedback link and the Google footer with its language selector).
 */
const fbTitle = 'Why isn’t my Fitbit device tracking my sleep?';
const fbIntro = `<p>Your Fitbit device detects sleep automatically when you wear it to bed. If you wake up and don’t see a sleep log, or the
log is much shorter than you expected, try the steps below.</p>`;
const fbZippies = [
  {
    h: 'Check how you wear your device',
    art: `<p>For the most accurate sleep tracking, wear your device a finger’s width above your wrist bone, snug but comfortable. If the band is
loose, the heart-rate sensor can lose contact with your skin during the night and your sleep stages may not be recorded.</p>
<p>If your device is set to <strong>Wrist placement: Dominant</strong>, your movements during the night may look like activity. Go to your
device settings in the Fitbit app and check that wrist placement matches the wrist you wear it on.</p>`,
  },
  {
    h: 'Check the length of your sleep',
    art: `<p>Sleep is only logged when you sleep for more than one hour. Sleep stages need at least three hours of sleep and enough battery
charge. The table below shows what you see after different lengths of sleep:</p>
<table class="nice-table"><thead><tr><th>Time asleep</th><th>What you see in the app</th></tr></thead>
<tbody><tr><td>Under 1 hour</td><td>No sleep log</td></tr>
<tr><td>1 to 3 hours</td><td>Sleep pattern with awake, restless and asleep time</td></tr>
<tr><td>More than 3 hours</td><td>Sleep stages: awake, light, deep and REM</td></tr></tbody></table>`,
  },
  {
    h: 'Sync and restart your device',
    art: `<p>Sleep data is processed after your device syncs with the Fitbit app. Open the app in the morning and pull down on the Today tab
to sync. If the log still doesn’t appear:</p>
<ol><li>Make sure your device has at least 25% battery before you go to bed.</li>
<li>Restart your device. The steps depend on your model; see the help article for your device.</li>
<li>Sync again and wait up to an hour for your sleep stages to appear.</li></ol>
<p>If you fell asleep but your device didn’t detect it, you can add a sleep log by hand. In the Today tab, tap the Sleep tile, then tap the
plus icon and enter the time you fell asleep and woke up. Manual logs don’t include sleep stages.</p>`,
  },
];
const fbArt = fbIntro + fbZippies.map((z) => z.art).join('\n');
const fbCrumbs = ['Fitbit Help', 'Track your health', 'Sleep'];
const fbRelated = ['Understand your sleep score', 'Set a sleep schedule', 'Use Sleep Profile on Fitbit Premium'];
const fbRail = ['Help Center', 'Community', 'Fitbit Community', 'Product safety & regulatory', 'Privacy Policy', 'Terms of Service', 'Submit feedback'];
const fbNext = [
  'Need more help?',
  'Try these next steps:',
  'Post to the help community',
  'Get answers from community members',
  'Contact us',
  'Tell us more and we’ll help you get there',
];
const fbHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${fbTitle} - Fitbit Help</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Your Fitbit device detects sleep automatically.">
<meta property="og:title" content="${fbTitle} - Fitbit Help"><meta name="robots" content="index">
<link rel="canonical" href="https://support.google.com/fitbit/answer/14236512?hl=en">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Fitbit Help","item":"https://support.google.com/fitbit/?hl=en"},{"@type":"ListItem","position":2,"name":"Track your health"}]}</script>
<script nonce="a1b2">var hcConfig = {product: 'fitbit', answerId: 14236512, locale: 'en'};</script>
<link rel="stylesheet" href="//www.gstatic.example/support/content/css/hcfe.css"></head>
<body class="hcfe" data-page-type="ANSWER">
<div class="hcfe-header"><header class="gb_header" role="banner"><a class="gb_logo" href="/fitbit/?hl=en" aria-label="Fitbit Help">
<span class="gb_product-name">Fitbit Help</span></a><form class="search-form" role="search"><input type="search" aria-label="Search Help Center"
placeholder="Describe your issue"></form><div class="gb_user"><a class="gb_sign-in" href="https://accounts.google.example/ServiceLogin">Sign in</a>
<a class="gb_apps" aria-label="Google apps" href="#"></a></div></header>
<nav class="hcfe-breadcrumb" aria-label="Breadcrumb"><ol>${links(fbCrumbs, 'hcfe-breadcrumb-item')}</ol></nav></div>
<div class="hcfe-content"><section class="page-container"><div class="article-container"><article class="article">
<div class="article-header"><h1>${fbTitle}</h1></div><div class="cc">
${fbIntro}
${fbZippies
  .map(
    (z, i) => `<div class="zippy-container"><h2 class="zippy" data-zippy-id="${i}"><button class="zippy-button" aria-expanded="false">${z.h}</button></h2>
<div class="zippy-content" hidden>${z.art}</div></div>`,
  )
  .join('\n')}
<h3 class="related-resources-title">Related resources</h3><ul class="related-resources">${links(fbRelated)}</ul>
</div></article>
<div class="article-survey-container"><div class="survey" role="form"><p class="survey-question">Was this helpful?</p>
<button class="survey-yes">Yes</button><button class="survey-no">No</button></div>
<div class="survey-thanks" hidden>Thanks for your feedback!</div></div>
<div class="escalation-container"><h2 class="escalation-title">${fbNext[0]}</h2><p>${fbNext[1]}</p>
<div class="escalation-option"><a href="/fitbit/community">${fbNext[2]}</a><span>${fbNext[3]}</span></div>
<div class="escalation-option"><a href="/fitbit/gethelp">${fbNext[4]}</a><span>${fbNext[5]}</span></div></div></div>
<aside class="sidebar-container"><div class="sibling-nav"><h2>Sleep</h2><ul>${links(fbRelated.slice(0, 2), 'sibling')}</ul></div>
<nav class="hc-rail"><ul>${links(fbRail, 'hc-rail-item')}</ul></nav></aside></section></div>
<footer class="hcfe-footer"><div class="footer-lang"><label for="lang">Language</label><select id="lang"><option selected>English</option>
<option>Deutsch</option><option>Français</option></select></div><ul class="footer-links"><li>©2025 Google</li>
${links(['Privacy Policy', 'Terms of Service'], 'footer-link')}</ul></footer>
<div class="feedback-link"><a href="#" data-feedback="true">Send feedback on this help content &amp; information</a></div>
<script nonce="a1b2" src="//www.gstatic.example/support/content/js/hcfe.js"></script></body></html>`;
export const fitbitArticle: TestPage = {
  html: fbHtml,
  name: 'heldout202-fitbit-help-article',
  kind: 'docs',
  // the collapsed zippy sections are part of the article (their h2s are the headings, their hidden text is body); the
  // table's data cells are body, its header cells in neither list; "Related resources" under the article is furniture
  title: fbTitle,
  headings: fbZippies.map((z) => z.h),
  body: blocks(fbArt, 'p|li|td'),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fitbit Help', 'Sign in', 'Track your health', 'Related resources', ...fbRelated, 'Was this helpful?', 'Yes', 'No', 'Thanks for your feedback!',
    ...fbNext, ...fbRail, 'Language', 'English', 'Deutsch', 'Français', '©2025 Google', 'Privacy Policy',
    'Terms of Service', 'Send feedback on this help content & information',
  ],
};
