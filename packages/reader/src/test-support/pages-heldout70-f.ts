import { links, type TestPage, texts } from './page-kit.js';
import { hubspotKb } from './pages-heldout70-f2.js';

/**
 * Held-out batch 70, file f: a Microsoft Support article (the UHF header with the Microsoft logo, "Support", the product links,
 * "More", "Buy Microsoft 365", "All Microsoft" with its hidden flyout, search and "Sign in"; the "Applies To" list, the intro,
 * the version tab buttons with the inactive panels hidden, alert-styled notes, "Top of Page" links and "See also"; then
 * "SUBSCRIBE RSS FEEDS", "Need more help?" with its Discover / Community / Contact Us tabs, the "Was this information
 * helpful?" form with its hidden follow-up checkboxes, and the UHF footer with its link columns and legal row).
 */
const msTitle = 'Delay or schedule sending email messages in Outlook';
const msIntro =
  'You can delay the delivery of a single message, or have Outlook hold every message you send for a few minutes so that you ' +
  'have time to catch mistakes before anyone reads them.';
const msPick =
  'Select a tab below for the version of Outlook you’re using. <a href="https://support.microsoft.com/office/which-version">Which ' +
  'version of Outlook do I have?</a>';
const msH1 = 'Schedule a message in new Outlook';
const msSteps1 = [
  'While you’re composing a message, select the dropdown next to <b class="ocpUI">Send</b>, and then select <b class="ocpUI">Schedule send</b>.',
  'Choose one of the suggested times, or select <b class="ocpUI">Custom time</b> to pick your own date and time.',
  'Select <b class="ocpUI">Send</b>. The message waits in your <b class="ocpUI">Drafts</b> folder until the time you chose.',
];
const msNote1 = 'Your computer doesn’t need to be on at the scheduled time. New Outlook sends the message from the server.';
const msH2 = 'Change or cancel a scheduled message';
const msCancel =
  'Open the <b class="ocpUI">Drafts</b> folder, select the message and choose <b class="ocpUI">Cancel send</b>. You can then edit it and ' +
  'schedule it again, or send it straight away.';
const msH3 = 'Delay the delivery of a message in classic Outlook';
const msSteps2 = [
  'While you’re composing a message, select <b class="ocpUI">Options</b> &gt; <b class="ocpUI">Delay Delivery</b>.',
  'Under <b class="ocpUI">Delivery options</b>, select the <b class="ocpUI">Do not deliver before</b> check box, and then choose the date and time.',
  'Select <b class="ocpUI">Close</b>, and then select <b class="ocpUI">Send</b>.',
];
const msNote2 =
  'Classic Outlook must be open and connected at the scheduled time. Otherwise the message stays in your Outbox until you next ' + 'open Outlook.';
const msH4 = 'Delay all messages with a rule';
const msRule =
  'A rule can hold every message you send for up to 120 minutes. Select <b class="ocpUI">File</b> &gt; <b class="ocpUI">Manage Rules &amp; ' +
  'Alerts</b> &gt; <b class="ocpUI">New Rule</b>, choose <b class="ocpUI">Apply rule on messages I send</b>, and then choose to defer ' +
  'delivery by the number of minutes you want.';
const msWeb =
  'Scheduling in Outlook on the web works the same way as in new Outlook. Next to <b class="ocpUI">Send</b>, select the dropdown, ' +
  'choose <b class="ocpUI">Schedule send</b> and pick a time. The message is sent even if you close your browser.';
