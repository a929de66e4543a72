import { links, ps, type TestPage } from './page-kit.js';
import { j, page } from './pages-heldout543-kit.js';

/**
 * Held-out batch 543, file d: a local news article on a parlour reopening after a flood, on a Next.js news site (ads, share
 * bar, inline "Read more" link, most-read rail, __NEXT_DATA__), and a community forum thread about a closed sweet shop on
 * Discourse (the crawler view served without JavaScript, with a quote and a related-topics table).
 */
const nTitle = 'Ravensworth’s Pellegrini’s ice cream parlour reopens eight months after the flood';
const nDek = 'The 1950s parlour on the Strand has been restored with help from a crowdfunder that raised £61,000 in six weeks.';
const nBody = [
  j(
    'The queue started before nine. By the time the shutters of Pellegrini’s went up at eleven on Saturday, it stretched past the',
    'bandstand and halfway to the pier, and the first customer, 84-year-old Dorrie Whitlock, had been waiting for almost two hours.',
  ),
  j('“I had my first knickerbocker glory here in 1951,” she said. “I wasn’t going to let somebody else have the first one this time.”'),
  j(
    'The parlour, which has stood on the Strand since 1949, was flooded to a depth of more than a metre when the sea wall was',
    'overtopped in the November storm. The water ruined the freezers and the original terrazzo floor, and brought down part of the',
    'pressed-tin ceiling that had been listed as a feature of local interest.',
  ),
  'Restored by hand',
  j(
    'Owner Marco Pellegrini, whose grandfather opened the parlour, said the family had at first thought it could not be saved.',
    '“The insurers offered to pay for a modern fit-out. We wanted it to look like it did, or not at all,” he said.',
  ),
  j(
    'A crowdfunder set up by regular customers raised £61,000 from more than 2,300 people. The money paid for a specialist to',
    'relay the terrazzo using stone from the same quarry, and for the ceiling panels to be recast from moulds taken from the',
    'surviving sections. The chrome-edged booths were stripped and reupholstered in the original red.',
  ),
  j(
    'Ravensworth Town Council contributed £8,000 from its seafront recovery fund. Councillor Faye Obuya, who chairs the fund, said',
    'the parlour was “as much a part of the Strand as the pier itself”.',
  ),
  'What has changed',
  j(
    'The menu has not changed, though prices have gone up by 30p a scoop to cover the cost of the new freezers. The parlour has',
    'also added a step-free entrance at the side, and flood barriers that can be fitted across the door in under ten minutes.',
  ),
  j(
    'Mr Pellegrini said every name from the crowdfunder would be painted on a board above the counter. “It will take a while,',
    'but they all get a place on the wall,” he said. The parlour is open daily from 11am until 8pm through the summer.',
  ),
];
const nHeads = [nBody[3] ?? '', nBody[7] ?? ''];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Property', 'Jobs'];
const nMost = [
  'Lifeboat crew called out twice in one night off Ravensworth Point',
  'Plans for 40 homes on Tollgate Lane rejected',
  'Strand car park charges to rise from August',
  'Ravensworth Rovers sign keeper from Bradmoor',
];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings', 'Terms'];
const nReadMore = 'Read more: Seafront traders count the cost of November storm';
const ad = (id: string): string => `<div class="ad-slot min-h-[250px] my-6 flex flex-col items-center" data-ad-unit="/2194/ravensworth/news" id="${id}">
<span class="text-[10px] uppercase tracking-wider text-neutral-500">Advertisement</span><div id="${id}-gpt"></div></div>`;
const p = (t: string): string => `<p class="mb-5 text-lg leading-8">${t}</p>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Ravensworth’s Pellegrini’s ice cream parlour reopens eight months after the flood | Ravensworth Gazette</title>
<meta name="description" content="${nDek}"/><meta property="og:type" content="article"/><meta property="article:published_time"
content="2026-07-04T16:05:00+01:00"/>
<link rel="canonical" href="https://www.ravensworthgazette.co.uk/news/pellegrinis-reopens-after-flood-4471"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pellegrini’s ice cream parlour reopens after the flood",
"datePublished":"2026-07-04T16:05:00+01:00",
"author":[{"@type":"Person","name":"Tamsin Oduya"}],"publisher":{"@type":"Organization","name":"Ravensworth Gazette"}}</script>
<link rel="preload" href="/_next/static/css/5a1f0c2e9b3d7a44.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5a1f0c2e9b3d7a44.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-0b8c1d2e3f4a5b6c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-7d9e0f1a2b3c4d5e.js"
defer=""></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only">Skip to content</a>
<div class="bg-red-700 text-white text-sm"><div class="container mx-auto px-4 py-2 flex gap-3"><span class="font-bold uppercase">Breaking</span>
<a href="/news/a-road-closure-4480" class="hover:underline">A-road closed at Haxby after lorry overturns</a></div></div>
<header class="border-b border-neutral-200"><div class="container mx-auto px-4 flex items-center justify-between h-16"><a href="/" class="font-serif text-3xl">
Ravensworth Gazette</a><div class="flex gap-4"><button type="button" aria-label="Search" class="p-2"><svg aria-hidden="true"></svg></button>
<a href="/subscribe" class="rounded bg-red-700 px-3 py-1 text-white">Subscribe</a><a href="/login" class="text-sm">Sign in</a></div></div>
<nav aria-label="Sections" class="container mx-auto px-4"><ul class="flex gap-5 overflow-x-auto text-sm font-semibold">${links(nNav)}</ul></nav></header>
<main id="main" class="container mx-auto px-4 grid grid-cols-12 gap-8 py-8"><article class="col-span-12 lg:col-span-8">
<nav aria-label="Breadcrumb" class="text-xs uppercase text-red-700"><a href="/news">News</a> / <a href="/news/ravensworth">Ravensworth</a></nav>
<h1 class="mt-2 font-serif text-4xl font-bold leading-tight">${nTitle}</h1><p class="mt-3 text-xl text-neutral-600">${nDek}</p>
<div class="mt-4 flex flex-wrap items-center gap-x-3 text-sm text-neutral-600"><span>By <a href="/author/tamsin-oduya"
class="font-semibold">Tamsin Oduya</a></span>
<span>Local Democracy Reporter</span><time dateTime="2026-07-04T16:05:00+01:00">Saturday 4 July 2026, 4:05pm</time></div>
<div class="mt-3 flex gap-2" aria-label="Share this article"><a href="https://www.facebook.com/sharer/sharer.php" class="share-btn">Facebook</a>
<a href="https://twitter.com/intent/tweet" class="share-btn">X</a><a href="https://wa.me/" class="share-btn">WhatsApp</a><button
class="share-btn">Copy link</button></div>
<figure class="my-6"><img alt="Customers queue outside Pellegrini’s" src="/_next/image?url=%2Fuploads%2Fqueue.jpg&amp;w=1200&amp;q=75"
width="1200" height="800"
decoding="async" loading="eager"/><figcaption class="mt-2 text-sm text-neutral-600">The queue outside Pellegrini’s on Saturday morning.
<span class="text-neutral-400">Picture: Owen Harker</span></figcaption></figure>
<div class="article-body">${p(nBody[0] ?? '')}${p(nBody[1] ?? '')}${p(nBody[2] ?? '')}
<p class="mb-5 font-semibold"><a href="/news/seafront-traders-storm-4102" class="text-red-700 underline">${nReadMore}</a></p>
${ad('ad-inarticle-1')}
<h2 class="mt-8 mb-3 font-serif text-2xl font-bold">${nBody[3]}</h2>${p(nBody[4] ?? '')}${p(nBody[5] ?? '')}${p(nBody[6] ?? '')}
${ad('ad-inarticle-2')}
<h2 class="mt-8 mb-3 font-serif text-2xl font-bold">${nBody[7]}</h2>${p(nBody[8] ?? '')}${p(nBody[9] ?? '')}</div>
<div class="mt-8 rounded bg-neutral-100 p-5"><h3 class="font-bold">Get the Gazette’s morning briefing</h3><p
class="text-sm">The day’s Ravensworth news in your inbox at 7am.</p>
<form class="mt-3 flex gap-2"><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="you@example.com"/>
<button type="submit" class="bg-red-700 px-4 text-white">Sign up</button></form></div>
<div class="mt-6 flex gap-2 text-sm"><a href="/tag/ravensworth" class="rounded-full border px-3">Ravensworth</a><a href="/tag/food-and-drink"
class="rounded-full border px-3">
Food and drink</a><a href="/tag/storm-recovery" class="rounded-full border px-3">Storm recovery</a></div></article>
<aside class="col-span-12 lg:col-span-4">${ad('ad-mpu-1')}<section><h2 class="border-b-2 border-red-700 font-bold uppercase">Most read</h2>
<ol class="divide-y">${nMost
  .map(
    (t, i) => `<li class="py-3 flex gap-3"><span class="text-3xl text-red-700">${i + 1}</span><a
