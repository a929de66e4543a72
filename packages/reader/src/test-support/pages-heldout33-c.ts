import { links, type TestPage, texts } from './page-kit.js';
import { appleSupportArticle } from './pages-heldout33-c2.js';

/**
 * Held-out batch 33, file c: a Google Help Center answer page on support.google.com (the Google bar with "Google apps" and
 * "Sign in", the product header with search, "Help Center" / "Community" tabs, breadcrumbs, the answer with an "Important:"
 * paragraph, a platform chooser whose hidden tab panel is in the markup too, two expandable zippies, the "Was this helpful?"
 * widget, "Need more help?" next steps, the "Related resources" rail, the feedback and language footer and bootstrap scripts).
 */
const ghTitle = 'Download trail maps to use offline';
const ghIntro =
  'You can save trail maps to your phone and keep using them when you’re out of signal range. Offline maps show trails, contour ' +
  'lines, water sources and your location, so you can keep navigating in a deep valley or on a remote ridge.';
const ghImportant = 'Offline maps don’t include live trail closures or weather warnings. Check conditions before you set out.';
const ghH1 = 'Download a map area';
const ghAndroid = [
  'On your Android phone, open the Pathways app <img src="//lh3.googleusercontent.com/pathways_app_icon_24dp.png" width="18" height="18" alt="Pathways">.',
  'Search for a trail or park, or move the map to the area you want.',
  'Tap More <img src="//lh3.googleusercontent.com/more_vert_24dp.png" width="18" height="18" alt="More"> <img ' +
    'src="//lh3.googleusercontent.com/arrow_right_24dp.png" width="18" height="18" alt="and then"> <strong>Download offline area</strong>.',
  'Drag the box so it covers your route, then tap <strong>Download</strong>.',
];
const ghIos = [
  'On your iPhone or iPad, open the Pathways app.',
  'Find the area you want to save.',
  'Tap your profile picture, then <strong>Offline maps</strong>, then <strong>Select your own map</strong>.',
  'Adjust the blue box and tap <strong>Download</strong>.',
];
const ghSize = 'Each area can be up to 150 square kilometers. Larger parks may need two or three overlapping areas.';
const ghH2 = 'Manage storage and updates';
const ghManage =
  'Offline areas expire after 30 days unless your phone connects to Wi-Fi in that time, in which case they update automatically. ' +
  'To see how much space your maps use, open <strong>Offline maps</strong> in your profile menu.';
const ghManageList = [
  'To update an area right away, tap it and then tap <strong>Update</strong>.',
  'To rename an area, tap it, tap <strong>Edit</strong>, and enter a new name.',
  'To delete an area you don’t need, tap it and then tap <strong>Delete</strong>.',
];
const ghH3 = 'Fix problems with offline maps';
const ghZ1 = 'The download stops before it finishes';
const ghZ1p =
  'Downloads pause when your phone switches from Wi-Fi to mobile data, unless you’ve turned on <strong>Download over mobile ' +
  'data</strong> in Settings. Reconnect to Wi-Fi and the download resumes where it stopped.';
const ghZ2 = 'Your location doesn’t show on the offline map';
const ghZ2p =
  'Pathways needs location access to place you on the map, even offline. Check that location is on for the app in your phone’s ' +
  'settings, and that battery saver isn’t limiting GPS.';