const msApplies = ['Outlook for Microsoft 365', 'Outlook 2024', 'Outlook 2021', 'Outlook 2019', 'Outlook on the web', 'new Outlook for Windows'];
const msTabs = ['New Outlook', 'Classic Outlook', 'Outlook on the web'];
const msNav = ['Microsoft 365', 'Office', 'Copilot', 'Windows', 'Surface', 'Xbox', 'Deals', 'Small Business', 'Support'];
const msAll = ['Microsoft 365', 'Teams', 'Copilot', 'Windows', 'Outlook', 'OneDrive', 'Microsoft Edge', 'Microsoft Store', 'View Sitemap'];
const msSeeAlso = ['Recall or replace an email message that you sent', 'Set up rules in Outlook', 'Use Focused Inbox in Outlook'];
const msDiscover = ['Microsoft 365 subscription benefits', 'Microsoft 365 training', 'Microsoft security', 'Accessibility center'];
const msGood = ['Resolved my issue', 'Clear instructions', 'Easy to follow', 'No jargon', 'Pictures helped', 'Other'];
const msBad = ['Didn’t match my screen', 'Incorrect instructions', 'Too technical', 'Not enough information', 'Not enough pictures'];
const msFootCols: [string, string[]][] = [
  ['What’s new', ['Surface Pro', 'Surface Laptop', 'Copilot for organizations', 'Windows 11 apps']],
  ['Microsoft Store', ['Account profile', 'Download Center', 'Returns', 'Order tracking']],
  ['Company', ['Careers', 'About Microsoft', 'Company news', 'Privacy at Microsoft', 'Investors']],
];
const msLegal = [
  'Your Privacy Choices',
  'Consumer Health Privacy',
  'Contact Microsoft',
  'Privacy',
  'Manage cookies',
  'Terms of use',
  'Trademarks',
  'About our ads',
];
const msSteps = (items: readonly string[]): string => `<ol class="ocpNumberedList">${items.map((t) => `<li><p>${t}</p></li>`).join('')}</ol>`;
const msAlert = (t: string): string => `<div class="ocpAlertSection"><p><b class="ocpLegacyBold">Note:</b> ${t}</p></div>`;
const msTop = '<p><a href="#top" class="ocpTopOfPage" aria-label="Top of Page">Top of Page</a></p>';
const msHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${msTitle} - Microsoft Support</title>
<meta name="description" content="Learn how to delay or schedule the delivery of email messages in Outlook."><meta name="ms.locale" content="en-US">
<meta name="awa-asst" content="026af53e-d5d9-4b2d-9d06-4bbd3aafbe8a"><link rel="canonical"
 href="https://support.microsoft.com/en-us/office/delay-or-schedule-sending">
<link rel="stylesheet" href="https://support.microsoft.com/css/fonts/site-fonts.css"><link rel="stylesheet" href="/css/Article/article.css?v=Gq2Nm7">
<script>var supportPageContext = {"pageType":"Article","articleId":"026af53e-d5d9-4b2d-9d06-4bbd3aafbe8a","locale":"en-us","isMobile":false};</script></head>
<body class="supBody"><div id="headerArea" class="uhf" data-m='{"cN":"headerArea","cT":"Area_coreuiArea","id":"a1Body","sN":1,"aN":"Body"}'>
<header class="c-uhfh context-uhf no-js c-sgl-stck c-category-header" itemscope="itemscope" itemtype="http://schema.org/Organization">
<div class="theme-light js-global-head f-closed global-head-cont"><a id="uhfSkipToMain" class="m-skip-to-main" href="javascript:void(0)"
 tabindex="0">Skip to main content</a>
<div class="c-uhfh-gcontainer-st"><button type="button" class="c-action-trigger c-glyph glyph-global-nav-button" aria-label="All Microsoft expand to see list of
 Microsoft products and services" aria-expanded="false"></button><a id="uhfLogo" class="c-logo c-sgl-stk-uhfLogo" itemprop="url"
 href="https://www.microsoft.com"
 aria-label="Microsoft"><img alt="" itemprop="logo" class="c-image" src="https://uhf.microsoft.com/images/microsoft/RE1Mu3b.png" role="presentation"
 aria-hidden="true">
<span itemprop="name" role="presentation" aria-hidden="true">Microsoft</span></a>
<div class="f-op-ttl"><a href="https://support.microsoft.com/en-us" class="js-subm-uhf-nav-link">Support</a></div></div>
<nav id="uhf-g-nav" aria-label="Contextual menu" class="c-uhfh-gnav"><div class="c-uhf-nav-link"><ul class="js-paddle-items">
${msNav.map((t) => `<li class="single-link js-nav-menu x-hidden-none-mob-nav uhf-menu-item"><a class="c-uhf-nav-link" href="#">${t}</a></li>`).join('\n')}
<li id="overflow-menu" class="overflow-menu x-hidden"><div class="c-uhf-menu js-nav-menu"><button type="button" aria-label="More"
 aria-expanded="false">More</button>
