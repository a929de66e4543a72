import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, rows, rowText } from './pages-heldout495-kit.js';

/**
 * Held-out batch 495, file d: an amateur theatre wiki article on MediaWiki (Vector 2022 skin, infobox, table, references), and
 * a Discourse thread (crawler view) on an amateur dramatics forum about running a captioned performance.
 */
const mTitle = 'Fenwick Little Theatre';
const mLead = j(
  'The <b>Fenwick Little Theatre</b> is a 96-seat amateur theatre in Fenwick, Northumbria, home of the Fenwick Players since 1952.',
  'It was converted from a Methodist chapel by members of the society, who still run and maintain it without paid staff.<sup id="cite_ref-1"',
  'class="reference"><a href="#cite_note-1">[1]</a></sup>',
);
const mHist = [
  j(
    'The Fenwick Players were founded in 1946 and performed in the village hall until 1951, when the society bought the disused',
    'Bethel Chapel on Tanner Street for £400. Members spent a year building a stage, a fly tower and dressing rooms in the old',
    'schoolroom, and the theatre opened in October 1952 with a production of <i>The Late Edwina Black</i>.',
  ),
  j(
    'A fire in the scene dock in 1979 closed the building for two seasons. The reopening in 1981 added a raked auditorium and a',
    'bar in the former vestry.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const mBuild = j(
  'The auditorium keeps the chapel\u2019s gallery, now used as a lighting box, and its original cast-iron columns. A studio space',
  'for rehearsals and youth workshops was added at the rear in 2014, paid for by a lottery grant and a members\u2019 appeal.',
);
const mProds: readonly (readonly string[])[] = [
  ['1952', 'The Late Edwina Black', 'Opening production'],
  ['1981', 'Hobson\u2019s Choice', 'Reopening after the fire'],
  ['2002', 'The Fenwick Mysteries', 'Community play with 70 performers'],
  ['2022', 'Our Chapel', 'Seventieth anniversary show'],
];
const mRefs = [
  '\u2191 Dorothy Harker, <i>Seventy Years at Tanner Street</i> (Fenwick Players, 2022), p. 12.',
  '\u2191 "Little theatre reopens after blaze", <i>Fenwick Advertiser</i>, 3 October 1981.',
];
const mInfo: readonly (readonly [string, string])[] = [
  ['Address', 'Tanner Street, Fenwick'],
  ['Capacity', '96'],
  ['Opened', '1952'],
  ['Owner', 'Fenwick Players'],
];
const mHeads = ['History', 'Building', 'Notable productions', 'References'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Stagewright', 'Disclaimers'];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#edit">edit</a><span class="mw-editsection-bracket">]</span></span>';
const h2 = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2>${edit}</div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Stagewright</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Fenwick_Little_Theatre","wgTitle":"Fenwick Little Theatre","wgAction":"view","wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://stagewright.org/wiki/Fenwick_Little_Theatre"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr
 ns-0 ns-subject page-Fenwick_Little_Theatre rootpage-Fenwick_Little_Theatre skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label class="vector-dropdown-label"
for="vector-main-menu-dropdown-checkbox"><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Stagewright</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue vector-search-box-show-thumbnail" role="search">
<form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Stagewright" aria-label="Search Stagewright" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div>
</header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="/wiki/${mTitle.replace(/ /g, '_')}">Page</a></li>
<li><a href="/wiki/Talk:Fenwick_Little_Theatre">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li class="selected"><a href="#">Read</a></li>
<li><a href="/index.php?action=edit">Edit</a></li><li><a href="/index.php?action=history">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Stagewright, the amateur theatre wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img alt="" src="/images/thumb/fenwick.jpg/250px-fenwick.jpg" width="250" height="170"></span>
<div class="infobox-caption">The theatre in 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${h2('History')}${ps(mHist)}
${h2('Building')}<p>${mBuild}</p>
${h2('Notable productions')}<table class="wikitable"><tbody><tr><th>Year</th><th>Production</th><th>Notes</th></tr>${rows(mProds)}</tbody></table>
${h2('References')}<div class="reflist"><ol class="references">${mRefs.map((r, i) => `<li id="cite_note-${i + 1}">${r}</li>`).join('\n')}</ol></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Little_theatres">Little theatres</a></li><li><a href="/wiki/Category:Northumbria">Theatres in Northumbria</a></li></ul></div>
</div>
</div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 February 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a
 href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawikiTheatre: TestPage = finish({
  name: 'heldout495-mediawiki-little-theatre',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mLead, ...mHist, mBuild, ...mProds.map(rowText), ...mRefs]),
  bylines: ['This page was last edited on 3 February 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Stagewright', 'Search', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From Stagewright, the amateur theatre wiki', 'The theatre in 2019', ...mInfo.flat(), 'edit', 'Categories', 'Little theatres',
    'Theatres in Northumbria', 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
});

const dTitle = 'First time running a captioned performance – what do we need?';
const dPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'margot_s',
    '2026-02-02T19:14:00Z',
    'Feb 2, 2026, 7:14pm',
    [
      j(
        'Our society has been asked by a local deaf club whether we could caption one night of our spring musical. We would love to',
        'do it but none of us has any idea where to start. Do we need special software? A professional captioner? How far ahead',
        'do we need the final script?',
      ),
      'We are in a 180-seat church hall with a borrowed projector, if that matters.',
    ],
  ],
  [
    'dennis.hartwell',
    '2026-02-02T21:40:00Z',
    'Feb 2, 2026, 9:40pm',
    [
      j(
        'We did our first one last autumn. You do not need anything expensive: we used a free captioning program on a laptop, a',
        'second-hand projector and a white roller blind at the side of the stage. The hard part is the person operating it, who',
        'has to follow every line live and cope when the cast skip or ad-lib.',
      ),
      j(
        'Get the script into the software at least three weeks before, and let your operator sit in on the last four rehearsals.',
        'Song lyrics take longest, because each line needs its own cue.',
      ),
    ],
  ],
  [
    'priya_k',
    '2026-02-03T08:05:00Z',
    'Feb 3, 2026, 8:05am',
    [
      'What Dennis said. Two more things that caught us out:',
      'Check the blind is visible from the seats you sell as captioning seats, from the back row as well as the front.',
      'Tell your cast not to change lines on the night, however tempting!',
    ],
  ],
  [
    'margot_s',
    '2026-02-04T18:22:00Z',
    'Feb 4, 2026, 6:22pm',
    ['Thank you both, this is really helpful. We have found a volunteer and booked the blind. I will report back after the show.'],
  ],
];
const dQuote = 'Song lyrics take longest, because each line needs its own cue.';
const dLikes = ['2 Likes', '5 Likes', '3 Likes', '1 Like'];
const dRel: readonly (readonly string[])[] = [
  ['Relaxed performances for a panto – tips?', 'Running a society', '7', '341', 'January 2026'],
  ['Which ticketing system do you use?', 'Front of house', '22', '1.2k', 'December 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const postHtml = ([user, iso, when, paras]: readonly [string, string, string, readonly string[]], i: number): string =>
  `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
 itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
 class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.footlights.org.uk/u/${user}"><span itemprop="name">${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.footlights.org.uk/t/first-time-running-a-captioned-performance/2291">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${iso}" class="post-time">${when}</time><meta itemprop="position" content="${i + 1}">
</span></div>
<div class="post" itemprop="text">${
    i === 2
      ? `<p>${paras[0]}</p><ol>${paras
          .slice(1)
          .map((p) => `<li>${p}</li>`)
          .join('')}</ol>`
      : i === 3
        ? `<aside class="quote no-group" data-username="dennis.hartwell" data-post="2" data-topic="2291"><div class="title">
<div class="quote-controls"></div><img alt="" width="24" height="24" src="/user_avatar/dennis.hartwell/48/812_2.png" class="avatar"> dennis.hartwell:</div>
<blockquote><p>${dQuote}</p></blockquote></aside>${ps(paras)}`
        : ps(paras)
  }</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${i}"><span class="post-likes">${dLikes[i]}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Running a society - Footlights Forum</title>
<meta name="description" content="Our society has been asked by a local deaf club whether we could caption one night of our spring musical.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.footlights.org.uk/t/first-time-running-a-captioned-performance/2291"><meta property="og:site_name" content="Footlights Forum">
<link href="/stylesheets/color_definitions_footlights_3_2_a1b2.css" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.footlights.org.uk","name":"Footlights Forum"}</script>
</head><body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/">
<img src="/uploads/default/original/1X/footlights-logo.png" alt="Footlights Forum" id="site-logo" class="logo-big"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/first-time-running-a-captioned-performance/2291">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/running-a-society/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Running a society</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/access" class="discourse-tag" rel="tag">access</a>, 
<a href="/tag/captioning" class="discourse-tag" rel="tag">captioning</a></div></div></div>
${dPosts.map(postHtml).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRel
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><span class="link-top-line"><a itemprop="url"
 href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/${c}" class="badge-wrapper bullet">
<span class="badge-category clear-badge"><span class="category-name">${c}</span></span></a></div></td><td class="replies">
<span class="posts" title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourseThread: TestPage = finish({
  name: 'heldout495-discourse-captioning',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...dPosts.slice(0, 3).flatMap(([, , , p]) => p), dQuote, ...(dPosts[3]?.[3] ?? [])]),
  bylines: [...dPosts.map(([u, , w]) => [u, w]).flat()],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Running a society', 'access', 'captioning', ...dLikes, 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRel.flat(), ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT495_D: readonly TestPage[] = [mediawikiTheatre, discourseThread];
