import { type TestPage, texts } from './page-kit.js';
import { fandomEpisode } from './pages-heldout53-e2.js';

/**
 * Held-out batch 53, file e: a Mozilla Support (SUMO) knowledge-base article (the Protocol header with the Explore Help
 * Articles / Ask the Community / Contribute menus, search and "Sign In/Up", breadcrumbs, the product sidebar with topics and the
 * table of contents, the last-updated line, the article with per-platform instructions of which one is hidden, UI names in
 * button spans, a note, "Was this article helpful?", "These fine people helped write this article:", the volunteer card,
 * "Related Articles", the short share link, the language picker and Mozilla's footer).
 */
const smTitle = 'Manage website notification permissions in Firefox';
const btn = (t: string): string => `<span class="button">${t}</span>`;
const smIntro = [
  'Some websites ask to send you notifications, for example to tell you about new messages or breaking news when their tab isn’t ' +
    'open. This article explains how to allow or block those requests, change your decision for a site later, and stop sites from asking at all.',
];
const smH1 = 'Respond to a notification request';
const smReq = ['When a site wants to send notifications, a prompt appears below the address bar with two choices:'];
const smChoices = [
  `${btn('Allow')}: The site can show notifications until you change the setting.`,
  `${btn('Block')}: The site can’t show notifications and won’t ask you again.`,
];
const smReq2 = ['If you close the prompt without choosing, Firefox asks again the next time you visit the site.'];
const smNote =
  'Firefox only shows the prompt after you interact with the page, for example by clicking a button. If a site asks as soon as ' +
  'it loads, you’ll see a small speech-bubble icon in the address bar instead, and you can click it to answer.';
