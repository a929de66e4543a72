import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 81, file d2: a Quora question page with two answers, saved logged out (the top bar with the logo, "Search
 * Quora", "Sign In" and "Try Quora+", the question card with its "Answer", "Follow" and "Request" buttons and the "All
 * related" sort, answer cards with profile photo, name, credential and "Updated"/"Answered" times, the answer text in q-box
 * spans, view counts, upvote/comment/share buttons, a promoted answer between the two, "Related questions", the right-rail
 * footer links, the sign-up wall overlay and the QAPage JSON-LD).
 */
const qTitle = 'Is it worth learning to repair your own mechanical watches as a hobby?';
const qA1 = [
  'Yes, with one condition: start with cheap movements you are prepared to destroy.',
  'I have repaired watches for a living for almost thirty years, and most of the hobbyists who come to me with a ruined heirloom made the ' +
    'same mistake. They started on the one watch they cared about. A mechanical movement is forgiving of many things, but not of a ' +
    'slipped screwdriver on a balance spring.',
  'The path that works is simple. Buy a handful of non-working pin-lever movements for a few pounds each, a decent set of screwdrivers, ' +
    'two pairs of tweezers and a loupe. Take each movement apart and put it back together until you can do it without losing a part. ' +
    'Then learn to clean and oil one. Only after that should you touch anything with sentimental value.',
  'Is it worth it? As a way to save money, not really; the tools add up and a professional service is not that expensive. As a hobby it ' +
    'is wonderful. There is nothing quite like hearing a movement you rebuilt start ticking again.',
];
const qA2a = [
  'I took it up during a long winter three years ago, and I would say it is worth it if you enjoy slow, fiddly work and do not mind ' +
    'failing a lot at the start.',
  'A few things I wish I had known:',
];
const qA2List = [
  'Good tweezers matter more than anything else. Cheap ones will launch parts across the room, and you will not find them.',
  'Work over a white cloth or a tray with raised edges.',
  'Photograph every step while you take a movement apart. You will not remember which screw went where.',
  'Forums and the service manuals some manufacturers publish are far more useful than videos.',
];
const qA2b = [
  'My first six movements never ran again. The seventh, a 1960s hand-wound watch from a car boot sale, has been on my wrist most days ' + 'since last spring.',
];
const qCls = 'q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start';
const qP = (a: readonly string[]): string =>
  a
    .map((p) => `<p class="${qCls}" style="direction: ltr; margin-bottom: 1em;"><span style="font-weight: normal; font-style: normal;">${p}</span></p>`)
    .join('\n');
const qUl = (a: readonly string[]): string =>
  `<ul class="q-box qu-mb--small qu-pl--medium">${a.map((t) => `<li class="q-relative"><span style="font-weight: normal;">${t}</span></li>`).join('\n')}</ul>`;
