import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 22, file f2: a Quora question page seen logged out (React markup of q-box / q-text classes, the header with
 * the logo, search, "Try Quora+", "Sign In" and "Add question", the question title in a div, "All related (38)" with its
 * "Recommended" sort, answers with "Profile photo for ..." images, name, credential and "Updated"/"Answered" time, the
 * Upvote/Downvote/Comment/Share bar with counts, "Views", a "Sponsored by" ad card, an answer to a related question shown in
 * the feed under "Related", the "Related questions" rail, the sign-up card, the footer and QAPage JSON-LD).
 */
const qrTitle = 'Why do old stone bridges have small holes in their walls?';
const qrA1 = [
  'Those are weep holes, and they are there to let water out, not in.',
  'A stone arch bridge is really two walls, the spandrels, with the space between them filled with rubble, gravel or clay. Rain ' +
    'soaks into that fill through the road surface. If it cannot escape, two things happen: the weight of the wet fill pushes the ' +
    'spandrel walls outwards, and in winter the trapped water freezes and expands, prising the stones apart from the inside.',
  'The small openings near the bottom of the walls, often with a dark stain running down from them, let that water drain out ' +
    'before it can do either. On many bridges you will find them in the wing walls at each end as well, for the same reason.',
  'When I inspect an old bridge, a weep hole that has stopped dripping after heavy rain is one of the first things I write down. ' +
    'It usually means the hole has been blocked by silt or roots, and a blocked weep hole is often the start of a bulging wall ' +
    'a few years later.',
];
const qrA2 = [
  'To add to the other answer from the mason’s side: on older bridges some of these holes were never meant to stay. They are ' +
    'putlog holes, where the builders set the timber beams of their scaffolding into the wall and then filled them loosely, or ' +
    'not at all, when the scaffolding came down.',
  'You can usually tell them apart. Weep holes sit low down and slope outwards so that the water runs off; putlog holes are in ' +
    'neat horizontal rows higher up the wall and go straight in.',
];
const qrRelatedQ = 'How long can a stone arch bridge last?';
/** The answer to a related question shown in the feed (furniture; listed in HELDOUT22_MEASURED_LEAKS). */
export const qrRelatedA =
  'A well-built masonry arch has no real design life in the way a steel or concrete bridge does. As long as the arch stays in ' +
  'compression and water is kept out of the fill, it can carry loads for many centuries.';
const qrRail = [
  'What are the holes in the side of a retaining wall for?',
  'Why were Roman bridges built with round arches?',
  'How do engineers inspect a masonry bridge?',
  'Why do some old bridges have triangular bits on the piers?',
];
const qrFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Quora, Inc. 2025'];
const qrHead = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const qrP = (ps: readonly string[]): string =>
  ps
    .map(
      (p) => `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="box-sizing: border-box; margin-bottom: 1em;">
<span style="font-weight: normal; font-style: normal; background: none;">${p}</span></p>`,
    )
    .join('\n');
const qrAuthor = (name: string, cred: string, when: string): string => `<div class="q-flex qu-alignItems--flex-start"><div class="q-box qu-mr--small">
<img class="q-image qu-display--block" src="https://qph.cf2.quoracdn.example/main-thumb-${name.length}-50-x.jpeg" alt="Profile photo for ${name}"></div>
<div class="q-box qu-flex--auto"><div class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray_dark"><a
 class="q-box Link___StyledBox-t2xg9c-0 puppeteer_test_link
 qu-color--gray_dark qu-cursor--pointer qu-hover--textDecoration--underline" href="/profile/${name.replace(' ', '-')}"><span>${name}</span></a></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light"><span class="q-text qu-wordBreak--break-word">${cred}</span><span>·</span>
<a class="q-box answer_timestamp qu-cursor--pointer"
 href="/Why-do-old-stone-bridges-have-small-holes-in-their-walls/answer/${name.replace(' ', '-')}">${when}</a></div></div></div>`;
