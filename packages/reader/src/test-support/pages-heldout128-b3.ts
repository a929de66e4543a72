import { links, ps, type TestPage, texts } from './page-kit.js';
import {
  type SePost,
  seAnswerForm,
  seAnswersHeader,
  seCookie,
  seCookieBanner,
  seFooter,
  seFooterCompany,
  seFooterNetwork,
  seForm,
  sePost,
  seSideList,
  seSocial,
  seSort,
  seTips,
} from './pages-heldout128-b2.js';
import { paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file b3: a Stack Overflow question with an accepted answer, two more answers and comments.
 */
const title = 'pandas merge on a date column returns an empty DataFrame even though the dates match';
const pre = (code: string): string => `<pre class="lang-py s-code-block"><code class="hljs language-python">${code}</code></pre>`;
const q1 = paras(`
I have two CSV exports from our warehouse system, one with daily shipments and one with daily weather readings, and I want to join
them on the date. Both files have a <code>date</code> column, and when I print them the values look identical, but the merge returns
an empty DataFrame.`);
const q2 = paras(`
Both <code>head()</code> outputs show dates like <code>2024-11-03</code>. The shipments file has 412 rows and the weather file 365,
so I would expect at least 300 matches.

I have tried <code>how='inner'</code> and <code>how='left'</code>; with <code>left</code> every weather column is <code>NaN</code>.
What am I missing?`);
const qCode = pre(`import pandas as pd

shipments = pd.read_csv("shipments.csv", parse_dates=["date"])
weather = pd.read_csv("weather.csv", parse_dates=["date"])

daily = shipments.merge(weather, on="date", how="inner")
print(len(daily))  # 0`);
const a1 = paras(`
The two columns look the same when printed, but they are not the same type. One is timezone-naive (<code>datetime64[ns]</code>) and
the other is timezone-aware (<code>datetime64[ns, UTC]</code>). Depending on your pandas version, merging them either raises an error
or quietly finds no equal keys, and the second is what you are seeing.

The weather export almost certainly writes its timestamps with a <code>Z</code> or <code>+00:00</code> suffix, so
<code>parse_dates</code> makes them aware. Make both sides the same kind before merging:`);
const a1b = paras(`If you only care about the calendar day, it is often clearer to merge on a plain date key instead:`);
const a1c = paras(`
Normalising matters because <code>tz_convert(None)</code> keeps the time of day. If the weather readings are stamped at 06:00 rather
than midnight, the keys still won’t match until you strip the time.`);
const a2 = paras(`To add to the accepted answer: a quick way to see why keys do not match is to compare one value from each side directly.`);
const a2b = paras(`
If that prints <code>False</code> (or raises) while the printed values look identical, the difference is in the dtype, not the data.
The same trick catches the other common cause, a date column that was read as strings on one side.`);
const a3 = paras(`
If you control the exports, the cleanest fix is upstream: write both files in the same format and pass the same
<code>parse_dates</code> and <code>date_format</code> arguments when you read them. We had exactly this problem with two systems that
disagreed about UTC, and fixing it once in the loader saved us from sprinkling conversions through the analysis code.

Also worth knowing: <code>pd.merge_asof</code> is the better tool if your timestamps are close but not identical, for example hourly
readings joined to shipments logged at arbitrary times.`);
const q: SePost = {
  id: '79412345',
  score: '14',
  action: 'asked',
  time: 'Mar 4 at 9:12',
  user: 'Priyam Voss',
  rep: '1,482',
  badges: ['2 silver badges', '14 bronze badges'],
  edited: { time: 'Mar 4 at 11:03' },
  tags: ['python', 'pandas', 'datetime', 'merge'],
  body: `${ps(q1)}\n${qCode}\n${ps(q2)}`,
  comments: [
    {
      score: '2',
      user: 'Lena Okafor',
      time: 'Mar 4 at 9:30',
      text:
        'What does <code>shipments.dtypes</code> say for the date column, compared with <code>weather.dtypes</code>? ' +
        'My guess is that one of them is not what you think.',
    },
    {
      score: '',
      user: 'Priyam Voss',
      time: 'Mar 4 at 9:41',
      text: '@LenaOkafor shipments is <code>datetime64[ns]</code> and weather is <code>datetime64[ns, UTC]</code>. I didn’t know that could matter.',
    },
  ],
};
const answers: SePost[] = [
  {
    id: '79412400',
    score: '22',
    action: 'answered',
    time: 'Mar 4 at 10:21',
    user: 'Henrik Sølvberg',
    rep: '38.9k',
    accepted: true,
    badges: ['6 gold badges', '71 silver badges', '102 bronze badges'],
    body: `${ps(a1)}\n${pre(`weather["date"] = weather["date"].dt.tz_convert(None)\ndaily = shipments.merge(weather, on="date", how="inner")`)}
${ps(a1b)}\n${pre(`shipments["day"] = shipments["date"].dt.normalize()\nweather["day"] = weather["date"].dt.tz_convert(None).dt.normalize()
daily = shipments.merge(weather, on="day", how="inner")`)}\n${ps(a1c)}`,
    comments: [
      {
        score: '3',
        user: 'Priyam Voss',
        time: 'Mar 4 at 10:58',
        text: 'This was it. The weather timestamps were 00:00 UTC, and after <code>tz_convert(None)</code> the merge returns 311 rows. Thank you!',
      },
    ],
  },
  {
    id: '79412551',
    score: '9',
    action: 'answered',
    time: 'Mar 4 at 12:47',
    user: 'k.adeyemi',
    rep: '5,210',
    badges: ['3 silver badges', '19 bronze badges'],
    edited: { time: 'Mar 5 at 8:15' },
    body: `${ps(a2)}\n${pre(`a = shipments["date"].iloc[0]\nb = weather["date"].iloc[0]\nprint(type(a), type(b), a == b)`)}\n${ps(a2b)}`,
    comments: [],
  },
  {
    id: '79413977',
    score: '2',
    action: 'answered',
    time: 'Mar 5 at 14:02',
    user: 'Marguerite Fall',
    rep: '611',
    badges: ['1 silver badge', '6 bronze badges'],
    body: ps(a3),
    comments: [],
  },
];
const posts = [q, ...answers];
const nav = ['Home', 'Questions', 'Tags', 'Users', 'Companies', 'Labs', 'Jobs', 'Discussions', 'Collectives'];
const teams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
const blog = ['Why your build cache keeps missing (and how we fixed ours)', 'A look back at a decade of developer surveys'];
const meta = ['Policy update for answers written with the help of AI tools', 'Results of the March 2025 community moderator election'];
const linked: [string, string][] = [
  ['87', 'Pandas: convert timezone-aware DateTimeIndex to naive timestamp, but in certain timezone'],
  ['31', 'Merging two DataFrames on datetime columns gives NaN values'],
];
const related: [string, string][] = [
  ['412', 'How to remove timezone from a Timestamp column in pandas'],
  ['56', 'pandas merge_asof with a tolerance on two datetime columns'],
  ['18', 'Why does pd.to_datetime give a different dtype for the same strings?'],
  ['7', 'Joining daily and hourly data in pandas without duplicating rows'],
];
const hot = [
  'Is it safe to leave a lithium bike battery charging overnight?',
  'Why do sundials in the southern hemisphere run the other way?',
  'What is the earliest known use of the word “algorithm” in English?',
  'Can a tenant refuse a second set of keys to the landlord?',
];
const products = [
  'Stack Overflow for Teams',
  'Where developers & technologists share private knowledge with coworkers',
  'Advertising',
  'Reach devs & technologists worldwide about your product, service or employer brand',
  'Knowledge Solutions',
  'Data licensing offering for businesses to build and improve AI tools and models',
  'Labs',
  'The future of collective knowledge sharing',
  'About the company',
  'Visit the blog',
];
const html = `<!DOCTYPE html>
<html class="html__responsive html__unpinned-leftnav" lang="en"><head><title>python - ${title} - Stack Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.example/Sites/stackoverflow/Img/favicon.ico"><link rel="canonical"
href="https://stackoverflow.com/questions/79412345/pandas-merge-on-a-date-column-returns-an-empty-dataframe-even-though-the-dates"><meta
name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0"><meta property="og:type" content="website">
<meta property="og:site_name" content="Stack Overflow"><meta name="twitter:title" property="og:title" itemprop="name" content="${title}">
<meta name="twitter:description" property="og:description" itemprop="description" content="I have two CSV exports from our warehouse system.">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.example/Shared/stacks.css?v=5c3b9a1d8f21">
<script src="https://cdn.sstatic.example/Js/stub.en.js?v=2b1e4d7c9a01"></script>
<script>StackExchange.init({"locale":"en","serverTime":1741254161,"routeName":"Questions/Show","stackAuthUrl":"https://stackauth.com"});</script>
</head><body class="question-page unified-theme floating-content"><div id="notify-container"></div><div id="custom-header"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><a href="#content" class="s-topbar--skip-link">Skip to main content</a>
<div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true"
aria-controls="left-sidebar" aria-expanded="false"><span></span></a><a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com">
<span class="-img _glyph">Stack Overflow</span></a><ol class="s-navigation" role="presentation"><li class="md:d-none"><a
href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">About</a></li><li><a href="#" class="s-navigation--item js-products-menu"
aria-controls="products-popover">Products</a></li><li class="md:d-none"><a href="https://stackoverflow.co/teams/" class="s-navigation--item">For Teams</a>
</li></ol><div class="s-popover ws2 mtn2 p6" id="products-popover" role="menu" aria-hidden="true"><ol class="list-reset s-anchors s-anchors__inherit">
${[0, 2, 4, 6]
  .map(
    (i) => `<li class="m6"><a href="/p${i}" class="bg-black-150 d-block p6 bar-sm"><span class="fs-body1 d-block">${products[i]?.replace(/&/g, '&amp;')}</span>
<span class="fs-caption d-block">${products[i + 1]?.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}<li class="bt bc-black-075 py6 px6 mx6 mt6"><a href="https://stackoverflow.co/">${products[8]}</a><a href="https://stackoverflow.blog"
class="ml12">${products[9]}</a></li></ol></div>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group">
<input name="q" type="text" role="combobox" placeholder="Search…" aria-label="Search" maxlength="240" class="s-input s-input__search js-search-field">
</div></form><nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li class="s-topbar--item px4"><a
href="https://stackoverflow.com/users/login?ssrc=head" class="s-topbar--item s-topbar--item__unset s-btn s-btn__outlined ws-nowrap" rel="nofollow">Log in</a>
</li><li class="s-topbar--item px4"><a href="https://stackoverflow.com/users/signup?ssrc=head" class="s-topbar--item s-topbar--item__unset ml4 s-btn
s-btn__filled ws-nowrap" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container"><div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative">
<div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links">${links(nav, 'ps-relative')}</ol>
<div class="nav-links--collectives"><span class="fs-fine fc-black-400">Communities for your favorite technologies.</span>
<a href="/collectives-all" class="s-link">Explore all Collectives</a></div><div class="ps-relative mt16"><h2 class="fs-fine fw-bold tt-uppercase">Teams</h2>
<p class="fs-caption">${teams[0]}</p><a href="https://try.stackoverflow.co/" class="s-btn s-btn__filled s-btn__xs">${teams[1]}</a>
<a href="https://stackoverflow.co/teams/" class="s-btn s-btn__xs s-btn__link">${teams[2]}</a></div></nav></div></div>
<div id="content" class="snippet-hidden"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/QAPage"><link itemprop="image"
href="https://cdn.sstatic.example/Sites/stackoverflow/Img/apple-touch-icon.png"><div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a
href="/questions/79412345/pandas-merge-on-a-date-column-returns-an-empty-dataframe-even-though-the-dates" class="question-hyperlink">${title}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask
Question</a></div></div><div class="d-flex fw-wrap pb8 mb16 bb bc-black-200"><div class="flex--item ws-nowrap mr16 mb8" title="2025-03-04 09:12:41Z">
<span class="fc-black-400 mr2">Asked</span> <time itemprop="dateCreated" datetime="2025-03-04T09:12:41">9 months ago</time></div><div
class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit"
title="2025-03-05 14:02:19Z">9 months ago</a></div><div class="flex--item ws-nowrap mb8" title="Viewed 1,904 times"><span class="fc-black-400 mr2">
Viewed</span> 1k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="js-zone-container zone-container-main"><div id="dfp-tlb"
class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard"></div><div class="js-report-ad-button-container"
style="width: 728px"><button class="js-report-ad s-btn s-btn__link fs-fine mt2 float-right d-none">Report this ad</button></div></div>
${sePost(q, 'question', q.user)}
<div id="answers"><a name="tab-top"></a>${seAnswersHeader(answers.length)}
${answers.map((a) => `<a name="${a.id}"></a>${sePost(a, 'answer', q.user)}`).join('\n')}
${seAnswerForm(q.tags ?? [])}</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar"><div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors
s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">The
Overflow Blog</div>${links(blog, 's-sidebarwidget--item d-flex px16')}<div class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-block">Featured
on Meta</div>${links(meta, 's-sidebarwidget--item d-flex px16')}</ul></div><div class="js-zone-container zone-container-sidebar"><div id="dfp-tsb"
class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div></div>
${seSideList('linked', 'Linked', linked)}${seSideList('related', 'Related', related, 'related js-related')}
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link
s-link__inherit">Hot Network Questions</a></h4><ul>${hot
  .map(
    (t, i) => `<li><div class="favicon favicon-site${i}" title="Site ${i}"></div><a href="https://site${i}.stackexchange.example/q/${i}"
class="js-gps-track question-hyperlink mb0">${t}</a></li>`,
  )
  .join('\n')}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<div id="feed-link"><a href="/feeds/question/79412345" title="Feed of this question and its answers"><svg aria-hidden="true" class="fc-orange-400
