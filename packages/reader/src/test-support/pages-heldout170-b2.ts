import { ps, type TestPage, texts } from './page-kit.js';
import { type DPost, dPost, dQuote, dSidebarSection, dSuggested, dTopicMap } from './pages-heldout170-b3.js';

/**
 * Held-out batch 170, file b2: a Blender Artists topic (Discourse: the header with "Sign Up" and "Log In", a dismissable site
 * banner, the sidebar with community, categories and tags sections, the title with category badge and tags, five posts with
 * user titles, an image with its lightbox meta line, a quote, like counts and "Reply" buttons, the topic map, the timeline,
 * "Suggested Topics", the "Want to read more?" line and "Powered by Discourse").
 */
const slug = 'clean-topology-for-a-carved-wooden-chair-back/1660412';
const title = 'Clean topology for a carved wooden chair back?';
const p1 = [
  `I am modelling a Windsor-style chair for a furniture client and I am stuck on the back splat. It is a flat board with a
pierced leaf pattern carved through it, about 2 cm thick, and it has to subdivide cleanly because they want close-up renders.`,
  `Right now I have the outline as a plane with the holes cut using boolean modifiers, then solidify, then subdivision. It looks
fine from a distance but the corners of the holes pinch badly and there are long thin triangles everywhere. What is the usual
approach for this kind of pierced flat part?`,
];
const p2 = [
  `For flat pierced parts I never model the holes with booleans on the subdivided mesh. Model the board as a single flat face
layer with quads flowing around each hole, keep every hole at an even number of vertices, then solidify and add support loops
at the front and back edges only.`,
  `The trick that saves the most time: start each hole as a circle with the same vertex count as the grid cells around it,
usually eight or twelve. Then the quads line up without poles in awkward places.`,
];
const p3 = [
  `Another option if the client only needs renders: keep the boolean version, but use a bevel modifier with the harden normals
option and skip subdivision entirely. With weighted normals and a small bevel, close-ups of flat carved pieces hold up surprisingly
well and the file stays light.`,
];
const p4 = [
  `Thanks both. I rebuilt it as Dario described, with twelve-vertex holes, and the pinching is gone. It took about two hours
including the leaf shapes, which was less than I feared.`,
  `I kept Noor's bevel approach for the seat edges, where nobody will ever look closely.`,
];
const p5 = [`Looks great. If you post the final render in Finished Projects, tag me, I would like to see the chair with materials on it.`];
const posts: DPost[] = [
  {
    n: 1,
    user: 'linden_woodshop',
    date: 'Oct 2',
    long: 'Oct 2, 2025 4:18 pm',
    likes: '2',
    cooked: `${ps(p1)}\n<p><div class="lightbox-wrapper"><a class="lightbox" href="/uploads/default/original/4X/splat_wire.png"
data-download-href="/uploads/default/a1"
title="splat_wire"><img src="/uploads/default/optimized/4X/splat_wire_2_690x388.png" alt="splat_wire" width="690" height="388"><div class="meta"><svg
class="fa d-icon
d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image"></use></svg><span class="filename">splat_wire.png</span><span
class="informations">1920×1080 412 KB</span>
<svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true"><use href="#discourse-expand"></use></svg></div></a></div></p>`,
  },
  { n: 2, user: 'dario_mesh', utitle: 'Moderator', date: 'Oct 2', long: 'Oct 2, 2025 5:02 pm', likes: '9', cooked: ps(p2) },
  { n: 3, user: 'noor_renders', date: 'Oct 3', long: 'Oct 3, 2025 9:40 am', likes: '4', cooked: ps(p3) },
  {
    n: 4,
    user: 'linden_woodshop',
    date: 'Oct 4',
    long: 'Oct 4, 2025 8:11 pm',
    likes: '3',
    edited: true,
    cooked: `${dQuote('dario_mesh', 2, 'start each hole as a circle with the same vertex count as the grid cells around it')}\n${ps(p4)}`,
  },
  { n: 5, user: 'dario_mesh', utitle: 'Moderator', date: 'Oct 4', long: 'Oct 4, 2025 9:05 pm', likes: '1', cooked: ps(p5) },
];
const community = ['Topics', 'My Posts', 'Users', 'Badges', 'Groups', 'About', 'FAQ', 'More'];
const cats = ['Modeling', 'Materials and Textures', 'Lighting and Rendering', 'Finished Projects', 'All categories'];
const tagsSide = ['retopology', 'hard-surface', 'All tags'];
const banner = 'The Blender Artists spring modelling challenge is open: theme "Workshop". Entries close May 31.';
const stats = [
  ['1.1k', 'views'],
  ['11', 'likes'],
  ['3', 'users'],
] as const;
const suggested = [
  ['Subdividing a wine glass stem without pinching', 'Modeling', '6', 'Sep 21'],
  ['Weighted normals vs. subdivision for furniture renders', 'Lighting and Rendering', '14', 'Sep 28'],
  ['Quad flow around circular holes in a curved panel', 'Modeling', '9', 'Aug 30'],
] as const;
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${title} - Modeling - Blender Artists
Community</title>
<meta name="description" content="I am modelling a Windsor-style chair for a furniture client and I am stuck on the back splat."><meta name="generator"
content="Discourse 3.5.0">
<link rel="canonical" href="https://blenderartists.org/t/${slug}"><meta name="theme-color" media="all" content="#1f1f1f">
<meta property="og:site_name" content="Blender Artists Community"><meta property="og:type" content="website"><meta property="og:title" content="${title}">
<meta property="article:section" content="Modeling"><meta property="article:tag" content="retopology">
<link href="/stylesheets/desktop_6b1c2a.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/start-discourse-9c2f.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","@id":"https://blenderartists.org/t/${slug}",
"headline":"${title}",
"articleSection":"Modeling","keywords":"retopology","author":{"@type":"Person","name":"linden_woodshop"},"datePublished":"2025-10-02T16:18:00Z",
"commentCount":4}</script>
</head><body class="crawler-disabled docked has-sidebar-page category-modeling"><section id="main" class="ember-application"><div class="ember-view"
id="ember3">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div
class="wrap"><div class="contents">
<div class="header-sidebar-toggle"><button class="btn btn-flat btn-sidebar-toggle no-text btn-icon" aria-expanded="true" title="hide sidebar"></button></div>
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/"><img id="site-logo" class="logo-big" src="/uploads/default/original/4X/ba_logo.png"
alt="Blender Artists Community"></a></div></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-primary btn-small sign-up-button
btn-text"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><svg class="fa d-icon
d-icon-user"></svg>
<span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search"
class="icon btn-flat" title="Search" aria-label="Search"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
${dSidebarSection('Community', community)}${dSidebarSection('Categories', cats)}${dSidebarSection('Tags', tagsSide)}</div>
<div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions"><button
class="btn no-text btn-icon sidebar-footer-actions-button
add-section" title="Add custom section"></button></div></div></div></section></div><div id="main-outlet"><div class="container" id="banner"><div
class="floated-buttons">
<a href class="close" title="dismiss this banner" aria-label="dismiss this banner"></a></div><div id="banner-content"><p>${banner}</p></div></div>
<div class="ember-view"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="1660412"><a href="/t/${slug}"
class="fancy-title">${title}</a></h1><div class="topic-category"><div class="badge-wrapper bullet"><a class="badge-category__wrapper" href="/c/modeling/10">
<span data-category-id="10" style="--category-badge-color: #E87D0D;" data-drop-close="true" class="badge-category" title="Everything modeling related."><span
class="badge-category__name">Modeling</span></span></a></div><div class="list-tags"><a href="/tag/retopology" data-tag-name="retopology"
class="discourse-tag simple">retopology</a>
<a href="/tag/hard-surface" data-tag-name="hard-surface" class="discourse-tag simple">hard-surface</a></div></div></div></div></div>
<div class="container posts"><div class="selected-posts hidden"></div><div class="row"><section class="topic-area" id="topic" data-topic-id="1660412">
<div class="posts-wrapper"><div class="post-stream">${posts
  .map((p) => dPost(slug, p))
  .join('\n')
  .replace(
    '<section class="post-actions"></section>',
    `<section class="post-actions"></section>${dTopicMap(stats)}`,
  )}</div></div></section><div class="timeline-container"><div class="topic-timeline timeline-fullscreen">
