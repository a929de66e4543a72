import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout380-kit.js';

/**
 * Held-out batch 380, file e: a Foldit-style news post on a Drupal 7 site (Bartik-like regions, "Submitted by" line,
 * taxonomy tags, node links, threaded comments and the sidebar blocks) and a BioBlitz event page from The Events Calendar
 * on WordPress (back link, schedule, event description, calendar export links, details / organizer / venue meta, event
 * navigation): a page whose main text is short.
 */
const fTitle = 'Puzzle 2417 results: players design a binder for the Tesk toxin';
const fBody = [
  j(
    'Two weeks ago we asked Helixcraft players to design a small protein that binds the Tesk toxin, a molecule made by a',
    'freshwater bacterium that can poison livestock. The response was bigger than any design puzzle we have run this year: 3,870',
    'players submitted more than 41,000 designs.',
  ),
  j(
    'We scored every design with our usual energy function and then filtered the top 2,000 by how well they packed against the',
    'toxin surface. Our lab partners at the Orvane Institute picked 96 of those designs to make and test for real.',
  ),
  j(
    'The best design, from the group team Coiled Coffee, binds the toxin tightly enough to block it in a test-tube assay. It uses',
    'an unusual arrangement of three short helices that none of our automated design tools had proposed. Two more designs from',
    'solo players also showed clear binding.',
  ),
  'What made the winning designs stand out:',
];
const fList = [
  'A flat, water-repelling patch that matches the groove on the toxin surface',
  'Few buried polar residues without a hydrogen-bond partner',
  'Loops kept short, so the designs folded reliably in the lab',
];
const fBody2 = [
  j(
    'Next month the Orvane team will test whether the binder still works in blood serum, which is a much harder environment. If it',
    'does, this could become the starting point for a cheap field test for contaminated water troughs.',
  ),
  j(
    'A follow-up puzzle, 2431, opens on Friday. It starts from the Coiled Coffee design and asks you to make it more stable at',
    'higher temperatures. As always, you can share your favourite solutions on the message boards and vote for designs you think deserve a',
    'look from the scientists.',
  ),
  'Thank you to everyone who played. This is exactly the kind of problem where human intuition still beats the computer.',
];
const fTags = ['Design puzzles', 'Lab results', 'Toxins'];
const fNav = ['Home', 'Get Started', 'Puzzles', 'Forum', 'Groups', 'Blog', 'Science'];
const fComments = [
  ['marisol_folds', 'Wed, 04/10/2024 - 08:12', 'Congratulations Coiled Coffee! Amazing that three helices were enough.'],
  ['bondbreaker', 'Wed, 04/10/2024 - 11:47', 'Will the lab data be shared? I would love to see which of my designs failed and why.'],
  ['helixcraft_dev', 'Wed, 04/10/2024 - 13:05', 'Yes, we will post the full binding data for all 96 designs with puzzle 2431.'],
];
const fHtml = `<!DOCTYPE html><html lang="en" dir="ltr" xmlns:og="http://ogp.me/ns#"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/news/puzzle-2417-results" /><title>${fTitle} | Helixcraft</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?s8z1kq");</style>
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"helix"}});</script></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-8812 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/default/files/helixcraft_logo.png" alt="Helixcraft" /></a>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">${links(fNav)}</ul></div>
<div class="region region-header"><div id="block-user-login" class="block"><a href="/user/login">Log in</a> | <a href="/user/register">Create new account</a>
</div></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="breadcrumb"><h2 class="element-invisible">You are here</h2>
<div class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a><h1 class="title" id="page-title">${fTitle}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-8812" class="node node-article node-promoted clearfix" about="/news/puzzle-2417-results" typeof="sioc:Item foaf:Document">
<div class="meta submitted">
<span property="dc:date dc:created"
content="2024-04-09T15:21:00-07:00">Submitted by <span class="username">helixcraft_dev</span> on Tue, 04/09/2024 - 15:21</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">
<div class="field-item even" property="content:encoded">${ps(fBody)}<ul>${lis(fList)}</ul>
<p><img src="/sites/default/files/2417_winner.png" alt="" /></p><p class="caption">
<em>The winning Coiled Coffee design (blue) docked against the toxin (grey).</em></p>
${ps(fBody2)}</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div>
<div class="field-items">${fTags.map((t, i) => `<div class="field-item ${i % 2 ? 'odd' : 'even'}"><a href="/tags/${i}">${t}</a></div>`).join('')}</div></div>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login">Log in</a> or
<a href="/user/register">register</a> to post comments</span></li></ul></div>
<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>${fComments
  .map(
    (c) => `<div class="comment clearfix"><div class="attribution"><div class="comment-submitted"><p class="commenter-name">
