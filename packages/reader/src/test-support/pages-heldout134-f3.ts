import { links } from './page-kit.js';

/**
 * Held-out batch 134, file f3: a Microsoft Q&A question on learn.microsoft.com as a signed-out visitor saves it: the skip
 * link, the hidden unsupported-browser banner, the cookie consent banner, the Learn header (Discover, Product documentation,
 * Development languages, Topics, Sign in) and the Q&A sub-nav, the QAPage JSON-LD, the question with author, reputation
 * points and local time, the tag, "I have the same question" and "Comment" / "Report a concern" actions, the answers
 * header with its sort select, an accepted answer from a "Microsoft External Staff" member with its helpful count and a
 * comment, a Q&A Assist answer under its "AI generated content" notice, "Sign in to comment" / "Sign in to answer", the
 * right rail (tag card, question activity) and the footer (locale, privacy choices, theme, links, copyright).
 */
export const mqTitle = 'Azure Functions timer trigger runs twice every morning after scaling out to two instances';
export const mqQuestion = [
  `We have a timer-triggered function on the Premium plan that should run once a day at 06:00 UTC. Since we raised the minimum instance
count from one to two last week, it runs twice on most mornings, a few seconds apart, and our daily report email goes out twice.`,
  `The schedule is <code>0 0 6 * * *</code>, the storage connection string is set in <code>AzureWebJobsStorage</code>, and nothing else
changed in the deployment. Is a timer trigger not supposed to run on only one instance at a time?`,
];
export interface MqAnswer {
  id: string;
  user: string;
  rep: string;
  badge?: string;
  time: string;
  paras: readonly string[];
  list?: readonly string[];
  after?: readonly string[];
  accepted?: boolean;
  ai?: boolean;
  helpful?: string;
  comments: readonly (readonly [string, string, string])[];
}
export const mqAnswers: readonly MqAnswer[] = [
  {
    id: '1934221',
    user: 'Priyanka Raman',
    rep: '9,420',
    badge: 'Microsoft External Staff',
    time: 'Mar 3, 2025, 11:02 AM',
    accepted: true,
    helpful: '3 people found this answer helpful.',
    paras: [
      'Hello Tomas Varga, thank you for posting your question on Microsoft Q&amp;A.',
      `A timer trigger takes a lease on a blob in the storage account from <code>AzureWebJobsStorage</code>, so that only one instance of a
function app runs each occurrence, however many instances are running. When a timer fires twice, it is almost always because two hosts
believe they are different apps and each takes its own lease. The usual causes are:`,
    ],
    list: [
      'A deployment slot, such as staging, that runs the same code against the same storage account with a different host ID.',
      'A second function app, for example a copy created for testing, that shares the storage account.',
      'The host ID being truncated so that two app names collide, which happens with long names that share the same first 32 characters.',
    ],
    after: [
      `Check the slots first. If staging should not run the timer, disable the function there with an app setting of the form
<code>AzureWebJobs.FunctionName.Disabled</code> set to true, marked as a deployment slot setting so it does not swap.`,
      'If this answer is helpful, please click "Accept Answer" and upvote it so that others in the community with a similar question can find it.',
    ],
    comments: [
      [
        'Tomas Varga',
        'Mar 4, 2025, 8:15 AM',
        `That was it. The staging slot had been started again during the scaling change and was running the timer against the same
storage account. With the function disabled in staging it has run exactly once for three mornings now. Thank you.`,
      ],
    ],
  },
  {
    id: '1934108',
    user: 'AI answer',
    rep: '',
    time: 'Mar 3, 2025, 7:42 AM',
    ai: true,
    paras: [
      `Timer triggers in Azure Functions use a singleton lock so that only one instance runs the function for each scheduled occurrence.
If the function runs more than once, check whether more than one function app or slot is using the same storage account, and make
sure that each app has a unique host ID.`,
    ],
    comments: [],
  },
];
export const mqHeader = ['Microsoft', 'Learn', 'Discover', 'Product documentation', 'Development languages', 'Topics', 'Sign in'];
export const mqSubnav = ['Q&A', 'Questions', 'Tags', 'Help', 'More', 'Ask a question'];
export const mqBrowser = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
  'Download Microsoft Edge',
  'More info about Internet Explorer and Microsoft Edge',
];
export const mqCookie = [
  `We use optional cookies to improve your experience on our websites, such as through social media connections, and to display
personalized advertising based on your online activity. If you reject optional cookies, only cookies necessary to provide you the services
will be used.`,
  'Accept',
  'Reject',
  'Manage cookies',
];
export const mqActions = ['I have the same question', '0', 'Comment', 'Report a concern', 'Show comments for this question'];
export const mqSort = ['Sort by:', 'Most helpful', 'Newest', 'Oldest'];
export const mqAi = ['AI generated content. This answer was created with AI from Q&A Assist.', 'Learn more'];
export const mqRail = [
  'Azure Functions',
  'An Azure service that provides an event-driven serverless compute platform.',
  '5,873 questions',
  'Question activity',
  'Sign in to follow questions and users',
];
export const mqFooter = [
  'English (United States)',
  'Your Privacy Choices',
  'Theme',
  'Light',
  'Dark',
  'High contrast',
  'AI Disclaimer',
  'Previous Versions',
  'Blog',
  'Contribute',
  'Privacy',
  'Terms of Use',
  'Trademarks',
  '© Microsoft 2025',
];
const mqAnswer = (a: MqAnswer): string => `<div class="answer margin-top-sm border-top" id="answer-${a.id}" data-bi-name="answer"
itemprop="${a.accepted ? 'acceptedAnswer' : 'suggestedAnswer'}"
itemscope itemtype="https://schema.org/Answer">${
  a.accepted
    ? `<div class="margin-bottom-xs"><span class="badge badge-sm badge-success"><span class="icon" aria-hidden="true"></span>