<ul id="overflow-menu-list" aria-hidden="true" class="overflow-menu-list"></ul></div></li></ul></div>
<div class="c-uhfh-actions"><a class="c-uhf-cta-btn" href="https://www.microsoft.com/microsoft-365/buy/compare-all-microsoft-365-products">Buy Microsoft 365</a>
<div id="uhf-all-ms" class="c-uhf-menu js-nav-menu"><button type="button" aria-expanded="false">All Microsoft</button><ul class="f-multi-column"
 aria-hidden="true">
<li><span class="c-uhf-menu-heading">Global</span><ul>${links(msAll)}</ul></li></ul></div>
<form class="c-search js-search-form" role="search" action="/en-us/search/results"><input id="cli_shellHeaderSearchInput" aria-label="Search Expanded"
 type="search"
 name="query" placeholder="Search for help"><button class="c-glyph" type="submit" aria-label="Search Microsoft.com">Search</button></form>
<div id="meControl" class="c-me"><div class="msame_Header_name st_msame_placeholder">Sign in</div></div></div></nav></div></header></div>
<main id="supArticleContent" class="ocpArticleMain" role="main"><article id="ocSupArticle" class="ocArticle"><div class="ocpArticleContent">
<div id="supAppliesToList" class="appliesToList" role="region" aria-label="Applies To"><div class="appliesToLabel">Applies To</div>
${msApplies.map((t) => `<div class="appliesToItem" role="listitem">${t}</div>`).join('')}</div>
<section class="ocpIntroduction"><h1 id="page-header" class="ocpHeader">${msTitle}</h1><p>${msIntro}</p><p>${msPick}</p></section>
<section class="ocpSection"><div class="ocpTabs supTabControl"><div class="supTabControlHeaderList" role="tablist">
${msTabs
  .map(
    (t, i) => `<button class="supTabControlHeader${i === 0 ? ' ocpTabSelected' : ''}" role="tab" aria-selected="${i === 0}"
 aria-controls="ID0EDD-${i + 1}">${t}</button>`,
  )
  .join('\n')}</div>
<div class="supTabControlContent" id="ID0EDD-1" role="tabpanel"><section class="ocpSection"><h2 class="ocpSectionHeading" id="bkmk_new">${msH1}</h2>
${msSteps(msSteps1)}${msAlert(msNote1)}<h3 class="ocpSubsectionHeading">${msH2}</h3><p>${msCancel}</p>${msTop}</section></div>
<div class="supTabControlContent" id="ID0EDD-2" role="tabpanel" hidden><section class="ocpSection"><h2 class="ocpSectionHeading" id="bkmk_classic">${msH3}</h2>
${msSteps(msSteps2)}${msAlert(msNote2)}<h2 class="ocpSectionHeading" id="bkmk_rule">${msH4}</h2><p>${msRule}</p>${msTop}</section></div>
<div class="supTabControlContent" id="ID0EDD-3" role="tabpanel" hidden><section class="ocpSection"><p>${msWeb}</p></section></div></div></section>
<section class="ocpSection"><h2 class="ocpSectionHeading"
 id="bkmk_seealso">See also</h2>${msSeeAlso.map((t) => `<p><a href="#">${t}</a></p>`).join('')}</section>
</div></article>
<section id="supArticleRss" class="supRssFeeds"><a href="https://support.microsoft.com/en-us/feed/atom/outlook">SUBSCRIBE RSS FEEDS</a></section>
<section id="supNeedMoreHelp" class="supNeedMoreHelp"><h2>Need more help?</h2><h3>Want more options?</h3><div class="supNmhTabs" role="tablist">
<button role="tab" aria-selected="true">Discover</button><button role="tab" aria-selected="false">Community</button><button role="tab"
 aria-selected="false">Contact Us</button></div>
