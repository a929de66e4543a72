import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 119, file d3: a Quora question page as a signed-out visitor saves the rendered React page (obfuscated "q-box"
 * class names, the question text in a div rather than an h1, the header with Home / Following / Answer / Spaces /
 * Notifications, "Search Quora", "Try Quora+" and "Sign In", the question's Answer / Follow / Request buttons, "All related"
 * and the sort menu, three answers with author name, credential, "Follow" and age, upvote / comment / share counts, a
 * "Sponsored by" ad card, "Related questions" with "More answers below", the right rail and its footer links, and the hidden
 * sign-in modal).
 */
const qTitle = 'What is the best way for an adult who plays by ear to learn to read music?';
type A = { name: string; cred: string; age: string; up: string; com: string; share: string; views: string; ps: string[]; list?: string[] };
const qAnswers: A[] = [
  {
    name: 'Ines Marchetti',
    cred: 'Piano teacher for 22 years',
    age: 'Updated 2y',
    up: '1.4K',
    com: '24',
    share: '9',
    views: '88.1K',
    ps: [
      'Start with rhythm, not pitch. Most people who play by ear can already find the notes; what they can’t do is look at a bar and know ' +
        'how long each note lasts. Clap and count simple rhythms from a beginner’s book for ten minutes a day before you worry about ' +
        'where the notes sit on the staff.',
      'Then learn the notes through intervals rather than by naming each one. If you can see that the next note is a step up or a skip ' +
        'down, your ear will fill in the rest. That is how fluent readers actually read.',
      'A routine that has worked for most of my adult students:',
      'Expect it to feel slow for about three months. Your playing will be far ahead of your reading for a while, and that is normal. ' +
        'The gap closes faster than you think once rhythm stops being a puzzle.',
    ],
    list: [
      'Ten minutes of rhythm reading, clapping and counting out loud.',
      'Ten minutes of sight-reading music that is far too easy for you, without stopping to fix mistakes.',
      'Once a week, write down a tune you already know by ear and check it against the printed version.',
    ],
  },
  {
    name: 'Desmond Achterberg',
    cred: 'Jazz guitarist, learned to read at 34',
    age: '3y',
    up: '412',
    com: '6',
    share: '2',
    views: '21.7K',
    ps: [
      'I put it off for fifteen years because reading felt like going backwards. What finally worked was reading the melody of songs I ' +
        'already knew. My ear told me when I’d got something wrong, so I was correcting myself instead of guessing.',
      'Hymn books and old folk song collections are perfect for this: simple rhythms, one line of melody, and you probably know half the ' +
        'tunes already. I got through two of them in a year and by the end I could read most lead sheets at tempo.',
    ],
  },
  {
    name: 'Yuki Harada',
    cred: 'Music teacher at Westmere Community School',
    age: '1y',
    up: '96',
    com: '1',
    share: '',
    views: '4.3K',
    ps: [
      'Book even five or six lessons with a teacher. Reading is much easier to learn with someone who can spot the habits you are ' +
        'building, like counting on your fingers or reading every note by name, before they set in.',
    ],
  },
];
const qNav = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const qAd = [
  'Sponsored by Brightline Music',
  'Learn piano in ten minutes a day.',
  'Our app listens as you play and tells you what to fix. Try it free for 14 days.',
  'Learn More',
];
const qRelated = [
  'How long does it take an adult to learn to read sheet music?',
  'Is it worth learning to read music if I can already play by ear?',
  'What are the best books for learning to sight-read piano music?',
  'Can you become a professional musician without reading music?',
];
const qFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Quora, Inc. 2025'];
const qModal = [
  'A place to share knowledge and better understand the world',
  'Continue with Google',
  'Continue with Facebook',
  'Sign up with email',
  'By continuing you indicate that you agree to Quora’s Terms of Service and Privacy Policy.',
  'Login',
  'Email',
  'Password',
  'Forgot password?',
];
const qp = (t: string): string =>
  `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start" style="box-sizing: border-box; margin-bottom: 1em;"><span>${t}</span></p>`;