interface QAnswer {
  i: number;
  name: string;
  slug: string;
  cred: string;
  when: string;
  views: string;
  up: string;
  comments: string;
  shares: string;
  html: string;
}
const qAnswers: QAnswer[] = [
  {
    i: 0,
    name: 'Ingrid Solberg',
    slug: 'Ingrid-Solberg-3',
    cred: 'Watchmaker at Solberg Urmakeri (1996–present)',
    when: 'Updated 2y',
    views: '18.4K views',
    up: '412',
    comments: '37',
    shares: '9',
    html: qP(qA1),
  },
  {
    i: 1,
    name: 'Rafael Ocampo',
    slug: 'Rafael-Ocampo-11',
    cred: 'Software engineer and weekend tinkerer',
    when: 'Answered 1y',
    views: '6.1K views',
    up: '88',
    comments: '5',
    shares: '2',
    html: qP(qA2a) + qUl(qA2List) + qP(qA2b),
  },
];
const qAnswer = (
  a: QAnswer,
): string => `<div class="q-box dom_annotate_question_answer_item_${a.i} qu-borderAll qu-borderColor--raised qu-boxShadow--small qu-mb--small
qu-bg--raised" style="border-radius: inherit;"><div class="q-box qu-pt--medium qu-px--medium qu-pb--tiny"><div class="q-box"><div class="q-flex
qu-alignItems--center">
<div class="q-box qu-mr--small"><a class="q-box" href="https://www.quora.com/profile/${a.slug}"><img class="q-image qu-display--block"
src="https://qph.cf2.quoracdn.net/main-thumb-${a.slug}-50.jpg"
alt="Profile photo for ${a.name}" width="36" height="36"></a></div><div class="q-box" style="flex: 1 1 0%;">
<div class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray_dark qu-passColorToLinks"><span class="q-inlineBlock"><a class="q-box
Link___StyledBox-t2xg9c-0
dFkjrQ puppeteer_test_link qu-color--gray_dark qu-cursor--pointer qu-hover--textDecoration--underline" href="https://www.quora.com/profile/${a.slug}">
<span>${a.name}</span></a></span></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-passColorToLinks"><span class="q-text
qu-wordBreak--break-word"><span>${a.cred}</span></span>
<span class="q-text qu-mx--tiny">·</span><a class="q-box answer_timestamp"
href="https://www.quora.com/Is-it-worth-learning-to-repair-your-own-mechanical-watches-as-a-hobby/answer/${a.slug}">
<span>${a.when}</span></a></div></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content"><div class="q-box">
<div class="q-text"><span class="q-box">
${a.html}
</span></div></div></div></div>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small"><span>${a.views}</span><span class="q-text qu-mx--tiny">·</span>
<a class="q-box" href="#">View upvotes</a></div></div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium qu-pb--small"><div class="q-flex qu-alignItems--center">
<button class="q-click-wrapper" aria-label="Upvote" role="button"><div class="q-flex"><span class="q-text">Upvote</span><span class="q-text
qu-mx--tiny">·</span>
<span class="q-text">${a.up}</span></div></button><button class="q-click-wrapper" aria-label="Downvote" role="button"></button>
<button class="q-click-wrapper" aria-label="Comment" role="button"><span class="q-text">${a.comments}</span></button>
<button class="q-click-wrapper" aria-label="Share" role="button"><span class="q-text">${a.shares}</span></button></div>
<button class="q-click-wrapper" aria-label="More" role="button"></button></div></div>`;
const qPromo = 'How a 15-minute daily habit can keep your hands steady as you age';
const qRelated = [
  'What tools do I need to start servicing vintage watches?',
  'Why do mechanical watches lose or gain time?',
  'Is it safe to open a watch case back at home?',
  'How long does a watch service last?',
];
const qFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press'];
const qWall = 'A place to share knowledge and better understand the world';
const qWallTerms = 'By continuing you indicate that you agree to Quora’s Terms of Service and Privacy Policy.';
const qLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'QAPage',
  mainEntity: {
    '@type': 'Question',
    name: qTitle,
    answerCount: 2,
    dateCreated: '2021-11-02T00:00:00',
    author: { '@type': 'Person', name: 'Quora User' },
    suggestedAnswer: qAnswers.map((a) => ({ '@type': 'Answer', author: { '@type': 'Person', name: a.name }, upvoteCount: Number(a.up) })),
  },
});
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${qTitle} - Quora</title>
<meta name="description" content="Answer (1 of 2): Yes, with one condition: start with cheap movements you are prepared to destroy.">
<meta property="og:title" content="${qTitle}"><meta property="og:site_name" content="Quora"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.quora.com/Is-it-worth-learning-to-repair-your-own-mechanical-watches-as-a-hobby">
<link rel="stylesheet" href="https://qsbr.cf2.quoracdn.net/-4-ans_frontend_assets.css.main-3b7f1.webpack">
<script type="application/ld+json">${qLd}</script>
<script async src="https://qsbr.cf2.quoracdn.net/-4-ans_frontend-relay-component-shared-5a81.webpack"></script>
</head>
<body class="q-platform--desktop"><div id="root"><div class="q-box">
<div class="q-box qu-bg--raised qu-boxShadow--medium" style="position: sticky; top: 0; z-index: 3;"><div class="q-flex qu-alignItems--center qu-px--medium"
role="navigation"><a class="q-box" href="https://www.quora.com/" aria-label="Quora"><span class="q-text qu-bold qu-color--red">Quora</span></a>
<div class="q-box qu-ml--small"><input class="q-input qu-borderRadius--small" placeholder="Search Quora" type="text" aria-label="Search Quora"></div>
<button class="q-click-wrapper qu-ml--small" role="button"><span class="q-text">Try Quora+</span></button>
<a class="q-box qu-ml--small" href="https://www.quora.com/login"><span class="q-text">Sign In</span></a></div></div>
<div class="q-box qu-mt--medium" style="max-width: 1100px; margin: 0 auto;"><div class="q-flex">
<div class="q-box" id="mainContent" style="flex: 1 1 0%;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-bg--raised qu-mb--small">
<div class="q-box qu-pt--medium qu-px--medium qu-pb--small"><div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold qu-color--gray_dark_dim
qu-passColorToLinks qu-lineHeight--regular qu-wordBreak--break-word puppeteer_test_question_title" style="box-sizing: border-box; direction: ltr;">
<span class="q-box qu-userSelect--text"><span style="background: none;">${qTitle}</span></span></div></div>
<div class="q-flex qu-px--medium qu-pb--small"><button class="q-click-wrapper" role="button"><span class="q-text">Answer</span></button>
<button class="q-click-wrapper" role="button"><span class="q-text">Follow</span><span class="q-text qu-mx--tiny">·</span><span
class="q-text">23</span></button>
<button class="q-click-wrapper" role="button"><span class="q-text">Request</span></button></div></div>
<div class="q-flex qu-justifyContent--space-between qu-py--small"><div class="q-text qu-bold">All related (38)</div>
<button class="q-click-wrapper" role="button"><span class="q-text">Sort</span></button><span class="q-text">Recommended</span></div>
${qAnswer(qAnswers[0]!)}
<div class="q-box dom_annotate_ad_promoted_answer qu-borderAll qu-borderColor--raised qu-bg--raised qu-mb--small"><div class="q-box qu-p--medium">
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light"><span>Promoted by Deftwork Hand Clinic</span></div>
<div class="q-text qu-bold qu-dynamicFontSize--regular">${qPromo}</div>
<div class="q-text qu-color--gray_light">Our occupational therapists share the exercises they give to jewellers, surgeons and model makers.</div>
<a class="q-box" href="https://www.quora.com/qemail/tc?al_imp=ad">Read More</a></div></div>
${qAnswer(qAnswers[1]!)}
</div>
<div class="q-box qu-ml--medium" style="width: 300px;"><div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium">
<div class="q-text qu-bold qu-pb--small">Related questions</div>
${qRelated.map((t) => `<div class="q-box qu-py--small"><a class="q-box puppeteer_test_link" href="#"><span class="q-text">${t}</span></a></div>`).join('\n')}
</div>
<div class="q-box qu-mt--medium qu-color--gray_light qu-dynamicFontSize--small"><ul class="q-flex qu-flexWrap--wrap">${links(qFoot, 'q-inline')}</ul>
<span>© Quora, Inc. 2025</span></div></div>
</div></div>
</div></div>
<div class="q-fixed qu-fullX qu-fullY qu-bg--overlay" role="dialog" aria-modal="true" style="top: 0; left: 0; z-index: 10;"><div class="q-box qu-bg--raised
qu-borderRadius--small qu-p--large" style="max-width: 700px; margin: 60px auto;"><div class="q-text qu-bold qu-color--red
qu-dynamicFontSize--xxlarge">Quora</div>
<div class="q-text qu-color--gray_light">${qWall}</div>
<button class="q-click-wrapper qu-borderAll" role="button"><span class="q-text">Continue with Google</span></button>
<button class="q-click-wrapper qu-borderAll" role="button"><span class="q-text">Continue with Facebook</span></button>
<button class="q-click-wrapper" role="button"><span class="q-text">Sign up with email</span></button>
<div class="q-text qu-dynamicFontSize--small">${qWallTerms}</div>
<div class="q-box"><div class="q-text qu-bold">Login</div><label class="q-text">Email</label><input type="email" placeholder="Your email">
<label class="q-text">Password</label><input type="password" placeholder="Your password"><a href="#" class="q-text">Forgot password?</a>
<button class="q-click-wrapper" role="button"><span class="q-text">Login</span></button></div></div></div>
</body></html>`;
export const quoraQuestion: TestPage = {
  html: qHtml,
  name: 'heldout81-quora-question-answers',
  kind: 'forum',
  // the question (no h1 on the page) is the title; both answers are body, list items too; the names and the "Updated 2y" /
  // "Answered 1y" links are bylines; credentials, views, vote and comment counts, the promoted answer, related questions, the
  // footer and the sign-up wall are furniture
  title: qTitle,
  headings: [],
  body: [...qA1, ...qA2a, ...qA2List, ...qA2b],
  bylines: ['Ingrid Solberg', 'Rafael Ocampo', 'Updated 2y', 'Answered 1y'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quora', 'Try Quora+', 'Sign In', 'Answer', 'Follow', '23', 'Request', 'All related (38)', 'Sort', 'Recommended', ...qAnswers.map((a) => a.cred),
    '18.4K views', '6.1K views', 'View upvotes', 'Upvote', '412', '37', '9', '88', '5', '2', 'Promoted by Deftwork Hand Clinic', qPromo,
    'Our occupational therapists share the exercises they give to jewellers, surgeons and model makers.', 'Read More', 'Related questions', ...qRelated,
    ...qFoot, '© Quora, Inc. 2025', qWall, 'Continue with Google', 'Continue with Facebook', 'Sign up with email', qWallTerms, 'Login', 'Email',
    'Password', 'Forgot password?',
  ],
};
