import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 119, file f2: a Microsoft Q&A question on the Learn platform as a signed-out visitor saves it (skip link, the
 * hidden unsupported-browser notice, the Learn header with Discover / Product documentation / Development languages / Topics,
 * search and "Sign in", the Q&A sub-navigation with "Ask a question", a promo alert, the question with author, reputation
 * points and local time, tags with hidden hover cards, "I have the same question", the answers heading with its sort menu,
 * the accepted answer with "Microsoft External Staff" and "Moderator" badges and its moderator sign-off, answer comments with
 * their show / hide toggles, upvote and report buttons, "Sign in to answer", the Question activity sidebar, the footer with
 * language, privacy choices and theme, and the cookie consent banner).
 */
const mqTitle = 'Timer-triggered function runs twice after swapping deployment slots';
const mqQ = [
  'We have a function app on the Premium plan with a staging slot. One of the functions uses a timer trigger that runs every day at 02:00 ' +
    'UTC and sends a summary email to our operations team.',
  'Since we started deploying through the staging slot and swapping it into production, the function sometimes runs twice at 02:00, about ' +
    'a second apart, and the team gets two emails. It only happens on nights after a swap. Restarting the production slot stops it until ' +
    'the next deployment.',
  'Is there a setting we are missing? We would rather not add our own locking if the platform can handle it.',
];
const mqA1 = [
  'Hello Lucía,',
  'Thanks for the detailed description. When a timer trigger is enabled in more than one slot, each slot can take its own lock on the ' +
    'schedule. After a swap, the instance that was warmed up in the staging slot can briefly keep running the schedule while the ' +
    'production instance starts its own, so both fire.',
  'To prevent this, make the timer function slot-aware:',
];
const mqA1List = [
  'Add an app setting named <code>AzureWebJobs.DailySummary.Disabled</code> with the value <code>true</code> to the staging slot, and mark it ' +
    'as a deployment slot setting so that it stays with the slot.',
  'Make sure the setting is <code>false</code>, or absent, in the production slot.',
  'Redeploy and swap as usual. The function will only run in whichever slot is production after the swap.',
];
const mqA1b = [
  'If each slot has its own storage account, also check that <code>AzureWebJobsStorage</code> is marked as a slot setting, so the two slots ' +
    'never share lock blobs by accident.',
  'If the answer is helpful, please click <strong>Accept Answer</strong> and kindly upvote it. If you have extra questions about this ' +
    'answer, please click <strong>Comment</strong>.',
];
const mqC1 =
  'That was it. The staging slot still had the function enabled. After adding the slot setting we have had five deployments without a ' +
  'duplicate run. Thank you!';
const mqA2 = [
  'Worth adding that the same thing can happen without slots if you scale out during a deployment and the host ID changes. Setting a ' +
    'fixed host ID for the app in its configuration avoids that, and it also stops the lock blobs from piling up in the storage account.',
];
const mqNav = ['Discover', 'Product documentation', 'Development languages', 'Topics'];
const mqQnaNav = ['Q&A', 'Questions', 'Tags', 'Help', 'More'];
const mqPromo = 'Join the autumn skills challenge and earn a badge for every module you finish. Register now';
const mqTags = [
  ['Azure Functions', 'An Azure service that provides an event-driven serverless compute platform.', '6,102 questions'],
  ['Azure App Service', 'A service for hosting web apps, REST APIs and mobile back ends.', '9,847 questions'],
];
const mqFoot = ['AI Disclaimer', 'Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Microsoft 2025'];
const mqCookie =
  'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display ' +
  'personalized advertising based on your online activity. If you reject optional cookies, only cookies necessary to provide you the ' +
  'services will be used. You may change your selection by clicking “Manage Cookies” at the bottom of the page. Privacy Statement Third-Party Cookies';
