import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 152, file e2: an answer page on "Askwell", a Q&A site cloned from Quora's front end (the q-box / q-text /
 * qu-* utility classes, no h1: the question sits in a "puppeteer_test_question_title" div), as a signed-out visitor saves
 * it: the header with icon nav, search and "Sign In", the question title with its follow / request / answer buttons and
 * answer count, the featured answer with the author's credential, "Updated" time and "Upvoted by" line, views, upvote and
 * share counts, the "Sponsored by" ad card between answers, "More answers below", two further answers, the "Related
 * questions" rail with "More answers below" links, the footer links and the hidden sign-up wall with its login form.
 */
const qwTitle = 'Why do car ferries load vehicles from the back but let them off from the front?';
interface QwAnswer {
  name: string;
  cred: string;
  time: string;
  upvoted?: string | undefined;
  views: string;
  ups: string;
  shares: string;
  paras: readonly string[];
}
const qwAnswers: readonly QwAnswer[] = [
  {
    name: 'Hallvard Sæther',
    cred: 'Former chief engineer on roll-on/roll-off ferries (1998–2019)',
    time: 'Updated 2y',
    upvoted: 'Upvoted by Lena Marsh, M.Sc. Naval Architecture, Strathmoor University',
    views: '48.2K views',
    ups: '1.1K',
    shares: '36',
    paras: [
      'On most of the ferries I worked on, it was not a rule of the ship but of the two ports. A drive-through ferry has a door at each ' +
        'end, and the ship simply berths the same way round at both ends of the route. You drive on at the stern in one port, the ' +
        'ship crosses without turning, and you drive off at the bow in the other.',
      'The reason for that is time. Turning a large ferry in a small harbour can take fifteen or twenty minutes, and on a short crossing ' +
        'that is a big share of the day. If nobody has to reverse a lorry and the ship never has to turn, a crew can load and unload ' +
        'three hundred vehicles in well under an hour.',
      'It also explains why you are sometimes asked to reverse on at smaller ports. Those berths only have a ramp for one end of the ' +
        'ship, so everybody has to leave the way they came in, and the only way to make that work is to park facing the door.',
      'One more thing people rarely notice: the bow door is not just a door. Behind it there is a second, watertight ramp, and the ' +
        'ship will not sail unless both are shut and the bridge has a green light for each.',
    ],
  },
  {
    name: 'Corinne Abara',
    cred: 'Port operations planner',
    time: '3y',
    views: '6.9K views',
    ups: '212',
    shares: '4',
    paras: [
      'From the port side of things, the lanes are planned around that too. Lorries that are going furthest are loaded first, so they ' +
        'end up nearest the bow door and come off first on the other side. Cars and caravans fill in around them.',
      'If you have ever been waved into a lane that seemed to make no sense, it was probably because of where you were getting off, ' +
        'or how heavy your vehicle was, and not because the person with the flag had lost track.',
    ],
  },
  {
    name: 'Dev Rastogi',
    cred: 'Travels by sea far more than is sensible',
    time: '1y',
    views: '2.3K views',
    ups: '58',
    shares: '1',
    paras: [
      'Worth adding that on the longer overnight routes many ships do turn, and you drive off the same end you drove on. It depends ' +
        'on the berths at each end, which is why the same company can do it differently on two routes.',
    ],
  },
];
const qwNav = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const qwQActions = ['Follow', 'Request', 'Answer', '14 answers', 'Sort', 'Recommended'];
const qwAd = [
  'Sponsored by Grafton Marine Insurance',
  'Is your boat covered while it is laid up for winter?',
  'Most policies change once a boat comes out of the water. Check what yours covers before the first storm.',
  'Learn More',
];
const qwRelated = [
  'How do ferries stay upright when all the lorries are on one side?',
  'Why do some ferries have doors at both ends?',
  'What happens if a ferry’s bow door opens at sea?',
  'How are vehicles secured on a ferry in rough weather?',
  'Do ferry captains ever refuse to sail in bad weather?',
];
const qwFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Askwell, Inc. 2025'];
const qwWall = [
  'Askwell',
  'A place to share knowledge and better understand the world',
  'Continue with Google',
  'Continue with Facebook',
  'Sign up with email',
  'By continuing you indicate that you agree to Askwell’s Terms of Service and Privacy Policy.',
  'Login',
  'Email',
  'Your email',
  'Password',
  'Your password',
  'Forgot password?',
];
const qb = (cls: string, inner: string): string => `<div class="q-box ${cls}">${inner}</div>`;
const qt = (cls: string, inner: string): string => `<div class="q-text ${cls}">${inner}</div>`;
const qwBtn = (label: string, extra = ''): string => `<button class="q-click-wrapper b11p8y3w qu-active--textDecoration--none qu-focus--textDecoration--none
qu-borderRadius--pill qu-alignItems--center qu-justifyContent--center qu-whiteSpace--nowrap qu-userSelect--none qu-display--inline-flex qu-bg--gray_ultralight
qu-tapHighlight--white qu-textAlign--center qu-cursor--pointer qu-hover--textDecoration--none" tabindex="0" type="button"><div class="q-flex
qu-alignItems--center"><div class="q-text qu-dynamicFontSize--small qu-medium qu-color--gray qu-passColorToLinks">${label}</div>${extra}</div></button>`;
const qwAnswer = (a: QwAnswer, i: number): string =>
  qb(
    `dom_annotate_question_answer_item_${i} qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-mb--small qu-bg--raised`,
    `${qb(
      'qu-pt--medium qu-px--medium qu-pb--tiny',
      `<div class="q-flex qu-mb--tiny"><div class="q-inlineFlex qu-mr--small"><span class="q-inlineBlock qu-borderRadius--circle"><img class="q-image
qu-display--block qu-borderRadius--circle" src="https://qph.askwell.example/main-thumb-${i}-50.jpg" alt="Profile photo for ${a.name}"></span></div>
<div class="q-box qu-flex--auto">${qt(
        'qu-dynamicFontSize--small qu-bold qu-color--gray_dark qu-passColorToLinks',
        `<span class="q-box"><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ puppeteer_test_link qu-cursor--pointer qu-hover--textDecoration--underline"
href="/profile/${a.name.replace(/ /g, '-')}"><div class="q-inlineFlex qu-alignItems--center qu-wordBreak--break-word"><span>${a.name}</span></div></a></span>`,
      )}${qt(
        'qu-dynamicFontSize--small qu-color--gray_light qu-passColorToLinks',
        `<span class="CssComponent__CssInlineComponent-sc-1oskqb9-1 UserCredential___StyledCssInlineComponent-sc-1mv3e4o-0 hXPDHc"><span>${a.cred}</span></span>
<span class="q-text qu-whiteSpace--nowrap"> · </span><a class="q-box answer_timestamp qu-cursor--pointer" href="/answer/${i}">${a.time}</a>`,
      )}</div></div>${a.upvoted ? qt('qu-dynamicFontSize--small qu-color--gray_light qu-mb--tiny', `<span>${a.upvoted}</span>`) : ''}`,
    )}${qb(
      'spacing_log_answer_content puppeteer_test_answer_content qu-px--medium',
      qt(
        'qu-wordBreak--break-word',
        a.paras.map((p) => `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"><span>${p}</span></p>`).join('\n'),
      ),
    )}${qb(
      'qu-px--medium qu-pb--tiny',
      `${qt(
        'qu-dynamicFontSize--small qu-color--gray_light',
        `<span>${a.views}</span><span> · </span><a href="/upvoters/${i}">View upvotes</a>
<span> · </span><a href="/sharers/${i}">View ${a.shares} share${a.shares === '1' ? '' : 's'}</a>`,
      )}<div class="q-flex qu-justifyContent--space-between qu-py--small">
${qwBtn('Upvote', `<div class="q-text qu-color--gray qu-ml--tiny">${a.ups}</div>`)}${qwBtn('Share')}</div>`,
    )}`,
  );
const qwHtml = `<!DOCTYPE html>
<html lang="en" class="web_layout_root"><head><meta charset="utf-8"><title>Why do car ferries load vehicles from the back but let them off from the front? -
Askwell</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Answer (1 of 14): On most of the ferries I worked on...">
<link rel="canonical" href="https://www.askwell.example/Why-do-car-ferries-load-vehicles-from-the-back-but-let-them-off-from-the-front/answer/Hallvard-Saether">
<meta property="og:title" content="${qwTitle}"><meta property="og:site_name" content="Askwell"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qwTitle}","answerCount":14,
"dateCreated":"2021-04-11T09:02:44Z","author":{"@type":"Person","name":"Askwell User"},"suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person",
"name":"Hallvard Sæther"},"upvoteCount":1100,"dateCreated":"2021-04-12T07:30:00Z"}]}}</script>
<link rel="stylesheet" href="https://qsf.askwell.example/-4-ans_frontend-assets-css-main.css-26-7a9b0c1d2e3f4a5b.css">
<script>window.ansFrontendHydration = {"pageType":"AnswerPage","isLoggedIn":false,"qid":"UXVlc3Rpb25AMDoxNDcxMTIz"};</script></head>
<body class="q-platform--desktop q-color-mode--light"><div id="root"><div class="q-box">
<div class="q-box qu-bg--raised qu-zIndex--header qu-boxShadow--medium qu-borderBottom" style="position: sticky; top: 0px;"><div class="q-flex
qu-alignItems--center qu-justifyContent--center" style="max-width: 1100px; margin: 0 auto;"><a class="q-box qu-mr--small" href="/" aria-label="Askwell home">
<svg width="89px" height="26px" viewBox="0 0 89 26"><title>Askwell</title><path d="M29 43.5c-7 0-13-5.8-13-13" fill="#b92b27"></path></svg></a>
<div class="q-flex qu-alignItems--center">${qwNav
  .map(
    (t) => `<a class="q-box qu-px--medium" href="/${t.toLowerCase()}" aria-label="${t}"><svg width="24" height="24"
viewBox="0 0 24 24"><path d="M12 2L2 12"></path>
</svg><span class="q-text qu-hidden">${t}</span></a>`,
  )
  .join('')}</div><div class="q-box qu-flex--auto qu-mx--medium"><input class="q-input qu-width--100" placeholder="Search Askwell" type="text"></div>
