import { links, type TestPage, texts } from './page-kit.js';
import { piefedPost } from './pages-heldout38-e2.js';

/**
 * Held-out batch 38, file e: a Microsoft Q&A question (learn.microsoft.com/answers) saved after the page's scripts ran,
 * logged out: skip links, the unsupported-browser banner, the Learn header with the Q&A menu and "Sign in", the
 * question with its author, reputation, rendered local time, tag cards and action buttons, a comment on the question,
 * "2 answers" with a sort menu, the accepted answer from a support engineer with a badge and the support sign-off, a
 * community answer, a comment under the accepted answer, the training rail, the "Sign in to answer" box and the Learn footer
 * with language, theme and legal links.
 */
const qaTitle = 'Blob trigger fires twice for the same blob after moving the function app to the Flex Consumption plan';
const qaQ = [
  'We moved a Python function app from the Consumption plan to the Flex Consumption plan last week. Since then our blob ' +
    'trigger runs twice for roughly one upload in five. Both runs have the same blob name and ETag, a few seconds apart, ' +
    'and the second run fails because the first one has already moved the file to the archive container.',
  'Nothing else changed: same storage account, same host.json, same code. Is this expected on Flex Consumption, and what ' +
    'is the recommended way to make sure each blob is processed once?',
];
const qaQComment = ['We scale out to at most 4 instances, if that matters. The storage account is StorageV2 with hierarchical namespace off.'];
const qaA1 = [
  'Hello Leonie Hartmann,',
  'Thank you for posting your question on Microsoft Q&amp;A.',
  'On the Flex Consumption plan the polling-based blob trigger is not supported in the same way as on the Consumption ' +
    'plan. When several instances scan the container, more than one of them can pick up a new blob before the receipt ' +
    'is written, which matches the duplicates you see.',
  'The recommended setup is the Event Grid based blob trigger, which delivers one event per blob:',
];
const qaA1List = [
  'Set Source = "EventGrid" on the blob trigger binding.',
  'Create an Event Grid subscription on the storage account for the BlobCreated event, filtered to your container.',
  'Point the subscription at the blobs_extension webhook of the function app.',
];
const qaA1b = [
  'Even with Event Grid, delivery is at least once, so it is still good practice to make the function idempotent, for ' +
    'example by checking whether the blob is already in the archive container before moving it.',
];
const qaSign =
  'If the answer is helpful, please click "Accept Answer" and kindly upvote it. If you have extra questions about this answer, please click "Comment".';
const qaA2 = [
  'We had the same problem after the migration. Moving to the Event Grid source fixed the duplicates for us, but note that ' +
    'the subscription has to be created again if you redeploy the storage account with a template, or events silently stop.',
];
const qaA1Comment = ['Switching to the Event Grid source fixed it. Three days and about 40,000 uploads without a single duplicate. Thank you!'];
interface QaPost {
  who: string;
  rep: string;
  when: string;
  badge?: string;
}
const qaMeta = (x: QaPost): string =>
  `<div class="display-flex align-items-center gap-xs"><img class="avatar" src="https://learn.microsoft.com/api/profile/avatar/${x.rep.length}" alt=""
width="32"
height="32" loading="lazy"><div><a href="/en-us/users/na/?userid=${x.rep.replace(/\D/g, '')}" class="font-weight-semibold">${x.who}</a>${
    x.badge ? ` <span class="badge badge-sm border-radius-lg">${x.badge}</span>` : ''
  }<div class="font-size-sm color-text-subtle"><span>${x.rep}</span> Reputation points</div></div></div>
<div class="font-size-sm color-text-subtle"><local-time format="twoDigitNumeric" datetime="2025-10-02T11:20:00.0000000Z">${x.when}</local-time></div>`;
const qaComment = (x: QaPost, ps: string[]): string =>
  `<li class="comment"><div class="comment-body">${ps.map((t) => `<p>${t}</p>`).join('')}</div><div class="comment-meta font-size-sm"><a
href="/en-us/users/na/">${x.who}</a> <span>${x.rep}</span> Reputation points <local-time datetime="2025-10-03T09:00:00Z">${x.when}</local-time></div></li>`;
const qaActions = (what: string): string =>
  '<div class="display-flex gap-xs margin-top-xs"><button class="button button-clear button-sm" type="button"><span class="icon"></span>' +
  '<span>Comment</span></button>' +
  `<button class="button button-clear button-sm" type="button" aria-label="Show comments for this ${what}"><span>Show comments for this
${what}</span></button>` +
  '<button class="button button-clear button-sm" type="button"><span>Report a concern</span></button></div>';
