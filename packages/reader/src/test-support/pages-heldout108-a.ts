import { links, ps, type TestPage, texts } from './page-kit.js';
import { googleHelp } from './pages-heldout108-a2.js';

/**
 * Held-out batch 108, file a: a Microsoft Support article (the UHF header with its category nav, "Applies To" list, the
 * article with a note box and numbered steps, the "Need more help?" tabs, the "Was this information helpful?" widget with its
 * hidden follow-up form, "SUBSCRIBE RSS FEEDS", the UHF footer columns and the WCP cookie banner) and, from file a2, a Google
 * Help Center article.
 */
const msTitle = 'Recover unsaved tabs in Notepad after a restart';
const msApplies = ['Windows 11', 'Windows 10'];
const msIntro = [
  'Notepad keeps a copy of every open tab, including tabs you have never saved, so that you can close the app or restart your PC ' +
    'without losing your work. When you open Notepad again, those tabs come back exactly as you left them. This article explains ' +
    'how the feature works, how to turn it on or off, and what to do if your tabs do not come back.',
];
const msH1 = 'How session restore works';
const msP1 = [
  'While session restore is on, Notepad writes the contents of each open tab to a small cache file in your user profile every few ' +
    'seconds. The cache is kept only on your device. It is not uploaded to OneDrive or to Microsoft, and other people who sign in to ' +
    'the same PC with their own account cannot see it.',
  'When you close Notepad, it does not ask whether you want to save unsaved tabs. Instead, it keeps them in the cache and reopens ' +
    'them the next time you start the app. Tabs that belong to a saved file also remember any changes you had not yet saved.',
  '<b>Note:</b> Session restore is available in Notepad version 11.2405 and later. To check your version, select <b>Settings</b> and ' +
    'scroll to <b>About this app</b>.',
];
const msH2 = 'Turn session restore on or off';
const msSteps = [
  'Open Notepad and select <b>Settings</b> (the gear icon) in the upper-right corner.',
  'Under <b>Opening Notepad</b>, find <b>When Notepad starts</b>.',
  'Choose <b>Continue previous session</b> to keep your tabs, or <b>Start new session and discard unsaved changes</b> to open a blank tab every time.',
  'Close the Settings tab. The change takes effect the next time you close Notepad.',
];
const msP2 = ['If you choose to start a new session, Notepad will once again ask you to save each unsaved tab when you close the app.'];
const msH3 = 'If your tabs did not come back';
const msP3 = ['Unsaved tabs can be lost if the cache was removed before you reopened Notepad. This most often happens after one of the following:'];
const msCauses = [
  'A disk clean-up tool deleted temporary app data.',
  'You reset or reinstalled Notepad from <b>Settings</b> &gt; <b>Apps</b> &gt; <b>Installed apps</b>.',
  'Your PC was restored to an earlier restore point.',
  'You signed in with a temporary profile because your usual profile could not be loaded.',
];
const msP4 = [
  'Unfortunately, Notepad cannot recover tabs once the cache has been deleted. If the text was important, check whether you pasted ' +
    'it anywhere else. Clipboard history, which you can open by pressing <b>Windows logo key + V</b>, keeps the last 25 items you copied ' +
    'if it is turned on.',
  'To avoid losing work in future, save important notes as files. You can also use <b>File</b> &gt; <b>Save all</b> to save every ' +
    'open tab at once before you run any clean-up tool.',
];
const msNav = ['Microsoft 365', 'Teams', 'Copilot', 'Windows', 'Surface', 'Xbox', 'Deals', 'Small Business', 'Support'];
const msMore = ['Software', 'Windows Apps', 'AI', 'OneDrive', 'Outlook', 'Skype', 'OneNote', 'Microsoft Teams', 'PCs & Devices'];
const msHelpTabs = ['Explore', 'Community', 'Contact us'];
const msHelp = [
  'Need more help?',
  'Want more options?',
  'Explore subscription benefits, browse training courses, learn how to secure your device, and more.',
  'Microsoft 365 subscription benefits',
  'Microsoft 365 training',
  'Microsoft security',
  'Accessibility center',
];
const msFeedback = [
  'Was this information helpful?',
  'What affected your experience?',
  'Resolved my issue',
  'Clear instructions',
  'Easy to follow',
  'No jargon',
  'Pictures helped',
  'Any additional feedback? (Optional)',
  'Submit',
  'By pressing submit, your feedback will be used to improve Microsoft products and services. Your IT admin will be able to collect this data.',
  'Privacy Statement.',
  'Thank you for your feedback!',
];
const msFootCols: [string, string[]][] = [
  ['What\u2019s new', ['Surface Pro', 'Surface Laptop', 'Copilot for organizations', 'Windows 11 apps']],
  ['Microsoft Store', ['Account profile', 'Download Center', 'Returns', 'Order tracking']],
  ['Education', ['Microsoft in education', 'Devices for education', 'Microsoft Teams for Education']],
  ['Business', ['Microsoft Cloud', 'Microsoft Security', 'Azure', 'Dynamics 365']],
  ['Company', ['Careers', 'About Microsoft', 'Company news', 'Privacy at Microsoft', 'Investors', 'Sustainability']],
];
const msLegal = ['Your Privacy Choices', 'Consumer Health Privacy', 'Sitemap', 'Contact Microsoft', 'Privacy', 'Manage cookies', 'Terms of use'];
const msCookie =
  'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display ' +
  'personalized advertising based on your online activity. If you reject optional cookies, only cookies necessary to provide you the ' +
  'services will be used.';