href="/news/${i}">${t}</a></li>`,
  )
  .join('\n')}</ol>
</section></aside></main>
<footer class="bg-neutral-900 text-neutral-300"><div class="container mx-auto px-4 py-8"><ul class="flex flex-wrap gap-4 text-sm">${links(nFoot)}</ul>
<p class="mt-4 text-xs">© 2026 Ravensworth Gazette Ltd. Registered in England and Wales.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":4471,"headline":"Pellegrini’s reopens","standfirst":"${nDek}",
"section":"news"}}},
"page":"/news/[slug]","query":{"slug":"pellegrinis-reopens-after-flood-4471"},"buildId":"q8Zk3mT1","isFallback":false,"gssp":true}</script></body></html>`;
const nextNews = page({
  name: 'heldout543-nextjs-parlour-reopens',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [nDek, ...nBody.filter((_, i) => i !== 3 && i !== 7)],
  bylines: ['By Tamsin Oduya', 'Local Democracy Reporter', 'Saturday 4 July 2026, 4:05pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Breaking', 'A-road closed at Haxby after lorry overturns', 'Ravensworth Gazette', 'Subscribe', 'Sign in', ...nNav,
    'News / Ravensworth', 'Facebook', 'X', 'WhatsApp', 'Copy link', 'The queue outside Pellegrini’s on Saturday morning.', 'Picture: Owen Harker',
    nReadMore, 'Advertisement', 'Get the Gazette’s morning briefing', 'The day’s Ravensworth news in your inbox at 7am.', 'Email address', 'Sign up',
    'Ravensworth', 'Food and drink', 'Storm recovery', 'Most read', ...nMost, ...nFoot, '© 2026 Ravensworth Gazette Ltd. Registered in England and Wales.',
  ],
});

