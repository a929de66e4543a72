import { links, type TestPage, texts } from './page-kit.js';
import { reddit } from './pages-heldout265-b2.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file b: a Quora answer page (React markup with q-box / qu- utility classes and no h1: the question
 * title sits in a q-text div; the answerer's credential line, "Updated" date, view and upvote counts, share and comment
 * buttons, a "Promoted by" ad, "Related questions" and "Related spaces" rails, the sign-in wall) and, from file b2, a
 * new-Reddit (shreddit) thread.
 */
const title = 'Why do old stone houses in the mountains have such small windows?';
const answer = [
  j(
    'I grew up in one, a 1790s farmhouse in the Tessaval valley, and I have spent the last twenty years restoring houses',
    'like it, so I can give you the practical answer rather than the romantic one.',
  ),
  j(
    'The short version: glass was expensive, walls were structural, and heat was precious. Each of those on its own would',
    'push a builder towards small openings. Together they made a big window almost unthinkable.',
  ),
  j(
    '<b>Glass.</b> Until the late nineteenth century, window glass in the high valleys had to be carried up by mule. A single pane cost about what a',
    'labourer earned in a week. A farmer with four small windows was doing well.',
  ),
  j(
    '<b>The walls carry everything.</b> These houses have rubble-stone walls sixty to ninety centimetres thick, laid with',
    'lime mortar. Every opening weakens the wall and needs a lintel, which was a single long stone or an oak beam. Long',
    'stones were hard to find and harder to lift, so the width of a window was often decided by the biggest lintel the',
    'family could get into place.',
  ),
  j(
    '<b>Heat.</b> A single-glazed window loses heat many times faster than the same area of thick stone. In a house heated',
    'by one hearth and, in the worst months, by the animals stabled on the ground floor, every square metre of glass was',
    'a square metre of cold.',
  ),
  j(
    'There is also a fourth, less obvious reason: light was not wanted everywhere. The ground floor was a stable and a',
    'store, and the upper rooms were for sleeping. People worked outside in daylight. The only room that really needed',
    'light was the kitchen, and you will often find that it has the one larger window, facing south.',
  ),
  j(
    'When we restore these houses today, owners almost always ask us to enlarge the windows. We usually talk them out of',
    'it. Cutting a bigger opening in a wall of that age risks cracking the whole facade, and the small deep windows are',
    'what keep the rooms cool in summer. Instead we add light with a glazed door on the south side or a roof light',
    'where the structure allows.',
  ),
  'So the small windows are not a sign of poverty or gloom. They are a sensible answer to the materials and the climate the builders had.',
];
const related = [
  'Why were medieval houses built with the upper floor sticking out?',
  'How thick should a stone wall be for a two-storey house?',
  'What is the best way to insulate an old stone cottage?',
  'Why do Alpine houses have such wide roofs?',
];
const spaces = ['Vernacular Architecture', 'Old House Restoration'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} - Quora</title>
<meta name="description" content="Answer (1 of 14): I grew up in one, a 1790s farmhouse in the Tessaval valley."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}",
"answerCount":14}}</script>
<script>window.ansFrontendGlobals={"data":{"isLoggedIn":false},"experiments":{"signupWall":"hard"}};</script>
<link rel="stylesheet" href="https://qsf.fs.quoracdn.example/-4-ans_frontend-main.css"></head>
<body class="q-platform--desktop"><div id="root"><div class="q-box"><div class="q-box qu-bg--raised qu-borderBottom"><div class="q-flex qu-alignItems--center">
<a class="q-box qu-cursor--pointer" href="https://www.quora.example/"><span class="q-text">Quora</span></a>
<div class="q-box qu-ml--small"><a class="q-box" href="/" aria-label="Home"><span class="q-text">Home</span></a>
<a class="q-box" href="/answer"><span class="q-text">Answer</span></a><a class="q-box" href="/spaces"><span class="q-text">Spaces</span></a></div>
<input class="q-input qu-borderRadius--pill" placeholder="Search Quora"><button class="q-click-wrapper"><div class="q-text">Sign In</div></button></div></div>
<div class="q-box qu-mt--medium"><div class="q-flex"><div class="q-box" style="width: 572px;"><div class="q-box qu-borderAll qu-bg--raised">
<div class="q-box qu-p--medium"><div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold qu-color--gray_dark_dim qu-passColorToLinks">
<span class="q-box qu-userSelect--text"><span>${title}</span></span></div></div>
<div class="q-box dom_annotate_question_answer_item_0 qu-borderTop qu-pt--medium"><div class="q-flex qu-mb--small">
<div class="q-inlineFlex"><img class="q-image" alt="Profile photo for Ottavia Brenn" src="https://qph.cf2.quoracdn.example/main-thumb-1.jpg"></div>
<div class="q-box qu-ml--small"><div class="q-text qu-bold"><a class="q-box" href="/profile/Ottavia-Brenn"><span>Ottavia Brenn</span></a></div>
<div class="q-text qu-color--gray_light"><span class="q-box">Restorer of mountain farmhouses since 2006</span><span> · </span>
<a class="q-box" href="/answer/Ottavia-Brenn"><span>Updated 2y</span></a></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content"><div class="q-text
qu-wordBreak--break-word">
<span class="q-box qu-userSelect--text">${answer
  .map(
    (p) => `<p class="q-text qu-display--block qu-wordBreak--break-word
qu-textAlign--start">${p}</p>`,
  )
  .join('\n')}</span>
