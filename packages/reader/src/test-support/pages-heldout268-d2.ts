import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 268, file d2: a UK Web Archive capture (pywb replay, www.webarchive.org.uk/wayback/archive/...) of a charity's
 * blog post on a Drupal site: pywb's wbinfo scripts and the archive's top banner, Civic Cookie Control's #ccc panel, the
 * charity's header with its "Donate" button, nav, breadcrumb, the post with author and date, a pull-out "Case study" box in the
 * body, a share list, a donation call-out, "More from our blog" cards and the footer with the charity registration numbers.
 */
const ts = '20200311094512';
const orig = 'https://www.hearthandhome.org.uk/blog/warm-welcome-winter-2019';
const title = 'What we learned from our first Warm Welcome winter';
const heads = ['Who came through the door', 'What made the difference', 'Next winter'];
const intro = [
  `Between November and February, eleven of our community hubs opened their doors every weekday afternoon as Warm Welcome
spaces: heated rooms with hot drinks, a phone charger and someone to talk to. This post looks back at the first winter.`,
];
const a = [
  `We recorded just over 4,800 visits across the eleven hubs. Around two thirds of visitors were over 60, but the fastest
growing group through January was parents with children under five, often coming straight from nursery pick-up.`,
  `Many people told volunteers that the heating was only part of the reason they came. Loneliness came up again and again,
especially from people who had lost a partner in the last few years.`,
];
const b = [
  'Three things stood out in the feedback forms and in conversations with hub volunteers:',
  'Having the same volunteer on the same afternoon each week, so visitors knew a face',
  'Offering advice on energy bills on the spot, not as a referral to somewhere else',
  'Keeping it informal, with no forms to fill in before someone could sit down',
  `One visitor in Haverleigh, a retired postman we will call Dennis, started coming for the warmth and ended up running the
hub's Thursday quiz. "I came in to save on the gas," he told us, "and now I have somewhere to be."`,
];
const c = [
  `Running costs were lower than we budgeted for, at about £90 per hub per week, mostly for heating and refreshments. Local
businesses donated tea, biscuits and, in two hubs, a weekly hot lunch, which quickly became the busiest afternoon of the week.`,
  `We plan to open sixteen hubs from October, including our first two in rural villages, and to train every volunteer in basic
energy advice before the season starts. If your group would like to host a Warm Welcome space, our community team would love
to hear from you.`,
];
const nav = ['Get help', 'Get involved', 'Our work', 'News and blog', 'About us'];
const crumbs = ['Home', 'News and blog'];
const more = ['Ten years of the Hearth and Home helpline', 'Volunteer stories: meet the Tuesday team', 'Our response to the energy price cap'];
const foot = ['Contact us', 'Privacy and cookies', 'Accessibility', 'Modern slavery statement'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head>
<script>wbinfo = {}; wbinfo.top_url = "https://www.webarchive.org.uk/wayback/archive/${ts}/${orig}"; wbinfo.url = "${orig}";
wbinfo.timestamp = "${ts}"; wbinfo.prefix = "https://www.webarchive.org.uk/wayback/archive/"; wbinfo.mod = ""; wbinfo.is_framed = false;
wbinfo.is_live = false; wbinfo.coll = "archive"; wbinfo.proxy_magic = ""; wbinfo.static_prefix = "https://www.webarchive.org.uk/wayback/static/";</script>
<script src='https://www.webarchive.org.uk/wayback/static/wombat.js'></script>
<script src='https://www.webarchive.org.uk/wayback/static/default_banner.js'></script>
<link rel='stylesheet' href='https://www.webarchive.org.uk/wayback/static/default_banner.css'/>
<!-- End WB Insert -->
<meta charset="utf-8"><title>${title} | Hearth and Home</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)"><link rel="canonical" href="${orig}">
<script src="https://www.webarchive.org.uk/wayback/archive/${ts}js_/https://cc.cdn.civiccomputing.com/9/cookieControl-9.x.min.js"></script></head>
<body class="path-node page-node-type-blog-post">
<div id="_wb_plain_banner" class="wb_plain_banner" lang="en"><span id="_wb_capture_info">Archived on <b>11 March 2020</b> at 09:45:12 by
the UK Web Archive.</span> <a href="https://www.webarchive.org.uk/wayback/archive/*/${orig}">View all versions</a>
<a href="https://www.webarchive.org.uk/">Back to the UK Web Archive</a></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__top"><div class="ccc-notify-text">
<h3>This site uses cookies to store information on your computer.</h3><p>Some are essential to make the site work; others help us improve the user
experience.</p></div><div class="ccc-notify-buttons"><button class="ccc-notify-button ccc-accept-button">Accept</button>
<button class="ccc-notify-button ccc-link ccc-tabbable">Settings</button></div></div></div>
<div class="dialog-off-canvas-main-canvas"><header class="site-header" role="banner">
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="site-header__brand"><a href="/wayback/archive/${ts}/https://www.hearthandhome.org.uk/" rel="home" class="site-logo">Hearth and Home</a></div>
<a class="button button--donate" href="/wayback/archive/${ts}/https://www.hearthandhome.org.uk/donate">Donate</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(nav, 'menu-item')}</ul></nav></header>
<main role="main"><div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<ol>${links(crumbs)}</ol></nav></div><a id="main-content" tabindex="-1"></a>
<article role="article" class="node node--type-blog-post node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${title}</span></h1>
<div class="node__meta"><span class="field--name-uid">Posted by <span>Anwen Price</span>, Community Programmes Manager</span>
<time class="field--name-created" datetime="2020-03-09T12:00:00Z">9 March 2020</time></div>
<div class="field field--name-field-hero-image"><img src="/wayback/archive/${ts}im_/https://www.hearthandhome.org.uk/sites/default/files/hub.jpg" alt="">
<p class="image-caption">Volunteers and visitors at the Haverleigh hub in January.</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${ps(intro)}
<h2>${heads[0]}</h2>
${ps(a)}
<h2>${heads[1]}</h2>
${ps(b.slice(0, 1))}
<ul>${b
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<div class="case-study"><p class="case-study__label">Case study</p>${ps(b.slice(4))}</div>
<h2>${heads[2]}</h2>
${ps(c)}
</div>
<div class="share-links"><span class="share-links__title">Share this page</span><ul>${links(['Facebook', 'Twitter', 'LinkedIn', 'Email'])}</ul></div>
<div class="callout callout--donate"><h3>Help us keep the doors open</h3><p>£25 could pay for a hub to stay warm for a whole afternoon.</p>
<a class="button" href="#">Donate now</a></div></article>
<section class="more-blog"><h2>More from our blog</h2><div class="cards">${more
  .map(
    (m) => `<div class="card"><h3 class="card__title"><a href="#">${m}</a>
</h3></div>`,
  )
  .join('\n')}
</div></section></main>
<footer class="site-footer" role="contentinfo"><ul class="menu">${links(foot)}</ul>
<p>Hearth and Home is a registered charity in England and Wales (1104882) and Scotland (SC041773).</p></footer></div>
</body></html>`;
export const ukwa: TestPage = {
  name: 'heldout268-uk-web-archive-charity-blog',
  kind: 'blog',
  html,
  title,
  headings: heads,
  body: texts([...intro, ...a, ...b, ...c]),
  bylines: ['Posted by Anwen Price, Community Programmes Manager', '9 March 2020'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Archived on 11 March 2020 at 09:45:12 by the UK Web Archive.', 'View all versions', 'Back to the UK Web Archive',
    'This site uses cookies to store information on your computer.', 'Some are essential to make the site work; others help us improve the user experience.',
    'Accept', 'Settings', 'Skip to main content', 'Hearth and Home', 'Donate', 'Main navigation', ...nav,
    'Volunteers and visitors at the Haverleigh hub in January.',
    'Case study', 'Share this page', 'Facebook', 'Twitter', 'LinkedIn', 'Email', 'Help us keep the doors open',
    '£25 could pay for a hub to stay warm for a whole afternoon.', 'Donate now', 'More from our blog', ...more, ...foot,
    'Hearth and Home is a registered charity in England and Wales (1104882) and Scotland (SC041773).',
  ],
};
