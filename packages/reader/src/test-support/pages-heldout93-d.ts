import type { TestPage } from './page-kit.js';
import { appleSolved } from './pages-heldout93-d2.js';

/**
 * Held-out batch 93, file d: a Quora question page as a signed-out visitor saves it (the top bar with search, "Sign In"
 * and the language switch, the question line with its Answer / Follow / Request buttons, "All related" and sort controls,
 * answer cards with "Profile photo for", name, "Follow", credential and "Answered" / "Updated" times, upvote, comment and
 * share counts, "Continue Reading", a "Sponsored by" ad card between answers, an inline "Related questions" list with
 * "More answers below", the right rail's "Related questions" and second sponsored box, the rail footer and the sign-up
 * banner) and, from file d2, an Apple Support Community thread marked as solved.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const qTitle = 'Why do old stone houses feel damp inside even when it hasn’t rained for weeks?';
type Ans = { name: string; cred: string; when: string; up: string; comments: string; shares: string; body: string[] };
const qAns: Ans[] = [
  {
    name: 'Gwilym Pryce',
    cred: 'Building surveyor, 22 years in traditional buildings',
    when: 'Answered 2y',
    up: '1.4K',
    comments: '38',
    shares: '61',
    body: paras(`
Because most of the damp in an old stone house does not come from rain at all. It comes from inside the house and from the ground.

Solid stone walls were built to get wet and dry out again. The lime mortar and lime plaster used originally let moisture move through the
wall and evaporate from both faces. Over the last fifty years many of these houses were repointed with cement, rendered outside, plastered
inside with gypsum and painted with vinyl emulsion. Each of those layers slows the drying, so water that gets into the wall from the ground
or from condensation stays there.

Then there is the moisture people make. A family of four produces something like ten litres of water vapour a day from breathing, cooking,
washing and drying clothes. In a house with sealed windows and no extraction, that vapour condenses on the coldest surfaces, which in a stone
house are the outside walls, the corners and the backs of wardrobes.

The fix is usually not a damp-proof course or a dehumidifier, although the second helps in the short term. It is letting the walls breathe
again and getting the water vapour out.`),
  },
  {
    name: 'Morag Lindqvist',
    cred: 'Lives in a 1790s farmhouse in Perthshire',
    when: 'Updated 1y',
    up: '412',
    comments: '9',
    shares: '12',
    body: paras(`
Speaking as someone who lived with this for six years: the answer above is right, and here is what actually worked for us, in order of how
much difference each thing made.`),
  },
  {
    name: 'Tobias Renn',
    cred: 'Heating engineer',
    when: 'Answered 3y',
    up: '97',
    comments: '2',
    shares: '1',
    body: paras(`
One thing people overlook is heating pattern. Stone walls are a huge thermal mass. If you heat the house for two hours in the morning and
three in the evening, the air warms up quickly but the walls never do, and warm moist air against a cold wall is exactly how you get
condensation.

Lower, steadier heat through the day, even just a few degrees, keeps the inner face of the walls above the dew point and often cures the damp
feel on its own. It does not have to cost more than blasting the heating twice a day, because you are not reheating the walls from cold.`),
  },
];
const qList = [
  'Taking the vinyl paint off the inside of the north wall and repainting with a breathable clay paint.',
  'Fitting a humidity-controlled extractor fan in the bathroom and using the kitchen hood every time we cooked.',
  'Digging out the flower bed that was piled against the outside of the gable wall, so the ground level sat below the floor again.',
  'Moving the wardrobes ten centimetres away from the outside walls.',
];
const qMore = paras(`
We never did install the damp-proof course three different companies quoted for. The house has been dry for four winters now.`);
const qRelated = [
  'Is it worth removing cement render from a stone cottage?',
  'What is the best paint for the inside walls of an old stone house?',
  'How do I stop condensation on single-glazed windows?',
  'Do dehumidifiers actually help with rising damp?',
  'Why does my basement smell musty only in summer?',
];
const qAd1 = [
  'Sponsored by Brackenfield Home Insurance',
  'Is your older home properly covered?',
  'Listed and period properties need specialist cover. Get a quote in five minutes.',
  'Learn More',
];
const qAd2 = [
  'Sponsored by Hearthwise',
  'Cut your heating bill this winter.',
  'Smart radiator valves that learn your routine. Free delivery this month.',
  'Shop Now',
];
const qFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press'];
const qCard = (
  a: Ans,
  i: number,
  body: string,
): string => `<div class="q-box dom_annotate_question_answer_item_${i} qu-borderAll qu-borderRadius--small qu-mb--small qu-bg--raised">
<div class="q-box qu-pt--medium qu-px--medium qu-pb--tiny"><div class="q-flex qu-alignItems--flex-start"><div class="q-box qu-mr--small">
<img class="q-image qu-display--block" src="https://qph.cf2.quoracdn.example/main-thumb-${i}-50.jpg" alt="Profile photo for ${a.name}"></div>
<div class="q-box qu-flex--auto"><div class="q-text qu-dynamicFontSize--small qu-bold qu-color--gray_dark qu-passColorToLinks"><span class="q-box">
<a class="q-box Link___StyledBox qu-cursor--pointer qu-hover--textDecoration--underline" href="https://www.quora.example/profile/${a.name.replace(' ', '-')}">
<span>${a.name}</span></a></span><span class="q-text qu-mx--tiny">·</span><button class="q-click-wrapper qu-color--blue_dark"
type="button"><span>Follow</span></button>
</div><div class="q-text qu-dynamicFontSize--small qu-color--gray_light"><span class="CssComponent__CssInlineComponent">${a.cred}</span><span> · </span>
<a class="q-box answer_timestamp qu-cursor--pointer" href="https://www.quora.example/Why-do-old-stone-houses/answer/${i}">${a.when}</a></div></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-relative spacing_log_answer_content"><div class="q-text
qu-wordBreak--break-word">
${body}</div></div></div><div class="q-box qu-px--medium qu-pt--small"><div class="q-text qu-color--gray_light qu-dynamicFontSize--small">
<a href="/upvoters/${i}">${a.up} upvotes</a></div></div><div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-px--medium qu-py--tiny">
<div class="q-flex"><button class="q-click-wrapper" aria-label="Upvote" type="button"><span>Upvote</span><span
class="q-text">·</span><span>${a.up}</span></button>
<button class="q-click-wrapper" aria-label="Downvote" type="button"></button></div><div class="q-flex"><button class="q-click-wrapper" aria-label="Comment"
type="button">
<span>${a.comments}</span></button><button class="q-click-wrapper" aria-label="Share" type="button"><span>${a.shares}</span></button></div></div></div>`;
const qP = (ps: readonly string[]): string =>
  ps.map((p) => `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"><span>${p}</span></p>`).join('\n');
const qAd = (ad: string[], img: string): string => `<div class="q-box dom_annotate_ad_promoted_answer qu-borderAll qu-borderRadius--small qu-mb--small">
<div class="q-box qu-p--medium"><div class="q-text qu-dynamicFontSize--small qu-color--gray_light">${ad[0]}</div>
<img class="q-image" src="https://qph.cf2.quoracdn.example/${img}.jpg" alt="" loading="lazy"><div class="q-text qu-bold
qu-dynamicFontSize--large">${ad[1]}</div>
<div class="q-text qu-dynamicFontSize--regular">${ad[2]}</div><a class="q-click-wrapper qu-bg--blue qu-color--white"
href="https://ad.quora.example/click?id=${img}"
rel="noopener nofollow" target="_blank"><div class="q-text">${ad[3]}</div></a></div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Why do old stone houses feel damp inside even when it hasn’t rained for weeks? - Quora</title>
<meta name="description" content="Answer (1 of 3): Because most of the damp in an old stone house does not come from rain at all.">
<meta property="og:title" content="${qTitle}"><meta property="og:site_name" content="Quora"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.quora.example/Why-do-old-stone-houses-feel-damp-inside-even-when-it-hasnt-rained-for-weeks">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qTitle}",
"answerCount":3,"suggestedAnswer":[{"@type":"Answer","author":{"@type":"Person","name":"Gwilym Pryce"},"upvoteCount":1412}]}}</script>
<link rel="stylesheet" href="https://qsbr.cf2.quoracdn.example/-4-ans_frontend-assets.css"><script>window.ansFrontendGlobals =
{"settings":{"isLoggedIn":false}};</script>
</head><body class="q-platform--desktop"><div id="root"><div class="q-box"><div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised puppeteer_test_header">
<div class="q-flex qu-alignItems--center qu-px--medium"><a class="q-box qu-display--block" href="https://www.quora.example/" aria-label="Quora home"><span
class="q-text">Quora</span></a>
<div class="q-box qu-flex--auto qu-mx--medium"><div class="q-flex qu-borderAll qu-borderRadius--pill"><input class="q-input selector_input
qu-tapHighlight--none"
type="text" placeholder="Search for questions, people, and topics" aria-label="Search Quora"></div></div>
<button class="q-click-wrapper qu-borderAll" type="button"><div class="q-text">Sign In</div></button><button class="q-click-wrapper" type="button"
aria-label="Change language"><div class="q-text">English</div></button></div></div>
<div class="q-box qu-pt--large"><div class="q-flex qu-justifyContent--center"><div class="q-box qu-mr--medium" style="width:605px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised qu-p--medium qu-mb--small"><div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold
qu-color--gray_dark_dim qu-passColorToLinks qu-lineHeight--regular qu-wordBreak--break-word"><span class="q-box
qu-userSelect--text"><span>${qTitle}</span></span></div>
<div class="q-flex qu-mt--small"><button class="q-click-wrapper" type="button"><span>Answer</span></button><button class="q-click-wrapper" type="button">
<span>Follow</span><span class="q-text">·</span><span>214</span></button><button class="q-click-wrapper"
type="button"><span>Request</span></button></div></div>
<div class="q-flex qu-justifyContent--space-between qu-alignItems--center qu-mb--small"><div class="q-text qu-bold">All related (18)</div><button
class="q-click-wrapper" type="button"><span>Sort</span><span class="q-text qu-color--gray_light">Recommended</span></button></div>
${qCard(qAns[0]!, 0, qP(qAns[0]!.body))}
${qAd(qAd1, 'ad-brackenfield')}
${qCard(
  qAns[1]!,
  1,
  `${qP(qAns[1]!.body)}\n<ol class="q-box qu-pl--medium">${qList.map((t) => `<li class="q-relative"><span>${t}</span></li>`).join('\n')}</ol>
${qP(qMore)}
<div class="q-absolute qu-bg--fade"></div><button class="q-click-wrapper puppeteer_test_read_more_button" type="button"><span>Continue Reading</span></button>`,
)}
<div class="q-box qu-borderAll qu-borderRadius--small qu-mb--small qu-p--medium"><div class="q-text qu-bold qu-mb--small">Related questions</div>
<div class="q-text qu-color--gray_light qu-dynamicFontSize--small">More answers below</div><ul class="q-box">${qRelated
  .slice(0, 3)
  .map((t) => `<li class="q-box qu-py--small qu-borderBottom"><a class="q-box qu-cursor--pointer" href="https://www.quora.example/q/${t.length}">${t}</a></li>`)
  .join('\n')}</ul></div>
${qCard(qAns[2]!, 2, qP(qAns[2]!.body))}
</div><div class="q-box" style="width:300px;"><div class="q-sticky"><div class="q-box qu-borderAll qu-borderRadius--small qu-mb--small">
<div class="q-text qu-bold qu-p--medium qu-borderBottom">Related questions</div><ul class="q-box qu-px--medium">${qRelated
  .map((t) => `<li class="q-box qu-py--small"><a class="q-box" href="https://www.quora.example/r/${t.length}">${t}</a></li>`)
  .join('\n')}</ul></div>
${qAd(qAd2, 'ad-hearthwise')}
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light qu-px--medium">${qFoot
  .map(
    (t) => `<a
href="https://www.quora.example/${t.toLowerCase()}">${t}</a>`,
  )
  .join(' · ')}
<span> · © Quora, Inc. 2025</span></div></div></div></div></div>
<div class="q-fixed qu-bottom--0 qu-fullX qu-bg--raised qu-borderTop qu-p--medium"><div class="q-flex qu-justifyContent--center qu-alignItems--center">
<div class="q-text qu-bold">Sign up to read more answers and follow the topics you care about.</div><button class="q-click-wrapper" type="button">
<div class="q-text">Continue with Google</div></button><button class="q-click-wrapper" type="button"><div class="q-text">Sign up with email</div></button>
</div></div></div></div><script src="https://qsbr.cf2.quoracdn.example/-4-ans_frontend-main.js" async></script></body></html>`;
const quora: TestPage = {
  html: qHtml,
  name: 'heldout93-quora-question',
  kind: 'forum',
  // the question is the title; all three answers are body, the second with its list and the part under the fade
  // above "Continue Reading"; names and "Answered" / "Updated" times are bylines; credentials, Follow, counts, the two
  // sponsored cards, both "Related questions" lists and the sign-up banner are furniture
  title: qTitle,
  headings: [],
  body: [...qAns[0]!.body, ...qAns[1]!.body, ...qList, ...qMore, ...qAns[2]!.body],
  bylines: qAns.flatMap((a) => [a.name, a.when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quora', 'Sign In', 'English', 'Answer', 'Follow', '214', 'Request', 'All related (18)', 'Sort', 'Recommended',
    ...qAns.flatMap((a) => [`Profile photo for ${a.name}`, a.cred, `${a.up} upvotes`, a.comments, a.shares]).filter((t) => !t.startsWith('Profile')),
    'Upvote', ...qAd1, 'Continue Reading', 'Related questions', 'More answers below', ...qRelated, ...qAd2, ...qFoot, '© Quora, Inc. 2025',
    'Sign up to read more answers and follow the topics you care about.', 'Continue with Google', 'Sign up with email',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT93_D: readonly TestPage[] = [quora, appleSolved];
