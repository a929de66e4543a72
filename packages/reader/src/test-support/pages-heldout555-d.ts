import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, page } from './pages-heldout555-kit.js';

/**
 * Held-out batch 555, file d: a Discourse thread on a self-build forum about whether a skip on a shared driveway needs a permit,
 * and a local news article on a Next.js news site about a scrap yard licence.
 */
const dTitle = 'Skip on a shared driveway – do I need a permit?';
const dPosts: [string, string, string[]][] = [
  [
    'brickbybrick',
    'Mar 3',
    [
      j(
        'We are ripping out a kitchen next month and want an 8 yard skip. Our house is at the end of a private lane that three',
        'houses share. It is not adopted by the council. Does the skip firm still need a permit?',
      ),
      'The lane is about 4 m wide so the skip would block one neighbour’s access for a couple of weeks.',
    ],
  ],
  [
    'SallyPlanner',
    'Mar 3',
    [
      j(
        'If the lane is genuinely unadopted then no council permit is needed, as it is not the public highway. Check the highway map',
        'on the council website to be sure; some lanes that look private are actually adopted.',
      ),
      'You will need the neighbours’ agreement though, and check your deeds for a right of way clause.',
    ],
  ],
  [
    'dan_the_groundworker',
    'Mar 4',
    [
      j(
        'Agree with Sally. Also worth asking the skip firm for a smaller skip on a wheeled base or a grab lorry instead. A grab',
        'takes the waste away the same day and nobody is blocked in.',
      ),
    ],
  ],
  ['brickbybrick', 'Mar 5', ['Checked the map and the lane is unadopted. Neighbours are fine with a 6 yard for ten days. Thanks all!']],
];
const dNav = ['Categories', 'Latest', 'Top'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Skip on a shared driveway – do I need a permit? - Waste &amp; Demolition - SelfBuild Hub</title>
<meta name="description" content="We are ripping out a kitchen next month and want an 8 yard skip."><meta name="generator"
content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://forum.selfbuildhub.org.uk/t/skip-on-a-shared-driveway-do-i-need-a-permit/18822">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"Skip on a shared driveway – do I need a permit?"}</script>
<link href="/stylesheets/desktop_theme_3_1a2b.css?__ws=forum.selfbuildhub.org.uk" media="all" rel="stylesheet"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="SelfBuild Hub" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/skip-on-a-shared-driveway-do-i-need-a-permit/18822">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/waste-demolition/14"
class="badge-wrapper bullet"
itemprop="item"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Waste &amp;
Demolition</span></span></a></span>
</div></div>
${dPosts
  .map(
    ([u, d, ps_], n) => `<div id="post_${n + 1}" itemprop="${n === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${n === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span
itemprop="name">${u}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${n + 2}T09:12:00Z" class="post-time">${d}</time><span
itemprop="position">#${n + 1}</span></span></div>
<div class="post" itemprop="text">${ps(ps_)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${3 - (n % 3)}"><span class="post-likes">${3 - (n % 3)} Likes</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/grab-lorry-vs-skip/15501" class="title raw-link raw-topic-link">Grab lorry vs skip for 20 tonnes
of spoil</a></td><td class="posts">12</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/waste-transfer-notes/16220" class="title raw-link raw-topic-link">Do I need waste transfer notes
for my own rubble?</a></td><td class="posts">7</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dNav, 'crawler-nav-item')}</ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<script defer src="/assets/start-discourse-2f1c.js"></script></body></html>`;
const discourse: TestPage = page({
  name: 'heldout555-discourse-skip-driveway',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[2])),
  bylines: dPosts.flatMap((p) => [p[0], p[1]]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Waste & Demolition', '#1', '#2', '#3', '#4', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Grab lorry vs skip for 20 tonnes of spoil', '12',
    'Do I need waste transfer notes for my own rubble?', '7', ...dNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const nTitle = 'Scrap yard told to cut pile heights after fire at Greyford site';
const nDek = 'Regulator gives Millrace Recycling six weeks to split its stockpile after a blaze that burned for two days.';
const nBody = [
  j(
    'A scrap metal yard on the edge of Greyford has been ordered to reduce the height of its stockpiles and create fire breaks',
    'after a blaze last month sent smoke across the town and closed the ring road for most of a day.',
  ),
  j(
    'The Environmental Standards Office said Millrace Recycling must keep piles of shredded metal below four metres and leave',
    'six-metre gaps between them. The firm has until 30 April to comply or risk losing its permit.',
  ),
  j(
    'Around 40 firefighters tackled the fire, which started in a heap of shredded car bodies on the night of 11 February.',
    'Residents in Lowfield were told to keep windows and doors shut for 36 hours.',
  ),
  '“We were lucky the wind was blowing away from the houses,” said Bernadette Okafor, who chairs the Lowfield residents’ group.',
  '“People have been asking for years what would happen if that yard caught fire. Now we know.”',
  'Lithium batteries blamed',
  j(
    'The fire service said the most likely cause was a lithium battery left in a vehicle or appliance that was crushed in the yard.',
    'Station manager Craig Dunphy said such fires were becoming more common at scrap and waste sites across the county.',
  ),
  j(
    'Millrace Recycling said it had already bought a thermal camera to scan incoming loads and would stop taking vehicles with',
    'hybrid or electric batteries still fitted. A spokesperson said the company “takes its responsibilities to neighbours seriously”.',
  ),
  j('The yard employs 28 people and handles about 60,000 tonnes of metal a year. A public meeting will be held at Lowfield', 'Community Centre on 19 March.'),
];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Property', 'Obituaries'];
const nMore = ['Ring road reopens after yard fire', 'Council to review waste site permits', 'Lowfield school reopens after smoke closure'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Greyford
Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="14">
<link rel="preload" href="/_next/static/css/7e2a41c0a1b3f2d9.css" as="style"><link rel="stylesheet" href="/_next/static/css/7e2a41c0a1b3f2d9.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-06T06:00:00Z",
"author":[{"@type":"Person","name":"Priya Lenton"}]}</script>
<script src="/_next/static/chunks/webpack-5f2c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-1b9e.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__x2Fq1">Skip to main content</a>
<header class="Header_header__Q7mZs"><div class="Header_top__b3K1d"><a href="/" class="Header_logo__aP0sR" aria-label="Greyford Courier home"><svg
aria-hidden="true"></svg></a>
<a href="/subscribe" class="Button_primary__9sPq2">Subscribe</a><button class="Header_search__cD1mq" aria-label="Search"><svg></svg></button></div>
<nav class="Nav_nav__Ld8rT"><ul class="Nav_list__k2Pzq">${links(nNav, 'Nav_item__mN3xs')}</ul></nav></header>
<main id="main" class="Article_main__U8d1c"><article class="Article_article__p0W3e"><div class="Article_header__zX81a">
<a class="Kicker_kicker__t5Vb2" href="/news/environment">Environment</a><h1 class="Headline_headline__e9Q2s">${nTitle}</h1>
<p class="Standfirst_standfirst__R4v8k">${nDek}</p>
<div class="Byline_byline__H2k0p"><span class="Byline_author__8lQ0d">By <a href="/author/priya-lenton">Priya Lenton</a></span>
<time class="Byline_time__m2Jc7" dateTime="2026-03-06T06:00:00Z">6 March 2026, 6:00am</time></div>
<div class="ShareBar_share__aK93d"><button>Share on Facebook</button><button>Share on X</button><button>Copy link</button></div></div>
<figure class="Figure_figure__u3Nk1"><img alt="Smoke over the yard" src="/_next/image?url=%2Fimg%2Fmillrace.jpg&amp;w=1200&amp;q=75">
<figcaption class="Figure_caption__wT0pa">Smoke rising from the Millrace yard on 11 February. <span class="Figure_credit__p9R3c">Photo: Tom
Achebe</span></figcaption></figure>
<div class="Article_body__g7Hn2">${ps(nBody.slice(0, 5), ' class="Paragraph_p__Z3w9d"')}
<aside class="InlineRelated_box__n0Lq4"><span>Read more</span><a href="/news/ring-road-reopens">${nMore[0]}</a></aside>
<h2 class="Subhead_h2__y7Fe1">${nBody[5]}</h2>${ps(nBody.slice(6), ' class="Paragraph_p__Z3w9d"')}
<div class="Ad_slot__hU2nD" data-slot="mpu-1"><span class="Ad_label__Q1o2A">Advertisement</span></div></div>
<div class="Tags_tags__wK0v3"><a href="/tags/greyford">Greyford</a><a href="/tags/fire">Fire</a><a href="/tags/recycling">Recycling</a></div></article>
<section class="MoreStories_more__b6Xm2"><h2>More from Greyford</h2><ul>${links(nMore.slice(1))}</ul></section></main>
<footer class="Footer_footer__F3kq0"><p>Greyford Courier is part of Vale Local Media
Ltd.</p><ul>${links(['Contact the newsroom', 'Complaints', 'Privacy', 'Cookie settings'])}</ul>
<p>© 2026 Vale Local Media Ltd</p></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"article":{"id":"c7d2","slug":"scrap-yard-pile-heights"}}},"page":"/news/[slug]","buildId":"Xk2pQ9"}</script>
</body></html>`;
const nextjs: TestPage = page({
  name: 'heldout555-nextjs-scrap-fire-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[5] ?? ''],
  body: [nDek, ...nBody.filter((_, i) => i !== 5)],
  bylines: ['By Priya Lenton', '6 March 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', ...nNav, 'Environment', 'Share on Facebook', 'Share on X', 'Copy link',
    'Smoke rising from the Millrace yard on 11 February. Photo: Tom Achebe', 'Read more', ...nMore, 'Advertisement', 'Greyford', 'Fire', 'Recycling',
    'More from Greyford', 'Greyford Courier is part of Vale Local Media Ltd.', 'Contact the newsroom', 'Complaints', 'Privacy', 'Cookie settings',
    '© 2026 Vale Local Media Ltd',
  ],
});

export const HELDOUT555_D: readonly TestPage[] = [discourse, nextjs];
