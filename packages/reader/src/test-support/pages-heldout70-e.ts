import { links, type TestPage, texts } from './page-kit.js';
import { mozillaSupport } from './pages-heldout70-e2.js';

/**
 * Held-out batch 70, file e: a Google Help Center answer page (header with the main-menu drawer, product help name, the
 * "Describe your issue" search and "Sign in", the Help Center / Community tabs, the answer with an "Important:" note and
 * platform tabs whose inactive panels are hidden by a class, tips, the topic sidebar with the current answer, "Related
 * resources", "Was this helpful?" with its hidden follow-up, "Need more help?", the footer with language select, dark-mode
 * toggle and "Send feedback on...", and inline config scripts).
 */
const ghTitle = 'Show your working hours and location';
const ghIntro =
  'You can let people know when you’re available to meet and where you’ll be working. If someone invites you to a meeting ' +
  'outside your working hours, they see a notice so that they can choose a better time.';
const ghImportant =
  'Working hours and location are available for accounts managed by a work or school organisation. If you don’t see the ' +
  'option, ask your administrator whether it has been turned on.';
const ghH1 = 'Set your working hours';
const ghSteps1 = [
  'On your computer, open <a href="https://calendar.google.com/">Google Calendar</a>.',
  'At the top right, click Settings <img src="//lh3.googleusercontent.com/settings.png" width="18" height="18" alt="Settings"> <strong>&gt; Settings</strong>.',
  'On the left, under “General,” click <strong>Working hours &amp; location</strong>.',
  'Turn on <strong>Enable working hours</strong>.',
  'Select the days you work, and set a start and end time for each of them.',
];
const ghSaved = 'Changes are saved automatically.';
const ghTip =
  'You can split a day into more than one block, for example if you take a long break in the middle of the day. Next to the ' +
  'day, click <strong>Add</strong> to add another time range.';
const ghH2 = 'Add your working location';
const ghLoc =
  'Your working location shows on your calendar and to anyone who looks up your schedule, so they know whether you’re in the ' +
  'office, at home or somewhere else.';
const ghSteps2 = [
  'In “Working hours &amp; location,” turn on <strong>Enable working location</strong>.',
  'For each day, choose <strong>Home</strong>, <strong>Office</strong> or <strong>Somewhere else</strong>. If your organisation has set up ' +
    'buildings, you can also pick a building and floor.',
  'To change a single day, on your calendar, click the working location at the top of that day and choose a new one.',
];
const ghAndroid =
  'You can’t set working hours in the Google Calendar app. To set them, use a computer. You can still change your working ' + 'location for a single day:';
const ghSteps3 = ['Open the Google Calendar app.', 'At the top of the day, tap your working location.', 'Choose a new location and tap <strong>Save</strong>.'];
const ghIos =
  'You can’t change your working hours or working location in the Google Calendar app on an iPhone or iPad. Use a computer ' +
  'instead. Your settings still apply to invitations that you get on your phone.';
const ghTabs = ['Computer', 'Android', 'iPhone & iPad'];
const ghDrawer = ['Help Center', 'Community', 'Google Calendar', 'Privacy Policy', 'Terms of Service', 'Submit feedback'];
const ghTopicH = 'Set up your calendar';
const ghTopic = ['Change your Google Calendar settings', 'Use Google Calendar in a different time zone', 'Set up an out of office'];
const ghRelated = ['Create an event in Google Calendar', 'Find a time that works for everyone', 'Block time to focus'];
const ghLangs = ['English', 'Deutsch', 'español', 'français', '日本語'];
const ghHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<link rel="canonical" href="https://support.google.com/calendar/answer/7638168?hl=en"><title>${ghTitle} - Computer - Google Calendar Help</title>
<meta name="description" content="You can let people know when you’re available to meet and where you’ll be working."><meta property="og:title"
 content="${ghTitle}">
<link rel="stylesheet" href="//www.gstatic.com/support/content/css/hcfe-ngc.min.css" nonce="r4Lp0x9AaQ"><style
 nonce="r4Lp0x9AaQ">.tab-panel.hidden{display:none}</style>
