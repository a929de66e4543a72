import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 75, file e2: a Quora question page (the React "q-box"/"qu-" utility markup with no h1: the question title is
 * a div; the header with "Home", "Following", "Answer", "Spaces", "Notifications", search, "Try Quora+" and "Add question",
 * the question's "Answer", "Follow" and "Request" buttons, "All related" with its sort, three answers with author names,
 * credentials, dates, "Upvote" bars, comment and share counts, views and "View upvotes", a "Promoted by" answer between
 * answers with "Continue Reading", the inline "More answers below" list, the "Related questions" rail and the rail footer).
 */
interface QaAnswer {
  name: string;
  cred: string;
  date: string;
  html: string;
  up: string;
  comments: string;
  shares: string;
  views: string;
}
const qaTitle = 'Is it worth learning to touch type properly as an adult?';
const qa1 = [
  'Yes, and it’s one of the few skills I can think of where the payoff is almost guaranteed.',
  'I learned at 31, after years of typing with four fingers and looking at the keys. My speed actually dropped for the first three weeks, ' +
    'from about 45 words per minute to barely 20, and I nearly gave up twice. By the second month I was back to 45, and by the end of ' +
    'the year I was over 80 without looking down once.',
  'The speed isn’t even the main benefit. The real change is that your eyes stay on the screen, so you catch mistakes as you make them ' +
    'and you don’t lose your train of thought hunting for the apostrophe.',
  'What worked for me:',
];
const qa1List = [
  'Fifteen minutes a day, every day, rather than an hour at weekends',
  'Covering my hands with a tea towel for the first fortnight',
  'Switching completely instead of touch typing only when I remembered',
];
const qa2 = [
  'It depends on how much you type. I’m a programmer, and honestly typing speed has never been the bottleneck in my work. Most of my day ' +
    'is reading code and thinking.',
  'That said, I did learn properly in my late twenties and I don’t regret it. The biggest win for me was comfort: I used to get a sore ' +
    'wrist from stretching my right hand across the keyboard, and that stopped once I used all ten fingers and kept my hands on the home row.',
  'If you spend less than an hour a day typing, I’d say it’s nice to have but not life-changing.',
];
const qa3 = [
  'I taught typing to teenagers and to adult evening classes for years. Adults learn slower at first but they stick with it better, ' +
    'because they know why they’re doing it.',
  'The most common mistake I saw was people practising with random letter drills for weeks. Move on to real sentences as soon as you ' +
    'know where the keys are. Typing out a page of a book you enjoy is far more useful than another line of ‘asdf jkl;’.',
  'And don’t worry about your speed for the first month. Accuracy first, speed follows.',
];
const qaP = (paras: readonly string[]): string =>
  ps(
    paras.map((p) => `<span>${p}</span>`),
    ' class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"',
  );
const qaAnswers: QaAnswer[] = [
  {
    name: 'Della Okafor',
    cred: 'Court reporter for 14 years',
    date: 'Updated 2y',
    html: `${qaP(qa1)}\n<ul>${qa1List.map((t) => `<li><span>${t}</span></li>`).join('\n')}</ul>`,
    up: '1.4K',
    comments: '24',
    shares: '9',
    views: '18.2K views',
  },
  {
    name: 'Rafael Menon',
    cred: 'Software developer',
    date: 'Answered Mar 3, 2023',
    html: qaP(qa2),
    up: '312',
    comments: '6',
    shares: '2',
    views: '4.1K views',
  },
  {
    name: 'Ingrid Sallow',
    cred: 'Former secondary school IT teacher',
    date: '3y',
    html: qaP(qa3),
    up: '88',
    comments: '3',
    shares: '1',
    views: '2.7K views',
  },
];
const qaNav = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const qaHead = ['Search Quora', 'Try Quora+', 'Add question'];
const qaQuestionBar = ['Answer', 'Follow', 'Request', 'All related (37)', 'Recommended'];
const qaPromo = [
  'Promoted by Keyflow',
  'Keyflow',
  'Typing lessons that adapt to you',
  'What’s the fastest way to learn touch typing in 2025?',
  'Our adaptive lessons find the keys you miss most and drill them in short daily sessions. Most learners double their accuracy in the first two weeks.',
  'Continue Reading',
  'Try it free',
];
const qaMore = ['More answers below', 'How long does it take to learn touch typing?', 'Is 60 WPM a good typing speed?'];
const qaRelated = [
  'Related questions',
  'How long does it take to learn touch typing?',
  'Is 60 WPM a good typing speed?',
  'What is the best free typing tutor?',
  'Should I learn Dvorak instead of QWERTY?',
  'Does typing fast make you a better programmer?',
];
const qaFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Quora, Inc. 2025'];
const qaBtn = (
  label: string,
  count = '',
): string => `<button class="q-click-wrapper qu-active--textDecoration--none ClickWrapper___StyledClickWrapperBox-zoqi4f-0"
role="button" tabindex="0"><div class="q-flex qu-alignItems--center"><div class="q-text qu-dynamicFontSize--small">${label}${
  count === ''
    ? ''
    : `<span> ·
