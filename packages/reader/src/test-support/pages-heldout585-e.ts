import { type TestPage } from './page-kit.js';
import { anchor, type Blocks, finish, gold, j, render } from './pages-heldout585-kit.js';

/**
 * Held-out batch 585, file e: a window cost guide on a quote-comparison site built with Next.js (CSS-module class names, an "On
 * this page" list, a postcode quote widget and the __NEXT_DATA__ script), and a Discourse forum thread as served to crawlers.
 */
const nTitle = 'uPVC vs aluminium windows: what they cost in 2026';
const nBlocks: Blocks = [
  j(
    'Aluminium windows cost more than uPVC, but the gap has narrowed. We looked at 2,140 quotes sent through our site between',
    'October and March to see what homeowners were actually asked to pay.',
  ),
  '## Average prices per window',
  '!| Window | uPVC | Aluminium',
  '| Small casement (600 × 900mm) | £420 | £690',
  '| Medium casement (1200 × 1200mm) | £610 | £980',
  '| Large picture window (1800 × 1200mm) | £840 | £1,420',
  '| Tilt and turn (900 × 1350mm) | £720 | £1,150',
  'Prices include fitting, removal of the old frame and VAT. Coloured frames added 10 to 15 per cent to uPVC quotes.',
  '## Why aluminium costs more',
  j(
    'Aluminium frames need a thermal break, a strip of insulating material between the inner and outer parts of the profile, to',
    'meet the energy rules. The powder coating and the smaller number of fabricators also push up prices.',
  ),
  '## Which lasts longer?',
  j(
    'Installers told us to expect 25 to 35 years from a good uPVC frame and 40 years or more from aluminium. Hinges, seals and the',
    'sealed units wear out sooner in both, at 15 to 20 years.',
  ),
  '## Our verdict',
  j(
    'For a whole-house replacement on a budget, uPVC gives the best value. Aluminium is worth the extra on large openings and',
    'where slim frames matter to the look of the house.',
  ),
];
const nG = gold(nBlocks);
const nHeads = nBlocks.filter((b) => b.startsWith('## ')).map((b) => b.slice(3));
const nNav = ['Windows', 'Doors', 'Roofing', 'Solar', 'Cost guides'];
const nFoot = ['About us', 'How we make money', 'Installers: join us', 'Privacy', 'Cookie settings'];
const nData = JSON.stringify({ props: { pageProps: { guide: { slug: 'upvc-vs-aluminium-windows-cost', title: nTitle, updated: '2026-04-02' } } } });
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>uPVC vs Aluminium Windows Cost (2026 Prices) | QuoteGlaze</title><meta name="description" content="Real 2026 prices from 2,140 window quotes."/>
<link rel="canonical" href="https://www.quoteglaze.co.uk/cost-guides/upvc-vs-aluminium-windows-cost"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/7b1e0a4c2f93d1e8.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7b1e0a4c2f93d1e8.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","dateModified":"2026-04-02",
"author":{"@type":"Person","name":"Marnie Quist"}}</script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/pages/_app-8d1e0f6ac3b4d2a1.js"
defer=""></script>
</head><body><div id="__next"><div class="Layout_root__Jq1bL"><header class="Header_header__x7Pz2"><div class="Header_inner__a1C9e">
<a class="Header_logo__pQ3sR" href="/"><svg aria-label="QuoteGlaze" role="img" width="140" height="32"></svg></a><nav class="Header_nav__2LkZm"
aria-label="Main">
${nNav.map((t) => `<a class="Header_navLink__bW8xT" href="/${t.toLowerCase().replace(' ', '-')}">${t}</a>`).join('')}</nav>
<a class="Button_button__kX0fA Button_primary__9QhYt" href="/get-quotes">Get free quotes</a></div></header>
<main class="GuidePage_main__H2cVw"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__zK4sN"><ol><li><a href="/">Home</a></li><li>
<a href="/cost-guides">Cost guides</a></li>
<li aria-current="page">Window materials</li></ol></nav><div class="GuidePage_grid__tY6Qm"><article class="GuidePage_article__Lr2De">
<h1 class="GuidePage_title__fW1kB">${nTitle}</h1><div class="AuthorLine_root__Zp4hC"><img alt=""
src="/_next/image?url=%2Fauthors%2Fmq.jpg&amp;w=64&amp;q=75" width="32" height="32"/>
<div><p class="AuthorLine_name__c2Vn8">Written by Marnie Quist</p><p class="AuthorLine_meta__3hTqD">Updated 2 April 2026</p></div></div>
<div class="Prose_prose__R6kJx">${render(nBlocks, { hid: true, table: ' class="Prose_table__g8Jw1"' })}</div>
<aside class="Disclosure_root__mQ7xT"><p>QuoteGlaze is paid by installers when you choose to contact them. This never changes the prices we report.</p></aside>
</article><aside class="GuidePage_sidebar__Wc5Yo"><div class="Toc_root__N8rKe"><p class="Toc_label__xY2gS">On this page</p><ul>
${nHeads.map((h) => `<li><a class="Toc_link__s1QpV" href="#${anchor(h)}">${h}</a></li>`).join('\n')}</ul></div>
<div class="QuoteWidget_root__e5LrA"><p class="QuoteWidget_title__U0bTn">Compare quotes from local installers</p><form class="QuoteWidget_form__0Hn3c">
<label for="postcode" class="QuoteWidget_label__K9vWp">Enter your postcode</label><input id="postcode" name="postcode" autoComplete="postal-code"/>
<button type="submit" class="Button_button__kX0fA Button_primary__9QhYt">Get quotes</button></form>
<p class="QuoteWidget_small__7yDcR">Free, no obligation, takes 2 minutes</p>
</div></aside></div></main><footer class="Footer_footer__b4NmQ"><ul class="Footer_links__Y1sPa">
${nFoot.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul><p class="Footer_copy__uT3Xc">© 2026 QuoteGlaze Ltd</p></footer></div></div>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert"
style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap;word-wrap:normal"></p>
</next-route-announcer>
<script id="__NEXT_DATA__" type="application/json">${nData.slice(0, -1)},"page":"/cost-guides/[slug]","query":{"slug":"upvc-vs-aluminium-windows-cost"},
"buildId":"q8Yx2nLk0R","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout585-nextjs-window-costs',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nG.headings,
  body: nG.body,
  bylines: ['Written by Marnie Quist', 'Updated 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nNav, 'Get free quotes', 'Home', 'Cost guides', 'Window materials',
    'QuoteGlaze is paid by installers when you choose to contact them. This never changes the prices we report.', 'On this page',
    'Compare quotes from local installers', 'Enter your postcode', 'Get quotes', 'Free, no obligation, takes 2 minutes', ...nFoot, '© 2026 QuoteGlaze Ltd',
  ],
};

