import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file c: a Discourse thread (the crawler view served without JavaScript) asking for a weekend chess club.
 */
const dTitle = 'Weekend chess club near Dunmore? Shift work rules out weeknights';
const dPosts: [string, string, string[], string][] = [
  [
    'halvard_k',
    'March 3, 2027, 7:12pm',
    [
      j(
        'I have just moved to Dunmore for a hospital job and I work lates most weeknights, so the usual Tuesday and Thursday clubs',
        'are out. Is there anything that meets on a Saturday or Sunday within half an hour of the town centre?',
      ),
      'I am around 1650 online, never played over the board in a league. Happy to just play casual games to start with.',
    ],
    '2 Likes',
  ],
  [
    'mairi.dunn',
    'March 3, 2027, 8:40pm',
    [
      j(
        'Dunmore Knights meet on Sunday afternoons in the back room of the Corn Exchange café, 2pm until about 6. It is mostly',
        'casual with a monthly rapid. Ask for Fergus at the counter, he keeps the clocks.',
      ),
    ],
    '5 Likes',
  ],
  [
    'fergus_b',
    'March 4, 2027, 9:05am',
    [
      j(
        'That is us! Mairi is right, Sundays from 2. First visit is free, then it is £3 a week or £25 a year. We do have a team',
        'in the county Saturday league too, and we are always short of a fourth board, so if you fancy it you would be very welcome.',
      ),
      'Bring nothing, we have sets and clocks. Parking is free on Sundays behind the Exchange.',
    ],
    '4 Likes',
  ],
  [
    'halvard_k',
    'March 10, 2027, 10:31pm',
    [j('Went along on Sunday. Lost three games and won one and had a great time. Signed up for the league as well. Thanks', 'both, marking this as solved.')],
    '3 Likes',
  ],
];
const dTags = ['clubs', 'over-the-board'];
const dRelated: [string, string, string, string][] = [
  ['Chess clubs in the Borders: a list', '14', '2.1k', 'Jan 2027'],
  ['First league match nerves', '9', '640', 'Feb 2027'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Clubs &amp; Venues - Northfield Chess Forum</title>
<meta name="description" content="I have just moved to Dunmore for a hospital job and I work lates most weeknights">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.northfieldchess.org/t/weekend-chess-club-near-dunmore/4821">
<link href="/stylesheets/color_definitions_base__2_f1f.css?__ws=forum.northfieldchess.org" media="all" rel="stylesheet" class="light-scheme">
<meta property="og:site_name" content="Northfield Chess Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.northfieldchess.org","potentialAction":
{"@type":"SearchAction","target":"https://forum.northfieldchess.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;Weekend chess club near Dunmore?&#39;" href="/t/4821.rss">
</head><body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Northfield Chess Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/weekend-chess-club-near-dunmore/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/clubs-venues/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #25AAE2'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Clubs &amp; Venues</span></span></a>
<meta itemprop="position" content="1"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>${dTags.map((t) => `<a href='/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join(', ')}
</div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<meta itemprop='articleSection' content='Clubs &amp; Venues'><meta itemprop='keywords' content='clubs, over-the-board'>
${dPosts
  .map(
    (
      [u, d, paras, likes],
      i,
    ) => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='/u/${u}'>
<span itemprop='name'>${u}</span></a></span><link itemprop="mainEntityOfPage" href="/t/weekend-chess-club-near-dunmore/4821">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2027-03-0${i + 3}T19:12:00Z' class='post-time'>${d}</time>
<meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>
${ps(paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" />
<span class='post-likes'>${likes}</span></div></div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item" id="topic-list-item-${r}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'><span class="link-top-line"><a itemprop='url'
href='#' class='title raw-link raw-topic-link'>${t}</a></span></td><td class="replies"><span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout675-discourse-weekend-club',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , paras]) => paras)),
  bylines: [...new Set(dPosts.flatMap(([u, d]) => [u, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Clubs & Venues', ...dTags, ...dPosts.map(([, , , l]) => l), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated.flatMap((r) => [r[0], r[1], r[2], r[3]]), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT675_C: readonly TestPage[] = [discourse];