Accepted answer</span></div>`
    : ''
}
${
  a.ai
    ? `<div class="notification notification-info margin-bottom-xs"><p class="notification-content">${(mqAi[0] ?? '').replace('&', '&amp;')} <a
href="/en-us/answers/support/qna-assist">${mqAi[1]}</a></p></div>`
    : ''
}
<div class="display-flex align-items-center margin-bottom-xs"><div class="avatar avatar-sm margin-right-xs"></div><div class="font-size-sm"><a
class="font-weight-semibold"
href="/en-us/users/na/?userid=${a.id}" itemprop="author">${a.user}</a>${
  a.rep
    ? ` <span class="color-text-subtle">${a.rep} Reputation
points</span>`
    : ''
}${a.badge ? ` <span class="badge badge-sm badge-clear">${a.badge}</span>` : ''}
<br><local-time format="datetime" datetime="2025-03-03T11:02:00.000+00:00" class="is-relative color-text-subtle">${a.time}</local-time></div></div>
<div class="content" itemprop="text">${a.paras.map((t) => `<p>${t}</p>`).join('\n')}${a.list ? `<ol>${a.list.map((t) => `<li>${t}</li>`).join('\n')}</ol>` : ''}
${(a.after ?? []).map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="display-flex align-items-center margin-top-xs font-size-sm">${a.helpful ? `<p class="color-text-subtle">${a.helpful}</p>` : ''}<p
class="color-text-subtle">Please sign in to rate this answer.</p></div>
${
  a.comments.length
    ? `<ul class="comment-list" aria-label="Comments">${a.comments
        .map(
          (c) => `<li class="comment border-top padding-top-xs"><div class="font-size-sm"><a class="font-weight-semibold"
href="/en-us/users/na/?userid=9">${c[0]}</a> <span class="color-text-subtle">0
Reputation points</span> <local-time format="datetime" class="is-relative color-text-subtle">${c[1]}</local-time></div><div
class="content"><p>${c[2]}</p></div></li>`,
        )
        .join('')}</ul>`
    : ''
}<a class="button button-sm button-clear" href="/en-us/answers/questions/2198765?signin=true">Sign in to comment</a></div>`;
export const mqHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-header show-footer hasSidebar hasPageActions theme-light" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="true"
data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta
property="og:type" content="website">
<meta property="og:title" content="${mqTitle} - Microsoft Q&amp;A"><meta property="og:url"
content="https://learn.microsoft.com/en-us/answers/questions/2198765/azure-functions-timer-trigger-runs-twice">
<meta name="description" content="We have a timer-triggered function on the Premium plan that should run once a day at 06:00 UTC."><meta name="page_type"
content="QnA">
<meta name="ms.author" content="msqna"><meta name="uhfHeaderId" content="MSDocsHeader-DocsQnA"><link rel="canonical"
href="https://learn.microsoft.com/en-us/answers/questions/2198765/">
<title>${mqTitle} - Microsoft Q&amp;A</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage",
"mainEntity":{"@type":"Question","name":"${mqTitle}","answerCount":2,"upvoteCount":1,
"dateCreated":"2025-03-03T07:41:00.000Z","author":{"@type":"Person","name":"Tomas Varga"},"acceptedAnswer":{"@type":"Answer","upvoteCount":3,
"url":"https://learn.microsoft.com/en-us/answers/questions/2198765/#answer-1934221",
"dateCreated":"2025-03-03T11:02:00.000Z","author":{"@type":"Person","name":"Priyanka Raman"}}}}</script>
<link rel="stylesheet" href="/static/third-party/bootstrap/site-ltr.css"><link rel="stylesheet"
href="/_themes/docs.theme/master/en-us/_themes/styles/4a6f2b1d.site-ltr.css">
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script><script
src="/_themes/docs.theme/master/en-us/_themes/scripts/ba9e6c4f.index-docs.js" defer></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header"><a href="#main"
class="skip-to-main-link has-outline-color-text visually-hidden-until-focused position-fixed
has-inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body" tabindex="1">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div><div id="unsupported-browser"
style="background-color: white; color: black; padding: 16px;
border-bottom: 1px solid grey;" hidden><div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">${mqBrowser[0]}</p><p
style="font-size: 16px; margin-top: 16px;">
${mqBrowser[1]}</p><div style="margin-top: 12px;"><a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881">${mqBrowser[2]}</a><a
href="https://learn.microsoft.com/lifecycle/faq/internet-explorer-microsoft-edge"
style="margin-left: 8px;">${mqBrowser[3]}</a></div></div></div>
<div id="wcpConsentBanner" class="wcp-consent-banner" role="alert"><p>${mqCookie[0]}
You may change your selection by clicking “Manage Cookies” at the bottom
of the page.
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a> <a href="https://aka.ms/3rdpartycookies">Third-Party Cookies</a></p><div
class="wcp-buttons">
<button type="button" class="wcp-button">${mqCookie[1]}</button><button type="button" class="wcp-button">${mqCookie[2]}</button><button type="button"
class="wcp-button">${mqCookie[3]}</button></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope itemtype="http://schema.org/Organization"><div data-show-mobile-navigation=""
class="nav-bar">
<div class="nav-bar-brand"><a itemprop="url" href="https://www.microsoft.com" aria-label="Microsoft" class="nav-bar-button"><div
class="nav-bar-logo has-background-image theme-display
is-light" role="presentation" aria-hidden="true" itemprop="logo" itemscope="itemscope"></div><span class="visually-hidden">${mqHeader[0]}</span></a></div><div
class="nav-bar-item">
<a href="/en-us/" class="nav-bar-button is-title has-inner-focus"><span>${mqHeader[1]}</span></a></div><nav class="nav-bar-nav" aria-label="site"><ul
class="nav-bar-menu" role="menubar">
${links(mqHeader.slice(2, 6), 'nav-bar-item')}</ul></nav><div class="nav-bar-profile"><a class="button button-clear button-sm"
href="/en-us/signin">${mqHeader[6]}</a></div></div>
<div class="nav-bar border-top is-hidden-mobile"><div class="nav-bar-item"><a class="nav-bar-button is-title"
href="/en-us/answers/">${mqSubnav[0]}</a></div><nav class="nav-bar-nav"
aria-label="site sub"><ul class="nav-bar-menu" role="menubar">${links(mqSubnav.slice(1, 5), 'nav-bar-item')}</ul></nav><a
class="button button-primary button-sm"
href="/en-us/answers/questions/ask/">${mqSubnav[5]}</a></div></header></div></div>
<div class="mainContainer layout-body" data-bi-name="body"><div class="layout-body-main"><main id="main" role="main" class="content" data-bi-name="content"
lang="en-us" dir="ltr"
itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div id="question-details">
<h1 class="title is-2 margin-bottom-xs" id="question-title" itemprop="name">${mqTitle}</h1>
<div class="display-flex align-items-center margin-bottom-xs"><div class="avatar avatar-sm margin-right-xs"></div><div class="font-size-sm"><a
class="font-weight-semibold"
href="/en-us/users/na/?userid=4e2c7b" itemprop="author">Tomas Varga</a> <span class="color-text-subtle">0 Reputation points</span><br><local-time
format="datetime"
datetime="2025-03-03T07:41:00.000+00:00" class="is-relative color-text-subtle">Mar 3, 2025, 7:41 AM</local-time></div></div>
<div class="content" itemprop="text">${mqQuestion.map((t) => `<p>${t}</p>`).join('\n')}</div>
<ul class="tags margin-top-xs" aria-label="Tags"><li><a class="tag tag-sm" href="/en-us/answers/tags/184/azure-functions">${mqRail[0]}</a></li></ul>
<div class="display-flex flex-wrap-wrap margin-top-xs font-size-sm"><button class="button button-sm button-clear" disabled><span>${mqActions[0]}</span> <span
class="badge">${mqActions[1]}</span>
</button><a class="button button-sm button-clear" href="?signin=true">${mqActions[2]}</a><button class="button button-sm button-clear">${mqActions[3]}</button>
<button class="button button-sm button-clear" aria-expanded="false">${mqActions[4]}</button></div></div>
<div id="answers" class="margin-top-md"><div class="display-flex justify-content-space-between align-items-center"><h2 id="answers-heading"
class="font-size-h4">2 answers</h2>
<label class="font-size-sm" for="answer-sort">${mqSort[0]}</label><select id="answer-sort" class="select">${mqSort
  .slice(1)
  .map((s) => `<option>${s}</option>`)
  .join('')}</select></div>
