import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout524-kit.js';

/**
 * Held-out batch 524, file e: a co-operative network's MediaWiki page (Vector 2022 skin) with an infobox, a table of
 * contents, references and categories, and a members' forum thread on Discourse (the server-rendered crawler view).
 */
const mTitle = 'Withdrawable share capital';
const mLead = [
  j(
    '<b>Withdrawable share capital</b> is money that members put into a co-operative or community benefit society by buying',
    'shares that can be paid back to them, but cannot be sold to anyone else. It is the usual form of share in a',
    '<a href="/wiki/Community_share_offer" title="Community share offer">community share offer</a>.<sup id="cite_ref-1"',
    'class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'Unlike shares in a company, withdrawable shares do not change in value. A member who paid £100 can only ever get back £100,',
    'or less if the society has made losses.',
  ),
];
const mSecs: [string, string[]][] = [
  [
    'Withdrawal',
    [
      j(
        'The rules of each society say when and how members may withdraw shares. Most require notice of between three and twelve',
        'months, and let the board suspend withdrawals if paying them would put the society at risk.<sup id="cite_ref-2"',
        'class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
      'Many share offers also say that no withdrawals will be allowed for the first three to five years, while the society builds up its trade.',
    ],
  ],
  [
    'Interest',
    [
      j(
        'Societies may pay interest on share capital, but only at a rate that is enough to attract and keep the capital they need.',
        'Interest is paid out of surplus and is not a share in the profits.',
      ),
    ],
  ],
  ['See also', ['<a href="/wiki/Community_share_offer">Community share offer</a>', '<a href="/wiki/One_member,_one_vote">One member, one vote</a>']],
];
const mRefs = ['Model rules for community benefit societies, 2024 edition, rule 14.', 'Community Shares Handbook, section 4.3.'];
const mInfo = ['Share capital', 'Type', 'Equity, not transferable', 'Typical minimum', '£50 to £250', 'Voting', 'One member, one vote'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools'];
const mFoot = ['Privacy policy', 'About CoopsWiki', 'Disclaimers'];
const mSecHtml = mSecs
  .map(([h, ps2]) => {
    const id = h.replace(/ /g, '_');
    const inner = h === 'See also' ? `<ul>${lis(ps2)}</ul>` : ps(ps2);
    return `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Withdrawable_share_capital&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>\n${inner}`;
  })
  .join('\n');
const mInfoRows = [0, 1, 2].map(
  (i) => `<tr><th scope="row" class="infobox-label">${mInfo[1 + i * 2]}</th><td class="infobox-data">${mInfo[2 + i * 2]}</td></tr>`,
);
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - CoopsWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Withdrawable_share_capital","wgTitle":"${mTitle}","wgCurRevisionId":48211,"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator" content="MediaWiki
1.42.3">
<link rel="edit" title="Edit" href="/index.php?title=Withdrawable_share_capital&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Withdrawable_share_capital
rootpage-Withdrawable_share_capital
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header
mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown
vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">
${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong
class="mw-logo-wordmark">CoopsWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue
vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search
CoopsWiki"
aria-label="Search CoopsWiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-createaccount" class="mw-list-item"><a
href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li><li id="pt-login"
class="mw-list-item"><a href="/index.php?title=Special:UserLogin"
><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav
id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div
class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item
vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h]) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text">
<span class="vector-toc-text">${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list">${mTabs
  .slice(0, 2)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}</ul>
</nav><nav aria-label="Views"><ul class="vector-menu-content-list">${mTabs
  .slice(2, 5)
  .map((t) => `<li class="mw-list-item"><a href="#"><span>${t}</span></a></li>`)
  .join('')}
</ul></nav><div id="vector-page-tools-dropdown" class="vector-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">Tools</span></label>
</div></div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From CoopsWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mInfo[0]}</th></tr>${mInfoRows.join('')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecHtml}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="mw-references-wrap"><ol class="references">${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a
href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<!-- NewPP limit report Parsed by mw-web Cached time: 20260903101412 --></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.coops.example/index.php?title=Withdrawable_share_capital&amp;oldid=48211">
https://wiki.coops.example/index.php?title=Withdrawable_share_capital&amp;oldid=48211</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Finance">Finance</a></li><li><a href="/wiki/Category:Society_law">
Society law</a></li></ul></div></div>
</div></main></div></div></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 3 September 2026, at 10:14.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mHeads = [...mSecs.map(([h]) => h), 'References'];
const mBody = texts([...mLead, ...mSecs.flatMap(([, p]) => p), ...mRefs]);
const mediawiki: TestPage = {
  name: 'heldout524-mediawiki-share-capital',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mBody,
  bylines: ['This page was last edited on 3 September 2026, at 10:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([mTitle, ...mHeads, ...mBody], [
    'Jump to content', 'Main menu', 'Navigation', ...mMenu, 'CoopsWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs,
    'From CoopsWiki', ...mInfo, 'edit', 'Categories', 'Finance', 'Society law',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ]),
};

