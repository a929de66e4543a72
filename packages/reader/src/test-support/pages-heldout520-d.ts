import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, rowTexts, trs } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file d: a bike-share members' forum thread on Discourse (the crawler view a saved page gets), and a
 * community wiki article on a local bike-hire scheme on MediaWiki (Vector 2022, infobox, edit links, categories).
 */
const dTitle = 'New e-bike batteries running flat much sooner?';
const dPosts = [
  {
    who: 'marlowe_rides',
    when: 'March 2, 2027, 7:41am',
    likes: '4 Likes',
    ps: [
      j(
        'Since the new grey e-bikes turned up at the Kilnworth stations I have had three rides where the battery went from full to',
        'the red warning in under 40 minutes. The old ones would do my commute there and back twice before needing a charge.',
      ),
      'Is anyone else seeing this, or am I just unlucky with the bikes I pick?',
    ],
  },
  {
    who: 'Jess_T',
    when: 'March 2, 2027, 9:05am',
    likes: '2 Likes',
    ps: [
      j(
        'Same here, but only on cold mornings. On Saturday afternoon one of the grey ones did 18 km and still showed two bars.',
        'I think it might be the cold rather than the battery itself.',
      ),
    ],
  },
  {
    who: 'PedlShare_Support',
    when: 'March 2, 2027, 11:30am',
    likes: '9 Likes',
    ps: [
      j(
        'Thanks both, and thanks for the detail. The new bikes use a larger battery, but the motor is also stronger on the highest',
        'assist level, which is what the bikes start in. On hilly routes like the climb up to Kilnworth that uses a lot more charge.',
      ),
      j(
        'We are changing the default to the middle assist level in the next update, which should add around 30% to the range. You can',
        'already switch levels with the plus and minus buttons on the left grip. Battery health on all new bikes is above 97%, so we',
        'do not think there is a fault, but please keep reporting any bike that drops unusually fast.',
      ),
    ],
  },
  {
    who: 'marlowe_rides',
    when: 'March 3, 2027, 8:12am',
    likes: '1 Like',
    ps: ['Tried the middle level this morning and got home with more than half left. Never knew the buttons did that. Thanks!'],
  },
];
const dCrumbs = ['E-bikes', 'Feedback'];
const dTags = ['battery', 'kilnworth'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - E-bikes - Pedl Share Community</title><meta name="description" content="Since the new grey e-bikes turned up at the Kilnworth...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 5f4b7e">
<link rel="icon" type="image/png" href="/uploads/favicon.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.pedlshare.com/t/new-e-bike-batteries-running-flat-much-sooner/2214">
<link href="/stylesheets/desktop_4b1f.css?__ws=community.pedlshare.com" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Pedl Share Community"><meta property="og:type" content="website">
<meta property="og:title" content="${dTitle}"><meta property="article:published_time" content="2027-03-02T07:41:09+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"marlowe_rides"},"datePublished":"2027-03-02T07:41:09Z","commentCount":3}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-contents"><div class="title">
<a href="/"><img src="/uploads/default/original/1X/pedl-logo.png" alt="Pedl Share Community" id="site-logo"></a></div>
<div class="panel"><span class="header-buttons"><a href="/login" class="btn btn-primary btn-small login-button">Log In</a></span></div></div></div></div>
</header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/new-e-bike-batteries-running-flat-much-sooner/2214">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">${dCrumbs
  .map(
    (c, i) => `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/${c.toLowerCase()}/${i + 3}"
class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span><span class="badge-category clear-badge">
<span class="category-name" itemprop="name">${c}</span></span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</div>
<div class="topic-list-tags"><a href="/tag/battery" class="discourse-tag">battery</a><a href="/tag/kilnworth" class="discourse-tag">kilnworth</a></div></div>
${dPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${
      i === 0 ? 'DiscussionForumPosting' : 'Comment'
    }" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://community.pedlshare.com/u/${p.who}"><span itemprop="name">${p.who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.pedlshare.com/t/new-e-bike-batteries-running-flat-much-sooner/2214">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-03-0${i < 3 ? 2 : 3}T08:00:00Z" class="post-time">${p.when}</time>
<meta itemprop="dateModified" content="2027-03-02T08:00:00Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p.ps)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="4" />
<span class='post-likes'>${p.likes}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${trs([
  ['<a href="/t/2130">Where are the plus and minus buttons on the new bikes?</a>', '', '6', '212', 'Feb 2027'],
  ['<a href="/t/1988">Charging times at Kilnworth depot</a>', '', '3', '98', 'Jan 2027'],
])}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li><li><span itemprop="name"><a href="/tos" itemprop="url">Terms of
Service </a></span></li><li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const pedl: TestPage = finish({
  name: 'heldout520-discourse-ebike-battery',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.ps)),
  bylines: dPosts.flatMap((p) => [p.who, p.when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', ...dCrumbs, ...dTags, '1', '2', '3', '4', ...dPosts.map((p) => p.likes), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...rowTexts([
      ['Where are the plus and minus buttons on the new bikes?', '6', '212', 'Feb 2027'],
      ['Charging times at Kilnworth depot', '3', '98', 'Jan 2027'],
    ]),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const mTitle = 'Fenmoor Cycle Hire';
const mLead = [
  j(
    'Fenmoor Cycle Hire is a docked bicycle-sharing scheme in the town of Fenmoor. It opened in May 2019 with 12 stations and',
    '90 bicycles, and by 2026 had grown to 31 stations and 260 bicycles, of which 80 are electrically assisted.',
  ),
  'The scheme is owned by Fenmoor Town Council and run under contract by a local social enterprise, Fenmoor Wheels CIC.',
];
const mSecs = [
  {
    h: 'History',
    ps: [
      j(
        'A bike-sharing scheme was first proposed in the 2016 Fenmoor Transport Plan, after a survey found that most trips in the',
        'town were shorter than 3 km. A trial with four stations around the railway station ran for six months in 2018.',
      ),
      j(
        'The full scheme opened on 18 May 2019. Electric bicycles were added in 2022, paid for by a regional clean air grant, and',
        'the stations at Saltings Park and the hospital followed in 2024.',
      ),
    ],
  },
  {
    h: 'Operation',
    ps: [
      j(
        'Bicycles are hired through a smartphone app or with a membership card at the station kiosk. Members pay an annual fee of',
        '£40 and rides of up to 45 minutes are free; casual users pay £2 per half hour. The scheme runs all year round.',
      ),
    ],
  },
];
const mStH = 'Stations';
const mStRows = [
  ['Railway Station', '24', '2019'],
  ['Market Cross', '16', '2019'],
  ['Saltings Park', '12', '2024'],
  ['Fenmoor Hospital', '14', '2024'],
];
const mRecH = 'Reception';
const mRec = [
  j(
    'A council survey in 2025 found that 14% of adults in Fenmoor had used the scheme at least once. The scheme was criticised',
    'in its first year for stations being empty at peak times, which led to the introduction of a redistribution van in 2020.',
  ),
];
const mInfo = ['Owner', 'Fenmoor Town Council', 'Operator', 'Fenmoor Wheels CIC', 'Launched', '18 May 2019', 'Stations', '31', 'Bicycles', '260'];
const mCats = ['Categories:', 'Transport in Fenmoor', 'Bicycle sharing schemes', 'Established in 2019'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Fenmoor Wiki', 'Disclaimers', 'Powered by MediaWiki'];
const ed = (id: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Fenmoor_Cycle_Hire&amp;action=edit&amp;section=${id}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mH2 = (h: string, i: number): string => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2>${ed(String(i))}</div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Fenmoor Wiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled vector-toc-available";
RLCONF={"wgPageName":"Fenmoor_Cycle_Hire","wgTitle":"Fenmoor Cycle Hire","wgCurRevisionId":48211,"wgNamespaceNumber":0,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Fenmoor_Cycle_Hire&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Fenmoor_Cycle_Hire rootpage-Fenmoor_Cycle_Hire skin-vector-2022">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}
</ul></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Fenmoor Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" class="vector-search-box-vue"><form action="/index.php" id="searchform" class="cdx-search-input">
<input type="search" name="search" placeholder="Search Fenmoor Wiki" aria-label="Search Fenmoor Wiki" id="searchInput">
<button class="cdx-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/Special:CreateAccount">Create account</a></li>
<li id="pt-login"><a href="/Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul id="mw-panel-toc-list" class="vector-toc-contents">
<li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${[...mSecs.map((s) => s.h), mStH, mRecH]
  .map(
    (
      h,
      i,
    ) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>
<span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="/wiki/Fenmoor_Cycle_Hire">Page</a></li>
<li><a href="/wiki/Talk:Fenmoor_Cycle_Hire">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li class="selected"><a href="#">Read</a></li>
<li><a href="/index.php?title=Fenmoor_Cycle_Hire&amp;action=edit">Edit</a></li><li><a href="/index.php?title=Fenmoor_Cycle_Hire&amp;action=history">View
history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Fenmoor Wiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${[0, 2, 4, 6, 8].map((k) => `<tr><th scope="row" class="infobox-label">${mInfo[k]}</th><td class="infobox-data">${mInfo[k + 1]}</td></tr>`).join('\n')}
</tbody></table>
${ps(mLead)}
${mSecs.map((s, i) => `${mH2(s.h, i + 1)}\n${ps(s.ps)}`).join('\n')}
${mH2(mStH, 3)}<table class="wikitable sortable"><tbody><tr><th>Station</th><th>Docks</th><th>Opened</th></tr>
${trs(mStRows)}</tbody></table>
${mH2(mRecH, 4)}${ps(mRec)}
</div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.fenmoor.org.uk/index.php?title=Fenmoor_Cycle_Hire&amp;oldid=48211"
>https://wiki.fenmoor.org.uk/index.php?title=Fenmoor_Cycle_Hire&amp;oldid=48211</a>"
</div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">${mCats[0]}</a><ul>${links(mCats.slice(1))}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
4 February 2027, at 21:07.</li></ul><ul id="footer-places">${links(mFoot.slice(0, 3))}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">${mFoot[3]}</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const fenmoor: TestPage = finish({
  name: 'heldout520-mediawiki-cycle-hire',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s.h), mStH, mRecH],
  body: texts([...mLead, ...mSecs.flatMap((s) => s.ps), ...rowTexts(mStRows), ...mRec]),
  bylines: ['This page was last edited on 4 February 2027, at 21:07.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mSide, 'Fenmoor Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', '1', '2', '3', '4',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Fenmoor Wiki', ...mInfo, 'edit',
    'Retrieved from "https://wiki.fenmoor.org.uk/index.php?title=Fenmoor_Cycle_Hire&oldid=48211"', ...mCats, ...mFoot,
  ],
});

export const HELDOUT520_D: readonly TestPage[] = [pedl, fenmoor];
