import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 139, file d2: a Khan Academy article as a signed-out visitor saves it (skip link, the header with
 * Explore, search, Donate, Log in and Sign up, the course sidebar with unit, lesson and item types, the "Course: ... >
 * Unit" breadcrumb, the Google Classroom share button, the Perseus-rendered article with key points, a table and
 * headings, the "Up next for you" card, the "Want to join the conversation?" discussion with votes and answers, the
 * footer with mission text, link columns, language and country pickers, and the OneTrust cookie banner).
 */
const title = 'Consumer and producer surplus: a worked example';
const keyPoints = [
  '<strong>Consumer surplus</strong> is the difference between the most a buyer is willing to pay for a good and the price they actually pay.',
  '<strong>Producer surplus</strong> is the difference between the price a seller receives and the lowest price they would have accepted.',
  'Added together, consumer and producer surplus measure the total benefit that buyers and sellers get from trading in a market.',
];
const heads = ['Key points', 'Introduction', 'Setting up the market', 'Finding the surplus', 'What happens when the price changes?', 'Summary'];
const intro = [
  `Economists often say that voluntary trade makes both sides better off. But how much better off? In this article, we'll use a small, made-up market to
put numbers on that idea.`,
  `Imagine a Saturday farmers' market in the town of Brindle Falls. Five shoppers are thinking about buying a basket of strawberries, and five growers
have a basket each to sell.`,
];
const setup = ['Each shopper has a <em>willingness to pay</em>, the most they would pay for a basket. Each grower has a <em>minimum acceptable price</em>:'];
const rows = [
  ['Ana', '$9', 'Grower 1', '$2'],
  ['Bao', '$8', 'Grower 2', '$3'],
  ['Chidi', '$6', 'Grower 3', '$5'],
  ['Dora', '$5', 'Grower 4', '$6'],
  ['Eli', '$3', 'Grower 5', '$8'],
];
const setup2 = [
  `Suppose the market settles at a price of $5.50 a basket. At that price, Ana, Bao and Chidi want to buy, because each values a basket at more than
$5.50. Growers 1, 2 and 3 want to sell, because each would accept less than $5.50. Three baskets change hands.`,
];
const finding = ["To find consumer surplus, subtract the price from each buyer's willingness to pay and add up the results:"];
const findingList = ['Ana: $9 − $5.50 = $3.50', 'Bao: $8 − $5.50 = $2.50', 'Chidi: $6 − $5.50 = $0.50'];
const finding2 = [
  `Consumer surplus is $3.50 + $2.50 + $0.50 = $6.50. Doing the same for the sellers, producer surplus is ($5.50 − $2) + ($5.50 − $3) + ($5.50 − $5) =
$6.50. Total surplus in the market is $13.`,
  `Notice that Dora does not buy, because her willingness to pay of $5 is below the price. Grower 4 does not sell either. No surplus is lost by leaving
them out: there is no price at which Dora and Grower 4 could both gain from trading with each other.`,
];
const change = [
  `Now suppose a rainy week means only two growers show up, and the price rises to $7. Only Ana and Bao buy. Consumer surplus falls to $2 + $1 = $3,
while producer surplus for Growers 1 and 2 rises to $5 + $4 = $9. Total surplus falls to $12, because one trade that would have benefited both sides no
longer happens.`,
];
const summary = [
  `Consumer and producer surplus let us measure the gains from trade in dollars. In a competitive market, the equilibrium price and quantity make total
surplus as large as possible, which is why economists pay close attention to anything that stops trades from happening.`,
];
const header = ['Explore', 'Donate', 'Log in', 'Sign up'];
const lessonItems: [string, string][] = [
  ['Consumer surplus introduction', 'Video'],
  ['Producer surplus', 'Video'],
  ['Total surplus and efficiency', 'Video'],
  [title, 'Article'],
  ['Consumer and producer surplus', 'Practice'],
];
const upNext = ['Up next for you:', 'Practice: Consumer and producer surplus', 'Get 3 of 4 questions to level up!', 'Start'];
const questions = [
  {
    user: 'KestrelNine',
    when: '2 years ago',
    votes: '(14 votes)',
    text: "Why doesn't Dora count in the consumer surplus if she still wanted strawberries?",
    answer: 'Consumer surplus only counts people who actually buy. Dora wanted a basket, but not at $5.50, so she got no benefit from this market.',
    by: 'Marisol Ortega',
    ago: '2 years ago',
  },
  {
    user: 'tidepool.reader',
    when: '8 months ago',
    votes: '(6 votes)',
    text: 'Is total surplus always bigger at the equilibrium price than at any other price?',
    answer: 'In a competitive market without outside effects like pollution, yes. Any other price blocks some trades that would have helped both sides.',
    by: 'Sam Whitlock',
    ago: '8 months ago',
  },
];
const discussion = ['Want to join the conversation?', 'Log in', 'Sort by:', 'Top Voted', 'Upvote', 'Downvote', 'Flag', 'Reply', 'more', 'Answer'];
const footerCols: [string, string[]][] = [
  ['About', ['News', 'Impact', 'Our team', 'Our interns', 'Our content specialists', 'Our leadership', 'Our supporters', 'Our contributors', 'Our finances']],
  ['Careers', ['Internships', 'Cookie Preferences']],
  ['Contact', ['Help center', 'Support community', 'Share your story', 'Press']],
  ['Courses', ['Math: Pre-K - 8th grade', 'Science', 'Economics', 'Reading & language arts']],
];
const mission = 'Our mission is to provide a free, world-class education to anyone, anywhere.';
const nonprofit = 'Khan Academy is a 501(c)(3) nonprofit organization. Donate or volunteer today!';
const legal = ['© 2025 Khan Academy', 'Terms of use', 'Privacy Policy', 'Cookie Notice', 'Accessibility Statement'];
const cookie = `We use cookies and similar technologies to make our site work, to understand how it is used and to improve it. You can choose which
cookies to allow in Cookies Settings.`;
const para = (t: string, i: number): string =>
  `<div class="paragraph" data-perseus-paragraph-index="${i}"><div class="paragraph perseus-paragraph-centered"><p>${t}</p></div></div>`;
