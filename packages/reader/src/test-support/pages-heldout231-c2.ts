import { j } from './pages-heldout231-kit.js';
import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 231, file c2: a Microsoft Q&amp;A question on Microsoft Learn (the Learn site header and its product nav, the
 * Q&amp;A sub-nav with "Ask a question", breadcrumbs, the question with author card, reputation points, tags and "I have the
 * same question" button, an accepted answer and a second answer with their "Answered" dates, the author's comment,
 * "Sign in to comment / to answer", the "Question activity" side panel, the feedback box, the locale picker and the footer).
 */
const mTitle = 'Outlook keeps asking for my password after switching to a new Entra tenant';
const mQ = [
  j(
    'Our company moved all mailboxes from the old tenant to a new Microsoft Entra tenant last weekend. Since then, classic Outlook',
    'on about a third of our Windows 11 laptops shows the "Enter password" prompt every few minutes. Entering the password works',
    'for a while and then the prompt comes back.',
  ),
  j(
    'New Outlook and Outlook on the web work fine for the same users. We have already recreated the Outlook profile on two',
    'machines, which helped for one day only. Is there a cached identity somewhere that we need to clear?',
  ),
];
const mA1 = [
  'Hello Piers, thank you for the detailed description.',
  j(
    'This behaviour is usually caused by the old work account still being registered on the device. Classic Outlook uses the',
    'Web Account Manager, which keeps trying to get a token for the old tenant, fails, and falls back to the password prompt.',
  ),
  'Please try the following on one affected machine:',
];
const mA1Steps = [
  'Open Settings, go to Accounts, then Access work or school, and disconnect any account that belongs to the old tenant.',
  'Open Credential Manager, choose Windows Credentials, and remove entries that start with MicrosoftOffice16 or contain the old domain.',
  'Sign out of all Office apps, restart the device, and sign in to Outlook again with the new account.',
];
const mA1End = [
  j(
    'If the device was Entra-joined to the old tenant rather than only registered, it will need to be unjoined and joined to the',
    'new tenant. You can check this with the command dsregcmd /status and look at the TenantName value.',
  ),
  'If the answer is helpful, please click "Accept Answer" so other users with the same issue can find it.',
];
const mA1Comments = [
  j(
    'Thank you, the old work account was still listed under Access work or school on every affected laptop. Removing it and the',
    'credentials fixed it on all three test machines. We will push the clean-up with Intune.',
  ),
];
const mA2 = [
  j(
    'One addition from our own migration: if you use a script to clean the Credential Manager entries, also delete the',
    'Identity key under HKCU\\Software\\Microsoft\\Office\\16.0\\Common. Otherwise Office sometimes puts the old account back',
    'after the first restart.',
  ),
];
const mNav = ['Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows'];
const mSub = ['Questions', 'Tags', 'Help'];
const mCrumbs = ['Learn', 'Q&A'];
const mTags = ['Outlook', 'Microsoft Entra ID', 'Windows 11'];
const mFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const mActivity = ['Question activity', 'Sign in to follow questions and users'];
const mHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual has-default-focus theme-light" lang="en-us" dir="ltr" data-authenticated="false">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${mTitle} - Microsoft Q&amp;A</title>
<meta name="description" content="Our company moved all mailboxes from the old tenant to a new Microsoft Entra tenant last weekend.">
<meta property="og:type" content="website"><meta property="og:title" content="${mTitle} - Microsoft Q&amp;A"><meta name="ms.prod" content="qna">
<meta name="page_type" content="qna"><meta name="ms.locale" content="en-us"><link rel="canonical"
href="https://learn.microsoft.example/en-us/answers/questions/2210934/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${mTitle}","answerCount":2,
"dateCreated":"2026-01-19T08:12:40Z","author":{"@type":"Person","name":"Piers Lindqvist"},"acceptedAnswer":{"@type":"Answer","upvoteCount":3,
"author":{"@type":"Person","name":"Kenji Aldana"}}}}</script>
<link rel="stylesheet" href="/static/assets/0.4.03058.7528-b3d47c4f/styles/site-ltr.css">
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
</head><body lang="en-us" dir="ltr"><div class="header-holder has-default-focus"><a href="#main" class="skip-to-main-link" tabindex="1">Skip to main content</a>
<div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div><div id="unsupported-browser" hidden></div>
<div id="ms--site-header" data-test-id="site-header-wrapper" role="banner"><header class="ms--site-header"><a href="https://www.microsoft.example"
aria-label="Microsoft"
class="uhf-logo"><span>Microsoft</span></a><a href="/en-us/" class="header-brand"><span>Learn</span></a>
<nav id="ms--site-header-nav" aria-label="site"><ul class="menu">${links(mNav, 'menu-item')}</ul></nav>
<div class="header-actions"><form class="search-form" role="search"><input type="search" aria-label="Search" placeholder="Search"></form>
<a class="button button-sm" href="/en-us/signin">Sign in</a></div></header></div>
<div class="qna-subnav"><div class="subnav-title"><a href="/en-us/answers/">Q&amp;A</a></div><ul class="subnav-links">${links(mSub)}</ul>
<a class="button button-primary button-sm" href="/en-us/answers/questions/ask/">Ask a question</a></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body">
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol itemscope itemtype="https://schema.org/BreadcrumbList">
${mCrumbs
  .map(
    (c, i) => `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/${i}" itemprop="item">
<span itemprop="name">${c.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('\n')}
</ol></nav><main id="main" role="main" class="content" data-bi-name="content" lang="en-us"><div id="question-details" class="question-details">
<h1 class="title is-3">${mTitle}</h1><div class="display-flex align-items-center"><div class="avatar avatar-sm"><img alt="" src="/users/piers.png"></div>
<div class="font-size-sm"><a href="/en-us/users/na/?userid=9a1" class="font-weight-semibold">Piers Lindqvist</a> <span class="color-text-subtle">60</span>
<span class="color-text-subtle">Reputation points</span></div></div>
<div class="content"><div class="question-content">${mQ.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<ul class="tags">${mTags.map((t) => `<li><a class="tag" href="/en-us/answers/tags/${t.length}/">${t}</a></li>`).join('\n')}</ul>
<div class="font-size-sm color-text-subtle"><local-time datetime="2026-01-19T08:12:40Z" format="datetime">Jan 19, 2026, 8:12 AM</local-time></div>
<div class="question-actions"><button class="button button-sm" data-bi-name="same-question"><span>I have the same question</span> <span class="badge">4</span>
</button>
<button class="button button-clear button-sm"><span>{count} votes</span></button></div>
<div class="comment-section"><a href="/en-us/signin">Sign in to comment</a></div></div>
<div id="answers" class="answers"><h2 class="font-size-h6">2 answers</h2><div class="sort-select"><label for="sort">Sort by:</label><select id="sort">
<option selected>Most helpful</option><option>Newest</option><option>Oldest</option></select></div>
<div class="answer accepted" id="answer-1877201"><div class="accepted-answer-banner"><span class="icon docon docon-check-mark"></span>
<span>Accepted answer</span></div>
<div class="display-flex"><a href="/en-us/users/na/?userid=ka" class="font-weight-semibold">Kenji Aldana</a> <span class="color-text-subtle">4,210</span>
<span class="color-text-subtle">Reputation points</span> <span class="badge">Microsoft External Staff</span></div>
<div class="content">${mA1.map((p) => `<p>${p}</p>`).join('\n')}
<ol>${mA1Steps.map((p) => `<li>${p}</li>`).join('\n')}</ol>
${mA1End.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="font-size-sm color-text-subtle"><local-time datetime="2026-01-19T10:40:03Z">Jan 19, 2026, 10:40 AM</local-time></div>
<div class="answer-actions"><button class="button button-sm">3 people found this answer helpful.</button>
<button class="button button-clear">Report a concern</button></div>
<div class="comments"><button class="button button-clear">1 comment Show comments for this answer</button><ul class="comment-list">
<li class="comment"><a href="/en-us/users/na/?userid=9a1" class="font-weight-semibold">Piers Lindqvist</a> <span class="color-text-subtle">60</span>
<span class="color-text-subtle">Reputation points</span><div class="comment-body"><p>${mA1Comments[0]}</p></div>
<local-time datetime="2026-01-20T09:02:11Z">Jan 20, 2026, 9:02 AM</local-time></li></ul><a href="/en-us/signin">Sign in to comment</a></div></div>
<div class="answer" id="answer-1877955"><div class="display-flex"><a href="/en-us/users/na/?userid=rr" class="font-weight-semibold">Rosalind Achterberg</a>
<span class="color-text-subtle">885</span> <span class="color-text-subtle">Reputation points</span></div>
<div class="content">${mA2.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="font-size-sm color-text-subtle"><local-time datetime="2026-01-21T14:27:50Z">Jan 21, 2026, 2:27 PM</local-time></div>
<div class="answer-actions"><button class="button button-clear">Report a concern</button></div>
<div class="comments"><button class="button button-clear">0 comments No comments</button></div></div></div>
<div class="sign-in-to-answer"><a class="button button-primary" href="/en-us/signin">Sign in to answer</a></div>
<div class="your-answer"><h2 class="font-size-h6">Your answer</h2><p class="font-size-sm">Answers can be marked as Accepted Answers by the question author,
which helps users to know the answer solved the author's problem.</p></div></main></section>
<aside class="right-container column is-one-quarter-desktop" data-bi-name="pageactions"><div class="question-activity">
<h3 class="font-size-h6">${mActivity[0]}</h3>
<p class="font-size-sm">${mActivity[1]}</p><div class="font-size-sm">4 people are following this question.</div></div>
<div class="ad-slot" aria-label="Advertisement"><span class="ad-label">Advertisement</span></div></aside></div>
<div class="feedback-section"><h3>Was this page helpful?</h3><button class="thumb-rating-button" data-bi-name="button-rating-yes">Yes</button>
<button class="thumb-rating-button" data-bi-name="button-rating-no">No</button></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs"><a class="locale-selector-link button button-sm button-clear" href="#"><span>English (United States)</span></a>
<button class="button button-clear button-sm" type="button"><span>Your Privacy Choices</span></button><button class="button button-clear button-sm">
<span>Theme</span></button></div>
<ul class="footer-links">${links(mFoot, 'margin-inline-sm')}<li><span>© Microsoft 2026</span></li></ul></footer>
<script src="/static/assets/0.4.03058.7528-b3d47c4f/scripts/en-us/index-docs.js"></script></body></html>`;
export const msQa: TestPage = {
  name: 'heldout231-microsoft-qa-question',
  kind: 'forum',
  html: mHtml,
  title: mTitle,
  headings: [],
  // the answerer's "Accept Answer" request is written inside the answer (body)
  body: texts([...mQ, ...mA1, ...mA1Steps, ...mA1End, ...mA1Comments, ...mA2]),
  bylines: [
    'Piers Lindqvist',
    'Jan 19, 2026, 8:12 AM',
    'Kenji Aldana',
    'Jan 19, 2026, 10:40 AM',
    'Jan 20, 2026, 9:02 AM',
    'Rosalind Achterberg',
    'Jan 21, 2026, 2:27 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Microsoft', 'Learn', ...mNav, 'Sign in', ...mSub, 'Ask a question', '60', 'Reputation points', ...mTags,
    'I have the same question', '4', '{count} votes', 'Sign in to comment', '2 answers', 'Sort by:', 'Most helpful', 'Newest', 'Oldest', 'Accepted answer',
    '4,210', 'Microsoft External Staff', '3 people found this answer helpful.', 'Report a concern', '1 comment Show comments for this answer', '885',
    '0 comments No comments', 'Sign in to answer', 'Your answer',
    "Answers can be marked as Accepted Answers by the question author, which helps users to know the answer solved the author's problem.", ...mActivity,
    '4 people are following this question.', 'Advertisement', 'Was this page helpful?', 'Yes', 'No', 'English (United States)', 'Your Privacy Choices',
    'Theme', ...mFoot, '© Microsoft 2026',
  ],
};