<div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a href="/t/${slug}/1" class="start-date"><span>Oct 2</span></a></div>
<div class="timeline-scrollarea" style="height: 101px;"><div class="timeline-padding"></div><div class="timeline-scroller"><div class="timeline-handle"></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div><div class="timeline-ago">Oct 2</div></div></div></div><div
class="timeline-date-wrapper">
<a href="/t/${slug}/5" class="now-date"><span>Oct 4</span></a></div></div><div class="timeline-footer-controls"><button
class="btn btn-primary create reply-to-post
btn-icon-text"><span class="d-button-label">Reply</span></button></div></div></div></div><div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-primary create topic-footer-button btn-icon-text" title="begin composing a reply to this topic"><span
class="d-button-label">Reply</span></button>
</div></div>${dSuggested('Suggested Topics', suggested)}<h3 class="more-topics__browse-more">Want to read more? Browse other topics in
<a class="badge-category__wrapper" href="/c/modeling/10"><span class="badge-category__name">Modeling</span></a> or <a href="/latest">view latest
topics</a>.</h3>
</div></div></div><div class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></div></div></div></section>
<div class="lightbox-templates" hidden><p class="mfp-counter">%curr% of %total%</p></div><script defer
src="/theme-javascripts/ba-header.js"></script></body></html>`;
export const blenderArtists: TestPage = {
  html,
  name: 'heldout170-blender-artists-discourse-forum',
  kind: 'forum',
  title,
  headings: [],
  // the image's meta line (file name and size) is furniture; the quote in post 4 is in neither list
  body: texts([...p1, ...p2, ...p3, ...p4, ...p5]),
  bylines: ['linden_woodshop', 'dario_mesh', 'noor_renders', 'Oct 2', 'Oct 3', 'Oct 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...community, 'Community', 'Categories', ...cats, 'Tags', ...tagsSide, banner,
    'hard-surface', 'splat_wire.png', '1920×1080 412 KB', 'Moderator', '2', '9', '4', '3', '1', 'Reply', ...stats.flat(), '1 / 5', 'Suggested Topics',
'Topic', 'Replies', 'Activity',
    ...suggested.flatMap((s) => [s[0], s[2], s[3]]), 'Lighting and Rendering', 'Want to read more? Browse other topics in Modeling or view latest topics.',
    'Powered by Discourse',
  ],
};
