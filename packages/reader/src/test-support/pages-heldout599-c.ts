import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout599-kit.js';

/**
 * Held-out batch 599, file c: a Discourse topic on a trade forum (chimney stack repair or rebuild) with its sidebar, timeline and
 * suggested topics, and a lead flashing service page on Webflow with a hidden form success message.
 */
type Post = { user: string; date: string; paras: string[]; likes: number };
const dTitle = 'Leaning chimney stack on a 1930s semi – repoint or rebuild?';
const dPosts: Post[] = [
  {
    user: 'mikeh_roofing',
    date: 'Mar 3',
    likes: 2,
    paras: [
      j(
        'Surveyed a stack yesterday that has a visible lean towards the ridge, about 40mm over 1.2m. Mortar on the windward side is',
        'soft as sand and the flaunching has gone. Customer wants it repointed because the neighbour had theirs done for £450.',
      ),
      'Would you repoint this or insist on taking it down to below the roofline and rebuilding? Photos below.',
    ],
  },
  {
    user: 'StackJack',
    date: 'Mar 3',
    likes: 5,
    paras: [
      j(
        'Sulphate attack, almost certainly. The lean is always away from the side that took the flue gases longest. Repointing just',
        'hides it for a couple of years. I would take it down to three courses below the roof and rebuild with new lead.',
      ),
    ],
  },
  {
    user: 'Carys_W',
    date: 'Mar 4',
    likes: 1,
    paras: [
      j(
        'Agree with StackJack. Also check whether the stack is shared. If the party wall runs through it you need the neighbour on',
        'board before anything comes down, and a party wall notice if it is structural.',
      ),
    ],
  },
];
const dSide = ['Topics', 'My Posts', 'Review', 'More', 'Categories', 'Chimneys & Leadwork', 'Flat Roofing', 'Scaffolding', 'All categories'];
const dSuggested = ['Lime or cement for repointing an 1890s stack?', 'Best cowl for a gas fire flue', 'Lead soakers vs step flashing on a rebuilt stack'];
const postHtml = (
  p: Post,
  n: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${p.user}"
role="region" data-post-id="${9400 + n}" data-topic-id="2231" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true">
<img alt="" width="48" height="48" src="/user_avatar/${p.user}/48/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/2231/${n}">
<span title="${p.date}, 2026 8:14 pm" data-time="1772568840000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="btn-flat button-count like-count">${p.likes}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="Begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Chimneys &amp; Leadwork -
TradeRoof Forum</title>
<meta name="description" content="Surveyed a stack yesterday that has a visible lean towards the ridge"><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.traderoof.co.uk/t/leaning-chimney-stack-on-a-1930s-semi-repoint-or-rebuild/2231">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting",
"headline":"${dTitle}","author":{"@type":"Person","name":"mikeh_roofing"}}</script>
<link href="/stylesheets/desktop_3f1b2c.css?__ws=forum.traderoof.co.uk" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.traderoof.co.uk" data-environment="production"></head>
<body class="ember-application archetype-regular category-chimneys-leadwork has-sidebar-page"><div id="ember3" class="ember-view">
<section id="main" class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img
src="/uploads/default/original/1X/logo.png"
alt="TradeRoof Forum" id="site-logo" class="logo-big"></a></div></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-icon-text btn-primary btn-small sign-up-button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="Search" aria-label="Search"
class="icon btn-flat"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<ul class="sidebar-section-content">${links(dSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="ember-view"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="2231"><a
href="/t/leaning-chimney-stack/2231" class="fancy-title">
${dTitle}</a></h1><div class="topic-category ember-view"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/chimneys-leadwork/7">
<span class="badge-category__name">Chimneys &amp; Leadwork</span></a></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="2231"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => postHtml(p, i + 1)).join('\n')}
</div></div></section>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date">Mar 3</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 3</div></div>
<div class="timeline-date-wrapper"><a class="now-date">Mar 4</a></div></div></div></div></div></div></div>
<div id="topic-footer-buttons"><button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div>
<div class="more-topics__container"><div class="more-topics__lists single-list"><div role="complementary" aria-labelledby="suggested-topics-title"
class="suggested-topics">
<h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th>
<th>Views</th><th>Activity</th></tr></thead>
<tbody>${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${2200 + i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts">${4 + i}</td><td class="num views">${120 + i * 37}</td><td class="num activity">Feb ${10 + i}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
</div></div></div></section></div>
<footer class="custom-footer"><p>TradeRoof Forum is run by roofers, for roofers. Be civil. No cold selling.</p></footer></body></html>`;
const discourse: TestPage = {
  name: 'heldout599-discourse-chimney-lean',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['mikeh_roofing', 'Carys_W', 'Mar 3', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSide, 'Reply', '1 / 3', 'Suggested Topics', ...dSuggested, 'Feb 10', 'Feb 11', 'Feb 12',
    'TradeRoof Forum is run by roofers, for roofers. Be civil. No cold selling.',
  ],
};

const lTitle = 'Lead Flashing Repairs';
const lDek = 'Most roof leaks start where the roof meets a wall or chimney. We fix them with code 4 and code 5 sheet lead, dressed by hand.';
const lBody = [
  j(
    'Lead flashings crack with age, get lifted by wind and are often pinched by thieves from garages and outbuildings. A failed',
    'flashing lets water run down inside the wall, so the damp patch usually appears well away from the real leak.',
  ),
  j(
    'We replace step and cover flashings, back gutters behind chimneys, apron flashings over bay windows and lead valleys. Every',
    'length is cut no longer than 1.5 metres so it can move with the heat, and wedged and pointed into the joint with lead-coloured sealant.',
  ),
];
const lFaqH = 'Common questions';
const lFaq: [string, string][] = [
  ['Can you use a lead substitute?', 'Yes. Where theft is a problem we fit a fibreglass-backed alternative that has no scrap value.'],
  ['How long does it take?', 'Most chimney flashings are replaced in a day from a roof ladder. Larger stacks may need a scaffold.'],
];
const lNav = ['Services', 'Projects', 'About', 'Get a quote'];
const lHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 08:21:10 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.brightside-roofing.com" data-wf-page="65f0c7a1d2e4b3001f9a6c12" data-wf-site="65f0c7a1d2e4b3001f9a6b90" lang="en"><head><meta
charset="utf-8">
<title>Lead Flashing Repairs | Brightside Roofing</title><meta content="Lead flashing repairs and replacement across Saltmere." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0c7a1d2e4b3001f9a6b90/css/brightside-roofing.webflow.7c1d2e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Service","name":"Lead Flashing Repairs","provider":{"@type":"RoofingContractor",
"name":"Brightside Roofing"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f0c7a1d2e4b3001f9a6b90/logo.svg" loading="lazy"
alt="Brightside Roofing"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${lNav
  .map(
    (n, i) => `<a href="/${['services', 'projects', 'about', 'quote'][i]}"
class="nav-link w-nav-link">${n}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-service"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Roof repairs</div>
<h1 class="heading-xl">${lTitle}</h1><p class="hero-paragraph">${lDek}</p>
<a href="/quote" class="button-primary w-button">Book a free inspection</a></div></section>
<section class="section-content"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text-block w-richtext">
${ps(lBody)}<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65f0c7a1d2e4b3001f9a6b90/back-gutter.jpg" loading="lazy" alt="New back gutter behind a chimney"></div>
<figcaption>New lead back gutter in Saltmere Old Town.</figcaption></figure>
<h2>${lFaqH}</h2>${lFaq.map(([q, a]) => `<h3>${q}</h3><p>${a}</p>`).join('\n')}</div></div></section>
<section class="section-cta"><div class="w-container"><h2 class="cta-heading">Got a leak?</h2><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get"
aria-label="Email Form"><label for="name">Name</label><input class="w-input" maxlength="256" name="name" data-name="Name" type="text" id="name">
<label for="phone">Phone</label><input class="w-input" maxlength="256" name="phone" type="tel" id="phone"><input type="submit" data-wait="Please wait..."
class="submit-button w-button" value="Send"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div class="footer-text">Brightside Roofing · Saltmere · 01632 960
330</div>
<div class="footer-text">NFRC member no. 44812</div></div><div class="footer-copyright">© 2026 Brightside Roofing Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0c7a1d2e4b3001f9a6b90" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f0c7a1d2e4b3001f9a6b90/js/webflow.4c2a1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout599-webflow-lead-flashing',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lFaqH, ...lFaq.map(([q]) => q)],
  body: texts([lDek, ...lBody, ...lFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lNav, 'Roof repairs', 'Book a free inspection', 'New lead back gutter in Saltmere Old Town.', 'Got a leak?', 'Name', 'Phone',
    'Brightside Roofing · Saltmere · 01632 960 330', 'NFRC member no. 44812', '© 2026 Brightside Roofing Ltd',
  ],
};

export const HELDOUT599_C: readonly TestPage[] = [discourse, webflow];