const mqUnsupported = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
  'Download Microsoft Edge',
  'More info about Internet Explorer and Microsoft Edge',
];
const lt = (iso: string, shown: string): string => `<local-time format="datetime" datetime="${iso}" class="">${shown}</local-time>`;
const person = (
  name: string,
  rep: string,
  badges: string[],
  iso: string,
  shown: string,
): string => `<div class="display-flex align-items-center gap-xs margin-bottom-xs">
<div class="avatar avatar-sm"><img src="https://learn.microsoft.com/api/profile/avatar/${name.length}" alt="" loading="lazy"></div><div><a
href="/en-us/users/na/?userid=${name.length}"
class="font-weight-semibold font-size-sm">${name}</a> ${badges.map((b) => `<span class="badge badge-sm badge-clear margin-left-xxs">${b}</span>`).join('')}
<span class="font-size-sm color-text-subtle margin-left-xxs">${rep} Reputation points</span><div
class="font-size-sm color-text-subtle">${lt(iso, shown)}</div></div></div>`;
const actions = (
  votes: string,
  comments: string,
): string => `<div class="display-flex flex-wrap-wrap gap-xs margin-top-sm"><button class="button button-sm button-clear"
data-bi-name="upvote" aria-label="Upvote"><span class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Upvote</span> <span
class="font-weight-semibold">${votes}</span>
</button><button class="button button-sm button-clear" data-bi-name="comment"><span>Comment</span></button><button class="button button-sm button-clear"
data-bi-name="report">
<span>Report a concern</span></button></div><details class="margin-top-xs"><summary class="font-size-sm">${comments}</summary><span
class="visually-hidden">Show comments for this
answer</span></details>`;
const mqHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="true" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${mqTitle} - Microsoft Q&amp;A"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:url" content="https://learn.microsoft.com/en-us/answers/questions/2288104/timer-triggered-function-runs-twice"><meta name="color-scheme"
content="light dark">
<meta name="page_type" content="qna"><meta name="uhfHeaderId" content="MSDocsHeader-QnA"><meta name="search.app" content="qna"><title>${mqTitle} - Microsoft
Q&amp;A</title>
<link rel="canonical" href="https://learn.microsoft.com/en-us/answers/questions/2288104/timer-triggered-function-runs-twice">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${mqTitle}","answerCount":2,
"upvoteCount":2,
"dateCreated":"2025-09-30T14:22:10.5+00:00","author":{"@type":"Person","name":"Lucía Ferraro"},"acceptedAnswer":{"@type":"Answer","upvoteCount":3,
"dateCreated":"2025-10-01T06:05:41.22+00:00","author":{"@type":"Person","name":"Pradeep Venkatesan"},"text":"Hello Lucía, Thanks for the detailed
description."}}}</script>
<link rel="stylesheet" href="/static/assets/0.4.03027.7171-3b4c6b1a/styles/site-ltr.css"><script
src="/static/third-party/adobe-target/at-js/2.9.0/at.js"></script>
<script id="msdocs-script">var msDocs = {"environment":{"supportLevel":"production","accessLevel":"online","reviewFeatures":false,"siteName":"learn"},
"data":{"contentLocale":"en-us",
"pageTemplate":"Questions","userLocale":"en-us","pageType":"qna"},"functions":{}};</script></head><body lang="en-us" dir="ltr"><div
class="header-holder layout-body-header">
<a href="#main" style="z-index: 1070" class="outline-color-text visually-hidden-until-focused position-fixed inner-focus focus-visible top-0 left-0 right-0
padding-xs
text-align-center background-color-body" data-skip-to-main-link>Skip to main content</a><div hidden id="cookie-consent-holder"
data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden><div
style="max-width: 800px; margin: 0 auto;">
<p style="font-size: 24px">${mqUnsupported[0]}</p><p style="font-size: 16px; margin-top: 16px;">${mqUnsupported[1]}</p><div style="margin-top: 12px;">
<a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881"
style="background-color: #0078d4; color: white; padding: 6px 12px; display: inline-block;">${mqUnsupported[2]}</a>
<a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge"
style="padding: 6px 12px; display: inline-block;">${mqUnsupported[3]}</a></div></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header class="layout-body-header" role="banner" itemscope itemtype="http://schema.org/Organization"><nav
id="site-header"
class="header-holder" aria-label="Global"><a class="header-brand" href="https://www.microsoft.com" aria-label="Microsoft"><svg aria-hidden="true"
viewBox="0 0 23 23"></svg></a>
<a class="header-title" href="/en-us/"><span>Learn</span></a><ul class="header-nav">${mqNav
  .map((t) => `<li><button class="header-nav-button" aria-expanded="false" data-bi-name="${t}">${t}</button></li>`)
  .join('')}</ul><form class="header-search" role="search"><input type="search" placeholder="Search" aria-label="Search"><button type="submit"
aria-label="Search">Search</button></form>
<button class="header-signin button button-sm" data-bi-name="signin">Sign in</button></nav><nav class="header-subnav" aria-label="Q&amp;A"><a
class="subnav-title" href="/en-us/answers/">Q&amp;A</a>
<ul class="subnav-list">${mqQnaNav
  .slice(1)
  .map((t) => `<li><a href="/en-us/answers/${t.toLowerCase()}/" class="subnav-link">${t}</a></li>`)
  .join('')}</ul><a href="/en-us/answers/questions/ask/" class="button button-primary button-sm">Ask a question</a></nav></header></div>
<div class="alert is-primary margin-none border-radius-none"
data-bi-name="promo-banner"><p>${mqPromo.replace('Register now', '<a href="/en-us/training/challenges">Register now</a>')}</p>
<button class="delete" aria-label="Dismiss alert"></button></div></div><div class="mainContainer uhf-container has-default-focus" data-bi-name="body">
<div class="columns has-large-gaps is-gapless-mobile"><section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><main id="main"
class="margin-top-sm"
role="main" data-bi-name="content" lang="en-us" dir="ltr"><div id="question-details" class="margin-bottom-md"><h1
class="title is-3 margin-top-xs">${mqTitle}</h1>
${person('Lucía Ferraro', '0', [], '2025-09-30T14:22:10.5+00:00', 'Sep 30, 2025, 2:22 PM')}<div class="content"
data-bi-name="question-body">${mqQ.map((p) => `<p>${p}</p>`).join('\n')}
</div><ul class="tags margin-top-sm">${mqTags
  .map(
    ([
      t,
      d,
      n,
    ]) => `<li><a class="tag tag-sm tag-interactive" href="/en-us/answers/tags/${t!.toLowerCase().replace(/ /g, '-')}">${t}</a><div class="popover-content"
hidden>
<p class="font-weight-semibold">${t}</p><p>${d}</p><p class="font-size-sm">${n}</p></div></li>`,
  )
  .join(
    '',
  )}</ul><div class="display-flex gap-xs margin-top-sm"><button class="button button-sm" data-bi-name="same-question"><span>I have the same question</span>
<span class="font-weight-semibold">2</span></button><span class="font-size-sm color-text-subtle">0 comments</span><span class="visually-hidden">No
comments</span>
<button class="button button-sm button-clear"><span>Report a concern</span></button></div></div><section id="answers" aria-labelledby="answers-heading">
<div class="display-flex justify-content-space-between align-items-center"><h2 id="answers-heading" class="title is-4">2 answers</h2><div
class="select select-sm">
<label for="answer-sort" class="font-size-sm">Sort by:</label><select id="answer-sort"><option selected>Most
helpful</option><option>Newest</option><option>Oldest</option></select></div></div>
<div class="answer border-top padding-block-md accepted-answer" data-answer-id="2288311"><span class="badge badge-success badge-sm margin-bottom-xs">Accepted
answer</span>
${person('Pradeep Venkatesan', '1,184', ['Microsoft External Staff', 'Moderator'], '2025-10-01T06:05:41.22+00:00', 'Oct 1, 2025, 6:05 AM')}<div class="content"
data-bi-name="answer-body">${mqA1.map((p) => `<p>${p}</p>`).join('\n')}<ol>${mqA1List.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${mqA1b.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="font-size-sm color-text-subtle">3 people found this answer helpful.</p>${actions('3', '1 comment')}
<ul class="comments margin-top-xs"><li class="comment padding-sm
border-left">${person('Lucía Ferraro', '0', [], '2025-10-03T09:40:02.1+00:00', 'Oct 3, 2025, 9:40 AM')}
<div class="content" data-bi-name="comment-body"><p>${mqC1}</p></div><span class="visually-hidden">Hide comments for this answer</span></li></ul></div>
<div class="answer border-top padding-block-md"
data-answer-id="2289020">${person('Rafael Szabo', '25', [], '2025-10-02T17:12:08.7+00:00', 'Oct 2, 2025, 5:12 PM')}
<div class="content" data-bi-name="answer-body">${mqA2.map((p) => `<p>${p}</p>`).join('\n')}</div>${actions('0', '0 comments')}</div></section>
<div class="margin-top-md"><a href="/en-us/answers/questions/2288104/answer" class="button button-primary">Sign in to answer</a><p
class="font-size-sm color-text-subtle margin-top-xs">Answers
can be marked as Accepted Answers by the question author, which helps users to know the answer solved the author's problem.</p></div></main></section>
<aside class="right-container column is-one-third-tablet is-one-quarter-desktop" aria-label="Question activity"><h2 class="title is-6">Question activity</h2>
<p class="font-size-sm"><a href="/en-us/answers/questions/2288104/follow">Sign in to follow questions and users</a></p></aside></div></div>
<div class="footerContainer has-default-focus" data-bi-name="footer"><footer id="footer" data-test-id="footer" class="footer-layout uhf-container has-padding"
role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a data-mscc-ic="false"
class="locale-selector-link button button-sm button-clear flex-shrink-0"
href="#">English (United States)</a><button type="button" class="button button-clear button-sm inner-focus">Your Privacy Choices</button><div
class="dropdown"><button
class="dropdown-trigger button button-clear button-sm" aria-expanded="false">Theme</button><div class="dropdown-menu" hidden><ul
class="theme-selector"><li><button>Light</button></li>
<li><button>Dark</button></li><li><button>High contrast</button></li></ul></div></div></div><ul class="links" data-bi-name="footerlinks">${mqFoot
  .map(
    (t) =>
      `<li class="margin-right-xs">${
        t.startsWith('©')
          ? t
          : `<a class="external-link-indicator"
href="https://learn.microsoft.com/${t.replace(/ /g, '-')}">${t}</a>`
      }</li>`,
  )
  .join('')}</ul></footer></div>
<div id="wcpConsentBannerCtrl" class="banner-wcp" role="alert" dir="ltr" lang="en-US"><div class="text-wcp"><svg aria-hidden="true"
viewBox="0 0 24 24"></svg><p>${mqCookie
  .replace('Privacy Statement', '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a>')
  .replace(
    'Third-Party Cookies',
    '<a href="https://aka.ms/3rdpartycookies">Third-Party Cookies</a>',
  )}</p></div><div class="buttonGroup-wcp"><button type="button"
class="button-wcp">Accept</button><button type="button" class="button-wcp">Reject</button><button type="button" class="button-wcp">Manage
cookies</button></div></div>
<script src="/static/assets/0.4.03027.7171-3b4c6b1a/scripts/en-us/index-docs.js"></script></body></html>`;
export const microsoftQna: TestPage = {
  html: mqHtml,
  name: 'heldout119-microsoft-qna-question',
  kind: 'forum',
  // the question, both answers (the accepted answer's greeting, numbered steps and its moderator sign-off too) and the comment
  // are body; names and the local times are bylines; reputation, badges, the "Accepted answer" label, tags and their hidden
  // hover cards, buttons and helpful counts are furniture
  title: mqTitle,
  headings: [],
  body: texts([...mqQ, ...mqA1, ...mqA1List, ...mqA1b, mqC1, ...mqA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Lucía Ferraro', 'Sep 30, 2025, 2:22 PM', 'Pradeep Venkatesan', 'Oct 1, 2025, 6:05 AM', 'Oct 3, 2025, 9:40 AM', 'Rafael Szabo', 'Oct 2, 2025, 5:12 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', ...mqUnsupported, 'Learn', ...mqNav, 'Search', 'Sign in', ...mqQnaNav, 'Ask a question', mqPromo, '0 Reputation points',
    '1,184 Reputation points', '25 Reputation points', 'Microsoft External Staff', 'Moderator', ...mqTags.flat(), 'I have the same question', '0 comments',
    'No comments', 'Report a concern', '2 answers', 'Sort by:', 'Most helpful', 'Newest', 'Oldest', 'Accepted answer', '3 people found this answer helpful.',
    'Upvote', 'Comment', '1 comment', 'Show comments for this answer', 'Hide comments for this answer', 'Sign in to answer',
    'Answers can be marked as Accepted Answers by the question author, which helps users to know the answer solved the author\'s problem.', 'Question activity',
    'Sign in to follow questions and users', 'English (United States)', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', ...mqFoot, mqCookie,
    'Accept', 'Reject', 'Manage cookies',
    ]),
  ],
};
