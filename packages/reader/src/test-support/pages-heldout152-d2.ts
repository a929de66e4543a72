import { type TestPage, texts } from './page-kit.js';
import {
  type SePost,
  seAnswersHeader,
  seConsent,
  seConsentBanner,
  seFooter,
  seFooterCompany,
  seFooterNetwork,
  seHeader,
  seHot,
  seLeftNav,
  seLeftSidebar,
  seLinkedList,
  sePost,
  sePostMenu,
  seSocial,
  seSort,
  seTeams,
  seTopbar,
  seWidget,
} from './pages-heldout152-se.js';

/**
 * Held-out batch 152, file d2: a Meta Stack Exchange discussion (feature request) as a signed-out visitor saves it: the
 * same Stack Exchange template as the Super User page (topbar, left sidebar, Asked / Modified / Viewed row, vote cells,
 * user cards, comments, answers header), with the question's own h2 sections, a moderator-only "status-review" tag, a
 * staff answer, the "Your Answer" form for guests with its sign-up options and the hidden answering tips, and the meta
 * sidebar widgets.
 */
const mTitle = 'Let reviewers see whether an answer was edited by its author before it reached the Late Answers queue';
const mH = ['What happens now', 'What I am proposing', 'Why this matters'];
const mP1 = [
  'When a late answer lands in the review queue, the reviewer sees the current revision and nothing else. If the author has already ' +
    'edited it, for example to remove a link that looked promotional, the reviewer has no way of knowing that without leaving the ' +
    'queue and opening the revision history.',
  'On the sites I review on, a fair share of late answers are edited by their authors within the first hour, often after a comment ' +
    'from someone who spotted the same problem the reviewer is about to flag.',
];
const mP2 = ['Add a small line under the answer in the review task, in the same place the queue already shows the answer’s age:'];
const mQuote = 'Edited by its author 2 times since posting (view history)';
const mList = [
  'Show it only for edits by the answer’s own author, not for community or suggested edits.',
  'Link it to the revision history, opening in a new tab so the review is not lost.',
  'Do not show the diff inline; the queue is cramped enough already.',
];
const mP3 = [
  'Reviewers make faster and fairer decisions when they know an answer has already been improved. Today the only hint is the ' +
    'comment thread, and comments are often deleted once the problem is fixed, which removes the only trace of the edit.',
];
const mComments = [
  {
    score: '6',
    text: 'Strong support. I have recommended deletion on answers that had been fixed ten minutes earlier, and only noticed afterwards.',
    user: 'Aurelio Brandt',
    date: 'Sep 24 at 14:10',
  },
  {
    score: '2',
    text: 'Would this also cover edits made while the answer was still in the queue? That seems like the case where it matters most.',
    user: 'lumen_field',
    date: 'Sep 24 at 15:02',
  },
];
const mA1 = [
  'Thanks for writing this up so clearly. We have been looking at the Late Answers queue as part of the wider review work this ' +
    'quarter, and this is a small, contained change that fits well with it.',
  'To answer the question in the comments: yes, edits made while the task is open would show up, because the line would be built ' +
    'when the reviewer loads the task rather than when the task is created.',
  'I am marking this status-review while we check how often the line would appear. If it turns up on most tasks it stops being ' +
    'useful, and we may need to limit it to edits made after the first comment.',
];
const mA2 = [
  'I would go one step further and show it in every queue that reviews answers, not just Late Answers. First Answers has exactly ' +
    'the same problem, and new users are the ones most likely to fix an answer after a comment.',
  'I agree with leaving the diff out, though. A count and a link are enough to make a reviewer look twice.',
];
const mA2Comments = [
  {
    text: 'Fair point about First Answers. I kept the request narrow on purpose, but if staff want to extend it I would not object.',
    user: 'Priya Venkataraman',
    date: 'Sep 25 at 8:44',
  },
];
const mTags = ['feature-request', 'review-queues', 'late-answers'];
const mForm = [
  'Your Answer',
  'Thanks for contributing an answer to Meta Stack Exchange!',
  'Please be sure to answer the question. Provide details and share your research!',
  'But avoid …',
  'Asking for help, clarification, or responding to other answers.',
  'Making statements based on opinion; back them up with references or personal experience.',
  'To learn more, see our tips on writing great answers.',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
const mMeta = ['Policy: generated content remains banned on this site', 'Results of the 2025 review queue survey'];
const mBlog = ['What we learned from a year of smaller moderation tools', 'Inside the team that answers your bug reports'];
const mRelated: [string, string][] = [
  ['41', 'Show the revision count in the First Answers queue'],
  ['12', 'Late Answers review: hide answers that were deleted by their author'],
  ['-3', 'Remove the Late Answers queue entirely'],
];
const mHot = [
  'Is it safe to run a dehumidifier on an extension lead overnight?',
  'Why do some clarinets have a thumb rest that can be adjusted?',
  'What does “carried by acclamation” mean in a committee report?',
];
const mFirst = ['Tour', 'Help', 'Chat', 'Contact', 'Feedback'];
const q: SePost = {
  id: '412877',
  kind: 'question',
  score: '38',
  body: `<p>${mP1[0]}</p>\n<p>${mP1[1]}</p>\n<h2>${mH[0]}</h2>\n<p>${mP2[0]}</p>\n<blockquote>\n<p>${mQuote}</p>\n</blockquote>\n<h2>${mH[1]}</h2>
<ul>${mList.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<h2>${mH[2]}</h2>\n<p>${mP3[0]}</p>`,
  tags: [...mTags, 'status-review'],
  action: 'asked <span title="2025-09-24 13:48:02Z" class="relativetime">Sep 24 at 13:48</span>',
  user: 'Priya Venkataraman',
  rep: '12.4k',
  badges: ['3', '28', '71'],
  comments: mComments,
};
const a1: SePost = {
  id: '412903',
  kind: 'answer',
  score: '21',
  body: `${mA1.map((t) => `<p>${t}</p>`).join('\n')}`,
  action: 'answered <span title="2025-09-25 16:20:11Z" class="relativetime">Sep 25 at 16:20</span>',
  user: 'Jordan Akintola',
  rep: '9,302',
  badges: ['2', '19', '44'],
  edited: 'edited <span title="2025-09-26 09:01:33Z" class="relativetime">Sep 26 at 9:01</span>',
  comments: [],
};
const a2: SePost = {
  id: '412889',
  kind: 'answer',
  score: '9',
  body: `${mA2.map((t) => `<p>${t}</p>`).join('\n')}`,
  action: 'answered <span title="2025-09-24 19:37:50Z" class="relativetime">Sep 24 at 19:37</span>',
  user: 'Aurelio Brandt',
  rep: '31.7k',
  badges: ['5', '60', '133'],
  comments: mA2Comments,
};
const staff = `<span class="s-badge s-badge__staff s-badge__xs" title="Staff">Staff</span>`;
const form = `<form id="post-form" action="/questions/412877/answer/submit" method="post" class="js-add-answer-component post-form">
<h2 class="space">${mForm[0]}</h2><div id="post-editor" class="post-editor js-post-editor"><div class="ps-relative"><div class="wmd-container mb8">
<div id="wmd-button-bar" class="wmd-button-bar btr-sm"></div><div class="js-stacks-validation"><div class="ps-relative">
<textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" data-post-type-id="2" cols="92" rows="15"
aria-labelledby="your-answer-header" disabled data-min-length></textarea></div></div></div></div></div>
<div class="js-answer-help d-none s-notice s-notice__warning"><p>${mForm[1]}</p><ul><li>${mForm[2]}</li></ul><p>${mForm[3]}</p><ul><li>${mForm[4]}</li>
<li>${mForm[5]}</li></ul><p>${mForm[6]}</p></div><div class="js-login-or-post mt16"><div class="d-flex gsx gs48 md:fd-column"><div class="flex--item">
<h2 class="fs-body3 mb8">${mForm[7]}</h2><div class="d-flex fd-column gs8 gsy"><a class="flex--item s-btn s-btn__icon s-btn__google bar-md ba
bc-black-100" href="/users/login?returnurl=%2fq%2f412877">${mForm[8]}</a><a class="flex--item s-btn s-btn__icon s-btn__github bar-md ba bc-black-100"
href="/users/signup">${mForm[9]}</a></div></div><div class="flex--item"><h2 class="fs-body3 mb8">${mForm[10]}</h2><div class="d-flex fd-column gs8 gsy">
<label class="s-label" for="display-name">${mForm[11]}</label><input id="display-name" class="s-input" type="text"><label class="s-label" for="m-address">
${mForm[12]}</label><p class="s-description">${mForm[13]}</p><input id="m-address" class="s-input" type="email"></div></div></div></div>
<div class="form-submit cbt grid gsx gs4 p0 mt32"><button id="submit-button" class="flex--item s-btn s-btn__filled s-btn__icon ws-nowrap" type="submit"
disabled>${mForm[14]}</button><button class="flex--item s-btn s-btn__danger discard-answer dno">${mForm[15]}</button></div><div class="js-general-error"></div>
<p class="mt32 fs-caption fc-black-500">By clicking “Post Your Answer”, you agree to our <a href="https://stackoverflow.com/legal/terms-of-service/public"
name="tos" target="_blank">terms of service</a> and acknowledge you have read our <a href="https://stackoverflow.com/legal/privacy-policy" name="privacy"
target="_blank">privacy policy</a>.</p></form>`;
const qHtml = sePost(q).replace(
  '<a href="/questions/tagged/status-review" class="s-tag post-tag',
  '<a href="/questions/tagged/status-review" class="s-tag s-tag__moderator post-tag',
);
const mHtml = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head>
<title>feature request - ${mTitle} - Meta Stack Exchange</title>
<link rel="canonical" href="https://meta.stackexchange.com/questions/412877/let-reviewers-see-whether-an-answer-was-edited-by-its-author">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:site_name" content="Meta Stack Exchange"><meta property="og:title" content="${mTitle}">
<meta name="twitter:description" property="og:description" content="When a late answer lands in the review queue, the reviewer sees the current revision.">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.12.4/jquery.min.js"></script>
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/stackexchangemeta/primary.css?v=2b1e0f9d7c3a">
<script>StackExchange.init({"locale":"en","routeName":"Questions/Show","site":{"name":"Meta Stack Exchange","isChildMeta":false},
"user":{"fkey":"","isAnonymous":true}});</script></head>
<body class="question-page unified-theme">
${seHeader('Meta Stack Exchange', 'https://meta.stackexchange.com')}
<div class="container">${seLeftSidebar()}
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/412877/let-reviewers-see-whether-an-answer-was-edited" class="question-hyperlink">${mTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask"
class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div>
</div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8"
title="2025-09-24 13:48:02Z"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2025-09-24T13:48:02">21 days ago</time></div><div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400
mr2">Modified</span>
<a href="?lastactivity" class="s-link s-link__inherit" title="2025-09-26 09:01:33Z">19 days ago</a></div><div class="flex--item ws-nowrap mb8"
title="Viewed 1,204 times">
<span class="fc-black-400 mr2">Viewed</span>
1k times</div></div><div id="mainbar" role="main" aria-label="question and answers">
${qHtml}
<div id="answers"><a name="tab-top"></a>${seAnswersHeader('2')}
${sePost(a1).replace('<span class="d-none" itemprop="name">Jordan Akintola</span>', `<span class="d-none" itemprop="name">Jordan Akintola</span>${staff}`)}
${sePost(a2)}
${form}
<h2 class="bottom-notice" data-loc="1">Not the answer you're looking for? Browse other questions tagged
<ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${mTags
  .map(
    (t) => `<li class="d-inline mr4"><a href="/questions/tagged/${t}"
class="s-tag post-tag" rel="tag">${t}</a></li>`,
  )
  .join('\n')}</ul>
or <a href="/questions/ask">ask your own question</a>.</h2></div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">${seWidget('The Overflow Blog', mBlog)}
${seWidget('Featured on Meta', mMeta)}
${seLinkedList('related', 'Related', mRelated)}
${seHot(mHot)}</div></div></div></div></div>
${seFooter('Meta Stack Exchange', 'https://meta.stackexchange.com', mFirst)}
${seConsentBanner()}
</body></html>`;
export const seMeta: TestPage = {
  html: mHtml,
  name: 'heldout152-meta-stackexchange-discussion',
  kind: 'forum',
  // the question (with its own h2s as the headings, and the quoted sample line, which is part of the post), the comments and
  // both answers are body; "asked", "answered", "edited" lines, user names, comment dates and the Asked / Modified row are
  // bylines; the "Staff" badge, scores, reputation, tags (with "status-review"), the answer form and its hidden tips, the
  // rails, footer and consent banner are furniture
  title: mTitle,
  headings: mH,
  body: [...texts(mP1), ...texts(mP2), mQuote, ...texts(mList), ...texts(mP3), ...texts(mComments.map((c) => c.text)), ...texts(mA1), ...texts(mA2)].concat(
    texts(mA2Comments.map((c) => c.text)),
  ),
  bylines: [
    'asked Sep 24 at 13:48',
    'Priya Venkataraman',
    'answered Sep 25 at 16:20',
    'edited Sep 26 at 9:01',
    'Jordan Akintola',
    'answered Sep 24 at 19:37',
    'Aurelio Brandt',
    'lumen_field',
    ...[...mComments, ...mA2Comments].map((c) => c.date),
    'Asked 21 days ago',
    'Modified 19 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...seTopbar, ...seLeftNav, ...seTeams, 'Ask Question', 'Viewed 1k times', ...mTags, 'status-review', ...sePostMenu, '38', '21', '9', '12.4k', '9,302',
    '31.7k', 'Staff', ...seSort, '2 Answers', ...mForm, "Not the answer you're looking for? Browse other questions tagged", 'ask your own question',
    'The Overflow Blog', ...mBlog, 'Featured on Meta', ...mMeta, 'Related', ...mRelated.map((r) => r[1]), 'Hot Network Questions', ...mHot,
    'more hot questions', 'Question feed', 'Meta Stack Exchange', ...mFirst, ...seFooterCompany, ...seFooterNetwork, ...seSocial,
    'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.', 'rev 2025.10.14.35120', ...seConsent,
  ])],
};