const ghRelated = ['Record a hike and share it', 'Plan a route with waypoints', 'Get alerts about trail closures'];
const ghLangs = ['Deutsch', 'English', 'español', 'français', 'italiano', 'Nederlands', 'polski', '日本語'];
const ghFoot = ['Privacy Policy', 'Terms of Service', 'Submit feedback'];
const step = (t: string) => `<li><p>${t}</p></li>`;
const ghHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${ghTitle} - Computer - Pathways Help</title>
<link rel="canonical" href="https://support.google.com/pathways/answer/14820337?hl=en">
<meta name="description" content="You can save trail maps to your phone and keep using them when you’re out of signal range.">
<link rel="stylesheet" href="//www.gstatic.com/support/content/hc/hcfe/styles_20251103.css" nonce="n2kQ7xw1">
<script nonce="n2kQ7xw1">window.sc_scope = 6; window.sc_hl = "en"; window.sc_pageModel = {"productName":"Pathways","productId":"pathways",
"answerId":14820337,"visibleContentId":"cc","hasPlatformTabs":true,"defaultPlatform":"android"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Pathways Help","item":"https://support.google.com/pathways/?hl=en"},{"@type":"ListItem","position":2,
"name":"Maps and navigation","item":"https://support.google.com/pathways/topic/1400221?hl=en"}]}</script></head>
<body class="hcfe" data-page-type="answer"><div class="hcfe-content" id="hcfe-content">
<header class="gb_Sa gb_Za" id="gb" role="banner"><div class="gb_Jd"><a class="gb_Fd" href="https://www.google.com" aria-label="Google">
<svg class="gb_Ad" width="74" height="24" viewBox="0 0 74 24" aria-hidden="true"><path d="M9.24 8.19v2.46h5.88"/></svg></a></div>
<div class="gb_Ne"><a class="gb_B" aria-label="Google apps" href="https://www.google.com/intl/en/about/products" role="button" tabindex="0">
<svg class="gb_F" focusable="false" viewBox="0 0 24 24"><path d="M6,8c1.1,0 2,-0.9 2,-2s-0.9,-2 -2,-2"/></svg></a>
<a class="gb_A gb_Ea" href="https://accounts.google.com/ServiceLogin?hl=en&amp;continue=https://support.google.com/pathways/answer/14820337"
 target="_top"><span class="gb_Pd">Sign in</span></a></div></header>
<div class="page-header"><div class="header-bar"><button class="mobile-nav-button" aria-label="Main menu"></button>
<a class="product-title" href="/pathways/?hl=en"><img src="//www.gstatic.com/pathways/logo_24dp.svg" alt="">Pathways Help</a>
<div class="search-box-container"><form class="search-form" action="/pathways/search" role="search"><input class="search-input" name="q"
 type="text" aria-label="Describe your issue" placeholder="Describe your issue" autocomplete="off"><button class="search-button" aria-label="Search Help Center"
 type="submit"></button><button class="clear-button" aria-label="Clear search" type="button"></button></form></div></div>
