import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j } from './pages-heldout459-kit.js';

/**
 * Held-out batch 459, file e: a maker forum thread on Discourse as saved from its server-rendered (crawler) view, with a
 * solution post and related topics, and an older resin printing forum thread on phpBB (prosilver) with profiles, a quote and
 * signatures.
 */
const dTitle = 'Bed mesh looks fine but first layer is still thin on the left';
const dPosts: [string, string, string[]][] = [
  [
    'corvid_makes',
    'March 3, 2026, 8:14pm',
    [
      j(
        'I have a 235 mm bed on a Voron-style machine running Klipper. The bed mesh shows less than 0.08 mm of range, but the',
        'first layer on the left third of the bed is always see-through while the right side is perfect.',
      ),
      'I have re-run Z offset, cleaned the PEI and swapped the nozzle. Anything else I should look at?',
    ],
  ],
  [
    'Hanne_R',
    'March 3, 2026, 9:02pm',
    [
      j(
        'Is the mesh actually being applied? If your start G-code homes after loading the mesh, some configs clear it. Check that',
        'BED_MESH_PROFILE LOAD comes after the last G28.',
      ),
    ],
  ],
  ['corvid_makes', 'March 3, 2026, 9:40pm', ['It is loaded last. I also tried a fresh adaptive mesh right before the print, same result.']],
  [
    'pellworth',
    'March 4, 2026, 7:55am',
    [
      j(
        'Sounds like your X gantry is twisted, not the bed. The probe sits to the right of the nozzle, so on a twisted gantry it',
        'measures one height and the nozzle prints at another. Check the axis twist compensation in Klipper, or measure the',
        'nozzle height with a feeler gauge at both ends of the gantry.',
      ),
      'A 0.1 mm twist is enough to give exactly what you describe.',
    ],
  ],
  [
    'corvid_makes',
    'March 4, 2026, 6:31pm',
    [
      j(
        'That was it. The left gantry block was 0.12 mm lower. I loosened the frame bolts, re-squared the gantry against the front',
        'idlers and ran AXIS_TWIST_COMPENSATION_CALIBRATE. First layer is even across the whole bed now. Thank you!',
      ),
    ],
  ],
];
const dRel = ['First layer too squished after mesh update', 'Klipper adaptive mesh skips the front edge', 'Gantry racking on a 300 mm build'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Troubleshooting - Anvil Makers Forum</title>
<meta name="description" content="${dPosts[0]?.[2][0]}"><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 4c1a2b3">
<link rel="canonical" href="https://forum.anvilmakers.org/t/bed-mesh-looks-fine-but-first-layer-is-still-thin-on-the-left/18244">
<meta property="og:site_name" content="Anvil Makers Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"corvid_makes"}}</script>
<link href="/stylesheets/desktop_2c3e4f.css" media="all" rel="stylesheet" data-target="desktop"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Anvil Makers Forum" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/bed-mesh/18244">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/c/help/5"
class="badge-wrapper bullet">
<span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Help</span></span></a></span>
<span itemprop="itemListElement"><a href="/c/help/troubleshooting/12" class="badge-wrapper bullet"><span class="category-name"
itemprop="name">Troubleshooting</span></a></span></div>
<div class="topic-tags"><a href="/tag/klipper" class="discourse-tag">klipper</a> <a href="/tag/bed-mesh" class="discourse-tag">bed-mesh</a>
<a href="/tag/first-layer" class="discourse-tag">first-layer</a></div></div>
${dPosts
  .map(
    ([u, d, ps_], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span
itemprop="name">${u}</span></a>
</span><link itemprop="mainEntityOfPage" href="/t/bed-mesh/18244"><span class="crawler-post-infos"><time itemprop="datePublished"
datetime="2026-03-0${i < 3 ? 3 : 4}" class="post-time">
${d}</time><meta itemprop="position" content="${i + 1}"><span itemprop="position">#${i + 1}</span></span></div>
<div class="post" itemprop="text">${ps(ps_)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${i}"><span
class="post-likes">${i === 3 ? '7 Likes' : ''}</span></div>
${i === 3 ? '<div class="accepted-answer"><span class="accepted-text">Solution</span></div>' : ''}</div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${dRel.map((t, i) => `<tr><td><a href="/t/${i}">${t}</a></td><td>${4 + i}</td><td>${210 + i * 37}</td><td>Feb ${10 + i}</td></tr>`).join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li>
<li><span itemprop="name"><a href="/guidelines" itemprop="url">Guidelines </a></span></li><li><span itemprop="name"><a href="/tos"
itemprop="url">Terms of Service </a></span></li>
<li><span itemprop="name"><a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<footer class="container wrap"><div class="noscript-footer-nav"><p>Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout459-discourse-first-layer',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p[2]),
  bylines: [...new Set(dPosts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Help', 'Troubleshooting', 'klipper', 'bed-mesh', 'first-layer', '#1', '#2', '#3', '#4', '#5', '7 Likes', 'Solution', 'Related topics', ...dRel,
    '4', '5', '6', '210', '247', '284', 'Feb 10', 'Feb 11', 'Feb 12', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const bTitle = 'Prints stick to the FEP instead of the plate - only in winter?';
const bPosts = [
  {
    user: 'lumenhex',
    date: 'Sat Jan 10, 2026 6:48 pm',
    subject: bTitle,
    prof: ['Posts: 38', 'Joined: Mon Sep 08, 2025 2:11 pm'],
    sig: 'Mono 4K, Wash and Cure 2.0, too many grey resin bottles',
    body: [
      j(
        'Since December about half my prints fail by staying stuck to the FEP. Same resin, same settings that worked all autumn.',
        'My workshop is in the garage and it is around 12 °C in there at the moment.',
      ),
      'Bottom exposure is 35 s, normal exposure 2.2 s, lift speed 60 mm/min. Plate is sanded and levelled.',
    ],
  },
  {
    user: 'Ostrander',
    date: 'Sat Jan 10, 2026 8:03 pm',
    subject: `Re: ${bTitle}`,
    prof: ['Posts: 2117', 'Joined: Thu Feb 14, 2019 9:30 am', 'Location: Tromsø'],
    sig: '',
    quote: 'it is around 12 °C in there at the moment.',
    body: [
      j(
        'There is your answer. Most standard resins want 20 to 30 °C. Below that they get thick, cure less per second and the',
        'first layers do not bond to the plate as well as they bond to the FEP.',
      ),
      j(
        'Put the printer in a cheap grow tent with a small heater or a reptile heat mat under the vat, and warm the bottle in a',
        'bowl of warm water before you pour. I run mine at 25 °C all winter and have not had a failure since.',
      ),
    ],
  },
  {
    user: 'lumenhex',
    date: 'Sun Jan 18, 2026 11:20 am',
    subject: `Re: ${bTitle}`,
    prof: ['Posts: 38', 'Joined: Mon Sep 08, 2025 2:11 pm'],
    sig: 'Mono 4K, Wash and Cure 2.0, too many grey resin bottles',
    body: ['Built a tent from a wardrobe cover and a 150 W heater on a thermostat. Six prints, zero failures. Thanks!'],
  },
];
const bNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const bCrumbs = ['Board index', 'Resin printing', 'Troubleshooting'];
const bPost = (p: (typeof bPosts)[number], i: number): string => `<div id="p${9120 + i}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner">
<dl class="postprofile" id="profile${9120 + i}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${i}"
class="username">${p.user}</a></dt>
${p.prof.map((x) => `<dd class="profile-posts"><strong>${x.split(': ')[0]}:</strong> ${x.split(': ')[1]}</dd>`).join('')}</dl>
<div class="postbody"><div id="post_content${9120 + i}"><h3 ${i === 0 ? 'class="first"' : ''}><a href="#p${9120 + i}">${p.subject}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote" class="button button-icon-only" title="Quote"><span>Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#"><span class="imageset icon_post_target" title="Post"></span></a><span class="responsive-hide">by <strong>
<a href="#" class="username">${p.user}</a></strong> » </span><time datetime="2026-01-10T18:48:00+00:00">${p.date}</time></p>
<div class="content">${
  'quote' in p ? `<blockquote><div><cite>lumenhex wrote: <a href="#">↑</a></cite>${p.quote}</div></blockquote>` : ''
}${p.body.join('<br><br>')}</div>
${p.sig ? `<div id="sig${9120 + i}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top" class="top"
title="Top">Top</a></div></div></div>
<hr class="divider">`;
const bHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${bTitle} - ResinBench Forum</title><link href="./styles/prosilver/theme/stylesheet.css?assets_version=112" rel="stylesheet">
<link rel="canonical" href="https://forum.resinbench.net/viewtopic.php?t=4410"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php"></a>
<h1>ResinBench Forum</h1><p>Help and show-off for SLA, DLP and LCD printing</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get"><fieldset><input name="keywords" type="search"
placeholder="Search…">
<button class="button button-search" type="submit" title="Search"><span class="sr-only">Search</span></button></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(bNav, 'rightside')}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">${links(bCrumbs, 'breadcrumbs')}</ul></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a
href="./viewtopic.php?t=4410">${bTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply" class="button"><span>Post Reply</span></a><div
class="pagination">3 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${bPosts.map(bPost).join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply" class="button"><span>Post Reply</span></a></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 4 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a
href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</span></p>
<p class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> |
<a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p></div></div></div>
<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=112"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout459-phpbb-resin-fep',
  kind: 'forum',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bPosts.flatMap((p) => ['quote' in p ? [p.quote ?? ''] : [], p.body].flat())),
  bylines: [...new Set(bPosts.flatMap((p) => [`by ${p.user} »`, p.user, p.date])), 'lumenhex wrote:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ResinBench Forum', 'Help and show-off for SLA, DLP and LCD printing', 'Skip to content', 'Search', ...bNav, ...bCrumbs, 'Post Reply',
    '3 posts • Page 1 of 1', ...new Set(bPosts.flatMap((p) => p.prof)), `Re: ${bTitle}`, 'Quote', 'Top', ...new Set(bPosts.map((p) => p.sig).filter(Boolean)),
    'Who is online', 'Users browsing this forum: No registered users and 4 guests', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};

export const HELDOUT459_E: readonly TestPage[] = [discourse, phpbb].map(clean);
