import { links, ps, type TestPage, texts } from './page-kit.js';
import { type Block, blocksHtml, bodyOf, headingsOf, j, lis, page } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file e: a Discourse forum thread on anvil rebound (the server-rendered crawler view) with a category badge,
 * tags, like counts and related topics, and a makerspace forge safety page in a Hugo Docsy docs site with a sidebar and page TOC.
 */
const tTitle = 'Rebound test on a 60 kg anvil: is 70% good enough?';
const tPosts: { user: string; date: string; likes: string; paras: string[] }[] = [
  {
    user: 'corran_h',
    date: 'January 12, 2026,  7:14pm',
    likes: '2 Likes',
    paras: [
      j(
        'Found an old London pattern anvil at a farm sale, about 60 kg by the scale. Face is fairly flat, edges chipped on the near',
        'side. I dropped a 1 in ball bearing from 10 in and it came back to about 7 in over most of the face, less near the horn.',
      ),
      'Asking price is £220. Is 70% rebound a sign it is past it, or is that normal for something this age?',
    ],
  },
  {
    user: 'Elspeth_Varr',
    date: 'January 12, 2026,  8:02pm',
    likes: '5 Likes',
    paras: [
      j(
        'Seventy percent is perfectly usable. Good modern cast steel anvils go 85–90%, but plenty of wrought bodied anvils with a',
        'welded steel face sit between 65 and 80 and people forged on them for a century.',
      ),
      j(
        'More important: check for a delaminated face. Tap along it with a light hammer. A dull thud in one spot means the face',
        'has come away from the body there, and that is much harder to live with than a low number.',
      ),
    ],
  },
  {
    user: 'corran_h',
    date: 'January 13, 2026,  9:31am',
    likes: '1 Like',
    paras: ['Rang the whole face this morning. Clear ring everywhere except a patch about two inches across near the step, which sounds flat.'],
  },
  {
    user: 'mossbank_forge',
    date: 'January 13, 2026, 11:48am',
    likes: '3 Likes',
    paras: [
      j(
        'Near the step is the least used part of the face, so that would not put me off at that price. Just do not let anyone talk',
        'you into welding it up or grinding the face flat. Dress the worst chips with a flap disc and go and make something.',
      ),
    ],
  },
];
const tRel = [
  ['Mounting an anvil on a steel stand vs a stump', '14', '902', 'Dec 2025'],
  ['Identifying a Peter-style anvil with no markings', '9', '611', 'Nov 2025'],
];
const tFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${tTitle} - Tools &amp; Anvils - The Hearthside Forum</title>
<meta name="description" content="Found an old London pattern anvil at a farm sale, about 60 kg by the scale."><meta name="generator"
 content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.hearthside.org/uploads/default/optimized/1X/fav_32x32.png"><meta name="theme-color" media="all"
 content="#2b2b2b">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.hearthside.org/t/rebound-test-on-a-60-kg-anvil-is-70-good-enough/4821">
<link href="/stylesheets/color_definitions_hearthside_3_1_a2f.css?__ws=forum.hearthside.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_2c9b.css?__ws=forum.hearthside.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="The Hearthside Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.hearthside.org",
"name":"The Hearthside Forum"}</script></head>
<body class="crawler "><header><a href="/">The Hearthside Forum</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/rebound-test-on-a-60-kg-anvil-is-70-good-enough/4821">${tTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
 itemscope itemtype="http://schema.org/ListItem">
<a href="/c/tools-anvils/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Tools &amp; Anvils</span></span></a><meta itemprop="position"
 content="1"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/anvils' class='discourse-tag' rel="tag">anvils</a>,
<a href='/tag/buying-advice' class='discourse-tag' rel="tag">buying-advice</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${tTitle}'><meta itemprop='datePublished'
 content='2026-01-12T19:14:08Z'>
${tPosts
  .map(
    (p, i) => `<div id='post_${i + 1}' itemprop='${i === 0 ? 'articleBody' : 'comment'}' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='/u/${p.user}'><span
 itemprop='name'>${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.hearthside.org/t/4821"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2026-01-12T19:14:08Z' class='post-time'>${p.date}</time><meta itemprop='dateModified' content='2026-01-12T19:14:08Z'>
<span itemprop='position'>${i + 1}</span></span></div><div class='post' itemprop='text'>
${ps(p.paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
 content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class='post-likes'>${p.likes}</span></div></div>`,
  )
  .join('\n')}
