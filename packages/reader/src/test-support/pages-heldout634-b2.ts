import { plain, type TestPage } from './page-kit.js';
import { done, j } from './pages-heldout634-kit.js';

/** Held-out batch 634, file b2: a circus teachers' forum thread on Discourse, as its server-rendered (crawler) view serves it. */
const dTitle = 'First props for a class of 7-year-olds: scarves, balls or plates?';
interface Post {
  user: string;
  time: string;
  iso: string;
  likes: number;
  paras: string[];
}
const dPosts: Post[] = [
  {
    user: 'hannah_spins',
    time: 'February 11, 2025,  7:04pm',
    iso: '2025-02-11T19:04:33Z',
    likes: 2,
    paras: [
      j(
        'I’m starting an after-school circus club at a primary school in March: twelve children, mostly 7 and 8, one hour a week',
        'in the hall. I have a budget of about £250 for kit and I can’t decide where to start.',
      ),
      j(
        'My instinct is juggling scarves, because they are slow and nobody gets hurt, but I worry the kids will get bored after',
        'two weeks. Plates look great but I’ve seen how many get dropped. What would you buy first?',
      ),
    ],
  },
  {
    user: 'rollingpin',
    time: 'February 11, 2025,  8:31pm',
    iso: '2025-02-11T20:31:02Z',
    likes: 5,
    paras: [
      j(
        'Scarves for the first two sessions, then straight on to beanbag balls. Kids that age are thrilled by scarves for about',
        'forty minutes in total. Buy twelve sets of three scarves and six sets of beanbags, and they can share the balls in pairs.',
      ),
      j(
        'Plates are brilliant for that age, honestly more rewarding than juggling at first, because most of them can get a plate',
        'spinning in one session. Get the plastic ones with the deep rim and long sticks. Ten plates won’t break the bank.',
      ),
    ],
  },
  {
    user: 'MrDiabolo',
    time: 'February 12, 2025,  9:15am',
    iso: '2025-02-12T09:15:47Z',
    likes: 3,
    paras: [
      j(
        'Agree with rollingpin. I’d hold back on diabolos until the second term though. They need more space than you think, and',
        'with twelve kids in a school hall somebody always gets a stick in the face. When you do buy them, go for medium',
        'rubber-cupped ones with soft sticks, not the hard plastic kind.',
      ),
      'Also budget for a big bag with a zip. Kit disappears.',
    ],
  },
  {
    user: 'hannah_spins',
    time: 'February 12, 2025,  6:48pm',
    iso: '2025-02-12T18:48:10Z',
    likes: 1,
    paras: [
      j(
        'This is really helpful, thank you both. So scarves and beanbags for juggling, a set of plates, and diabolos later. Should',
        'I add anything for the children who find juggling frustrating?',
      ),
    ],
  },
  {
    user: 'Tomasz_K',
    time: 'February 13, 2025, 10:02am',
    iso: '2025-02-13T10:02:55Z',
    likes: 4,
    paras: [
      j(
        'Flower sticks (devil sticks) are a great second option for the kids who hate juggling. Feathers are cheap too: balancing a',
        'peacock feather on a finger keeps a whole class quiet for ten minutes, and it teaches the same looking-up habit you need',
        'for juggling.',
      ),
      j(
        'One more thing: finish every session with a two-minute show where anyone who wants can show a trick. That is what keeps',
        'them coming back, not the props.',
      ),
    ],
  },
];
const dRel = [
  ['Running a circus club on a tiny budget', '12', '1.4k', 'Oct 2024'],
  ['Safe stilts for primary school children?', '7', '386', 'Jan 2025'],
  ['Games to warm up a juggling class', '9', '702', 'Nov 2024'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (p: Post, i: number): string => `<div id='post_${i + 1}' ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'}
class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.jugglecommons.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a>
</span>
<link itemprop="mainEntityOfPage" href="https://forum.jugglecommons.org/t/first-props-for-a-class-of-7-year-olds/4417">
<span class="crawler-post-infos">
<time ${i === 0 ? "itemprop='datePublished'" : ''} datetime='${p.iso}' class='post-time'>
${p.time}
</time>
<meta itemprop='dateModified' content='${p.iso}'>
<span itemprop='position'>${i + 1}</span>
</span>
</div>
<div class='post' itemprop='text'>
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes}" />
<span class='post-likes'>${p.likes} ${p.likes === 1 ? 'Like' : 'Likes'}</span>
</div>
</div>`;
const dRow = (r: readonly string[], i: number): string => `<tr class="topic-list-item" id="topic-list-item-${4300 + i}">
<td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='https://forum.jugglecommons.org/t/${4300 + i}' class='title raw-link raw-topic-link'>${r[0]}</a></span>
<div class="link-bottom-line"><a href='/c/teaching/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #3AB54A'></span>
<span class='badge-category clear-badge'><span class='category-name'>Teaching</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r[1]}</span></td><td class="views"><span class='views' title='views'>${r[2]}</span></td>
<td>${r[3]}</td></tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">
<head><meta charset="utf-8"><title>${dTitle} - Teaching - Juggle Commons</title>
<meta name="description" content="I’m starting an after-school circus club at a primary school in March: twelve children, mostly 7 and 8, one hour a week…">
<meta name="generator" content="Discourse 3.4.0.beta3 - https://github.com/discourse/discourse version 5e1b2c3d">
<link rel="icon" type="image/png" href="https://forum.jugglecommons.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.jugglecommons.org/t/first-props-for-a-class-of-7-year-olds/4417" />
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.jugglecommons.org/opensearch.xml" title="Juggle Commons Search">
<link href="/stylesheets/color_definitions_light_2_3_1a2b.css?__ws=forum.jugglecommons.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_1a2b3c.css?__ws=forum.jugglecommons.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Juggle Commons" /><meta property="og:type" content="website" />
<meta property="og:title" content="${dTitle}" /><meta property="article:section" content="Teaching" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.jugglecommons.org",
"potentialAction":{"@type":"SearchAction","target":"https://forum.jugglecommons.org/search?q={search_term_string}","query-input":"required
name=search_term_string"}}</script>
</head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title">
<a href="/"><img src="https://forum.jugglecommons.org/uploads/default/original/1X/logo.png" alt="Juggle Commons" id="site-logo" style="max-width: 150px;"></a>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main">
<div id="topic-title"><h1><a href="/t/first-props-for-a-class-of-7-year-olds/4417">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/teaching/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #3AB54A'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Teaching</span></span></a><meta itemprop="position" content="1" /></span>
</div>
<div class="topic-tags"><a href='https://forum.jugglecommons.org/tag/kids' class='discourse-tag'>kids</a>
<a href='https://forum.jugglecommons.org/tag/equipment' class='discourse-tag'>equipment</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.jugglecommons.org/t/first-props-for-a-class-of-7-year-olds/4417'>
<meta itemprop='datePublished' content='2025-02-11T19:04:33Z'><meta itemprop='articleSection' content='Teaching'>
<meta itemprop='keywords' content='kids, equipment'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Juggle Commons'></div>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel.map(dRow).join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase()}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div class="buorg"><div>This forum works best with JavaScript enabled.</div></div>
<footer id='noscript-footer' class="container wrap"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = done({
  name: 'heldout634-circus-teachers-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras.map(plain)),
  bylines: dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]),
  furniture: [
    'Teaching',
    'kids',
    'equipment',
    ...dPosts.flatMap((p, i) => [String(i + 1), `${p.likes} ${p.likes === 1 ? 'Like' : 'Likes'}`]),
    'Related topics',
    'Topic',
    'Replies',
    'Views',
    'Activity',
    ...dRel.flatMap((r) => r),
    ...dFoot,
    'This forum works best with JavaScript enabled.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT634_B2: readonly TestPage[] = [discourse];