</span>${count}`
}</div>
</div></button>`;
const qaAnswer = (a: QaAnswer, i: number): string => `<div class="q-box dom_annotate_question_answer_item_${i} qu-borderAll qu-borderColor--raised
qu-boxShadow--small qu-mb--small qu-bg--raised"><div class="q-box qu-pt--medium qu-px--medium"><div class="q-flex qu-alignItems--center">
<div class="q-box qu-mr--small"><img class="q-image qu-display--block" src="https://qph.cf2.quoracdn.net/main-thumb-${i}-50-abc.jpeg"
alt="Profile photo for ${a.name}"></div>
<div class="q-box"><div class="q-text qu-bold"><a class="q-box Link___StyledBox-t2xg9c-0 puppeteer_test_link" href="/profile/${a.name.replace(' ', '-')}">
<span class="q-text qu-wordBreak--break-word">${a.name}</span></a></div>
<div class="q-text qu-color--gray qu-fontSize--small"><span class="CssComponent__CssInlineComponent-sc-1oskqb9-1">${a.cred}</span><span> · </span>
<a class="q-box answer_timestamp" href="/Is-it-worth-learning-to-touch-type/answer/${a.name.replace(' ', '-')}">${a.date}</a></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content">
<div class="q-text qu-wordBreak--break-word"><span class="q-box qu-userSelect--text">${a.html}</span></div></div></div>
<div class="q-text qu-color--gray qu-fontSize--small qu-mt--small"><span>${a.views}</span><span> · </span><span>View upvotes</span>
${a.shares === '1' ? '' : `<span> · </span><span>View ${a.shares} shares</span>`}</div></div>
<div class="q-flex qu-justifyContent--space-between qu-px--medium qu-py--small"><div class="q-flex" role="toolbar">${qaBtn('Upvote', a.up)}
${qaBtn('<span class="qu-visually-hidden">Downvote</span>')}${qaBtn('<span class="qu-visually-hidden">Comment</span>', a.comments)}
${qaBtn('<span class="qu-visually-hidden">Share</span>', a.shares)}</div></div></div>`;
const qaHtml = `<!DOCTYPE html>
<html lang="en" class="AppHTML"><head><meta charset="utf-8"><title>Is it worth learning to touch type properly as an adult? - Quora</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Quora"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.quora.com/Is-it-worth-learning-to-touch-type-properly-as-an-adult">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qaTitle}","answerCount":3,
"suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person","name":"Della Okafor"},"upvoteCount":1400}]}}</script>
<link rel="stylesheet" href="https://qsbr.cf2.quoracdn.net/-4-ans_frontend_assets.css.main.css-26-53e3b5dc1.css">
<script nonce="lBx6">window.ansFrontendGlobals = window.ansFrontendGlobals || {};window.ansFrontendGlobals.settings = {"locale":"en"};</script></head>
<body class="q-platform--desktop"><div id="root"><div class="q-box">
<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom qu-boxShadow--medium"><div class="q-flex qu-alignItems--center">
<a class="q-box" href="/" aria-label="Quora home"><svg width="89" height="50"><title>Quora</title></svg></a><nav class="q-flex" role="navigation">
${qaNav
  .map(
    (t) => `<a class="q-box qu-px--small" href="/${t.toLowerCase()}" aria-label="${t}"><span