</div><div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
 class="more-topics__list-title">Related topics</h3><div class="topic-list-container"
 itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
 content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${tRel
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='1'><span class="link-top-line"><a itemprop='url' href='#'
 class='title raw-link raw-topic-link'>${r[0]}</a></span></td><td></td>
<td class="replies"><span class='posts' title='posts'>${r[1]}</span></td><td class="views"><span class='views'
 title='views'>${r[2]}</span></td><td>${r[3]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${tFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a
 href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><div class="footer-top"><p>The Hearthside Forum is run by volunteers for hobby and working smiths.</p></div></footer>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></body></html>`;
const discourse: TestPage = page({
  name: 'heldout586-discourse-anvil-rebound',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tPosts.flatMap((p) => p.paras),
  bylines: tPosts.flatMap((p) => [p.user, p.date.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Hearthside Forum', 'Tools & Anvils', 'anvils', 'buying-advice', '1', '2', '3', '4', ...tPosts.map((p) => p.likes), 'Related topics', 'Topic',
     'Replies', 'Views', 'Activity', ...tRel.flat(),
    ...tFoot, 'The Hearthside Forum is run by volunteers for hobby and working smiths.', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const hTitle = 'Forge area safety';
const hLead = 'Rules for everyone using the coal and gas forges in the metal shop. You must complete a forge induction before working alone.';
const hBlocks: Block[] = [
  ['h2', 'Before you light a forge'],
  ['li', 'Book the forge on the shop calendar and sign in on the paper log by the door.'],
  ['li', 'Switch on the extraction hood and check the airflow tell-tale is lifting.'],
  ['li', 'Clear the floor around the anvil of offcuts, hoses and bags.'],
  ['li', 'Fill the quench bucket and check the fire blanket is on its hook.'],
  ['h2', 'What to wear'],
  [
    'p',
    j(
      'Natural-fibre clothing, closed leather boots and safety glasses are required at all times. Ear defenders are required when',
      'the power hammer is running. Gloves are optional for holding tongs but must never be worn near the power hammer or the drill.',
    ),
  ],
  ['h2', 'Gas forge'],
  [
    'p',
    j(
      'Open the cylinder valve fully, then light the burner with the long-reach lighter before turning up the regulator. If the',
      'burner does not light within five seconds, close the valve, wait one minute for the gas to clear and try again.',
    ),
  ],
  ['h2', 'Shutting down'],
  [
    'p',
    j(
      'Close the gas at the cylinder first and let the hose burn out. Leave coal fires to die in the hearth with the blower off;',
      'never pour water on a full fire. Stay in the shop for thirty minutes after your last heat and initial the log when you leave.',
    ),
  ],
];
const hWarn = 'Never quench in the plastic bucket by the sink. It softens at forging heat, and hot scale in the sink drain has flooded the shop twice.';
const hSide = ['Getting started', 'Inductions', 'Wood shop', 'Metal shop', 'Forge area safety', 'Welding bay', 'Laser cutter', 'Membership'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.123.7">
<meta name="robots" content="index, follow"><link rel="shortcut icon"
 href="/favicons/favicon.ico"><title>Forge area safety | Brightwater Makerspace Docs</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="Forge area safety"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-02-03T21:14:02+00:00"><meta itemprop="name" content="Forge area safety">
<link rel="preload" href="/scss/main.min.8f2b1c.css" as="style"><link href="/scss/main.min.8f2b1c.css" rel="stylesheet" integrity="">
<script src="https://code.jquery.com/jquery-3.7.1.min.js"
 integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g==" crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Brightwater Makerspace Docs</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${links(['Documentation', 'Shop calendar', 'Join'], 'nav-item')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
 class="td-search__input form-control"
 placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
 data-offline-search-index-json-src="/offline-search-index.json"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse td-sidebar-nav--search-disabled foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root">Docs</a><ul class="ul-1">${lis(
  hSide.map(
    (t) => `<a class="td-sidebar-link
 td-sidebar-link__page${t === hTitle ? ' active' : ''}" href="#"><span>${t}</span></a>`,
  ),
  'td-sidebar-nav__section-title',
)}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/brightwater-makerspace/docs/edit/main/content/en/docs/metal/forge.md" class="td-page-meta--edit" target="_blank" rel="noopener">
<i class="fa-solid fa-pen-to-square fa-fw"></i>
 Edit this page</a><a href="https://github.com/brightwater-makerspace/docs/issues/new?title=Forge%20area%20safety"
 class="td-page-meta--issue" target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${headingsOf(hBlocks)
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`)
  .join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Docs</a></li><li class="breadcrumb-item"><a href="/docs/metal/">Metal shop</a></li>
<li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Warning</h4>${hWarn}</div>
${blocksHtml(hBlocks).replace(/<h2>([^<]+)<\/h2>/g, (_, h: string) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}</h2>`)}
<div class="td-page-meta__lastmod">Last modified February 3, 2026: <a href="https://github.com/brightwater-makerspace/docs/commit/4f2a1c3">tighten gas forge
 lighting steps (4f2a1c3)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Mailing list" aria-label="Mailing list"><a target="_blank"
 rel="noopener" href="#" aria-label="Mailing list"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2
 order-sm-2"><span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Brightwater Makerspace</span></span>
<span class="td-footer__all_rights_reserved">All Rights Reserved</span></div></div></div></footer></div>
<script src="/js/main.min.5b2c1a.js" integrity="" crossorigin="anonymous"></script><script src='/js/tabpane-persist.js'></script></body></html>`;
const hugo: TestPage = page({
  name: 'heldout586-hugo-docsy-forge-safety',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Warning', ...headingsOf(hBlocks)],
  body: texts([hLead, hWarn, ...bodyOf(hBlocks)]),
  bylines: ['Last modified February 3, 2026: tighten gas forge lighting steps (4f2a1c3)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brightwater Makerspace Docs', 'Documentation', 'Shop calendar', 'Join', 'Docs', ...hSide, 'Edit this page', 'Create documentation issue',
    '© 2026 Brightwater Makerspace', 'All Rights Reserved',
  ],
});

export const HELDOUT586_E: readonly TestPage[] = [discourse, hugo];