<a class="q-box qu-ml--small" href="/premium"><div class="q-text qu-dynamicFontSize--small">Try Askwell+</div></a>${qwBtn('Sign In')}</div></div>
<div class="q-box qu-pt--medium" style="max-width: 1100px; margin: 0 auto;"><div class="q-flex"><div class="q-box qu-flex--auto" style="max-width: 600px;">
${qb(
  'qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small',
  `${qt(
    'qu-dynamicFontSize--large qu-fontWeight--bold qu-color--gray_dark qu-passColorToLinks puppeteer_test_question_title',
    `<span class="q-box qu-userSelect--text"><span>${qwTitle}</span></span>`,
  )}<div class="q-flex qu-mt--small">${qwBtn(qwQActions[0] ?? '')}${qwBtn(qwQActions[1] ?? '')}${qwBtn(qwQActions[2] ?? '')}</div>`,
)}
<div class="q-flex qu-justifyContent--space-between qu-mb--small">${qt('qu-bold', qwQActions[3] ?? '')}<div class="q-flex">${qt(
  'qu-color--gray_light',
  qwQActions[4] ?? '',
)}
${qwBtn(qwQActions[5] ?? '')}</div></div>
${qwAnswer(qwAnswers[0] as QwAnswer, 0)}
${qb(
  'dom_annotate_ad_promoted_answer qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small',
  `${qt('qu-dynamicFontSize--small qu-color--gray_light', qwAd[0] ?? '')}${qt('qu-bold qu-mt--tiny', qwAd[1] ?? '')}${qt('qu-mt--tiny', qwAd[2] ?? '')}
${qwBtn(qwAd[3] ?? '')}`,
)}
${qb('qu-textAlign--center qu-py--small', qt('qu-dynamicFontSize--small qu-color--gray_light', 'More answers below'))}
${qwAnswers
  .slice(1)
  .map((a, i) => qwAnswer(a, i + 1))
  .join('\n')}
