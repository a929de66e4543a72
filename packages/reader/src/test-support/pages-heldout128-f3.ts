import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file f3: a Microsoft Community (answers.microsoft.com) thread with the Universal Header and Footer,
 * the consent banner, a notice about the move to Microsoft Q&A, the question, replies with advisor and moderator badges, a
 * reply marked as the answer, helpful-vote widgets with their hidden feedback texts and the "Question Info" side box.
 */
const title = 'OneDrive stuck on “Processing changes” and new files never sync';
type R = { id: string; user: string; badge?: string; when: string; paras: string[]; list?: string[]; after?: string[]; helpful?: string; answer?: boolean };
const q = paras(`
Since last week OneDrive on my Windows 11 laptop has been stuck on “Processing changes” with a spinning icon. It never finishes, even
after leaving the laptop on overnight, and new files I save to the Documents folder don’t appear on my phone or on the website.

I have restarted the PC and OneDrive several times and checked that I have plenty of cloud storage left (about 600 GB free of 1 TB).
The activity list just shows the same 3,000 or so items waiting. How can I get it to sync again without losing anything?`);
const replies: R[] = [
  {
    id: '4a1c',
    user: 'Ezekiel Marwood',
    badge: 'Independent Advisor',
    when: 'Replied on March 3, 2025',
    helpful: '4 people found this reply helpful',
    paras: paras(`
Hi Nalani, I’m Ezekiel, an independent advisor, and I’d be happy to help you with this.

A stuck “Processing changes” is usually caused by one file OneDrive can’t handle: a file that is open in another program, a path that
is too long, or a name with characters OneDrive doesn’t allow. Please try the following:`),
    list: paras(`
Click the OneDrive cloud icon, select the gear, choose Pause syncing for 2 hours, and then resume it straight away.

Close any program that might have files open in your Documents folder, including Outlook if you keep PST files there.

If it is still stuck, press Windows key + R, type %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset and press Enter. This
resets the sync engine without deleting any of your files.`),
    after: paras(`Please let me know how it goes.`),
  },
  {
    id: '4b7e',
    user: 'Nalani Brooke',
    when: 'Replied on March 4, 2025',
    paras: paras(`
Thanks Ezekiel. The reset took about 20 minutes to rebuild, and now it is down to 14 items, but those 14 will not move.`),
  },
  {
    id: '4c02',
    user: 'Marisol Teague',
    badge: 'Volunteer Moderator',
    when: 'Replied on March 4, 2025',
    answer: true,
    helpful: '11 people found this reply helpful',
    paras: paras(`
Those 14 are likely the real culprits. Open the OneDrive activity centre and hover over one of the stuck items: it usually shows the
full path. In threads like this it is very often an Outlook .pst file, which OneDrive won’t sync while Outlook has it open, or a
folder buried so deep that the path runs past 400 characters.

Move any .pst files out of the synced folders (Outlook can open them from anywhere) and shorten or rename very long folder paths. The
remaining items should clear within a few minutes.`),
  },
  {
    id: '4c9a',
    user: 'Nalani Brooke',
    when: 'Replied on March 4, 2025',
    paras: paras(`
That was it: 12 of them were old Outlook archive files and two were in a folder with a very long name copied out of a zip file. I
moved the archives to C:\\Mail and renamed the folder, and everything is up to date now. Thank you both!`),
  },
];
const cookie =
  'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display ' +
  'personalized advertising based on your online activity. If you reject optional cookies, only cookies necessary to provide you the services ' +
  'will be used. You may change your selection by clicking “Manage Cookies” at the bottom of the page. Privacy Statement Third-Party Cookies';
