import { ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file d: a Discourse topic as served to crawlers (no-JS view: posts, likes, related topics table, crawler
 * footer); the MediaWiki article is in file d2.
 */
const dTitle = 'Longcase strikes the wrong hour after moving house';
const dPosts: readonly (readonly [string, string, readonly string[], string])[] = [
  [
    'pendulum_pete',
    'March 2, 2026,  6:22pm',
    [
      j(
        'We moved house last week and had the longcase carried over by a removals firm. It is running well and in beat, but it now',
        'strikes the wrong number: at three o’clock it struck seven, at four it struck eight.',
      ),
      j(
        'It is an eight-day clock, about 1810, with a painted dial. I have not touched anything except to hang the weights and pendulum. Any ideas',
        'before I call someone in?',
      ),
    ],
    '',
  ],
  [
    'hcollier',
    'March 2, 2026,  7:05pm',
    [
      j(
        'Being out by four hours every time suggests the strike itself is fine and the hour hand has simply slipped on its pipe,',
        'which happens easily if the hands get knocked in transit. Does it strike the correct number of blows each hour, just the',
        'wrong hour?',
      ),
      'If it is a rack striking clock you can move the hour hand round to match the strike. It is a friction fit: hold it near the centre and turn it gently.',
    ],
    '2 Likes',
  ],
  [
    'pendulum_pete',
    'March 3, 2026,  8:41am',
    ['Yes, always four too many. I moved the hour hand to VII when it struck seven and it has been right all night. Thank you!'],
    '',
  ],
  [
    'marjorie_k',
    'March 3, 2026, 10:17am',
    [
      j(
        'Glad it was that simple. One more thing worth doing after a move: check the case is screwed to the wall. A longcase that rocks even slightly',
        'will lose its beat again when the floor settles.',
      ),
    ],
    '3 Likes',
  ],
];
const dRelated = [
  ['Count wheel strike runs on after a service', '6', '418', 'Jan 2026'],
  ['Moving a longcase clock without a crate', '11', '1.2k', 'Nov 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = ([user, date, paras, likes]: readonly [string, string, readonly string[], string], i: number): string => `<div id='post_${i + 1}'
${i === 0 ? "itemprop='mainEntity'" : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"} class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href='https://forum.benchandpendulum.example/u/${user}'><span itemprop='name'>${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.benchandpendulum.example/t/longcase-strikes-the-wrong-hour/2217">
<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished'" : "itemprop='datePublished'"} datetime='2026-03-0${i < 2 ? 2 : 3}T18:22:41Z'
class='post-time'>${date}</time><meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>
${ps(paras)}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.slice(0, 1)}" />
${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const dRow = (r: readonly string[]): string => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='1'><span class="link-top-line"><a itemprop='url' href='/t/x/1'
class='title raw-link raw-topic-link'>${at(r, 0)}</a></span><div class="link-bottom-line"><a href='/c/longcase/7' class='badge-wrapper bullet'><span
class='badge-category-bg' style='background-color: #8C6238'></span><span class='badge-category clear-badge'><span class='category-name'>Longcase Clocks</span>
</span></a><div class="discourse-tags"></div></div></td><td class="replies"><span class='posts' title='posts'>${at(r, 1)}</span></td><td class="views">
<span class='views' title='views'>${at(r, 2)}</span></td><td>${at(r, 3)}</td></tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${dTitle} - Longcase Clocks - Bench &amp; Pendulum</title><meta name="description" content="We moved house last week and had the longcase carried over">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/fav.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.benchandpendulum.example/t/longcase-strikes-the-wrong-hour/2217">
<meta property="og:site_name" content="Bench &amp; Pendulum">
<meta property="og:type" content="website"><meta property="og:title" content="${dTitle}"><meta property="article:section" content="Longcase Clocks">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.benchandpendulum.example"}</script>
<link href="/stylesheets/desktop_3a1f.css?__ws=forum.benchandpendulum.example" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div>
<div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Bench &amp; Pendulum" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/longcase-strikes-the-wrong-hour/2217">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/longcase/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span><span
class='badge-category clear-badge'><span class='category-name' itemprop='name'>Longcase Clocks</span></span></a>
<meta itemprop="position" content="1"></span></div>
</div><div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'><link itemprop='url'
href='https://forum.benchandpendulum.example/t/longcase-strikes-the-wrong-hour/2217'><meta itemprop='datePublished' content='2026-03-02T18:22:41Z'>
<meta itemprop='articleSection' content='Longcase Clocks'><meta itemprop='keywords' content=''>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
<meta itemprop='name' content='Bench &amp; Pendulum'></div>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRelated.map(dRow).join('\n')}</tbody></table>
</div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t}
</a></span></li>`,
  )
  .join(
    '\n',
  )}</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout606-discourse-longcase-wrong-hour',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , p]) => p)),
  bylines: ['pendulum_pete', 'March 2, 2026, 6:22pm', 'hcollier', 'March 2, 2026, 7:05pm', 'March 3, 2026, 8:41am', 'marjorie_k', 'March 3, 2026, 10:17am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Longcase Clocks', '2 Likes', '3 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated.flat(), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT606_D: readonly TestPage[] = [discourse];