const h2 = (t: string, i: number): string =>
  `<div class="paragraph" data-perseus-paragraph-index="${i}"><h2 class="perseus-heading" id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2></div>`;
const ul = (items: readonly string[], i: number): string =>
  `<div class="paragraph" data-perseus-paragraph-index="${i}"><ul>${items.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>`;
const q = (x: (typeof questions)[number]): string => `<div class="_1x9y6oa" data-testid="discussion-item"><div class="_avatar" aria-hidden="true"></div>
<div><a class="_author" href="/profile/${x.user}">${x.user}</a><span class="_ts">${x.when}</span></div><div class="_1ks1r5x"><span>${x.text}</span></div>
<div class="_votes"><button aria-label="Button opens signup modal" class="_upvote"><span class="_sr">Upvote</span></button><span>${x.votes}</span>
<button aria-label="Button opens signup modal"><span class="_sr">Downvote</span></button><button aria-label="Button opens signup modal"><span
class="_sr">Flag</span></button>
<button class="_more">more</button></div><div class="_answers"><div class="_answer-head">Answer</div><div class="_1x9y6oa" data-testid="discussion-answer">
<a class="_author" href="/profile/${x.by.replace(/ /g, '')}">${x.by}</a><span class="_ts">${x.ago}</span><div class="_1ks1r5x"><span>${x.answer}</span></div>
<button aria-label="Button opens signup modal">Reply</button></div></div></div>`;
let n = 0;
const article = [
  h2(heads[0]!, n++),
  ul(keyPoints, n++),
  h2(heads[1]!, n++),
  ...intro.map((t) => para(t, n++)),
  h2(heads[2]!, n++),
  ...setup.map((t) => para(t, n++)),
  `<div class="paragraph" data-perseus-paragraph-index="${n++}"><div class="perseus-widget-container widget-nohighlight widget-block"><table
class="perseus-table">
<thead><tr><th>Shopper</th><th>Willingness to pay</th><th>Grower</th><th>Minimum acceptable price</th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></div>`,
  ...setup2.map((t) => para(t, n++)),
  h2(heads[3]!, n++),
  ...finding.map((t) => para(t, n++)),
  ul(findingList, n++),
  ...finding2.map((t) => para(t, n++)),
  h2(heads[4]!, n++),
  ...change.map((t) => para(t, n++)),
  h2(heads[5]!, n++),
  ...summary.map((t) => para(t, n++)),
].join('\n');
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Consumer and producer surplus: a worked example (article) | Khan Academy</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="A worked example of consumer and producer surplus in a small market.">
<meta property="og:title" content="${title} (article) | Khan Academy"><meta property="og:type" content="article"><meta property="og:site_name"
content="Khan Academy">
<link rel="canonical" href="https://www.khanacademy.org/economics-finance-domain/microeconomics/consumer-producer-surplus/a/surplus-worked-example">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"${title}","learningResourceType":"Article",
"educationalLevel":"High school","provider":{"@type":"Organization","name":"Khan Academy"}}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="a7c1b6d0-khan" async></script>
<script>window.__KA_DATA__={"path":"/a/surplus-worked-example","contentKind":"Article","kaLocale":"en"};</script>
<link rel="stylesheet" href="https://cdn.kastatic.org/genfiles/css/app-shell.b7f21a.css"><script src="https://cdn.kastatic.org/genfiles/js/app-shell.9c3e11.js"
defer></script></head>
<body><div id="app-shell-root"><div class="_1ro2rt0"><a href="#main-content" class="_skip-link">Skip to main content</a>
<header data-testid="header" role="banner" class="_6bj5nc"><nav aria-label="Main"><button data-testid="learn-menu-dropdown"
class="_nav-button">${header[0]}</button>
<form role="search" class="_search"><input type="search" aria-label="Search" placeholder="Search"></form><a href="/" aria-label="Khan Academy home"
class="_logo"><svg
role="img" aria-hidden="true"></svg></a><a href="/donate" class="_donate">${header[1]}</a><a href="/login" class="_login">${header[2]}</a>
<a href="/signup" class="_signup">${header[3]}</a></nav></header>
<div class="_1k7t6m1"><nav aria-label="Course navigation" data-testid="course-sidebar" class="_sidebar"><div class="_course">Course: Microeconomics</div>
<div class="_unit"><span>Unit 2: Supply, demand, and market equilibrium</span></div><h2 class="_lesson">Lesson 5: Consumer and producer surplus</h2><ul>
${lessonItems
  .map(
    ([t, kind]) => `<li class="_item${t === title ? ' _selected' : ''}"><a href="/x/${t.length}"><span class="_kind">${kind}</span><span
class="_title">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav>
<main id="main-content" class="_main"><div data-testid="breadcrumbs" class="_crumbs"><a href="/economics-finance-domain/microeconomics">Course:
Microeconomics</a>
<span aria-hidden="true">&gt;</span><a href="/economics-finance-domain/microeconomics/supply-demand-equilibrium">Unit 2</a></div>
<div class="_article-header"><h1 class="_1rf5hxm">${title}</h1><div class="_share"><button aria-label="Share to Google Classroom" class="_gc"><span>Google
Classroom</span>
</button></div></div>
<div data-testid="article-renderer" class="framework-perseus"><div class="perseus-renderer perseus-renderer-responsive">
${article}
</div></div>
<div data-testid="up-next" class="_upnext"><span>${upNext[0]}</span><a href="/x/practice"><span>${upNext[1]}</span><span>${upNext[2]}</span></a>
<a role="button" href="/x/practice" class="_start">${upNext[3]}</a></div>
<section data-testid="discussion-module" class="_discussion"><h2>${discussion[0]}</h2><div class="_login-prompt"><a href="/login">${discussion[1]}</a></div>
<div class="_sort"><label>${discussion[2]}</label><button>${discussion[3]}</button></div>
${questions.map(q).join('\n')}
</section></main></div>
<footer class="_footer" data-testid="footer"><div class="_mission"><p>${mission}</p><p>${nonprofit}</p></div>
${footerCols
  .map(
    ([h, items]) =>
      `<div class="_col"><h3>${h}</h3><ul>${items
        .map(
          (t) => `<li><a
href="/${t.length}">${t.replace(/&/g, '&amp;')}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}
<div class="_col"><h3>Download our apps</h3></div><div
class="_pickers"><label>Language</label><button>English</button><label>Country</label><button>U.S.</button></div>
<ul class="_legal">${legal.map((t) => `<li>${t.startsWith('©') ? t : `<a href="/about/${t.length}">${t}</a>`}</li>`).join('')}</ul></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container"><div id="onetrust-policy"><div id="onetrust-policy-text">${cookie}</div></div></div><div id="onetrust-button-group-parent">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All
Cookies</button></div></div>
</div></div></div></div></body></html>`;

export const khanArticle: TestPage = {
  name: 'heldout139-khan-academy-article',
  kind: 'wiki',
  html,
  // key points, the worked example's table data cells (header cells in neither list) and lists are body; the course
  // sidebar (its own entry for this article repeats the title and is left out), breadcrumb, share button, "Up next" card,
  // the discussion (reader questions and answers on a non-discussion page), footer and cookie banner are furniture
  title,
  headings: heads,
  body: texts([...keyPoints, ...intro, ...setup, ...rows.flat(), ...setup2, ...finding, ...findingList, ...finding2, ...change, ...summary]),
  bylines: [],
  furniture: [
    'Skip to main content',
    ...header,
    'Course: Microeconomics',
    'Unit 2: Supply, demand, and market equilibrium',
    'Lesson 5: Consumer and producer surplus',
    ...lessonItems.filter(([t]) => t !== title).map(([t]) => t),
    'Video',
    'Article',
    'Practice',
    'Unit 2',
    'Google Classroom',
    ...upNext,
    ...discussion.filter((t) => t !== 'Log in'),
    ...questions.flatMap((x) => [x.user, x.votes, x.text, x.answer, x.by]),
    '2 years ago',
    '8 months ago',
    mission,
    nonprofit,
    ...footerCols.flatMap(([h, items]) => [h, ...items]),
    'Download our apps',
    'Language',
    'English',
    'Country',
    'U.S.',
    ...legal,
    cookie,
    'Cookies Settings',
    'Accept All Cookies',
  ],
};
