import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout262-kit.js';

/**
 * Held-out batch 262, file d: a Japan Times-style article on its WordPress theme (jt- classes, the "Jiji" / Kyodo credit
 * line, keyword tags, "Related" rail with thumbnails, the "In a time of both misinformation and too much information"
 * subscription box and footer) and a Haaretz English-style article from its React app (data-test attributes, the
 * subtitle, byline with date, "Get the Haaretz app" bar, "Click the alert icon to follow topics" block, the comments
 * section with three reader comments, "Most viewed" list and the footer).
 */
const jTitle = 'Rural Tottori town turns shuttered school into a seaweed research lab';
const jBody = [
  j(
    'A town on the Sea of Japan coast in Tottori Prefecture has turned its last closed elementary school into a laboratory',
    'for seaweed farming, hoping the project will bring young researchers and new jobs to a community that has lost half its',
    'population since 1990.',
  ),
  j(
    'The lab in Hamasaka, which opened this month, will study how to grow kelp and wakame in warmer water as sea',
    'temperatures along the coast rise. Classrooms have been converted into tank rooms, and the gymnasium now houses',
    'a seawater filtration system.',
  ),
  j(
    '“The building was empty for six years. Every time I walked past, I thought it was a waste,” said Mayor Kenji Otsubo,',
    'who proposed the plan. “Now the lights are on again, and there are people in their 20s and 30s working inside.”',
  ),
];
const jH1 = 'Warmer seas, thinner harvests';
const jBody2 = [
  j(
    'Local fishing cooperatives say wild wakame harvests have fallen by roughly 40% over the past decade. Researchers from',
    'a university in Kyoto and a prefectural fisheries station will share the building and test heat-tolerant strains',
    'in tanks before trying them in the bay.',
  ),
  'The lab’s first three-year program includes:',
];
const jList = [
  'breeding kelp strains that tolerate summer water above 27 C',
  'testing floating rafts that can be lowered to cooler depths in August',
  'training local fishers to run small seaweed farms alongside their boats',
];
const jBody3 = [
  j(
    'The town spent ¥420 million on the conversion, about half of it covered by a national grant for reusing closed schools.',
    'Nearly 9,000 public school buildings have closed across Japan since 2002 as the number of children has fallen.',
  ),
  j(
    'Four researchers have already moved to the town with their families. The mayor said he hopes the lab will eventually',
    'support a seaweed processing business, so that more of the harvest is dried and packed locally rather than shipped away.',
  ),
];
const jNav = ['News', 'Business', 'Opinion', 'Culture', 'Life', 'Sports', 'Podcasts', 'Newsletters'];
const jTags = ['Tottori', 'fisheries', 'schools', 'depopulation'];
const jRel = ['Japan’s fishing towns try aquaculture as catches shrink', 'Closed schools find new lives as hotels and offices'];
const jFoot = ['About Us', 'Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Japan Times Jobs', 'Back Issues'];
const jHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${jTitle} - The Japan Times</title>
<meta name="description" content="A town in Tottori has turned a closed school into a seaweed lab."><meta property="og:site_name" content="The Japan Times">
<link rel="stylesheet" id="jt-style-css" href="https://www.japantimes.example/wp-content/themes/jt_theme/dist/style.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${jTitle}","datePublished":"2026-11-30T16:20:00+09:00",
"author":[{"@type":"Person","name":"Yuko Hashimoto"}]}</script>
<script>var jtArticle={"postId":"211487","category":"national","premium":false};</script></head>
<body class="post-template-default single single-post jt-article"><div id="page" class="site">
<header class="jt-header"><div class="jt-header__top"><a href="/" class="jt-logo">The Japan Times</a><a class="jt-btn" href="/subscribe/">Subscribe</a>
<a class="jt-btn" href="/login/">Log In</a><form class="jt-search" role="search"><input type="search" placeholder="Search"></form></div>
<nav class="jt-gnav"><ul>${links(jNav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><article id="post-211487" class="post-211487 post type-post status-publish jt-article-details">
<div class="article-header"><div class="article-category">
<a href="/news/national/">National</a> / <a href="/news/national/social-issues/">Social Issues</a></div>
<h1 class="article-title">${jTitle}</h1>
<div class="article-meta"><div class="article-byline"><p class="writer"><span>By </span><a href="/author/yuko-hashimoto/">Yuko Hashimoto</a></p>
<p class="writer-title">Staff writer</p><p class="publish-date"><time datetime="2026-11-30T16:20:00+09:00">Nov 30, 2026</time></p></div>
<ul class="jt-share">${lis(['Share', 'Save', 'Gift'])}</ul></div></div>
<figure class="jt-article-image"><img src="https://www.japantimes.example/uploads/imported_images/hamasaka-lab.jpg" alt="">
<figcaption><p class="jt-caption">A researcher checks kelp seedlings in a former classroom in Hamasaka, Tottori Prefecture.</p>
<p class="jt-credit">Yuko Hashimoto</p></figcaption></figure>
<div class="article-body jt-article-body">
${ps(jBody)}
<div class="jt-ad-inline"><span>Advertisement</span></div>
<h3>${jH1}</h3>
${ps(jBody2)}
<ul>${lis(jList)}</ul>
${ps(jBody3)}
<div class="jt-subscribe-cta"><p class="jt-subscribe-cta__title">In a time of both misinformation and too much information, quality journalism is
more crucial than ever.</p><p>By subscribing, you can help us get the story right.</p><a href="/subscribe/">Subscribe Now</a></div>
</div><div class="article-tags"><h4>Keywords</h4><ul>${links(jTags)}</ul></div></article>
<aside class="jt-related"><h2>Related</h2><ul>${links(jRel, 'jt-related__item')}</ul></aside></main>
<footer class="jt-footer"><ul>${links(jFoot)}</ul><p class="jt-footer__copy">The Japan Times LTD. All rights reserved.</p></footer></div>
<div id="cmp-banner"><p>This site uses cookies to improve your experience. You can change your settings at any time.</p>
<button>Agree</button><button>Settings</button></div></body></html>`;
const japanTimes: TestPage = {
  name: 'heldout262-japan-times-article',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: [jH1],
  body: texts([...jBody, ...jBody2, ...jList, ...jBody3]),
  bylines: ['Yuko Hashimoto', 'Staff writer', 'Nov 30, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Japan Times', 'Subscribe', 'Log In', ...jNav, 'National', 'Social Issues', 'Share', 'Save', 'Gift',
    'A researcher checks kelp seedlings in a former classroom in Hamasaka, Tottori Prefecture.', 'Advertisement',
    'In a time of both misinformation and too much information, quality journalism is more crucial than ever.',
    'By subscribing, you can help us get the story right.', 'Subscribe Now', 'Keywords', ...jTags, 'Related', ...jRel, ...jFoot,
    'The Japan Times LTD. All rights reserved.', 'This site uses cookies to improve your experience. You can change your settings at any time.', 'Agree',
    'Settings',
  ],
};

const hTitle = 'In a Galilee village, a dispute over a spring becomes a test of local democracy';
const hSub = 'When the council of Ein Tamra voted to fence the village spring, residents who had bathed there for generations organized';
const hBody = [
  j(
    'For as long as anyone in Ein Tamra can remember, the spring below the old olive press has been open to everyone. Children',
    'learned to swim in its pool, and on summer evenings families from the village and the kibbutz across the valley sat on',
    'its stone edges until dark.',
  ),
  j(
    'That changed in September, when the local council voted to fence the spring and charge an entry fee, citing the cost',
    'of cleaning up after weekend visitors from the cities. Within a week, a petition against the fence had gathered more',
    'signatures than there are voters in the village.',
  ),
];
const hH1 = 'A council caught off guard';
const hBody2 = [
  j(
    'Council head Nabil Haddad says the decision was misunderstood. “We are not selling the spring,” he said in his office',
    'overlooking the valley. “We are trying to stop it from being ruined. Last summer we removed four tons of rubbish.”',
  ),
  j(
    'Residents counter that the council never consulted them. A group of teachers, farmers and students has been meeting',
    'every Thursday in the community center, and last month it presented an alternative: a volunteer patrol on weekends,',
    'free entry for residents of the valley, and a small fee only for visitors arriving by tour bus.',
  ),
  j(
    '“This is the first time I have seen people here argue with the council in public and be listened to,” said Rana Khoury,',
    'a high school teacher who helped write the proposal. “Whatever happens with the fence, that part is already a change.”',
  ),
];
const hH2 = 'A vote in January';
const hBody3 = [
  j(
    'The council has agreed to suspend the fence until it votes on the residents’ plan in January. The regional council,',
    'which shares responsibility for the spring with the village, has offered to pay for rubbish collection during the',
    'summer months if a compromise is reached.',
  ),
];
const hComments = [
  ['Dalia', 'Good to read a story about people solving a problem together for once.'],
  ['Amir K.', 'Every spring in the north has the same problem. Fees are not the answer, rubbish bins are.'],
  ['Reader from Haifa', 'We went there as children. Please keep it open.'],
];
const hNav = ['Israel News', 'Middle East', 'Opinion', 'Culture', 'Food', 'Jewish World', 'Podcasts', 'Archaeology'];
const hMost = ['The border town that rebuilt its school in 60 days', 'Why Israel’s rail plan keeps slipping', 'A new museum for an old port'];
const hFoot = ['About Haaretz', 'Contact Us', 'Newsletters', 'Terms and Conditions', 'Privacy Policy', 'Accessibility', 'Advertise on Haaretz'];
const hHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${hTitle} - Israel News - Haaretz.com</title>
<meta name="description" content="${hSub}"><meta property="og:site_name" content="Haaretz.com">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}","datePublished":"2026-11-28T08:10:00+02:00",
"author":[{"@type":"Person","name":"Yael Ben-Ami"}],"isAccessibleForFree":false}</script>
<script>window.__HTZ_DATA__={"articleId":"1.0000000-00000","section":"israel-news","premium":true};</script></head>
<body><div id="__next"><div data-test="appBar"><a href="/" data-test="logo">Haaretz</a><a data-test="subscribeBtn" href="/promotions-page">Subscribe</a>
<a data-test="loginBtn" href="/login">Log in</a><nav data-test="navigation"><ul>${links(hNav)}</ul></nav></div>
<div data-test="appPromo"><p>Get the Haaretz app</p><a href="/app">Download</a></div>
<main><article data-test="article"><nav data-test="breadcrumbs"><a href="/israel-news">Israel News</a></nav>
<header data-test="articleHeader"><h1 data-test="articleHeaderTitle">${hTitle}</h1><p data-test="articleHeaderSubtitle">${hSub}</p>
<div data-test="articleHeaderMeta"><address><a href="/ty-writer/yael-ben-ami" rel="author">Yael Ben-Ami</a></address>
<time datetime="2026-11-28T08:10:00+02:00">Nov 28, 2026</time><span data-test="readTime">5 min read</span></div>
<div data-test="shareBar"><button>Share</button><button>Save</button><button>Gift this article</button><button>Zen</button></div></header>
<figure data-test="articleImage"><img src="https://img.haarets.example/spring.jpg" alt="">
<figcaption><span>The spring at Ein Tamra, below the old olive press.</span><span>Credit: Tomer Appelbaum</span></figcaption></figure>
<section data-test="articleBody" class="article-body">
${ps(hBody)}
<div data-test="readAlso"><strong>Read more:</strong> <a href="/israel-news/2026-10-02/">Israel’s springs are drying up. Can they be saved?</a></div>
<h2>${hH1}</h2>
${ps(hBody2)}
<h2>${hH2}</h2>
${ps(hBody3)}
</section>
<div data-test="alertsBlock"><p>Click the alert icon to follow topics:</p><ul>${links(['Galilee', 'Local Government'])}</ul></div>
<section data-test="comments"><h3>Comments</h3><p>Join the discussion.</p><button>Write a comment</button>
<ol>${hComments.map(([a, c]) => `<li data-test="comment"><span data-test="commentAuthor">${a}</span><p>${c}</p></li>`).join('\n')}</ol></section></article>
<aside data-test="mostViewed"><h3>Most Viewed in Israel News</h3><ol>${links(hMost)}</ol></aside></main>
<footer data-test="footer"><ul>${links(hFoot)}</ul><p>© Haaretz Daily Newspaper Ltd. All Rights Reserved</p></footer></div></body></html>`;
const haaretz: TestPage = {
  name: 'heldout262-haaretz-english-article',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2],
  body: texts([hSub, ...hBody, ...hBody2, ...hBody3]),
  bylines: ['Yael Ben-Ami', 'Nov 28, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Haaretz', 'Subscribe', 'Log in', ...hNav, 'Get the Haaretz app', 'Download', 'Share', 'Save', 'Gift this article', 'Zen',
    'The spring at Ein Tamra, below the old olive press.', 'Credit: Tomer Appelbaum', 'Read more:', 'Israel’s springs are drying up. Can they be saved?',
    'Click the alert icon to follow topics:', 'Galilee', 'Local Government', 'Comments', 'Join the discussion.', 'Write a comment',
    ...hComments.flat(), 'Most Viewed in Israel News', ...hMost, ...hFoot, '© Haaretz Daily Newspaper Ltd. All Rights Reserved',
  ],
};

export const HELDOUT262_D: readonly TestPage[] = [japanTimes, haaretz];