const nav = ['Microsoft 365', 'Teams', 'Windows', 'Surface', 'Xbox', 'Deals', 'Small Business', 'Support'];
const cats = [
  'Windows',
  'Surface',
  'Bing',
  'Microsoft Edge',
  'Windows Insider',
  'Microsoft Advertising',
  'Microsoft 365 and Office',
  'Microsoft 365 Insider',
  'Outlook',
  'Microsoft Teams',
];
const notice = 'Some Microsoft Community forums for Windows, Surface and Microsoft 365 are moving to Microsoft Q&A. Learn more about the change.';
const crumbs = ['Microsoft Community', 'Microsoft 365 and Office', 'OneDrive', 'For home', 'Windows'];
const vote = [
  'Was this reply helpful?',
  'Yes',
  'No',
  'Sorry this didn’t help.',
  'Great! Thanks for your feedback.',
  'How satisfied are you with this reply?',
  'Thanks for your feedback, it helps us improve the site.',
];
const info = ['Question Info', 'Last updated March 9, 2025', 'Views 2,874', 'Applies to:', 'Microsoft 365 and Office', 'OneDrive', 'For home', 'Windows'];
const footCols: [string, string[]][] = [
  ['What’s new', ['Surface Pro', 'Surface Laptop', 'Microsoft Copilot', 'Windows 11 apps']],
  ['Microsoft Store', ['Account profile', 'Download Center', 'Microsoft Store support', 'Returns', 'Order tracking']],
  ['Education', ['Microsoft in education', 'Devices for education', 'Microsoft Teams for Education']],
  ['Company', ['Careers', 'About Microsoft', 'Company news', 'Privacy at Microsoft', 'Investors', 'Sustainability']],
];
const legal = [
  'English (United States)',
  'Your Privacy Choices',
  'Consumer Health Privacy',
  'Sitemap',
  'Contact Microsoft',
  'Privacy',
  'Manage cookies',
  'Terms of use',
  'Trademarks',
  'Safety & eco',
  'Recycling',
  'About our ads',
  '© Microsoft 2025',
];
const reply = (r: R): string => `<div class="thread-message-content reply${r.answer ? ' answered' : ''}" id="reply-${r.id}" data-reply-id="${r.id}">
${r.answer ? '<div class="answer-badge"><span class="glyph-check" aria-hidden="true"></span><span>Answer</span></div>' : ''}<div
class="thread-message-content-header-wrapper"><div class="thread-message-content-header"><div class="avatar"><img alt="" class="c-image"
src="https://filestore.community.support.microsoft.example/api/profileimages/${r.id}"></div><div class="thread-message-content-header-left"><a
class="c-hyperlink user-name" href="/en-us/profile/${r.id}">${r.user}</a>${
  r.badge
    ? `\n<div class="user-badge"><span class="badge-label">${r.badge}</span></div>`
    : r.user === 'Nalani Brooke'
      ? '\n<div class="user-badge">Author</div>'
      : ''
}<div class="thread-message-content-header-date">${r.when}</div></div></div></div>
<div class="thread-message-content-body"><div class="thread-message-content-body-text thread-full-message">${r.paras.map((p) => `<p>${p}</p>`).join('\n')}${
  r.list ? `\n<ol>${lis(r.list)}</ol>` : ''
}${(r.after ?? []).map((p) => `\n<p>${p}</p>`).join('')}</div></div>
<div class="thread-message-content-footer"><div class="reply-actions"><button class="c-action-trigger reply-button" type="button">Reply</button><a
class="c-hyperlink report-abuse" href="/en-us/reportabuse/${r.id}">Report abuse</a></div>${
  r.helpful
    ? `<div class="helpful-votes"><span class="vote-question">${vote[0]}</span> <button class="c-button f-lightweight">${vote[1]}</button> <button
