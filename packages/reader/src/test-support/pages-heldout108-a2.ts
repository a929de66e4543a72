import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 108, file a2: a Google Help Center article (the hcfe header with product name, search box, "Sign in" and
 * the hidden product menu, breadcrumbs, the article with steps, a tip box and collapsed "zippy" sections, "Related
 * resources", the "Give feedback about this article" widget, "Need more help?" with the community links, and the footer with
 * the language picker).
 */
const ghTitle = 'Make files available offline on your computer';
const ghIntro = [
  'You can open and edit Drive files on your computer when you are not connected to the internet. Changes you make offline are ' +
    'saved on your computer and sync to Drive the next time you connect.',
];
const ghH1 = 'Before you start';
const ghList1 = [
  'You need to be online when you turn on offline access.',
  'Use the latest version of Chrome or Microsoft Edge. Offline access does not work in private or incognito windows.',
  'Install and turn on the Drive Offline extension.',
  'Make sure there is enough free space on your computer for the files you want to keep.',
];
const ghH2 = 'Turn on offline access';
const ghSteps = [
  'On your computer, go to <a href="https://drive.google.com">drive.google.com</a>.',
  'At the top right, click Settings <img alt="Settings" src="//lh3.googleusercontent.example/settings.png"> <img alt="and then" ' +
    'src="//lh3.example/arrow.png"> <b>Settings</b>.',
  'Next to “Offline,” check the box for <b>Create, open and edit your recent Google Docs, Sheets and Slides files on this device while offline</b>.',
  'Click <b>Done</b>.',
];
const ghTip = '<strong>Tip:</strong> If you use a work or school account, your administrator may need to allow offline access before you can turn it on.';
const ghH3 = 'Choose which files to keep offline';
const ghP3 = ['Drive automatically keeps your most recent files available offline. To make sure a particular file is always there, mark it ' + 'yourself.'];
const ghSteps2 = [
  'Go to <a href="https://drive.google.com">drive.google.com</a>.',
  'Right-click the file you want to keep.',
  'Turn on <b>Available offline</b>. A check mark appears next to the file name when it is ready.',
];
const ghP4 = ['To see every file you can open offline, click <b>Offline preview</b> at the top of the page. Files that are not available are ' + 'greyed out.'];
const ghH4 = 'Fix problems with offline files';
const ghZ1 = 'Offline files don’t open';
const ghZ1p = [
  'Check that you are signed in to Chrome with the same Google Account you use for Drive. If you use more than one account, offline ' +
    'access can only be turned on for one of them on each computer.',
  'If the files still do not open, turn offline access off, wait a minute, and turn it on again while you are connected.',
];
const ghZ2 = 'Changes I made offline are missing';
const ghZ2p = [
  'Changes sync when you reconnect, but only while the file is open or Chrome is running. Open Drive and wait until the “Saving” ' +
    'message disappears before you close the browser. If two people changed the same file while offline, both versions appear in ' +
    'the file’s version history.',
];
const ghMenu = ['Help Center', 'Community', 'Google Drive', 'Privacy Policy', 'Terms of Service', 'Submit feedback'];
const ghCrumbs = ['Google Drive', 'Use Google Drive', 'Work offline'];
const ghRelated = [
  'Related resources',
  'Use Google Drive files offline on a phone or tablet',
  'Sync files with Drive for desktop',
  'Find out how much storage you have',
];
const ghFeedback = ['Give feedback about this article', 'Choose a section to give feedback on', 'Was this helpful?', 'How can we improve it?'];
const ghMore = ['Need more help?', 'Try these next steps:', 'Post to the help community', 'Get answers from community members'];
const ghFoot = [
  '©2025 Google',
  'Privacy Policy',
  'Terms of Service',
  'Enable Dark Mode',
  'Send feedback on...',
  'This help content & information',
  'General Help Center experience',
];
const ghZippy = (title: string, inner: string, id: string): string => `<div class="zippy-container"><h3 class="zippy" tabindex="0" role="button"
aria-expanded="false" id="${id}">${title}</h3><div class="zippy-content" aria-labelledby="${id}" style="display:none">${inner}</div></div>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Make files available offline on your computer - Computer - Google Drive Help</title>
<meta name="description" content="You can open and edit Drive files on your computer when you are not connected to the internet.">
<meta property="og:title" content="${ghTitle} - Computer - Google Drive Help"><meta property="og:site_name" content="Google Help">
<link rel="canonical" href="https://support.google.com/drive/answer/2375012?hl=en&amp;co=GENIE.Platform%3DDesktop">
<link rel="stylesheet" href="//www.gstatic.com/support/content/css/hcfe-v2.min.css">
<script nonce="k3Tq9">window.sc_scope = {"product":"drive","answerId":"2375012","lang":"en","userAuthenticated":false};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Google Drive","item":"https://support.google.com/drive"},{"@type":"ListItem","position":2,"name":"Use Google Drive"}]}</script></head>
<body class="hcfe" data-page-type="ANSWER"><div class="hcfe-skip"><a href="#hcfe-content" class="skip-link">Skip to main content</a></div>
<header class="hcfe-header header--simple" role="banner"><div class="header-content"><button class="menu-button" aria-label="Main menu"
aria-expanded="false"></button><a class="header-logo" href="/drive/?hl=en"><img alt="Google Help" src="//www.gstatic.com/images/branding/googlelogo.png"></a>
<a class="header-product-name" href="/drive/?hl=en">Google Drive Help</a><div class="search-box" role="search">
<form action="/drive/search"><input type="text" name="q" aria-label="Search Help Center" placeholder="Search Help Center" autocomplete="off"></form></div>
<div class="header-signin"><a class="gb_signin" href="https://accounts.google.com/ServiceLogin">Sign in</a></div></div>
<nav class="hcfe-menu" aria-hidden="true" hidden><ul>${links(ghMenu, 'menu-item')}</ul></nav></header>
<div class="page-breadcrumbs"><ol class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${ghCrumbs.map((t, i) => `<li itemprop="itemListElement"><a href="/drive/topic/${i}">${t}</a></li>`).join('\n')}</ol></div>
<main class="hcfe-content" id="hcfe-content" role="main"><section class="main-overflow"><div class="article-container">
<article class="article" data-stats-ve="19"><header class="article-header"><h1>${ghTitle}</h1></header>
<div class="cc">${ps(ghIntro)}
<h2>${ghH1}</h2><ul>${ghList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${ghH2}</h2><ol>${ghSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<aside><p>${ghTip}</p></aside>
<h2>${ghH3}</h2>${ps(ghP3)}<ol>${ghSteps2.map((t) => `<li>${t}</li>`).join('\n')}</ol>${ps(ghP4)}
<h2>${ghH4}</h2>
${ghZippy(ghZ1, ps(ghZ1p), 'zippy-1')}
${ghZippy(ghZ2, ps(ghZ2p), 'zippy-2')}
</div></article>
<section class="article-feedback" aria-labelledby="fb-title"><h2 id="fb-title" class="feedback-title">${ghFeedback[0]}</h2>
<p class="feedback-subtitle" hidden>${ghFeedback[1]}</p><div class="feedback-question">${ghFeedback[2]}
<button class="feedback-yes" aria-label="Yes">Yes</button><button class="feedback-no" aria-label="No">No</button></div>
<div class="feedback-form" hidden><label for="fb-text">${ghFeedback[3]}</label><textarea id="fb-text"></textarea><button>Submit</button></div></section>
</div><section class="secondary-content" role="complementary"><div class="related-resources"><h2>${ghRelated[0]}</h2>
<ul>${links(ghRelated.slice(1), 'related-link')}</ul></div></section></section>
<section class="need-more-help"><h2>${ghMore[0]}</h2><p>${ghMore[1]}</p><a class="escalation-option" href="https://support.google.com/drive/community">
<span class="escalation-title">${ghMore[2]}</span><span class="escalation-description">${ghMore[3]}</span></a></section></main>
<footer class="hcfe-footer" role="contentinfo"><ul class="footer-links">${links(ghFoot)}</ul>
<div class="language-selector"><select aria-label="Change language"><option selected>English</option><option>Deutsch</option>
<option>Español</option><option>Français</option><option>日本語</option></select></div></footer>
<script src="//www.gstatic.com/support/content/js/hcfe_bin.js" nonce="k3Tq9" async></script></body></html>`;
export const googleHelp: TestPage = {
  html: ghHtml,
  name: 'heldout108-google-help-docs',
  kind: 'docs',
  // the tip box and the collapsed zippy sections (their h3 titles are headings, their text body) are part of the article;
  // the header, hidden menu, breadcrumbs, related resources, feedback widget, "Need more help?" and footer are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3, ghH4, ghZ1, ghZ2],
  body: texts([...ghIntro, ...ghList1, ...ghSteps, ghTip, ...ghP3, ...ghSteps2, ...ghP4, ...ghZ1p, ...ghZ2p]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Google Drive Help', 'Sign in', ...ghMenu, ...ghCrumbs.slice(1), ...ghFeedback, 'Yes', 'No', 'Submit', ...ghRelated,
    ...ghMore, ...ghFoot, 'English', 'Deutsch', 'Español', 'Français', '日本語',
  ],
};
