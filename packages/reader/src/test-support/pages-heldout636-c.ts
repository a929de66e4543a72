import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file c: a Discourse topic (the crawler view served without JavaScript) about a slipping drive band,
 * with a quote, likes and a related-topics table.
 */
const fTitle = 'Drive band keeps slipping on my castle wheel';
type Post = { user: string; when: string; iso: string; paras: string[]; likes?: string; list?: string[]; quote?: [string, string] };
const fPosts: Post[] = [
  {
    user: 'wrenfold',
    when: 'November 3, 2026,  7:42pm',
    iso: '2026-11-03T19:42:11Z',
    paras: [
      j(
        'I bought a second-hand castle wheel at a guild sale last month. It spins beautifully for about ten minutes and then the drive',
        'band starts slipping off the whorl, usually when I speed up. I have tried tightening the tension knob all the way, but then the',
        'yarn is pulled out of my hands before I can put any twist in.',
      ),
      'It is a single drive wheel with a Scotch tension brake. Any ideas what I should look at first?',
    ],
    likes: '1 Like',
  },
  {
    user: 'tillyspins',
    when: 'November 3, 2026,  8:15pm',
    iso: '2026-11-03T20:15:40Z',
    paras: ['Three things I would check before anything else:'],
    list: [
      'Is the drive wheel running true? Spin it slowly and watch the rim from the front. A wobble will throw the band off.',
      'Is the band cotton and the right length? A stretched or nylon band slips as soon as it warms up.',
      'Are the flyer and the wheel lined up? If the mother-of-all has been knocked sideways, the band runs at an angle.',
    ],
    likes: '4 Likes',
  },
  {
    user: 'old_ashford_hand',
    when: 'November 4, 2026,  9:03am',
    iso: '2026-11-04T09:03:22Z',
    quote: ['tillyspins', 'Is the band cotton and the right length?'],
    paras: [
      j(
        'This would be my bet. On a Scotch tension wheel the drive band should be just tight enough not to slip, and all the pull',
        'should come from the brake band. If you have to crank the tension knob to keep it on, the band is too long or too slippery.',
      ),
      j(
        'Tie a new one from mercerised cotton, about 4 ply, with a reef knot, then stitch and trim the ends. Set the mother-of-all',
        'halfway along its travel before you measure, so you have room to adjust either way.',
      ),
    ],
    likes: '6 Likes',
  },
  {
    user: 'wrenfold',
    when: 'November 6, 2026,  6:20pm',
    iso: '2026-11-06T18:20:05Z',
    paras: [
      j(
        'Update for anyone who finds this later: it was the band. The old one was polyester and had stretched by almost five',
        'centimetres. A new cotton band with the mother-of-all in the middle of its travel, and it has not slipped once in two',
        'evenings of spinning. Thank you both!',
      ),
    ],
    likes: '2 Likes',
  },
];
const fTags = ['castle-wheel', 'drive-band', 'troubleshooting'];
const fRelated: readonly string[][] = [
  ['Scotch tension vs double drive for lace weight?', 'Wheels & Equipment', '14', 'Sep 2026'],
  ['Squeaky treadle on an old Saxony', 'Wheels & Equipment', '7', 'Oct 2026'],
  ['Best oil for a wooden wheel', 'Wheels & Equipment', '22', 'Aug 2026'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = (p: Post, i: number): string => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'}
 class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.handspinnerscommons.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.handspinnerscommons.org/t/drive-band-keeps-slipping-on-my-castle-wheel/4821">
<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished'" : ''} datetime="${p.iso}" class="post-time">
          ${p.when}
        </time><meta itemprop="dateModified" content="${p.iso}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">
${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="2" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="https://forum.handspinnerscommons.org/user_avatar/tillyspins/48/112_2.png"
class="avatar"> ${p.quote[0]}:</div>
<blockquote><p>${p.quote[1]}</p></blockquote></aside>`
}
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}${p.list === undefined ? '' : `\n<ol>${lis(p.list)}</ol>`}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${(p.likes ?? '0').split(' ')[0]}">
<span class="post-likes">${p.likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${fTitle} - Wheels &amp; Equipment - Handspinners' Commons</title>
<meta name="description" content="I bought a second-hand castle wheel at a guild sale last month.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://forum.handspinnerscommons.org/t/drive-band-keeps-slipping-on-my-castle-wheel/4821">
<meta property="og:site_name" content="Handspinners' Commons"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="article:published_time" content="2026-11-03T19:42:11+00:00"><meta property="og:ignore_canonical" content="true">
<link href="/stylesheets/color_definitions_base__3_a1b2.css?__ws=forum.handspinnerscommons.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_a1b2.css?__ws=forum.handspinnerscommons.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.handspinnerscommons.org",
"potentialAction":{"@type":"SearchAction","target":"https://forum.handspinnerscommons.org/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
</head><body class="crawler">
<header><a href="https://forum.handspinnerscommons.org/"><img src="https://forum.handspinnerscommons.org/uploads/default/original/1X/logo.png"
alt="Handspinners' Commons" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/drive-band-keeps-slipping-on-my-castle-wheel/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/wheels-equipment/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Wheels &amp; Equipment</span></span></a>
<meta itemprop="position" content="1">
</span></div><div class="topic-list-tags">${fTags.map((t) => `<a href="/tag/${t}" class="discourse-tag">${t}</a>`).join('\n')}</div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}">
<link itemprop="url" href="https://forum.handspinnerscommons.org/t/drive-band-keeps-slipping-on-my-castle-wheel/4821">
<meta itemprop="datePublished" content="2026-11-03T19:42:11Z"><meta itemprop="articleSection" content="Wheels &amp; Equipment">
<meta itemprop="keywords" content="${fTags.join(', ')}">
${fPosts.map(fPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (r, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}">
<span class="link-top-line"><a itemprop="url" href="/t/${4700 + i}" class="title raw-link raw-topic-link">${r[0]}</a></span>
<div class="link-bottom-line"><a href="/c/wheels-equipment/5" class="badge-wrapper bullet"><span class="badge-category clear-badge">
<span class="category-name">${(r[1] ?? '').replace('&', '&amp;')}</span></span></a></div></td><td class="replies"><span class="posts">${r[2]}</span></td>
<td class="views"><span class="views">${200 + i * 91}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${fFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${t === 'Home' ? '' : t.toLowerCase()}"
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout636-discourse-drive-band',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras, ...(p.list ?? [])])),
  bylines: [...new Set(fPosts.map((p) => p.user)), ...fPosts.map((p) => p.when.replace(/\s+/g, ' ')), 'tillyspins:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wheels & Equipment', 'troubleshooting', '1', '2', '3', ...new Set(fPosts.map((p) => p.likes ?? '')), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...fRelated.flatMap((r) => [r[0] ?? '', r[2] ?? '', r[3] ?? '']), '200', '291', '382', ...fFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT636_C: readonly TestPage[] = [discourse];