const qrBar = (up: string, comments: string, views: string): string => `<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-mt--small">
<div class="q-flex"><button class="q-click-wrapper puppeteer_test_votable_upvote_button" aria-label="Upvote" role="button"><span>Upvote</span>
<span class="q-text qu-whiteSpace--nowrap"> · ${up}</span></button><button class="q-click-wrapper" aria-label="Downvote"></button>
<button class="q-click-wrapper" aria-label="Comment"><span>${comments}</span></button><button class="q-click-wrapper"
 aria-label="Share"><span>Share</span></button></div>
<div class="q-text qu-color--gray_light">${views}</div></div>`;
const qrAnswer = (inner: string): string => `<div class="q-box dom_annotate_question_answer_item_0 qu-borderAll qu-borderRadius--small qu-borderColor--raised
 qu-boxShadow--small qu-mb--small qu-bg--raised"><div class="q-box qu-pt--medium qu-px--medium">${inner}</div></div>`;
const qrHeadLinks = qrHead
  .map((t) => `<a class="q-box qu-px--small" href="/${t.toLowerCase()}" aria-label="${t}"><span class="q-text">${t}</span></a>`)
  .join('');
const qrRailLinks = qrRail
  .map((t) => `<div class="q-box qu-mb--small"><a class="q-box" href="/${t.replace(/\W+/g, '-')}"><span class="q-text">${t}</span></a></div>`)
  .join('');
const qrHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${qrTitle} - Quora</title>
<meta name="description" content="Answer (1 of 5): Those are weep holes, and they are there to let water out, not in.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qrTitle}","answerCount":5,
"suggestedAnswer":[{"@type":"Answer","text":"Those are weep holes, and they are there to let water out, not in. A stone arch bridge is really two walls...",
"author":{"@type":"Person","name":"Eleanor Whitby"},"upvoteCount":2300}]}}</script>
<link rel="stylesheet" href="https://qsf.cf2.quoracdn.example/-4-ans_frontend_assets.css"></head>
<body class="unified_layout"><div id="root"><div class="q-box"><noscript><div
 class="q-text">Please enable JavaScript and refresh the page to continue</div></noscript>
<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom"><div class="q-flex qu-alignItems--center qu-px--medium">
<a class="q-box qu-mr--medium" href="/" aria-label="Quora"><span class="q-text">Quora</span></a>
<nav class="q-flex">${qrHeadLinks}</nav>
<div class="q-box qu-flex--auto"><input class="q-input qu-bg--gray_ultralight" placeholder="Search Quora" type="text"></div>
<a class="q-box qu-mr--small" href="/quoraplus"><span class="q-text qu-color--blue">Try Quora+</span></a>
<a class="q-box qu-mr--small" href="/login"><span class="q-text">Sign In</span></a>
<button class="q-click-wrapper qu-bg--red qu-borderRadius--pill"><span class="q-text qu-color--white">Add question</span></button></div></div>
<div class="q-box qu-pt--large qu-px--medium"><div class="q-flex"><div class="q-box qu-flex--auto" style="max-width: 632px;">
<div class="q-box qu-mb--medium qu-borderBottom"><div class="q-text qu-dynamicFontSize--xlarge qu-bold qu-color--gray_dark_dim qu-passColorToLinks
 puppeteer_test_question_title"><span class="q-box qu-userSelect--text"><span>${qrTitle}</span></span></div>
<div class="q-flex qu-mt--small"><button class="q-click-wrapper"><span class="q-text">Answer</span></button>
<button class="q-click-wrapper"><span class="q-text">Follow · 212</span></button><button class="q-click-wrapper"><span
 class="q-text">Request</span></button></div></div>
<div class="q-flex qu-justifyContent--space-between qu-mb--small"><div class="q-text qu-bold">All related (38)</div>
<div class="q-text qu-color--gray">Sort <span class="qu-bold">Recommended</span></div></div>
${qrAnswer(`${qrAuthor('Eleanor Whitby', 'Chartered civil engineer, bridge inspection (2009–present)', 'Updated 1y')}
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word">${qrP(qrA1)}</div></div>
${qrBar('2.3K', '41', 'Views: 96,218')}`)}
<div class="q-box qu-mb--small qu-bg--raised qu-borderAll" data-ad="true"><div class="q-text qu-color--gray_light qu-dynamicFontSize--small">Sponsored by
 Northway Home Cover</div><div class="q-text qu-bold">Is your home insured against subsidence?</div>