const btn = (
  label: string,
  count: string,
  cls: string,
): string => `<button class="q-click-wrapper ${cls} qu-active--textDecoration--none qu-focus--textDecoration--none
ClickWrapper___StyledClickWrapperBox-zoqi4f-0 iyYUZT base___StyledClickWrapper-lx6eke-1
laIUvT" role="button" aria-label="${label}" tabindex="0" type="button"><div class="q-flex
qu-alignItems--center qu-justifyContent--center"><div class="q-inlineFlex qu-alignItems--center
qu-justifyContent--center"><span class="CssComponent__CssInlineComponent-sc-1oskqb9-1
UpvoteDownvote___StyledCssInlineComponent-sc-1jfxmla-0 bqNhKo" name="Upvote"><svg width="24" height="24" viewBox="0 0 24 24"></svg></span></div>${
  label === 'Upvote' ? '<div class="q-text qu-ml--tiny qu-fontWeight--medium">Upvote</div><div class="q-text qu-mx--tiny">·</div>' : ''
}<div class="q-text qu-whiteSpace--nowrap qu-display--inline-flex qu-alignItems--center qu-justifyContent--center
qu-fontWeight--medium">${count}</div></div></button>`;
const answer = (
  a: A,
  i: number,
): string => `<div class="q-box dom_annotate_question_answer_item_${i} qu-borderAll qu-borderColor--raised qu-boxShadow--small qu-mb--small
qu-bg--raised"><div class="q-box qu-pt--medium qu-pb--tiny"><div class="q-box qu-px--medium"><div class="q-flex qu-alignItems--center
qu-pb--tiny"><div class="q-box
qu-mr--small"><a class="q-box qu-display--block qu-cursor--pointer" href="https://www.quora.com/profile/${a.name.replace(/ /g, '-')}"><div class="q-inlineFlex
qu-borderRadius--circle
qu-overflow--hidden"><img class="q-image qu-display--block" src="https://qph.cf2.quoracdn.net/main-thumb-${i}-50-x.jpeg" alt="Profile photo for
${a.name}"></div></a></div>
<div class="q-box qu-flex--auto"><div class="q-text qu-dynamicFontSize--small qu-color--gray_dark"><span class="q-text qu-bold"><a
class="q-box Link___StyledBox-t2xg9c-0
dFkjrQ puppeteer_test_link qu-color--gray_dark qu-cursor--pointer
qu-hover--textDecoration--underline" href="https://www.quora.com/profile/${a.name.replace(/ /g, '-')}">${a.name}</a>
</span> · <button class="q-click-wrapper qu-color--blue_dark" role="button">Follow</button></div><div
class="q-text qu-dynamicFontSize--small qu-color--gray_light">
<span class="CssComponent-sc-1oskqb9-0 cXjXFI">${a.cred}</span> · <a class="q-box answer_timestamp qu-cursor--pointer qu-hover--textDecoration--underline"
href="https://www.quora.com/What-is-the-best-way-for-an-adult-who-plays-by-ear-to-learn-to-read-music/answer/${a.name.replace(/ /g, '-')}">${a.age}</a></div>
</div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content"><div
class="q-text qu-wordBreak--break-word">
<div class="q-box qu-userSelect--text"><span class="q-box">${a.ps.slice(0, 3).map(qp).join('')}${
  a.list ? `<ul class="q-box qu-mb--medium">${a.list.map((t) => `<li class="q-text"><span>${t}</span></li>`).join('')}</ul>` : ''
}${a.ps.slice(3).map(qp).join('')}</span></div></div></div></div><div
class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--small"><span>${a.views} views</span>
<span> · </span><a href="#" class="q-box qu-cursor--pointer">View
upvotes</a>${a.share === '' ? '' : '<span> · </span><a href="#" class="q-box">View shares</a>'}</div></div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium qu-pt--small"><div class="q-flex qu-alignItems--center">
<div class="q-flex qu-borderRadius--pill
qu-bg--gray_ultralight">${btn('Upvote', a.up, 'puppeteer_test_votable_upvote_button')}${btn('Downvote', '', 'qu-borderLeft')}</div>
${btn('Comment', a.com, 'qu-ml--small')}${a.share === '' ? '' : btn('Share', a.share, 'qu-ml--small')}</div></div></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What is the best way for an adult who plays by ear to learn to read music? - Quora</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Answer (1 of 3): Start with rhythm, not pitch.">
<meta property="og:title" content="${qTitle}"><meta property="og:site_name" content="Quora"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.quora.com/What-is-the-best-way-for-an-adult-who-plays-by-ear-to-learn-to-read-music">
<link rel="stylesheet" href="https://qsbr.cf2.quoracdn.net/-4-ans_frontend_assets.css.main.css-26-a7b8c9d0e1f2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qTitle}","answerCount":3,
"dateCreated":"2021-03-14T00:00:00","suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person","name":"Ines Marchetti"},"upvoteCount":1400,
"dateCreated":"2022-05-02T00:00:00","text":"Start with rhythm, not pitch."}]}}</script>
<script nonce="a1b2c3">window.ansFrontendGlobals = window.ansFrontendGlobals || {}; window.ansFrontendGlobals.data =
{"gtm":{"gtmEnabled":false},"viewer":{"isLoggedIn":false}};</script>
</head><body class="q-platform--desktop"><div id="root"><div class="q-box"><div class="q-box qu-bg--raised"><div
class="q-fixed qu-fullX qu-top--0 qu-zIndex--header qu-bg--raised
qu-borderBottom qu-boxShadow--medium qu-borderColor--raised" style="box-sizing: border-box;"><div class="q-flex qu-alignItems--center
qu-justifyContent--space-between
qu-px--medium" style="max-width: 1100px; margin: 0 auto;"><a class="q-box
qu-cursor--pointer" href="/" aria-label="Quora"><svg width="89" height="51" viewBox="0 0 89 51"></svg></a>
<div class="q-flex qu-alignItems--center">${qNav
  .map(
    (t) => `<div class="q-box qu-mx--tiny"><a class="q-box qu-display--flex qu-alignItems--center" href="/${t.toLowerCase()}" aria-label="${t}"><svg width="24"
