import { links, type TestPage } from './page-kit.js';
import { appleCommunityThread } from './pages-heldout69-f2.js';

/**
 * Held-out batch 69, file f: a Microsoft Community (answers.microsoft.com) thread (the UHF header with "All Microsoft"
 * menu and "Sign in", the community nav, a "moving to Microsoft Q&A" notice, breadcrumbs, the question with "Created on",
 * "I have the same question" and "Report abuse", replies with "Independent Advisor" badge, "Replied on", the "Answer" label,
 * the "Was this reply helpful?" widgets with their hidden follow-ups, the hidden report-abuse form, the "Question Info"
 * panel, the UHF footer and the cookie banner).
 */
interface MsPost {
  id: string;
  name: string;
  badge?: string;
  verb: string;
  date: string;
  answer?: boolean;
  paras: string[];
}
const msTitle = 'File Explorer freezes for about 30 seconds when I right-click a file after the November update';
const ms1 = [
  'Since the November cumulative update (KB5099817) was installed on my Windows 11 PC, File Explorer freezes for about 30 seconds ' +
    'every time I right-click a file. The window goes white, the title bar says “Not Responding”, and then the context menu finally ' +
    'appears. Right-clicking on the desktop has the same delay.',
  'It happens with any file type, in any folder, including on the local SSD. Restarting Explorer from Task Manager helps for one or ' +
    'two right-clicks and then it’s back. I’ve already run sfc /scannow, which found nothing.',
];
const ms2 = [
  'Hi Mateo, I’m Daniela, an Independent Advisor, and I’d be happy to help you with this.',
  'A delay on right-click is usually caused by a shell extension that a third-party program has added. To check, please try a ' +
    'clean boot: press Windows + R, type msconfig, and on the Services tab tick “Hide all Microsoft services” and then click ' +
    '“Disable all”. Restart and see whether the right-click delay is still there.',
  'Let me know how it goes, and I’ll be glad to help further.',
];
const ms3 = [
  'Thanks Daniela. With a clean boot the right-click menu opens instantly, so it is something third-party. I turned the services ' +
    'back on in batches and the delay comes back as soon as the service for my cloud backup tool is enabled.',
];
const ms4 = [
  'I had the same problem with the same backup tool after this update. Its context menu handler asks the backup service for the ' +
    'sync status of the file, and since the update that request waits 30 seconds to time out instead of failing straight away.',
  'Until you can update, you can keep the backup running and just remove the menu entry: open the tool’s settings, go to ' +
    'Integration and untick “Show in Explorer context menu”, then sign out and back in. Version 8.3.2 of the tool, released last ' +
    'week, fixes it properly.',
];
const ms5 = ['Updating to 8.3.2 fixed it. Right-click is instant again, and I didn’t have to turn anything off. Thank you both!'];
const msPosts: MsPost[] = [
  { id: 'a1f3', name: 'Daniela V', badge: 'Independent Advisor', verb: 'Replied on', date: 'November 4, 2025', paras: ms2 },
  { id: 'b7c2', name: 'MateoRuiz_842', verb: 'Replied on', date: 'November 5, 2025', paras: ms3 },
  { id: 'c0d9', name: 'Ruth Adebayo', verb: 'Replied on', date: 'November 5, 2025', answer: true, paras: ms4 },
  { id: 'd4e8', name: 'MateoRuiz_842', verb: 'Replied on', date: 'November 6, 2025', paras: ms5 },
];
const msHelpful = [
  'Was this reply helpful?',
  'Sorry this didn’t help.',
  'Great! Thanks for your feedback.',
  'How satisfied are you with this reply?',
  'Thanks for your feedback, it helps us improve the site.',
];
const msPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const msHeader = (p: MsPost): string => `<div class="thread-message-content-header d-flex">
<div class="thread-message-content-header-avatar"><img class="c-image avatar" src="/en-us/profile/avatar/${p.id}" alt="${p.name}" width="40" height="40"></div>
<div class="thread-message-content-header-info">
<a class="c-hyperlink thread-message-content-header-name" href="/en-us/profile/${p.id}" id="threadQuestionInfoAuthorName_${p.id}">${p.name}</a>
${p.badge ? `<span class="c-badge f-small f-highlight thread-message-content-header-badge">${p.badge}</span>` : ''}
<div class="thread-message-content-header-date text-muted"><span>${p.verb}</span> <span class="date-time">${p.date}</span></div></div></div>`;
const msFeedback = (
  id: string,
): string => `<div class="message-voting" data-bi-area="Helpful"><div class="helpful-question"><span class="message-voting-text">${msHelpful[0]}</span>
<button class="c-button f-flyout thread-vote-yes" aria-label="Yes, this reply was helpful" data-id="${id}">Yes</button>
<button class="c-button f-flyout thread-vote-no" aria-label="No, this reply was not helpful">No</button></div>
<div class="helpful-followup hidden" hidden><p>${msHelpful[1]}</p><p>${msHelpful[2]}</p><p>${msHelpful[3]}</p><p>${msHelpful[4]}</p></div></div>`;
const msReply = (
  p: MsPost,
): string => `<div class="thread-message-content thread-reply${p.answer ? ' thread-reply-answer' : ''}" id="reply-${p.id}" data-reply-id="${p.id}">
${p.answer ? '<div class="answer-label"><span class="glyph-prepend glyph-prepend-completed">Answer</span></div>' : ''}${msHeader(p)}
<div class="thread-message-content-body"><div class="thread-message-content-body-text thread-full-message" id="replyBody_${p.id}">${msPs(p.paras)}</div></div>
<div class="thread-message-content-footer"><button class="c-action-trigger" data-bi-name="reply" disabled>Reply</button>
<button class="c-action-trigger report-abuse-button" data-bi-name="reportabuse">Report abuse</button>${msFeedback(p.id)}</div></div>`;
const msUhf = ['Microsoft 365', 'Teams', 'Copilot', 'Windows', 'Surface', 'Xbox', 'Deals', 'Small Business', 'Support'];
const msNav = ['Home', 'Windows', 'Microsoft 365', 'Outlook', 'Microsoft Teams', 'Xbox', 'More'];
const msCrumbs = ['Windows', 'Windows 11', 'Files, folders, and storage'];
const msAbuse = [
  'Report abuse',
  'Type of abuse',
  'Harassment or threats',
  'Inappropriate or adult content',
  'Spam or advertising',
  'Virus, spyware or malware danger',
  'Details (required):',
  '250 characters remaining',
  'Submit',
  'Cancel',
];
const msNotice = 'Windows forums are moving to Microsoft Q&A. New questions about Windows can be asked there; existing threads stay here to read.';
const msFootCols: [string, string[]][] = [
  ['What’s new', ['Surface Pro', 'Surface Laptop', 'Copilot for organizations', 'Windows 11 apps']],
  ['Microsoft Store', ['Account profile', 'Download Center', 'Returns', 'Order tracking']],
  ['Company', ['Careers', 'About Microsoft', 'Company news', 'Privacy at Microsoft', 'Investors']],
];
const msLegal = [
  'Your Privacy Choices',
  'Consumer Health Privacy',
  'Sitemap',
  'Contact Microsoft',
  'Privacy',
  'Manage cookies',
  'Terms of use',
  'Trademarks',
  'About our ads',
  '© Microsoft 2025',
];
const msCookie =
  'We use optional cookies to improve your experience on our websites and to show personalised advertising. If you reject optional cookies, only the cookies ' +
  'needed to provide the services will be used. You can change your choice with “Manage cookies” at the bottom of the page.';
