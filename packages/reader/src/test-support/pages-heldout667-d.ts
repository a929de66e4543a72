import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout667-kit.js';

/**
 * Held-out batch 667, file d: a parents' forum thread about nursery drop-off on Discourse (the crawler view a saved page
 * gets, with related topics), and a community wiki's article on a village playgroup on MediaWiki (Vector 2022, infobox,
 * references, categories).
 */
const fTitle = 'Still crying at nursery drop-off after six weeks – normal?';
const fPosts = [
  {
    user: 'beth_and_oscar',
    time: 'March 3, 2027,  9:14pm',
    likes: '',
    paras: [
      j(
        'My son is 2 and started at nursery three days a week in January. Six weeks in, he still screams when I hand him over. The',
        'staff say he stops within five minutes and has a lovely day, and the photos on the app back that up, but I leave in tears',
        'every single time.',
      ),
      'Did anyone else’s child take this long? At what point should I be worried that it is the wrong place for him?',
    ],
  },
  {
    user: 'Marguerite_K',
    time: 'March 3, 2027, 10:02pm',
    likes: '6 Likes',
    paras: [
      j(
        'Completely normal in my experience. My daughter cried at the door for nearly three months, then one Monday she just ran in',
        'without looking back. Three days a week is actually harder than five for some children because there are gaps in between.',
      ),
      'If he is happy by the time you reach the car park, he is fine. It is the drop-off, not the nursery.',
    ],
  },
  {
    user: 'dadof3_lewes',
    time: 'March 4, 2027,  7:31am',
    likes: '2 Likes',
    paras: [
      j(
        'Two things that helped us: keeping the goodbye really short and the same every time (one hug, one wave at the window), and',
        'asking if his key person could meet us at the door so he was handed to someone he knew rather than whoever was free.',
      ),
    ],
  },
  {
    user: 'beth_and_oscar',
    time: 'March 6, 2027,  6:48pm',
    likes: '1 Like',
    paras: [
      j(
        'Thank you all. I asked about the key person and they have moved his start time by ten minutes so she is always on the door.',
        'Only a little wobble this morning! I will update in a couple of weeks.',
      ),
    ],
  },
];
const fRelated = [
  ['Settling in a baby who won’t take a bottle from staff', 'Nursery & childcare', '14', '1.2k', 'Feb 2027'],
  ['Nursery vs childminder for an 11-month-old?', 'Nursery & childcare', '22', '2.9k', 'Jan 2027'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${fTitle} - Nursery &amp; childcare - Parents Round the Table</title>
<meta name="description" content="My son is 2 and started at nursery three days a week in January.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.parentsroundthetable.example/t/still-crying-at-nursery-drop-off-after-six-weeks-normal/18342">
<link href="/stylesheets/desktop_a3c1e9b2.css?__ws=forum.parentsroundthetable.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.parentsroundthetable.example",
"potentialAction":{"@type":"SearchAction","target":"https://forum.parentsroundthetable.example/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
<meta property="og:site_name" content="Parents Round the Table"><meta property="og:type" content="website"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-logo"><a href="/"><img
src="/uploads/default/original/1X/prtt-logo.png" alt="Parents Round the Table" id="site-logo" style="max-width:150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/still-crying-at-nursery-drop-off-after-six-weeks-normal/18342">${fTitle}</a>
</h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/nursery-childcare/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #F1592A"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Nursery &amp; childcare</span>
</span></a><meta itemprop="position" content="1"></span></div><div class="topic-list-tags"><a href="/tag/settling-in" class="discourse-tag">settling-in</a>
<a href="/tag/toddlers" class="discourse-tag">toddlers</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}"><meta itemprop="articleSection"
content="Nursery &amp; childcare"><meta itemprop="keywords" content="settling-in, toddlers">
${fPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment" '}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="/u/${p.user}"><span itemprop="name">${p.user}</span></a></span><link itemprop="mainEntityOfPage" href="/t/18342"><span class="crawler-post-infos">
<time ${i === 0 ? 'itemprop="datePublished" ' : ''}datetime="2027-03-0${3 + Math.floor(i / 2)}T21:14:00Z" class="post-time">${p.time}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="${i === 0 ? 'articleBody' : 'text'}">
${ps(p.paras)}
</div>${
      p.likes === ''
        ? ''
        : `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><span class="post-likes">${p.likes}</span></div>`
    }</div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${r[0]}</a><div class="link-bottom-line">
<a href="/c/nursery-childcare/7" class="badge-wrapper bullet"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span
class="category-name">${(r[1] ?? '').replace(/&/g, '&amp;')}</span></span></a></div></td><td class="replies"><span class="posts">${r[2]}</span></td><td
class="views"><span class="views">${r[3]}</span></td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(fFoot)}</ul></nav></footer>
<div id="noscript-footer"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</div></body></html>`;
const discourse: TestPage = {
  name: 'heldout667-discourse-dropoff-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.map((p) => p.user)), ...fPosts.map((p) => p.time.replace(/ +/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nursery & childcare', 'settling-in', 'toddlers', '6 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...fRelated.map((r) => r[0] ?? ''),
    '14', '1.2k', 'Feb 2027', '22', '2.9k', 'Jan 2027', ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Kesterby Community Playgroup';
const mRef = ['Kesterby Parish Magazine, June 1974, p. 3.', 'Early Years Standards Board, inspection report EY401187, November 2025.'];
const mBody = [
  j(
    '<b>Kesterby Community Playgroup</b> is a parent-run pre-school in the village of Kesterby. It meets in the Jubilee Room of',
    'Kesterby Village Hall and takes children from the age of two until they start school.',
  ),
  'History',
  j(
    'The playgroup was founded in 1974 by a group of mothers who met at the baby clinic, and its first sessions were held on',
    'two mornings a week in the Methodist schoolroom.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
    'It moved to the village hall when the Jubilee Room was added in 1977.',
  ),
  j(
    'In 1998 the parents’ committee registered the playgroup as a charity. Sessions were extended to five mornings and two',
    'afternoons in 2006, and a lunch club was added in 2015 so that children could stay from 9am to 3pm.',
  ),
  'Organisation',
  j(
    'The playgroup is run by an elected committee of parents, which employs a manager and four staff. Parents are asked to help',
    'on a rota for one session each half-term, a tradition kept from the early years of the group.',
  ),
  j('At its most recent inspection the playgroup was judged Good.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>'),
  'Events',
  'The playgroup holds an annual duck race on the Kester Brook on the late May bank holiday, which raises most of its equipment budget.',
  'References',
];
const mHeads = [1, 4, 7, 9];
const mCats = ['Pre-schools in Kesterby', 'Charities based in Kesterby', 'Organisations established in 1974'];
const mInfo = [
  ['Founded', '1974'],
  ['Type', 'Registered charity'],
  ['Ages', '2 to 5'],
  ['Location', 'Kesterby Village Hall'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Kesterby Wiki', 'Disclaimers'];
const hd = (t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Kesterby_Community_Playgroup&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Kesterby Wiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());RLCONF={"wgPageName":
"Kesterby_Community_Playgroup","wgTitle":"Kesterby Community Playgroup",
"wgCurRevisionId":4417,"wgIsArticle":true};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="edit" title="Edit" href="/index.php?title=Kesterby_Community_Playgroup&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Kesterby_Community_Playgroup
rootpage-Kesterby_Community_Playgroup skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul>
</div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Kesterby Wiki</strong>
</span></a></div><div class="vector-header-end"><div id="p-search" class="vector-search-box-vue vector-search-box" role="search"><form action="/index.php"
id="searchform" class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Kesterby Wiki"
aria-label="Search Kesterby Wiki"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links"
aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents"
class="vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button>
</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (i, n) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${mBody[i]}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n + 1}</span><span>${mBody[i]}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'mw-list-item')}</ul></nav><nav aria-label="Views"><ul>
${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Kesterby Wiki</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image"><span
typeof="mw:File"><img src="/images/thumb/4/4c/Jubilee_Room.jpg/220px-Jubilee_Room.jpg" width="220" height="147" alt=""></span><div class="infobox-caption">The
Jubilee Room, 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps([mBody[0] ?? ''])}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading" hidden><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
${hd(mBody[1] ?? '')}${ps(mBody.slice(2, 4))}
${hd(mBody[4] ?? '')}${ps(mBody.slice(5, 7))}
${hd(mBody[7] ?? '')}${ps([mBody[8] ?? ''])}
${hd(mBody[9] ?? '')}<div class="mw-references-wrap"><ol class="references">
${mRef
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 4
April 2027, at 19:02.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Kesterby_Wiki:Copyrights">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout667-mediawiki-playgroup',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => mBody[i] ?? ''),
  body: texts([...mBody.filter((_, i) => !mHeads.includes(i)), ...mRef]),
  bylines: ['This page was last edited on 4 April 2027, at 19:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Kesterby Wiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', 'From Kesterby Wiki', 'The Jubilee Room, 2019', 'Type', 'Registered charity', 'Ages', '2 to 5',
    'Location', '^', 'Categories', ...mCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT667_D: readonly TestPage[] = [discourse, mediawiki];