height="24"></svg>
<span class="q-text qu-hidden qu-md-display--inline">${t}</span></a></div>`,
  )
  .join(
    '',
  )}</div><div class="q-box qu-flex--auto qu-mx--small"><div class="q-flex qu-borderAll qu-borderRadius--small"><input class="q-input qu-flex--auto" type="text"
placeholder="Search Quora" aria-label="Search Quora"></div></div><button class="q-click-wrapper qu-borderRadius--small qu-px--small" role="button"><div
class="q-text">Try Quora+</div>
</button><a class="q-box qu-ml--small" href="/login"><div class="q-text qu-bold">Sign In</div></a></div></div>
<div class="q-box qu-pt--large" style="max-width: 1100px; margin: 0 auto;"><div class="q-flex"><div class="q-box qu-flex--auto" style="max-width: 660px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-bg--raised qu-p--medium qu-mb--small">
<div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold qu-color--gray_dark_dim qu-passColorToLinks qu-lineHeight--regular qu-wordBreak--break-word
puppeteer_test_question_title"><span class="q-box qu-userSelect--text"><span>${qTitle}</span></span></div><div class="q-flex qu-alignItems--center
qu-mt--small">
<button class="q-click-wrapper qu-borderRadius--pill qu-px--small" role="button"><div class="q-text">Answer</div></button><button
class="q-click-wrapper qu-borderRadius--pill
qu-px--small" role="button"><div class="q-text">Follow</div><div class="q-text qu-ml--tiny">· 31</div></button><button class="q-click-wrapper
qu-borderRadius--pill qu-px--small"
role="button"><div class="q-text">Request</div></button></div></div><div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-py--small">
<div class="q-text qu-bold">All related (41)</div><div class="q-flex qu-alignItems--center"><div class="q-text qu-color--gray_light">Sort</div><button
class="q-click-wrapper"
role="button"><div class="q-text">Recommended</div></button></div></div>
${answer(qAnswers[0]!, 0)}
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small dom_annotate_ad_promoted_answer"><div
class="q-text qu-dynamicFontSize--small
qu-color--gray_light">${qAd[0]}</div><div class="q-text qu-bold qu-dynamicFontSize--regular">${qAd[1]}</div><div class="q-text">${qAd[2]}</div><a class="q-box
qu-cursor--pointer"
href="https://ad.quora.com/click?id=883" rel="noopener nofollow" target="_blank"><div class="q-text qu-color--blue_dark">${qAd[3]}</div></a></div>
${answer(qAnswers[1]!, 1)}
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small dom_annotate_related_questions"><div
class="q-text qu-bold qu-p--medium">Related questions</div>
<div class="q-text qu-color--gray_light qu-px--medium">More answers below</div>${qRelated
  .slice(0, 2)
  .map(
    (t) =>
      `<div class="q-box qu-px--medium qu-py--small qu-borderTop"><a class="q-box qu-cursor--pointer"