const qaTags: [string, string, string][] = [
  ['Azure Functions', 'An Azure service that provides an event-driven serverless compute platform.', '5,921 questions'],
  ['Azure Blob Storage', 'An Azure service that stores unstructured data in the cloud as blobs.', '3,204 questions'],
];
const qaNav = ['Questions', 'Tags', 'Help', 'More', 'Ask a question'];
const qaRail = ['Create serverless logic with Azure Functions - Training', 'Azure Blob storage trigger for Azure Functions', 'Flex Consumption plan hosting'];
const qaFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Microsoft 2025'];
const qaHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual theme-light" lang="en-us" dir="ltr" data-authenticated="false" data-target="docs">
<head><meta charset="utf-8"><title>${qaTitle} - Microsoft Q&amp;A</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="ms.prod" content="answers"><meta name="page_type" content="question"><meta property="og:title" content="${qaTitle} - Microsoft Q&amp;A">
<link rel="stylesheet" href="/static/assets/0.4.03253.7432-6b5d9f2a/styles/site-ltr.css"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"QAPage","mainEntity":{"@type":"Question","name":"Blob trigger fires twice for the same blob after moving the function app to the Flex Consumption
plan",
"answerCount":2,"dateCreated":"2025-10-02T11:20:00Z","author":{"@type":"Person","name":"Leonie
Hartmann"},"acceptedAnswer":{"@type":"Answer","upvoteCount":3}}}</script>
</head><body lang="en-us" dir="ltr"><div class="header-holder has-default-focus"><a href="#main" class="skip-to-main-link visually-hidden-until-focused">Skip
to main content</a>
<a href="#" class="skip-to-main-link visually-hidden-until-focused">Skip to Ask Learn chat experience</a><div hidden id="cookie-consent-holder"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden><div
style="max-width: 800px; margin: 0 auto;">
<p style="font-size: 24px">This browser is no longer supported.</p><p style="font-size: 16px; margin-top: 16px;">Upgrade to Microsoft Edge to take advantage
of the latest
features, security updates, and technical support.</p><div style="margin-top: 12px;"><a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881">Download
Microsoft Edge</a>
<a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge">More info about Internet Explorer and Microsoft
Edge</a></div></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header itemscope itemtype="http://schema.org/Organization"><div id="ms--site-header" class="header"><div
class="header-brand">
<a class="header-logo" href="https://www.microsoft.com"><span class="visually-hidden">Microsoft</span></a><a class="header-title" href="/en-us/">Learn</a></div>
<nav class="header-nav" aria-label="Q&amp;A"><a class="header-section-title" href="/en-us/answers/">Q&amp;A</a><ul>${links(qaNav, 'header-nav-item')}</ul></nav>
<form class="header-search" role="search"><input type="search" placeholder="Search" aria-label="Search"></form><div class="header-signin"><a href="#"
class="button
button-sm">Sign in</a></div></div></header></div></div>
<div class="mainContainer uhf-container has-default-focus"><div class="columns"><main id="main" class="column is-8" role="main" data-bi-name="content"
lang="en-us">
<div class="question-view"><h1 class="title is-3 margin-bottom-xs">${qaTitle}</h1>
${qaMeta({ who: 'Leonie Hartmann', rep: '60', when: 'Oct 2, 2025, 11:20 AM' })}
<div class="content margin-top-sm">${qaQ.map((t) => `<p>${t}</p>`).join('\n')}</div>
<ul class="tags display-flex gap-xs">${qaTags
  .map(
    ([t, d, n]) =>
      `<li class="tag-card"><a class="tag" href="/en-us/answers/tags/${t.length}/">${t}</a><div class="tag-card-body"><p class="font-size-sm">${d}</p>` +
      `<p class="font-size-xs color-text-subtle">${n}</p></div></li>`,
  )
  .join('')}</ul>
${qaActions('question')}<div class="display-flex gap-xs"><button class="button button-sm" type="button">I have the same question <span
class="badge">0</span></button>
<a class="button button-sm" href="#">Sign in to follow</a></div>
<ol class="comments">${qaComment({ who: 'Leonie Hartmann', rep: '60', when: 'Oct 2, 2025, 11:42 AM' }, qaQComment)}</ol></div>
<section class="answers"><div class="display-flex justify-content-space-between"><h2 id="answers" class="title is-4">2 answers</h2><label
class="font-size-sm">Sort by:
<select><option selected>Most helpful</option><option>Newest</option><option>Oldest</option></select></label></div>
<div class="answer" id="answer-2218834"><p class="accepted-answer-label font-size-sm"><span class="icon docon docon-check-mark"></span> Accepted answer</p>
${qaMeta({ who: 'Rohan Mehta', rep: '11,810', when: 'Oct 3, 2025, 6:05 AM', badge: 'Microsoft External Staff' })}
<div class="content margin-top-sm">${qaA1.map((t) => `<p>${t}</p>`).join('\n')}
<ol>${qaA1List.map((t) => `<li>${t.replace('Source = "EventGrid"', '<code>Source = "EventGrid"</code>')}</li>`).join('\n')}</ol>
${qaA1b.map((t) => `<p>${t}</p>`).join('\n')}
<p>${qaSign}</p></div>
<div class="display-flex gap-xs"><button class="button button-sm" type="button" aria-label="Upvote"><span class="icon docon docon-like"></span>
<span>3</span></button>${qaActions('answer')}</div>
<ol class="comments"><li class="comments-count font-size-sm">1
comment</li>${qaComment({ who: 'Leonie Hartmann', rep: '60', when: 'Oct 6, 2025, 9:14 AM' }, qaA1Comment)}</ol></div>
<div class="answer" id="answer-2219510">${qaMeta({ who: 'Kai Lindqvist', rep: '455', when: 'Oct 4, 2025, 2:31 PM' })}
<div class="content margin-top-sm">${qaA2.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="display-flex gap-xs"><button class="button button-sm" type="button" aria-label="Upvote"><span class="icon docon docon-like"></span>
<span>1</span></button>${qaActions('answer')}</div><p class="font-size-sm">0 comments No comments</p></div></section>
<div class="answer-form"><h2 class="title is-4">Your answer</h2><p>Answers can be marked as Accepted Answers by the question author, which helps users to
know the
answer solved the author's problem.</p><a class="button button-primary" href="#">Sign in to answer</a></div></main>
<aside class="column is-4" aria-label="Related content"><div class="question-activity"><h3 class="font-size-md">Question activity</h3><p class="font-size-sm">
<a href="#">Sign in to follow questions and users</a></p></div><div class="additional-resources"><h3 class="font-size-md">Additional resources</h3>
<ul>${links(qaRail)}</ul></div></aside></div></div>
<footer id="footer" data-bi-name="footer" class="footer-layout has-padding"><div class="footer-container"><a class="locale-selector-link" href="#"><span
class="icon docon docon-world"></span><span class="local-selector-link-text">English (United States)</span></a><a
href="https://aka.ms/yourcaliforniaprivacychoices"
class="button button-sm button-clear">Your Privacy Choices</a><div class="theme-dropdown"><button class="dropdown-trigger button button-clear button-sm"
aria-label="Theme"><span>Theme</span></button><ul class="dropdown-menu">${links(['Light', 'Dark', 'High contrast'])}</ul></div>
<ul class="links">${links(qaFoot)}</ul></div></footer>
<script src="/static/assets/0.4.03253.7432-6b5d9f2a/scripts/en-us/index-docs.js"></script></body></html>`;
const msQa: TestPage = {
  html: qaHtml,
  name: 'heldout38-microsoft-qa-question',
  kind: 'forum',
  // the question, both answers and both comments are body, the accepted answer's steps too; the support engineer's fixed
  // opening ("Hello Leonie Hartmann," and "Thank you for posting your question on Microsoft Q&A.") and fixed sign-off ("If the
  // answer is helpful, please click ...") are the support template around the answer, a signature: furniture; names and the rendered
  // post times are bylines; reputation numbers, "Reputation points", the "Microsoft External Staff" badge, "Accepted answer",
  // the tag cards, action buttons, "I have the same question", upvote counts, "1 comment", "0 comments No comments", the answer
  // count and sort menu, "Your answer" with its notice, the right rail, banners, header and footer are furniture; the menu's
  // "More" is a word of the body: left out
  title: qaTitle,
  headings: [],
  body: [...qaQ, ...qaQComment, ...qaA1.slice(2), ...qaA1List, ...qaA1b, ...qaA1Comment, ...qaA2],
  bylines: [
    'Leonie Hartmann',
    'Rohan Mehta',
    'Kai Lindqvist',
    'Oct 2, 2025, 11:20 AM',
    'Oct 2, 2025, 11:42 AM',
    'Oct 3, 2025, 6:05 AM',
    'Oct 6, 2025, 9:14 AM',
    'Oct 4, 2025, 2:31 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to Ask Learn chat experience', 'This browser is no longer supported.',
    'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.', 'Download Microsoft Edge',
    'More info about Internet Explorer and Microsoft Edge', 'Microsoft', 'Learn', 'Q&A', ...qaNav.filter((t) => t !== 'More'),
    'Sign in', '60', '11,810', '455', 'Reputation points',
    'Microsoft External Staff', ...texts(qaA1.slice(0, 2)), ...qaTags.flat(), 'Comment',
    'Show comments for this question', 'Report a concern', 'I have the same question', 'Sign in to follow',
    '2 answers', 'Sort by:', 'Most helpful', 'Newest', 'Oldest', 'Accepted answer', qaSign, 'Show comments for this answer', '1 comment',
    '0 comments No comments', 'Your answer',
    "Answers can be marked as Accepted Answers by the question author, which helps users to know the answer solved the author's problem.",
    'Sign in to answer', 'Question activity', 'Sign in to follow questions and users', 'Additional resources', ...qaRail, 'English (United States)',
    'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', ...qaFoot,
  ],
};

export const HELDOUT38_E: readonly TestPage[] = [msQa, piefedPost];