const msHtml = `<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>${msTitle} - Microsoft Community</title>
<meta name="description" content="Since the November cumulative update (KB5099817) was installed on my Windows 11 PC…">
<link rel="canonical" href="https://answers.microsoft.com/en-us/windows/forum/all/file-explorer-freezes/4b1e9f2a">
<link rel="stylesheet" href="https://answers.microsoft.example/static/css/mwf-west-european-default.min.css">
<script>window.msCommunity={threadId:"4b1e9f2a",locale:"en-us",isAnonymous:true};</script></head>
<body class="ms-community"><div id="wcpConsentBannerCtrl" class="wcp-banner" role="alert" dir="ltr"><div class="wcp-banner-text">
<svg role="img" width="24" height="24"><title>Information</title></svg>
<p id="wcpConsentBannerText">${msCookie} <a href="https://go.microsoft.example/fwlink/?LinkId=521839">Privacy Statement</a> <a
href="https://aka.ms.example/3rdpartycookies">Third-Party Cookies</a></p></div>
<div class="wcp-banner-buttons"><button type="button" class="wcp-accept">Accept</button><button type="button" class="wcp-reject">Reject</button>
<button type="button" class="wcp-manage">Manage cookies</button></div></div>
<div id="headerArea" class="uhf" data-m='{"cN":"headerArea","cT":"Area_coreuiArea","id":"a1Body"}'><header id="uhf-g-header" class="c-uhfh context-uhf">
<div class="c-uhfh-gcontainer-st"><button type="button" class="c-button c-uhfh-gcontainer-st__button">Skip to main content</button></div>
<div class="theme-light js-global-head f-closed"><div class="c-uhfh-gcontainer">
<a id="uhfLogo" class="c-logo c-sgl-logo" href="https://www.microsoft.example" aria-label="Microsoft">
<img alt="" itemprop="logo" class="c-image" src="https://uhf.microsoft.example/images/microsoft/RE1Mu3b.png" role="presentation"><span>Microsoft</span></a>
<div class="c-uhfh-actions"><div class="c-nav-multilayer"><a class="c-uhf-sig" href="/en-us">Community</a><nav class="c-menu" aria-label="Community menu">
<ul>${links(msNav, 'single-link')}</ul></nav></div>
<div class="c-me"><a class="msame_Header" href="/en-us/signin"><span class="msame_Header_name msame_unauth">Sign in</span></a></div>
<div id="uhf-all-ms" class="c-uhf-menu"><button aria-expanded="false">All Microsoft</button><ul class="f-multi-column">${links(msUhf, 'js-nav-menu')}</ul>
</div></div></div></div></header></div>
<main id="mainContent" class="container" role="main"><div class="migration-notice alert alert-info" role="status">
<p>${msNotice} <a href="https://learn.microsoft.example/answers/">Go to Microsoft Q&amp;A</a></p></div>
<nav class="c-breadcrumb" aria-label="breadcrumb"><ul>${links(msCrumbs)}</ul></nav><div class="row"><div class="col-md-9 thread-content">
<div id="threadQuestionTitle" class="thread-title-container"><h1 class="c-heading-3" id="threadTitle">${msTitle}</h1></div>
<div class="thread-message-content thread-question"
id="question-4b1e9f2a">${msHeader({ id: 'q', name: 'MateoRuiz_842', verb: 'Created on', date: 'November 4, 2025', paras: [] })}
<div class="thread-message-content-body"><div class="thread-message-content-body-text thread-full-message" id="questionBody">${msPs(ms1)}</div></div>
<div class="thread-message-content-footer"><button class="c-button f-secondary same-question-button" data-count="38">I have the same question (38)</button>
<button class="c-action-trigger report-abuse-button">Report abuse</button></div></div>
<div class="thread-replies"><h2 class="c-heading-5 reply-count">Replies (4)</h2>${msPosts.map(msReply).join('\n')}</div>
</div>
<aside class="col-md-3 thread-side"><section class="question-info" aria-labelledby="qi-heading"><h2 id="qi-heading" class="c-heading-5">Question Info</h2>
<ul class="c-list f-bare">
<li><span class="text-muted">Last updated</span> <span>November 12, 2025</span></li><li><span class="text-muted">Views</span> <span>2,431</span></li>
<li><span class="text-muted">Applies to:</span> ${msCrumbs.map((c) => `<a href="/en-us/windows/forum/${c.length}">${c}</a>`).join(' / ')}</li></ul></section>
</aside></div></main>
<div class="modal report-abuse-dialog" role="dialog" aria-hidden="true" hidden><h2>${msAbuse[0]}</h2><fieldset><legend>${msAbuse[1]}</legend>
${msAbuse
  .slice(2, 6)
  .map((a, i) => `<div class="c-radio"><input type="radio" id="abuse${i}" name="abuse"><label for="abuse${i}">${a}</label></div>`)
  .join('\n')}</fieldset>
<label for="abuseDetails">${msAbuse[6]}</label><textarea id="abuseDetails" maxlength="250"></textarea><p class="char-count">${msAbuse[7]}</p>
<button class="c-button f-primary">${msAbuse[8]}</button><button class="c-button">${msAbuse[9]}</button></div>
<div id="footerArea" class="uhf"><footer id="uhf-footer" class="c-uhff context-uhf"><nav class="c-uhff-nav" aria-label="Footer Resource links">
${msFootCols
  .map(
    ([h, l]) => `<div class="c-uhff-nav-group"><div class="c-heading-4">${h}</div><ul class="c-list f-bare">${links(l)}</ul>
