import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file f: a cake decorators' forum thread on Discourse, as the crawler view serves it (logo header, category
 * badge and tags, four posts with authors, times and likes, related topics table, crawler footer).
 */
const dTitle = 'Swiss meringue buttercream splitting in a hot marquee';
type Post = readonly [string, string, readonly string[], string];
const dPosts: readonly Post[] = [
  [
    'hollyhock_bakes',
    'June 14, 2026, 10:22am',
    [
      j(
        'I have a three-tier semi-naked cake for an outdoor wedding on Saturday. The reception is in a marquee and the forecast says 29°C.',
        'Last summer my Swiss meringue buttercream went shiny and started to slide at about 3pm at a similar event.',
      ),
      'Is there anything I can do to the recipe to make it hold up, or should I switch to a ganache finish? The couple really want the buttercream look.',
    ],
    '2 Likes',
  ],
  [
    'Marguerite_D',
    'June 14, 2026, 11:05am',
    [
      j(
        'Swap a quarter of the butter for high-ratio shortening. It holds its shape several degrees higher than butter and most',
        'guests will not taste the difference in a thin semi-naked coat.',
      ),
      j(
        'The bigger thing is where the cake sits. Ask the planner to keep it out of direct sun and away from the marquee walls,',
        'and deliver it as late as you can. I ask for it to be set up after the speeches if the cutting is in the evening.',
      ),
    ],
    '6 Likes',
  ],
  [
    'kitchen.cal',
    'June 14, 2026, 1:40pm',
    [
      j(
        'Agree with Marguerite. I also chill each tier for a full hour after the final coat and bring the cake in a cool box with',
        'ice packs under the boards. Dowel it more than you think you need to: soft buttercream plus a heavy top tier is how cakes lean.',
      ),
    ],
    '3 Likes',
  ],
  [
    'hollyhock_bakes',
    'June 16, 2026, 9:12pm',
    [
      j(
        'Update for anyone who finds this later: I used the shortening swap, chilled the tiers and asked for the cake to be set up',
        'at 6pm. It looked exactly the same at 9pm as it did when it went out. Thank you both!',
      ),
    ],
    '4 Likes',
  ],
];
const dCat = 'Buttercream & Icing';
const dTags = ['weddings', 'swiss-meringue'];
const dRel: readonly (readonly [string, string, string, string])[] = [
  ['Ganache ratios for hot weather', '11', '1.2k', 'May 2026'],
  ['Transporting tiered cakes in summer', '8', '640', 'Apr 2026'],
  ['Shortening brands in the UK?', '5', '388', 'Jun 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const badge = `<a href="/c/buttercream-icing/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color:
#F7941D'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Buttercream &amp; Icing</span></span></a>`;
const post = ([who, when, ps, likes]: Post, i: number): string => `<div id='post_${i + 1}' itemprop='${i === 0 ? 'articleBody' : 'comment'}'
class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href='https://forum.sugarcraftbench.org/u/${who}'><span itemprop='name'>${who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.sugarcraftbench.org/t/swiss-meringue-buttercream-splitting-in-a-hot-marquee/4821">
<span class="crawler-post-infos"><time datetime='2026-06-1${i}T10:22:31Z' class='post-time'>
  ${when}
</time><meta itemprop='dateModified' content='2026-06-14T10:22:31Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${ps.map((p) => `<p>${p}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" /><span class='post-likes'>${likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Buttercream &amp; Icing - The Sugarcraft Bench</title>
<meta name="description" content="I have a three-tier semi-naked cake for an outdoor wedding on Saturday.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="icon" type="image/png" href="https://forum.sugarcraftbench.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.sugarcraftbench.org/t/swiss-meringue-buttercream-splitting-in-a-hot-marquee/4821">
<link href="/stylesheets/color_definitions_light_2_3_5c9d.css?__ws=forum.sugarcraftbench.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_c4e8b1d0.css?__ws=forum.sugarcraftbench.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="The Sugarcraft Bench"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:section" content="Buttercream &amp; Icing"><meta property="article:tag" content="weddings">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.sugarcraftbench.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.sugarcraftbench.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.sugarcraftbench.org/uploads/default/original/1X/logo.png" alt="The Sugarcraft Bench"
id="site-logo"
 style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title">
<h1><a href="/t/swiss-meringue-buttercream-splitting-in-a-hot-marquee/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
${badge}<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class="discourse-tags list-tags">
${dTags.map((t) => `<a href='https://forum.sugarcraftbench.org/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join(',\n')}</div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.sugarcraftbench.org/t/swiss-meringue-buttercream-splitting-in-a-hot-marquee/4821'>
<meta itemprop='datePublished' content='2026-06-14T10:22:31Z'><meta itemprop='articleSection' content='Buttercream &amp; Icing'>
<meta itemprop='keywords' content='weddings, swiss-meringue'><div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
<meta itemprop='name' content='The Sugarcraft Bench'></div>
${dPosts.map(post).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-33${i}1"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='https://forum.sugarcraftbench.org/t/${i}/33${i}1'
class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line">${badge}<div class="discourse-tags"></div></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout502-discourse-buttercream-marquee',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...p[2]]),
  bylines: ['hollyhock_bakes', 'Marguerite_D', 'kitchen.cal', ...dPosts.map((p) => p[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    dCat, ...dTags, '1', '2', '3', '4', ...dPosts.map((p) => p[3]), 'Related topics', ...dRel.flat(), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT502_F: readonly TestPage[] = [discourse];
