import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows, rowTexts, uniq } from './pages-heldout521-kit.js';

/**
 * Held-out batch 521, file e: a Model UN conference's fees and registration page on Webflow with a fee table, and a
 * university debating society's term report on Ghost (Casper theme) with a members' newsletter box.
 */
const wTitle = 'Registration and fees';
const wDek = 'Delegations register through their faculty advisor. Individual delegates are welcome where their school has no society.';
const wBody = [
  j(
    'Registration for Brennock MUN 2027 opens on 1 December and closes on 14 February, or earlier if committees fill. Places are',
    'allocated in the order that complete registrations, including payment of the delegation fee, are received.',
  ),
  'Early registration to 10 January £45 £30',
  'Standard registration to 14 February £55 £35',
  'Individual delegate (no delegation) £60 —',
  j(
    'The delegate fee includes lunch on both days, the conference pack and entry to the delegates\u2019 social. Advisors attend',
    'free of charge. Financial aid is available: up to a third of delegate fees can be waived for schools that ask.',
  ),
  'Refunds',
  j(
    'Fees are refunded in full up to 31 January. After that date we refund half the fee for each delegate who withdraws, and',
    'nothing after 28 February. Delegations may swap one delegate for another at no cost at any time.',
  ),
];
const wRows = [
  ['Early registration', 'to 10 January', '£45', '£30'],
  ['Standard registration', 'to 14 February', '£55', '£35'],
  ['Individual delegate (no delegation)', '', '£60', '—'],
];
const wNav = ['Conference', 'Committees', 'Registration', 'Secretariat', 'FAQ'];
const wFoot = ['Code of conduct', 'Privacy', 'Contact the Secretariat'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Nov 30 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.brennockmun.org" data-wf-page="6561f0c4a9e3b2a1c8d70f12" data-wf-site="6561f0c4a9e3b2a1c8d70e01" lang="en"><head>
<meta charset="utf-8">
<title>${wTitle} | Brennock MUN 2027</title><meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6561f0c4/css/brennockmun.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div class="banner_component"><div class="banner_text">Financial aid applications close 20 December.</div>
<a href="/financial-aid" class="banner_link">Apply for aid</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><div class="brand-text">Brennock MUN</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section_header"><div class="padding-global"><div class="container-medium"><h1 class="heading-style-h1">${wTitle}</h1>
<p class="text-size-large">${wDek}</p><a href="https://forms.brennockmun.org/register" class="button is-primary w-button">Register your delegation</a></div>
</div></section>
<section class="section_content"><div class="padding-global"><div class="container-medium"><div class="text-rich-text w-richtext">
${ps([wBody[0] ?? ''])}</div>
<div class="fees_table-wrapper w-embed"><table class="fees_table"><thead><tr><th>Fee</th><th>Deadline</th><th>Delegate</th><th>Advisor-led school</th></tr>
</thead>
<tbody>${rows(wRows)}</tbody></table></div>
<div class="text-rich-text w-richtext">${ps([wBody[4] ?? ''])}<h2>${wBody[5]}</h2>${ps([wBody[6] ?? ''])}</div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="cta_component"><h2 class="heading-style-h3">Questions about registration?</h2>
<p>Our Director-General replies within two working days.</p><a href="mailto:dg@brennockmun.org" class="button w-button">Email the Director-General</a></div>
</div></section>
<footer class="footer_component"><div class="padding-global">
<div class="footer_links">${wFoot.map((t) => `<a href="/${t.length}" class="footer_link">${t}</a>`).join('')}
</div><div class="footer_credit">© 2026 Brennock Model United Nations. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6561f0c4a9e3b2a1c8d70e01" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6561f0c4/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout521-webflow-mun-registration-fees',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[5] ?? ''],
  body: texts([wDek, wBody[0] ?? '', ...rowTexts(wRows).map((t) => t.replace(/\s+/g, ' ')), wBody[4] ?? '', wBody[6] ?? '']),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Financial aid applications close 20 December.', 'Apply for aid', 'Secretariat', 'FAQ', 'Register your delegation',
    'Questions about registration?', 'Our Director-General replies within two working days.', 'Email the Director-General', ...wFoot,
    '© 2026 Brennock Model United Nations. All rights reserved.',
  ]),
};

