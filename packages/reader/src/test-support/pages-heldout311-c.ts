import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout311-kit.js';

/**
 * Held-out batch 311, file c: a Devpost hackathon's Rules page (site header, challenge header with its tabs, the rules with
 * numbered sections, the side panel with deadline, prizes and themes, the Devpost footer) and a Drupal museum's exhibition
 * page (top links, main menu, breadcrumb, exhibition fields with dates, place and tickets, a figure with caption and
 * credit, a pull quote, "Plan your visit" block, related exhibitions, newsletter block, footer and the EU cookie popup).
 */
const dName = 'Harbourline Civic Hackathon 2026';
const dRules = [
  [
    '1. Eligibility',
    [
      j(
        'The hackathon is open to individuals aged 18 or over and to teams of up to four people. Residents of any country may take',
        'part, except where local law forbids it. Employees of the organisers and of the judging partners may take part but cannot win prizes.',
      ),
      'Each participant may belong to one team only. Teams may change their members until the submission deadline.',
    ],
  ],
  [
    '2. Timeline',
    [
      j(
        'Registration opens on 4 May 2026. The building period runs from 30 May, 10:00 Eastern Time, to 14 June, 17:00 Eastern Time.',
        'Judging takes place from 15 to 26 June, and winners are announced on 29 June during a public online ceremony.',
      ),
    ],
  ],
  [
    '3. What to build',
    [
      j(
        'Projects must help residents, small businesses or public services in the Harbourline region use the city’s open data:',
        'transport, air quality, housing permits or library services. Software, hardware and data visualisations are all welcome.',
      ),
      j(
        'Work started before the building period may be used only if it is open source and clearly marked as existing work in the',
        'submission. Judges will assess only what was built during the hackathon.',
      ),
    ],
  ],
  [
    '4. Submission requirements',
    [
      'Every submission must include all of the following items before the deadline passes:',
      'A project name and a short description of the problem it addresses',
      'A demo video of no more than three minutes, uploaded to a public video site',
      'A link to the source code repository with an open-source licence',
      'A list of the data sets used and how they were accessed',
      j(
        'Submissions that are incomplete at the deadline will not be judged. You may edit a submission as often as you like until the',
        'deadline; the last saved version is the one that counts.',
      ),
    ],
  ],
  [
    '5. Judging criteria',
    [
      j(
        'A panel of five judges from the city, local universities and civic groups will score each eligible project out of ten on four',
        'equally weighted criteria: usefulness to residents, quality of the implementation, use of open data, and clarity of the',
        'presentation. Ties are broken by the usefulness score.',
      ),
    ],
  ],
  [
    '6. Prizes',
    [
      j(
        'The grand prize is 6,000 US dollars. Two runner-up prizes of 2,000 US dollars and two honourable mentions of 1,000 US dollars',
        'will also be awarded. Prizes are paid to the team’s designated representative within sixty days of the announcement.',
      ),
    ],
  ],
  [
    '7. Intellectual property',
    [
      j(
        'Teams keep all rights to their projects. By submitting, you allow the organisers to show your project name, description and',
        'video on the hackathon site and in reports about the event.',
      ),
    ],
  ],
] as const;
const dTabs = ['Overview', 'My projects', 'Participants (412)', 'Resources', 'Rules', 'Project gallery', 'Updates', 'Discussions'];
const dTop = ['Hackathons', 'Projects', 'Host a hackathon', 'Log in', 'Sign up'];
const dFoot = ['About', 'Careers', 'Contact', 'Help', 'Browse hackathons', 'Explore projects', 'Hackathon guides', 'Portfolio', 'Your projects'];
const dFoot2 = ['Community guidelines', 'Security', 'Privacy policy', 'Terms of service'];
const dSection = (h: string, b: readonly string[]): string => (h.startsWith('4.') ? `<p>${b[0]}</p><ul>${lis(b.slice(1, -1))}</ul><p>${b.at(-1)}</p>` : ps(b));
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dName}: Official rules - Devpost</title>
<meta name="description" content="Official rules of ${dName}. Build tools that put the city's open data to work.">
<meta property="og:title" content="${dName}"><meta property="og:site_name" content="Devpost">
<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" media="all" href="https://d2dmyh35ffsxbl.cloudfront.example/assets/software.css">
<script>window.DEVPOST = {challengeId: 24871, loggedIn: false};</script></head>
<body class="challenges challenges-rules"><div id="site-navigation"><nav class="top-bar" data-topbar role="navigation"><ul class="title-area">
<li class="name"><a href="https://devpost.example" class="devpost-logo">Devpost</a></li></ul>
<section class="top-bar-section"><ul class="left">${links(dTop.slice(0, 3))}</ul><ul class="right">${links(dTop.slice(3))}</ul></section></nav></div>
<header id="challenge-header" class="challenge-header"><div class="row"><div class="small-12 columns">
<h1 id="challenge-title" class="title">${dName}</h1><h3 class="tagline">Build tools that put the city's open data to work</h3></div></div>
<nav id="challenge-navigation" class="row"><ul class="no-bullet inline-list">${links(dTabs)}</ul></nav></header>
<section id="challenge-rules" class="large-8 columns"><article id="rules" class="content-section">
<h2 class="section-title">Official Rules</h2>
${dRules.map(([h, b]) => `<h3>${h}</h3>\n${dSection(h, b)}`).join('\n')}
</article></section>
<aside id="challenge-sidebar" class="large-4 columns"><div class="side-info"><div class="status-label open">Upcoming</div>
<table class="info-with-icon"><tr><td><i class="fas fa-calendar"></i></td><td><strong>Deadline</strong><div class="date">Jun 14, 2026 @ 5:00pm EDT</div></td>
</tr><tr><td><i class="fas fa-globe"></i></td><td>Online</td></tr><tr><td><i class="fas fa-flag"></i></td><td>Public</td></tr></table>
<div class="prize-total"><span class="value">$12,000</span> in prizes</div><div class="participants">412 participants</div>
<div class="themes"><span class="label">Themes</span>${links(['Social Good', 'Open Ended', 'Beginner Friendly'], 'theme-label')}</div>
<a class="button radius" href="/register">Join hackathon</a><div class="managed-by">Managed by Devpost</div></div></aside>
<footer id="footer" class="row"><div class="footer-logo">Devpost</div><ul class="footer-links">${links(dFoot)}</ul>
<ul class="legal">${links(dFoot2)}</ul><p class="copyright">© 2026 Devpost, Inc. All rights reserved.</p></footer>
<script src="https://d2dmyh35ffsxbl.cloudfront.example/assets/application.js"></script></body></html>`;
const devpost: TestPage = {
  name: 'heldout311-devpost-hackathon-rules',
  kind: 'docs',
  html: dHtml,
  title: dName,
  headings: ['Official Rules', ...dRules.map(([h]) => h)],
  body: texts(dRules.flatMap(([, b]) => [...b])),
  bylines: [],
  furniture: [
    'Devpost',
    ...dTop.filter((t) => t !== 'Projects'),
    "Build tools that put the city's open data to work",
    ...dTabs.filter((t) => t !== 'Rules'),
    'Upcoming',
    'Deadline',
    'Jun 14, 2026 @ 5:00pm EDT',
    'Online',
    'Public',
    '$12,000 in prizes',
    '412 participants',
    'Themes',
    'Social Good',
    'Open Ended',
    'Beginner Friendly',
    'Join hackathon',
    'Managed by Devpost',
    ...dFoot,
    ...dFoot2,
    '© 2026 Devpost, Inc. All rights reserved.',
  ],
};

const mTitle = 'Salt and Thread: Weaving the North Sea Coast';
const mP1 = [
  j(
    'For three centuries, the fishing villages between Skarn and Holme kept their boats, their nets and their families together',
    'with woven cloth. Sails, net twine, work smocks and wedding blankets were all made within a day’s walk of the shore.',
  ),
  j(
    'This exhibition brings together more than 140 objects from our own collection and from eleven local heritage societies, many',
    'of them shown in public for the first time. Alongside the textiles are looms, pattern books and the account ledgers of the',
    'weaving cooperative that supplied the coast until 1931.',
  ),
];
const mP2 = [
  j(
    'The first room follows flax and wool from field to thread. Visitors can handle samples of retted flax and try a reconstructed',
    'spinning wheel, built by volunteers from drawings in the Holme parish records.',
  ),
  j(
    'The second room is devoted to the wedding blanket, a tradition in which each family added one band of pattern. One blanket on',
    'display carries nineteen bands, the oldest dated by its dyes to around 1790.',
  ),
  j(
    'Many of the blankets were never meant to be kept. They were used, mended and cut down for children’s clothes, and the ones that',
    'survive usually did so because a family packed them away after a death at sea. Labels beside each piece tell those stories',
    'where the families have shared them with us.',
  ),
];
const mQuote = j(
  '“We often think of these villages as places of men and boats. The cloth tells a different story: of women who ran a trade,',
  'kept accounts and taught their patterns across generations.”',
);
const mP3 = [
  'So says the curator of textiles, who spent four years tracing the families behind the pattern books.',
  j(
    'The final room brings the story up to date, with work by six contemporary weavers who were invited to respond to objects in',
    'the collection. Their pieces use nylon net, recycled sailcloth and, in one case, fishing line pulled from the beach at Holme.',
  ),
];
const mEvents = [
  'Curator’s tour: every first Thursday of the month at 18:00',
  'Family weaving workshops on Saturday mornings during school holidays',
  'A study day on coastal textiles with the Holme Heritage Society on 23 May',
];
const mTop = ['Visiting', 'Exhibitions', 'Collections', 'Learn', 'Support us', 'Shop'];
const mRelated = ['Harbour Lights: Photographs of the Night Fleet', 'The Net Menders', 'Sea Glass and Other Small Treasures'];
const mFoot = ['Opening hours', 'Accessibility', 'Contact us', 'Press', 'Jobs', 'Privacy statement'];
const mHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${mTitle} | Vessby Coastal Museum</title>
<meta name="description" content="Three centuries of woven cloth from the North Sea fishing villages.">
<link rel="canonical" href="https://www.vessbymuseum.example/exhibitions/salt-and-thread">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta property="og:title" content="${mTitle}">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2814","currentLanguage":"en"},
"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_QeR8.css"></head>
<body class="path-node page-node-type-exhibition"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="site-header">
<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home">
<img src="/themes/custom/vessby/logo.svg" alt="Home"></a></div>
<div id="block-tickets" class="block block-block-content"><a class="button" href="/tickets">Book tickets</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(mTop, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/exhibitions">Exhibitions</a></li>
<li>Salt and Thread</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="2814" role="article" about="/exhibitions/salt-and-thread" class="node node--type-exhibition node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${mTitle}</span></h1>
<div class="exhibition-meta"><div class="field field--name-field-dates">14 March – 6 September 2026</div>
<div class="field field--name-field-location">Gallery 4, second floor</div><div class="field field--name-field-price">Included in general admission</div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(mP1)}<h2>From flax to sail</h2>${ps(mP2)}</div>
<div class="paragraph paragraph--type--image paragraph--view-mode--default"><figure role="group" class="caption caption-img">
<img loading="lazy" src="/sites/default/files/2026-02/wedding-blanket.jpg" width="1200" height="800" alt="">
<figcaption>Wedding blanket with nineteen pattern bands, Holme, about 1790 to 1880. <span class="credit">Photo: Ansgar Bloom / Vessby Coastal Museum</span>
</figcaption></figure></div>
<div class="paragraph paragraph--type--quote"><blockquote><p>${mQuote}</p></blockquote></div>
<div class="clearfix text-formatted field field--name-field-body-2 field__item">${ps(mP3)}<h2>Events around the exhibition</h2><ul>${lis(mEvents)}</ul></div>
</div></article>
<div id="block-planyourvisit" class="block block-block-content sidebar-block"><h2>Plan your visit</h2><p>Open Tuesday to Sunday, 10:00 to 17:00</p>
<p>Free for under-18s and members</p><a href="/visit">Getting here</a></div>
<div class="views-element-container block block-views" id="block-views-block-related-exhibitions"><h2>You may also like</h2>
<ul>${links(mRelated, 'views-row')}</ul></div>
<div id="block-newsletter" class="block block-simplenews"><h2>Stay in touch</h2><p>Get news of exhibitions and events once a month.</p>
<form class="simplenews-subscriber-form"><label for="edit-mail">Email address</label><input type="email" id="edit-mail" name="mail">
<button type="submit" class="button">Subscribe</button></form></div></div></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(mFoot, 'menu-item')}</ul>
<p>Vessby Coastal Museum, Strandvägen 2, Vessby. Registered charity no. 1184402.</p></footer></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout311-drupal-museum-exhibition',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['From flax to sail', 'Events around the exhibition'],
  body: texts([...mP1, ...mP2, mQuote, ...mP3, ...mEvents]),
  bylines: [],
  furniture: [
    'Skip to main content',
    'Book tickets',
    ...mTop,
    'Home',
    '14 March – 6 September 2026',
    'Gallery 4, second floor',
    'Included in general admission',
    'Wedding blanket with nineteen pattern bands, Holme, about 1790 to 1880.',
    'Photo: Ansgar Bloom / Vessby Coastal Museum',
    'Plan your visit',
    'Open Tuesday to Sunday, 10:00 to 17:00',
    'Free for under-18s and members',
    'Getting here',
    'You may also like',
    ...mRelated,
    'Stay in touch',
    'Get news of exhibitions and events once a month.',
    'Email address',
    'Subscribe',
    ...mFoot,
    'Vessby Coastal Museum, Strandvägen 2, Vessby. Registered charity no. 1184402.',
    'We use cookies on this site to enhance your user experience',
    'By clicking the Accept button, you agree to us doing so.',
    'Accept',
    'No, thanks',
  ],
};

export const HELDOUT311_C: readonly TestPage[] = [devpost, drupal];
