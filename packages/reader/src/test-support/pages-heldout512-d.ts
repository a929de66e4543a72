import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout512-kit.js';

/**
 * Held-out batch 512, file d: a taxi drivers' forum thread on Discourse as served to crawlers and saved without scripts
 * (category badge, tag, post metas with likes, related-topics table, crawler footer).
 */
const dTitle = 'Airport drop-off charge going up to £7 from January';
const dPosts: [string, string, string[], string][] = [
  [
    'dave_h',
    'December 1, 2026,  8:14pm',
    [
      j(
        'Got the letter from Harwick Airport today. The forecourt drop-off charge goes from £5 to £7 on 5 January, and the free ten',
        'minutes for licensed taxis is being scrapped. Anyone know if the fares table lets us pass that on to the customer as an extra?',
      ),
      "I do about fifteen airport runs a week, so that's another thirty quid a week out of my pocket if I can't.",
    ],
    '3 Likes',
  ],
  [
    'MarlbridgeMo',
    'December 1, 2026,  8:40pm',
    [
      j(
        'Depends which council you are licensed with. Marlbridge lets you add <em>charges incurred at the request of the hirer</em>,',
        'and the forecourt charge counts, as long as you tell the customer at the start of the journey.',
      ),
      'Keep the ticket from the barrier in case they query it. I keep mine in the door pocket for a week.',
    ],
    '7 Likes',
  ],
  [
    'sue.cabs',
    'December 1, 2026,  9:02pm',
    [
      j(
        'Elmsworth is the same, but only because it is in the table. Ours says "airport and car park charges at cost", so you are',
        'fine. Check the sticker in your cab before you start adding anything on.',
      ),
      j(
        'The bigger problem for me is the pick-up side. The feeder lane is full by 11pm most nights and the marshals send you round',
        'the loop again, which is another charge if you go through the barrier twice.',
      ),
    ],
    '2 Likes',
  ],
  ['dave_h', 'December 1, 2026,  9:31pm', ['Thanks both. Found it on my sticker, item 6, "airport access charges". Never noticed it before.'], ''],
  [
    'Kerim_PH',
    'December 2, 2026,  7:15am',
    [
      j(
        'Private hire is different again. We agree the price up front, so the charge has to be in the quote. Our office has already',
        'added £7 to every airport job booked for after the 5th, and the app shows it as a separate line so nobody argues.',
      ),
    ],
    '1 Like',
  ],
];
const dRel: [string, string, string, string, string][] = [
  ['Harwick rank closed for resurfacing next week', 'Airport work', 'harwick', '14', '612'],
  ['Card machine fees - which one are you using?', 'General', 'payments', '31', '1.2k'],
  ['Marlbridge fares review 2027 - have your say', 'Licensing', 'marlbridge', '9', '388'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dBadge = (name: string, colour: string, slug: string): string =>
  `<a href="/c/${slug}" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #${colour}'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>${name}</span></span></a>`;
const dPostHtml = dPosts
  .map(
    ([user, date, paras, likes], i) => `<div id='post_${i + 1}' class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='https://forum.cabline.co.uk/u/${user}'><span
itemprop='name'>${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.cabline.co.uk/t/airport-drop-off-charge-going-up-to-7-from-january/4821">
<span class="crawler-post-infos"><time datetime='2026-12-0${date.startsWith('December 2') ? 2 : 1}T20:14:05Z' class='post-time'>
              ${date}
            </time><meta itemprop='dateModified' content='2026-12-01T20:14:05Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div>
${
  likes === ''
    ? ''
    : `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" />
<span class='post-likes'>${likes}</span></div>`
}</div>`,
  )
  .join('\n');
const dRelHtml = dRel
  .map(
    ([t, cat, tag, replies, views], i) => `<tr class="topic-list-item" id="topic-list-item-${4700 + i}">
<td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url'
href='https://forum.cabline.co.uk/t/${4700 + i}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">
${dBadge(cat, '0E76BD', String(i + 3))}<div class="discourse-tags"><a href='https://forum.cabline.co.uk/tag/${tag}' class='discourse-tag'>${tag}</a></div>
</div></td>
<td class="replies"><span class='posts' title='posts'>${replies}</span></td><td class="views"><span class='views' title='views'>${views}</span></td>
<td>November 2026</td></tr>`,
  )
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Airport work - Cabline Drivers Forum</title>
<meta name="description" content="Got the letter from Harwick Airport today. The forecourt drop-off charge goes from £5 to £7 on 5 January">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 9c6a1ef0e3">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.cabline.co.uk/t/airport-drop-off-charge-going-up-to-7-from-january/4821">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.cabline.co.uk/opensearch.xml" title="Cabline Drivers Forum Search">
<link href="/stylesheets/color_definitions_cabline_3_2_1c8e.css?__ws=forum.cabline.co.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_9c6a1ef0e3.css?__ws=forum.cabline.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Cabline Drivers Forum"><meta property="og:type" content="website">
<meta property="article:published_time" content="2026-12-01T20:14:05+00:00"><meta property="og:ignore_canonical" content="true">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.cabline.co.uk",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.cabline.co.uk/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler browser-update">
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/cabline-logo.png"
alt="Cabline Drivers Forum" id="site-logo" class="logo-big"></a></div><div class="header-buttons"><a href="/login" class="btn btn-primary btn-small login-button
btn-icon-text">Log In</a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/airport-drop-off-charge-going-up-to-7-from-january/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
${dBadge('Airport work', '0E76BD', 'airport-work/7')}<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://forum.cabline.co.uk/tag/harwick' class='discourse-tag' rel="tag">harwick</a></div></div>
</div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.cabline.co.uk/t/airport-drop-off-charge-going-up-to-7-from-january/4821'>
<meta itemprop='datePublished' content='2026-12-01T20:14:05Z'><meta itemprop='articleSection' content='Airport work'>
<meta itemprop='keywords' content='harwick'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Cabline'></div>
${dPostHtml}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelHtml}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<footer class="container wrap"><div class="footer-links">
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></div></footer>
</body></html>`;
const cabline: TestPage = {
  name: 'heldout512-discourse-drivers-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , paras]) => paras)),
  bylines: [...new Set(dPosts.flatMap(([user, date]) => [user, date.replace(/\s+/g, ' ')]))],
  // the tags harwick and marlbridge and the post number 5 are words of the posts, so they are left out
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Log In', 'Airport work', '1', '2', '3', '4', '3 Likes', '7 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies',
    'Views', 'Activity', ...dRel.flatMap((r) => r).filter((t) => t !== 'harwick' && t !== 'marlbridge'),
    'November 2026', ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ])],
};

export const HELDOUT512_D: readonly TestPage[] = [cabline];