</div>`,
  )
  .join('\n')}</nav>
<div class="c-uhff-base"><a class="c-uhff-lang-selector c-glyph glyph-world" href="/en-us/locale">English (United States)</a>
<nav aria-label="Microsoft corporate links"><ul class="c-list f-bare">${links(msLegal, 'x-hidden-focus')}</ul></nav></div></footer></div>
<script src="https://answers.microsoft.example/static/js/thread.min.js" async></script></body></html>`;
const microsoftCommunity: TestPage = {
  html: msHtml,
  name: 'heldout69-microsoft-community-thread',
  kind: 'forum',
  // the question and every reply are body, the advisor's stock opening and closing lines too (they are her reply); names and
  // the "Created on"/"Replied on" dates are bylines ("Created on", "Replied on" in neither); the "Independent Advisor" badge
  // (also words of her first line: left out), "Answer", "I have the same question (38)", "Report abuse", "Reply", the helpful
  // widgets with their hidden follow-ups, "Replies (4)", the report form, "Question Info" with its last-updated date, views
  // and "Applies to", the notice, breadcrumbs, UHF header, footer and cookie banner are furniture; "Windows", "Windows 11",
  // "Microsoft" and "All Microsoft" are body words ("Windows 11 PC", "press Windows + R", "Hide all Microsoft services"): left out
  title: msTitle,
  headings: [],
  body: [...ms1, ...ms2, ...ms3, ...ms4, ...ms5],
  bylines: ['MateoRuiz_842', 'Daniela V', 'Ruth Adebayo', 'November 4, 2025', 'November 5, 2025', 'November 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    msCookie, 'Privacy Statement', 'Third-Party Cookies', 'Accept', 'Reject', 'Manage cookies', 'Skip to main content', 'Community',
    ...msNav.filter((t) => t !== 'Windows'), 'Sign in', ...msUhf.filter((t) => t !== 'Windows'), msNotice, 'Go to Microsoft Q&A',
    'Files, folders, and storage', 'I have the same question (38)', 'Report abuse', 'Replies (4)', 'Answer', 'Reply', ...msHelpful, 'Yes', 'No',
    ...msAbuse.slice(1), 'Question Info', 'Last updated', 'November 12, 2025', 'Views', '2,431', 'Applies to:',
    ...msFootCols.flatMap(([h, l]) => [h, ...l]), 'English (United States)', ...msLegal,
  ],
};

export const HELDOUT69_F: readonly TestPage[] = [microsoftCommunity, appleCommunityThread];