const msH = (t: string, id: string): string => `<section class="ocpSection" aria-labelledby="${id}">
<h2 id="${id}" class="ocpSectionHeading" tabindex="-1">${t}</h2>`;
const msHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="supLTR"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Recover unsaved tabs in Notepad after a restart - Microsoft Support</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ms.locale" content="en-US"><meta name="awa-asst" content="b7c1e3d0-6f2a">
<meta name="description" content="Notepad keeps a copy of every open tab, including unsaved tabs, so you can restart without losing your work.">
<meta property="og:title" content="${msTitle}"><meta property="og:type" content="website"><meta name="search.appverid" content="WIN10;WIN11">
<meta name="firstPublishedDate" content="2024-06-11"><meta name="lastPublishedDate" content="2025-09-23">
<link rel="canonical" href="https://support.microsoft.com/en-us/windows/recover-unsaved-tabs-in-notepad-after-a-restart-4c1e7a2b">
<link rel="stylesheet" href="https://support.microsoft.com/css/fonts/site-fonts.css"><link rel="stylesheet"
href="https://support.microsoft.com/css/sitewide/articleCss-overwrite.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${msTitle}","datePublished":"2024-06-11",
"dateModified":"2025-09-23","publisher":{"@type":"Organization","name":"Microsoft"}}</script>
<script src="https://wcpstatic.microsoft.com/mscc/lib/v2/wcp-consent.js"></script>
<script>window.wcp && WcpConsent.init("en-US", "cookie-banner", function (err, consent) { window.siteConsent = consent; });</script></head>
<body class="supCommonSMCBody"><div id="cookie-banner"><div class="wcp-banner" role="alert" aria-label="Cookie banner"><div class="wcp-banner-text">
<svg aria-hidden="true" viewBox="0 0 20 20"></svg><p id="wcpConsentInfo">${msCookie}</p></div><div class="wcp-banner-buttons">
<button type="button" class="wcp-button">Accept</button><button type="button" class="wcp-button">Reject</button>
<button type="button" class="wcp-button">Manage cookies</button></div></div></div>
<div id="headerArea" class="uhf" data-m='{"cN":"headerArea","cT":"Area_coreuiArea","id":"a1Body","sN":1,"aN":"Body"}'>
<div id="headerRegion" data-region-key="headerregion"><div id="headerUniversalHeader" data-m='{"cN":"headerUniversalHeader"}'>
<header id="uhfHeader" class="c-uhfh context-uhf no-js c-sgl-stck c-category-header" itemscope itemtype="http://schema.org/Organization">
<div class="c-uhfh-gcontainer-st"><button type="button" class="c-action-trigger c-glyph glyph-global-nav-button"
aria-label="All Microsoft expand to see list of Microsoft products and services" aria-expanded="false"></button>
<a id="uhfLogo" class="c-logo c-sgl-stk-uhfLogo" itemprop="url" href="https://www.microsoft.com" aria-label="Microsoft">
<img alt="" itemprop="logo" class="c-image" src="https://uhf.microsoft.com/images/microsoft/RE1Mu3b.png" role="presentation" aria-hidden="true">
<span itemprop="name" role="presentation" aria-hidden="true">Microsoft</span></a>
<div class="c-uhfh-catlogo"><a href="https://support.microsoft.com/en-us" id="uhfCatLogo" class="c-logo c-cat-logo"><span>Support</span></a></div>
<nav id="uhf-g-nav" aria-label="Contextual menu" class="c-uhfh-gnav"><ul class="js-paddle-items">
${msNav
  .map(
    (t) => `<li class="single-link js-nav-menu x-hidden-none-mobile-vp uhf-menu-item"><a class="c-uhf-nav-link"
href="/en-us/${t.toLowerCase().replace(/ /g, '')}">${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}
<li class="nested-menu uhf-menu-item"><div class="c-uhf-menu js-nav-menu"><button type="button" id="c-shellmenu_more" aria-expanded="false">More</button>
<ul class="f-multi-column f-multi-column-6" aria-hidden="true">${links(msMore, 'js-nav-menu single-link')}</ul></div></li></ul></nav>
<div class="c-uhfh-actions" data-m='{"cN":"Header actions"}'><div class="wf-menu"><a class="c-call-to-action"
href="https://www.microsoft.com/microsoft-365/buy/compare-all-microsoft-365-products">
<span>Buy Microsoft 365</span></a></div><form class="c-search" autocomplete="off" id="searchForm" role="search" action="/en-us/search/results">
<label for="cli_shellHeaderSearchInput" class="x-screen-reader">Search Microsoft Support</label><input id="cli_shellHeaderSearchInput"
aria-label="Search Microsoft Support"
type="search" name="query" placeholder="Search" maxlength="200"><button type="submit" class="c-glyph" aria-label="Search"><span>Search</span></button></form>
<div id="meControl" class="c-me"><a href="https://login.microsoftonline.example/" aria-label="Sign in to your account"><div
class="msame_Header_name">Sign in</div></a></div>
</div></div></header></div></div></div>
<div id="supArticleContent" class="supMainContent" role="main"><main id="mainContent" class="ocpContentArea" tabindex="-1">
<div id="ocpArticleContent" class="ocpArticleContent" data-bi-area="body">
<section class="ocpArticleTitleSection"><h1 id="page-header" class="ocpArticleTitle" tabindex="-1">${msTitle}</h1>
<div class="appliesToSection ocpAppliesTo"><b class="appliesToLabel">Applies To</b>
${msApplies.map((t) => `<span class="appliesToItem" role="listitem">${t}</span>`).join(' ')}</div></section>
<article class="ocpArticleContent" aria-labelledby="page-header"><section class="ocpIntroduction">${ps(msIntro)}</section>
${msH(msH1, 'ID0EBBD')}${ps(msP1.slice(0, 2))}<div class="ocpAlertSection" role="note"><p>${msP1[2]}</p></div></section>
${msH(msH2, 'ID0EBBF')}<ol class="ocpLegacyNumberedList">${msSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>${ps(msP2)}</section>
${msH(msH3, 'ID0EBBH')}${ps(msP3)}<ul class="ocpLegacyBulletedList">${msCauses.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>${ps(msP4)}</section>
</article>
<div class="supARG_Subscribe_RSS"><a href="https://support.microsoft.com/en-us/rss-feed-picker" class="ocpArticleLink">SUBSCRIBE RSS FEEDS</a></div>
</div>
<section id="supNeedMoreHelp" class="supNeedMoreHelp"><h2 class="ocpSectionHeading">${msHelp[0]}</h2><h3>${msHelp[1]}</h3>
<div role="tablist" class="supNeedMoreHelpTabs">${msHelpTabs.map((t, i) => `<button role="tab" aria-selected="${i === 0}">${t}</button>`).join('')}</div>
<div role="tabpanel"><p>${msHelp[2]}</p><ul class="supNeedMoreHelpCards">${links(msHelp.slice(3), 'supCard')}</ul></div>
<div role="tabpanel" hidden><p>Communities help you ask and answer questions, give feedback, and hear from experts with rich knowledge.</p>
<a href="https://answers.microsoft.com/">Ask the Microsoft Community</a></div></section>
<section id="supArticleFeedback" class="supArticleFeedback" aria-live="polite"><div class="ocpArticleFeedbackQuestion"><h2>${msFeedback[0]}</h2>
<button class="ocpFeedbackButton" value="yes">Yes</button><button class="ocpFeedbackButton" value="no">No</button></div>
<form class="ocpFeedbackForm" hidden><fieldset><legend>${msFeedback[1]}</legend>
${msFeedback
  .slice(2, 7)
  .map((t, i) => `<label><input type="checkbox" name="fb${i}">${t}</label>`)
  .join('\n')}
<label><input type="checkbox" name="fb5">Other</label></fieldset><label for="fbText">${msFeedback[7]}</label><textarea id="fbText" maxlength="2000"></textarea>
<p class="ocpFeedbackDisclaimer">${msFeedback[9]} <a href="https://privacy.microsoft.com/">${msFeedback[10]}</a></p>
<button type="submit">${msFeedback[8]}</button></form><div class="ocpFeedbackThanks" hidden><p>${msFeedback[11]}</p></div></section>
</main></div>
<div id="footerArea" class="uhf" data-m='{"cN":"footerArea"}'><footer id="uhf-footer" class="c-uhff context-uhf"><nav class="c-uhff-nav"
aria-label="Footer Resource links">
${msFootCols
  .map(
    ([h, items]) => `<div class="c-uhff-nav-group"><div class="c-heading-4" role="heading" aria-level="2">${h}</div><ul
class="c-list f-bare">${links(items)}</ul></div>`,
  )
  .join('\n')}
</nav><div class="c-uhff-base"><a data-mscc-ic="false" class="c-uhff-lang-selector c-glyph glyph-world"
href="https://www.microsoft.com/en-us/locale">English (United States)</a>
<nav aria-label="Microsoft corporate links"><ul class="c-list f-bare">${links(msLegal)}<li>&#169; Microsoft 2025</li></ul></nav></div></footer></div>
<script src="https://support.microsoft.com/js/sitewide/supArticle.min.js" defer></script></body></html>`;
const microsoft: TestPage = {
  html: msHtml,
  name: 'heldout108-microsoft-support-docs',
  kind: 'docs',
  // the note box and the numbered steps are part of the article (body); "Applies To" and its products, the RSS link, the
  // help tabs, the feedback widget (with its hidden form) and the UHF chrome are furniture; the page shows no date
  title: msTitle,
  headings: [msH1, msH2, msH3],
  body: texts([...msIntro, ...msP1, ...msSteps, ...msP2, ...msP3, ...msCauses, ...msP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    msCookie, 'Accept', 'Reject', 'Manage cookies', 'Microsoft', 'Support', ...msNav, 'More', ...msMore, 'Buy Microsoft 365', 'Search Microsoft Support',
    'Search', 'Sign in', 'Applies To', ...msApplies, 'SUBSCRIBE RSS FEEDS', ...msHelp, ...msHelpTabs,
    'Communities help you ask and answer questions, give feedback, and hear from experts with rich knowledge.', 'Ask the Microsoft Community',
    ...msFeedback, 'Yes', 'No', 'Other', ...msFootCols.flatMap(([h, items]) => [h, ...items]), 'English (United States)', ...msLegal, '© Microsoft 2025',
  ],
};

export const HELDOUT108_A: readonly TestPage[] = [microsoft, googleHelp];
