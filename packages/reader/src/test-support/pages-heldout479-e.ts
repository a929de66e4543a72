import { type TestPage, texts } from './page-kit.js';
import { type Block, bodies, heads, j, lis, render } from './pages-heldout479-kit.js';

/**
 * Held-out batch 479, file e: a real-wedding feature in an online wedding magazine on Next.js (CSS-module class names,
 * __NEXT_DATA__, ad slot, gallery captions, supplier credits, newsletter box, more-stories rail) and a wedding-planning
 * forum thread on Discourse (the server-rendered crawler view with posts, likes, a quote and related topics).
 */
const nTitle = 'A Harbourside Wedding with a Ceilidh Finale';
const nDek = 'Freya and Callum swapped a country house for a converted sail loft on the Fife coast, and never looked back.';
const nBlocks: Block[] = [
  j(
    'When Freya Duncan and Callum Reid started looking at venues, they toured six country houses in a single month. "They were',
    'all beautiful and none of them were us," says Freya, a marine biologist. The answer came on a walk in Anstrow, where an',
    'old sail loft on the harbour had just reopened as an events space.',
  ),
  j(
    'The couple married in September in front of 85 guests, with the loft\u2019s huge doors open to the harbour. "The tide was',
    'coming in during our vows," says Callum. "Our friends still talk about the seal that turned up for the ring exchange."',
  ),
  '## Keeping it local',
  j(
    'Almost every supplier was from within ten miles. Dinner was a seafood feast from the smokehouse across the quay, the',
    'flowers were foraged sea holly and heather, and the cake was a stack of Freya\u2019s grandmother\u2019s ginger loaves.',
  ),
  '## The ceilidh',
  j(
    'After dinner the tables were pushed to the walls for a four-piece ceilidh band. "We had guests from eleven countries who had',
    'never done a Strip the Willow before," Freya laughs. "By the end of the night they were better at it than my cousins."',
  ),
  '## The suppliers',
  [
    'Venue: The Sail Loft, Anstrow',
    'Photography: Isla Morrow Photography',
    'Flowers: Saltmarsh Blooms',
    'Catering: Quayside Smokehouse',
    'Band: The Kettle Ceilidh Band',
  ],
];
const nCaps = ['The sail loft doors open to the harbour during the ceremony.', 'Sea holly and heather from the cliff path.'];
const nNav = ['Real Weddings', 'Venues', 'Fashion', 'Planning', 'Honeymoons', 'Suppliers'];
const nMore = ['Ten Coastal Venues for a Windswept Wedding', 'A Highland Elopement in the Snow', 'The Ceilidh Playlist Every Scottish Wedding Needs'];
const nFoot = ['About', 'Advertise', 'Submit a Wedding', 'Privacy', 'Cookie settings'];
const cls = (m: string, c: string): string => `${m}_${c}__${(m.length * 7 + c.length * 13).toString(36)}Xq`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Thistle &amp; Tide Weddings</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/7c1a2f3b9e8d4c10.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/7c1a2f3b9e8d4c10.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Morag Ellison"}],"datePublished":"2026-01-22T07:00:00Z"}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script><script src="/_next/static/chunks/webpack-5c2e8a1f.js" defer="">
</script></head>
<body><div id="__next"><a class="${cls('SkipLink', 'link')}" href="#main">Skip to main content</a>
<header class="${cls('Header', 'header')}"><div class="${cls('Header', 'inner')}">
<a class="${cls('Header', 'logo')}" href="/" aria-label="Thistle &amp; Tide Weddings home"><svg viewBox="0 0 120 24"></svg></a>
<nav class="${cls('Header', 'nav')}" aria-label="Sections"><ul>${nNav
  .map(
    (t) => `<li>
<a class="${cls('Header', 'navLink')}" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<button class="${cls('Header', 'search')}" type="button" aria-label="Search"><svg viewBox="0 0 24 24"></svg></button></div></header>
<main id="main" class="${cls('Article', 'main')}"><article class="${cls('Article', 'article')}"><header class="${cls('Article', 'header')}">
<a class="${cls('Article', 'kicker')}" href="/real-weddings">Real Weddings</a><h1 class="${cls('Article', 'title')}">${nTitle}</h1>
<p class="${cls('Article', 'standfirst')}">${nDek}</p><div class="${cls('Byline', 'byline')}">
<span class="${cls('Byline', 'author')}">Words by <a href="/authors/morag-ellison">Morag Ellison</a></span>
<span class="${cls('Byline', 'photo')}">Photography by Isla Morrow</span>
<time class="${cls('Byline', 'date')}" dateTime="2026-01-22T07:00:00Z">22 January 2026</time></div></header>
<figure class="${cls('Figure', 'figure')}"><img alt="" loading="eager" src="/_next/image?url=%2Fimg%2Fsail-loft-1.jpg&amp;w=1920&amp;q=75"/>
<figcaption class="${cls('Figure', 'caption')}">${nCaps[0]}</figcaption></figure>
<div class="${cls('ArticleBody', 'body')}">
${render(nBlocks.slice(0, 4), { p: (t) => `<p class="${cls('ArticleBody', 'paragraph')}">${t}</p>` })}
<div class="${cls('AdSlot', 'slot')}" data-ad-unit="mpu_inarticle"><span class="${cls('AdSlot', 'label')}">Advertisement</span><div id="div-gpt-ad-1706-0">
</div></div>
<figure class="${cls('Figure', 'figure')}"><img alt="" loading="lazy" src="/_next/image?url=%2Fimg%2Fsail-loft-2.jpg&amp;w=1200&amp;q=75"/>
<figcaption class="${cls('Figure', 'caption')}">${nCaps[1]}</figcaption></figure>
${render(nBlocks.slice(4), {
  p: (t) => `<p class="${cls('ArticleBody', 'paragraph')}">${t}</p>`,
  ul: (i) => `<ul class="${cls('Credits', 'list')}">${lis(i)}</ul>`,
})}
</div>
<aside class="${cls('Newsletter', 'box')}"><h2 class="${cls('Newsletter', 'title')}">The Sunday Edit</h2>
<p>Real weddings and planning ideas in your inbox every week.</p>
<form><input type="email" placeholder="Your email address" aria-label="Email address"/><button type="submit">Sign me up</button></form></aside></article>
<section class="${cls('MoreStories', 'rail')}"><h2 class="${cls('MoreStories', 'heading')}">More real weddings</h2><ul>${nMore
  .map(
    (t) => `<li>
<a href="/real-weddings/x"><img alt="" src="/img/t.jpg"/><span>${t}</span></a></li>`,
  )
  .join('')}</ul></section></main>
<footer class="${cls('Footer', 'footer')}"><ul>${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<p>© 2026 Thistle &amp; Tide Media Ltd</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${nTitle}","slug":"harbourside-ceilidh-wedding",
"author":"Morag Ellison"}},"__N_SSG":true},"page":"/real-weddings/[slug]","query":{"slug":"harbourside-ceilidh-wedding"},"buildId":"q8Wd2lP0xQ",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout479-nextjs-magazine-real-wedding',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: heads(nBlocks),
  body: [nDek, ...bodies(nBlocks)],
  bylines: ['Words by Morag Ellison', 'Photography by Isla Morrow', '22 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav.filter((t) => t !== 'Venues' && t !== 'Suppliers'), ...nCaps, 'Advertisement', 'The Sunday Edit',
    'Real weddings and planning ideas in your inbox every week.',
    'Sign me up', 'More real weddings', ...nMore, ...nFoot, '© 2026 Thistle & Tide Media Ltd',
  ],
};

const dTitle = 'Dry-hire barn vs all-inclusive venue: which worked out cheaper for you?';
interface Post {
  user: string;
  time: string;
  paras: string[];
  likes: string;
  quote?: string;
}
const dPosts: Post[] = [
  {
    user: 'hannah_plans',
    time: 'February 3, 2026,  8:14pm',
    likes: '4 Likes',
    paras: [
      j(
        'We are down to two venues for next August, about 90 guests. One is a dry-hire barn at £5,500 where we bring everything in,',
        'the other an all-inclusive hotel package at £14,000. On paper the barn is miles cheaper, but everyone keeps telling me it',
        'never works out that way. Has anyone actually done the sums?',
      ),
    ],
  },
  {
    user: 'TomAndBex2025',
    time: 'February 3, 2026,  9:02pm',
    likes: '7 Likes',
    paras: [
      'We did a dry-hire barn last summer. Rough extra costs on top of the hire:',
      '<ul><li>Caterer with staff: £6,200</li><li>Bar service: £900 plus drinks</li>' +
        '<li>Toilet trailer and generator: £1,100</li><li>Furniture and linen hire: £1,400</li></ul>',
      'So we ended up within a few hundred pounds of the hotel quote. We still loved it, but it was not cheaper.',
    ],
  },
  {
    user: 'mgreaves',
    time: 'February 4, 2026,  7:45am',
    likes: '2 Likes',
    quote: 'So we ended up within a few hundred pounds of the hotel quote.',
    paras: [
      j(
        'Same experience here. The thing nobody mentioned was the time: we spent most weekends for three months chasing quotes.',
        'If you enjoy that, go for the barn. If you do not, the package is worth it for the sanity alone.',
      ),
    ],
  },
  {
    user: 'hannah_plans',
    time: 'February 4, 2026, 12:30pm',
    likes: '1 Like',
    paras: ['This is really helpful, thank you both. Going to ask the barn for their list of caterers\u2019 average prices before we decide.'],
  },
];
const quote = (p: Post): string =>
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="TomAndBex2025" data-post="2" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.vowandvenue.com/tomandbex2025/48/211_2.png" class="avatar"> TomAndBex2025:</div>
<blockquote><p>${p.quote}</p></blockquote></aside>`;
const post = (p: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.vowandvenue.com/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.vowandvenue.com/t/dry-hire-barn-vs-all-inclusive-venue/4821"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-02-03T20:14:00Z" class="post-time">${p.time}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${quote(p)}${p.paras.map((t) => (t.startsWith('<ul>') ? t : `<p>${t}</p>`)).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="4" />
<span class='post-likes'>${p.likes}</span></div></div>`;
const dRel = ['Is a wedding planner worth it for a dry-hire venue?', 'Caterer quotes for 100 guests, does this look right?'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Venues - Vow &amp; Venue Community</title>
<meta name="description" content="We are down to two venues for next August, about 90 guests.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.vowandvenue.com/t/dry-hire-barn-vs-all-inclusive-venue/4821">
<link href="/stylesheets/color_definitions_base__1_abc.css" media="all" rel="stylesheet" class="light-scheme"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.vowandvenue.com",
"potentialAction":{"@type":"SearchAction","target":"https://forum.vowandvenue.com/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
<meta property="og:site_name" content="Vow &amp; Venue Community"><meta property="og:type" content="website"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title"><a href="/">
<img src="https://forum.vowandvenue.com/uploads/default/original/1X/logo.png" alt="Vow &amp; Venue Community" id="site-logo" style="max-width: 150px;"></a>
</div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/dry-hire-barn-vs-all-inclusive-venue/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/venues/6" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category-bg" style="background-color: #3AB54A"></span><span class="badge-category clear-badge">
<span class="category-name" itemprop="name">Venues</span></span></a><meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class="discourse-tags list-tags">
<a href="https://forum.vowandvenue.com/tag/budget" class="discourse-tag" rel="tag">budget</a>, <a href="https://forum.vowandvenue.com/tag/dry-hire"
class="discourse-tag" rel="tag">dry-hire</a></div></div></div>
${dPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${dRel
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="${i + 1}"><span class="link-top-line">
<a itemprop="url" href="/t/r/${4700 + i}" class="title raw-link raw-topic-link">${t}</a></span></td><td class="replies">
<span class="posts" title="posts">${12 + i}</span></td><td class="views"><span class="views" title="views">${340 + i * 95}</span></td>
<td>${i === 0 ? 'January 2026' : 'November 2025'}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul>
</nav></footer>
<div class="buorg">
<div class="buorg-pad">Unfortunately, <a href="https://www.discourse.org/faq/#browser">your browser is unsupported</a>.
Please <a href="https://browsehappy.com">switch to a supported browser</a> to view rich content, log in and reply.</div></div>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const discourse: TestPage = {
  name: 'heldout479-discourse-venue-costs',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [
    ...(p.quote === undefined ? [] : [p.quote]),
    ...texts(p.paras.flatMap((t) => (t.startsWith('<ul>') ? t.split('</li>') : [t])).filter((t) => t !== '</ul>')),
  ]),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'budget', ...new Set(dPosts.map((p) => p.likes)), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRel, '12', '13', '340', '435',
    'January 2026', 'November 2025', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Unfortunately, your browser is unsupported. Please switch to a supported browser to view rich content, log in and reply.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT479_E: readonly TestPage[] = [nextjs, discourse];