<div class="q-text">Cracks in an older house are often harmless. Find out when they are not, and what your policy covers.</div>
<a class="q-box qu-borderRadius--pill qu-borderAll" href="https://ads.example/nw" rel="noopener nofollow"><span>Learn More</span></a></div>
${qrAnswer(`${qrAuthor('Tomasz Grabowski', 'Stonemason, 20 years on heritage structures', 'Answered 2y')}
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word">${qrP(qrA2)}</div></div>
${qrBar('486', '7', 'Views: 21,740')}`)}
${qrAnswer(`<div class="q-text qu-dynamicFontSize--small qu-color--gray_light">Related</div>
<div class="q-text qu-bold"><a href="/How-long-can-a-stone-arch-bridge-last">
${qrRelatedQ}</a></div>${qrAuthor('Priya Nair', 'Structural engineer', 'Answered 3y')}
<div class="q-box spacing_log_answer_content"><div
 class="q-text qu-wordBreak--break-word">${qrP([qrRelatedA])}</div></div>${qrBar('1.1K', '12', 'Views: 48,300')}`)}
</div><div class="q-box qu-ml--large" style="width: 368px;"><div class="q-box qu-borderAll qu-bg--raised qu-mb--small">
<div class="q-text qu-bold qu-borderBottom qu-p--medium">Related questions</div>
<div class="q-box qu-p--medium">${qrRailLinks}
<a class="q-box" href="/topic/Bridges"><span class="q-text qu-color--blue">More Related Questions</span></a></div></div>
<div class="q-box qu-borderAll qu-bg--raised qu-p--medium"><div class="q-text qu-bold">Join Quora to read more answers</div>
<button class="q-click-wrapper"><span>Continue with Google</span></button><button class="q-click-wrapper"><span>Sign up with email</span></button>
<div class="q-text qu-dynamicFontSize--xsmall">By continuing you agree to the Terms of Service and Privacy Policy.</div></div>
<div class="q-text qu-dynamicFontSize--xsmall qu-color--gray_light qu-mt--medium">${qrFoot.join('<span> · </span>')}</div></div></div></div></div></div>
<script>window.ansFrontendGlobals = window.ansFrontendGlobals || {}; window.ansFrontendGlobals.data = {"qid":"18804412","locale":"en"};</script></body></html>`;
export const quoraQuestion: TestPage = {
  html: qrHtml,
  name: 'heldout22-quora-question',
  kind: 'forum',
  // the question (a div, not a heading) is the title; the two answers to it are the article: body; each answer's author
  // name, credential line and "Updated"/"Answered" time are bylines; the answer to a related question shown in the feed
  // under "Related" is not an answer to this question: its question, author lines and text are furniture (Priya Nair's
  // name, credential and time included), as are the vote bars, view counts, the sponsored card, the profile-photo alt
  // texts (attributes: not in the text), "All related (38)", the sort, question buttons, the rail, the sign-up card, the
  // header and footer; the upvote counts are " · 2.3K" fragments, listed bare
  title: qrTitle,
  headings: [],
  body: [...texts(qrA1), ...texts(qrA2)],
  bylines: [
    'Eleanor Whitby',
    'Chartered civil engineer, bridge inspection (2009–present)',
    'Updated 1y',
    'Tomasz Grabowski',
    'Stonemason, 20 years on heritage structures',
    'Answered 2y',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Please enable JavaScript and refresh the page to continue', 'Quora', ...qrHead, 'Try Quora+', 'Sign In', 'Add question', 'Follow · 212', 'Request',
    'All related (38)', 'Sort', 'Recommended', 'Upvote', '2.3K', 'Share', 'Views: 96,218', 'Sponsored by Northway Home Cover',
    'Is your home insured against subsidence?', 'Cracks in an older house are often harmless. Find out when they are not, and what your policy covers.',
    'Learn More', '486', 'Views: 21,740', 'Related', qrRelatedQ, 'Priya Nair', 'Structural engineer', 'Answered 3y', qrRelatedA, '1.1K', 'Views: 48,300',
    'Related questions', ...qrRail, 'More Related Questions', 'Join Quora to read more answers', 'Continue with Google', 'Sign up with email',
    'By continuing you agree to the Terms of Service and Privacy Policy.', ...qrFoot,
  ],
};