const smH2 = 'Change permissions for a site you have visited';
const smWin = `Click the menu button <img class="wiki-image" src="/media/uploads/gallery/images/2017-10-09-15-51-31-eb6d4a.png" alt="Fx89menuButton"
width="16" height="16"> and select ${btn('Settings')}.`;
const smMac = `On the menu bar at the top of the screen, click ${btn('Firefox')} and select ${btn('Settings')}.`;
const smSteps = [
  `Select the ${btn('Privacy &amp; Security')} panel and scroll down to the <em>Permissions</em> section.`,
  `Click the ${btn('Settings…')} button next to <em>Notifications</em>.`,
  `Find the site in the list and change its status to ${btn('Allow')} or ${btn('Block')}. ` +
    `To forget your choice, select the site and click ${btn('Remove Website')}.`,
  `Click ${btn('Save Changes')}.`,
];
const smH3 = 'Stop websites from asking to send notifications';
const smStop = ['If you never want notifications from websites, you can turn off the requests entirely. Sites you have already allowed keep their permission.'];
const smStopSteps = [
  'Open the <em>Notifications</em> settings window as described in the section above.',
  `Check the box next to ${btn('Block new requests asking to allow notifications')}.`,
  `Click ${btn('Save Changes')}.`,
];
const smPause = [
  'To silence notifications for a while without changing any site’s permission, check ' +
    `${btn('Pause notifications until Firefox restarts')} in the same window instead.`,
];
const smPeople = ['maren.k', 't.okafor', 'rosebud_fx', 'Lucas'];
const smRelated: [string, string][] = [
  ['Web Push notifications in Firefox', 'Learn what push notifications are and how sites use them to reach you.'],
  ['Site information panel', 'See what a site may do on your computer and change its permissions.'],
  ['Clear cookies and site data in Firefox', 'Remove the data websites have stored on your computer.'],
];
const smTopics = ['Browse', 'Settings', 'Installation and updates', 'Privacy and security', 'Performance and connectivity', 'Tabs'];
const smProducts = ['Firefox for Android', 'Firefox for iOS', 'Thunderbird', 'Mozilla VPN', 'Firefox Relay', 'Mozilla Monitor'];
const smFoot = ['Get Help', 'Contribute', 'About', 'Legal', 'Privacy', 'Cookies', 'Website Privacy Notice'];
const smVolunteer = 'Grow and share your expertise with others. Answer questions and improve our knowledge base.';
const smLegal = [
  'Visit Mozilla Corporation’s not-for-profit parent, the Mozilla Foundation.',
  'Portions of this content are ©1998–2025 by individual mozilla.org contributors. Content available under a Creative Commons license.',
];
const smHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="no-js">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${smTitle} | Firefox Help</title>
<meta name="description" content="Allow or block websites that ask to send you notifications, change a site’s permission, or stop the requests.">
<link rel="canonical" href="https://support.mozilla.org/en-US/kb/manage-website-notification-permissions-firefox">
<link rel="stylesheet" href="/static/screen.3c9e0f71.css"><script src="/static/gtm-snippet-bundle.5b2d.js"></script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
</head>
<body class="html-ltr document" data-readonly="false" data-usernames-api="/en-US/users/api/usernames">
<a href="#main-content" class="sumo-skip-link">Skip to main content</a>
<header class="mzp-c-navigation sumo-nav"><div class="sumo-nav--container">
<a href="/en-US/" class="sumo-nav--logo"><img src="/static/sumo/img/sumo-logo.svg" alt="Mozilla Support" width="140"></a>
<nav class="sumo-nav--list" aria-label="Main"><ul class="mzp-c-menu-list">
<li class="mzp-c-menu-category"><a class="mzp-c-menu-title" href="/en-US/products" aria-haspopup="true">Explore Help Articles</a>
<div class="mzp-c-menu-panel"><h4>Explore by product</h4><ul>${['Firefox', ...smProducts]
  .map(
    (t) => `<li>
<a href="/en-US/products/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul>
<h4>Explore by topic</h4><ul>${smTopics
  .slice(1)
  .map((t) => `<li><a href="/en-US/topics/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div></li>
<li class="mzp-c-menu-category"><a class="mzp-c-menu-title" href="/en-US/questions/new">Ask the Community</a></li>
<li class="mzp-c-menu-category"><a class="mzp-c-menu-title" href="/en-US/contribute">Contribute</a></li></ul></nav>
<form class="simple-search-form" action="/en-US/search/">
<input type="search" name="q" class="searchbox" placeholder="Search Mozilla Support" aria-label="Search Mozilla Support"></form>
<div class="sumo-nav--user"><a href="/en-US/users/auth" class="sumo-button primary-button">Sign In/Up</a></div></div></header>
<div class="sumo-page-section--inner"><nav class="sumo-breadcrumbs" aria-label="Breadcrumbs"><ol>
<li><a href="/en-US/">Support</a></li><li><a href="/en-US/products/firefox">Firefox</a></li><li>
<a href="/en-US/products/firefox/privacy-and-security">Protect your privacy</a></li>
<li>${smTitle}</li></ol></nav></div>
<main id="main-content" role="main"><div class="document--layout sumo-page-section--inner">
<aside class="sumo-sidebar document--sidebar"><div class="sidebar-product"><img src="/static/products/img/logo-firefox.png" alt="Firefox logo">
<span>Firefox</span></div>
<nav class="sidebar-nav" aria-label="Topics"><h3 class="sidebar-subheading">Topics</h3><ul>${smTopics
  .map(
    (t) => `<li>
<a href="/en-US/products/firefox/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<nav class="sidebar-nav toc" id="toc"><h3 class="sidebar-subheading">Table of Contents</h3><ul>
<li><a href="#w_respond-to-a-notification-request">${smH1}</a></li><li><a href="#w_change-permissions-for-a-site-you-have-visited">${smH2}</a></li>
<li><a href="#w_stop-websites-from-asking-to-send-notifications">${smH3}</a></li></ul></nav>
<div class="sidebar-help"><p>Still need help?</p><a class="sumo-button secondary-button" href="/en-US/questions/new/firefox">Ask the Community</a></div></aside>
<article class="wiki-doc" id="wiki-doc"><h1 class="sumo-page-heading">${smTitle}</h1>
<section class="document--meta"><ul class="document--meta-list"><li class="document--meta-product">Firefox</li>
<li class="document--meta-updated">Last updated: <time datetime="2025-11-18T09:41:02-08:00">11/18/2025</time></li></ul></section>
<div id="doc-content">
<p>${smIntro[0]}</p>
<div id="toc-anchor"></div>
<h2 id="w_respond-to-a-notification-request">${smH1}</h2>
<p>${smReq[0]}</p>
<img class="wiki-image frameless" src="/media/uploads/gallery/images/2025-09-30-notification-prompt.png" alt="Fx143-NotificationPrompt" title="" width="480">
<ul>${smChoices.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${smReq2[0]}</p>
<div class="note"><strong>Note:</strong> ${smNote}</div>
<h2 id="w_change-permissions-for-a-site-you-have-visited">${smH2}</h2>
<ol><li><span class="for" data-for="win,linux">${smWin}</span><span class="for" data-for="mac" style="display: none;">${smMac}</span></li>
${smSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<img class="wiki-image frameless" src="/media/uploads/gallery/images/2025-09-30-notification-settings.png" alt="Fx143-NotificationSettings" width="560">
<h2 id="w_stop-websites-from-asking-to-send-notifications">${smH3}</h2>
<p>${smStop[0]}</p>
<ol>${smStopSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p>${smPause[0]}</p>
</div>
<section class="document-vote"><form class="document-vote--form helpful-vote" action="/en-US/kb/manage-website-notification-permissions-firefox/vote"
method="post">
<input type="hidden" name="csrfmiddlewaretoken" value="kQx3nM0wW4"><h2 class="sumo-card-heading">Was this article helpful?</h2>
<div class="document-vote--buttons"><button class="sumo-button btn-helpful" name="helpful" value="Yes">Yes</button>
<button class="sumo-button btn-not-helpful" name="not-helpful" value="No">No</button></div>
<p class="msg hidden">Thank you for your feedback</p></form></section>
<section class="document--contributors"><h3 class="sumo-card-heading">These fine people helped write this article:</h3>
<p>${smPeople.map((u) => `<a href="/en-US/user/${u}/">${u}</a>`).join(', ')}</p></section>
<section class="sumo-card volunteer-card"><h3>Volunteer</h3><p>${smVolunteer}</p><a href="/en-US/contribute" class="sumo-button">Learn More</a></section>
<section class="related-documents"><h3 class="sumo-card-heading">Related Articles</h3><ul>
${smRelated.map(([t, d]) => `<li><a href="/en-US/kb/${t.toLowerCase().replace(/ /g, '-')}"><h4>${t}</h4><p>${d}</p></a></li>`).join('\n')}</ul></section>
<div class="share-link"><label for="share-link-input">Share this article:</label><input id="share-link-input" readonly value="https://mzl.la/4kT2hNw">
<a href="https://mzl.la/4kT2hNw">https://mzl.la/4kT2hNw</a></div>
</article></div></main>
<footer class="mzp-c-footer"><div class="mzp-l-content"><div class="mzp-c-footer-primary">
<a class="mzp-c-footer-logo" href="https://www.mozilla.org/">Mozilla</a>
<ul class="mzp-c-footer-list">${smFoot.map((t) => `<li><a href="/en-US/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div>
<div class="mzp-c-language-switcher"><label for="mzp-c-language-switcher-select">Language</label><select id="mzp-c-language-switcher-select">
<option value="en-US" selected>English</option>
<option value="de">Deutsch</option><option value="fr">Français</option></select></div>
<div class="mzp-c-footer-legal"><p>${smLegal[0]}</p><p>${smLegal[1]}</p></div></div></footer>
<script src="/static/document.8e41c2.js"></script>
</body></html>`;
const sumoArticle: TestPage = {
  html: smHtml,
  name: 'heldout53-mozilla-support-kb',
  kind: 'docs',
  // body: the intro, the paragraphs, both choice items, the note (its "Note:" label in neither) and every step; the first step of
  // the second list exists in two platform versions (Windows/Linux shown, macOS hidden by a style until the script picks the
  // reader's system): both are body, as the article's own text. The images have no caption (alt only). The last-updated line and
  // the names of "These fine people helped write this article:" are bylines (the article's date and author lines). Furniture:
  // header and menus, breadcrumbs, the sidebar (product, topics, table of contents whose entries repeat the headings: left out,
  // "Still need help?"), "Was this article helpful?" with its buttons and thanks, the contributors' heading, the volunteer card,
  // "Related Articles", the share link, language picker and footer. Menu and footer words that are body words ("Firefox",
  // "Settings", "About", "Privacy") are left out; "Click Save Changes." ends both procedures and is listed twice, as it is on the
  // page
  title: smTitle,
  headings: [smH1, smH2, smH3],
  body: [
    ...texts(smIntro),
    ...smReq,
    ...texts(smChoices),
    ...smReq2,
    smNote,
    ...texts([smWin, smMac, ...smSteps]),
    ...smStop,
    ...texts(smStopSteps),
    ...texts(smPause),
  ],
  bylines: ['Last updated: 11/18/2025', ...smPeople],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Explore Help Articles', 'Explore by product', ...smProducts, 'Explore by topic', ...smTopics.slice(2), 'Ask the Community',
    'Contribute', 'Sign In/Up', 'Support', 'Protect your privacy', 'Topics', 'Browse', 'Table of Contents', 'Still need help?',
    'Was this article helpful?', 'Yes', 'No', 'Thank you for your feedback', 'These fine people helped write this article:', 'Volunteer', smVolunteer,
    'Learn More', 'Related Articles', ...smRelated.flat(), 'Share this article:', 'https://mzl.la/4kT2hNw', 'Mozilla',
    ...smFoot.filter((t) => t !== 'About' && t !== 'Privacy'), 'Language', 'English',
    'Deutsch', 'Français', ...smLegal,
  ],
};

export const HELDOUT53_E: readonly TestPage[] = [sumoArticle, fandomEpisode];
