import { type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file f2: a Quora question page with answers, a sponsored answer and a related-question answer
 * card interleaved, saved signed out (the question title is a styled div, not a heading).
 */
const title = 'Why does my sourdough come out dense in winter even though I follow the same recipe?';
type A = {
  name: string;
  cred: string;
  when: string;
  views: string;
  up: string;
  comments: string;
  shares: string;
  paras: string[];
  list?: string[];
  after?: string[];
};
const answers: A[] = [
  {
    name: 'Hedda Lorimer',
    cred: 'Head baker at Caddick &amp; Loam (2015–present)',
    when: 'Updated 2y',
    views: '14.2K views',
    up: '312',
    comments: '12',
    shares: '9',
    paras: paras(`
Because your recipe is written in hours, and your dough is working in degrees.

Yeast and bacteria in a starter slow down a great deal as the temperature drops. A bulk ferment that takes four hours at 26 °C can
easily take seven or eight at 19 °C, which is a normal winter kitchen. If you shape at the four-hour mark because the recipe says so,
the dough simply hasn’t built enough gas or structure yet, and you get a tight, dense crumb with a few big holes near the top.

Watch the dough, not the clock. I look for a rise of about 50 percent, a domed surface with a few bubbles at the edges, and a dough
that jiggles when you shake the tub. Use warmer water, around 30 °C, to bring the mix up to temperature, and find a warm spot: the
oven with just the light on works for most people.`),
  },
  {
    name: 'Tomasz Wrenfield',
    cred: 'Home baker, ten years of weekly loaves',
    when: '3y',
    views: '3.1K views',
    up: '87',
    comments: '3',
    shares: '1',
    paras: paras(`Hedda covers the big one. Two smaller things that caught me out:`),
    list: paras(`
My starter was sluggish in winter too. Feeding it twice a day for a couple of days before baking, and keeping it somewhere warm, made
it properly active again.

Flour behaves differently when the kitchen is cold and dry. I add 10 to 20 g less water in winter, otherwise the dough is slack and
spreads instead of rising.`),
    after: paras(`
Keep a notebook of room temperature, dough temperature and times. After a month you will know your kitchen better than any recipe
does.`),
  },
  {
    name: 'Ros Achterberg',
    cred: 'Studied Food Science at University of Harlingen',
    when: '1y',
    views: '906 views',
    up: '23',
    comments: '1',
    shares: '',
    paras: paras(`
A rule of thumb from the bakery world: aim for a final dough temperature of 24 to 26 °C and work out the water temperature from that.
Multiply your target by three, subtract the temperatures of the room, the flour and the starter, and what’s left is roughly the water
temperature you need. It’s crude, but it gets you within a degree or two, which is all you need at home.`),
  },
  {
    name: 'Jun Takahara',
    cred: 'Lives in Sapporo (2010–present)',
    when: '2y',
    views: '1.8K views',
    up: '41',
    comments: '2',
    shares: '',
    paras: paras(`
I live somewhere with properly cold winters and ended up buying a cheap proofing box. Before that I used a picnic cooler with a jar of
hot water inside, swapped every couple of hours. Either way, once the dough sat at 25 °C, my winter loaves looked exactly like the
summer ones.`),
  },
];
const nav = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const ad = [
  'Sponsored by Lumenfield Appliances',
  'Is your oven lying to you about its temperature?',
  'Most home ovens run 10 to 25 degrees off. Our probe thermometer tells you the real number in seconds.',
  'Learn More',
];
const related = [
  'Related',
  'What is the ideal water temperature for sourdough bulk fermentation?',
  'Pieter Voskuijlen',
  'Former bakery owner in Zwolle · 4y',
  'It depends less on the water than on where you want the dough to end up. For a standard country loaf I aim for…',
  '(more)',
];
const rail = [
  'Related questions',
  'How do I make my sourdough bread less dense?',
  'Can I proof sourdough in the oven with the light on?',
  'How long should sourdough bulk ferment at 20 °C?',
  'Why is my sourdough gummy inside even when fully baked?',
  'More answers below',
];
const foot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press', '© Quora, Inc. 2025'];
const shares = (a: A): string => (a.shares === '' ? '' : `<span> · </span><a class="q-box">View ${a.shares} share${a.shares === '1' ? '' : 's'}</a>`);
const cls = 'q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start';
const p = (t: string): string => `<p class="${cls}"><span>${t}</span></p>`;
const answer = (a: A, i: number): string => `<div class="q-box dom_annotate_question_answer_item_${i} qu-borderAll qu-borderColor--raised qu-boxShadow--small
qu-mb--small qu-bg--raised"><div class="q-box qu-pt--medium qu-pb--tiny"><div class="q-box qu-px--medium"><div class="q-flex qu-mb--small"><div
class="q-inlineFlex"><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ puppeteer_test_link"
href="https://www.quora.com/profile/${a.name.replace(/ /g, '-')}"><img
class="q-image qu-display--block" src="https://qph.cf2.quoracdn.example/main-thumb-${i}-50-x.jpeg" alt="Profile photo for ${a.name}"></a></div><div class="q-box
qu-flex--auto qu-ml--small"><div class="q-flex"><span class="q-text qu-wordBreak--break-word"><a class="q-box Link___StyledBox-t2xg9c-0 dFkjrQ
puppeteer_test_link qu-color--gray_dark qu-cursor--pointer" href="https://www.quora.com/profile/${a.name.replace(/ /g, '-')}"><div class="q-inline
qu-flexWrap--wrap"><span class="q-text qu-bold qu-color--gray_dark qu-passColorToLinks">${a.name}</span></div></a></span><span class="q-text
qu-color--gray"> · </span><button class="q-click-wrapper qu-active--textDecoration--none" role="button"><span class="q-text qu-color--blue_dark">Follow</span>
</button></div><div class="q-text qu-color--gray_light qu-fontSize--small qu-passColorToLinks qu-truncateLines--1"><span class="q-text
qu-dynamicFontSize--small">${a.cred}</span><span class="q-text qu-color--gray_light"> · </span><a class="answer_timestamp q-box"
href="/answer/${i}">${a.when}</a>
</div></div></div><div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word"><div class="q-box
qu-userSelect--text"><div class="q-box">${a.paras.map(p).join('')}${
  a.list ? `<ul>${a.list.map((t) => `<li><div class="q-box"><span>${t}</span></div></li>`).join('')}</ul>` : ''
}${(a.after ?? []).map(p).join('')}</div></div></div></div><div class="q-text qu-color--gray_light qu-fontSize--small qu-mt--small">
${a.views}\n<span> · </span>
<a class="q-box" href="/answer/${i}/upvoters">View upvotes</a>${shares(a)}
</div></div><div class="q-flex qu-justifyContent--space-between qu-px--medium qu-py--small"><div class="q-flex"><button class="q-click-wrapper
qu-borderRadius--pill qu-bg--gray_ultralight" aria-label="Upvote" role="button"><span class="q-text qu-ml--tiny">Upvote</span><span class="q-text"> · </span>
<span
class="q-text">${a.up}</span></button><button class="q-click-wrapper" aria-label="Downvote" role="button"><svg></svg></button><button class="q-click-wrapper"
aria-label="Comment" role="button"><svg></svg><span class="q-text">${a.comments}</span></button>${
  a.shares === '' ? '' : `<button class="q-click-wrapper" aria-label="Share" role="button"><svg></svg><span class="q-text">${a.shares}</span></button>`
}</div><button class="q-click-wrapper" aria-label="More" role="button"><svg></svg></button></div></div></div>`;
const ans = answers.map(answer);
const adHtml = `<div class="q-box dom_annotate_ad_promoted_answer qu-borderAll qu-borderColor--raised qu-mb--small qu-bg--raised">
<div class="q-box qu-p--medium">
<div class="q-text qu-fontSize--small qu-color--gray_light">${ad[0]}</div><div class="q-text qu-bold qu-fontSize--large">${ad[1]}</div><div
class="q-text qu-mt--tiny">${ad[2]}</div><a class="q-box qu-mt--small" href="https://ad.quora.example/click?id=5519" rel="nofollow sponsored"><button
class="q-click-wrapper qu-bg--blue qu-borderRadius--pill"><span class="q-text qu-color--white">${ad[3]}</span></button></a></div></div>`;
const relHtml = `<div class="q-box dom_annotate_related_question_answer qu-borderAll qu-borderColor--raised qu-mb--small qu-bg--raised"><div class="q-box
qu-p--medium"><div class="q-text qu-fontSize--small qu-color--gray_light qu-bold">${related[0]}</div><a class="q-box" href="/What-is-the-ideal-water"><div
class="q-text qu-bold qu-dynamicFontSize--regular">${related[1]}</div></a><div class="q-flex qu-mt--small"><span class="q-text qu-bold">${related[2]}</span>
<span class="q-text qu-color--gray_light"> · </span><span class="q-text qu-color--gray_light">${related[3]}</span></div>
<div class="q-text qu-truncateLines--3">${related[4]}
<span class="q-text qu-color--blue_dark">${related[5]}</span></div></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - Quora</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Answer (1 of 4): Because your recipe is written in hours, and your dough is working in degrees."><link rel="canonical"
href="https://www.quora.com/Why-does-my-sourdough-come-out-dense-in-winter-even-though-I-follow-the-same-recipe"><meta property="og:site_name" content="Quora">
<meta property="og:title" content="${title}"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":4,
"dateCreated":"2021-12-04T08:11:00Z","suggestedAnswer":[{"@type":"Answer","text":"Because your recipe is written in hours…","upvoteCount":312,
"author":{"@type":"Person","name":"Hedda Lorimer"},"url":"https://www.quora.com/Why-does-my-sourdough/answer/Hedda-Lorimer"}]}}</script>
<link rel="stylesheet" href="https://qsf.cf2.quoracdn.example/-4-ans_frontend-assets.css"><script src="https://qsf.cf2.quoracdn.example/-4-ans_frontend.js"
async></script></head><body class="unified_layout"><div id="root"><div class="q-box">
<div class="q-fixed qu-fullX qu-zIndex--header qu-bg--raised qu-borderBottom"><div class="q-flex qu-alignItems--center qu-justifyContent--space-between
qu-px--medium" style="max-width: 1100px; margin: auto;"><a class="q-box" href="https://www.quora.com/" aria-label="Quora"><svg aria-label="Quora" height="30"
width="90"></svg></a><div class="q-flex" role="navigation">${nav
  .map((t) => `<a class="q-box qu-px--medium" href="/${t.toLowerCase()}" aria-label="${t}"><svg></svg><span class="q-text qu-display--none">${t}</span></a>`)
  .join('')}</div><div class="q-box qu-flex--auto"><div class="q-text-input"><input class="q-input" placeholder="Search Quora" type="text"></div></div>
<button class="q-click-wrapper qu-borderAll qu-borderRadius--pill"><div class="q-text">Try Quora+</div></button><a class="q-box" href="/login"><div
class="q-text qu-bold">Sign In</div></a><button class="q-click-wrapper qu-bg--red qu-borderRadius--pill"><div class="q-text qu-color--white">Add
question</div></button></div></div>
<div class="q-box qu-mt--large" style="max-width: 1100px; margin: auto;"><div class="q-flex"><div class="q-box qu-flex--auto" style="max-width: 600px;">
<div class="q-box qu-borderAll qu-borderRadius--small qu-borderColor--raised qu-boxShadow--small qu-bg--raised"><div class="q-box qu-pt--medium
qu-px--medium qu-pb--small"><div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold qu-color--gray_dark_dim qu-passColorToLinks qu-lineHeight--regular
qu-wordBreak--break-word puppeteer_test_question_title"><span class="q-box qu-userSelect--text"><span>${title}</span></span></div></div><div class="q-flex
qu-px--medium qu-pb--small"><button class="q-click-wrapper qu-borderAll qu-borderRadius--pill"><div class="q-text">Answer</div></button><button
class="q-click-wrapper"><div class="q-text">Follow</div><div class="q-text qu-color--gray_light"> · 12</div></button><button class="q-click-wrapper"><div
class="q-text">Request</div></button><button class="q-click-wrapper" aria-label="Downvote"><svg></svg></button></div></div>
<div class="q-flex qu-justifyContent--space-between qu-py--small"><div class="q-text qu-bold">All related (34)</div><button class="q-click-wrapper"><div
class="q-text">Recommended</div></button></div>
${ans[0]}
${adHtml}
${ans[1]}
${relHtml}
${ans[2]}
${ans[3]}
<div class="q-box qu-mt--small"><button class="q-click-wrapper qu-fullX"><div class="q-text qu-color--blue_dark">Continue Reading</div></button></div></div>
<div class="q-box qu-ml--large" style="width: 360px;"><div class="q-box qu-borderAll qu-bg--raised qu-p--medium"><div class="q-text qu-bold
qu-borderBottom">${rail[0]}</div>${rail
  .slice(1, 5)
  .map((t) => `<div class="q-box qu-py--small"><a class="q-box puppeteer_test_link" href="/${t.length}"><span class="q-text">${t}</span></a></div>`)
  .join('\n')}<div class="q-box qu-mt--small"><a class="q-box" href="#answers"><span class="q-text qu-color--blue_dark">${rail[5]}</span></a></div></div>
<div class="q-box qu-mt--medium qu-color--gray_light qu-fontSize--small">${foot
  .map((t) => `<a class="q-box" href="/about/${t.length}">${t}</a>`)
  .join('\n<span> · </span>\n')}
</div></div></div></div>
<div class="q-box" id="toast-container" style="display: none;"><div class="q-text">Something went wrong. Wait a moment and try again.</div><button
class="q-click-wrapper"><div class="q-text">Try again</div></button></div></div></div>
<script>window.ansFrontendGlobals = {"data":{"qid":"Q-4102219"}};</script></body></html>`;
export const quoraQuestion: TestPage = {
  html,
  name: 'heldout128-quora-question',
  kind: 'forum',
  // the answers are body; answerers' names and their "Updated 2y" / "3y" times are bylines; credentials, Follow, counts,
  // upvote and share bars, the sponsored answer, the related-question card (an answer to another question), the header,
  // the related questions rail, the footer links and the hidden error toast are furniture
  title,
  headings: [],
  body: answers.flatMap((a) => texts([...a.paras, ...(a.list ?? []), ...(a.after ?? [])])),
  bylines: [...answers.flatMap((a) => [a.name, a.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...nav, 'Try Quora+', 'Sign In', 'Add question', 'Follow', '· 12', 'Request', 'All related (34)', 'Recommended',
    ...answers.flatMap((a) => [a.cred.replace('&amp;', '&'), a.views, a.up, a.comments, a.shares]), 'View upvotes', 'View 9 shares', 'View 1 share',
    'Upvote', ...ad, ...related, 'Continue Reading', ...rail, ...foot, 'Something went wrong. Wait a moment and try again.', 'Try again',
  ].filter((t) => t !== ''))],
};