</div></div></div>
<div class="q-text qu-color--gray_light qu-mt--small"><span>6.8K views</span><span> · </span><span>View upvotes</span><span> · </span><span>View 2
shares</span></div>
<div class="q-flex qu-mt--small"><button class="q-click-wrapper" aria-label="Upvote"><span class="q-text">Upvote · 312</span></button>
<button class="q-click-wrapper" aria-label="Downvote"></button><button class="q-click-wrapper"><span class="q-text">Comments</span></button>
<button class="q-click-wrapper"><span class="q-text">Share</span></button></div></div>
<div class="q-box qu-borderTop qu-p--medium dom_annotate_ad_promoted_answer"><div class="q-text qu-color--gray_light">Promoted by Kestrel Glazing</div>
<div class="q-text qu-bold">Are triple-glazed sash windows worth it in an old house?</div>
<div class="q-text">Our slim triple glazing fits original frames and keeps the look of the facade. Book a free survey this month.</div>
<a class="q-box" href="https://kestrelglazing.example/"><span class="q-text">Learn more</span></a></div>
<div class="q-box qu-borderTop qu-p--medium"><button class="q-click-wrapper"><span class="q-text">Continue Reading</span></button></div></div></div>
<div class="q-box qu-ml--large" style="width: 368px;"><div class="q-box qu-borderAll qu-p--medium"><div class="q-text qu-bold">Related questions</div>
<ul class="q-box">${links(related, 'q-box qu-py--small')}</ul><div class="q-text qu-bold qu-mt--medium">Related spaces</div>
<ul class="q-box">${links(spaces, 'q-box')}</ul></div>
<div class="q-text qu-color--gray_light qu-mt--medium">About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · © Quora, Inc.
2026</div>
</div></div></div>
<div class="q-fixed qu-bottom--0 signup_wall_wrapper"><div class="q-box qu-bg--raised qu-p--large"><div class="q-text qu-bold">Sign up to read the rest of
this answer</div>
<div class="q-text">Join Quora to find more answers from people who know.</div><button class="q-click-wrapper"><div class="q-text">Continue with
Google</div></button>
<button class="q-click-wrapper"><div class="q-text">Sign up with email</div></button></div></div></div></div>
<script>window.__ANS_DATA__={"qid":"QuestionAnswerPage","aid":"83710024"};</script></body></html>`;
const quora: TestPage = {
  name: 'heldout265-quora-answer',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts(answer),
  bylines: ['Ottavia Brenn', 'Updated 2y'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quora', 'Home', 'Answer', 'Spaces', 'Sign In', 'Restorer of mountain farmhouses since 2006', '6.8K views', 'View upvotes', 'View 2 shares', 'Upvote · 312',
    'Comments', 'Share', 'Promoted by Kestrel Glazing', 'Are triple-glazed sash windows worth it in an old house?',
    'Our slim triple glazing fits original frames and keeps the look of the facade. Book a free survey this month.', 'Learn more', 'Continue Reading',
    'Related questions', ...related, 'Related spaces', ...spaces,
    'About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · © Quora, Inc. 2026', 'Sign up to read the rest of this answer',
    'Join Quora to find more answers from people who know.', 'Continue with Google', 'Sign up with email',
  ],
};

export const HELDOUT265_B: readonly TestPage[] = [quora, reddit];
