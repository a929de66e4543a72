import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout670-kit.js';

/**
 * Held-out batch 670, file e: a racing fans' forum thread on Discourse (the server-rendered crawler view), and a racecourse
 * article on a MediaWiki fan wiki (Vector skin) with an infobox, contents box and references.
 */
const dTitle = 'Brindlecombe dropping the 714m trip - good or bad?';
const dPosts = [
  {
    user: 'trapsixtony',
    date: 'Jan 14, 2026, 9:12pm',
    paras: [
      j(
        'Just seen on the fixture notes that Brindlecombe are scrapping the 714m marathon from April. Only six or seven stayers',
        'left in the kennels that can get the trip, so I suppose it was coming, but it was the best race on a Thursday card.',
      ),
      'Anyone know if the Stayers Derby is going with it?',
    ],
  },
  {
    user: 'MarshLaneMick',
    date: 'Jan 14, 2026, 10:03pm',
    paras: [
      j(
        'Spoke to one of the racing office lads on Saturday. The Stayers Derby stays but moves to 660m, which is the new',
        'longest trip. Fields were short every week at 714 and the bookies hated it.',
      ),
    ],
  },
  {
    user: 'greyhoundgran',
    date: 'Jan 15, 2026, 8:40am',
    paras: [
      j(
        'Good for the dogs if you ask me. Four bends twice over is a lot for an older dog in the winter, and the',
        'last few marathons ended with half the field strung out by ten lengths.',
      ),
      'Shame for the punters though, the 714 was always a good each-way race.',
    ],
  },
];
const dNav = ['Latest', 'Top', 'Categories'];
const dPostHtml = dPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.dogsandgeegees.example/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.dogsandgeegees.example/t/brindlecombe-714m/8812"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-01-14T21:12:00Z" class="post-time">${p.date}</time><meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div><div itemprop="interactionStatistic" itemscope
itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount"
content="${3 - i}"><span class="post-likes">${3 - i} Like${i === 2 ? '' : 's'}</span></div></div>`,
  )
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Greyhound Racing - Dogs and Gee-Gees Forum</title><meta name="description" content="Just seen on the fixture notes that Brindlecombe
are scrapping the 714m marathon from April.">
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">
<link rel="canonical" href="https://forum.dogsandgeegees.example/t/brindlecombe-714m/8812"><meta property="og:site_name" content="Dogs and Gee-Gees Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.dogsandgeegees.example"}</script>
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.dogsandgeegees.example" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.dogsandgeegees.example" data-environment="production"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Dogs and Gee-Gees Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/brindlecombe-714m/8812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/greyhound-racing/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Greyhound Racing</span></span></a><meta itemprop="position" content="1">
</span></div><div class="topic-tags"><a href="/tag/brindlecombe" class="discourse-tag">brindlecombe</a> <a href="/tag/stayers" class="discourse-tag">stayers</a>
</div></div>
${dPostHtml}
<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" class="topic-body crawler-post"><span itemprop="name"><b><a rel="next"
itemprop="url" href="/t/brindlecombe-714m/8812?page=2">next page →</a></b></span></div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody><tr><td><a href="/t/new-hurdles-at-marsh-lane/8790"
class="title raw-link raw-topic-link">New hurdles at Marsh Lane</a></td><td></td><td class="replies">14</td><td class="views">602</td><td>Jan 2026</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dNav)}</ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></footer>
<noscript><p>This site works best with JavaScript enabled.</p></noscript></body></html>`;
const discourseThread: TestPage = {
  name: 'heldout670-greyhound-forum-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: dPosts.flatMap((p) => [p.user, p.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greyhound Racing', '3 Likes', '2 Likes', '1 Like', 'next page →', 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', 'New hurdles at Marsh Lane', '14', '602', 'Jan 2026', ...dNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Pellham Vale Racecourse';
const mBody = [
  j(
    '<b>Pellham Vale Racecourse</b> is a National Hunt racecourse near the village of Pellham in the county of Wessmoor. It',
    'stages around twenty jump meetings a year between October and May, the best known being the Vale Gold Cup in February.',
  ),
  'History',
  j(
    'Racing at Pellham is first recorded in 1821, when a two-mile steeplechase was run across farmland belonging to the Ashdown',
    'estate.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> A permanent course was laid out in',
    '1889, and the first grandstand, a timber building with room for 800, opened two years later.',
  ),
  j(
    'The course closed during both world wars. In 1974 the grandstand burned down on the night before the Gold Cup meeting;',
    'racing went ahead the next day with spectators standing on hay wagons along the run-in.<sup id="cite_ref-2"',
    'class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  'The course',
  j(
    'Pellham Vale is a left-handed, undulating oval of about one mile and five furlongs, with a stiff uphill finish of 300',
    'yards. There are nine fences on the chase course, including the open ditch at the top of the hill known as the Gallows.',
  ),
  'Notable races',
  'Vale Gold Cup (February), 3 miles 2 furlongs',
  'Ashdown Novices\u2019 Chase (December), 2 miles 4 furlongs',
  'Wessmoor Grand National Trial (January), 3 miles 6 furlongs',
  'References',
  'Hallam, P. (1998). Racing in Wessmoor, 1800\u20131950. Stanbury Press. p. 41.',
  '"Grandstand lost to fire on eve of Gold Cup". Wessmoor Evening Echo. 22 February 1974.',
];
const mHeads = [1, 4, 6, 10];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mInfo = [
  ['Location', 'Pellham, Wessmoor'],
  ['Owned by', 'Pellham Vale Racecourse Ltd'],
  ['Opened', '1889'],
  ['Course type', 'National Hunt'],
];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Jumps Racing Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Pellham_Vale_Racecourse","wgTitle":"Pellham Vale Racecourse","wgNamespaceNumber":0,
"wgAction":"view","wgIsArticle":true};RLSTATE={"skins.vector.styles.legacy":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.41.0">
<link rel="edit" title="Edit" href="/index.php?title=Pellham_Vale_Racecourse&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Pellham_Vale_Racecourse rootpage-Pellham_Vale_Racecourse skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Jumps Racing Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
<p>${mBody[0]}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li>
<li class="toclevel-1 tocsection-2"><a href="#The_course"><span class="tocnumber">2</span> <span class="toctext">The course</span></a></li>
<li class="toclevel-1 tocsection-3"><a href="#Notable_races"><span class="tocnumber">3</span> <span class="toctext">Notable races</span></a></li>
<li class="toclevel-1 tocsection-4"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
<h2><span class="mw-headline" id="History">${mBody[1]}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Pellham_Vale_Racecourse&amp;action=edit&amp;section=1" title="Edit section: History">edit</a><span
class="mw-editsection-bracket">]</span></span></h2>
<p>${mBody[2]}</p>
<p>${mBody[3]}</p>
<h2><span class="mw-headline" id="The_course">${mBody[4]}</span></h2>
<p>${mBody[5]}</p>
<h2><span class="mw-headline" id="Notable_races">${mBody[6]}</span></h2>
<ul>${[7, 8, 9].map((i) => `<li>${mBody[i]}</li>`).join('')}</ul>
<h2><span class="mw-headline" id="References">${mBody[10]}</span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span>
<span class="reference-text">${mBody[11]}</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span>
<span class="reference-text">${mBody[12]}</span></li></ol></div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://jumpsracing.example/index.php?title=Pellham_Vale_Racecourse&amp;oldid=5521"
>https://jumpsracing.example/index.php?title=Pellham_Vale_Racecourse&amp;oldid=5521</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/Category:Racecourses_in_Wessmoor">Racecourses in Wessmoor</a></li><li><a
href="/Category:National_Hunt_racecourses">National Hunt racecourses</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="mw-portlet vector-user-menu-legacy" aria-labelledby="p-personal-label">
<h3 id="p-personal-label">Personal tools</h3><ul>${links(['Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in'])}</ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu-tabs"><ul>${links(mTabs.slice(0, 2))}</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu-tabs"><ul>${links(mTabs.slice(2))}</ul></nav>
<div id="p-search" role="search" class="vector-search-box-vue"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Jumps Racing Wiki" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton">
</form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="mw-portlet mw-portlet-navigation vector-menu-portal portal"><h3 id="p-navigation-label">Navigation</h3>
<ul>${links(mSide)}</ul></nav>
<nav id="p-tb" class="mw-portlet mw-portlet-tb vector-menu-portal portal"><h3 id="p-tb-label">Tools</h3><ul>${links(mTools)}</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February 2026, at 14:22.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Jumps Racing Wiki', 'Disclaimers'])}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiCourse: TestPage = {
  name: 'heldout670-racecourse-wiki-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => mBody[i] ?? ''),
  body: texts(mBody.filter((_, i) => !mHeads.includes(i))),
  bylines: ['This page was last edited on 3 February 2026, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'From Jumps Racing Wiki', 'Jump to navigation', 'Jump to search', 'Location', 'Pellham, Wessmoor', 'Owned by', 'Pellham Vale Racecourse Ltd',
    'Course type', 'Contents', '^', 'Categories', 'Racecourses in Wessmoor',
    'National Hunt racecourses', 'Navigation menu', 'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Create account', 'Log in', ...mTabs,
    'Search', 'Navigation', ...mSide, 'Tools', ...mTools, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.',
    'Privacy policy', 'About Jumps Racing Wiki', 'Disclaimers',
  ],
};

export const HELDOUT670_E: readonly TestPage[] = [discourseThread, mediawikiCourse];
