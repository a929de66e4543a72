import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout306-kit.js';

/**
 * Held-out batch 306, file d: a university physics department's short news item on Drupal 10 (university masthead,
 * department menu, breadcrumb, node with date and "Written by" field, body field, "Tags" field, contact block, the
 * department's "Latest news" view and "Upcoming seminars" block, and the two-level footer) and a Zooniverse-style
 * citizen-science project's About page rendered by the React front end (project header with stats, about-page tab nav,
 * markdown body, team list, "Get started" call to action, talk links and the platform footer).
 */
const uTitle = 'Student-built detector catches cosmic-ray shower over campus';
const uP = [
  j(
    'A cosmic-ray detector designed and built by third-year undergraduates in the department recorded its first large',
    'air shower on 2 March, when a single high-energy particle striking the upper atmosphere sent a spray of secondary',
    'particles across all six of its rooftop panels within 90 nanoseconds.',
  ),
  j(
    'The array, called WASP (Wendmoor Air Shower Panels), was assembled over two terms as part of the Advanced Laboratory',
    'module. Each panel is a sheet of plastic scintillator read out by a silicon photomultiplier, with timing provided by',
    'GPS receivers the students programmed themselves.',
  ),
  j(
    '“Seeing every panel fire at once was a real moment,” said student team leader Priya Santhanam. “We had spent weeks',
    'chasing noise, so a clean shower felt like proof that the whole system works.”',
  ),
  j(
    'From the arrival times, the team estimates that the primary particle carried an energy of around 10 PeV. Dr Oswin',
    'Calloway, who supervises the module, says the array will now run continuously and share its data with school',
    'groups in the region.',
  ),
];
const uMenu = ['About', 'Study', 'Research', 'People', 'News and events', 'Outreach'];
const uCrumb = ['Home', 'Department of Physics', 'News'];
const uLatest = ['Physics outreach team wins regional award', 'New quantum optics lab opens in the Beale Building', 'Alumni lecture: a career in fusion'];
const uSem = ['Condensed Matter Seminar: Flat bands in twisted bilayers', 'Astrophysics Colloquium: The first stars in the JWST era'];
const uFoot = ['Contact the University', 'Accessibility', 'Freedom of information', 'Modern slavery statement', 'Privacy and cookies'];
const uHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${uTitle} | Department of Physics | University of Wendmoor</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.wendmoor.example/physics/news/student-detector">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/48211"},"user":{"uid":0}}</script>
</head><body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner">
<div class="region region-header"><div id="block-uw-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home">University of Wendmoor</a>
</div><div id="block-dept-name" class="block"><a href="/physics">Department of Physics</a></div></div>
<nav role="navigation" id="block-physics-menu" class="block block-menu navigation menu--physics"><ul class="menu">${links(uMenu, 'menu-item')}</ul></nav>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol>${links(uCrumb)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-uw-content" class="block block-system block-system-main-block"><article role="article" class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${uTitle}</span></h1>
<div class="node__meta"><div class="field field--name-field-news-date"><time datetime="2026-03-09T12:00:00Z">9 March 2026</time></div>
<div class="field field--name-field-author"><div class="field__label">Written by</div><div class="field__item">Faye Mbatha, Communications Officer</div>
</div></div>
<div class="field field--name-field-image"><img src="/sites/default/files/2026-03/wasp-panels.jpg" alt=""><div class="field--name-field-caption">
The six WASP panels on the roof of the Beale Building. Photo: Ansel Drury</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">${ps(uP)}</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div>
<div class="field__items">${links(['Astroparticle physics', 'Teaching', 'Students'])}</div></div>
</article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-views"><h2>Latest news</h2><ul>${links(uLatest, 'views-row')}</ul>
<a href="/physics/news">All department news</a></div><div class="block"><h2>Upcoming seminars</h2><ul>${links(uSem)}</ul></div>
<div class="block block-contact"><h2>Media enquiries</h2><p>physics-comms@wendmoor.example</p></div></aside></main>
<footer role="contentinfo"><div class="region region-footer-first"><p>University of Wendmoor, Beale Road, Wendmoor WM3 8TQ</p></div>
<div class="region region-footer-second"><ul>${links(uFoot)}</ul><p>© 2026 University of Wendmoor</p></div></footer></div></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;
const wendmoor: TestPage = {
  name: 'heldout306-drupal-physics-dept-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts(uP),
  bylines: ['9 March 2026', 'Written by', 'Faye Mbatha, Communications Officer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'University of Wendmoor', 'Department of Physics', ...uMenu, 'Home',
    'The six WASP panels on the roof of the Beale Building. Photo: Ansel Drury', 'Tags', 'Astroparticle physics', 'Teaching', 'Students', 'Latest news',
    ...uLatest, 'All department news', 'Upcoming seminars', ...uSem, 'Media enquiries', 'physics-comms@wendmoor.example',
    'University of Wendmoor, Beale Road, Wendmoor WM3 8TQ', ...uFoot, '© 2026 University of Wendmoor',
  ],
};

const zTitle = 'Flare Hunters';
const zIntro = 'Help us find stellar flares hidden in the light curves of nearby red dwarf stars.';
const zH1 = 'Why red dwarfs?';
const zP1 = [
  j(
    'Red dwarfs are the most common stars in our galaxy, and many of them host rocky planets in their habitable zones.',
    'But red dwarfs are also restless: they can brighten by a factor of ten or more in a few minutes when a magnetic',
    'flare erupts on their surface.',
  ),
  j(
    'Frequent, powerful flares may strip the atmospheres from nearby planets, or they may deliver just enough ultraviolet',
    'light to drive interesting chemistry. To tell which, we need to know how often flares of each size happen, and',
    'that means finding a lot of them.',
  ),
];
const zH2 = 'What you will do';
const zP2 = [
  j(
    'You will be shown a light curve: a plot of a star’s brightness over about two days, recorded by the Corvid survey',
    'telescope. Your task is to mark any sharp spikes that rise quickly and fade more slowly.',
  ),
  'Draw a box around each flare you see.',
  'Tell us if the spike looks like a single point, which is often an artefact rather than a flare.',
  'Mark the light curve as “no flares” if you see nothing, which is just as useful to us.',
  j(
    'Each light curve is seen by at least seven volunteers, and we combine your marks to decide which events are real.',
    'Automated searches miss many of the smaller flares, especially on fainter stars, which is where your eyes help most.',
  ),
];
const zH3 = 'Results so far';
const zP3 = [
  j(
    'In our first season, volunteers found 4,812 flares on 1,106 stars. Roughly a fifth of them had been missed by the',
    'automated pipeline. A paper describing the catalogue is under review, and every volunteer who took part is thanked',
    'by name in the acknowledgements.',
  ),
];
const zTeam = ['Dr. Saoirse Lindgren', 'Researcher', 'Kwabena Ofori-Atta', 'Researcher', 'mothlight', 'Moderator'];
const zNav = ['Projects', 'About', 'Get Involved', 'Talk', 'Build'];
const zTabs = ['Research', 'The Team', 'Results', 'Education', 'FAQ'];
const zFoot = ['Projects', 'About', 'Get Involved', 'Talk', 'Build', 'News', 'Blog', 'Privacy Policy', 'Security', 'Status'];
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flare Hunters | Zooniverse</title>
<meta name="description" content="${zIntro}"><meta property="og:title" content="Flare Hunters">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/assets/main.7d2f4c.css">
<script>window.zooAppConfig={"env":"production","panoptesUrl":"https://panoptes.zooniverse.example"};</script>
</head><body><div id="panoptes-main-container"><div class="app-layout"><header class="main-header"><a class="main-header-logo" href="/">Zooniverse</a>
<nav class="main-nav"><ul>${links(zNav, 'main-header-link')}</ul></nav><div class="main-header-group"><a href="#">Sign in</a><a href="#">Register</a></div>
</header>
<main class="main-content"><section class="project-page"><div class="project-header" style="background-image:url(/flare-bg.jpg)">
<a class="project-title-link" href="/projects/slindgren/flare-hunters">Flare Hunters</a>
<nav class="project-nav"><a href="#">About</a><a href="#">Classify</a><a href="#">Talk</a><a href="#">Collect</a><a href="#">Recents</a></nav></div>
<div class="project-stats"><div class="project-metadata-stat"><span class="value">6,418</span><span class="label">Volunteers</span></div>
<div class="project-metadata-stat"><span class="value">412,907</span><span class="label">Classifications</span></div>
<div class="project-metadata-stat"><span class="value">61,244</span><span class="label">Subjects</span></div>
<div class="project-metadata-stat"><span class="value">78%</span><span class="label">Completed</span></div></div>
<div class="project-about-page"><aside class="about-sidebar">
<nav class="about-nav">${zTabs.map((t) => `<a class="about-tabs" href="#">${t}</a>`).join('')}</nav></aside>
<div class="about-page-content"><h1 class="about-page-title">${zTitle}</h1><div class="markdown markdownz">
<p><strong>${zIntro}</strong></p>
<h2>${zH1}</h2>${ps(zP1)}
<h2>${zH2}</h2><p>${zP2[0]}</p><ul>${zP2
  .slice(1, 4)
  .map((x) => `<li>${x}</li>`)
  .join('')}</ul><p>${zP2[4]}</p>
<h2>${zH3}</h2>${ps(zP3)}</div>
<div class="project-team-list"><h4>The Flare Hunters Team</h4><ul>${[0, 2, 4]
  .map((i) => `<li class="team-member"><span class="team-member-name">${zTeam[i]}</span> <span class="team-member-role">${zTeam[i + 1]}</span></li>`)
  .join('')}</ul></div></div></div>
<div class="project-home-page__call-to-action"><h3>Get started</h3><a class="standard-button" href="#">Learn more</a>
<a class="call-to-action standard-button" href="#">Classify light curves</a></div>
<div class="project-talk-links"><h4>Join the conversation</h4><p>Ask questions and share your favourite flares on Talk.</p></div>
<div class="project-page-footer">Flare Hunters is a Zooniverse project. Learn how to build your own.</div></section></main>
<footer class="main-footer"><ul>${links(zFoot, 'main-footer-link')}</ul><p>The Zooniverse is a collaboration between academic institutions.</p></footer>
</div></div>
<script src="/assets/main.7d2f4c.js"></script></body></html>`;
const flare: TestPage = {
  name: 'heldout306-zooniverse-project-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH1, zH2, zH3],
  body: texts([zIntro, ...zP1, ...zP2, ...zP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Zooniverse', ...zNav, 'Sign in', 'Register', 'Classify', 'Collect', 'Recents', '6,418', 'Volunteers', '412,907', 'Classifications', '61,244', 'Subjects',
    '78%', 'Completed', ...zTabs, 'The Flare Hunters Team', ...zTeam, 'Get started', 'Learn more', 'Classify light curves', 'Join the conversation',
    'Ask questions and share your favourite flares on Talk.', 'Flare Hunters is a Zooniverse project. Learn how to build your own.', ...zFoot.slice(5),
    'The Zooniverse is a collaboration between academic institutions.',
  ],
};

export const HELDOUT306_D: readonly TestPage[] = [wendmoor, flare];
