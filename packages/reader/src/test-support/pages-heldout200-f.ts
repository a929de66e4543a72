import { links, type TestPage, texts } from './page-kit.js';
import { classroomBlog } from './pages-heldout200-f2.js';

/**
 * Held-out batch 200, file f: a Khan Academy article (a "review" page in a course unit) as a signed-out visitor saves it
 * (the header with "Explore", search, "Donate", "Log in" and "Sign up", the course sidebar with the unit's lessons and
 * their kinds, the Perseus-rendered article with TeX fallbacks, the "Up next" box, the "Want to join the conversation?"
 * questions and tips tabs with posted questions, the donation banner and the footer).
 */
const kaTitle = 'Percent change review';
const kaP1 = [
  'A <b>percent change</b> tells us how much a quantity has grown or shrunk compared with where it started. We always ' +
    'compare the change with the <i>original</i> amount, not the new amount.',
  'Percent change = (new amount − original amount) ÷ original amount × 100%',
  'If the result is positive, the quantity increased. If it is negative, the quantity decreased.',
];
const kaH1 = 'Example 1: percent increase';
const kaP2 = [
  'Last season the Dunmore Otters youth soccer team had 40 players. This season it has 52 players. What is the percent ' + 'increase in the number of players?',
  'First, find the change: 52 − 40 = 12 players.',
  'Next, divide by the original amount: 12 ÷ 40 = 0.3.',
  'Finally, write the result as a percent: 0.3 × 100% = 30%.',
  'The number of players increased by 30%.',
];
const kaH2 = 'Example 2: percent decrease';
const kaP3 = [
  'A bike helmet at Corrie’s Cycles cost $64. During a sale, the price dropped to $48. What is the percent decrease in price?',
  'The change is 48 − 64 = −16 dollars. The negative sign tells us the price went down.',
  'Dividing by the original price gives −16 ÷ 64 = −0.25, or −25%.',
  'The price decreased by 25%.',
];
const kaH3 = 'Watch out for this common mistake';
const kaP4 = [
  'Suppose a price goes up from $50 to $60 and then back down from $60 to $50. It is tempting to think both changes are 20%, ' + 'but they are not:',
];
const kaList = [
  'Going up: the change of $10 is compared with $50, so the increase is 10 ÷ 50 = 20%.',
  'Going down: the same $10 is compared with $60, so the decrease is 10 ÷ 60 ≈ 16.7%.',
];
const kaP5 = [
  'The dollar amounts are the same, but the original amounts are different, so the percents are different too. Always check ' +
    'which amount you started from before you divide.',
];
const kaH4 = 'Practice';
const kaP6 = [
  'Problem 1: A town library had 2,500 visitors in March and 2,900 visitors in April. What was the percent increase?',
  'Problem 2: A phone’s battery life dropped from 20 hours to 17 hours after a year of use. What was the percent decrease?',
  'Want more practice? Try this exercise.',
];
const kaNav = ['Explore', 'Search', 'AI for Teachers', 'Donate', 'Log in', 'Sign up'];
const kaCourse = ['7th grade', 'Unit 2: Rates and percentages', 'Lesson 4: Percent word problems'];
const kaLessons: readonly [string, string][] = [
  ['Percent word problem: magic club', 'Video'],
  ['Percent problems', 'Practice'],
  ['Percent change', 'Video'],
  ['Percent change review', 'Article'],
  ['Percent change word problems', 'Practice'],
];
const kaUpNext = ['Up next for you:', 'Percent change word problems', 'Get 3 of 4 questions to level up!', 'Start'];
const kaTabs = ['Want to join the conversation?', 'Log in', 'Sort by:', 'Top Voted', 'Questions', 'Tips & Thanks'];
const kaQs = [
  {
    who: 'Jasmine Okafor',
    when: '2 years ago',
    text: 'Why do we divide by the original amount and not the new one? Wouldn’t both work?',
    votes: '14 votes',
  },
  { who: 'Theo Brandt', when: 'a year ago', text: 'Is percent change the same thing as percent error?', votes: '6 votes' },
];
const kaQActions = ['Reply', 'Button navigates to signup page', 'Flag', 'Answer', 'See 3 more replies'];
const kaDonate = [
  'Khan Academy is a 501(c)(3) nonprofit organization. Donate or volunteer today!',
  'Our mission is to provide a free, world-class education to anyone, anywhere.',
];
const kaFoot = [
  'About',
  'News',
  'Impact',
  'Our team',
  'Our interns',
  'Our content specialists',
  'Our leadership',
  'Our supporters',
  'Our contributors',
  'Careers',
  'Internships',
  'Contact',
  'Help center',
  'Support community',
  'Share your story',
  'Press',
  'Download our apps',
  'Courses',
  'Math: Pre-K - 8th grade',
  'Math: Get ready courses',
  'Math: high school & college',
  'Science',
  'Computing',
  'Economics',
  'Reading & language arts',
  'Life skills',
  'Terms of use',
  'Privacy Policy',
  'Cookie Notice',
  'Accessibility Statement',
];
const kaPara = (t: string, i: number): string => `<div class="paragraph" data-perseus-paragraph-index="${i}"><div class="paragraph">${t}</div></div>`;
const kaParas = (a: readonly string[], from: number): string => a.map((t, i) => kaPara(t, from + i)).join('\n');
const kaHead = (t: string, i: number): string => `<div class="paragraph" data-perseus-paragraph-index="${i}"><h2>${t}</h2></div>`;
const kaQ = (q: (typeof kaQs)[number]): string => `<li class="_discussion-item"><div class="_author"><a href="#">${q.who}</a>
<span class="_posted">Posted ${q.when}.</span></div><div class="_content"><span>${q.text}</span></div><div class="_actions">
<span class="_votes">${q.votes}</span>${kaQActions
  .slice(0, 3)
  .map((a) => `<button>${a}</button>`)
  .join('')}</div></li>`;
const kaHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Percent change review (article) | Khan Academy</title>
<meta name="description" content="Review percent change and try some practice problems.">
<meta property="og:title" content="Percent change review (article) | Khan Academy"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.khanacademy.org/math/cc-seventh-grade-math/cc-7th-ratio-proportion/cc-7th-percent-word-problems/a/percent-change-review"
>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"${kaTitle}","isAccessibleForFree":true,
"publisher":{"@type":"Organization","name":"Khan Academy"},"educationalLevel":"7th grade"}</script>
<script>window.__APOLLO_STATE__={"ContentForPath":{"contentKind":"Article","slug":"percent-change-review"}};</script>
<script src="https://cdn.kastatic.example/genwebpack/prod/en/runtime.3c1d7e.js" defer></script></head>
<body><div id="app-shell-root"><a class="_skip" href="#main-content">Skip to main content</a>
<nav data-testid="header" aria-label="Main" class="_header"><ul>${links(kaNav, '_header-item')}</ul>
<a href="/" class="_logo" aria-label="Khan Academy home"><span class="_sr">Khan Academy</span></a></nav>
<div class="_layout"><nav data-testid="course-sidebar" aria-label="Course" class="_sidebar"><ol class="_breadcrumbs">${links(kaCourse)}</ol>
<ul class="_lessons">${kaLessons.map(([t, k]) => `<li class="_lesson"><a href="#"><span class="_kind">${k}</span><span>${t}</span></a></li>`).join('\n')}
</ul></nav>
<main id="main-content" class="_main"><div data-testid="content-library-article" class="_article">
<h1 data-testid="article-title" class="_title">${kaTitle}</h1>
<div class="perseus-renderer perseus-renderer-responsive">
${kaParas(kaP1, 0)}
${kaHead(kaH1, 3)}
${kaParas(kaP2, 4)}
${kaHead(kaH2, 9)}
${kaParas(kaP3, 10)}
${kaHead(kaH3, 14)}
${kaParas(kaP4, 15)}
<div class="paragraph" data-perseus-paragraph-index="16"><ul class="perseus-list">${kaList.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
${kaParas(kaP5, 17)}
${kaHead(kaH4, 18)}
${kaParas(kaP6, 19)}
</div></div>
<div class="_up-next" data-testid="up-next"><span>${kaUpNext[0]}</span><strong>${kaUpNext[1]}</strong><p>${kaUpNext[2]}</p>
<a href="#" class="_button">${kaUpNext[3]}</a></div>
<section class="_discussion" aria-label="Discussion"><h2>${kaTabs[0]}</h2><a href="/login">${kaTabs[1]}</a>
<div class="_sort"><label>${kaTabs[2]}</label><button>${kaTabs[3]}</button></div><div role="tablist"><button role="tab">${kaTabs[4]}</button>
<button role="tab">${kaTabs[5]}</button></div><ul>${kaQs.map(kaQ).join('\n')}</ul><button>${kaQActions[3]}</button>
<button class="_more">${kaQActions[4]}</button></section></main></div>
<div class="_donate-banner"><p>${kaDonate[0]}</p></div>
<footer class="_footer"><p>${kaDonate[1]}</p><ul>${links(kaFoot, '_footer-item')}</ul><div class="_locale"><span>Language</span>
<button>English</button><span>Country</span><button>U.S.</button></div></footer></div></body></html>`;
const khan: TestPage = {
  html: kaHtml,
  name: 'heldout200-khan-academy-article-docs',
  kind: 'docs',
  // the formula line and the worked steps are body, and so is the article's own "Want more practice?" line; the course
  // sidebar (lesson titles and kinds), "Up next", the discussion tabs and posted questions (their names and times too,
  // since the discussion is not the article), the donation banner and the footer are furniture
  title: kaTitle,
  headings: [kaH1, kaH2, kaH3, kaH4],
  body: [...texts(kaP1), ...kaP2, ...kaP3, ...kaP4, ...kaList, ...kaP5, ...kaP6],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...kaNav, ...kaCourse, ...kaLessons.map(([t]) => t).filter((t) => t !== kaTitle && t !== 'Percent change'), 'Video', 'Article',
    ...kaUpNext.filter((t) => t !== 'Percent change word problems'), ...kaTabs.filter((t) => t !== 'Log in'),
    ...kaQs.flatMap((q) => [q.who, `Posted ${q.when}.`, q.text, q.votes]), ...kaQActions, ...kaDonate, ...kaFoot, 'Language', 'English', 'Country', 'U.S.',
  ],
};

export const HELDOUT200_F: readonly TestPage[] = [khan, classroomBlog];