class="c-button f-lightweight">${vote[2]}</button><div class="vote-feedback hidden"><p>${vote[3]}</p><p>${vote[4]}</p><p>${vote[5]}</p><p>${vote[6]}</p></div>
<div class="vote-count">${r.helpful}</div></div>`
    : ''
}</div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>${title} - Microsoft Community</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Since last week OneDrive on my Windows 11 laptop...">
<meta name="ms.locale" content="en-us"><meta name="awa-pageType" content="Thread"><link rel="canonical"
href="https://answers.microsoft.com/en-us/msoffice/forum/all/onedrive-stuck-on-processing-changes/9f1c2e7a-4b3d-4e61-9c0a-8d2f5b6e1a07">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}",
"dateCreated":"2025-03-03T08:41:00Z","author":{"@type":"Person","name":"Nalani Brooke"},"answerCount":4,"acceptedAnswer":{"@type":"Answer",
"dateCreated":"2025-03-04T16:02:00Z","upvoteCount":11,"author":{"@type":"Person","name":"Marisol Teague"}}}}</script>
<link rel="stylesheet" href="https://uhf.microsoft.example/mscc/statics/meCore.min.css"><script
src="https://js.monitor.azure.example/scripts/c/ms.analytics-web-3.min.js"></script>
</head><body><div id="headerArea" class="uhf" data-m='{"cN":"headerArea","cT":"Area_coreuiArea","id":"a1Body","sN":1,"aN":"Body"}'><div id="headerRegion">
<div id="uhfCookieAlert" data-mscc-ver="0.6.8"><div id="wcpConsentBannerCtrl" class="_23tra1HsiiP6cT-Cka-ycB" dir="ltr" role="alert"><div
class="_1Upc2NjY8AlDn177YoVj0y"><svg role="img" width="24" height="24"></svg><p class="f6QKJD7fhSbnJLarTL-W-" id="wcpConsentBannerTitle">We use optional
cookies to improve your experience on our websites, such as through social media connections, and to display personalized advertising based on your
online activity. If you reject optional cookies, only cookies necessary to provide you the services will be used. You may change your selection by
clicking “Manage Cookies” at the bottom of the page. <a href="https://go.microsoft.example/fwlink/?LinkId=521839">Privacy Statement</a> <a
href="https://aka.ms/3rdpartycookies">Third-Party Cookies</a></p></div><div class="_2j0fmugLb1FgYz6KPuB91w"><button type="button"
class="_1XuCi2WhiqeWRUVp3pnFG3 erL690_8JwUW-R4bJRcfl">Accept</button><button type="button" class="_1XuCi2WhiqeWRUVp3pnFG3 erL690_8JwUW-R4bJRcfl">Reject</button>
<button type="button" class="_1XuCi2WhiqeWRUVp3pnFG3 erL690_8JwUW-R4bJRcfl">Manage cookies</button></div></div></div>
<header class="c-uhfh context-uhf no-js c-sgl-stck c-category-header" itemscope itemtype="http://schema.org/Organization"><div class="theme-light
js-global-head f-closed global-head-cont"><div class="c-uhfh-gcontainer-st"><a id="uhfSkipToMain" class="m-skip-to-main" href="javascript:void(0)"
tabindex="0">Skip to main content</a><a id="uhfLogo" class="c-logo c-sgl-stk-uhfLogo" itemprop="url" href="https://www.microsoft.com"
aria-label="Microsoft"><img
alt="" itemprop="logo" class="c-image" src="https://uhf.microsoft.example/images/microsoft/RE1Mu3b.png" role="presentation" aria-hidden="true"><span
itemprop="brand" id="uhfLogoBrand">Microsoft</span></a><div class="f-brand-divider"></div><a id="uhfCatLogo" href="https://answers.microsoft.com/en-us"
class="c-logo c-cat-logo" aria-label="Community"><span>Community</span></a></div><div class="c-uhfh-gnav"><nav id="uhf-g-nav" aria-label="Contextual menu"
class="c-uhfh-gnav"><ul class="js-paddle-items">${links(nav, 'single-link js-nav-menu')}<li class="nested-menu uhf-menu-item"><div class="c-uhf-menu
js-nav-menu"><button type="button" aria-expanded="false">More</button></div></li></ul></nav></div><div class="c-uhfh-actions"><div
class="c-uhfh-actions-panel"><div
id="searchInstance"><form class="c-search" autocomplete="off" name="searchForm" role="search" action="/en-us/search/search"><input
id="cli_shellHeaderSearchInput"
aria-label="Search Community" placeholder="Search Community" type="search" name="SearchTerm"><button class="c-glyph" type="submit"><span
class="x-screen-reader">Search
Community</span></button></form></div><div id="meControl" class="c-me"><a class="mectrl_topHeader" href="/en-us/signin"><div class="mectrl_header_text
mectrl_truncate">Sign in</div></a></div><div class="c-uhf-menu js-nav-menu"><button type="button" aria-expanded="false">All Microsoft</button></div></div></div>
</div></header></div></div>
<div id="mainContent" class="container"><div class="community-notice alert alert-info" role="status"><p>${notice.replace('&', '&amp;')}</p></div>
<div class="c-uhfh-category-bar"><ul class="category-links">${links(cats, 'category-link')}</ul><div class="ask-question"><a class="c-call-to-action
c-glyph" href="/en-us/newthread"><span>Ask a question</span></a></div></div>
<nav aria-label="Breadcrumb" class="c-breadcrumb"><ol>${crumbs.map((c, i) => `<li><a href="/en-us/c${i}">${c}</a></li>`).join('\n')}</ol></nav>
<div class="thread-page row"><div class="col-md-9" id="thread-container"><div class="thread-message-content" id="question">
<h1 id="threadQuestionTitle" class="c-heading-4 thread-title">${title}</h1><div class="thread-message-content-header-wrapper"><div
class="thread-message-content-header"><div class="avatar"><img alt="" class="c-image"
src="https://filestore.community.support.microsoft.example/api/profileimages/q"></div>
<div class="thread-message-content-header-left"><a class="c-hyperlink" id="askerName" href="/en-us/profile/nalani">Nalani Brooke</a>
<div class="thread-message-content-header-date">Created on March 3, 2025</div></div></div></div>
<div class="thread-message-content-body"><div class="thread-message-content-body-text thread-full-message"
id="questionBody">${q.map((p) => `<p>${p}</p>`).join('\n')}</div>
</div><div class="thread-message-content-footer"><button class="c-action-trigger reply-button" type="button">Reply</button><button
class="c-button same-question-button" type="button">I have the same question (38)</button><a class="c-hyperlink report-abuse"
href="/en-us/reportabuse/q">Report abuse</a></div></div>
<div class="thread-replies"><div class="thread-replies-header"><h2 class="c-heading-5">Replies (4)</h2></div>
${replies.map(reply).join('\n')}
</div></div><aside class="col-md-3 thread-sidebar"><div class="question-info"><h2 class="c-heading-6">${info[0]}</h2><ul><li>${info[1]}</li><li>${info[2]}</li>
<li>${info[3]} <a href="/en-us/msoffice">${info[4]}</a> / <a href="/en-us/msoffice/forum/onedrive">${info[5]}</a> / <a href="/en-us/c/home">${info[6]}</a> / <a
href="/en-us/c/windows">${info[7]}</a></li></ul></div></aside></div></div>
<div id="footerArea" class="uhf" data-m='{"cN":"footerArea","cT":"Area_coreuiArea","id":"a2Body","sN":2,"aN":"Body"}'><footer id="uhf-footer"
class="c-uhff context-uhf"><nav class="c-uhff-nav" aria-label="Footer Resource links"><div class="c-uhff-nav-row">${footCols
  .map(
    ([h, l]) =>
      `<div class="c-uhff-nav-group"><div class="c-heading-4" role="heading" aria-level="2">${h}</div><ul class="c-list f-bare">${links(l)}</ul></div>`,
  )
  .join('\n')}</div></nav><div class="c-uhff-base"><a data-mscc-ic="false" class="c-uhff-link c-uhff-lang-selector c-glyph glyph-world"
href="https://www.microsoft.com/en-us/locale">English (United States)</a><a class="c-uhff-link c-uhff-choice"
href="https://aka.ms/yourcaliforniaprivacychoices"><svg
role="img" width="30" height="14"></svg><span>Your Privacy Choices</span></a><a class="c-uhff-link c-uhff-consumer"
href="https://go.microsoft.example/chp">Consumer
Health Privacy</a><nav aria-label="Microsoft corporate links"><ul class="c-list f-bare">${links(legal.slice(3))}</ul></nav></div></footer></div>
<script src="https://uhf.microsoft.example/mscc/statics/mscc-0.6.8.min.js"></script></body></html>`;
export const msCommunityThread: TestPage = {
  html,
  name: 'heldout128-ms-community-thread',
  kind: 'forum',
  // the question and every reply are body (list items included); names and the "Created on" / "Replied on" lines are
  // bylines; badges, the Answer tag, vote widgets with their hidden feedback texts, helpful counts, Reply / Report abuse,
  // the question's buttons, "Replies (4)", the Question Info box, the Q&A notice, the UHF header, category bar, consent
  // banner and footer are furniture
  title,
  headings: [],
  body: [...texts(q), ...replies.flatMap((r) => texts([...r.paras, ...(r.list ?? []), ...(r.after ?? [])]))],
  bylines: ['Nalani Brooke', 'Created on March 3, 2025', 'Ezekiel Marwood', 'Marisol Teague', 'Replied on March 3, 2025', 'Replied on March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    cookie, 'Accept', 'Reject', 'Manage cookies', 'Skip to main content', 'Microsoft', 'Community', ...nav, 'More', 'Search Community', 'Sign in',
    'All Microsoft', notice, ...cats, 'Ask a question', ...crumbs, 'Reply', 'I have the same question (38)', 'Report abuse', 'Replies (4)',
    'Independent Advisor', 'Volunteer Moderator', 'Author', 'Answer', ...vote, '4 people found this reply helpful', '11 people found this reply helpful',
    ...info, ...footCols.flatMap(([h, l]) => [h, ...l]), ...legal,
  ])],
};
