import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout596-kit.js';

/**
 * Held-out batch 596, file b: an archery club's competition results article on Joomla 4 (Cassiopeia), and a beginners'
 * equipment thread on a Discourse archery forum (the crawler view).
 */
const jTitle = 'Results: Deverell Cup Indoor Portsmouth 2026';
const jIntro = [
  j(
    'Seventy-four archers from eleven clubs came to Harlow Green sports hall on Sunday 8 March for the twelfth Deverell Cup, our',
    'open Portsmouth shoot. Scoring was fast thanks to the new electronic score sheets, and we finished the prize-giving before',
    '4pm for the first time in years.',
  ),
  j(
    'Congratulations to all the medal winners, and especially to Priya Okafor of Stourbridge Archers, who shot a new county',
    'record of 591 in the compound women category.',
  ),
];
const jHd = ['Recurve', 'Compound', 'Barebow and longbow', 'Thanks'] as const;
const jHead = ['Place', 'Archer', 'Club', 'Score', 'Golds'];
const jRecurve = [
  ['1', 'Tom Ferriday', 'Harlow Green Bowmen', '572', '31'],
  ['2', 'Aisha Raine', 'Stourbridge Archers', '566', '27'],
  ['3', 'Callum Wedge', 'Kinver Vale Archery Club', '559', '22'],
  ['4', 'Nadia Holm', 'Harlow Green Bowmen', '551', '19'],
];
const jCompound = [
  ['1', 'Priya Okafor', 'Stourbridge Archers', '591', '52'],
  ['2', 'Gareth Lind', 'Amblecote Toxophilites', '588', '47'],
  ['3', 'Rhys Penhallow', 'Harlow Green Bowmen', '583', '41'],
];
const jBare = [
  ['1', 'Morag Tillet', 'Kinver Vale Archery Club', '518', '9'],
  ['2', 'Dev Sandhu', 'Harlow Green Bowmen', '497', '6'],
  ['3', 'Elsie Brook', 'Amblecote Toxophilites', '463', '4'],
];
const jBareNote = 'Only three longbow archers entered, so longbows shot with the barebow category this year.';
const jThanks = [
  j(
    'Thank you to our judges, Frank Ormsby and Linda Tse, to the field party who set up eighteen bosses in under an hour, and to',
    'the junior members who ran the tea urn all day and raised £212 for the club’s new target stands.',
  ),
  'Full results, including team scores, will be sent to the county records officer this week.',
];
const jNav = ['Home', 'Club News', 'Results', 'Beginners Courses', 'Coaching', 'Records', 'Contact Us'];
const jSideLatest = ['Club Championship entries open', 'Outdoor season starts 5 April', 'New boss stands arrive'];
const jTable = (rows: readonly (readonly string[])[]): string =>
  `<table class="table table-striped"><thead><tr>${jHead.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${trs(rows)}</tbody></table>`;
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Helen Marsh">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>Results: Deverell Cup Indoor Portsmouth 2026 - Harlow Green Bowmen</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<style>:root{--hue:214;--template-bg-light:#f0f4fb;--template-text-dark:#495057}</style>
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":""}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<img loading="eager" decoding="async" src="/images/hgb-logo.png" alt="Harlow Green Bowmen" width="220" height="80"></a>
<div class="site-description">Target and field archery in Harlow Green since 1962</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1"
aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(jNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword"
class="js-finder-search-query form-control" placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">
<span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/results" class="pathway"><span>Results</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>${jTitle}</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Helen Marsh</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/results" itemprop="genre">Results</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-10T18:42:11+00:00" itemprop="datePublished">
Published: 10 March 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:318">Hits: 318</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jIntro)}
<h2>${jHd[0]}</h2>${jTable(jRecurve)}
<h2>${jHd[1]}</h2>${jTable(jCompound)}
<h2>${jHd[2]}</h2>${jTable(jBare)}${ps([jBareNote])}
<h2>${jHd[3]}</h2>${ps(jThanks)}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/results/club-championship-entries" rel="prev"><span class="visually-hidden">
Previous article: Club Championship entries open</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/results/winter-league-round-4" rel="next"><span class="visually-hidden">Next article: Winter League
round 4</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Latest News</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(jSideLatest)}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Club Nights</h3><div class="card-body"><div id="mod-custom121" class="mod-custom custom">
<p>Tuesdays 7pm to 9.30pm, Harlow Green sports hall (October to March)</p></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">
<p>Harlow Green Bowmen is affiliated to Archery GB. Club registered charity no. 1098442.</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const joomla: TestPage = {
  name: 'heldout596-joomla-results',
  kind: 'news',
  html: jHtml,
  title: jTitle,
  headings: [...jHd],
  body: texts([...jIntro, ...rowTexts(jRecurve), ...rowTexts(jCompound), ...rowTexts(jBare), jBareNote, ...jThanks]),
  bylines: ['Written by: Helen Marsh', 'Published: 10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Target and field archery in Harlow Green since 1962', 'Home', 'Club News', 'Beginners Courses', 'Coaching', 'Contact Us',
    'You are here:', 'Details', 'Category: Results', 'Hits: 318', 'Prev', 'Next', 'Latest News', ...jSideLatest, 'Club Nights',
    'Tuesdays 7pm to 9.30pm, Harlow Green sports hall (October to March)',
    'Harlow Green Bowmen is affiliated to Archery GB. Club registered charity no. 1098442.',
  ],
};

