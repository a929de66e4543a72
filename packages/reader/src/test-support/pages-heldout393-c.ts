import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout393-kit.js';

/**
 * Held-out batch 393, file c: a Quanta-style feature saved from its Next.js front end (styled-component class names, the
 * `__next` root and `__NEXT_DATA__` script, section kicker, dek, byline with date and comment count, share and "Read Later"
 * controls, figures with captions and credits, an inline "Related:" block, the newsletter box, reader comments, "Next
 * article" card and footer) and a university press office release built with a WordPress page builder (Elementor sections
 * and widgets, header with Apply / Visit / Give, breadcrumbs, category and date line, share icons, media-contact box, related
 * news grid, Cookiebot banner and the footer with the campus address).
 */
const qTitle = 'A Decades-Old Puzzle About Tiling Corridors Finally Falls';
const qDek = j(
  'Two mathematicians have shown that a simple rule for covering a strip with tiles can never repeat itself, closing a problem that',
  'had resisted every attempt since the 1970s.',
);
const qHeads = ['A Rule That Looks Too Simple', 'Counting the Uncountable'];
const qB1 = [
  j(
    'Imagine a long corridor, one tile wide, and a box of tiles in five colors. The only rule is local: each tile must differ from the',
    'tile two places to its left, and no color may appear three times in any window of seven tiles. It sounds like a puzzle for a rainy',
    'afternoon. For almost fifty years, it was one of the most stubborn open questions in symbolic dynamics.',
  ),
  j(
    'The question was whether every corridor that obeys the rule must eventually fall into a repeating pattern. In a paper posted in',
    'February, Odile Marchetti of the Institute for Discrete Structures in Varenne and Kwame Asante-Lind of Holbeck College proved that',
    'the answer is no: some valid tilings never repeat, and in a precise sense most of them do not.',
  ),
];
const qB2 = [
  j(
    'Rules like this one were first studied as toy models of crystals. A rule that forces repetition describes an ordinary crystal; a',
    'rule that allows tilings that never repeat is closer to a quasicrystal, a material whose atoms are ordered but not periodic.',
  ),
  j(
    '“For a long time people assumed that a rule this short had to force periodicity,” Marchetti said. “There just did not seem to be',
    'enough room in seven tiles to encode anything complicated.”',
  ),
  j(
    'Asante-Lind had spent two years running computer searches that found longer and longer stretches without repetition, but a search',
    'can never prove that a pattern goes on forever. The breakthrough came when the pair stopped looking at individual tilings and',
    'started studying how the number of valid corridors grows with their length.',
  ),
];
const qB3 = [
  j(
    'If every valid tiling eventually repeated, the number of allowed corridors of length n would grow slowly. Instead, the pair showed',
    'that it grows exponentially, at a rate they could pin down to within one part in a thousand. That growth leaves no room for',
    'periodicity to dominate.',
  ),
  j(
    'The key step was a new way of cutting a long corridor into overlapping blocks and gluing the pieces back together, so that',
    'every block could be chosen almost independently of its neighbours. Experts who have read the proof describe the gluing lemma as',
    'the part most likely to be reused.',
  ),
  j(
    '“It is the kind of argument you recognise as right the moment you see it, and then wonder why nobody tried it before,” said',
    'Tomasz Wierzba, a dynamicist at the University of Lesno who was not involved in the work.',
  ),
  j(
    'The result does not settle the harder two-dimensional version of the question, where tiles cover a whole plane. But Marchetti',
    'thinks the counting method could be adapted. “The corridor was the warm-up,” she said. “Now we want the floor.”',
  ),
];
const qRelated = ['Mathematicians Discover a New Shape That Tiles Only One Way', 'How Infinite Patterns Hide Inside Finite Rules'];
const qComments = [
  'Lovely article. Is the five-color rule the smallest one known to allow non-repeating corridors?',
  'I would love a follow-up piece when the two-dimensional case is tackled.',
];
const qNav = ['Physics', 'Mathematics', 'Biology', 'Computer Science', 'Topics', 'Archive'];
const qFoot = ['About Lumen', 'Archive', 'Contact Us', 'Terms of Use', 'Privacy Policy'];
const qHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${qTitle} | Lumen Magazine</title>
<meta name="description" content="${qDek}"/><meta property="og:type" content="article"/><meta name="next-head-count" content="14"/>
<link rel="preload" href="/_next/static/css/6a1f0c2e.css" as="style"/><style data-styled="" data-styled-version="5.3.11">.sc-gsTCUz{display:flex}</style>
</head><body><div id="__next"><div class="sc-bdfBwQ kVVnHM site-wrapper">
<header class="sc-gKsewC fZbkOc header"><a class="sc-iBPRYJ header__logo" href="/">Lumen Magazine</a>
<nav class="sc-fubCfw header__nav"><ul>${links(qNav, 'sc-pFZIQ header__nav__item')}</ul></nav>
<button class="sc-jrAGrp header__search" aria-label="Search"></button><a class="sc-kEjbxe header__newsletter" href="/newsletter">Newsletter</a></header>
<main class="sc-iqHYGH post"><div class="sc-crrsfI post__title">
<div class="sc-dQppl kicker"><a href="/tag/combinatorics/">combinatorics</a></div>
<h1 class="post__title__title mv025 noe">${qTitle}</h1>
<div class="post__title__excerpt wysiwyg o7 mv05 p1"><p>${qDek}</p></div>
<div class="post__title__author-date"><span class="byline">By <a href="/authors/elena-vashti/">Elena Vashti</a></span>
<span class="post__title__date">March 4, 2026</span><a class="comment-count" href="#comments">4</a></div>
<div class="sc-hKgILt share-bar"><button class="share-bar__copy">Copy link</button><button class="share-bar__save">Read Later</button></div></div>
<div class="post__content"><figure class="block block--center"><img src="https://d2r55xnwy6nx47.cloudfront.example/uploads/2026/03/Corridor.webp" alt=""/>
<figcaption class="caption"><p>A corridor of five-colored tiles that obeys the rule but never settles into a repeating pattern.</p>
<p class="attribution">Rhea Lindqvist for Lumen Magazine</p></figcaption></figure>
<div class="post__content__section"><div class="wysiwyg__content">
${ps(qB1)}
<h2>${qHeads[0] ?? ''}</h2>
${ps(qB2)}
<aside class="related-posts-inline"><h4>Related:</h4><ol>${links(qRelated)}</ol></aside>
<h2>${qHeads[1] ?? ''}</h2>
${ps(qB3)}
</div></div></div>
<section class="sc-eCImPb newsletter-cta"><h3>The Lumen Newsletter</h3><p>Get highlights of the most important news delivered to your email inbox</p>
<form><input type="email" placeholder="Email"/><button type="submit">Subscribe</button></form>
<p class="small">Recent newsletters</p></section>
<section id="comments" class="sc-jSgupP comments"><h3>Comment on this article</h3><p class="comments__policy">Lumen Magazine moderates comments to
facilitate an informed, substantive, civil conversation.</p>
<ul class="comments__list"><li class="comment"><span class="comment__author">Mirela G.</span><span class="comment__date">March 4, 2026</span>
<p>${qComments[0] ?? ''}</p></li><li class="comment"><span class="comment__author">T. Obuya</span><span class="comment__date">March 5, 2026</span>
<p>${qComments[1] ?? ''}</p></li></ul></section>
<section class="next-article"><span class="next-article__label">Next article</span>
<a href="/the-physics-of-a-perfect-pour/">The Physics of a Perfect Pour</a></section></main>
<footer class="sc-hHftDr footer"><ul>${links(qFoot)}</ul><p>All Rights Reserved © 2026</p>
<p>An editorially independent publication supported by the Vessey Foundation</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"id":90122,"title":"${qTitle}","author":"Elena Vashti"}}},
"page":"/[slug]","buildId":"x3Kq9_f2"}</script>
<script src="/_next/static/chunks/main-8c1e.js" defer=""></script></body></html>`;
const quanta: TestPage = {
  name: 'heldout393-quanta-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: texts([qDek, ...qB1, ...qB2, ...qB3]),
  bylines: ['By Elena Vashti', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lumen Magazine', ...qNav, 'Newsletter', 'combinatorics', 'Copy link', 'Read Later',
    'A corridor of five-colored tiles that obeys the rule but never settles into a repeating pattern.', 'Rhea Lindqvist for Lumen Magazine', 'Related:',
    ...qRelated, 'The Lumen Newsletter', 'Get highlights of the most important news delivered to your email inbox', 'Subscribe', 'Recent newsletters',
    'Comment on this article', 'moderates comments to facilitate an informed, substantive, civil conversation.', 'Mirela G.', 'March 5, 2026',
    ...qComments, 'T. Obuya', 'Next article', 'The Physics of a Perfect Pour', ...qFoot, 'All Rights Reserved © 2026',
    'An editorially independent publication supported by the Vessey Foundation',
  ],
};

const uTitle = 'Soft robotic gripper lifts a raw egg and a house brick with the same hand';
const uHeads = ['How the gripper works', 'From the lab to the warehouse'];
const uB1 = [
  j(
    'Engineers at Marlow Bay University have built a soft robotic gripper that can switch between a feather-light touch and a firm',
    'grip in less than a second, allowing it to pick up objects as different as a raw egg, a ripe tomato and a 2.5 kilogram brick.',
  ),
  j(
    'The gripper, described this week in the journal Soft Machines Review, uses fingers filled with a granular material that flows',
    'like a liquid when air is pumped in and locks solid when the air is drawn out.',
  ),
];
const uB2 = [
  j(
    'Each of the gripper’s three fingers is a silicone sleeve packed with tiny glass beads. When the fingers close around an object',
    'they first stay soft, moulding themselves to its shape. A small vacuum pump then removes the air between the beads, which jam',
    'together and hold the shape rigidly.',
  ),
  j(
    '“The idea of jamming has been around for a while, but it is usually all or nothing,” said Dr. Fenella Oduya, who leads the Soft',
    'Systems Lab in the School of Engineering. “What we have added is control over how stiff each finger becomes, so the hand can',
    'grade its grip to the object.”',
  ),
  'In tests, the team found the gripper could:',
  'pick and place 200 raw eggs without a single crack;',
  'hold a brick steady while the arm moved at up to one metre per second;',
  'sort mixed fruit from a bin using a camera to judge each item’s ripeness.',
];
const uB3 = [
  j(
    'The project was supported by a regional fund for food-processing innovation, and two local packing companies have already',
    'tested early versions on their lines. The team says the gripper costs less than a tenth as much as comparable commercial hands.',
  ),
  j(
    'The researchers are now working on a version with built-in pressure sensors, so the gripper can tell when an object is starting',
    'to slip. They also plan to release the finger design as open hardware later this year.',
  ),
];
const uNav = ['Study', 'Research', 'Business', 'About', 'News'];
const uCta = ['Apply', 'Visit', 'Give'];
const uCrumbs = ['Home', 'News', 'Science and engineering'];
const uShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const uRelated = [
  'Students build a solar boat for the autumn river race',
  'New lab will test materials for floating wind turbines',
  'University named a leader in engineering teaching',
];
const uFoot = ['Contact us', 'Jobs', 'Accessibility', 'Privacy and cookies', 'Freedom of information', 'Modern slavery statement'];
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const uInfo = `<ul class="elementor-post-info"><li class="elementor-post-info__item--type-date">10 February 2026</li>
<li class="elementor-post-info__item--type-terms">Science and engineering</li></ul>`;
const uFig = `<figure class="wp-caption"><img src="/wp-content/uploads/2026/02/gripper-egg.jpg" alt="gripper">
<figcaption class="widget-image-caption wp-caption-text">The gripper holding a raw egg during testing. Photo: Marlow Bay University</figcaption></figure>`;
const uPosts = `<h3 class="related-title">Related news</h3><div class="elementor-posts-container"><ul>${links(uRelated, 'elementor-post')}</ul></div>`;
const uHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${uTitle} - Marlow Bay University</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${uTitle}",
"datePublished":"2026-02-10T09:00:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="4f2a" type="text/javascript"></script></head>
<body class="post-template-default single single-post elementor-default elementor-kit-6 elementor-page elementor-page-5512">
<header class="site-header"><a class="site-logo" href="/">Marlow Bay University</a><nav class="main-navigation"><ul>${links(uNav, 'menu-item')}</ul></nav>
<ul class="header-cta">${links(uCta, 'menu-item menu-item-cta')}</ul></header>
<div data-elementor-type="wp-post" data-elementor-id="5512" class="elementor elementor-5512">
${sec('3a9f1c2', el('b71e0d4', 'breadcrumbs', `<nav class="yoast-breadcrumbs"><ul>${links(uCrumbs)}</ul></nav>`))}
${sec(
  '9c0d2e1',
  `${el('51aa3f0', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${uTitle}</h1>`)}
${el('6e2c71b', 'post-info', uInfo)}
${el('0d3b5e8', 'share-buttons', `<div class="elementor-share-buttons"><ul>${links(uShare)}</ul></div>`)}`,
)}
${sec(
  '41f7c8a',
  `${el('77b1d90', 'image', uFig)}
${el('a2c4e60', 'text-editor', ps(uB1))}
${el('c5d60f1', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${uHeads[0] ?? ''}</h2>`)}
${el(
  'e9a0b33',
  'text-editor',
  `${ps(uB2.slice(0, 3))}<ul>${uB2
    .slice(3)
    .map((t) => `<li>${t}</li>`)
    .join('')}</ul>`,
)}
${el('f08d2a7', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${uHeads[1] ?? ''}</h2>`)}
${el('1b4e9cc', 'text-editor', ps(uB3))}`,
)}
${sec(
  '2d6f0b9',
  el(
    '8e3a1d2',
    'text-editor',
    '<div class="media-contact"><h3>Media contact</h3><p>Press Office, Marlow Bay University</p><p>press@marlowbay.example | 01632 960 412</p></div>',
  ),
)}
${sec('c3e8a4f', el('5fa2b07', 'posts', uPosts))}
</div>
<footer class="site-footer"><p class="address">Marlow Bay University, Quay Road, Marlow Bay, MB4 7QT</p><ul>${links(uFoot)}</ul>
<p>© 2026 Marlow Bay University. Registered charity number 1180042.</p></footer>
<div id="CybotCookiebotDialog" role="dialog"><h2>This website uses cookies</h2><p>We use cookies to personalise content, to provide social media features
and to analyse our traffic.</p><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"></script></body></html>`;
const university: TestPage = {
  name: 'heldout393-university-elementor-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([...uB1, ...uB2, ...uB3]),
  bylines: ['10 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...uNav, ...uCta, ...uCrumbs, ...uShare, 'The gripper holding a raw egg during testing. Photo: Marlow Bay University', 'Media contact',
    'Press Office, Marlow Bay University', 'press@marlowbay.example | 01632 960 412', 'Related news', ...uRelated,
    'Marlow Bay University, Quay Road, Marlow Bay, MB4 7QT', ...uFoot, '© 2026 Marlow Bay University. Registered charity number 1180042.',
    'This website uses cookies', 'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Deny', 'Allow all',
  ],
};

export const HELDOUT393_C: readonly TestPage[] = [quanta, university];
