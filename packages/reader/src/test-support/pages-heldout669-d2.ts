import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout669-kit.js';

/** Held-out batch 669, file d2: a llama health thread on Discourse as its crawler (no-JavaScript) view serves it. */
const fTitle = 'Llama off her food since shearing – should I be worried?';
const fPosts = [
  {
    who: 'hazelmoss',
    when: 'July 3, 2026,  8:14am',
    likes: '',
    ps: [
      j(
        'We had our three llamas shorn last Tuesday by a travelling shearer. Two are fine but Pepper, our nine-year-old female, has',
        'hardly eaten since. She picks at hay but leaves her hard feed, and she is standing apart from the other two with her head low.',
      ),
      j(
        'Temperature this morning was 38.9. Droppings look normal, if a bit fewer. She was restrained on the ground for shearing and',
        'fought it quite a lot. Is this just sulking or should I call the vet? Our vet does not see many camelids.',
      ),
    ],
  },
  {
    who: 'BrackenLlamas',
    when: 'July 3, 2026,  9:02am',
    likes: '3 Likes',
    ps: [
      j(
        '38.9 is fine for a llama, so no fever. But a llama that stops eating for more than a day or two always gets a vet visit in my',
        'book. They hide pain very well and by the time they look ill they are usually quite ill.',
      ),
      'Things I would check before the vet comes:',
    ],
    list: [
      'Her teeth. Fighting on the ground can crack a fighting tooth or an incisor.',
      'Her neck. Some llamas strain their neck when they throw their head against the restraint.',
      'Any cuts from the shears, especially around the belly and legs.',
    ],
  },
  {
    who: 'hazelmoss',
    when: 'July 3, 2026,  7:40pm',
    likes: '',
    ps: [
      j(
        'Thank you. Vet came this afternoon. There is a small cut on the inside of her left back leg which we had missed under',
        'the remaining wool, a bit swollen. She has had a painkiller and an antibiotic injection and we are to bathe it twice a day.',
      ),
      'She ate half her feed this evening, so fingers crossed.',
    ],
  },
  {
    who: 'camelid_vet_jo',
    when: 'July 4, 2026, 10:15am',
    likes: '5 Likes',
    ps: [
      j(
        'Good outcome. For anyone reading this later: anti-inflammatories work well in llamas but the doses are not the same as for',
        'sheep, so do make sure your vet checks a camelid formulary. Post-shearing stress can also bring on gastric ulcers, so keep an',
        'eye on appetite for the next fortnight even once the leg has healed.',
      ),
      j(
        'And next year, ask your shearer whether they shear standing or on a table. Many llamas cope much better with that than with',
        'being laid out on the ground.',
      ),
    ],
  },
  {
    who: 'hazelmoss',
    when: 'July 9, 2026,  6:55pm',
    likes: '2 Likes',
    ps: ['Update: Pepper is back to bossing the other two about and eating everything. The cut has almost healed. Thanks all.'],
  },
];
const fRelated = [
  { t: 'Shearing table or ground? Pros and cons', r: '14', v: '1.2k', a: 'May 2026' },
  { t: 'Finding a vet who knows camelids in the North West', r: '9', v: '640', a: 'Feb 2026' },
  { t: 'Gastric ulcers in alpacas and llamas', r: '22', v: '2.0k', a: 'Nov 2025' },
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = (
  p: (typeof fPosts)[number],
  i: number,
): string => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment'"}
 class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.camelidkeepers.org/u/${p.who}'><span itemprop='name'>${p.who}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-07-0${i}T08:14:22Z' class='post-time'>${p.when}</time>
<meta itemprop='dateModified' content='2026-07-03T08:14:22Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${ps(p.ps)}${'list' in p && p.list ? `\n<ul>\n${p.list.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>` : ''}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
 content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.charAt(0)}" />
${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Health &amp; Welfare - Camelid Keepers Forum</title>
<meta name="description" content="We had our three llamas shorn last Tuesday by a travelling shearer."><meta name="generator"
 content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.camelidkeepers.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.camelidkeepers.org/t/llama-off-her-food-since-shearing/4821">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.camelidkeepers.org/opensearch.xml" title="Camelid Keepers Forum Search">
<link href="/stylesheets/color_definitions_base__1_8f1a.css?__ws=forum.camelidkeepers.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_8f1a.css?__ws=forum.camelidkeepers.org" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Camelid Keepers Forum"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<meta property="article:published_time" content="2026-07-03T08:14:22+00:00"><meta property="article:section" content="Health &amp; Welfare">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.camelidkeepers.org",
"potentialAction":{"@type":"SearchAction","target":"https://forum.camelidkeepers.org/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
</head><body class="crawler "><header><a href="/"><img src="https://forum.camelidkeepers.org/uploads/default/original/1X/logo.png" alt="Camelid Keepers Forum"
 id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/llama-off-her-food-since-shearing/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
 itemtype="http://schema.org/ListItem">
<a href="/c/health/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Health &amp; Welfare</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-list-tags" itemscope itemtype='http://schema.org/DefinedTermSet'><a itemprop='url' href='/tag/llamas' class='discourse-tag'>llamas</a>
<a itemprop='url' href='/tag/shearing' class='discourse-tag'>shearing</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://forum.camelidkeepers.org/t/llama-off-her-food-since-shearing/4821'>
<meta itemprop='datePublished' content='2026-07-03T08:14:22Z'><meta itemprop='articleSection' content='Health &amp; Welfare'>
<meta itemprop='keywords' content='llamas, shearing'><div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
<meta itemprop='name' content='Camelid Keepers Forum'></div>
${fPosts.map(fPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
 itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (r, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/related-${i}'
 class='title raw-link raw-topic-link'>${r.t}</a></span>
<div class="link-bottom-line"><a href='/c/health/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Health &amp; Welfare</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r.r}</span></td><td class="views"><span class='views' title='views'>${r.v}</span></td>
<td>${r.a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${fFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
 itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout669-discourse-llama-after-shearing',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => [...p.ps, ...('list' in p && p.list ? p.list : [])])),
  bylines: [...new Set(fPosts.flatMap((p) => [p.who, p.when.replace(/\s+/g, ' ')])), ...fRelated.map((r) => r.a)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Health & Welfare', ...fPosts.map((_, i) => String(i + 1)), '3 Likes', '5 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...fRelated.flatMap((r) => [r.t, r.r, r.v]), ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT669_D2: readonly TestPage[] = [discourse];
