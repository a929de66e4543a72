import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout670-kit.js';

/**
 * Held-out batch 670, file c: a polo club's beginner clinic page on Webflow, and a greyhound stadium's feature post on Ghost
 * (Casper theme).
 */
const wTitle = 'Polo Taster Clinics';
const wDek = 'Never sat on a polo pony? Two hours is all it takes to hit your first ball.';
const wBody = [
  j(
    'Our taster clinics run every Saturday morning from May to September on the practice ground at Oakhurst. You will learn',
    'how to hold the mallet, the four basic shots and the rules of the line, first on a wooden horse and then on one of our',
    'school ponies.',
  ),
  'No polo experience is needed, but you should be able to walk, trot and canter confidently.',
  'What to bring',
  'Jodhpurs or close-fitting trousers',
  'Long boots, or short boots with half chaps',
  'Gloves and a water bottle',
  'We provide hats, mallets, knee guards and ponies. Changing rooms and showers are in the clubhouse.',
  'After the taster',
  j(
    'Most people who enjoy the taster go on to our six-week Novice Course, which ends with a friendly chukka against the other',
    'groups. Taster fees are deducted from the course price if you book within a month.',
  ),
];
const wNav = ['The Club', 'Membership', 'Tournaments', 'Polo School', 'Livery', 'Contact'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.oakhurstpolo.example" data-wf-page="65f1a2b3c4d5e6f7a8b9c0d1" data-wf-site="65f1a2b3c4d5e6f7a8b9c0aa"><head><meta charset="utf-8">
<title>Polo Taster Clinics | Oakhurst Polo Club</title><meta content="${wDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3/css/oakhurst-polo.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body-school"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1a2b3/logo.svg"
loading="lazy" alt="Oakhurst Polo Club" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a Clinic</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="hero-school"><div class="container w-container"><div class="eyebrow">Polo School</div><h1 class="heading-xl">${wTitle}</h1>
<p class="hero-paragraph">${wDek}</p><div class="price-tag"><div class="price-label">From</div><div class="price-amount">£95</div></div></div></section>
<section class="section-content"><div class="container w-container"><div class="w-layout-grid grid-2col"><div class="rich-text-block w-richtext">
${ps(wBody.slice(0, 2))}<h3>${wBody[2]}</h3><ul role="list">${lis(wBody.slice(3, 6))}</ul>${ps([wBody[6] ?? ''])}
<h3>${wBody[7]}</h3>${ps([wBody[8] ?? ''])}</div>
<div class="side-card"><h4 class="side-card-heading">Clinic details</h4><div class="detail-row"><div class="detail-label">When</div>
<div class="detail-value">Saturdays, 9.30am to 11.30am</div></div><div class="detail-row"><div class="detail-label">Group size</div>
<div class="detail-value">Up to six riders</div></div><div class="detail-row"><div class="detail-label">Minimum age</div>
<div class="detail-value">12 years</div></div>
<a href="/book" class="button w-button">Book Your Place</a></div></div></div></section>
<section class="newsletter-section"><div class="container w-container"><h2 class="heading-m">Stay in the saddle</h2>
<p>Club news and clinic dates, once a month.</p><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-title">Oakhurst Polo Club</div>
<p class="footer-text">Hollins Lane, Oakhurst, OK3 8PL</p></div><div class="footer-col">${links(['Privacy Policy', 'Club Rules', 'Careers'])
  .replace(/<li>/g, '')
  .replace(/<\/li>/g, '')}</div></div><div class="footer-legal">© 2026 Oakhurst Polo Club. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1a2b3/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflowPolo: TestPage = {
  name: 'heldout670-polo-taster-webflow',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[7] ?? ''],
  body: [wDek, ...wBody.filter((_, i) => i !== 2 && i !== 7)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a Clinic', '£95', 'Clinic details', 'When', 'Saturdays, 9.30am to 11.30am', 'Group size', 'Up to six riders',
    'Minimum age', '12 years', 'Book Your Place', 'Stay in the saddle', 'Club news and clinic dates, once a month.',
    'Oakhurst Polo Club',
    'Hollins Lane, Oakhurst, OK3 8PL', 'Privacy Policy', 'Club Rules', 'Careers', '© 2026 Oakhurst Polo Club. All rights reserved.',
  ],
};

