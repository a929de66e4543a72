import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, clean, j } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file d: a society forum thread on Discourse (Ember app as saved from the browser) with a topic map and
 * suggested topics, and a planetarium's plan-your-visit page on Webflow with an hours grid, an FAQ dropdown list and a footer form.
 */
const fTitle = 'Dew on the corrector plate every session – heater strap or dew shield?';
type Post = { user: string; name: string; date: string; full: string; paras: string[] };
const fPosts: Post[] = [
  {
    user: 'nadia_c',
    name: 'Nadia Crewe',
    date: 'Feb 3',
    full: 'Feb 3, 2026 9:14 pm',
    paras: [
      j(
        'My 8-inch SCT dews up within about forty minutes most nights at the club field, and then that is the end of the session.',
        'I have a cardboard dew shield that helps a bit. Is it worth buying a heater strap and controller, or is a longer shield enough?',
      ),
      'I only have a 12 V car battery pack for power, if that changes anything.',
    ],
  },
  {
    user: 'rjb_obs',
    name: 'Rob Bellamy',
    date: 'Feb 3',
    full: 'Feb 3, 2026 10:02 pm',
    paras: [
      j(
        'At our site a shield alone will buy you an hour at most. The corrector on an SCT is a big radiator facing the sky. A strap set',
        'to about 30 percent power keeps mine clear all night and draws well under an amp.',
      ),
    ],
  },
  {
    user: 'maggie.t',
    name: '',
    date: 'Feb 4',
    full: 'Feb 4, 2026 7:45 am',
    paras: [
      'Do both. Shield first because it is cheap, then a strap. And do not forget the finder and the eyepiece you are using, they dew up too.',
      'A hair dryer on a long lead is a good emergency fix if you have mains, but not with a battery pack.',
    ],
  },
  {
    user: 'nadia_c',
    name: 'Nadia Crewe',
    date: 'Feb 9',
    full: 'Feb 9, 2026 11:20 pm',
    paras: ['Update: bought a strap and a simple PWM controller. Four hours tonight with not a trace of dew. Thank you all!'],
  },
];
const fNav = ['Topics', 'My Posts', 'More'];
const fCats = ['Equipment', 'Observing', 'Imaging', 'Club News', 'All categories'];
const fSugg: [string, string, string, string][] = [
  ['Which eyepieces to buy first for a 6-inch Dobsonian?', 'Equipment', '12', 'Jan 28'],
  ['Club field gate code for February', 'Club News', '3', 'Feb 1'],
];
const fPost = (p: Post, i: number): string => `<div class="topic-post clearfix${i === 0 ? ' topic-owner' : ''} regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}" role="region" data-post-id="${8801 + i}" data-topic-id="1423" class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum.ashbyas.org/${p.user}/96/12_2.png" class="avatar"
loading="lazy"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>${
  p.name === ''
    ? ''
    : `<span class="second full-name">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span>`
}</div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/dew-on-the-corrector-plate/1423/${i + 1}"><span title="${p.full}"
data-time="1770153240000" data-format="tiny" class="relative-date">${p.date}</span></a>
</div></div></div><div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><div class="double-button">
<button class="btn btn-icon-text btn-flat button-count like-count" title="2 people liked this post">2</button><button
class="btn no-text btn-icon toggle-like like btn-flat" title="like this post"><svg class="fa d-icon d-icon-d-unliked svg-icon">
<use href="#far-heart"></use></svg>
</button></div><button class="btn no-text btn-icon share btn-flat" title="copy a shareable link to this post">
<svg class="fa d-icon d-icon-d-post-share svg-icon">
<use href="#link"></use></svg></button><button class="btn btn-icon-text reply create fade-out btn-flat" title="Begin composing a reply to this post">
<svg class="fa d-icon d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section></div>
</div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${fTitle} - Equipment - Ashby Astronomers Forum</title><meta name="description" content="My 8-inch SCT dews up within about forty minutes">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 7a4b1e0"><link rel="canonical"
href="https://forum.ashbyas.org/t/dew-on-the-corrector-plate/1423">
<link href="/stylesheets/desktop_8d1f2a.css?__ws=forum.ashbyas.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"nadia_c"}}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.ashbyas.org" data-environment="production"></head>
<body class="category-equipment archetype-regular docked has-sidebar-page navigation-topics"><div class="ember-view"><div id="main" class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap">
<div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat" aria-expanded="true" title="Hide sidebar"
aria-label="Hide sidebar"><svg class="fa d-icon d-icon-bars svg-icon"><use href="#bars"></use></svg></button></div><div class="title"><a href="/"><img
id="site-logo" class="logo-big" src="/uploads/default/original/1X/ashby-logo.png" alt="Ashby Astronomers Forum"></a></div><div class="panel" role="navigation">
<span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><svg class="fa d-icon d-icon-user svg-icon"><use href="#user"></use></svg><span
class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button
class="btn no-text
btn-icon icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search
svg-icon"><use href="#search"></use></svg></button></li></ul></div>
</div></div></header></div><div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar"
class="sidebar-container">
<div class="sidebar-sections"><div class="sidebar-section" data-section-name="community"><ul
class="sidebar-section-content">${links(fNav, 'sidebar-section-link-wrapper')}
</ul></div><div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><button class="sidebar-section-header">
<span class="sidebar-section-header-text">Categories</span></button></div><ul
class="sidebar-section-content">${links(fCats, 'sidebar-section-link-wrapper')}</ul>
</div></div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><a href="https://www.discourse.org" class="powered-by-discourse">Powered
by
Discourse</a></div></div></section></div><div id="main-outlet"><div class="regular ember-view"><div id="topic-title"><div class="title-wrapper"><h1
data-topic-id="1423">
<a href="/t/dew-on-the-corrector-plate/1423" class="fancy-title">${fTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper"
href="/c/equipment/4">
<span data-category-id="4" style="--category-badge-color: #0E76BD;" class="badge-category"><span class="badge-category__name">Equipment</span></span></a>
<div class="list-tags"><a href="/tag/dew" data-tag-name="dew" class="discourse-tag simple">dew</a><a href="/tag/sct" data-tag-name="sct"
class="discourse-tag simple">sct</a></div></div></div></div><div class="container posts"><div class="row"><section class="topic-area" id="topic"
data-topic-id="1423">
<div class="posts-wrapper"><div class="post-stream">${fPosts.map(fPost).join('\n')}</div></div>
<div class="topic-map"><section class="map"><ul class="clearfix"><li><h4 role="presentation">created</h4><div class="topic-map-post created-at"><span
class="relative-date">Feb 3</span></div></li><li><h4 role="presentation">last reply</h4><div class="topic-map-post last-reply"><span class="relative-date">Feb
9</span></div>
</li><li><span class="number">3</span><h4 role="presentation">replies</h4></li><li class="secondary"><span class="number">214</span><h4
role="presentation">views</h4></li>
<li class="secondary"><span class="number">3</span><h4 role="presentation">users</h4></li></ul></section></div></section></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title" id="suggested-topics-title">Suggested Topics</h3><table
class="topic-list"><thead><tr><th class="default">Topic</th><th class="posters"></th><th class="posts num">Replies</th><th
class="activity num">Activity</th></tr></thead><tbody>
${fSugg
  .map(
    ([t, c, r, d]) => `<tr class="topic-list-item"><td class="main-link">