const dTitle = 'Whatever happened to Pettigrew’s sweet shop on Bell Street?';
const dPosts: readonly (readonly [string, string, string, readonly string[], string])[] = [
  [
    'marjorie_h',
    'February 3, 2026, 10:12am',
    '',
    [
      j(
        'Walked past Bell Street yesterday and the old sweet shop has a “to let” sign in the window. I can remember buying',
        'sherbet fountains and fruit salads there on the way home from school in the seventies. Does anybody know when it closed',
        'and what happened to the Pettigrews?',
      ),
    ],
    '4 Likes',
  ],
  [
    'dennisfromthemill',
    'February 3, 2026, 12:40pm',
    'I can remember buying sherbet fountains and fruit salads there on the way home from school in the seventies.',
    [
      'Same here! Mr Pettigrew used to weigh out a quarter of pear drops and always put one extra in the bag when his wife wasn’t looking.',
      j(
        'As far as I know Ron retired in 2009 and their daughter Linda ran it for a few years after that. I think it was a card shop',
        'for a while, then a vape shop.',
      ),
    ],
    '6 Likes',
  ],
  [
    'lindap',
    'February 4, 2026, 8:05am',
    '',
    [
      j(
        'Hello all, I’m Linda, Ron’s daughter. Someone sent me a link to this thread and it made my morning. Dad is 91 now and',
        'living with us in Caldbeck. I read him your posts and he laughed about the pear drops. He says Mum knew perfectly well.',
      ),
      j(
        'We closed the shop in 2014 when the rent went up. The big brass scales are in our kitchen and the last jar of rhubarb and',
        'custards is still on Dad’s windowsill, unopened, which he insists is a museum piece.',
      ),
    ],
    '23 Likes',
  ],
  [
    'ashcombe_archive',
    'February 4, 2026, 9:30am',
    '',
    [
      j(
        'Lovely to hear from you, Linda. We have a photo of the shop front from 1978 in the society’s collection, with your dad in',
        'the doorway. I’ll post it in the Local History gallery this week, and we would love to record his memories if he is willing.',
      ),
    ],
    '9 Likes',
  ],
];
const dRelated: readonly (readonly [string, string, string, string])[] = [
  ['The Regal cinema: memories and photos', '31', '1.2k', 'Jan 2026'],
  ['Milk deliveries in the 1960s', '12', '408', 'Nov 2025'],
  ['Who remembers the Bell Street flood of 1968?', '19', '766', 'Dec 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const quote = (user: string, text: string): string => `<aside class="quote no-group" data-username="marjorie_h" data-post="1" data-topic="812">
<div class="title"><div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24" src="/user_avatar/letter/m/24.png"
class="avatar"> ${user}:</div>
<blockquote><p>${text}</p></blockquote></aside>`;
const post = ([u, d, q, paras, likes]: readonly [string, string, string, readonly string[], string], i: number): string => `<div id="post_${i + 1}"
${i === 0 ? '' : 'itemprop="comment" '}itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href="/u/${u}"><span
itemprop="name">${u}</span></a>
</span><link itemprop="mainEntityOfPage" href="/t/whatever-happened-to-pettigrews-sweet-shop-on-bell-street/812">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-0${i < 2 ? 3 : 4}T10:12:44Z" class="post-time">${d}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">${q === '' ? '' : quote('marjorie_h', q)}${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}"/><span class="post-likes">${likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Local History - Ashcombe Community Forum</title>
<meta name="description" content="Walked past Bell Street yesterday and the old sweet shop has a “to let” sign in the window."><meta name="generator"
content="Discourse 3.3.0">
<link rel="canonical" href="https://forum.ashcombe.org.uk/t/whatever-happened-to-pettigrews-sweet-shop-on-bell-street/812"><meta name="theme-color"
content="#ffffff">
<link href="/stylesheets/desktop_2a4b.css?__ws=forum.ashcombe.org.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Ashcombe Community Forum"><meta property="og:type" content="website"><meta name="twitter:label1" value="Reading time">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"marjorie_h"}}</script>
</head><body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Ashcombe Community Forum" id="site-logo"
style="max-width: 150px;"></a>
</header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/whatever-happened-to-pettigrews-sweet-shop-on-bell-street/812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/local-history/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Local History</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="list-tags"><a href="/tag/shops" class="discourse-tag" rel="tag">shops</a> <a href="/tag/bell-street" class="discourse-tag"
rel="tag">bell-street</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}"><meta itemprop="articleSection"
content="Local History">
${dPosts.map(post).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table
class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a href="/c/local-history/5" class="badge-wrapper bullet"><span class="badge-category-bg"
style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name">Local History</span></span></a></div></td><td class="replies"><span class="posts"
title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourseThread = page({
  name: 'heldout543-discourse-sweet-shop-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , q, paras]) => (q === '' ? [...paras] : [q, ...paras])),
  bylines: [...dPosts.flatMap(([u, d]) => [u, d]), 'marjorie_h:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Local History', 'shops', 'bell-street', ...dPosts.map((p) => p[4]), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dRelated.flatMap((r) => [...r]), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT543_D: readonly TestPage[] = [nextNews, discourseThread];
