import { links, ps, type TestPage } from './page-kit.js';
import { j, page, rows } from './pages-heldout588-kit.js';

/**
 * Held-out batch 588, file e: a home-butchery forum thread on Discourse (the server-rendered crawler view, with related topics),
 * and a pin-boning technique article on a fishmongers' MediaWiki (Vector 2022) with an infobox, contents and categories.
 */
const tTitle = 'Broke down my first whole lamb – why did the shoulders come out so ragged?';
const tPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'hedgewick_farm',
    '2026-11-02T20:14:00Z',
    'November 2, 2026,  8:14pm',
    [
      j(
        'Finally did it: one of our own Shetland lambs, back from the abattoir as a whole carcass. Legs and loins came out fine,',
        'but both shoulders look like they were cut with a spoon. Lots of little flaps and the shank end nearly came off.',
      ),
      'I took the shoulder off by cutting between the 5th and 6th ribs and then sawing through. Is that where I went wrong?',
    ],
  ],
  [
    'old_chopper',
    '2026-11-02T21:03:00Z',
    'November 2, 2026,  9:03pm',
    [
      j(
        'Ribs are fine, that is the usual split. I would bet the problem is the blade bone. If you cut across the shoulder without',
        'finding the blade first, you end up chasing it and that is where the flaps come from.',
      ),
      'Feel for the ridge of the blade with your thumb, score along it, then lift the meat off the bone in one go.',
    ],
  ],
  [
    'hedgewick_farm',
    '2026-11-03T07:40:00Z',
    'November 3, 2026,  7:40am',
    ['That makes sense. I was going at it from the neck end. Should the shoulder be boned out or left whole for a small family?'],
  ],
  [
    'MarthaCuts',
    '2026-11-03T12:26:00Z',
    'November 3, 2026, 12:26pm',
    [
      j(
        'For Shetlands I leave them whole: they are small enough to roast on the bone and they look great on the table. Save the',
        'neck for a hotpot and the breast for rolling. Your second lamb will be much tidier, everyone’s first one looks like that.',
      ),
    ],
  ],
];
const tRelated = [
  ['Best saw for home butchery under £100?', '14', '1.2k', 'Oct 2026'],
  ['Hanging times for hogget', '9', '640', 'Sep 2026'],
  ['Vacuum sealer recommendations', '22', '2.1k', 'Aug 2026'],
];
const tFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const tPost = ([user, iso, when, paras]: readonly [string, string, string, readonly string[]], i: number): string => `<div id="post_${i + 1}" itemprop="${
  i === 0 ? 'mainEntity' : 'comment'
}" itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='https://forum.smallholderbutchery.example/u/${user}'><span itemprop='name'>${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.smallholderbutchery.example/t/broke-down-my-first-whole-lamb/2291">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${iso}' class='post-time'>${when}</time>
<meta itemprop='position' content='${i + 1}'></span></div><div class='post' itemprop='text'>
${ps(paras)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${3 - (i % 3)}" />
<span class='post-likes'>${3 - (i % 3)} Likes</span></div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${tTitle} - Home Butchery - Smallholder Butchery Forum</title>
<meta name="description" content="Finally did it: one of our own Shetland lambs, back from the abattoir as a whole carcass.">
<meta name="generator" content="Discourse 3.3.2">
<link rel="canonical" href="https://forum.smallholderbutchery.example/t/broke-down-my-first-whole-lamb/2291">
<link href="/stylesheets/desktop_b1b5.css?__ws=forum.smallholderbutchery.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.smallholderbutchery.example"}</script>
<meta property="og:site_name" content="Smallholder Butchery Forum"><meta property="og:type" content="website"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Smallholder Butchery Forum" id="site-logo"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/broke-down-my-first-whole-lamb/2291">${tTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/home-butchery/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C1C13'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Home Butchery</span></span></a>
<meta itemprop="position" content="1" /></span>
</div><div class="topic-list-main-link"><div class="discourse-tags"><a href='/tag/lamb' class='discourse-tag'>lamb</a>
<a href='/tag/butchery-technique' class='discourse-tag'>butchery-technique</a></div></div></div>
${tPosts.map(tPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${rows(tRelated.map((r) => [`<a href="/t/x" class="title raw-link raw-topic-link">${r[0]}</a>`, '', r[1] ?? '', r[2] ?? '', r[3] ?? '']))}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(tFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse = page({
  name: 'heldout588-discourse-whole-lamb',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tPosts.flatMap((p) => p[3]),
  bylines: tPosts.flatMap((p) => [p[0], p[2].replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home Butchery', 'lamb', 'butchery-technique', '3 Likes', '2 Likes', '1 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...tRelated.flat(), ...tFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const mTitle = 'Pin-boning';
const mLead = j(
  '<b>Pin-boning</b> is the removal of the small intramuscular bones, or pin bones, that run along the centre line of a fillet of',
  'round fish. It is usually the last step in preparing a fillet for sale and is done by hand with tweezers or pliers.',
);
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Which fish need it',
    [
      j(
        'Most round fish have a single row of pin bones in the front half of each fillet, including salmon, trout, sea bass, bream,',
        'mackerel and hake. Flat fish such as plaice and sole do not, and their fillets can be sold without pin-boning.',
      ),
      'Herring and sardines have so many fine bones that they are normally butterflied and sold with the bones in.',
    ],
  ],
  [
    'Tools',
    [
      j(
        'Fishmongers use flat-ended bone tweezers or fine needle-nose pliers. Tweezers with a wide, square tip grip the bone without',
        'tearing the flesh. A bowl of cold water beside the board is used to rinse the tip between bones.',
      ),
    ],
  ],
  [
    'Method',
    [
      'Lay the fillet skin side down and run a finger from head to tail along the centre line to find the tips of the bones.',
      'Grip each bone close to the flesh and pull it out towards the head end, in the direction the bone lies.',
      'Hold the flesh down with the other hand so that it does not tear.',
      'For mackerel and other oily fish, cut out the whole row of bones in a thin V-shaped strip instead.',
    ],
  ],
  [
    'Timing',
    [
      j(
        'Pin bones come out most easily from very fresh fish that has passed through rigor, usually a day after landing. In fish',
        'still in rigor the bones are held tight and the fillet tears.',
      ),
    ],
  ],
];
const mBox = [
  ['Type', 'Fish preparation'],
  ['Tools', 'Bone tweezers, pliers'],
  ['Applies to', 'Round fish'],
  ['Difficulty', 'Easy'],
];
const mEdit = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Pin-boning&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About The Fishmonger’s Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - The Fishmonger’s Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Pin-boning","wgTitle":"Pin-boning","wgCurRevisionId":4412,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="canonical" href="https://wiki.fishmongers.example/wiki/Pin-boning"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue
mediawiki ltr ns-0 ns-subject page-Pin-boning rootpage-Pin-boning skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"
aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">The Fishmonger’s Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search The Fishmonger’s Wiki"
aria-label="Search The Fishmonger’s Wiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav>
</div></header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container">
<div id="vector-toc-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div><div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces">
<ul>${links(mTabs.slice(0, 2), 'vector-tab-noicon')}</ul>
</nav><nav aria-label="Views"><ul>${links(mTabs.slice(2, 5), 'vector-tab-noicon')}</ul></nav><div class="vector-dropdown vector-page-tools-dropdown">
<label class="vector-dropdown-label"><span class="vector-dropdown-label-text">${mTabs[5]}</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From The Fishmonger’s Wiki</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mSecs.map(([h, p]) => `${mEdit(h)}\n${h === 'Method' ? `<ol>${p.map((t) => `<li>${t}</li>`).join('\n')}</ol>` : ps(p)}`).join('\n')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Techniques">Techniques</a></li>
<li><a href="/wiki/Category:Filleting">Filleting</a></li></ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
2 October 2026, at 09:12.</li><li id="footer-info-copyright">Content is available under CC BY-SA 4.0 unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki = page({
  name: 'heldout588-mediawiki-pin-boning',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s[0]),
  body: [mLead.replace(/<\/?b>/g, ''), ...mSecs.flatMap((s) => s[1])],
  bylines: ['This page was last edited on 2 October 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mNav, 'The Fishmonger’s Wiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)',
    ...mTabs, 'From The Fishmonger’s Wiki', ...mBox.flat(), 'Categories', 'Techniques', 'Filleting', 'edit',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
});

export const HELDOUT588_E: readonly TestPage[] = [discourse, mediawiki];