<span class="link-top-line"><a href="/t/${r}" class="title raw-link">${t}</a></span>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="posters"></td><td class="num posts"><span
class="number">${r}</span></td>
<td class="num age activity"><span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div></div></div></div>
<noscript><p>This site is best viewed with JavaScript enabled.</p></noscript>
<script defer src="/assets/discourse-2b7e1c.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const discourseDew: TestPage = clean({
  name: 'heldout678-discourse-dew-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...fPosts.map((p) => p.user), ...fPosts.map((p) => p.name).filter((n) => n !== ''), ...fPosts.map((p) => p.date)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...fNav, 'Categories', ...fCats, 'Powered by Discourse', 'Equipment', 'dew', 'sct', '2', 'Reply',
    'created', 'last reply', '3', 'replies', '214', 'views', 'users', 'Suggested Topics', ...fSugg.flat(),
  ],
});

const vTitle = 'Plan Your Visit';
const vDek = 'Everything you need to know before you come to the Lumen Hill Planetarium.';
const vHours: [string, string][] = [
  ['Tuesday to Friday', '10 am to 5 pm'],
  ['Saturday and Sunday', '10 am to 7 pm'],
  ['Monday', 'Closed, except bank holidays'],
];
const vGetting = [
  j(
    'We are at the top of Lumen Hill Park, a ten-minute walk from Castlegate station. Buses 14 and 22 stop outside the park gates.',
    'The car park on Observatory Lane has 60 spaces, including six accessible bays; it costs £3 for up to four hours.',
  ),
];
const vAccess = j(
  'The whole building is step-free. The dome has four wheelchair spaces and an induction loop, and every show has a relaxed',
  'performance on the first Sunday of the month with the lights up and the sound turned down.',
);
const vFaq: [string, string][] = [
  ['Can I bring food into the dome?', 'Drinks in a bottle with a lid are fine. Please eat in the café or the picnic area.'],
  ['Do I need to book?', 'Gallery entry is free. Shows often sell out at weekends, so we recommend booking online.'],
  ['Is the planetarium suitable for toddlers?', 'Our morning Little Stars shows are made for under-fives. Other shows are best for ages five and up.'],
];
const vNav = ['Shows', 'Visit', 'Schools', 'Support Us'];
const vFoot = ['Contact', 'Careers', 'Accessibility', 'Privacy'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 12 2026 09:14:55 GMT+0000 -->
<html data-wf-domain="www.lumenhill.org" data-wf-page="65b1c3e09a2f7d0012a4b7c1" data-wf-site="65b1c3e09a2f7d0012a4b7a0" lang="en"><head><meta charset="utf-8">
<title>Plan Your Visit | Lumen Hill Planetarium</title><meta content="Opening hours, getting here, accessibility and FAQs." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65b1c3e09a2f7d0012a4b7a0/css/lumenhill.webflow.shared.4e1c2a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.com/65b1/logo-lumen.svg"
loading="lazy" alt="Lumen Hill Planetarium" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${anchors(vNav, 'nav-link w-nav-link')}
<a href="/tickets" class="button nav-button w-button">Book Tickets</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-visit"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${vTitle}</h1>
<p class="paragraph-large">${vDek}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-visit"><div id="w-node-_7c1e-hours"
class="visit-card">
<h2 class="heading-m">Opening
hours</h2>${vHours.map(([d, h]) => `<div class="hours-row"><div class="hours-day">${d}</div><div class="hours-time">${h}</div></div>`).join('\n')}
</div><div id="w-node-_7c1e-getting" class="visit-card"><h2 class="heading-m">Getting here</h2><div class="rich-text w-richtext">${ps(vGetting)}</div></div>
<div id="w-node-_7c1e-access" class="visit-card"><h2 class="heading-m">Accessibility</h2><div
class="rich-text w-richtext">${ps([vAccess])}</div></div></div></div></section>
<section class="section faq"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">Frequently asked questions</h2>
${vFaq
  .map(
    ([q, a]) => `<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown">
<div class="faq-toggle w-dropdown-toggle"><div class="faq-question">${q}</div>
<div class="faq-icon w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="faq-answer-text">${a}</p></nav></div>`,
  )
  .join('\n')}
</div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col">
<div class="footer-heading">Lumen Hill Planetarium</div><p class="footer-text">Observatory Lane, Castlegate</p></div><div
class="footer-col">${anchors(vFoot, 'footer-link')}
</div><div class="footer-col"><div class="footer-heading">Get the star guide</div><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get" data-wf-page-id="65b1c3e09a2f7d0012a4b7c1"><input class="input w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! You are on the list.</div></div><div class="w-form-fail"
tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer-bottom"><div class="small-text">© 2026 Lumen Hill Trust. Registered charity 1170044.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b1c3e09a2f7d0012a4b7a0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65b1c3e09a2f7d0012a4b7a0/js/webflow.5b1d2a.js" type="text/javascript"></script></body></html>`;
const webflowVisit: TestPage = clean({
  name: 'heldout678-webflow-plan-visit',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: ['Opening hours', 'Getting here', 'Accessibility', 'Frequently asked questions'],
  body: [vDek, ...vHours.map(([d, h]) => `${d} ${h}`), ...texts(vGetting), vAccess, ...vFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Book Tickets', 'Lumen Hill Planetarium', 'Observatory Lane, Castlegate', ...vFoot, 'Get the star guide', 'Thank you! You are on the list.',
    'Oops! Something went wrong while submitting the form.', '© 2026 Lumen Hill Trust. Registered charity 1170044.',
  ],
});

export const HELDOUT678_D: readonly TestPage[] = [discourseDew, webflowVisit];
