import { ps, type TestPage, texts } from './page-kit.js';
import { esc, finish, j, rowText, tr } from './pages-heldout649-kit.js';

/**
 * Held-out batch 649, file d: a boxing forum thread on Discourse as served to a browser without JavaScript (the crawler
 * view: topic title, category badge, posts with author and time, likes, related topics, the crawler footer), and a
 * taekwondo school's children's programme page on Webflow (navbar, hero, feature grid, timetable, trial form).
 */
const fTitle = 'How tight should hand wraps be? Knuckles going numb';
type Post = { user: string; time: string; iso: string; paras: string[]; likes: string };
const fPosts: Post[] = [
  {
    user: 'jabstepjo',
    time: 'January 14, 2026,  6:22pm',
    iso: '2026-01-14T18:22:05Z',
    paras: [
      j(
        'Three months into boxing classes. By the end of bag rounds my fingers go tingly and the last two knuckles feel numb for a',
        'bit after I take the wraps off. I use 4.5 m cotton wraps, wrapped the way the coach showed us on the first night.',
      ),
      'Am I wrapping too tight, or is this just something that happens at the start?',
    ],
    likes: '2 Likes',
  },
  {
    user: 'OldPalookaRay',
    time: 'January 14, 2026,  7:05pm',
    iso: '2026-01-14T19:05:41Z',
    paras: [
      j(
        'Numb fingers means too tight, almost always round the wrist or across the hand. Make a fist while you wrap the hand part,',
        'not with your fingers spread flat. If you wrap with the hand open, the wrap squeezes everything the moment you close it.',
      ),
      'Wrists can be firm. Across the knuckles should be snug but you should still be able to wiggle your fingers.',
    ],
    likes: '7 Likes',
  },
  {
    user: 'coach_dellamaris',
    time: 'January 15, 2026,  8:48am',
    iso: '2026-01-15T08:48:12Z',
    paras: [
      j(
        'Agree with Ray. Two more things. Spread your fingers when you do the passes between them, and do not pull the wrap tight',
        'as it goes over the back of the hand; let it lie flat. Tension belongs on the wrist, not the hand.',
      ),
      j(
        'If it still happens with a looser wrap, check your gloves. Gloves that are too small for wraps plus hand will do the same',
        'thing. Most adults need 14 or 16 oz for bag work once wrapped.',
      ),
    ],
    likes: '11 Likes',
  },
  {
    user: 'jabstepjo',
    time: 'January 17, 2026,  9:30pm',
    iso: '2026-01-17T21:30:55Z',
    paras: ['Wrapped with a closed fist tonight and kept it looser over the hand. No numbness at all. Thanks both, marking this solved.'],
    likes: '3 Likes',
  },
];
const fRel: [string, string, string, string][] = [
  ['Gel wraps vs traditional wraps for bag work', '12', '1.1k', 'Nov 2025'],
  ['Wrist hurts after heavy bag, beginner', '8', '640', 'Dec 2025'],
];
const fCrawl = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const postHtml = (p: Post, i: number): string => `<div class="topic-body crawler-post" id="post_${i + 1}">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href='https://forum.southpawsquare.com/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.southpawsquare.com/t/how-tight-should-hand-wraps-be-knuckles-going-numb/4821">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${p.iso}' class='post-time'>${p.time}</time>
<meta itemprop='dateModified' content='${p.iso}'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span class='post-likes'>${p.likes}</span></div></div>`;
const relHtml = fRel
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line">
<a itemprop='url' href='https://forum.southpawsquare.com/t/${4700 + i}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/gear/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #F1592A'></span>
<span class='badge-category clear-badge'><span class='category-name'>Gear</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n');
const crawlHtml = fCrawl
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/${t.split(' ')[0]?.toLowerCase()}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Training - Southpaw Square</title>
<meta name="description" content="Three months into boxing classes. By the end of bag rounds my fingers go tingly and the last two knuckles feel numb.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 8a1c2d3e4f">
<link rel="icon" type="image/png" href="https://forum.southpawsquare.com/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#1a1a1a">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.southpawsquare.com/t/how-tight-should-hand-wraps-be-knuckles-going-numb/4821">
<link rel="search" type="application/opensearchdescription+xml" href="https://forum.southpawsquare.com/opensearch.xml" title="Southpaw Square Search">
<link href="/stylesheets/color_definitions_base__1_4f2e.css?__ws=forum.southpawsquare.com" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_8a1c2d.css?__ws=forum.southpawsquare.com" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Southpaw Square"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<meta property="article:published_time" content="2026-01-14T18:22:05+00:00"><meta property="article:section" content="Training">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.southpawsquare.com",
"potentialAction":{"@type":"SearchAction","target":"https://forum.southpawsquare.com/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script>
<link rel="preload" href="/assets/start-discourse-2b8e.js" as="script"></head>
<body class="crawler "><header><a href="/">
<img src="https://forum.southpawsquare.com/uploads/default/original/1X/logo.png" alt="Southpaw Square" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/how-tight-should-hand-wraps-be-knuckles-going-numb/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/training/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Training</span></span></a>
<meta itemprop="position" content="1" /></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'>
<a href='https://forum.southpawsquare.com/tag/hand-wraps' class='discourse-tag' rel="tag">hand-wraps</a>, 
<a href='https://forum.southpawsquare.com/tag/beginners' class='discourse-tag' rel="tag">beginners</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://forum.southpawsquare.com/t/how-tight-should-hand-wraps-be-knuckles-going-numb/4821'>
<meta itemprop='datePublished' content='2026-01-14T18:22:05Z'><meta itemprop='articleSection' content='Training'>
<meta itemprop='keywords' content='hand-wraps, beginners'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Southpaw Square'></div>
${fPosts.map(postHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${relHtml}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'>
<ul>${crawlHtml}</ul></nav></footer>
<footer id='noscript-footer'><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = finish({
  name: 'heldout649-hand-wraps-discourse',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: fPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Training', 'hand-wraps', 'beginners', ...fPosts.map((p) => p.likes), ...fPosts.map((_, i) => String(i + 1)), 'Related topics', ...fRel.flat(),
'Gear', ...fCrawl,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const tTitle = 'Little Tigers Taekwondo (ages 4–6)';
const tLead = 'Forty-five minutes of kicking, balance games and listening skills, twice a week, for children who are just starting school.';
const tFeat: [string, string][] = [
  ['Focus', 'Short drills with lots of variety, so that every child is moving and nobody waits in a queue.'],
  ['Confidence', 'Children learn to shout their kihap, stand tall and speak to the class when it is their turn to lead.'],
  ['Safety', 'Kicks go to pads and targets only. There is no sparring in the Little Tigers programme.'],
];
const tAbout = [
  j(
    'Little Tigers classes are taught by Master Jae-won Halvorsen and two assistant instructors, so there is always one adult for',
    'every six children. Parents are welcome to watch from the seating area and most do for the first few weeks.',
  ),
  j(
    'Children earn a coloured stripe on their belt for each skill they learn, and grade for a new belt about every four months.',
    'When they turn seven, or sooner if the instructor thinks they are ready, they move up to the Junior programme.',
  ),
];
const tHead = ['Day', 'Time', 'Studio'];
const tRows = [
  ['Monday', '4:15 – 5:00 pm', 'Studio 2'],
  ['Wednesday', '4:15 – 5:00 pm', 'Studio 2'],
  ['Saturday', '9:00 – 9:45 am', 'Main hall'],
];
const tPrice = 'Little Tigers membership is £38 a month, including the uniform after the first month. Brothers and sisters get 20% off.';
const tNav = ['Programs', 'Schedule', 'Instructors', 'About', 'Contact'];
const tForm = ['Parent’s name', 'Email', 'Child’s age', 'Preferred day'];
const tFeatHtml = tFeat
  .map(([h, p]) => `<div class="feature-card"><div class="icon-circle"></div><h3 class="heading-s">${h}</h3><p class="paragraph-small">${p}</p></div>`)
  .join('\n');
const tFormHtml = tForm
  .map(
    (t, i) => `<label for="f${i}" class="field-label">${t}</label>
<input class="text-field w-input" maxlength="256" name="f${i}" data-name="${t}" type="text" id="f${i}">`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon Mar 02 2026 10:14:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.tigerstripe-tkd.com" data-wf-page="65e0c1a2b3d4e5f6a7b8c9d2" data-wf-site="65e0c1a2b3d4e5f6a7b8c9d0" lang="en"><head>
<meta charset="utf-8">
<title>Little Tigers (ages 4–6) | Tigerstripe Taekwondo</title>
<meta content="Taekwondo classes for children aged 4 to 6 in Fenwick Cross." name="description">
<meta content="Little Tigers (ages 4–6) | Tigerstripe Taekwondo" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65e0c1a2b3d4e5f6a7b8c9d0/css/tigerstripe-tkd.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2X1Y3Z4"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());gtag('config',
'G-7KQ2X1Y3Z4');</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65e0c1a2b3d4e5f6a7b8c9d0/logo.svg" loading="lazy" alt="Tigerstripe Taekwondo" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${tNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="#trial" class="button nav-button w-button">Book a free trial</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu">
</div></div></div></div>
<section class="section hero-kids"><div class="w-layout-blockcontainer container w-container"><div class="hero-grid w-layout-grid"><div class="hero-text">
<div class="eyebrow">Children’s programme</div><h1 class="heading-xl">${esc(tTitle)}</h1><p class="paragraph-lead">${tLead}</p>
<a href="#trial" class="button w-button">Book a free trial</a></div>
<img src="https://assets-global.website-files.com/65e0c1a2b3d4e5f6a7b8c9d0/kids-class.webp" loading="lazy"
sizes="(max-width: 767px) 100vw, 50vw" alt="Children practising front kicks" class="hero-image"></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">What your child will learn</h2>
<div class="w-layout-grid grid-3">
${tFeatHtml}
</div></div></section>
<section class="section bg-cream"><div class="w-layout-blockcontainer container narrow w-container"><div class="w-richtext"><h2>How classes work</h2>
${ps(tAbout)}
<h2>Class times</h2></div><div class="table-wrap"><table class="schedule-table"><thead>${tr(tHead, 'th')}</thead>
<tbody>${tRows.map((r) => tr(r)).join('')}</tbody></table></div>
<div class="w-richtext"><h2>Fees</h2><p>${tPrice}</p></div></div></section>
<section id="trial" class="section bg-dark"><div class="w-layout-blockcontainer container narrow w-container">
<h2 class="heading-l white">Try a class for free</h2>
<p class="white">Fill in the form and we will call you to arrange a first class.</p><div class="w-form">
<form id="email-form" name="email-form" data-name="Trial Form" method="get" class="trial-form">
${tFormHtml}
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send request"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Trial Form success"><div>Thank you! We will be in touch within two working days.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Trial Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid w-layout-grid"><div>
<div class="footer-title">Tigerstripe Taekwondo</div>
<p class="footer-text">14 Lowther Street, Fenwick Cross</p></div><div><div class="footer-title">Follow us</div>
<a href="#" class="footer-link">Instagram</a><a href="#" class="footer-link">YouTube</a></div></div>
<div class="footer-bottom"><div class="footer-text small">© 2026 Tigerstripe Taekwondo. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0c1a2b3d4e5f6a7b8c9d0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65e0c1a2b3d4e5f6a7b8c9d0/js/webflow.8e1f2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = finish({
  name: 'heldout649-taekwondo-kids-webflow',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['What your child will learn', ...tFeat.map(([h]) => h), 'How classes work', 'Class times', 'Fees'],
  body: texts([tLead, ...tFeat.map(([, p]) => p), ...tAbout, ...tRows.map(rowText), tPrice]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Book a free trial', 'Children’s programme', 'Try a class for free', 'Fill in the form and we will call you to arrange a first class.', ...tForm,
    'Tigerstripe Taekwondo', '14 Lowther Street, Fenwick Cross', 'Follow us', 'Instagram', 'YouTube', '© 2026 Tigerstripe Taekwondo. All rights reserved.',
  ],
});

export const HELDOUT649_D: readonly TestPage[] = [discourse, webflow];