class="q-text qu-visually-hidden">${t}</span></a>`,
  )
  .join('\n')}</nav>
<div class="q-box qu-flex--auto"><label class="q-text qu-visually-hidden" for="search-input">${qaHead[0]}</label><input id="search-input" class="q-input"
placeholder="${qaHead[0]}"></div>
<button class="q-click-wrapper qu-bg--gold"><div class="q-text">${qaHead[1]}</div></button><button class="q-click-wrapper qu-bg--red"><div class="q-text">
${qaHead[2]}</div></button></div></div>
<div class="q-box qu-pt--huge" id="mainContent"><div class="q-flex qu-justifyContent--center"><div class="q-box qu-width--600">
<div class="q-box qu-borderAll qu-p--medium qu-bg--raised"><div class="q-text puppeteer_test_question_title"><span class="q-box qu-userSelect--text">
<span>${qaTitle}</span></span></div>
<div class="q-flex qu-mt--small">${qaBtn(qaQuestionBar[0]!)}${qaBtn(qaQuestionBar[1]!)}${qaBtn(qaQuestionBar[2]!)}</div></div>
<div class="q-flex qu-justifyContent--space-between qu-py--small"><div class="q-text qu-bold">${qaQuestionBar[3]}</div>
<button class="q-click-wrapper"><div class="q-text">${qaQuestionBar[4]}</div></button></div>
${qaAnswer(qaAnswers[0]!, 0)}
<div class="q-box qu-borderAll qu-p--medium qu-mb--small"><div class="q-text qu-bold">${qaMore[0]}</div><ul class="q-box">${qaMore
  .slice(1)
  .map((t) => `<li><a class="q-box" href="/${t.replace(/\W+/g, '-')}"><span class="q-text">${t}</span></a></li>`)
  .join('\n')}</ul></div>
<div class="q-box dom_annotate_ad_promoted_answer qu-borderAll qu-p--medium qu-mb--small"><div class="q-text qu-color--gray">${qaPromo[0]}</div>
<div class="q-flex"><img src="https://qph.cf2.quoracdn.net/main-keyflow-logo.jpeg" alt="Keyflow"><div><div class="q-text qu-bold">${qaPromo[1]}</div>
<div class="q-text qu-color--gray">${qaPromo[2]}</div></div></div><div class="q-text qu-bold qu-mt--small">${qaPromo[3]}</div>
<p class="q-text">${qaPromo[4]}</p><div class="q-flex"><button class="q-click-wrapper"><div class="q-text">${qaPromo[5]}</div></button>
<a class="q-click-wrapper qu-bg--blue" href="https://keyflow.example/?utm_source=quora" rel="nofollow noopener">${qaPromo[6]}</a></div></div>
${qaAnswer(qaAnswers[1]!, 1)}
${qaAnswer(qaAnswers[2]!, 2)}
</div><div class="q-box qu-width--300 qu-ml--medium"><div class="q-box qu-borderAll qu-bg--raised"><div
class="q-text qu-bold qu-p--medium">${qaRelated[0]}</div>
<ul>${qaRelated
  .slice(1)
  .map((t) => `<li class="q-box qu-px--medium qu-py--small"><a href="/${t.replace(/\W+/g, '-')}" class="q-box"><span class="q-text">${t}</span></a></li>`)
  .join('\n')}</ul></div>
<div class="q-text qu-color--gray qu-fontSize--small qu-mt--medium">${qaFoot
  .map(
    (t) => `<a
href="/about/${t.toLowerCase().replace(/\W+/g, '')}">${t}</a>`,
  )
  .join(' · ')}</div>
</div></div></div></div></div>
<script nonce="lBx6" src="https://qsbr.cf2.quoracdn.net/-4-ans_frontend-relay-component-vendor.js" defer></script></body></html>`;
export const quoraQuestion: TestPage = {
  html: qaHtml,
  name: 'heldout75-quora-answers',
  kind: 'forum',
  // all three answers (the first one's list too) are body; the question text (a div, no h1) is the title; author names and
  // answer dates are bylines; credentials, "Upvote" counts, hidden button labels, comment and share counts, views, "View
  // upvotes" and "View n shares", the promoted answer, "More answers below" and its questions, "Related questions", header and
  // rail footer are furniture; the nav's "Answer" and the question's "Answer" button are one text, listed once
  title: qaTitle,
  headings: [],
  body: texts([...qa1, ...qa1List, ...qa2, ...qa3]),
  bylines: qaAnswers.flatMap((a) => [a.name, a.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quora', ...qaNav, ...qaHead, ...qaQuestionBar.slice(1), 'Upvote', '1.4K', '312', '88', 'Downvote', 'Comment', 'Share', '24', '6', '9', '3', '2',
    ...qaAnswers.map((a) => a.cred), ...qaAnswers.map((a) => a.views), 'View upvotes', 'View 9 shares', 'View 2 shares', ...qaPromo, qaMore[0]!,
    ...qaRelated, ...qaFoot,
  ],
};
