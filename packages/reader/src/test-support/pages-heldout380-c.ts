import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout380-kit.js';

/**
 * Held-out batch 380, file c: a charity's volunteer role description built with WordPress and Elementor (nested sections,
 * heading, text-editor, icon-list and button widgets, CookieYes banner, donate bar, footer with the charity number) and a
 * SciStarter-style project page (project header, fact sidebar, "Get Started" card, affiliate logos, related projects).
 */
const cTitle = 'Volunteer Role: River Warden';
const cAbout = [
  j(
    'The Tallow Brook runs for nineteen kilometres from the moor above Henby to its meeting with the Wend. Over the last decade',
    'it has recovered from decades of pollution, and trout have returned to stretches where none were recorded in the 1990s.',
  ),
  j(
    'River Wardens are the eyes and ears of the Tallow Brook Trust. Each warden adopts a length of river of about a kilometre and',
    'walks it at least once a month, recording what they see and reporting problems quickly so that they can be dealt with.',
  ),
];
const cDo = [
  'Walking your adopted stretch once a month and completing a short online survey',
  'Testing water for phosphate and nitrate with the kit we provide, four times a year',
  'Reporting pollution incidents, fly-tipping or blocked culverts to our Rivers Officer',
  'Recording invasive plants such as Himalayan balsam and giant hogweed',
  'Taking part in two group work days a year, such as balsam pulls or litter picks',
];
const cWho = [
  j(
    'You do not need to be an expert. We are looking for people who enjoy being outdoors, are reasonably fit and can walk on',
    'uneven riverbanks, and who are happy to use a smartphone app to send in their records.',
  ),
  'Above all we need people who are reliable and will keep an eye on their stretch through the winter as well as the summer.',
];
const cGet = [
  'A full day of training in river walking, water testing and safety',
  'A warden kit: testing set, tabard, grabber and a waterproof notebook',
  'Invitations to our annual volunteer gathering and talks from river scientists',
  'Travel expenses for work days and training',
];
const cTime = [
  j(
    'Around three to four hours a month, at times that suit you. Most wardens walk their stretch at a weekend, but you can choose',
    'any day. We ask for a commitment of at least one year.',
  ),
];
const cApply = [
  j(
    'Fill in the short form below and our Volunteer Coordinator, Bethan Crewe, will get in touch to arrange a chat and a walk',
    'along the river. We take on new wardens in spring and autumn, and the next training day is on Saturday 14 September.',
  ),
];
const cHeads = ['About the role', "What you'll be doing", "Who we're looking for", "What you'll get", 'Time commitment', 'How to apply'];
const cNav = ['About Us', 'Our Work', 'Get Involved', 'News', 'Shop', 'Contact'];
const cFoot = ['Privacy Notice', 'Cookie Policy', 'Safeguarding', 'Accessibility'];
const ew = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eh = (t: string): string => ew('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const et = (ps2: readonly string[]): string => ew('text-editor', ps(ps2));
const el = (items: readonly string[]): string =>
  ew(
    'icon-list',
    `<ul class="elementor-icon-list-items">${items
      .map(
        (i) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${i}</span></li>`,
      )
      .join('\n')}</ul>`,
  );
const col = (inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div>
</section>`;
const blkc0 = col(
  ew('heading', `<h1 class="elementor-heading-title elementor-size-xl">${cTitle}</h1>`) +
    ew('text-editor', '<p class="role-tag">' + 'Location: Henby to Wendmouth | Ongoing</p>'),
);
const blkc1 = col(
  eh(cHeads[0] ?? '') +
    et(cAbout) +
    ew(
      'image',
      '<figure class="wp-caption"><img src="/wp-content/uploads/warden.jpg" alt="">' +
        '<figcaption class="widget-image-caption wp-caption-text">' +
        'A warden testing water below Henby weir. Photo: Tallow Brook Trust</figcaption></figure>',
    ),
);
const blkc2 = col(
  eh(cHeads[5] ?? '') +
    et(cApply) +
    ew('button', '<a class="elementor-button elementor-size-md" href="#apply">' + '<span class="elementor-button-text">Apply now</span></a>'),
);
const blkc3 = col(
  ew(
    'testimonial',
    '<div class="elementor-testimonial-content">' +
      '"Walking my stretch every month has made me see the river completely differently."</div>' +
      '<div class="elementor-testimonial-name">Gwen, River Warden since 2019</div>',
  ),
);
const cHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Volunteer Role: River Warden - Tallow Brook Trust</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${cTitle}"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="page-template page-template-elementor_header_footer page page-id-2214 elementor-default elementor-kit-7 elementor-page elementor-page-2214">
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to see how visitors use our site and to improve it.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<div data-elementor-type="header" class="elementor elementor-12 elementor-location-header">${col(
  ew('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/tbt-logo.svg" alt="Tallow Brook Trust"></a>') +
    ew('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(cNav, 'menu-item')}</ul></nav>`) +
    ew('button', '<a class="elementor-button" href="/donate"><span class="elementor-button-text">Donate</span></a>'),
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="2214" class="elementor elementor-2214">
${blkc0}
${blkc1}
${col(eh(cHeads[1] ?? '') + el(cDo) + eh(cHeads[2] ?? '') + et(cWho))}
${col(eh(cHeads[3] ?? '') + el(cGet) + eh(cHeads[4] ?? '') + et(cTime))}
${blkc2}
${blkc3}
</div>
<div data-elementor-type="footer" class="elementor elementor-40 elementor-location-footer">${col(
  ew('heading', '<h3 class="elementor-heading-title">Sign up to our newsletter</h3>') +
    ew('form', '<form class="elementor-form"><input type="email" placeholder="Email address"><button type="submit"><span>Subscribe</span></button></form>') +
    ew('nav-menu', `<ul class="elementor-nav-menu">${links(cFoot)}</ul>`) +
    ew('text-editor', '<p>Tallow Brook Trust is a registered charity in England and Wales, no. 1184227.</p><p>© 2024 Tallow Brook Trust</p>'),
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js"></script></body></html>`;

export const elementorRole: TestPage = {
  name: 'heldout380-elementor-charity-role',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cAbout, ...cDo, ...cWho, ...cGet, ...cTime, ...cApply]),
  bylines: [],
  furniture: [
    ...cNav,
    ...cFoot,
    'We value your privacy',
    'We use cookies to see how visitors use our site and to improve it.',
    'Customise',
    'Reject All',
    'Accept All',
    'Donate',
    'Location: Henby to Wendmouth | Ongoing',
    'A warden testing water below Henby weir. Photo: Tallow Brook Trust',
    'Apply now',
    '"Walking my stretch every month has made me see the river completely differently."',
    'Gwen, River Warden since 2019',
    'Sign up to our newsletter',
    'Subscribe',
    'Tallow Brook Trust is a registered charity in England and Wales, no. 1184227.',
    '© 2024 Tallow Brook Trust',
  ],
};

const sTitle = 'Hedgerow Bumblebee Census';
const sAbout = [
  j(
    'Hedgerows are among the most important habitats for bumblebees in farmed landscapes, offering flowers from early spring to',
    'late summer and sheltered banks for nesting. Yet almost nothing is known about how bee numbers vary from one hedge to the next.',
  ),
  j(
    'The Hedgerow Bumblebee Census asks volunteers to walk a single 100-metre length of hedge once a month between April and',
    'September and count the bumblebees they see feeding on it. You record each bee to one of six easy colour groups, and, if you',
    'can, to species. A photograph of any bee you are unsure about helps our verifiers check the record.',
  ),
  j(
    'Your counts are combined with details of the hedge itself: its height, width, the shrubs it contains and how often it is cut.',
    'Over several years this will show farmers and councils which kinds of hedge support the most bees, and how cutting every other',
    'year rather than every year changes the picture.',
  ),
];
const sSteps = [
  'Create a free account on the census website and choose a hedge you can visit safely once a month.',
  'Download the colour-group identification sheet and watch the ten-minute training video.',
  'On a warm, dry day, walk slowly along the hedge for fifteen minutes, counting bees within two metres of it.',
  'Submit your counts and photographs through the web form or the app the same day.',
];
const sWhy = [
  j(
    'Last year 412 volunteers surveyed 538 hedges and sent in more than 21,000 bee records. Hedges that were cut only every',
    'second or third winter had, on average, twice as many bumblebees in July as hedges that were cut every year.',
  ),
  '"It is the perfect survey for a lunchtime walk, and I now know the bees on my hedge by name," says one volunteer.',
];
const sHeads = ['About the project', 'How to take part', 'What your counts have shown'];
const sNav = ['Find a Project', 'Events', 'Dashboard', 'Blog', 'For Educators', 'Log in', 'Sign up'];
const sFacts = ['Goals', 'Task', 'Where', 'When', 'Minimum Age', 'Cost', 'No cost', '8 and up', 'April to September', 'Outdoors', 'Anywhere in Eastmere'];
const sTags = ['Insects', 'Pollinators', 'Farmland', 'Ecology & Environment'];
const sRel = ['Garden Moth Night', 'Pond Dipping Survey', 'Blossom Watch'];
const sFoot = ['About SciStarter', 'Contact', 'Privacy Policy', 'Terms of Use', 'Donate'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${sTitle} - SciStarter</title>
<meta name="description" content="Count bumblebees on a hedge once a month."><meta property="og:image" content="https://scistarter.org/media/hedgebee.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Project","name":"${sTitle}",
"url":"https://scistarter.org/hedgerow-bumblebee-census"}</script>
<link rel="stylesheet" href="/static/css/bootstrap.min.css"></head><body class="project-page">
<nav class="navbar navbar-expand-lg navbar-light bg-white"><a class="navbar-brand" href="/">SciStarter</a>
<ul class="navbar-nav">${links(sNav, 'nav-item')}</ul></nav>
<div class="container project-container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/finder">Projects</a></li>
<li class="breadcrumb-item active">${sTitle}</li></ol></nav>
<div class="row project-header"><div class="col-md-8"><h1 class="project-title">${sTitle}</h1>
<p class="project-owner">By <a href="/org/eastmere-pollinator-network">Eastmere Pollinator Network</a></p>
<div class="project-actions"><button class="btn btn-primary">Join Project</button><button class="btn btn-outline-secondary">Bookmark</button>
<span class="project-participants">1,204 participants</span></div></div></div>
<div class="row"><div class="col-md-8 project-description"><h2>${sHeads[0]}</h2>${ps(sAbout)}
<h2>${sHeads[1]}</h2><ol>${lis(sSteps)}</ol><h2>${sHeads[2]}</h2>${ps(sWhy)}
<div class="project-tags">${sTags
  .map(
    (t) => `<a class="badge badge-pill badge-light"
href="/finder?topic=${t}">${t.replace('&', '&amp;')}</a>`,
  )
  .join(' ')}</div></div>
<aside class="col-md-4 project-sidebar"><div class="card get-started"><div class="card-body"><h3 class="card-title">Get Started</h3>
<a class="btn btn-success btn-block" href="https://hedgebees.example.org">Visit project site</a>
<p class="small">Log your contribution to earn credit on SciStarter.</p></div></div>
<div class="card project-facts"><dl>
<dt>${sFacts[0]}</dt><dd>Measure how hedge management affects bumblebee numbers.</dd><dt>${sFacts[1]}</dt><dd>Count bees on one hedge each month.</dd>
<dt>${sFacts[2]}</dt><dd>${sFacts[10]}</dd><dt>${sFacts[3]}</dt><dd>${sFacts[8]}</dd><dt>${sFacts[4]}</dt><dd>${sFacts[7]}</dd>
<dt>${sFacts[5]}</dt><dd>${sFacts[6]}</dd><dt>Location type</dt><dd>${sFacts[9]}</dd></dl></div>
<div class="card affiliates"><h4>Affiliates</h4><p>Part of the Eastmere Nature Recovery Partnership</p></div></aside></div>
<section class="related-projects"><h3>You might also like</h3><ul class="list-unstyled">${links(sRel, 'related-card')}</ul></section></div>
<footer class="site-footer"><ul>${links(sFoot)}</ul><p>SciStarter is a 501(c)(3) nonprofit organization.</p></footer>
<div id="newsletter-modal" class="modal"><p>Get the SciStarter newsletter: new projects every week.</p><button>Subscribe</button></div></body></html>`;

export const scistarterProject: TestPage = {
  name: 'heldout380-scistarter-project',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sAbout, ...sSteps, ...sWhy]),
  bylines: ['By Eastmere Pollinator Network'],
  furniture: [
    ...sNav,
    ...sFacts,
    ...sTags,
    ...sRel,
    ...sFoot,
    'Projects',
    'Join Project',
    'Bookmark',
    '1,204 participants',
    'Get Started',
    'Visit project site',
    'Log your contribution to earn credit on SciStarter.',
    'Measure how hedge management affects bumblebee numbers.',
    'Count bees on one hedge each month.',
    'Location type',
    'Affiliates',
    'Part of the Eastmere Nature Recovery Partnership',
    'You might also like',
    'SciStarter is a 501(c)(3) nonprofit organization.',
    'Get the SciStarter newsletter: new projects every week.',
    'Subscribe',
  ],
};

export const HELDOUT380_C: readonly TestPage[] = [elementorRole, scistarterProject];