const dTitle = 'First recurve: what draw weight should I start with?';
const dUsers = ['owl_and_arrow', 'Brennan_K', 'marshfield_coach', 'owl_and_arrow', 'LizzieT'];
const dTimes = [
  'February 11, 2026, 8:14pm',
  'February 11, 2026, 9:02pm',
  'February 12, 2026, 7:40am',
  'February 12, 2026, 6:55pm',
  'February 13, 2026, 1:21pm',
];
const dLikes = ['', '2 Likes', '9 Likes', '1 Like', '3 Likes'];
const dPosts: string[][] = [
  [
    j(
      'I finished my club’s beginners’ course last month and I’m ready to buy my own kit. The club bows we used were 24lb on a 68"',
      'riser and I was fine with them by the end, but a couple of people on the course said I should go straight to 30lb so I don’t',
      'outgrow the limbs in six months.',
    ),
    'I’m 5’10”, draw length measured at 28". Budget about £300 for bow, arrows and a stand. Any advice welcome.',
  ],
  [
    j(
      'Don’t go to 30lb. Everyone I know who jumped up too quickly ended up with a sore shoulder and a collapsing shot. Limbs are the',
      'cheap part, and most clubs have a swap box or a second-hand board.',
    ),
  ],
  [
    j(
      'As a coach I’d say the same. Remember the weight written on the limbs is measured at 28" on a 68" bow, so at your draw',
      'you’ll be holding roughly what it says. Start at 22 to 26lb and aim to shoot 100 arrows a session comfortably before you',
      'go up, usually by 2 to 4lb at a time.',
    ),
    'Things I would spend the money on first, in this order:',
    'a decent ILF riser you can keep for years',
    'arrows spined properly for your draw weight (ask your club’s equipment officer)',
    'a good finger tab, because a cheap one will ruin your release',
    'Sight, stabilisers and a clicker can all wait until you are grouping well at 30 metres.',
  ],
  ['Thanks both, that’s really helpful. I’ll go with 26lb limbs and ask at the club about the swap box.'],
  [j('Late to this, but one more tip: buy a stringer and learn to use it before you need it. Stringing a recurve by stepping through', 'it twists limbs.')],
];
const dPostHtml = (i: number): string => {
  const paras = dPosts[i] ?? [];
  const inner = i === 2 ? `${ps(paras.slice(0, 2))}<ul>${lis(paras.slice(2, 5))}</ul>${ps(paras.slice(5))}` : ps(paras);
  const likes =
    dLikes[i] === ''
      ? ''
      : `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${(dLikes[i] ?? '').split(' ')[0]}">
<span class="post-likes">${dLikes[i]}</span></div>`;
  return `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" '}itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.bowyersbench.org/u/${dUsers[i]}"><span itemprop="name">${dUsers[i]}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-02-1${1 + Math.floor(i / 2)}T20:14:00Z" class="post-time">${dTimes[i]}</time>
<span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">${inner}</div>${likes}</div>`;
};
const dRelated = [
  ['Spine charts for beginners: where to start?', 'Equipment', '14', '612', 'Jan 2026'],
  ['Second-hand limbs: what to check', 'Equipment', '17', '1.1k', 'Dec 2025'],
  ['Shoulder pain after moving up in poundage', 'Coaching', '8', '390', 'Feb 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Beginners - Bowyer’s Bench</title><meta name="description" content="I finished my club’s beginners’ course last month">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.bowyersbench.org/t/first-recurve-what-draw-weight-should-i-start-with/8812">
<meta property="og:site_name" content="Bowyer’s Bench"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="article:published_time" content="2026-02-11T20:14:00+00:00"><meta property="og:ignore_canonical" content="true">
<link href="/stylesheets/desktop_9f2f0d.css?__ws=forum.bowyersbench.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.bowyersbench.org","name":"Bowyer’s Bench"}</script>
<script defer src="/assets/discourse-6a1e.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-content">
<a href="/"><img src="/uploads/default/original/1X/bb-logo.png" alt="Bowyer’s Bench" id="site-logo" style="max-width: 150px;"></a></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/first-recurve-what-draw-weight-should-i-start-with/8812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/beginners/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #25AAE2"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Beginners</span></span></a><meta itemprop="position" content="1"></span>
</div>
<div class="list-tags"><a href="/tag/recurve" class="discourse-tag" rel="tag">recurve</a>, <a href="/tag/draw-weight" class="discourse-tag"
rel="tag">draw-weight</a></div>
</div>
${dPosts.map((_, i) => dPostHtml(i)).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="/t/${(r[0] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="title raw-link raw-topic-link">${r[0]}</a>
</span><div class="link-bottom-line"><a href="/c/x" class="badge-wrapper bullet"><span class="badge-category clear-badge">
<span class="category-name">${r[1]}</span>
</span></a></div></td><td class="replies"><span class="posts" title="posts">${r[2]}</span></td><td class="views">
<span class="views" title="views">${r[3]}</span></td>
<td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dFoot)}</ul></nav></footer>
<div class="buttons"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout596-discourse-draw-weight',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flat()),
  bylines: [...new Set(dUsers), ...dTimes],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '1', '3', '4', ...dLikes.filter((t) => t !== ''), 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...new Set(dRelated.flat()), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT596_B: readonly TestPage[] = [joomla, discourse];