<script nonce="r4Lp0x9AaQ">var hcfe = window.hcfe || {};
hcfe.config = {"helpcenter":"calendar","hl":"en","pageType":"ANSWER","answerId":"7638168","visitId":"1.7f3a"};
window.sc_scriptsLoaded = false;</script></head>
<body class="hcfe" data-page-type="ANSWER" data-helpcenter="calendar"><div class="hcfe-content">
<header class="hcfe-header"><div class="header-container"><div class="header-left"><button class="main-menu-button" aria-label="Main menu"
 aria-expanded="false">
<svg viewBox="0 0 24 24" width="24" height="24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"></path></svg></button>
<a class="product-logo" href="/calendar/?hl=en"><img src="//www.gstatic.com/images/branding/product/1x/calendar_2020q4_48dp.png" alt="" width="32" height="32">
<span class="product-name">Google Calendar Help</span></a></div><div class="header-search" role="search"><form action="/calendar/search"><input type="text"
 name="q"
 aria-label="Describe your issue" placeholder="Describe your issue" autocomplete="off"><button type="button" aria-label="Clear search"
 class="clear-search"></button>
</form></div><div class="header-right"><a class="apps-menu" aria-label="Google apps" href="https://www.google.com/intl/en/about/products"><svg
 viewBox="0 0 24 24"></svg></a>
<a class="sign-in-button"
 href="https://accounts.google.com/ServiceLogin?hl=en&amp;continue=https://support.google.com/calendar/answer/7638168">Sign in</a></div></div>
<nav class="hcfe-tabs" aria-label="Help Center navigation"><ul><li><a class="active" href="/calendar/?hl=en">Help Center</a></li>
<li><a href="/calendar/community?hl=en">Community</a></li><li><a href="https://calendar.google.com/"
 target="_blank">Google Calendar</a></li></ul></nav></header>