<nav class="product-tabs" aria-label="Help Center"><ul><li class="active"><a href="/pathways/?hl=en">Help Center</a></li>
<li><a href="https://support.google.com/pathways/community?hl=en">Community</a></li></ul></nav></div>
<div class="page-content"><main class="main-content" role="main"><nav class="breadcrumb-container" aria-label="Breadcrumb">
<ol class="breadcrumbs"><li class="breadcrumb"><a href="/pathways/?hl=en">Pathways Help</a></li>
<li class="breadcrumb"><a href="/pathways/topic/1400221?hl=en">Maps and navigation</a></li></ol></nav>
<section class="article-container"><article class="article" data-stats-ve="article"><div class="article-header"><h1>${ghTitle}</h1></div>
<div class="cc">
<p>${ghIntro}</p>
<p><strong>Important:</strong> ${ghImportant}</p>
<h2 id="download">${ghH1}</h2>
<div class="ds-tabs" data-ds-tabs=""><div class="tabs-container"><ul class="tabs" role="tablist">
<li class="tab active" role="tab" aria-selected="true" aria-controls="android" tabindex="0"><a href="#android">Android</a></li>
<li class="tab" role="tab" aria-selected="false" aria-controls="ios" tabindex="-1"><a href="#ios">iPhone &amp; iPad</a></li></ul></div>
<div class="tab-pane active" id="android" role="tabpanel"><ol>
${ghAndroid.map(step).join('\n')}
</ol></div>
<div class="tab-pane" id="ios" role="tabpanel" aria-hidden="true" hidden=""><ol>
${ghIos.map(step).join('\n')}
</ol></div></div>
<p>${ghSize}</p>
<h2 id="manage">${ghH2}</h2>
<p>${ghManage}</p>
<ul>
${ghManageList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="fix">${ghH3}</h2>
<div class="zippy-container"><h3 class="zippy" aria-expanded="false" role="button" tabindex="0">${ghZ1}</h3>
<div class="zippy-content" aria-hidden="true"><p>${ghZ1p}</p></div></div>
<div class="zippy-container"><h3 class="zippy" aria-expanded="false" role="button" tabindex="0">${ghZ2}</h3>
<div class="zippy-content" aria-hidden="true"><p>${ghZ2p}</p></div></div>
</div></article>
<div class="article-survey-container"><div class="article-survey" role="group" aria-labelledby="survey-question">
<div class="survey-question" id="survey-question">Was this helpful?</div><div class="survey-buttons">
<button class="survey-button" data-vote="yes" aria-label="Yes, this was helpful">Yes</button>
<button class="survey-button" data-vote="no" aria-label="No, this was not helpful">No</button></div>
<div class="survey-followup" hidden=""><div class="survey-followup-question">How can we improve it?</div></div></div></div>
<div class="escalation-container"><div class="escalation"><h2 class="escalation-title">Need more help?</h2>
<div class="escalation-subtitle">Try these next steps:</div><div class="escalation-option">
<a class="escalation-link" href="https://support.google.com/pathways/community?hl=en&amp;help_center_link=CLm6nv8N">
<div class="escalation-option-title">Post to the help community</div><div class="escalation-option-subtitle">Get answers from community members</div>
</a></div></div></div></section></main>
<aside class="related-resources" aria-labelledby="related-title"><h2 id="related-title">Related resources</h2><ul>
${links(ghRelated)}
</ul></aside></div>
<footer class="footer" role="contentinfo"><div class="footer-content"><div class="footer-left"><span class="copyright">©2025 Google</span>
<ul class="footer-links">
${links(ghFoot)}
</ul></div><div class="footer-right"><div class="language-selector"><label for="lang-select" class="visually-hidden">Change language</label>
<select id="lang-select" name="hl">${ghLangs.map((l) => `<option${l === 'English' ? ' selected=""' : ''}>${l}</option>`).join('')}</select>
</div></div></div>
<div class="feedback-footer"><div class="feedback-prompt">Send feedback on...</div><ul>
<li><a href="#" data-feedback="content">This help content &amp; information</a></li>
<li><a href="#" data-feedback="experience">General Help Center experience</a></li></ul></div></footer></div>
<script nonce="n2kQ7xw1" src="//www.gstatic.com/support/content/hc/hcfe/hcfe_20251103.js" async></script>
<script nonce="n2kQ7xw1">(function(){var s=document.createElement('script');s.src='https://www.google.com/tools/feedback/chat_load.js';
document.body.appendChild(s);})();</script>
</body></html>`;
const googleHelp: TestPage = {
  html: ghHtml,
  name: 'heldout33-google-help-answer',
  kind: 'docs',
  // the three h2 and both zippy h3 are the headings (the zippies' collapsed answers are body, as is the hidden iPhone tab panel:
  // both are article text a reader opens with one click); the "Important:" paragraph is body without its label; the tab labels
  // are furniture ("Android" left out: a body word); the icon images' alt texts are not text; the Google bar, product header,
  // tabs, breadcrumb, survey, "Need more help?" block, related rail, footer, language list and feedback footer are furniture;
  // "Pathways Help" (header and crumb) is kept as a whole: "Pathways" alone is a body word
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghZ1, ghZ2],
  body: [ghIntro, ghImportant, ...texts(ghAndroid), ...texts(ghIos), ghSize, ...texts([ghManage]), ...texts(ghManageList), ...texts([ghZ1p, ghZ2p])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Pathways Help', 'Help Center', 'Community', 'Maps and navigation', 'iPhone & iPad', 'Was this helpful?', 'Yes', 'No',
    'How can we improve it?', 'Need more help?', 'Try these next steps:', 'Post to the help community', 'Get answers from community members',
    'Related resources', ...ghRelated, '©2025 Google', ...ghFoot, 'Change language', ...ghLangs, 'Send feedback on...',
    'This help content & information', 'General Help Center experience',
  ],
};

export const HELDOUT33_C: readonly TestPage[] = [googleHelp, appleSupportArticle];