href="/${t.replace(/\W+/g, '-')}"><span>${t}</span></a></div>`,
  )
  .join('')}</div>
${answer(qAnswers[2]!, 2)}
</div><div class="q-box qu-ml--large qu-display--none qu-md-display--block" style="width: 300px;"><div
class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium">
<div class="q-text qu-bold">Related questions</div>${qRelated
  .map((t) => `<div class="q-box qu-py--small"><a class="q-box qu-cursor--pointer" href="/${t.replace(/\W+/g, '-')}"><span>${t}</span></a></div>`)
  .join('')}</div><div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-mt--medium">${qFoot
  .map((t, i) =>
    i === qFoot.length - 1 ? `<span>${t}</span>` : `<a class="q-box" href="/about/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a><span> · </span>`,
  )
  .join('')}</div></div></div></div></div></div>
<div class="q-box qu-display--none" id="signup-modal" aria-hidden="true" role="dialog"><div class="q-box qu-p--large"><div
class="q-text qu-bold">Quora</div><div class="q-text">
${qModal[0]}</div><button class="q-click-wrapper" role="button"><div class="q-text">${qModal[1]}</div></button><button class="q-click-wrapper"
role="button"><div class="q-text">
${qModal[2]}</div></button><button class="q-click-wrapper" role="button"><div class="q-text">${qModal[3]}</div></button><div
class="q-text qu-dynamicFontSize--xsmall">${qModal[4]}
</div><div class="q-text qu-bold">${qModal[5]}</div><label class="q-text">${qModal[6]}</label><input type="email" placeholder="Your email"><label
class="q-text">${qModal[7]}</label>
<input type="password" placeholder="Your password"><a class="q-box" href="/forgot">${qModal[8]}</a><button class="q-click-wrapper" role="button"><div
class="q-text">Login</div></button>
</div></div></div><script src="https://qsbr.cf2.quoracdn.net/-4-ans_frontend-relay-component-vendor-27-f5e4d3c2b1a0.js" async></script></body></html>`;
export const quoraQuestion: TestPage = {
  html: qHtml,
  name: 'heldout119-quora-question',
  kind: 'forum',
  // the question is the title (Quora shows it in a div, not an h1); every answer is body, its list items too; author names and
  // answer ages are bylines; credentials, Follow, views, vote / comment / share counts, the ad card and related questions are
  // furniture
  title: qTitle,
  headings: [],
  body: texts(qAnswers.flatMap((a) => [...a.ps.slice(0, 3), ...(a.list ?? []), ...a.ps.slice(3)])),
  bylines: qAnswers.flatMap((a) => [a.name, a.age]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...qNav, 'Try Quora+', 'Sign In', 'Follow', '· 31', 'Request', 'All related (41)', 'Sort', 'Recommended', ...qAnswers.map((a) => a.cred),
    ...qAnswers.map((a) => `${a.views} views`), 'View upvotes', 'View shares', 'Upvote', ...qAnswers.flatMap((a) => [a.up, a.com]), '9', '2',
    ...qAd, 'Related questions', 'More answers below', ...qRelated, ...qFoot, 'Quora', ...qModal,
    ]),
  ],
};