<span class="username">${c[0]}</span></p>
<p class="comment-time">${c[1]}</p></div></div><div class="comment-text"><div class="content"><p>${c[2]}</p></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-news-block" class="block"><h2>Recent news</h2><div class="content">
<ul>${links(['Contest: design a heat-stable enzyme', 'New tutorial levels for beginners', 'Server maintenance on 20 April'])}</ul></div></div>
<div id="block-block-3" class="block"><h2>Download Helixcraft</h2><div class="content"><p>Available for Windows, macOS and Linux.</p></div></div></div></div>
</div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<p>Helixcraft is developed by the Orvane Institute Protein Design Group.</p>
<ul class="menu">${links(['Privacy', 'Terms of use', 'Contact us'])}</ul></div></div></div></div></div></div></body></html>`;

export const drupalNews: TestPage = {
  name: 'heldout380-drupal-foldit-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fBody, ...fList, ...fBody2]),
  bylines: ['Submitted by helixcraft_dev on Tue, 04/09/2024 - 15:21'],
  furniture: [
    ...fNav,
    ...fTags,
    ...fComments.flat(),
    'Skip to main content',
    'Main menu',
    'Log in',
    'Create new account',
    'You are here',
    'News',
    'The winning Coiled Coffee design (blue) docked against the toxin (grey).',
    'Tags:',
    'to post comments',
    'Comments',
    'Recent news',
    'Contest: design a heat-stable enzyme',
    'New tutorial levels for beginners',
    'Server maintenance on 20 April',
    'Download Helixcraft',
    'Available for Windows, macOS and Linux.',
    'Helixcraft is developed by the Orvane Institute Protein Design Group.',
    'Privacy',
    'Terms of use',
    'Contact us',
  ],
};

const bTitle = 'Ashcombe Common BioBlitz 2024';
const bDesc = [
  j(
    'Join us for 30 hours of wildlife recording on Ashcombe Common. Our aim is simple: find and record as many species as we',
    'can, from lichens on the old gateposts to bats over the pond, and add every record to the county database.',
  ),
  j(
    'Experts from local natural history societies will lead short walks and trapping sessions throughout the weekend. You do',
    'not need any experience, and children are very welcome when accompanied by an adult.',
  ),
  'Highlights of the programme:',
];
const bProg = [
  'Saturday 10:00: pond dipping and dragonfly walk',
  'Saturday 14:00: grassland plant hunt with the Ashcombe Botanical Society',
  'Saturday 21:30: bat detector walk and moth trapping',
  'Sunday 06:00: dawn chorus walk',
  'Sunday 11:00: species count reveal and cake',
];
const bEnd = [
  j(
    'The event costs nothing, but please book so we know how many people to expect on each walk. Wear sturdy footwear and bring a',
    'phone or camera if you have one. Parking is limited; the number 44 bus stops at Ashcombe Green, five minutes away.',
  ),
];
const bByl = ['June 8 @ 9:00 am - June 9 @ 4:00 pm'];
const bMeta = [
  'Details',
  'Date:',
  'June 8 @ 9:00 am',
  'Event Category:',
  'BioBlitz',
  'Organizer',
  'Ashcombe Wildlife Group',
  'Venue',
  'Ashcombe Common Visitor Hut',
];
const bCal = ['Google Calendar', 'iCalendar', 'Outlook 365', 'Export .ics file'];
const bNav = ['About', 'Events', 'Surveys', 'Volunteer', 'Contact'];
const bHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${bTitle} - Ashcombe Wildlife Group</title>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"${bTitle}","startDate":"2024-06-08T09:00:00+01:00",
"endDate":"2024-06-09T16:00:00+01:00","location":{"@type":"Place","name":"Ashcombe Common Visitor Hut"},
"organizer":{"@type":"Person","name":"Ashcombe Wildlife Group"}}]</script>
<link rel="stylesheet" id="tribe-events-v2-single-skeleton-css"
href="/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css">
</head><body class="tribe_events-template-default single single-tribe_events postid-918 tribe-events-page-template tribe-theme-twentytwentyone">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Ashcombe Wildlife Group</a>
</p>
<p class="site-description">Recording nature on the Common since 1978</p></div>
<nav id="site-navigation" class="primary-navigation"><ul id="primary-menu-list" class="menu-wrapper">${links(bNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><section id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="/events/">« All Events</a></p>
<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
<h1 class="tribe-events-single-event-title">${bTitle}</h1>
<div class="tribe-events-schedule tribe-clearfix"><h2>
<span class="tribe-event-date-start">June 8 @ 9:00 am</span> - <span class="tribe-event-date-end">June 9 @ 4:00 pm</span></h2>
<span class="tribe-events-cost">Free</span></div>
<div id="post-918" class="post-918 tribe_events type-tribe_events status-publish has-post-thumbnail tribe_events_cat-bioblitz">
<div class="tribe-events-event-image"><img src="/wp-content/uploads/2024/03/bioblitz.jpg" alt=""></div>
<div class="tribe-events-single-event-description tribe-events-content">${ps(bDesc)}<ul>${lis(bProg)}</ul>${ps(bEnd)}</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container">
<button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button>
<ul class="tribe-events-c-subscribe-dropdown__list">${links(bCal, 'tribe-events-c-subscribe-dropdown__list-item')}</ul></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title">${bMeta[0]}</h2><dl><dt class="tribe-events-start-date-label">${bMeta[1]}</dt><dd>
<abbr class="tribe-events-abbr">${bMeta[2]}</abbr></dd>
<dt class="tribe-events-event-categories-label">${bMeta[3]}</dt><dd class="tribe-events-event-categories"><a href="/events/category/bioblitz/">${bMeta[4]}</a>
</dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">${bMeta[5]}</h2>
<dl><dd class="tribe-organizer">${bMeta[6]}</dd><dt class="tribe-organizer-email-label">Email</dt>
<dd class="tribe-organizer-email">bioblitz@ashcombewildlife.org.uk</dd></dl></div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">${bMeta[7]}</h2>
<dl><dd class="tribe-venue">${bMeta[8]}</dd><dd class="tribe-venue-location"><address class="tribe-events-address">Common Lane, Ashcombe, AS7 3QD</address>
</dd></dl></div></div></div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="/event/spring-moth-night/"><span>«</span> Spring Moth Night</a></li>
<li class="tribe-events-nav-next"><a href="/event/hedge-planting-day/">Hedge Planting Day <span>»</span></a></li></ul></nav></div></div>
<div class="tribe-events-after-html"></div></section></main></div>
<aside class="widget-area"><section class="widget widget_search"><h2 class="widget-title">Search</h2></section>
<section class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Join our mailing list</h2><p>Monthly news of surveys and walks.</p></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><p>Ashcombe Wildlife Group is a registered charity, no. 1090412.</p>
<div class="powered-by">Proudly powered by WordPress.</div></div></footer></div></body></html>`;

export const eventsCalendarBioblitz: TestPage = {
  name: 'heldout380-events-calendar-bioblitz',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts([...bDesc, ...bProg, ...bEnd]),
  bylines: bByl,
  furniture: [
    ...bMeta,
    ...bNav,
    'Recording nature on the Common since 1978',
    '« All Events',
    'This event has passed.',
    'Free',
    'Add to calendar',
    'Google Calendar',
    'iCalendar',
    'Outlook 365',
    'Export .ics file',
    'Email',
    'bioblitz@ashcombewildlife.org.uk',
    'Common Lane, Ashcombe, AS7 3QD',
    '« Spring Moth Night',
    'Hedge Planting Day »',
    'Search',
    'Join our mailing list',
    'Monthly news of surveys and walks.',
    'Ashcombe Wildlife Group is a registered charity, no. 1090412.',
    'Proudly powered by WordPress.',
  ],
};

export const HELDOUT380_E: readonly TestPage[] = [drupalNews, eventsCalendarBioblitz];
