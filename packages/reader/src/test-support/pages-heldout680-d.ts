import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout680-kit.js';

/**
 * Held-out batch 680, file d: a Discourse thread (the crawler view served without JavaScript) on quiet times at an outdoor
 * lido, with post authors, dates, like counts and a related-topics table, and a swim academy's adult lessons page on
 * Webflow with an FAQ section, a price card and a CTA band.
 */
const fTitle = 'Quietest times for lane swimming at Eastmoor Lido?';
const fPosts = [
  {
    user: 'kerrfish',
    date: 'May 30, 2026, 7:41am',
    likes: '',
    paras: [
      j(
        'I have just bought a season ticket and I am training for a 5k sea swim in August. Last Saturday the fast lane had about',
        'fifteen people in it and it was more like a washing machine than a lane. When do regulars find it quietest?',
      ),
    ],
  },
  {
    user: 'Marguerite_O',
    date: 'May 30, 2026, 8:12am',
    likes: '4 Likes',
    paras: [
      j(
        'Weekday early mornings, without a doubt. The gates open at 6.30 and for the first hour it is mostly the same dozen of us.',
        'The fast lane fills up around 7.15 when the commuters arrive.',
      ),
      'Avoid any sunny afternoon after school finishes, the whole pool turns into a splash session.',
    ],
  },
  {
    user: 'dave.p',
    date: 'May 30, 2026, 9:03am',
    likes: '2 Likes',
    paras: [
      j(
        'Thursday late opening is good too, especially after 7pm. Families have gone home and the lifeguards put in an extra lane',
        'rope. Rainy days are the real secret though. Twelve degrees and drizzle and you will have a lane to yourself.',
      ),
    ],
  },
  {
    user: 'EastmoorLidoTeam',
    date: 'May 31, 2026, 10:20am',
    likes: '6 Likes',
    paras: [
      j(
        'Thanks for the question! Our busiest times are weekends from 11am and weekdays from 3.30pm in term time. From June we are',
        'keeping two lanes roped off for lane swimming all day, and the early session will run from 6.30am to 9am on weekdays.',
      ),
      'You can check how busy the pool is before you set off on the live capacity page of our website, updated every 15 minutes.',
    ],
  },
  {
    user: 'kerrfish',
    date: 'May 31, 2026, 6:55pm',
    likes: '1 Like',
    paras: ['Thank you all. Went at 6.30 this morning and shared the fast lane with three people. Sorted.'],
  },
];
const fRel = [
  ['Wetsuits allowed in the main pool?', 'Eastmoor Lido', '7', 'Apr 2026'],
  ['Cold water swimming club winter timetable', 'Clubs', '12', 'Nov 2025'],
  ['Lost property: blue changing robe', 'Eastmoor Lido', '3', 'Jun 2026'],
];
const post = (p: (typeof fPosts)[number], n: number): string => `<div id="post_${n}" itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}">
<span itemprop="name">${p.user}</span></a>
</span><link itemprop="mainEntityOfPage" href="/t/quietest-times-for-lane-swimming-at-eastmoor-lido/2211"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-05-30T07:41:00Z" class="post-time">${p.date}</time><meta itemprop="position" content="${n}"></span></div>
<div class="post" itemprop="text">
${ps(p.paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="0" />
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Eastmoor Lido - Eastmoor Swimmers Forum</title>
<meta name="description" content="I have just bought a season ticket and I am training for a 5k sea swim in August.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.eastmoorswim.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="color-scheme" content="light">
<link rel="canonical" href="https://forum.eastmoorswim.example/t/quietest-times/2211">
<link href="/stylesheets/color_definitions_base__3_abc.css?__ws=forum.eastmoorswim.example" media="all" rel="stylesheet" class="light-scheme"/>
<meta property="og:site_name" content="Eastmoor Swimmers Forum"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"datePublished":"2026-05-30T07:41:00Z",
"author":{"@type":"Person","name":"kerrfish"}}</script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Eastmoor Swimmers Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/quietest-times-for-lane-swimming-at-eastmoor-lido/2211">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/eastmoor-lido/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Eastmoor Lido</span></span></a><meta itemprop="position" content="1" />
</span></div>
<div class="topic-tags"><a href='/tag/lane-swimming' class='discourse-tag' rel="tag">lane-swimming</a></div></div>
${fPosts.map((p, i) => post(p, i + 1)).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    (
      r,
    ) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position'
content='1'><span class="link-top-line" itemprop='url'><a href='#' class='title raw-link raw-topic-link'>${r[0]}</a></span><div class="link-bottom-line">
<a href='#' class='badge-wrapper bullet'><span class='badge-category-bg'></span><span class='badge-category clear-badge'>
<span class='category-name'>${r[1]}</span>
</span></a></div></td><td class="replies"><span class='posts' title='posts'>${r[2]}</span></td>
<td class="views"><span class='views' title='views'>—</span></td>
<td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/'
itemprop="url">Home </a></span></li><li><span itemprop='name'><a href='/categories' itemprop="url">Categories </a></span></li><li><span itemprop='name'>
<a href='/guidelines' itemprop="url">Guidelines </a></span></li><li><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
<li><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer class="container wrap"><div class="footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</div></footer>
</body></html>`;
const discourseLido: TestPage = {
  name: 'heldout680-discourse-quiet-times',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: ['kerrfish', 'Marguerite_O', 'dave.p', 'EastmoorLidoTeam', ...fPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '4 Likes', '2 Likes', '6 Likes', '1 Like', 'Related topics', ...fRel.map((r) => r[0] ?? ''), 'Clubs', '12',
    'Apr 2026', 'Nov 2025', 'Jun 2026', '—', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const wTitle = 'Swimming lessons for adults';
const wDek = 'Never learned, or never felt safe? Our adult courses start from the very beginning, in a pool you can stand up in.';
const wParas = [
  j(
    'Around one in five adults in this country cannot swim 25 metres. At Tidewater Swim Academy we teach adults in small groups',
    'of four, with one teacher in the water and the rest of the pool kept private for the whole session.',
  ),
  j(
    'Courses run for eight weeks in our warm teaching pool on Harbour Street. Each lesson is 45 minutes, held on weekday evenings',
    'or Sunday mornings, and you move at your own pace within the group.',
  ),
];
const wHeads = ['How the course works', 'Questions we hear a lot', 'I am scared of putting my face in. Is that normal?', 'What if I miss a week?'];
const wHow = j(
  'Week one is about feeling comfortable: getting in, walking, floating with support and breathing out into the water. By the',
  'end of the course most of our swimmers can swim a width of front crawl or backstroke on their own and get out of deep water',
  'safely.',
);
const wFaq = [
  j(
    'Very normal. Almost everyone who joins feels the same. We never push anyone under, and we practise breathing out in',
    'stages, first with just the chin and mouth in the water.',
  ),
  'Tell us before Friday and we will offer you a catch-up space in another group that week.',
];
const wNav = ['Kids', 'Adults', 'Private lessons', 'Timetable', 'About'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 09:14:33 GMT+0000 -->
<html data-wf-domain="www.tidewaterswim.example" data-wf-page="65b2a9c1" data-wf-site="65b2a9c0" lang="en"><head><meta charset="utf-8">
<title>Adult swimming lessons | Tidewater Swim Academy</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b2a9c0/css/tidewater.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-2"><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65b2a9c0/logo.svg" loading="lazy" alt="Tidewater Swim Academy"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="#" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a course</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="hero-section"><div class="container w-container"><h1 class="heading-xl">${wTitle}</h1><p class="hero-paragraph">${wDek}</p>
<a href="/book" class="button w-button">Book a course</a></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-2"><div class="rich-text-block w-richtext">
${ps(wParas)}
<h2>${wHeads[0]}</h2><p>${wHow}</p></div>
<div class="price-card"><div class="price-label">8-week course</div><div class="price">£168</div><div class="price-note">Payment plans available</div>
<a href="/book" class="button secondary w-button">See dates</a></div></div></div></section>
<section class="section faq-section"><div class="container w-container"><h2 class="heading-l">${wHeads[1]}</h2>
<div class="faq-item"><h3 class="faq-question">${wHeads[2]}</h3><p class="faq-answer">${wFaq[0]}</p></div>
<div class="faq-item"><h3 class="faq-question">${wHeads[3]}</h3><p class="faq-answer">${wFaq[1]}</p></div></div></section>
<section class="cta-section"><div class="container w-container"><h2 class="cta-heading">Ready to start?</h2><p>Spaces for the March courses are filling up.</p>
<a href="/book" class="button white w-button">Book a course</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-flex"><div class="footer-text">Tidewater Swim Academy, 12 Harbour Street</div>
<div class="footer-text">hello@tidewaterswim.example</div></div><div class="footer-copyright">© 2026 Tidewater Swim Academy Ltd. All rights reserved.</div>
</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2a9c0" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65b2a9c0/js/webflow.4c5d6e.js" type="text/javascript"></script></body></html>`;
const webflowAdults: TestPage = {
  name: 'heldout680-webflow-adult-lessons',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [wDek, ...wParas, wHow, ...wFaq],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kids', 'Private lessons', 'Timetable', 'Book a course', '8-week course', '£168', 'Payment plans available', 'See dates',
    'Ready to start?', 'Spaces for the March courses are filling up.', 'Tidewater Swim Academy, 12 Harbour Street', 'hello@tidewaterswim.example',
    '© 2026 Tidewater Swim Academy Ltd. All rights reserved.',
  ],
};

export const HELDOUT680_D: readonly TestPage[] = [discourseLido, webflowAdults];