</div><div class="q-box qu-ml--large" style="width: 328px;">${qb(
  'qu-borderAll qu-borderRadius--small qu-bg--raised',
  `${qb('qu-px--medium qu-py--small qu-borderBottom', qt('qu-bold', 'Related questions'))}${qwRelated
    .map((t) => qb('qu-px--medium qu-py--small', `<a class="q-box qu-cursor--pointer" href="/x">${qt('qu-color--blue_dark', `<span>${t}</span>`)}</a>`))
    .join('\n')}${qb('qu-px--medium qu-py--small', `<a class="q-box" href="/x">${qt('qu-color--gray_light', 'More answers below')}</a>`)}`,
)}
${qb(
  'qu-mt--small qu-px--small',
  qt(
    'qu-dynamicFontSize--xsmall qu-color--gray_light',
    qwFoot
      .map(
        (t) => `<a class="q-box"
href="/x">${t}</a>`,
      )
      .join('<span> · </span>'),
  ),
)}
</div></div></div>
<div class="q-box qu-zIndex--modal signup_wall_wrapper" aria-hidden="true" style="display: none;"><div class="q-box qu-bg--raised qu-borderRadius--small
qu-p--large">
${qt('qu-dynamicFontSize--xlarge qu-bold', qwWall[0] ?? '')}${qt('qu-color--gray', qwWall[1] ?? '')}<div class="q-flex">
<div class="q-box qu-flex--auto">${qwBtn(qwWall[2] ?? '')}${qwBtn(qwWall[3] ?? '')}${qwBtn(qwWall[4] ?? '')}${qt(
  'qu-dynamicFontSize--xsmall',
  qwWall[5] ?? '',
)}</div>
<div class="q-box qu-flex--auto"><form>${qt('qu-bold', qwWall[6] ?? '')}<label>${qwWall[7]}</label><input type="email" placeholder="${qwWall[8]}">
<label>${qwWall[9]}</label><input type="password" placeholder="${qwWall[10]}"><a
href="/forgot">${qwWall[11]}</a>${qwBtn('Login')}</form></div></div></div></div>
</div></div><script src="https://qsf.askwell.example/-4-ans_frontend-relay-component-answerpage.js-26-0f1e2d3c.webpack"></script></body></html>`;
export const quoraClone: TestPage = {
  html: qwHtml,
  name: 'heldout152-qa-clone-answer-page',
  kind: 'forum',
  // the question (no h1: the title div) is the title; all three answers are body; answer authors and their times are
  // bylines; credentials, the "Upvoted by" line, views, upvote and share counts, the sponsored card, "More answers below",
  // related questions, the footer and the hidden sign-up wall are furniture (placeholders are attributes, not text)
  title: qwTitle,
  headings: [],
  body: qwAnswers.flatMap((a) => texts(a.paras)),
  bylines: qwAnswers.flatMap((a) => [a.name, a.time]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...qwNav, 'Try Askwell+', 'Sign In', ...qwQActions, ...qwAnswers.flatMap((a) => [a.cred, a.views, a.ups,
    `View ${a.shares} share${a.shares === '1' ? '' : 's'}`]),
    'Upvoted by Lena Marsh, M.Sc. Naval Architecture, Strathmoor University', 'View upvotes', 'Upvote', 'Share', ...qwAd, 'More answers below',
    'Related questions', ...qwRelated, ...qwFoot, ...qwWall.filter((t) => !t.startsWith('Your ')),
  ])],
};