const fTitle = 'Misted unit in a 12 year old window: replace the glass or the whole thing?';
const fPosts = [
  [
    'marsh_lane_mike',
    'February 11, 2026,  9:14am',
    [
      j(
        'Bay window in the lounge, white uPVC, fitted 2014. The middle pane has gone cloudy between the two sheets of glass and it',
        'does not wipe off. Frame is fine, opens and locks OK.',
      ),
      'One firm quoted £165 for a new unit, another wants £1,900 for a whole new bay. Is there any reason to do the whole window?',
    ],
  ],
  [
    'Orla_G',
    'February 11, 2026, 10:02am',
    [
      j(
        'Replace the unit. The seal has failed and the gas has gone, that is all. If the frame and hinges are sound there is no reason',
        'to pull out a 12 year old bay. Ask for a warm edge spacer and make sure they measure the glass, not the frame.',
      ),
    ],
  ],
  [
    'tfrost_glazing',
    'February 11, 2026, 12:47pm',
    [
      j(
        'Glazier here. £165 is fair for a unit that size fitted. One thing to check: if the other panes are the same age they may go',
        'in the next few years, so it can be worth doing them together to save on the call-out.',
      ),
      'Also look at the drainage slots at the bottom of the frame. Blocked slots leave the unit sitting in water and that kills seals.',
    ],
  ],
  ['marsh_lane_mike', 'February 14, 2026,  6:30pm', ['Thanks all. Went with the unit and had the slots cleared while he was here. Job done in 40 minutes.']],
] as const;
const fRel = [
  ['Condensation on the inside of new windows', '6', '418', 'Jan 2026'],
  ['Warm edge spacers worth it?', '9', '1.2k', 'Dec 2025'],
] as const;
const fNavFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = ([u, d, ps]: (typeof fPosts)[number], i: number): string =>
  `<div id='post_${i + 1}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href='https://forum.glaziersbench.org/u/${u}'><span itemprop='name'>${u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.glaziersbench.org/t/misted-unit/2231"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2026-02-11T09:14:22Z' class='post-time'>${d}</time><meta itemprop='dateModified' content='2026-02-11T09:14:22Z'>
<span itemprop='position'>${i + 1}</span></span></div><div class='post' itemprop='text'>${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${i + 2}" /><span class='post-likes'>${i + 2} Likes</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Repairs - The Glaziers' Bench</title>
<meta name="description" content="Bay window in the lounge, white uPVC, fitted 2014. The middle pane has gone cloudy">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.glaziersbench.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.glaziersbench.org/t/misted-unit/2231"><meta property="og:site_name" content="The Glaziers' Bench">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.glaziersbench.org",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.glaziersbench.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
<link href="/stylesheets/color_definitions_light_2_3_c1b2.css?__ws=forum.glaziersbench.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_2a9f.css?__ws=forum.glaziersbench.org" media="all" rel="stylesheet" data-target="desktop"/></head>
<body class="crawler "><header><a href="/"><img src="https://forum.glaziersbench.org/uploads/default/original/1X/logo.png" alt="The Glaziers' Bench"
id="site-logo"
style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/misted-unit/2231">${fTitle}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/repairs/7" class="badge-wrapper bullet" itemprop="item">
<span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='badge-category clear-badge'>
<span class='category-name' itemprop='name'>Repairs</span>
</span></a><meta itemprop="position" content="1" /></span></div><div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://forum.glaziersbench.org/tag/sealed-units' class='discourse-tag' rel="tag">sealed-units</a>,
<a href='https://forum.glaziersbench.org/tag/upvc' class='discourse-tag' rel="tag">upvc</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://forum.glaziersbench.org/t/misted-unit/2231'><meta itemprop='datePublished' content='2026-02-11T09:14:22Z'>
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='/t/${i + 3000}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/repairs/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Repairs</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td>
<td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${fNavFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.length}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout585-discourse-misted-unit',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , ps]) => [...ps]),
  bylines: fPosts.flatMap(([u, d]) => [u, d.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Repairs', 'sealed-units', 'upvc', ...fPosts.map((_, i) => String(i + 1)), ...fPosts.map((_, i) => `${i + 2} Likes`), 'Related topics', 'Topic',
    'Replies', 'Views', 'Activity', ...fRel.flatMap((r) => [...r]), ...fNavFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT585_E: readonly TestPage[] = [nextjs, discourse].map(finish);
