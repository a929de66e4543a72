import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout635-kit.js';

/**
 * Held-out batch 635, file d: a glass guild's wiki article on lead came on MediaWiki (Vector 2022: page tools, sidebar table
 * of contents, infobox, edit-section links, references, categories), and a stained glass forum thread on Discourse in its
 * server-rendered (crawler) view with four posts.
 */
const mTitle = 'Lead came';
const mLead = [
  j(
    '<b>Lead came</b> is the grooved strip of lead used to hold the pieces of glass in a leaded light or stained glass window. In',
    'cross-section it is shaped like the letter H: the glass sits in the two channels, and the central <i>heart</i> separates',
    'neighbouring pieces.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'Came is sold in lengths of about 1.8 metres and is described by the width of its <i>leaf</i> (the flat face seen on the window)',
    'and the height of its heart. Common widths run from 3 mm for fine painted work to 12 mm for borders and large quarries.',
  ),
];
const mH1 = 'History';
const mHist = [
  j(
    'Early came was cast in moulds and then planed by hand, leaving a broad, slightly uneven leaf. From the sixteenth century',
    'workshops began drawing cast strips through a lead mill or <i>vice</i>, which gave a thinner, more regular profile and left',
    'characteristic ridges (known as <i>milling marks</i>) on the inside of the heart.<sup id="cite_ref-2" class="reference">',
    '<a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'Extruded came, pressed from billets by machine, became standard in the twentieth century. It is more uniform but softer than',
    'milled came, and conservators often note the type of came found in a window as a clue to its date and to later repairs.',
  ),
];
const mH2 = 'Profiles';
const mProf = [
  '<b>Flat came</b>, with a flat leaf, the most common profile for domestic work.',
  '<b>Round came</b>, with a domed leaf, used where a softer line is wanted.',
  '<b>U-came</b>, with a single channel, used around the outside edge of a panel.',
  '<b>Heavy-heart came</b>, with a thicker heart, for large panels and exposed windows.',
];
const mH3 = 'Working with came';
const mWork = [
  j(
    'Before use, came is stretched to straighten it and to stiffen the lead slightly; a length is clamped in a vice and pulled by',
    'about two percent of its length. It is cut with a lead knife or lead nippers and fitted round each piece of glass on the',
    'bench, held in place with horseshoe nails until the panel is complete.',
  ),
  j(
    'The joints are soldered on both sides with a tin-lead solder, usually 60/40, and the panel is then cemented: a putty-like',
    'mixture is brushed under the leaves to seal the glass and stiffen the panel, and whiting is used to clean off the excess.',
  ),
];
const mH4 = 'Failure and repair';
const mFail = [
  j(
    'Came slowly fatigues. Thermal movement and wind load flex the panel, and over a century or more the joints crack and the',
    'leaves lift from the glass. A panel with failed lead bows outward, and glass may crack or fall out.<sup id="cite_ref-3"',
    'class="reference"><a href="#cite_note-3">[3]</a></sup> Small failures are repaired in place; a panel with widespread',
    'failure is usually removed and releaded, the old came being kept as a record where it is of historic interest.',
  ),
];
const mH5 = 'References';
const mRefs = [
  "Margery Thorne, <i>The Glazier's Bench</i> (Ardley: Guild Press, 1998), p. 14.",
  'Eamon Lusk, "Milled and drawn came in English windows", <i>Journal of the Glass Guild</i> 41 (2011), pp. 55–71.',
  'Guild of Glass Conservators, <i>Condition Survey Handbook</i>, 3rd edn (2019), section 4.',
];
const mRefHtml = mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n');
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About GlassGuild Wiki', 'Disclaimers'];
const mHeads = [mH1, mH2, mH3, mH4, mH5];
const hd = (h: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Lead_came&amp;action=edit" title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span>
</span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - GlassGuild Wiki</title>
<script>(function(){var className="client-js vector-feature-toc-pinned-clientpref-1";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Lead_came","wgTitle":"Lead came","wgCurRevisionId":4182,"wgArticleId":311,"wgIsArticle":true,"wgAction":"view"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.glassguild.org/wiki/Lead_came"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Lead_came rootpage-Lead_came skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">GlassGuild Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search"
name="search" placeholder="Search GlassGuild Wiki" aria-label="Search GlassGuild Wiki"><button class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<div class="vector-pinnable-header-label">Contents</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1">
<a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mHeads
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul class="vector-menu-content-list">
${links(mTabs.slice(0, 2), 'mw-list-item')}</ul></nav><nav aria-label="Views"><ul class="vector-menu-content-list">${links(mTabs.slice(2), 'mw-list-item')}
</ul></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div class="vector-dropdown-label">
<span class="vector-dropdown-label-text">Tools</span>
</div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From GlassGuild Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Lead came</th></tr>
<tr><th scope="row" class="infobox-label">Material</th><td class="infobox-data">Lead, sometimes with antimony</td></tr>
<tr><th scope="row" class="infobox-label">Typical widths</th><td class="infobox-data">3–12 mm</td></tr>
<tr><th scope="row" class="infobox-label">Used in</th><td class="infobox-data">Leaded lights, stained glass</td></tr></tbody></table>
${ps(mLead)}<meta property="mw:PageProp/toc">
${hd(mH1)}${ps(mHist)}${hd(mH2)}<ul>${lis(mProf)}</ul>${hd(mH3)}${ps(mWork)}${hd(mH4)}${ps(mFail)}
${hd(mH5)}<div class="mw-references-wrap"><ol class="references">${mRefHtml}</ol></div>
<!-- NewPP limit report Cached time: 20250203141233 CPU time usage: 0.061 seconds --></div>
<noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.glassguild.org/index.php?title=Lead_came&amp;oldid=4182">
https://wiki.glassguild.org/index.php?title=Lead_came&amp;oldid=4182</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Materials">Materials</a></li><li><a href="/wiki/Category:Glazing_techniques">Glazing techniques</a></li></ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February
2025, at 14:12.</li><li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout635-mediawiki-lead-came',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, ...mHist, ...mProf, ...mWork, ...mFail, ...mRefs]),
  bylines: ['This page was last edited on 3 February 2025, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mSide, 'GlassGuild Wiki', 'Search', 'Log in', 'Contents', 'hide', '(Top)', ...mTabs, 'Tools',
    'From GlassGuild Wiki', 'Material', 'Lead, sometimes with antimony', 'Typical widths', '3–12 mm', 'Used in', 'Leaded lights, stained glass',
    'Retrieved from "https://wiki.glassguild.org/index.php?title=Lead_came&oldid=4182"', 'Categories', 'Materials', 'Glazing techniques',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const fTitle = 'Solder joints going dull and grey after a week?';
const fPosts: { user: string; date: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'copperfoil_kit',
    date: 'March 3, 2025, 4:12pm',
    iso: '2025-03-03T16:12:40Z',
    likes: '',
    paras: [
      j(
        'I finished my first proper leaded panel last weekend (about 40 x 60 cm, 6 mm flat came) and the joints looked great, nice and',
        'bright. A week later they have all gone a dull, slightly grey colour and a couple have a white bloom around them.',
      ),
      'Is this normal oxidation or did I do something wrong with the flux? I used a tallow candle on the joints and 60/40 solder.',
    ],
  },
  {
    user: 'Hetty_Brannagh',
    date: 'March 3, 2025, 6:40pm',
    iso: '2025-03-03T18:40:02Z',
    likes: '4 Likes',
    paras: [
      j(
        'Totally normal for the grey. Fresh solder is bright and it oxidises within days; on a leaded panel that is exactly what you',
        'want, because it ends up matching the came. Nobody wants shiny blobs on a church window.',
      ),
      j(
        'The white bloom is more likely to be leftover cementing whiting or tallow residue that has picked up dust. Give the joints a',
        'rub with a stiff brush and some fresh whiting and see if it comes off.',
      ),
    ],
  },
  {
    user: 'copperfoil_kit',
    date: 'March 4, 2025, 9:05am',
    iso: '2025-03-04T09:05:51Z',
    likes: '',
    paras: ['Brushed it this morning and the bloom came off nearly everywhere. Thanks! So I should not be trying to polish the joints?'],
  },
  {
    user: 'leadlight_len',
    date: 'March 4, 2025, 11:27am',
    iso: '2025-03-04T11:27:18Z',
    likes: '2 Likes',
    paras: [
      j(
        'Not on leaded work, no. If you really want an even colour faster you can use a patina, but most of us just black the whole',
        'panel with grate polish after cementing and let time do the rest.',
      ),
      'Copper foil (Tiffany style) is different: there people do clean and patina the solder lines, because the solder is the whole line.',
    ],
  },
];
const fCrumbs = ['Techniques', 'Leaded glass'];
const fRel = ['Which cement recipe for outdoor panels?', 'Came stretcher recommendations', 'First panel: feedback welcome'];
const fPostHtml = fPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}"
itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.glasswarmers.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.glasswarmers.org/t/solder-joints-going-dull-and-grey/8814"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.date}</time><meta itemprop="position" content="${i + 1}">
${
  p.likes === ''
    ? ''
    : `<span itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<span class="post-likes">${p.likes}</span></span>`
}
</span></div><div class="post" itemprop="text">${ps(p.paras)}</div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Leaded glass - Glass Warmers Forum</title>
<meta name="description" content="I finished my first proper leaded panel last weekend and the joints looked great.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://forum.glasswarmers.org/t/solder-joints-going-dull-and-grey/8814"><meta name="theme-color" media="all" content="#ffffff">
<link href="/stylesheets/color_definitions_base__6_a1b2.css?__ws=forum.glasswarmers.org" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"copperfoil_kit"},"datePublished":"2025-03-03T16:12:40Z"}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><a href="/">
<img src="https://forum.glasswarmers.org/uploads/default/original/1X/logo.png" alt="Glass Warmers Forum" id="site-logo"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/solder-joints-going-dull-and-grey/8814">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/techniques/4" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">${fCrumbs[0]}</span></span></a>
<meta itemprop="position" content="1"></span>
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/techniques/leaded-glass/19" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">${fCrumbs[1]}</span></span></a>
<meta itemprop="position" content="2"></span></div>
<div class="topic-tags"><a href="/tag/solder" class="discourse-tag" rel="tag">solder</a>
<a href="/tag/beginner" class="discourse-tag" rel="tag">beginner</a></div></div>
${fPostHtml}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}">
<span class="link-top-line"><a itemprop="url" href="/t/x/${8700 + i}" class="title raw-link raw-topic-link">${t}</a></span></td><td></td>
<td class="replies"><span class="posts" title="posts">${i + 3}</span></td><td class="views"><span class="views" title="views">${120 + i * 40}</span></td>
<td>Feb 2025</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout635-discourse-solder-joints',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: ['copperfoil_kit', 'Hetty_Brannagh', 'leadlight_len', ...fPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fCrumbs, 'beginner', '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRel,
    'Feb 2025', 'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT635_D: readonly TestPage[] = [mediawiki, discourse];
