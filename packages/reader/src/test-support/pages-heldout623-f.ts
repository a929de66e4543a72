import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file f: a home cider makers' forum thread on Discourse (the crawler view it serves without JavaScript:
 * crawler-post blocks, likes, related topics), and a cider wiki article on MediaWiki (Vector 2022 skin, infobox, references).
 */
const dTitle = 'Wild-yeast cider stuck at 1.020 after six weeks';
type Post = { user: string; when: string; paras: string[]; likes: string };
const dPosts: Post[] = [
  {
    user: 'orchardpete',
    when: 'October 28, 2026, 7:42pm',
    paras: [
      j(
        'First year pressing our own apples (mostly Dabinett with a few Bramleys). Unwashed fruit, no sulphite, no added yeast. Started at',
        '1.052 on 14 September, bubbled away nicely, and has sat at 1.020 for the last ten days. Shed is about 11°C.',
      ),
      'Is it stuck, or just slow? I don’t want to lose the wild character by pitching a packet of champagne yeast.',
    ],
    likes: '2 Likes',
  },
  {
    user: 'Brambling',
    when: 'October 28, 2026, 9:15pm',
    paras: [
      j(
        'At 11°C that’s not stuck, that’s normal. Wild ferments slow right down when the shed gets cold and the easy sugars are gone.',
        'Mine often sit around 1.015–1.020 through December and finish in spring when it warms up.',
      ),
      'If you want it to finish sooner, bring it somewhere at 16–18°C for a couple of weeks and give it a gentle swirl.',
    ],
    likes: '5 Likes',
  },
  {
    user: 'hettie_w',
    when: 'October 29, 2026, 8:03am',
    paras: [
      'Agree with Brambling. A couple of things worth checking before you do anything:',
      'Does it smell clean? A bit of sulphur is fine, nail-varnish is not.',
      'Is the airlock still moving at all, even once every few minutes?',
      'Did you take the reading at the same temperature each time?',
    ],
    likes: '3 Likes',
  },
  {
    user: 'orchardpete',
    when: 'November 16, 2026, 6:30pm',
    paras: [
      j(
        'Update for anyone who finds this later: moved the fermenter into the utility room (about 17°C) and within four days it had started',
        'again. Now at 1.004 and tasting lovely. Thanks all.',
      ),
    ],
    likes: '1 Like',
  },
];
const dCheck = 2;
const postHtml = (p: Post, i: number): string => {
  const body = i === dCheck ? `${ps(p.paras.slice(0, 1))}\n<ul>\n${lis(p.paras.slice(1))}\n</ul>` : ps(p.paras);
  return `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.homecider.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.homecider.org/t/wild-yeast-cider-stuck-at-1-020-after-six-weeks/8841">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-10-28T19:42:11Z" class="post-time">${p.when}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">
${body}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"/>
<span class='post-likes'>${p.likes}</span></div></div>`;
};
const dRelated = [
  ['Keeving for beginners: is it worth the effort?', 'Techniques', '14', 'Sep 2026'],
  ['Best temperature for a wild ferment', 'Fermentation', '9', 'Nov 2025'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Fermentation - Home Cider Forum</title><meta name="description" content="First year pressing our own apples (mostly Dabinett with
a few Bramleys). Unwashed fruit, no sulphite, no added yeast.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://forum.homecider.org/t/wild-yeast-cider-stuck-at-1-020-after-six-weeks/8841">
<meta property="og:site_name" content="Home Cider Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link href="/stylesheets/desktop_7e3a1c9b.css?__ws=forum.homecider.org" media="all" rel="stylesheet" data-target="desktop"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"orchardpete"},"datePublished":"2026-10-28T19:42:11Z"}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.homecider.org/uploads/default/original/1X/logo.png" alt="Home Cider Forum"
id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/wild-yeast-cider-stuck-at-1-020-after-six-weeks/8841">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/fermentation/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #8C6238'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Fermentation</span></span>
</a><meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/wild-yeast' class='discourse-tag' rel="tag">wild-yeast</a>,
<a href='/tag/stuck-ferment' class='discourse-tag' rel="tag">stuck-ferment</a></div></div></div>
${dPosts.map(postHtml).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><a href="/t/related" class="title raw-link raw-topic-link"
itemprop="url">${r[0]}</a><div class="link-bottom-line"><a href="/c/x" class="badge-wrapper bullet"><span class="category-name">${r[1]}</span></a></div></td>
<td class="replies"><span class="posts" title="posts">${r[2]}</span></td><td class="views"><span class="views" title="views">${Number(r[2]) * 61}</span></td>
<td>${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav">
<ul>${links(['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'], 'crawler-nav-item')}
</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout623-discourse-stuck-cider',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: dPosts.flatMap((p) => [p.user, p.when]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fermentation', 'wild-yeast', 'stuck-ferment', ...dPosts.map((p) => p.likes), 'Related topics', ...dRelated.flatMap((r) => [r[0], r[1], r[3]]),
    '14', '854', '9', '549', 'Topic', 'Replies', 'Views', 'Activity', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ].filter((t): t is string => t !== undefined),
};

const wTitle = 'Keeving';
const wLead = [
  j(
    '<b>Keeving</b> is a traditional method of making naturally sweet, low-alcohol cider by removing most of the yeast nutrients from',
    'the juice before fermentation begins.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> It is most closely',
    'associated with the cidre of Normandy and Brittany, where it is called <i>défécation</i>, and was widely used on English farms until',
    'the early twentieth century.',
  ),
];
const wH = ['Method', 'The chapeau brun', 'Difficulties', 'References'] as const;
const wMethod = [
  j(
    'Apples are milled and the pulp is left to macerate for several hours, often overnight, so that pectin is released from the',
    'fruit. The juice is then pressed and treated with a calcium salt and the enzyme pectin methylesterase, which together turn the',
    'dissolved pectin into a gel.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
];
const wCap = [
  j(
    'Over the following days the gel rises to the top of the vessel, carried up by the first bubbles of gas, and forms a thick brown',
    'cap known in French as the <i>chapeau brun</i>. The cap traps much of the nitrogen the yeast would need. The clear juice is then',
    'racked from beneath it into a clean vessel.',
  ),
  j(
    'Starved of nutrients, the yeast ferments slowly and often stops before all the sugar is used, leaving a cider with between 2 and',
    '4.5 per cent alcohol and a natural sweetness.',
  ),
];
const wDiff = [
  'Keeving often fails for one of the following reasons:',
  'the juice is too cold, so the cap does not form;',
  'the fruit is too low in pectin, as with many dessert apples;',
  'the cap breaks up before racking and falls back into the juice.',
];
const wRefs = [
  'Marlowe, Ivo (1998). <i>Farmhouse Cider of the Western Counties</i>. Tarrow: Orchard Press. p. 114.',
  'Quenneville, Anaïs (2011). "Pectin gels in cider clarification". <i>Journal of Fruit Fermentation</i>. <b>7</b> (2): 31–40.',
];
const wInfo = [
  ['Type', 'Clarification and fermentation method'],
  ['Origin', 'Normandy, Brittany, West Country'],
  ['Typical ABV', '2–4.5%'],
];
const wToc = ['(Top)', '1 Method', '1.1 The chapeau brun', '2 Difficulties', '3 References'];
const wH2 = (id: string, t: string, n: number): string => `<div class="mw-heading mw-heading${n}"><h${n} id="${id}">${t}</h${n}><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Keeving&amp;action=edit&amp;section=1" title="Edit section: ${t}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - CiderWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Keeving","wgTitle":"Keeving","wgCurRevisionId":48211,"wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.ciderguild.org/wiki/Keeving"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0
ns-subject page-Keeving rootpage-Keeving skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" for="vector-main-menu-dropdown-checkbox"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo">
<span class="mw-logo-container"><strong class="mw-logo-wordmark">CiderWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search CiderWiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${links(wToc, 'vector-toc-list-item')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul>${links(['Page', 'Discussion'], 'vector-tab-noicon mw-list-item')}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From CiderWiki, the cider makers' wiki</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Keeving</th></tr>
${wInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
${ps(wLead)}
${wH2('Method', wH[0], 2)}
${ps(wMethod)}
${wH2('The_chapeau_brun', wH[1], 3)}
${ps(wCap)}
${wH2('Difficulties', wH[2], 2)}
<p>${wDiff[0]}</p><ul>${lis(wDiff.slice(1))}</ul>
${wH2('References', wH[3], 2)}
<div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div></div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.ciderguild.org/index.php?title=Keeving&amp;oldid=48211">
https://wiki.ciderguild.org/index.php?title=Keeving&amp;oldid=48211</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface">
<div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(['Cider making techniques', 'Sweet cider', 'French cider'])}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2026,
at 14:12.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/CiderWiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places">${links(['Privacy policy', 'About CiderWiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout623-mediawiki-keeving',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [...wH],
  body: texts([...wLead, ...wMethod, ...wCap, ...wDiff, ...wRefs]),
  bylines: ['This page was last edited on 3 May 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'CiderWiki', 'Search', 'Create account', 'Log in', 'Contents', ...wToc, 'Page', 'Discussion', 'Read', 'Edit',
    'View history', "From CiderWiki, the cider makers' wiki", ...wInfo.flat(), '[ edit ]',
    'Categories:', 'Cider making techniques', 'Sweet cider',
    'French cider', 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About CiderWiki',
    'Disclaimers',
  ],
};

export const HELDOUT623_F: readonly TestPage[] = [finish(discourse), finish(mediawiki)];