const gTitle = 'Michaelmas term in review: four finals and a full novice squad';
const gDek = 'Our biggest term in a decade, and what we are planning for Lent.';
const gBody = [
  j(
    'When we opened the doors at the freshers\u2019 fair in October, we hoped for forty new members. We signed up ninety-three,',
    'and more than sixty of them were still coming to Tuesday training by the end of term. That has never happened before, and it',
    'is thanks to the training team, who split the novices into four groups so that everyone got a speech every week.',
  ),
  'Competitions',
  j(
    'Teams from the society reached the final of four intervarsity competitions this term: the Dunmere Open, the Carvell Novice',
    'Cup, the Thornbury IV and the Northern Women\u2019s and Gender Minorities Championship. Aoife Brannagh and Sam Okafor won the',
    'Carvell Novice Cup in their first term of debating.',
  ),
  j('Our adjudicators did well too. Three members broke as judges at Thornbury, and two were invited onto adjudication cores for', 'competitions next term.'),
  'Public debates',
  j(
    'The termly public debate on whether the town should pedestrianise its high street filled the Assembly Rooms. The motion',
    'fell by 112 votes to 97 after a late speech from the floor by a local bus driver, which several members have described',
    'as the best speech of the term.',
  ),
  'Looking ahead to Lent',
  'a second novice competition in February, open to all universities in the region',
  'a judging workshop for members who have never adjudicated',
  'our first schools outreach day, with six local sixth forms',
  j(
    'As ever, the society runs on volunteers. If you would like to help with outreach or the novice competition, speak to any',
    'member of the committee at training.',
  ),
];
const gNav = ['Home', 'Training', 'Competitions', 'Archive', 'About'];
const gMore = ['How we run novice training', 'Easter term: elections and AGM', 'Motion round-up: October'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8c3a1e2f11"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.corvendebating.org/michaelmas-review/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Corven Debating Society"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-08T18:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Corven Debating Society"},
"author":{"@type":"Person","name":"Ellis Marwood"},"headline":"${gTitle}","datePublished":"2026-12-08T18:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.75">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://news.corvendebating.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="/">Corven Debating Society</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site"
data-ghost-search><svg></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-termly-report featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/termly-report/">Termly report</a></span><span class="post-card-featured"><svg></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ellis/" class="author-avatar author-profile-image"><img src="/content/images/ellis.jpg" alt="Ellis Marwood"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ellis/">Ellis Marwood</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-12-08">Dec 8, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/12/final.jpg" alt="The Carvell Novice Cup final"><figcaption>Aoife and Sam after the Carvell final.
Photo: Priscilla Node</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps([gBody[0] ?? ''])}<h2 id="competitions">${gBody[1]}</h2>${ps(gBody.slice(2, 4))}
<h2 id="public-debates">${gBody[4]}</h2>${ps([gBody[5] ?? ''])}<hr><h2 id="looking-ahead-to-lent">${gBody[6]}</h2><ul>${lis(gBody.slice(7, 10))}</ul>
${ps([gBody[10] ?? ''])}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link"
href="/${t.length}/"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Corven Debating Society</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8c3a1e2f11"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout521-ghost-casper-term-review',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[4] ?? '', gBody[6] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => ![1, 4, 6].includes(i))]),
  bylines: ['Ellis Marwood', 'Dec 8, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Corven Debating Society', 'Home', 'Archive', 'About', 'Sign in', 'Subscribe', 'Termly report', 'Featured',
    'Aoife and Sam after the Carvell final. Photo: Priscilla Node', 'Sign up for more like this.', 'Enter your email', ...gMore,
    'Corven Debating Society © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ]),
};

export const HELDOUT521_E: readonly TestPage[] = [webflow, ghost];
