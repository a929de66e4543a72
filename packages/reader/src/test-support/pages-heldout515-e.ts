import { links, ps, type TestPage } from './page-kit.js';
import { gold, j } from './pages-heldout515-kit.js';

/**
 * Held-out batch 515, file e: a thread on a cleaning trade forum run on Discourse (crawler view), and an article on a
 * pest identification wiki on MediaWiki (Vector 2022 skin) with an infobox, a table of contents and edit links.
 */
const dTitle = 'Pricing end of tenancy cleans by the room or by the hour?';
const dPosts: [string, string, string[]][] = [
  [
    'brightside_lena',
    'Feb 11, 2024',
    [
      j(
        'I have been quoting end of tenancy work by the hour for three years and I keep getting burned on flats where the oven',
        'and the limescale take twice as long as I planned. Thinking of moving to a fixed price per bedroom.',
      ),
      'For those who already do it: how do you handle the really bad ones without scaring off the normal customers?',
    ],
  ],
  [
    'mopmatters',
    'Feb 11, 2024',
    [
      j(
        'Fixed per bedroom here, with the oven and carpets priced as add-ons. I always ask for photos of the kitchen and bathroom',
        'before I confirm. If the photos show heavy grease or mould, I add a "heavy soiling" line of 25% and explain why.',
      ),
      'Customers actually prefer it. They know the number before we start and letting agents like a fixed invoice.',
    ],
  ],
  [
    'DerekCleans',
    'Feb 12, 2024',
    [
      j(
        'Same as above, but I would add: put the re-clean promise in writing with a time limit. Mine is 72 hours after the',
        'inventory check. Without the limit you end up going back a fortnight later because a new tenant has complained.',
      ),
    ],
  ],
  ['brightside_lena', 'Feb 13, 2024', ['Thanks both. Going to try per bedroom with the photo step from March and will report back on how it goes.']],
];
const dNav = ['Latest', 'Categories', 'Top'];
const post = ([user, date, paras]: [string, string, string[]], n: number): string => `<div id="post_${n + 1}" itemprop="${n === 0 ? 'mainEntity' : 'comment'}"
 itemscope itemtype="http://schema.org/${n === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.cleanpros.example/u/${user}"><span itemprop="name">${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.cleanpros.example/t/pricing-end-of-tenancy-cleans/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-02-1${n}T09:14:00Z" class="post-time">${date}</time>
<meta itemprop="position" content="${n + 1}"></span></div>
<div class="post" itemprop="text">${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${3 - (n % 3)}" /><span class='post-likes'>${3 - (n % 3)} Like${n % 3 === 2 ? '' : 's'}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Running the Business - CleanPros Forum</title>
<meta name="description" content="I have been quoting end of tenancy work by the hour for three years and I keep getting burned on flats">
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 3.2.0">
<link rel="icon" type="image/png" href="https://forum.cleanpros.example/uploads/default/optimized/1X/favicon_32x32.png">
<link rel="canonical" href="https://forum.cleanpros.example/t/pricing-end-of-tenancy-cleans/4821" />
<link href="/stylesheets/color_definitions_light_3_2_abc123.css?__ws=forum.cleanpros.example" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_f1e2d3.css?__ws=forum.cleanpros.example" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="CleanPros Forum" /><meta property="og:type" content="website" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.cleanpros.example","name":"CleanPros Forum"}</script>
</head><body class="crawler "><header><a href="/">
<img src="https://forum.cleanpros.example/uploads/default/original/1X/logo.png" alt="CleanPros Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/pricing-end-of-tenancy-cleans/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/running-the-business/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Running the Business</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='/tag/pricing' class='discourse-tag' rel="tag">pricing</a>, <a href='/tag/end-of-tenancy' class='discourse-tag' rel="tag">end-of-tenancy</a></div>
</div></div>
${dPosts.map(post).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead>
<tbody>
<tr><td><a href='/t/minimum-charge-for-small-flats/3307' class='title raw-link raw-topic-link'>Minimum charge for small flats</a></td><td></td><td>12</td>
<td>640</td><td>Nov 2023</td></tr>
<tr><td><a href='/t/carpet-cleaning-add-on-prices/4410' class='title raw-link raw-topic-link'>Carpet cleaning add-on prices</a></td><td></td><td>8</td>
<td>415</td><td>Jan 2024</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dNav
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase()}' itemprop="url">${t}</a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
<footer class="noscript-footer-nav"><nav><a href="/about">About</a><a href="/faq">FAQ</a><a href="/privacy">Privacy Policy</a></nav></footer></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout515-discourse-cleaning-pricing-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , p]) => p),
  bylines: [...dPosts.flatMap(([u, d]) => [u, d]), 'Nov 2023', 'Jan 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Running the Business', 'pricing', 'end-of-tenancy', '3 Likes', '2 Likes', '1 Like', 'Related topics', 'Minimum charge for small flats', '12', '640',
    'Carpet cleaning add-on prices', '8', '415', ...dNav, 'Powered by Discourse, best viewed with JavaScript enabled', 'About',
    'FAQ', 'Privacy Policy',
  ],
});

const mTitle = 'Varied carpet beetle';
const mBody = [
  j(
    'The <b>varied carpet beetle</b> (<i>Anthrenus verbasci</i>) is a small beetle whose larvae, known as "woolly bears", feed on',
    'wool, fur, feathers and dead insects. It is one of the most common textile pests in houses in temperate regions.',
  ),
  'Identification',
  j(
    'Adults are 2 to 3.5 mm long and rounded, with a mottled pattern of white, brown and yellow scales that rub off with age. Larvae',
    'are up to 5 mm long, banded brown, and covered in stiff hairs that they raise when disturbed.',
  ),
  'Life cycle',
  j(
    'Adults emerge in spring and fly to flowers, where they feed on pollen and mate. Females then return indoors to lay about',
    '40 eggs in bird nests, lofts and the edges of carpets. Larvae feed for up to two years, depending on temperature, before',
    'pupating inside their last larval skin.',
  ),
  'Signs of infestation',
  j(
    'Irregular holes in woollen clothing and carpets, especially under furniture; shed larval skins; and adults on window sills',
    'in late spring. Unlike clothes moths, carpet beetle larvae leave no silk webbing.',
  ),
  'Control',
  j(
    'Thorough vacuuming of carpet edges, air vents and under furniture removes most larvae and eggs. Infested garments can be',
    'washed at 60°C or frozen at −18°C for two weeks. Old bird nests in the loft or eaves should be removed, as they are a',
    'common source. Residual insecticide treatments are used by pest controllers for heavy infestations.',
  ),
];
const mInfo = [
  ['Kingdom', 'Animalia'],
  ['Order', 'Coleoptera'],
  ['Family', 'Dermestidae'],
  ['Size', '2–3.5 mm (adult)'],
  ['Pest status', 'Textiles, museum specimens'],
];
const mToc = ['(Top)', '1 Identification', '2 Life cycle', '3 Signs of infestation', '4 Control', '5 See also'];
const mSee = ['Black carpet beetle', 'Common clothes moth', 'Museum beetle'];
const mHead = (id: string, t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Varied_carpet_beetle&amp;action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - PestWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";
var cookie=document.cookie.match(/(?:^|; )pestwikimwclientpreferences=([^;]+)/);}());
RLCONF={"wgPageName":"Varied_carpet_beetle","wgTitle":"Varied carpet beetle","wgCurRevisionId":48213,"wgArticleId":1177,"wgIsArticle":true,"wgAction":"view"};
</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://pestwiki.example/wiki/Varied_carpet_beetle"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Varied_carpet_beetle 
rootpage-Varied_carpet_beetle skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page"><span>Main page</span></a></li><li id="n-recentchanges" class="mw-list-item">
<a href="/wiki/Special:RecentChanges"><span>Recent changes</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random"><span>Random page</span></a></li></ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">PestWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search PestWiki" aria-label="Search PestWiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/index.php?title=Special:CreateAccount"><span>Create account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header-label">Contents</div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div class="vector-toc-text">${t}</div></a>
</li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Varied_carpet_beetle"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Varied_carpet_beetle"><span>Discussion</span></a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="/wiki/Varied_carpet_beetle"><span>Read</span></a></li>
<li id="ca-edit" class="mw-list-item"><a href="/index.php?action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?action=history"><span>View history</span></a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From PestWiki, the pest identification encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox biota"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File">
<img src="/images/thumb/a/a3/Anthrenus_verbasci.jpg/220px-Anthrenus_verbasci.jpg" width="220" alt=""></span>
<div class="infobox-caption">Adult on a window sill</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mBody[0]}</p>
<meta property="mw:PageProp/toc">
${mHead('Identification', mBody[1] ?? '')}<p>${mBody[2]}</p>${mHead('Life_cycle', mBody[3] ?? '')}<p>${mBody[4]}</p>
${mHead('Signs_of_infestation', mBody[5] ?? '')}<p>${mBody[6]}</p>${mHead('Control', mBody[7] ?? '')}<p>${mBody[8]}</p>
${mHead('See_also', 'See also')}<ul>${links(mSee)}</ul>
<div class="navbox" role="navigation" aria-labelledby="Textile_pests"><table class="nowraplinks navbox-inner"><tbody><tr>
<th scope="col" class="navbox-title" colspan="2">
<div id="Textile_pests">Textile pests</div></th></tr><tr><td class="navbox-list">
<a href="/wiki/Common_clothes_moth">Common clothes moth</a> · <a href="/wiki/Case-bearing_clothes_moth">Case-bearing clothes moth</a> ·
<a href="/wiki/Black_carpet_beetle">Black carpet beetle</a> · <a href="/wiki/Silverfish">Silverfish</a></td></tr></tbody></table></div>
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
 href="https://pestwiki.example/index.php?title=Varied_carpet_beetle&amp;oldid=48213">https://pestwiki.example/index.php?title=Varied_carpet_beetle&amp;
oldid=48213</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Beetles">Beetles</a></li><li><a href="/wiki/Category:Textile_pests">Textile pests</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 March 2024, at 14:02.</li>
<li id="footer-info-copyright">Content is available under <a
 href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/PestWiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about">
<a href="/wiki/PestWiki:About">About PestWiki</a></li>
<li id="footer-places-disclaimers"><a href="/wiki/PestWiki:General_disclaimer">Disclaimers</a></li></ul>
<ul id="footer-poweredbyico"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>
</footer></div></div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = gold({
  name: 'heldout515-mediawiki-carpet-beetle',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [mBody[1] ?? '', mBody[3] ?? '', mBody[5] ?? '', mBody[7] ?? ''],
  body: [...mBody.filter((_, i) => ![1, 3, 5, 7].includes(i)).map((t) => t.replace(/<[^>]+>/g, ''))],
  bylines: ['This page was last edited on 9 March 2024, at 14:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'PestWiki', 'Search', 'Create account', 'Log in',
    'Contents', ...mToc, 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From PestWiki, the pest identification encyclopedia',
    'Adult on a window sill', ...mInfo.flat(), 'edit', 'See also', ...mSee, 'Textile pests', 'Case-bearing clothes moth', 'Silverfish',
    'Categories:', 'Beetles',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About PestWiki', 'Disclaimers',
  ],
});

export const HELDOUT515_E: readonly TestPage[] = [discourse, mediawiki];
