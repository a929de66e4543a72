import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout613-kit.js';

/** Held-out batch 613, file b2: a pond keepers' forum thread on Discourse (the crawler view a saved page holds) with related topics. */
const dTitle = 'White spot on new koi after two weeks - treat the whole pond?';
type Post = { user: string; time: string; iso: string; paras: string[]; likes: string };
const dPosts: Post[] = [
  {
    user: 'fenwick_ponds',
    time: 'May 14, 2026,  6:22pm',
    iso: '2026-05-14T18:22:10Z',
    paras: [
      j(
        'Bought three tosai from a dealer a fortnight ago and quarantined them in a 300 litre tub for ten days. They looked',
        'perfect so in they went. This morning one of my older chagoi has little white dots on its pectoral fins and is',
        'flashing against the bottom drain cover.',
      ),
      j(
        'Pond is about 9,000 litres, water is 16°C, ammonia and nitrite zero. Do I treat the whole pond or try to catch the',
        'sick fish? Catching anything in there is a nightmare.',
      ),
    ],
    likes: '',
  },
  {
    user: 'Marla_K',
    time: 'May 14, 2026,  7:05pm',
    iso: '2026-05-14T19:05:44Z',
    paras: [
      j(
        'Treat the whole pond. By the time you can see spots on one fish, the free-swimming stage is already through the',
        'water and every fish has been exposed. Ten days of quarantine is too short at that temperature, sadly.',
      ),
      j('Work out your volume properly before you dose. Most people overestimate and end up under-dosing, which just drags', 'it out.'),
    ],
    likes: '4 Likes',
  },
  {
    user: 'fenwick_ponds',
    time: 'May 14, 2026,  7:31pm',
    iso: '2026-05-14T19:31:02Z',
    paras: ['Thanks. Should I take the UV and the carbon out while dosing?'],
    likes: '',
  },
  {
    user: 'oldtrout',
    time: 'May 15, 2026,  8:12am',
    iso: '2026-05-15T08:12:19Z',
    paras: [
      j(
        'Switch the UV off for the course, it breaks down malachite green. Carbon out too. Keep the air stones going hard,',
        'because the treatment lowers oxygen. At 16°C I would dose every three days for at least three doses, and do a 20%',
        'water change before each one.',
      ),
      j(
        'Next time give new fish three weeks in quarantine and raise the tub to 20°C or so. The parasite cycles faster and',
        'shows itself before the fish go in with your others.',
      ),
    ],
    likes: '7 Likes',
  },
  {
    user: 'fenwick_ponds',
    time: 'May 24, 2026,  9:40pm',
    iso: '2026-05-24T21:40:57Z',
    paras: [
      j(
        'Update for anyone who finds this later: three doses done, spots gone from the chagoi after the second one and nobody',
        'else came down with it. UV back on today. Lesson learned about quarantine!',
      ),
    ],
    likes: '2 Likes',
  },
];
const dRelated = [
  ['Salt dip for new koi, how long?', 'Health & Disease', '6', '212', 'April 2026'],
  ['Bottom drain blocked after winter', 'Filtration', '11', '398', 'March 2026'],
  ['Quarantine tub heater recommendations', 'Equipment', '3', '87', 'May 2026'],
];
const badge = (name: string, colour: string): string => `<span class='badge-category-bg' style='background-color: #${colour}'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>${name.replace(/&/g, '&amp;')}</span></span>`;
const post = (p: Post, i: number): string => `<div id='post_${i + 1}' itemprop='${i === 0 ? 'mainEntity' : 'comment'}' itemscope
itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.koiandpond.org.uk/u/${p.user}'>
<span itemprop='name'>${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.koiandpond.org.uk/t/white-spot-on-new-koi/4417">
<span class="crawler-post-infos"><time  datetime='${p.iso}' class='post-time'>${p.time}</time><meta itemprop='dateModified' content='${p.iso}'>
<span itemprop='position'>${i + 1}</span></span></div><div class='post row' itemprop='text'>
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes === '' ? '0' : p.likes.split(' ')[0]}" />
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dTitle} - Health &amp; Disease - Koi &amp; Pond Keepers</title>
<meta name="description" content="Bought three tosai from a dealer a fortnight ago and quarantined them in a 300 litre tub for ten days."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 2b4c0a1f3e">
<link rel="icon" type="image/png" href="https://forum.koiandpond.org.uk/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#1f4e5f">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.koiandpond.org.uk/t/white-spot-on-new-koi/4417">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.koiandpond.org.uk/opensearch.xml" title="Koi &amp; Pond Keepers Search">
<link href="/stylesheets/color_definitions_base__2_a1b2c3.css?__ws=forum.koiandpond.org.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_6d1b8e.css?__ws=forum.koiandpond.org.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Koi &amp; Pond Keepers"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:published_time" content="2026-05-14T18:22:10+00:00"><meta property="article:section" content="Health &amp; Disease">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.koiandpond.org.uk",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.koiandpond.org.uk/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link rel="next" href="/t/white-spot-on-new-koi/4417?page=2"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title">
<a href="/"><img src="https://forum.koiandpond.org.uk/uploads/default/original/1X/logo.png" alt="Koi &amp; Pond Keepers" id="site-logo"
style="max-width: 150px;"></a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/white-spot-on-new-koi/4417">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/health/5" class="badge-wrapper bullet" itemprop="item">${badge('Health & Disease', 'F1592A')}</a><meta itemprop="position" content="1" /></span>
</div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://forum.koiandpond.org.uk/tag/whitespot' class='discourse-tag' rel="tag">whitespot</a>,
<a href='https://forum.koiandpond.org.uk/tag/quarantine' class='discourse-tag' rel="tag">quarantine</a></div></div></div>
${dPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r, i) => `<tr class="topic-list-item"><td class="main-link"><meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='https://forum.koiandpond.org.uk/t/${4300 + i}' class='title raw-link raw-topic-link'>${r[0]}</a></span><div class="link-bottom-line">
<a href='/c/${i}' class='badge-wrapper bullet'>${badge(r[1] ?? '', '0E76BD')}</a><div class="discourse-tags"></div></div></td>
<td class="replies"><span class='posts' title='posts'>${r[2]}</span></td><td class="views"><span class='views' title='views'>${r[3]}</span></td>
<td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourseKoi: TestPage = {
  name: 'heldout613-koi-whitespot-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: ['fenwick_ponds', 'Marla_K', 'oldtrout', ...dPosts.map((p) => p.time.replace(/ +/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'whitespot', '4 Likes', '7 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated.flat(), 'Home', 'Categories',
    'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT613_B2: readonly TestPage[] = [discourseKoi];
