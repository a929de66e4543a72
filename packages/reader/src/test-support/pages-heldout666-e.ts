import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout666-kit.js';

/**
 * Held-out batch 666, file e: a national hospice charity's shop volunteer role page on Next.js (CSS-module class names,
 * __NEXT_DATA__, OneTrust banner), and a Discourse forum thread about training for a hospice trek.
 */
const nTitle = 'Charity shop volunteer';
const nSummary = 'Help run one of our 140 shops, meet new people and raise money for hospice care near you.';
const nAbout = [
  j(
    'Our shops are at the heart of their communities, and they could not open without volunteers. As a shop volunteer you will',
    'work alongside our shop manager and a friendly team, doing whatever suits you best: serving customers, sorting donations,',
    'steaming clothes or dressing the window.',
  ),
  'You can give as little as one morning a week, and we will work around your other commitments.',
];
const nTasks = [
  'greeting customers and working the till',
  'sorting and pricing donated stock',
  'helping customers sign up for Gift Aid',
  'keeping the shop floor tidy and well stocked',
];
const nGain = ['retail and customer service experience', 'a reference after three months of volunteering', 'a 20% discount in all of our shops'];
const nNote = j(
  'Volunteers aged 14 to 16 are welcome in most of our shops with the consent of a parent or guardian. Duke of Edinburgh’s',
  'Award participants can volunteer with us for their volunteering section.',
);
const nHeads = ['About the role', 'What you will do', 'What you will get', 'Young volunteers'];
const nFacts = [
  ['Location', 'Shops across England and Wales'],
  ['Time', 'From 3 hours a week'],
  ['Minimum age', '14'],
];
const c = (name: string): string => `RoleDetail_${name}__${name.length.toString(36)}x${name.charCodeAt(0).toString(16)}`;
const nNav = ['Find care', 'Get support', 'Donate', 'Fundraise', 'Volunteer', 'Shop', 'About us'];
const nFoot = ['Contact us', 'Media centre', 'Careers', 'Privacy', 'Cookies', 'Accessibility'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Charity shop volunteer | Volunteer with Hearthlight</title><meta name="description" content="${nSummary}"/>
<link rel="canonical" href="https://www.hearthlight.org.uk/volunteer/roles/charity-shop-volunteer"/><meta property="og:type" content="website"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"${nTitle}","employmentType":"VOLUNTEER",
"hiringOrganization":{"@type":"Organization","name":"Hearthlight"}}</script>
<meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/8a1b9c2d3e4f5a6b.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8a1b9c2d3e4f5a6b.css" data-n-g=""/>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f2e-4a1b" async=""></script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5b1c0d4b8f3e2a10.js" defer=""></script>
<script src="/_next/static/chunks/pages/volunteer/roles/%5Bslug%5D-9e1a.js" defer=""></script></head>
<body><div id="__next"><a class="${c('SkipLink')}" href="#main">Skip to main content</a>
<header class="${c('Header')}"><div class="${c('HeaderInner')}"><a class="${c('Logo')}" href="/"><svg role="img" aria-labelledby="logo-title">
<title id="logo-title">Hearthlight</title></svg></a>
<nav aria-label="Main" class="${c('Nav')}"><ul>${nNav
  .map(
    (t) => `<li><a class="${c('NavLink')}" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<button class="${c('SearchButton')}" aria-label="Open search"><span>Search</span></button></div></header>
<nav aria-label="Breadcrumb" class="${c('Breadcrumb')}"><ol><li><a href="/">Home</a></li><li><a href="/volunteer">Volunteer</a></li><li>
<a href="/volunteer/roles">Volunteer roles</a></li>
<li aria-current="page">${nTitle}</li></ol></nav>
<main id="main" class="${c('Main')}"><div class="${c('Hero')}"><p class="${c('Eyebrow')}">Volunteer role</p><h1 class="${c('Title')}">${nTitle}</h1>
<p class="${c('Summary')}">${nSummary}</p></div>
<div class="${c('Layout')}"><div class="${c('Content')}"><div class="${c('RichText')}">
<h2>${at(nHeads, 0)}</h2>${ps(nAbout)}<h2>${at(nHeads, 1)}</h2><ul>${lis(nTasks)}</ul>
<h2>${at(nHeads, 2)}</h2><ul>${lis(nGain)}</ul><h2>${at(nHeads, 3)}</h2>${ps([nNote])}</div></div>
<aside class="${c('Sidebar')}"><div class="${c('FactsCard')}"><h2 class="${c('FactsTitle')}">Role details</h2><dl>
${nFacts.map(([k, v]) => `<div class="${c('Fact')}"><dt>${k}</dt><dd>${v}</dd></div>`).join('\n')}</dl>
<a class="${c('ApplyButton')}" href="/volunteer/apply?role=charity-shop-volunteer">Find a shop near you</a></div>
<div class="${c('ShareCard')}"><p>Share this role</p><ul><li>
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.hearthlight.org.uk" aria-label="Share on Facebook"></a></li>
<li><a href="mailto:?subject=Charity%20shop%20volunteer" aria-label="Share by email"></a></li></ul></div></aside></div>
<section class="${c('Related')}"><h2>You might also like</h2><ul>${['Van driver’s mate', 'Online shop lister', 'Retail events helper']
  .map(
    (t) => `<li>
<a href="/volunteer/roles/x"><h3>${t}</h3><p>Shops</p></a></li>`,
  )
  .join('')}</ul></section></main>
<footer class="${c('Footer')}"><ul>${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<p>Hearthlight is the working name of the Hearthlight Hospice Trust, a charity registered in England and Wales (1155555).</p></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy">
<div id="onetrust-policy-text">We use cookies to give you the best experience of our website and to help us raise more for hospice care.</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie settings</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>
</div></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"role":{"title":"${nTitle}","slug":"charity-shop-volunteer","summary":"${nSummary}"}},"__N_SSG":true},
"page":"/volunteer/roles/[slug]","query":{"slug":"charity-shop-volunteer"},"buildId":"q8Zr2kM1","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body></html>`;
const shopVolunteer: TestPage = {
  name: 'heldout666-nextjs-shop-volunteer',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nSummary, ...nAbout, ...nTasks, ...nGain, nNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Find care', 'Get support', 'Donate', 'Fundraise', 'About us', 'Search', 'Home', 'Volunteer roles', 'Volunteer role',
    'Role details', ...nFacts.flat().filter((t) => t !== '14'), 'Find a shop near you', 'Share this role', 'You might also like',
    'Van driver’s mate', 'Online shop lister', 'Retail events helper', ...nFoot,
    'Hearthlight is the working name of the Hearthlight Hospice Trust, a charity registered in England and Wales (1155555).',
    'We use cookies to give you the best experience of our website and to help us raise more for hospice care.', 'Cookie settings',
    'Reject all', 'Accept all cookies',
  ],
};

const dTitle = 'Training for the Three Ridges Trek – how far should I be walking by May?';
const dPosts = [
  [
    'pennygreave',
    'Feb 11',
    [
      j(
        'Hi all, I signed up for the Three Ridges Trek for Fellside Hospice in memory of my mum. It’s 26 miles over the three',
        'ridges on 15 May and I haven’t walked further than about 8 miles in one go.',
      ),
      'How far were you all walking a few weeks before? And did anyone do it in trail shoes rather than boots?',
    ],
  ],
  [
    'Dougie_R',
    'Feb 11',
    [
      j(
        'Did it last year. I built up to 18 miles about three weeks before and that was plenty. The key thing is doing back-to-back',
        'days, so a long walk on Saturday and a shorter one on Sunday.',
      ),
      'Trail shoes are fine if it’s dry. The descent off Harker Ridge is rocky though, so I went with boots.',
    ],
  ],
  [
    'Fellside Hospice Events',
    'Feb 12',
    [
      j(
        'Lovely to hear you’re walking for your mum, Penny. We have a 12-week training plan in the fundraising pack, and we',
        'run two free practice walks on the route in March and April with our volunteer leaders. Details are in the event guide.',
      ),
    ],
  ],
  ['pennygreave', 'Feb 12', ['That’s brilliant, thank you both. I’ll book onto the March walk.']],
  [
    'hillbilly_jo',
    'Feb 14',
    [
      'Top tips from someone who got blisters at mile 20:',
      '<ul><li>tape your heels before you start, not when they hurt</li><li>change your socks at the halfway checkpoint</li></ul>',
      'You’ll be fine. The atmosphere at the finish is amazing.',
    ],
  ],
];
const dSide = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ', 'Categories', 'Events & Challenges', 'Care & Support', 'Volunteering', 'All categories'];
const dSuggested = ['Sponsorship forms or online page?', 'Coach from Brackendale to the start line', 'Is the Moonlit Mile suitable for a 7 year old?'];
const dPost = ([who, when, paras]: (typeof dPosts)[number], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${who}" role="region" data-post-id="${3300 + i}" data-topic-id="812" data-user-id="${40 + i}"
class="boxed onscreen-post">
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${who}" data-user-card="${who}"
aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.fellsidehospice.org/${String(who).toLowerCase()}/96/12_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${who}" data-user-card="${who}" class="">${who}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/training-for-the-three-ridges-trek/812/${i + 1}" title="Post date">
<span title="${when}, 2027 7:${10 + i} pm" data-time="1802373000000" data-format="tiny" class="relative-date">${when}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${(paras as string[]).map((p) => (p.startsWith('<ul>') ? p : `<p>${p}</p>`)).join('\n')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post">
<svg class="fa d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use></svg></button>
<button class="widget-button btn-flat share no-text btn-icon" aria-label="share a link to this post" title="share a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"
aria-label="Reply to post #${i + 1} by @${who}">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Training for the Three Ridges Trek – how far should I be walking by May? - Events &amp; Challenges - Fellside Hospice Community</title>
<meta name="description" content="Hi all, I signed up for the Three Ridges Trek for Fellside Hospice in memory of my mum.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.fellsidehospice.org/t/training-for-the-three-ridges-trek/812">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"pennygreave"}}</script>
<link href="/stylesheets/desktop_8b1f.css?__ws=forum.fellsidehospice.org" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.fellsidehospice.org"></head>
<body class="crawler docs category-events-challenges"><section id="main"><div id="ember3" class="ember-application">
<div class="skip-links" role="navigation" aria-label="Skip links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle">
<button class="btn no-text btn-icon btn-sidebar-toggle btn-flat" aria-label="Toggle sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Fellside Hospice Community" id="site-logo" class="logo-big"></a></div></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-icon-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown">
<a href="/search" class="icon btn-flat" aria-label="Search" title="Search"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">
<ul class="sidebar-section-content">${dSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper">
<a class="sidebar-section-link sidebar-row" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">
<span class="sidebar-section-link-content-text">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul>
</div></section></div>
<div id="main-outlet"><div class="container posts" id="main-container"><div id="topic-title"><div class="container"><div class="title-wrapper">
<h1 data-topic-id="812"><a href="/t/training-for-the-three-ridges-trek/812" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/events-challenges/5">
<span data-category-id="5" class="badge-category --style-square"><span class="badge-category__name">Events &amp; Challenges</span></span></a>
<div class="list-tags"><a href="/tag/three-ridges" class="discourse-tag simple">three-ridges</a>
<a href="/tag/training" class="discourse-tag simple">training</a></div></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">${dPosts.map(dPost).join('\n')}</div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="more-topics__lists single-list">
<div class="more-topics__list" role="complementary" aria-labelledby="suggested-topics-title">
<h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th>
<th class="posts num">Replies</th></tr></thead><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a href="/t/x/${700 + i}" class="title raw-link raw-topic-link">${t}</a></span></td><td class="num posts"><span class="number">${3 + i}</span></td>
</tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/events-challenges/5"
class="badge-category__wrapper">Events &amp; Challenges</a> or <a href="/latest">view latest topics</a>.</h3>
</div></div></div></div></div></div>
<footer class="footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></div></section>
<script defer src="/assets/discourse-9d3f.br.js" data-discourse-entrypoint="discourse"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout666-discourse-trek-training',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , paras]) =>
    (paras as string[]).flatMap((p) => (p.startsWith('<ul>') ? [...p.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? '') : [p])),
  ),
  bylines: ['pennygreave', 'Dougie_R', 'Fellside Hospice Events', 'hillbilly_jo', 'Feb 11', 'Feb 12', 'Feb 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide.filter((t) => t !== 'About'), 'three-ridges', 'Reply', 'Suggested Topics', ...dSuggested, '3',
    '4', '5',
    'Want to read more? Browse other topics in Events & Challenges or view latest topics.', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT666_E: readonly TestPage[] = [shopVolunteer, forum];
