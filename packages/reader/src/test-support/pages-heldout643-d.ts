import { links, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout643-kit.js';

/**
 * Held-out batch 643, file d: a season-opening sightings post on a Ghost blog (Casper theme, with feature image, image
 * cards, a signup CTA and "read more" cards), and a trip-planning thread in a Discourse forum as served to crawlers.
 */
const gTitle = 'The humpbacks are back: our first fortnight of the season';
const gExcerpt = 'Two humpbacks, a pod of orca and a very confused sunfish. Here is what we saw between 1 and 14 May.';
const gBody = [
  j(
    'We slipped the mooring for the first trip of the year on the first of May with eleven guests, two flasks of coffee and no',
    'great expectations. Early May is usually about the seabirds: the puffins are back on Stac Mhor, the gannets are building',
    'and the whales, if they come at all, turn up in June. This year they did not read the script.',
  ),
  'Day three: a blow on the horizon',
  j(
    'On the third, about four miles west of the Sound, Ailsa spotted a tall bushy blow that was clearly not a minke. We cut the',
    'engine and waited. Ten minutes later a humpback surfaced a few hundred metres off the port side, arched, and showed us the',
    'underside of her tail flukes: mostly white, with a black blotch on the left lobe shaped a bit like a map of Skye.',
  ),
  j(
    'The fluke photos went to the Hebridean humpback catalogue the same evening, and by the next morning we had a match. She is',
    'HWDT-HB-0419, first photographed off Barra in 2019 and seen in Iceland in between. We have started calling her Skye anyway.',
  ),
  'The orca',
  j(
    'On the ninth we were watching harbour porpoises at the mouth of Loch Eynort when the skipper went very quiet and pointed.',
    'Three tall dorsal fins, one of them over a metre and a half: an adult male orca with two smaller animals, moving fast',
    'along the shore towards the seal colony at Rubha Dubh.',
  ),
  j(
    'We kept our distance, slowed to four knots and followed the code: no approach from in front, no cutting across their path,',
    'and the engine in neutral whenever they turned towards us. They stayed in view for twenty-five minutes before heading',
    'south. The seals on the rocks, sensibly, did not move at all.',
  ),
  j(
    'Photographs of the male’s dorsal fin have gone to the community orca project. We do not yet know who he is, and we would',
    'love to hear from anyone who saw three orca heading south past Canna that afternoon.',
  ),
  'The numbers',
  j(
    'Over fourteen days we ran 22 trips. We saw minke whales on 9 of them, humpbacks on 4, common dolphins on 11 and harbour',
    'porpoises on every single one. Basking sharks have not arrived yet; the water is still only ten degrees.',
  ),
  j(
    'And the sunfish? A small one, drifting on its side near the salmon farm on the twelfth, flapping a fin at the sky as sunfish',
    'do. It is the earliest we have ever seen one, and probably a sign that the warm water has come north early again.',
  ),
  j('Trips run daily until the end of September. If you are thinking of coming out with us in June, book soon: the Saturday', 'trips are already nearly full.'),
];
const gH = [1, 4, 8];
const gNav = ['Home', 'Trips', 'Sightings', 'Book'];
const gReads = ['Why we slow down: our new code of conduct', 'Winter maintenance: Rona out of the water', 'Sightings round-up: September 2025'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>The humpbacks are back: our first fortnight of the season</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1e4b2a9f">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://journal.minchboats.scot/humpbacks-are-back/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Minch Boat Trips Journal">
<meta property="article:published_time" content="2026-05-15T18:40:00.000Z"><meta property="article:tag" content="Sightings">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Minch Boat Trips Journal"},
"author":{"@type":"Person","name":"Ailsa Beaton"},"headline":"${gTitle}","datePublished":"2026-05-15T18:40:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Minch Boat Trips Journal" href="https://journal.minchboats.scot/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://journal.minchboats.scot/"
data-key="a1b2c3d4e5" data-api="https://journal.minchboats.scot/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:20px}</style></head>
<body class="post-template tag-sightings is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://journal.minchboats.scot">Minch Boat Trips Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20">
</svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-sightings ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/sightings/">Sightings</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ailsa/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/02/ailsa.jpg" alt="Ailsa Beaton"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ailsa/">Ailsa Beaton</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-15">15 May 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/fluke.jpg 300w, /content/images/size/w2000/2026/05/fluke.jpg 2000w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2026/05/fluke.jpg" alt="A humpback's tail flukes">
<figcaption>Skye’s flukes on 3 May. Photo: Ailsa Beaton</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}
<h2 id="day-three-a-blow-on-the-horizon">${at(gBody, 1)}</h2>
${ps(gBody.slice(2, 4))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/05/blow.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333"><figcaption><span style="white-space: pre-wrap;">Humpback blow, four miles west of the Sound</span></figcaption></figure>
<h2 id="the-orca">${at(gBody, 4)}</h2>
${ps(gBody.slice(5, 8))}
<h2 id="the-numbers">${at(gBody, 8)}</h2>
${ps(gBody.slice(9))}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gReads
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link"
href="/x/"><img class="post-card-image" src="/content/images/size/w600/x.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.minchboats.scot">Minch Boat Trips Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Book a trip', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7c1e4b2a9f"></script><script>document.documentElement.classList.add('js');</script></body></html>`;
const ghost: TestPage = {
  name: 'heldout643-ghost-casper-season',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH.map((i) => at(gBody, i)),
  body: [gExcerpt, ...gBody.filter((_, i) => !gH.includes(i))],
  bylines: ['Ailsa Beaton', '15 May 2026', '• 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Minch Boat Trips Journal', 'Home', 'Sightings', 'Sign in', 'Subscribe', 'Skye’s flukes on 3 May. Photo: Ailsa Beaton',
    'Humpback blow, four miles west of the Sound', 'Sign up for more like this.', 'Enter your email', ...gReads, 'Minch Boat Trips Journal © 2026',
    'Book a trip', 'Privacy', 'Powered by Ghost',
  ],
};

const dTitle = 'Best month for orca from Thurso or Scrabster?';
const dPosts = [
  {
    user: 'gannetgirl',
    time: 'March 2, 2026,  8:14pm',
    text: [
      j(
        'We are planning a week in Caithness this summer and would love to try for orca. I know nothing is guaranteed, but is',
        'there a month when the boats out of Scrabster have the best luck? We could do late May, July or August.',
      ),
      'Also, is it worth booking the longer Pentland Firth trips or are the short ones just as good?',
    ],
    likes: '',
  },
  {
    user: 'skua_dave',
    time: 'March 2, 2026,  9:02pm',
    text: [
      j(
        'Late May into June, no question. That is when the Northern Isles pod comes through hunting seals around the Orkney',
        'skerries, and some years they sit in the Firth for days. By August it is more hit and miss.',
      ),
      j(
        'Go for the longer trip. The short ones mostly stay in Thurso Bay, which is lovely for porpoises and seals but the orca',
        'tend to be further out towards Stroma.',
      ),
    ],
    likes: '4 Likes',
  },
  {
    user: 'gannetgirl',
    time: 'March 3, 2026,  7:40am',
    text: ['Thanks, that is really helpful. Late May it is then.'],
    quote: ['skua_dave', 'Late May into June, no question.'],
    likes: '',
  },
  {
    user: 'HolmTerns',
    time: 'March 4, 2026, 11:26am',
    text: [
      j(
        'Worth adding that the land-based watchers post on the Caithness sightings group on most days in May. If the boats are',
        'full, Dunnet Head and Duncansby Head are both good spots to sit with a flask and a scope. We saw the pod from the lighthouse',
        'car park at Duncansby last year, closer than we ever got from a boat.',
      ),
      'Book early either way, the boats fill up once the first sightings are posted.',
    ],
    likes: '2 Likes',
  },
];
const dRelated = ['Seal pupping season on the Farnes: when to go?', 'Puffin trips from Anstruther, any good?', 'Binoculars for a boat: 8x42 or 10x42?'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = (p: (typeof dPosts)[number], i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? '' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="https://forum.seawatchers.org/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.seawatchers.org/t/best-month-for-orca/4412">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-02T20:14:00Z" class="post-time">${p.time}</time>
<meta itemprop="dateModified" content="2026-03-02T20:14:00Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="${i === 0 ? 'articleBody' : 'text'}">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="2" data-topic="4412"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/forum.seawatchers.org/${p.quote[0]}/48/88_2.png" class="avatar"> ${p.quote[0]}:</div>
<blockquote><p>${p.quote[1]}</p></blockquote></aside>`
}
${ps(p.text)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.charAt(0)}">
<span class='post-likes'>${p.likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Best month for orca from Thurso or Scrabster? - Trip planning - Sea Watchers Forum</title>
<meta name="description" content="We are planning a week in Caithness this summer and would love to try for orca.">
<meta name="generator" content="Discourse 3.2.1">
<link rel="icon" type="image/png" href="https://forum.seawatchers.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.seawatchers.org/t/best-month-for-orca/4412">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.seawatchers.org/opensearch.xml" title="Sea Watchers Forum Search">
<link href="/stylesheets/color_definitions_light_2_3_1a2b.css?__ws=forum.seawatchers.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_4a5b.css?__ws=forum.seawatchers.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Sea Watchers Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.seawatchers.org","potentialAction":
{"@type":"SearchAction","target":"https://forum.seawatchers.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
</head>
<body class="crawler "><header><a href="/"><img src="https://forum.seawatchers.org/uploads/default/original/1X/logo.png" alt="Sea Watchers Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/best-month-for-orca/4412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/trip-planning/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #0088CC'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Trip planning</span>
</span></a><meta itemprop="position" content="1"></span></div><div class="topic-tags"><a href='https://forum.seawatchers.org/tag/orca' class='discourse-tag'
rel="tag">orca</a> <a href='https://forum.seawatchers.org/tag/scotland' class='discourse-tag' rel="tag">scotland</a></div></div>
${dPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='/t/x/${4300 + i}' class='title raw-link raw-topic-link'>${t}</a>
</span></td><td></td><td class="replies"><span class='posts' title='posts'>${i + 3}</span></td><td class="views"><span class='views' title='views'>
${(i + 2) * 137}</span></td><td>${['May 2025', 'Jul 2025', 'Jan 2026'][i]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout643-discourse-orca-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1] ?? '']), ...p.text]),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Trip planning', 'scotland', '4 Likes', '2 Likes', 'Related topics', ...dRelated, 'Topic', 'Replies', 'Views', 'Activity', 'May 2025',
    'Jul 2025', 'Jan 2026',
    '1', '2', '3', '4', '5', '274', '411', '548',
    ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT643_D: readonly TestPage[] = [ghost, discourse];
