import { links, type TestPage } from './page-kit.js';
import { j, page, render } from './pages-heldout563-kit.js';

/**
 * Held-out batch 563, file c: a regional climbing wiki's article on a bouldering gym on MediaWiki (Vector 2022: infobox, table of
 * contents, edit links, categories) and a Discourse thread about a gym's induction (crawler view with post infos and likes).
 */
const mTitle = 'Boulder Barn Eastfold';
const mPart = render([
  {
    p: j(
      '<b>Boulder Barn Eastfold</b> is an independent bouldering centre in a converted grain store on the edge of Eastfold. It opened in',
      '2019 and is the largest indoor bouldering venue in the Northmarch area, with about 900 square metres of climbing surface.',
    ),
  },
  { h: '<span class="mw-headline" id="History">History</span>' },
  {
    p: j(
      'The barn was bought in 2017 by a group of four local climbers who had been running a members-only board in a garage.',
      'Conversion work was paid for partly by a community share offer, which raised £240,000 from some 600 investors.',
      'A second phase in 2023 added a training room with a system board and a 40-degree spray wall.',
    ),
  },
  { h: '<span class="mw-headline" id="Walls">Walls</span>' },
  {
    p: j(
      'The main hall has four sections: the Prow, a long steep arête; the Slab; the Cave, a low roof used heavily by the youth',
      'squad; and the Competition Wall, which is reset before each round of the regional league.',
    ),
  },
  {
    th: ['Section', 'Angle', 'Reset cycle'],
    rows: [
      ['Prow', '15 to 45 degrees', 'Every 6 weeks'],
      ['Slab', '-5 to 5 degrees', 'Every 8 weeks'],
      ['Cave', '35 to 60 degrees', 'Every 4 weeks'],
      ['Competition Wall', 'Varies', 'Before each league round'],
    ],
  },
  { h: '<span class="mw-headline" id="Grading">Grading</span>' },
  {
    p: j(
      'Problems are graded with a seven-colour circuit rather than numbers. The centre publishes a rough guide linking colours to',
      'V-grades, but setters have said the bands overlap by design.',
    ),
  },
  { h: '<span class="mw-headline" id="Events">Events</span>' },
  {
    p: j(
      'The Barn hosts the Eastfold Open each November, a one-day competition with a flash format for juniors and a redpoint format',
      'for adults. The 2026 event drew 280 competitors.',
    ),
  },
]);
const mH = ['History', 'Walls', 'Grading', 'Events'];
const mBox = ['Boulder Barn Eastfold', 'Type', 'Bouldering centre', 'Opened', '2019', 'Area', '900 m²', 'Owner', 'Eastfold Climbing Co-operative'];
const mCats = ['Bouldering centres', 'Climbing walls in Northmarch', 'Community shares'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Northmarch Climbing Wiki', 'Disclaimers'];
const mArticle = mPart.html.replace(
  /<h2>(.*?)<\/h2>/g,
  `<div class="mw-heading mw-heading2"><h2>$1</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Boulder_Barn_Eastfold&amp;action=edit" title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span></div>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Northmarch Climbing Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Boulder_Barn_Eastfold",
"wgTitle":"Boulder Barn Eastfold","wgCurRevisionId":18233,"wgCategories":["Bouldering centres","Climbing walls in Northmarch","Community shares"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Boulder_Barn_Eastfold&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Boulder_Barn_Eastfold skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Northmarch Climbing Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box"><form action="/index.php" id="searchform"><input type="search"
name="search"
placeholder="Search Northmarch Climbing Wiki" aria-label="Search Northmarch Climbing Wiki">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">Create account</a>
</li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents"
class="vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents"><li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#">
<div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span> <span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div><div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Boulder_Barn_Eastfold">Page</a></li>
<li id="ca-talk"><a href="/wiki/Talk:Boulder_Barn_Eastfold">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected">
<a href="#">Read</a></li>
<li id="ca-edit"><a href="/index.php?title=Boulder_Barn_Eastfold&amp;action=edit">Edit</a></li><li id="ca-history">
<a href="/index.php?action=history">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Northmarch Climbing Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mBox[0]}</th></tr>
${[1, 3, 5, 7].map((i) => `<tr><th scope="row" class="infobox-label">${mBox[i]}</th><td class="infobox-data">${mBox[i + 1]}</td></tr>`).join('\n')}</tbody>
</table>
${mArticle.replace('<table>', '<table class="wikitable">')}
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 February 2027, at 21:14.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/Licence">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const wiki: TestPage = page(
  { name: 'heldout563-mediawiki-barn', kind: 'wiki', html: mHtml, title: mTitle },
  [mPart],
  ['This page was last edited on 9 February 2027, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Jump to content', 'Main menu', ...mSide, 'Northmarch Climbing Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)',
    ...mH.map((h, i) => `${i + 1} ${h}`), 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Northmarch Climbing Wiki', ...mBox,
    '[edit]', 'Categories:', ...mCats, 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
);

const dTitle = 'Is the induction at Tor Works worth it if I’ve climbed outdoors for years?';
const dPosts: [string, string, string, string[]][] = [
  [
    'gritfingers',
    'Jun 3, 2027, 7:41pm',
    '',
    [
      j(
        'Moving to the area next month and planning to join Tor Works. Their site says everyone has to do the £15 induction,',
        'even experienced climbers. I’ve been bouldering outside for about ten years. Is it a real induction or a box-ticking thing?',
      ),
    ],
  ],
  [
    'lena_k',
    'Jun 3, 2027, 8:05pm',
    '3 Likes',
    [
      j(
        'It’s quick if you already know what you’re doing. They watch you fall and down-climb, show you the fire exits and the',
        'tag system, and that’s it. Took me under ten minutes.',
      ),
      'The £15 includes shoe hire and your first entry, so it’s not really extra.',
    ],
  ],
  [
    'Mo_Setter',
    'Jun 4, 2027, 9:12am',
    '5 Likes',
    [
      j(
        'I set there a couple of days a week. The induction exists because the matting layout is unusual: there’s a drop between',
        'the Cave and the main floor that catches people out. Outdoor experience doesn’t help with that, so they ask everyone.',
      ),
    ],
  ],
  ['gritfingers', 'Jun 4, 2027, 10:30am', '1 Like', ['Makes sense, thanks both. Will book it for my first Saturday.']],
];
const dParts = dPosts.map(([, , , paras]) => render(paras.map((p) => ({ p }))));
const dRelated = ['Best time to visit Tor Works without the crowds', 'Shoe hire sizes at local walls', 'Auto-belay inductions: do you need one per wall?'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Walls and Gyms - Pennine Boulder Forum</title>
<meta name="description" content="Moving to the area next month and planning to join Tor Works.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.pennineboulder.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes">
<link rel="canonical" href="https://forum.pennineboulder.org/t/is-the-induction-at-tor-works-worth-it/2318">
<link href="/stylesheets/desktop_theme_4_f3a2.css?__ws=forum.pennineboulder.org" media="all" rel="stylesheet" data-target="desktop_theme">
<meta property="og:site_name" content="Pennine Boulder Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"gritfingers"},"datePublished":"2027-06-03T18:41:00Z","interactionStatistic":{"userInteractionCount":3}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.pennineboulder.org/uploads/default/original/1X/logo.png" alt="Pennine Boulder Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/is-the-induction-at-tor-works-worth-it/2318">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/walls-and-gyms/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Walls and Gyms</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-tags"><a href='https://forum.pennineboulder.org/tag/induction' class='discourse-tag' rel="tag">induction</a>
<a href='https://forum.pennineboulder.org/tag/tor-works' class='discourse-tag' rel="tag">tor-works</a></div></div>
${dPosts
  .map(
    ([user, when, likes], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://forum.pennineboulder.org/u/${user}'><span itemprop='name'>${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.pennineboulder.org/t/is-the-induction-at-tor-works-worth-it/2318">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2027-06-0${i < 2 ? 3 : 4}T18:41:00Z' class='post-time'>${when}</time>
<meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>
${dParts[i]?.html ?? ''}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0] || 0}" /><span class='post-likes'>${likes}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='/t/${i + 2200}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">
<a href='/c/walls-and-gyms/6' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Walls and Gyms</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${i + 4}</span></td><td class="views"><span class='views' title='views'>${(i + 1) * 137}</span></td>
<td>${['Apr 2027', 'Jan 2027', 'May 2027'][i]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop="url">Categories </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Guidelines </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul>
</nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = page(
  { name: 'heldout563-discourse-induction', kind: 'forum', html: dHtml, title: dTitle },
  dParts,
  dPosts.flatMap(([user, when]) => [user, when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  [
    'Walls and Gyms', 'induction', 'tor-works', ...dPosts.map(([, , likes]) => likes).filter((l) => l !== ''), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dRelated,
    '4', '5', '6', '137', '274', '411', 'Apr 2027', 'Jan 2027', 'May 2027', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
);

export const HELDOUT563_C: readonly TestPage[] = [wiki, discourse];