${mqAnswers.map(mqAnswer).join('\n')}
</div><div class="margin-top-md"><a class="button button-primary" href="/en-us/answers/questions/2198765?signin=true">Sign in to
answer</a></div></div></main></div>
<aside class="layout-body-aside" aria-label="Related content"><div class="card margin-bottom-sm"><h2 class="font-size-h6">${mqRail[0]}</h2><p
class="font-size-sm">${mqRail[1]}</p>
<p class="font-size-sm color-text-subtle">${mqRail[2]}</p></div><div class="card"><h2 class="font-size-h6">${mqRail[3]}</h2><a class="button button-sm"
href="?signin=true">${mqRail[4]}</a>
</div></aside></div>
<div class="layout-body-footer" data-bi-name="layout-footer"><footer id="footer" data-test-id="footer" data-bi-name="footer"
class="footer-layout has-padding has-border-top" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a
class="locale-selector-link flex-shrink-0 button button-sm button-clear" href="#">${mqFooter[0]}</a>
<a class="button button-sm button-clear flex-shrink-0 external-link-indicator" href="https://aka.ms/yourcaliforniaprivacychoices">${mqFooter[1]}</a><div
class="dropdown"><button class="dropdown-trigger
button button-clear button-sm">${mqFooter[2]}</button><div class="dropdown-menu"
hidden><ul>${links(mqFooter.slice(3, 6), 'theme-selector')}</ul></div></div></div>
<ul class="links"
data-bi-name="footerlinks">${links(mqFooter.slice(6, 13), 'manage-cookies-holder')}<li>${mqFooter[13]}</li></ul></footer></div></body></html>`;
