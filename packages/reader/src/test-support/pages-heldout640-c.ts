import { links, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout640-kit.js';

/**
 * Held-out batch 640, file c: a Discourse forum thread on a model flying community about a LiPo fire at a club field (the
 * crawler view served to browsers without JavaScript), and a kite wiki's MediaWiki (Vector 2022) article on bridles.
 */
const dTitle = 'LiPo caught fire in the pits on Sunday - what we have changed';
const dPosts: [string, string, string[]][] = [
  [
    'kestrel_pete',
    'May 4, 2027, 7:12pm',
    [
      j(
        'Posting this so others can learn from it. On Sunday a 4S 5000 pack caught fire while a member was balance charging it from',
        'his car battery at the pits bench. Nobody was hurt, but the bench top is scorched and the charger is scrap.',
      ),
      j(
        'The pack had been in a heavy landing the week before and was slightly puffed. He thought one gentle charge would be fine.',
        'It vented within about ten minutes and was fully alight a few seconds later.',
      ),
      'What the committee has agreed since:',
      'All charging at the field now happens inside the steel ammo boxes on the charging table, nowhere else.',
      'A bucket of sand and a fire blanket live next to the charging table.',
      'Any puffed or damaged pack goes in the sand bucket, not back in the car.',
    ],
  ],
  [
    'glider_gwen',
    'May 4, 2027, 8:40pm',
    [
      j(
        'Glad nobody was hurt. We did the same at our field after a near miss two years ago. One addition: put a note on the',
        'charging table with the number for the fire service and the field\u2019s postcode. In the moment people forget both.',
      ),
    ],
  ],
  [
    'MarcusOD',
    'May 5, 2027, 9:03am',
    [
      j(
        'Ammo boxes are good but do not seal them tight: a venting pack needs somewhere for the gas to go. Drill a couple of',
        'holes or take the rubber seal out of the lid.',
      ),
      'Also worth storing packs at storage voltage (3.8 V a cell) between sessions, it makes them far less lively if they do fail.',
    ],
  ],
  ['kestrel_pete', 'May 5, 2027, 10:21am', ['Good point on the seals, we have taken them out. Thanks both.']],
];
const dCats = ['Electric Flight', 'Safety'];
const dSuggested = ['Charging at the field: what do your clubs allow?', 'Storage voltage and winter storage', 'Fire blanket recommendations'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPostHtml = (p: [string, string, string[]], n: number): string => {
  const [user, date, paras] = p;
  const listStart = paras.indexOf('What the committee has agreed since:');
  const inner =
    listStart < 0
      ? paras.map((t) => `<p>${t}</p>`).join('\n')
      : `${paras
          .slice(0, listStart + 1)
          .map((t) => `<p>${t}</p>`)
          .join('\n')}\n<ul>${lis(paras.slice(listStart + 1))}</ul>`;
  return `<div id="post_${n}" itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.rcwingfield.net/u/${user}"><span itemprop="name">${user}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-05-04T19:12:00Z" class="post-time">${date}</time>
<meta itemprop="position" content="${n}"><span itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${n * 2}">
<span class="post-likes">${n * 2} Likes</span></span></span></div>
<div class="post" itemprop="text">
${inner}
</div></div>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Safety - RC Wingfield Forum</title>
<meta name="description" content="Posting this so others can learn from it. On Sunday a 4S 5000 pack caught fire...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 5c6c">
<link rel="icon" type="image/png" href="https://forum.rcwingfield.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.rcwingfield.net/t/lipo-caught-fire-in-the-pits-on-sunday/18342">
<link href="/stylesheets/color_definitions_base__1_abc.css" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_abc.css" media="all"
rel="stylesheet" data-target="desktop"><meta property="og:site_name" content="RC Wingfield Forum"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.rcwingfield.net","name":"RC Wingfield Forum"}</script>
</head><body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="RC Wingfield Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/lipo-caught-fire-in-the-pits-on-sunday/18342">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">${dCats
  .map(
    (c, i) => `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/${i}" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category-bg" style="background-color: #0088CC"></span><span class="badge-category clear-badge"><span class="category-name"
itemprop="name">${c}</span></span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</div><div class="topic-category"><div class="discourse-tags list-tags">
<a href="/tag/lipo" class="discourse-tag" rel="tag">lipo</a>, <a href="/tag/charging" class="discourse-tag" rel="tag">charging</a></div></div></div>
${dPosts.map((p, i) => dPostHtml(p, i + 1)).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th>Replies</th>
<th>Views</th><th>Activity</th></tr></thead><tbody>${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="posters"></td><td class="replies"><span class="posts">${12 + i}</span></td><td class="views"><span class="views">${400 + i * 37}</span></td>
<td>Apr 2027</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dFoot, 'crawler-nav__item')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout640-discourse-lipo-fire',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p[2]),
  bylines: ['kestrel_pete', 'glider_gwen', 'MarcusOD', ...dPosts.map((p) => p[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCats, ...dPosts.map((_, i) => `${(i + 1) * 2} Likes`), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dSuggested, '12', '13', '14', '400', '437', '474',
    'Apr 2027', ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const mTitle = 'Bridle (kite)';
const mLead = [
  j(
    'A <b>bridle</b> is the arrangement of lines that connects a kite\u2019s sail or frame to the flying line. It sets the angle at',
    'which the kite meets the wind, called the <a href="/wiki/Angle_of_attack" title="Angle of attack">angle of attack</a>, and spreads the pull of',
    'the line across the frame.',
  ),
];
const mH = ['Types', 'Single-line kites', 'Sport kites', 'Adjusting a bridle', 'See also'];
const mSingle = [
  j(
    'Flat kites such as the diamond usually have a two-leg bridle tied to the spine. Deltas often fly from a single towing point',
    'on the keel, which works as a fixed bridle. Sleds and <a href="/wiki/Parafoil" title="Parafoil">parafoils</a> use many short',
    'lines, one to each keel or rib, that meet at a ring.',
  ),
];
const mSport = [
  j(
    'Two-line sport kites have a three- or four-leg bridle on each side. The point where the legs meet, the tow point, is often',
    'marked by a knot or a sliding clip so that fliers can move it.',
  ),
];
const mAdjust = [
  j(
    'Moving the tow point towards the nose lowers the angle of attack: the kite flies faster and further out in the wind window',
    'and suits light wind. Moving it towards the tail raises the angle: the kite pulls harder, flies slower and is steadier in',
    'strong wind.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'Changes should be made in steps of a few millimetres, with a test flight after each.',
];
const mSee = ['Kite line', 'Wind window', 'Tail (kite)'];
const mRefs = ['Orlan Vesk, Sport Kite Tuning, Saltmarsh Press, 2009, p. 41.'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page'];
const mNav = ['Main page', 'Recent changes', 'Random article', 'Help'];
const mFoot = ['Privacy policy', 'About KiteWiki', 'Disclaimers'];
const mHead = (id: string, t: string, level = 2): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${t}</h${level}><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Bridle_(kite)&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - KiteWiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Bridle_(kite)",
"wgTitle":"Bridle (kite)","wgCurRevisionId":18244,"wgArticleId":612,"wgIsArticle":true};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://kitewiki.org/wiki/Bridle_(kite)"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Bridle_kite rootpage-Bridle_kite
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span
class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">KiteWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search KiteWiki" aria-label="Search KiteWiki"><button class="cdx-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/w/index.php?title=Special:CreateAccount">Create account</a>
</li>
<li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item"><a class="vector-toc-link" href="#">
<div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (h, i) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#s${i}"><div class="vector-toc-text">
<span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></nav>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/Bridle_(kite)">Article</a></li>
<li id="ca-talk"><a href="/wiki/Talk:Bridle_(kite)">Talk</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view" class="selected"><a href="#">Read</a>
</li>
<li id="ca-edit"><a href="/w/index.php?title=Bridle_(kite)&amp;action=edit">Edit</a></li><li id="ca-history"><a href="#">View history</a></li></ul></nav>
<nav aria-label="Tools"><span>Tools</span><ul>${links(mTools, 'mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading">
<div id="siteSub" class="noprint">From KiteWiki, the kite flier\u2019s encyclopedia</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Delta_bridle.svg" class="mw-file-description"><img src="/images/delta_bridle.svg"
width="220" height="180" class="mw-file-element" alt="Diagram of a delta's towing point"></a><figcaption>Towing point on a delta keel</figcaption></figure>
${mLead.map((p) => `<p>${p}</p>`).join('\n')}
<meta property="mw:PageProp/toc">
${mHead('s0', at(mH, 0))}
${mHead('s1', at(mH, 1), 3)}<p>${at(mSingle, 0)}</p>
${mHead('s2', at(mH, 2), 3)}<p>${at(mSport, 0)}</p>
${mHead('s3', at(mH, 3))}${mAdjust.map((p) => `<p>${p}</p>`).join('\n')}
${mHead('s4', at(mH, 4))}<ul>${mSee.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">${at(mRefs, 0)}</span></li></ol></div>
</div><noscript><img src="/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://kitewiki.org/w/index.php?title=Bridle_(kite)&amp;oldid=18244">
https://kitewiki.org/w/index.php?title=Bridle_(kite)&amp;oldid=18244</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Kite_parts">Kite parts</a></li><li><a href="/wiki/Category:Tuning">Tuning</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2027,
at 21:07.</li><li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout640-mediawiki-bridle',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...mLead, ...mSingle, ...mSport, ...mAdjust, ...mSee]),
  bylines: ['This page was last edited on 3 March 2027, at 21:07.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mNav, 'KiteWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Article', 'Talk', 'Read', 'Edit',
    'View history', 'Tools', ...mTools, 'From KiteWiki, the kite flier\u2019s encyclopedia', 'Towing point on a delta keel', 'edit', 'References', '^',
    ...mRefs, 'Categories', 'Kite parts', 'Tuning', 'Text is available under the Creative Commons Attribution-ShareAlike License.', ...mFoot,
  ],
};

export const HELDOUT640_C: readonly TestPage[] = [discourse, mediawiki];