const qTitle = 'Motion 4: raising the minimum shareholding to £50';
const qPosts: [string, string, string, string[], string][] = [
  [
    'hwarrender',
    'Hazel Warrender',
    'October 2, 2026,  6:21pm',
    [
      j(
        'The board has put Motion 4 on the AGM agenda. It would raise the minimum shareholding for new members from £1 to £50,',
        'payable in instalments of £5 a month. Existing members would not be affected.',
      ),
      j(
        'The reasoning is in the board report, page 6: it costs us about £14 a year to keep each member on the register and send',
        'out the AGM papers, and around 400 of our 1,900 members hold just £1 and have not shopped with us in two years.',
      ),
      'I am on the board, so I will try to answer questions here rather than argue for it. What do people think?',
    ],
    '6 Likes',
  ],
  [
    'olu_b',
    'Olu Bankole',
    'October 2, 2026,  8:02pm',
    [
      j(
        'I joined with £1 when I was a student and it was the only way I could afford to. Instalments help, but £50 is still a',
        'signal that membership is for people with money. Could the dormant members problem be solved another way?',
      ),
    ],
    '11 Likes',
  ],
  [
    'mags.t',
    '',
    'October 3, 2026,  9:40am',
    [
      j(
        'Our rules already let the board cancel the membership of anyone who has not traded with the co-op for two years, after',
        'writing to them. Has that been tried? It would deal with the register without changing the share for everyone.',
      ),
      'I would vote for an amendment to keep £1 and use the existing rule.',
    ],
    '8 Likes',
  ],
  [
    'hwarrender',
    'Hazel Warrender',
    'October 3, 2026, 12:15pm',
    [
      j(
        'Fair question. We have not used that rule since 2019 because it caused some upset then. I will take the suggestion to',
        'the board meeting on Tuesday and report back here before the AGM.',
      ),
    ],
    '4 Likes',
  ],
];
const qRelated = [
  ['AGM 2026: papers and how to vote', '3', '512'],
  ['Proposal for a solidarity membership fund', '22', '780'],
];
const qFootNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qPostHtml = qPosts
  .map(
    ([u, n, d, ps2, likes], i) => `<div class="topic-body crawler-post" itemprop="comment" itemscope itemtype="http://schema.org/Comment" id="post_${i + 1}">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://members.brightwater.coop/u/${u}"><span itemprop="name">${u}</span></a>${n === '' ? '' : `\n(${n})`}</span>
<link itemprop="mainEntityOfPage" href="https://members.brightwater.coop/t/motion-4-minimum-shareholding/412"><span class="crawler-post-infos">
<time datetime="2026-10-0${i < 2 ? 2 : 3}T18:21:44Z" class="post-time">${d}</time><meta itemprop="dateModified" content="2026-10-03T12:15:00Z">
<span itemprop="position">${i + 1}</span></span></div><div class="post" itemprop="text">${ps(ps2)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}"><span class="post-likes">${likes}</span></div></div>`,
  )
  .join('\n');
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${qTitle} - AGM 2026 - Brightwater Members</title>
<meta name="description" content="The board has put Motion 4 on the AGM agenda."><meta name="generator" content="Discourse 3.4.0.beta2 -
https://github.com/discourse/discourse">
<link rel="canonical" href="https://members.brightwater.coop/t/motion-4-minimum-shareholding/412"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/color_definitions_base__3_1a2b.css?__ws=members.brightwater.coop" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}",
"datePublished":"2026-10-02T18:21:44Z"}</script>
<link rel="preload" href="/assets/discourse-4d3c2b.js" as="script"></head>
<body class="crawler "><header><a href="/"><img src="https://members.brightwater.coop/uploads/default/original/1X/logo.png" alt="Brightwater Members"
id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/motion-4-minimum-shareholding/412">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/agm-2026/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #2E7D32"></span><span
class="badge-category clear-badge"><span class="category-name" itemprop="name">AGM 2026</span></span></a><meta itemprop="position"
content="1"></span></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${qTitle}"><link itemprop="url"
href="https://members.brightwater.coop/t/motion-4-minimum-shareholding/412"><meta itemprop="datePublished" content="2026-10-02T18:21:44Z">
${qPostHtml}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta
itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th
class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${qRelated
  .map(
    ([t, r, v]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><span class="link-top-line"><a itemprop="url" href="/t/${r}" class="title raw-link
raw-topic-link">${t}</a></span></td><td></td>
<td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views"
title="views">${v}</span></td><td>Sep 2026</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${qFootNav
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
<div class="hidden" id="data-preloaded" data-preloaded="{&quot;site&quot;:{}}"></div></body></html>`;
const qBody = qPosts.flatMap(([, , , p]) => p);
const discourse: TestPage = {
  name: 'heldout524-discourse-agm-motion-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: qBody,
  bylines: outside([qTitle, ...qBody], [...qPosts.flatMap(([u, n, d]) => [u, ...(n === '' ? [] : [`(${n})`]), d])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: outside([qTitle, ...qBody], [
    'AGM 2026', '1', '2', '3', '4', ...qPosts.map(([, , , , l]) => l),
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...qRelated.flat(), 'Sep 2026', ...qFootNav,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

export const HELDOUT524_E: readonly TestPage[] = [mediawiki, discourse];