const gTitle = 'Forty years on the graveyard shift: a night with Harrowby\u2019s kennel master';
const gDek = 'Ruth Mallender has walked the kennel block at Harrowby every race night since 1986. We spent an evening with her.';
const gBody = [
  j(
    'At a quarter to six the kennel block at Harrowby Stadium smells of disinfectant and warm straw. Ruth Mallender is already',
    'on her second circuit of the pens, clipboard in hand, checking the identity of each runner against its earmark and the',
    'card. &#8220;Sixty-two dogs tonight,&#8221; she says. &#8220;Every one of them gets looked at twice before it goes near a trap.&#8221;',
  ),
  j(
    'Mallender started as a part-time kennel hand at sixteen, when the stadium still raced on a sand track lit by sodium lamps.',
    'She became kennel master in 1998, the first woman to hold the job at Harrowby, and she has missed just four meetings since.',
  ),
  'The routine',
  j(
    'The dogs arrive with their trainers ninety minutes before the first race. Each is weighed, and any dog more than a kilo',
    'off its last racing weight is reported to the stewards. Then the vet looks them over, and they are led to their pens.',
  ),
  j(
    'Between races, Mallender keeps the block quiet. Radios are banned, and so are visitors without a pass. &#8220;A calm dog',
    'runs its race,&#8221; she says. &#8220;A wound-up dog runs everybody else&#8217;s.&#8221;',
  ),
  'What has changed',
  j(
    'More than the dogs, it is the paperwork. Microchips replaced ear tattoos as the main check in 2017, and every weight is',
    'now entered on a tablet that sends it straight to the stewards&#8217; room. Mallender still writes everything on her clipboard',
    'as well. &#8220;Tablets run out of battery,&#8221; she says.',
  ),
  j(
    'The biggest change, she says, is what happens to the dogs afterwards. Harrowby now finds homes for around 120 retired',
    'greyhounds a year through its own rehoming kennel, which Mallender helped to set up.',
  ),
  'She has no plans to stop. &#8220;When they carry me out of here,&#8221; she says, &#8220;make sure it&#8217;s between races.&#8221;',
];
const gNav = ['Home', 'Race Nights', 'Rehoming', 'Stories', 'About'];
const gRead = ['Inside the new starting traps', 'Ten things you didn\u2019t know about the hare', 'Sprint Trophy heats: the draw'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Forty years on the graveyard shift: a night with Harrowby&#8217;s kennel master</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9f3a1b2c4d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://stories.harrowbystadium.example/forty-years-kennel-master/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Harrowby Stadium Stories"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-20T09:00:00.000Z"><meta property="article:tag" content="People">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harrowby Stadium Stories"},
"author":{"@type":"Person","name":"Owen Tarrant"},"headline":"Forty years on the graveyard shift","datePublished":"2026-02-20T09:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Harrowby Stadium Stories" href="/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://stories.harrowbystadium.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-people is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Harrowby Stadium Stories</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin"
data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-people image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/people/">People</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle.replace('\u2019', '&#8217;')}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/owen/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/content/images/owen.jpg" alt="Owen Tarrant">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/owen/">Owen Tarrant</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-20">Feb 20, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/ruth.jpg 300w" src="/content/images/ruth.jpg" alt="Ruth Mallender in the kennel block">
<figcaption><span style="white-space: pre-wrap;">Ruth Mallender before the first race. Photograph by Lena Frost.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="the-routine">${gBody[2]}</h2>
${ps(gBody.slice(3, 5))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/02/clipboard.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800"><figcaption><span style="white-space: pre-wrap;">The clipboard that goes everywhere.</span></figcaption></figure>
<h2 id="what-has-changed">${gBody[5]}</h2>
${ps(gBody.slice(6, 8))}
<blockquote class="kg-blockquote-alt">${gBody[8]}</blockquote>
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>Thinking of giving a retired greyhound a home?
Visit the rehoming kennel on any Sunday between 11am and 3pm.</p></div><a href="/rehoming/" class="kg-cta-button">Meet the dogs</a></div></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post">
<a class="post-card-image-link" href="/inside-the-new-starting-traps/">
</a><div class="post-card-content"><a class="post-card-content-link" href="/inside-the-new-starting-traps/"><header class="post-card-header">
<h2 class="post-card-title">${gRead[0]}</h2></header></a></div></article><article class="post-card post"><div class="post-card-content"><a
class="post-card-content-link" href="/hare/"><header class="post-card-header"><h2 class="post-card-title">${gRead[1]?.replace('\u2019', '&#8217;')}</h2>
</header>
</a></div></article><article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/sprint-trophy-draw/">
<header class="post-card-header"><h2 class="post-card-title">${gRead[2]}</h2></header></a></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Harrowby Stadium Stories</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9f3a1b2c4d"></script></body></html>`;
const ghostGreyhound: TestPage = {
  name: 'heldout670-greyhound-kennel-feature-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? '', gBody[5] ?? ''],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2 && i !== 5)]),
  bylines: ['Owen Tarrant', 'Feb 20, 2026', '• 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrowby Stadium Stories', ...gNav.filter((t) => t !== 'Rehoming'), 'Sign in', 'Subscribe', 'People', 'Featured',
    'Ruth Mallender before the first race. Photograph by Lena Frost.',
    'The clipboard that goes everywhere.',
    'Thinking of giving a retired greyhound a home? Visit the rehoming kennel on any Sunday between 11am and 3pm.', 'Meet the dogs',
    'Sign up for more like this.', 'Enter your email', ...gRead, 'Harrowby Stadium Stories © 2026', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT670_C: readonly TestPage[] = [webflowPolo, ghostGreyhound];
