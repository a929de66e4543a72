import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout513-kit.js';

/**
 * Held-out batch 513, file d: a county music service's audition guide on Drupal 10 (Olivero, breadcrumb, sidebar block,
 * a table), and a Discourse topic (crawler view) where adult learners discuss preparing for a violin grade.
 */
const dTitle = 'County Youth Ensembles: audition guide';
const dIntro = [
  j(
    'Auditions for the Ravensholt County Youth Orchestra, Wind Band and Jazz Ensemble take place each June at Marlow Hall.',
    'This guide explains what happens on the day and what to prepare. Nobody is expected to play perfectly; the panel wants to',
    'hear how you play and how you respond to advice.',
  ),
];
const dPrep = [
  'Every candidate prepares:',
  'one piece of their own choice, no longer than four minutes',
  'two scales or arpeggios chosen by the panel from the list for their grade band',
  'a short sight-reading extract, given to them in the room with thirty seconds to look it over',
  'Percussionists play a short snare drum study and a timpani tuning exercise instead of scales.',
];
const dRows = [
  ['Grades 3 to 4', 'Training Orchestra or Junior Winds', '10 minutes'],
  ['Grades 5 to 6', 'Wind Band or Jazz Ensemble', '12 minutes'],
  ['Grade 7 and above', 'Youth Orchestra', '15 minutes'],
];
const dDay = [
  j(
    'Please arrive twenty minutes before your slot. A warm-up room is available and an accompanist can run through your piece',
    'with you once if you send the music in advance. Parents wait in the café and are not allowed in the audition room.',
  ),
  j('Results are sent by email within two weeks. Every candidate receives a short written comment from the panel, whatever the', 'result.'),
];
const dFees = [
  j(
    'Membership costs £95 a term. Students who receive free school meals, or whose families are on a low income, can apply for',
    'a full bursary; nobody is turned away because of cost.',
  ),
];
const dNav = ['Lessons in schools', 'Ensembles', 'Instrument hire', 'Exams', 'News', 'Contact'];
const dCrumbs = ['Home', 'Ensembles'];
const dSide = ['Audition dates 2027', 'Rehearsal calendar', 'Ensemble code of conduct', 'Bursary application form'];
const dFoot = ['Accessibility statement', 'Privacy', 'Cookies', 'Safeguarding'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head>
<meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<link rel="canonical" href="https://www.ravensholtmusic.org.uk/ensembles/auditions" /><title>${dTitle} | Ravensholt Music Service</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3uF0dA.css?delta=0&amp;language=en&amp;theme=olivero" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214"},"user":{"uid":0}}</script>
<noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?t0p1q2" /></noscript></head>
<body class="path-node page-node-type-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable"
data-drupal-selector="site-header-fixable">
<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch"
aria-controls="site-header__inner"
aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">Ravensholt Music Service</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons">
<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
<span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><div class="search-block-form block block-search-narrow" role="search">
<div class="content"><form action="/search/node" method="get" class="search-form search-block-form"><div class="form-item">
<label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the terms you wish to search for." placeholder="Search by keyword or phrase."
type="search" id="edit-keys" name="keys" class="form-search form-element form-element--type-search" /></div></form></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1">
${links(dNav, 'primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1')}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a><div class="main-content__container container"><div
class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list">${links(dCrumbs, 'breadcrumb__item')}</ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span
class="field field--name-title">${dTitle}</span></h1>
</div></div><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system">
<article data-history-node-id="214" class="node node--type-page node--view-mode-full"><div class="node__content">
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(dIntro)}
<h2>What to prepare</h2><p>${dPrep[0]}</p><ul>${lis(dPrep.slice(1, 4))}</ul><p>${dPrep[4]}</p>
<h2>Which ensemble, and how long</h2><table><thead><tr><th>Standard</th><th>Ensemble</th><th>Audition length</th></tr></thead><tbody>
${trs(dRows)}</tbody></table>
<h2>On the day</h2>${ps(dDay)}<h3>Fees and bursaries</h3>${ps(dFees)}</div></div></article></div></div></main>
<div class="region region--sidebar"><div id="block-ensemblelinks" class="block block-menu navigation menu--ensembles"><h2
class="block__title">In this section</h2>
<ul class="menu">${links(dSide, 'menu__item')}</ul></div><div id="block-contactbox" class="block block-block-content"><h2 class="block__title">Questions?</h2>
<div class="block__content"><div class="text-content field field--name-body"><p>Email ensembles@ravensholtmusic.org.uk or call 01632 960 233.</p></div></div>
</div>
</div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full"><nav role="navigation"
aria-labelledby="block-olivero-footer-menu" class="block block-menu navigation menu--footer"><h2 class="visually-hidden"
id="block-olivero-footer-menu">Footer</h2>
<ul class="menu">${links(dFoot)}</ul></nav></div><div class="region region--footer-bottom grid-full"><div class="block block-system-powered-by-block">
<span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script><script src="/core/themes/olivero/js/navigation.js?v=10.2.4"></script></body></html>`;
const audition: TestPage = {
  name: 'heldout513-olivero-audition-guide',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['What to prepare', 'Which ensemble, and how long', 'On the day', 'Fees and bursaries'],
  body: texts([...dIntro, ...dPrep, ...rowText(dRows), ...dDay, ...dFees]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ravensholt Music Service', 'Menu', 'Search', 'Main navigation', ...dNav.filter((n) => n !== 'Ensembles'), 'Breadcrumb',
    ...dCrumbs, 'In this section', ...dSide, 'Questions?', 'Email ensembles@ravensholtmusic.org.uk or call 01632 960 233.', 'Footer', ...dFoot,
    'Powered by Drupal',
  ],
};

const fTitle = 'Adult beginner: is Grade 1 violin in eight months realistic?';
const fPosts: { user: string; date: string; paras: string[]; likes?: string }[] = [
  {
    user: 'slowbow_marta',
    date: 'April 3, 2027, 8:41pm',
    paras: [
      j(
        'I started violin last September at 46 after years of saying "one day". I have a lesson every two weeks and practise most',
        'evenings for about twenty minutes. My teacher has suggested entering for Grade 1 in the summer session.',
      ),
      j(
        'Part of me wants a goal, part of me thinks I will be the only adult in a waiting room full of eight-year-olds.',
        'Has anyone done a first grade as an adult? Was it worth it?',
      ),
    ],
  },
  {
    user: 'fiddlefern',
    date: 'April 3, 2027, 9:15pm',
    likes: '4 Likes',
    paras: [
      j(
        'I did Grade 1 at 52. You will not be the only adult, and even if you are, the examiner has seen it a hundred times.',
        'The goal helped me more than anything else: the scales finally got practised because they were on the list.',
      ),
    ],
  },
  {
    user: 'Joss_T',
    date: 'April 4, 2027, 7:02am',
    likes: '2 Likes',
    paras: [
      'Eight months with lessons every two weeks is fine for Grade 1 if your teacher thinks so. A few things that helped me:',
      'Book a mock exam with another teacher, even by video',
      'Record your pieces once a week and listen back the next day',
      'Practise the aural tests with a friend, not just the app',
    ],
  },
  {
    user: 'slowbow_marta',
    date: 'April 5, 2027, 6:30pm',
    paras: ['Thank you both. I have told my teacher yes, and booked the mock for June. I will report back!'],
  },
];
const fCats = ['Learning an instrument', 'Strings'];
const fTags = ['adult-learners', 'exams'];
const fRelated = [
  ['Practice routine for adult cellists with full-time jobs', '12', '1.4k'],
  ['Grade 3 violin scales: which fingering?', '8', '960'],
];
const fPostHtml = fPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.bowandbar.org/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.bowandbar.org/t/adult-beginner-grade-1-violin/2318">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-04-0${3 + Math.floor(i / 2)}T20:41:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">
${p.paras.length > 2 && i === 2 ? `<p>${p.paras[0]}</p><ul>${lis(p.paras.slice(1))}</ul>` : ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes?.slice(0, 1) ?? '0'}"/>${p.likes ? `<span class='post-likes'>${p.likes}</span>` : ''}</div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${fTitle} - Strings - Bow and Bar Forum</title>
<meta name="description" content="I started violin last September at 46 after years of saying &quot;one day&quot;."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.bowandbar.org/uploads/default/optimized/1X/favicon_32x32.png"><link rel="canonical"
href="https://forum.bowandbar.org/t/adult-beginner-grade-1-violin/2318">
<link href="https://forum.bowandbar.org/stylesheets/desktop_0c3b5f.css" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Bow and Bar Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.bowandbar.org",
"potentialAction":{"@type":"SearchAction"}}</script>
</head><body class="crawler "><header><a href="/"><img src="https://forum.bowandbar.org/uploads/default/original/1X/logo.png" alt="Bow and Bar Forum"
id="site-logo"
style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/adult-beginner-grade-1-violin/2318">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
${fCats
  .map(
    (c, i) => `<a href="/c/${c.toLowerCase().replace(/ /g, '-')}/${i + 4}" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>${c}</span></span></a><meta itemprop="position" content="${i + 1}" />`,
  )
  .join('\n')}
</span></div><div class="topic-tags">${fTags.map((t) => `<a href='https://forum.bowandbar.org/tag/${t}' class='discourse-tag'>${t}</a>`).join('\n')}</div></div>
${fPostHtml}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table
class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th></tr></thead><tbody>
${fRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<a href='/t/${r[0]
      ?.slice(0, 20)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}' class='title raw-link raw-topic-link'>${r[0]}</a></td><td></td>
<td class="replies"><span class='posts' title='posts'>${r[1]}</span></td><td class="views"><span class='views' title='views'>${r[2]}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/'
itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories'
itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines'
itemprop="url">Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos'
itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy'
itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const forum: TestPage = {
  name: 'heldout513-discourse-violin-grade',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, p.date]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fCats, ...fTags, '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', ...fRelated.flat(),
    'Home', 'Categories', 'Guidelines', 'Terms of Service',
    'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT513_D: readonly TestPage[] = [audition, forum];