<div class="main-menu-drawer" aria-hidden="true"><div class="drawer-title">Google Calendar Help</div><ul>${links(ghDrawer, 'drawer-item')}</ul></div>
<main class="hcfe-main"><div class="article-container"><section class="article" itemscope itemtype="http://schema.org/Article">
<div class="page-title-container"><h1 itemprop="name">${ghTitle}</h1></div><div class="article-content-container"><div class="cc" itemprop="articleBody">
<p>${ghIntro}</p>
<p><strong>Important:</strong> ${ghImportant}</p>
<div class="tabs"><ul role="tablist">${ghTabs
  .map(
    (t, i) =>
      `<li role="tab" tabindex="${i === 0 ? 0 : -1}" aria-selected="${i === 0}" class="${i === 0 ? 'active' : ''}">` +
      `<a href="#" data-ref="${t.toLowerCase().replace(/[^a-z]+/g, '')}">${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('')}</ul></div>
<div class="tab-panel active" role="tabpanel" data-ref="computer">
<h2>${ghH1}</h2>
<ol>${ghSteps1.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p>${ghSaved}</p>
<p><strong>Tip:</strong> ${ghTip}</p>
<h2>${ghH2}</h2>
<p>${ghLoc}</p>
<ol>${ghSteps2.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div>
<div class="tab-panel hidden" role="tabpanel" data-ref="android"><p>${ghAndroid}</p>
<ol>${ghSteps3.map((t) => `<li>${t}</li>`).join('\n')}</ol></div>
<div class="tab-panel hidden" role="tabpanel" data-ref="iphoneipad"><p>${ghIos}</p></div>
</div></div>
<section class="related-resources"><h2>Related resources</h2><ul>${links(ghRelated, 'related-link')}</ul></section>
<div class="article-survey-container"><div class="article-survey" data-answer-id="7638168"><h2 class="survey-title">Was this helpful?</h2>
<div class="survey-buttons"><button type="button" class="survey-yes">Yes</button><button type="button" class="survey-no">No</button></div>
<div class="survey-followup hidden"><label for="survey-text">How can we improve it?</label><textarea id="survey-text"></textarea>
<button type="button" class="survey-submit">Submit</button></div></div></div>
<div class="contact-container"><h2>Need more help?</h2><h3>Try these next steps:</h3><a class="contact-card" href="/calendar/threads?hl=en&amp;thread_new=true">
<span class="contact-card-title">Post to the help community</span><span class="contact-card-desc">Get answers from community members</span></a></div>
</section>
<aside class="article-sidebar" aria-label="${ghTopicH}"><h2 class="sidebar-title">${ghTopicH}</h2><ul>
<li><a href="/calendar/answer/37082">${ghTopic[0]}</a></li><li><a href="/calendar/answer/37064">${ghTopic[1]}</a></li>
<li class="current"><a href="/calendar/answer/7638168" aria-current="page">${ghTitle}</a></li><li><a href="/calendar/answer/7638192">${ghTopic[2]}</a></li></ul>
</aside></div></main>
<footer class="hcfe-footer"><div class="footer-links"><span class="copyright">©2026 Google</span><a
 href="https://www.google.com/intl/en/privacy.html">Privacy Policy</a>
<a href="https://www.google.com/accounts/TOS">Terms of Service</a><a href="/calendar/community-guide">Community Policy</a>
<a href="/calendar/community-overview">Community Overview</a></div><div class="footer-language"><select aria-label="Language">
${ghLangs.map((t, i) => `<option${i === 0 ? ' selected' : ''}>${t}</option>`).join('')}</select></div>
<div class="footer-darkmode"><button type="button" role="switch" aria-checked="false">Enable Dark Mode</button></div>
<div class="footer-feedback"><div>Send feedback on...</div><a href="#">This help content &amp; information</a><a
 href="#">General Help Center experience</a></div>
</footer></div>
<script nonce="r4Lp0x9AaQ"
 data-id="_gd">window.WIZ_global_data = {"Yllh3e":"%.@.1730000000000,167340881,1438294011]","w2btAe":"%.@.null,null,\\"\\",false,null]"};</script>
<script src="//www.gstatic.com/support/content/js/hcfe-ngc.min.js" nonce="r4Lp0x9AaQ" async></script></body></html>`;
const googleHelp: TestPage = {
  html: ghHtml,
  name: 'heldout70-google-help-article',
  kind: 'docs',
  // the two h2 of the Computer panel are the headings; every tab panel is the answer's text, the two panels hidden by a class
  // (Android, iPhone & iPad) too: body, as the reader of the saved page gets them by a click; the "Important:" and "Tip:" paras
  // are body with their labels in neither list; the tab labels are furniture ("Computer" is a word of a short step: left out);
  // the current answer's entry in the sidebar repeats the title: in neither list; the page names no author or date: no
  // bylines; header, drawer, tabs, sidebar, related resources, the survey with its hidden follow-up, "Need more help?" and the
  // footer are furniture ("Community" once); the drawer's and tabs' "Google Calendar" is a word of short steps: left out
  title: ghTitle,
  headings: [ghH1, ghH2],
  body: [ghIntro, ghImportant, ...texts(ghSteps1), ghSaved, ...texts([ghTip, ghLoc, ...ghSteps2, ghAndroid, ...ghSteps3]), ghIos],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Google Calendar Help', 'Sign in', ...ghDrawer.filter((t) => t !== 'Google Calendar'), ...ghTabs.slice(1), 'Related resources', ...ghRelated,
    'Was this helpful?', 'Yes', 'No', 'How can we improve it?', 'Submit', 'Need more help?', 'Try these next steps:', 'Post to the help community',
    'Get answers from community members', ghTopicH, ...ghTopic, '©2026 Google', 'Community Policy', 'Community Overview', ...ghLangs,
    'Enable Dark Mode', 'Send feedback on...', 'This help content & information', 'General Help Center experience',
  ],
};

export const HELDOUT70_E: readonly TestPage[] = [googleHelp, mozillaSupport];