<div class="supNmhPanel" role="tabpanel"><p>Explore subscription benefits, browse training courses, learn how to secure your device, and more.</p>
${msDiscover.map((t) => `<a class="supNmhCard" href="#"><h4>${t}</h4></a>`).join('')}</div>
<div class="supNmhPanel" role="tabpanel" hidden><p>Communities help you ask and answer questions, give feedback, and hear from experts with rich knowledge.</p>
<a class="supNmhCard" href="https://answers.microsoft.com/"><h4>Ask the Microsoft Community</h4></a></div>
<div class="supNmhPanel" role="tabpanel" hidden><p>Find solutions to common problems or get help from a support agent.</p>
<a class="supNmhCard" href="https://support.microsoft.com/contactus"><h4>Online support</h4></a></div></section>
<section id="supArticleFeedback" class="supFeedback"><form class="supFeedbackForm"><h2 class="supFeedbackPrompt">Was this information helpful?</h2>
<button type="button" class="supFeedbackYes">Yes</button><button type="button" class="supFeedbackNo">No</button>
<div class="supFeedbackFollowup" hidden><p>What affected your experience?</p>
${[...msGood, ...msBad].map((t, i) => `<label class="supCheck"><input type="checkbox" name="fb${i}"> ${t}</label>`).join('\n')}
<label for="supFbText">Any additional feedback? (Optional)</label><textarea id="supFbText" maxlength="2000"></textarea><button type="submit">Submit</button>
<p class="supFbDisclaimer">By pressing submit, your feedback will be used to improve Microsoft products and services.
Your IT admin will be able to collect this data.
 <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement.</a></p></div>
<div class="supFeedbackThanks" hidden><p>Thank you for your feedback!</p></div></form></section></main>
<div id="footerArea" class="uhf"><footer id="uhf-footer" class="c-uhff context-uhf"><nav class="c-uhff-nav" aria-label="Footer Resource links">
${msFootCols
  .map(
    ([h, items]) => `<div class="c-uhff-nav-group"><div
 class="c-heading-4" role="heading" aria-level="2">${h}</div><ul>${links(items)}</ul></div>`,
  )
  .join('\n')}
</nav><div class="c-uhff-base"><a class="c-uhff-link c-uhff-lang-selector c-glyph glyph-world"
 href="https://www.microsoft.com/en-us/locale.aspx">English (United States)</a>
<nav aria-label="Microsoft corporate links"><ul class="c-list f-bare">${links(msLegal)}<li>© Microsoft 2026</li></ul></nav></div></footer></div>
<script src="https://support.microsoft.com/js/ArticleBundle.js?v=Gq2Nm7" defer></script></body></html>`;
const microsoft: TestPage = {
  html: msHtml,
  name: 'heldout70-microsoft-support-article',
  kind: 'docs',
  // the h2 and h3 of every version panel are the headings, in page order; all three panels are the article's text, the two
  // hidden ones too (as on the Google page): body; the intro with its version-picker sentence and link is body; the notes are
  // body ("Note:" in neither); the tab buttons and the "Applies To" items that are words of body or headings ("New Outlook",
  // "Outlook on the web", the flyout's "Outlook") are in neither list; the other "Applies To" items are furniture, as the
  // applicability record it is; the page names no author or date: no bylines; "Top of Page", "See also" with its links, the
  // RSS link, "Need more help?" with its hidden panels, the feedback form with its hidden follow-up, header and footer are furniture
  title: msTitle,
  headings: [msH1, msH2, msH3, msH4],
  body: texts([msIntro, msPick, ...msSteps1, msNote1, msCancel, ...msSteps2, msNote2, msRule, msWeb]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Microsoft', ...msNav, 'More', 'Buy Microsoft 365', 'All Microsoft', 'Global', ...msAll.filter((t) => t !== 'Outlook'),
    'Search', 'Sign in', 'Applies To', ...msApplies.filter((t) => t !== 'Outlook on the web'), 'Top of Page', 'See also', ...msSeeAlso,
    'SUBSCRIBE RSS FEEDS', 'Need more help?', 'Want more options?', 'Discover', 'Community', 'Contact Us',
    'Explore subscription benefits, browse training courses, learn how to secure your device, and more.', ...msDiscover,
    'Communities help you ask and answer questions, give feedback, and hear from experts with rich knowledge.', 'Ask the Microsoft Community',
    'Find solutions to common problems or get help from a support agent.', 'Online support', 'Was this information helpful?', 'Yes', 'No',
    'What affected your experience?', ...msGood, ...msBad, 'Any additional feedback? (Optional)', 'Submit',
    'By pressing submit, your feedback will be used to improve Microsoft products and services. Your IT admin will be able to collect this data.',
    'Privacy Statement.', 'Thank you for your feedback!', ...msFootCols.flatMap(([h, items]) => [h, ...items]), 'English (United States)', ...msLegal,
    '© Microsoft 2026',
  ])],
};

export const HELDOUT70_F: readonly TestPage[] = [microsoft, hubspotKb];
