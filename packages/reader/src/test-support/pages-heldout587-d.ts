import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout587-kit.js';

/**
 * Held-out batch 587, file d: a forum thread about resoling boots on Discourse (the crawler view a saved page gets, with likes
 * and a related-topics table), and a wiki article on the Blake stitch on MediaWiki (Vector 2022 skin, with a table of contents).
 */
type Post = readonly [string, string, readonly string[], string];
const dTitle = 'Is it worth resoling 8-year-old work boots?';
const dPosts: readonly Post[] = [
  [
    'ridgewalker',
    'March 3, 2025,  8:14pm',
    [
      j(
        'My Marchmont 1000 Mile boots are eight years old. The commando soles are almost smooth at the heel and the toe, but the',
        'uppers are fine apart from some creasing. The local cobbler quoted £110 for new soles and heels. New boots are £290.',
      ),
      'Is it worth it, or will the uppers give out in a year anyway?',
    ],
    '2 Likes',
  ],
  [
    'Hob_Nail',
    'March 3, 2025,  9:02pm',
    [
      j(
        'If they are Goodyear welted (and those are), £110 is a fair price and absolutely worth it. Leather that has been looked after',
        'for eight years usually has another eight in it. Check the creases for cracks: if you can see the fibres through the surface,',
        'that is the time to worry.',
      ),
    ],
    '5 Likes',
  ],
  [
    'margo_l',
    'March 4, 2025,  7:45am',
    ['Did exactly this last winter. Ask if they will replace the cork too, mine had gone lumpy and the boots felt like new afterwards.'],
    '',
  ],
  [
    'ridgewalker',
    'March 9, 2025,  6:30pm',
    ['Update: picked them up today. New soles, new cork, heel counters re-stitched. £125 in the end. Very happy, thanks all.'],
    '3 Likes',
  ],
];
const dRel: readonly (readonly [string, string, string, string, string])[] = [
  ['Dainite vs commando for everyday boots?', 'Boots & Resoling', '14', '1.2k', 'Jan 2025'],
  ['Cobbler glued my welted shoes, what now?', 'Repairs gone wrong', '7', '640', 'Feb 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = ([who, when, paras, likes]: Post, i: number): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${who}">
<span itemprop='name'>${who}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2025-03-0${i + 3}T20:14:00Z' class='post-time'>${when}</time>
<meta itemprop='position' content='${i + 1}'></span></div><div class='post' itemprop='text'>
${ps(paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Boots &amp; Resoling - Bootlast Forum</title><meta name="description" content="My Marchmont 1000 Mile boots are eight years old.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://forum.bootlast.org/t/2217">
<link href="/stylesheets/desktop_ff1b.css?__ws=forum.bootlast.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.bootlast.org","name":"Bootlast Forum"}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.bootlast.org" data-environment="production"></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Bootlast Forum" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/is-it-worth-resoling-8-year-old-work-boots/2217">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/boots-resoling/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #8C6238'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Boots &amp; Resoling</span></span></a>
<meta itemprop="position" content="1"></span>
</div></div>
${dPosts.map(dPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a href='/c/${c.length}' class='badge-wrapper bullet'><span class='badge-category-bg'></span>${c.replace(/&/g, '&amp;')}</a>
</div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout587-discourse-resole-boots',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[2])),
  bylines: [...new Set(dPosts.flatMap(([w, d]) => [w, d.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Boots & Resoling', ...new Set(dPosts.map((p) => p[3]).filter((l) => l !== '')), 'Related topics', ...dRel.flatMap(([t, c, r, v, a]) => [t, c, r, v, a]),
    ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ].filter((t, i, all) => all.indexOf(t) === i),
};

const mTitle = 'Blake stitch';
const mLead = [
  j(
    'The <b>Blake stitch</b> (also <b>Blake construction</b> or <b>McKay stitch</b>) is a method of attaching the sole of a shoe',
    'in which a single row of stitches passes through the insole, the upper and the outsole together. It is named after',
    'Lyman Blake, whose sole-sewing machine was patented in 1858 in the United States.',
  ),
  'Blake-stitched shoes are lighter and more flexible than Goodyear-welted shoes and can be made with a closer-cut sole edge.',
];
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'Construction',
    [
      j(
        'The upper is lasted directly onto the insole and the outsole is cemented in place. A Blake machine, whose horn reaches',
        'inside the shoe, then sews through all three layers with a chain stitch. Because the stitching shows on the inside, a sock',
        'liner is glued over it.',
      ),
      'A variant, the <i>Blake-Rapid</i>, adds a midsole stitched to the upper and a second, lockstitched outsole, giving a sturdier shoe.',
    ],
  ],
  [
    'Repair',
    [
      j(
        'Blake-stitched shoes can be resoled, but only by a workshop with a Blake machine; a cobbler without one has to glue the new',
        'sole on or stitch it through the old holes by hand. Each resole enlarges the stitch holes in the insole, so most',
        'Blake shoes can be resoled two or three times.',
      ),
      'Water can wick along the stitches into the shoe, which is why Blake construction is more common in dress shoes than in boots.',
    ],
  ],
  [
    'Comparison with other constructions',
    [
      'Goodyear welting stitches the sole to a welt rather than through the insole, and can be resoled more often.',
      'Cemented construction uses adhesive alone and is the cheapest to make, but rarely repays resoling.',
    ],
  ],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Shoemaking Wiki', 'Disclaimers'];
const mCats = ['Sole constructions', 'Shoe repair'];
const mSec = (
  [h, paras]: readonly [string, readonly string[]],
  i: number,
): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Blake_stitch&amp;action=edit&amp;section=${i + 1}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
${ps(paras)}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Blake stitch - Shoemaking Wiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Blake_stitch","wgTitle":"Blake stitch","wgCurRevisionId":4821,"wgCategories":["Sole constructions","Shoe repair"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1">
</head><body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr
ns-0 ns-subject page-Blake_stitch rootpage-Blake_stitch skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Shoemaking Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Shoemaking Wiki" id="searchInput"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount">
<a href="/index.php?title=Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    (
      [h],
      i,
    ) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Blake_stitch">Page</a></li>
<li id="ca-talk"><a href="/wiki/Talk:Blake_stitch">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected">
<a href="/wiki/Blake_stitch">Read</a></li><li id="ca-edit"><a href="/index.php?title=Blake_stitch&amp;action=edit">Edit</a></li>
<li id="ca-history"><a href="/index.php?title=Blake_stitch&amp;action=history">View history</a></li></ul></nav>
<div id="vector-page-tools-dropdown" class="vector-dropdown"><label class="vector-dropdown-label">Tools</label><div class="vector-dropdown-content">
<ul>${links(mTools, 'mw-list-item')}</ul></div></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Shoemaking Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Blake_section.png" class="mw-file-description">
<img src="/images/thumb/blake.png/220px-blake.png"
class="mw-file-element" width="220" height="160"></a>
<figcaption>Cross-section of a Blake-stitched shoe: the stitch runs through insole and outsole.</figcaption></figure>
${ps(mLead)}
${mSecs.map(mSec).join('\n')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 February 2025, at 14:22.</li>
<li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout587-mediawiki-blake-stitch',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map((s) => s[0]),
  body: texts([...mLead, ...mSecs.flatMap((s) => s[1])]),
  bylines: ['This page was last edited on 3 February 2025, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Shoemaking Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From Shoemaking Wiki',
    'Cross-section of a Blake-stitched shoe: the stitch runs through insole and outsole.', 'Categories', ...mCats,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT587_D: readonly TestPage[] = [discourse, mediawiki];