svg-icon iconRss" width="18" height="18"></svg> Question feed</a></div></div></div></div></div></div>
${seFooter('Stack Overflow', ['Questions', 'Help', 'Chat'], '2025.3.7.23711')}
${seCookieBanner}
<script>StackExchange.ready(function () { StackExchange.question.init({ votesCast: [], canViewVoteCounts: true, questionId: 79412345 }); });</script>
</body></html>`;
export const stackOverflowQuestion: TestPage = {
  html,
  name: 'heldout128-stackoverflow-question',
  kind: 'forum',
  // question, answers and all comments are body; code blocks are in neither list; user names, "asked/answered/edited"
  // times, the "Asked" and "Modified" lines and comment dates are bylines; scores, reputations, badges, vote tooltips,
  // tags, the post menus, the answer form, side bar widgets, the cookie banner and footer are furniture
  title,
  headings: [],
  body: posts.flatMap((p) => [
    ...texts(p === q ? [...q1, ...q2] : (p.body.match(/<p>[\s\S]*?<\/p>/g) ?? []).map((x) => x.slice(3, -4))),
    ...texts(p.comments.map((c) => c.text)),
  ]),
  bylines: [
    ...new Set(
      posts.flatMap((p) => [p.user, `${p.action} ${p.time}`, ...(p.edited ? [`edited ${p.edited.time}`] : []), ...p.comments.flatMap((c) => [c.user, c.time])]),
    ),
    'Asked 9 months ago',
    'Modified 9 months ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Stack Overflow', 'About', 'Products', 'For Teams', ...products, 'Log in', 'Sign up', ...nav,
    'Communities for your favorite technologies.', 'Explore all Collectives', 'Teams', ...teams, 'Ask Question', 'Viewed 1k times', 'Report this ad',
    ...seTips.question, ...seTips.answer, seTips.timeline, ...posts.flatMap((p) => [p.score, p.rep, ...p.badges, ...p.comments.map((c) => c.score)]),
    ...(q.tags ?? []), 'Share', 'Improve this question', 'Improve this answer', 'Follow', 'Add a comment', '3 Answers', ...seSort, ...seForm,
    "Not the answer you're looking for? Browse other questions tagged python pandas datetime merge or ask your own question.",
    'The Overflow Blog', ...blog, 'Featured on Meta', ...meta, 'Linked', ...linked.flat(), 'Related', ...related.flat(), 'Hot Network Questions',
    ...hot, 'more hot questions', 'Question feed', 'Questions', 'Help', 'Chat', 'Company', ...seFooterCompany, 'Stack Exchange Network',
    ...seFooterNetwork, ...seSocial, 'Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
    'rev 2025.3.7.23711', ...seCookie,
  ].filter((t) => t !== ''))],
};
