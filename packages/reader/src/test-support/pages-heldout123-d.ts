import { links, type TestPage, texts } from './page-kit.js';
import { archThread } from './pages-heldout123-d2.js';

/**
 * Held-out batch 123, file d: a Home Assistant community topic on Discourse as the Ember app draws it for a signed-out
 * visitor (the header with "Sign Up" / "Log In", the site's custom header links, the sidebar's community and category
 * sections, the title with its category badge and tags, five posts with username and full-name lines, user titles, relative
 * dates, "in reply to" tabs, a quote, YAML code blocks, the accepted-answer box that the Solved plugin copies into the first
 * post, the "Solution" mark, like counts and post controls, the topic map, the timeline, the closing notice, the topic
 * footer buttons and the "Related topics" table) and, from file d2, an Arch Linux forum (FluxBB) thread.
 */
const haTitle = 'Hallway light automation fires twice after Zigbee sensor drops off';
type HaPost = { n: number; user: string; name: string; title?: string; date: string; full: string; likes: string; reply?: string; html: string };
const haP1 = [
  'I have a simple automation that turns on the hallway light when the motion sensor goes from off to on, and turns it off again ' +
    'after two minutes without motion. It worked fine for months, but since last week the light sometimes comes on in the middle ' +
    'of the night when nobody is up.',
  'Looking at the logbook, it always happens right after the sensor shows as unavailable for a few seconds. The sensor is a ' +
    'battery Zigbee one on ZHA, about six metres from the nearest router plug.',
  'Is there a way to make the trigger ignore the sensor coming back online? I would rather not move the sensor if I can avoid ' +
    "it, because it's the only spot that covers the stairs.",
];
const haP2 = [
  'You could add <code>for: "00:00:01"</code> to the trigger so the sensor has to report motion for at least a second before ' +
    'the automation runs. That filters out a lot of short blips.',
  'Also worth checking the battery. Mine started dropping off the network like that when they were around 20 percent, even ' +
    'though the reported level looked fine.',
];
const haQuote = 'You could add <code>for: "00:00:01"</code> to the trigger so the sensor has to report motion for at least a second';
const haP3 = [
  "Tried that last night and it still fired at 03:12. The battery was replaced two weeks ago, so I don't think that's it.",
  "Here is the trace from the run that shouldn't have happened, in case it helps:",
];
const haP4 = [
  'The trace shows what is happening. When the sensor drops off, its state becomes <code>unavailable</code>. When it rejoins, ZHA ' +
    'restores the last reported state, which for a motion sensor is often <code>on</code>. Your trigger has no <code>from</code>, ' +
    'so the change from <code>unavailable</code> to <code>on</code> counts as motion.',
  'Tell the trigger to ignore changes that come from <code>unavailable</code> or <code>unknown</code>:',
  'With <code>not_from</code> the automation still reacts to every real off-to-on change, but the rejoin no longer counts. The ' +
    "<code>for</code> option doesn't help here, because the restored state really does stay on for the whole second.",
  'Separately, six metres through two walls is a lot for a battery sensor. If it keeps dropping off, a router plug in the hallway ' +
    'will make it much more reliable.',
];
const haP5 = [
  'That was it. Two nights without a phantom light, and the logbook shows the sensor rejoined twice in that time without ' +
    'triggering anything. Thanks, both of you.',
];
const haSolvedBy = 'Solved by kaspar.nyland in post #4';
const haPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const haYaml = (body: string): string => `<pre data-code-wrap="yaml"><code class="lang-yaml">${body}</code></pre>`;
const haPosts: HaPost[] = [
  {
    n: 1,
    user: 'brannigan_t',
    name: 'Tomas Brannigan',
    date: 'Oct 27',
    full: 'Oct 27, 2025 11:48 pm',
    likes: '',
    html: `${haPs(haP1.slice(0, 2))}
${haYaml(`triggers:\n  - trigger: state\n    entity_id: binary_sensor.hallway_motion\n    to: "on"\nactions:\n  - action: light.turn_on\n    target:\n     
entity_id: light.hallway`)}
${haPs(haP1.slice(2))}`,
  },
  {
    n: 2,
    user: 'ellie_marsh',
    name: 'Ellie Marsh',
    date: 'Oct 28',
    full: 'Oct 28, 2025 7:05 am',
    likes: '1',
    reply: 'brannigan_t',
    html: haPs(haP2),
  },
  {
    n: 3,
    user: 'brannigan_t',
    name: 'Tomas Brannigan',
    date: 'Oct 28',
    full: 'Oct 28, 2025 6:31 pm',
    likes: '',
    reply: 'ellie_marsh',
    html: `<aside class="quote no-group" data-username="ellie_marsh" data-post="2" data-topic="934112"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="/user_avatar/community.home-assistant.io/ellie_marsh/48/611204_2.png" class="avatar"> ellie_marsh:</div>
<blockquote><p>${haQuote}</p></blockquote></aside>
${haPs(haP3)}
${haYaml(`trigger: state of binary_sensor.hallway_motion\n  from: unavailable\n  to: "on"\n  at: 2025-10-28 03:12:44`)}`,
  },
  {
    n: 4,
    user: 'kaspar.nyland',
    name: 'Kaspar Nyland',
    title: 'Community Leader',
    date: 'Oct 28',
    full: 'Oct 28, 2025 7:02 pm',
    likes: '4',
    reply: 'brannigan_t',
    html: `${haPs(haP4.slice(0, 2))}
${haYaml(`triggers:\n  - trigger: state\n    entity_id: binary_sensor.hallway_motion\n    to: "on"\n    not_from:\n      - unavailable\n      - unknown`)}
${haPs(haP4.slice(2))}`,
  },
  { n: 5, user: 'brannigan_t', name: 'Tomas Brannigan', date: 'Oct 30', full: 'Oct 30, 2025 8:15 am', likes: '', html: haPs(haP5) },
];
const haAccepted = `<aside class="quote accepted-answer" data-post="4" data-topic="934112" data-expanded="false"><div class="title">
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <span class="user-link">kaspar.nyland</span> in
<a href="/t/hallway-light-automation-fires-twice-after-zigbee-sensor-drops-off/934112/4">post #4</a></div></div><div class="quote-controls"></div></div>
<blockquote>The trace shows what is happening. When the sensor drops off, its state becomes unavailable. When it rejoins, ZHA restores the last
reported state, which for a motion sensor is often on. \u2026</blockquote></aside>`;
const haMap = ['created', 'last reply', '4', 'replies', '318', 'views', '3', 'users', '5', 'likes'];
const haPost = (p: HaPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="41872${p.n}" data-topic-id="934112" data-user-id="8812${p.n}"
class="boxed onscreen-post${p.n === 4 ? ' accepted-answer' : ''}"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" data-user-card="${p.user}"
aria-hidden="true" tabindex="-1"><img loading="lazy" alt="" width="48" height="48" src="/user_avatar/${p.user}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a
href="/u/${p.user}">${p.name}</a></span>${p.title ? `<span class="user-title">${p.title}</span>` : ''}</div><div class="post-infos">
${
  p.reply
    ? `<a class="reply-to-tab" href="#" aria-label="in reply to post by @${p.reply}" tabindex="0"><img loading="lazy" alt="" width="24" height="24"
src="/user_avatar/${p.reply}/48/1.png" class="avatar"><span>${p.reply}</span></a>`
    : ''
}<div class="post-info post-date"><a class="widget-link post-date"
href="/t/934112/${p.n}" title="Post date"><span title="${p.full}" data-time="17616${p.n}" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${p.n === 1 ? haAccepted : ''}
${p.html}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.n === 4 ? '<div class="accepted-answer"><p class="solved">Solution</p></div>' : ''
}
<div class="double-button"><button class="btn-flat btn-icon-text like-count button-count" title="${p.likes} people liked this post">${p.likes}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" aria-label="like this post" title="like this post"></button></div>
<button class="widget-button btn-flat post-action-menu__copy-link no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button>
</div></nav></section></div>
${
  p.n === 1
    ? `<section class="topic-map --op"><div class="topic-map__contents"><div class="topic-map__stats">
<div class="topic-map__stat"><h4>${haMap[0]}</h4><span class="relative-date">Oct 27</span></div><div class="topic-map__stat"><h4>${haMap[1]}</h4>
<span class="relative-date">Oct 30</span></div>${[2, 4, 6, 8]
        .map(
          (i) => `<button class="btn no-text btn-flat topic-map__stat"><span class="number">${haMap[i]}</span>
<span class="topic-map__stat-label">${haMap[i + 1]}</span></button>`,
        )
        .join('')}</div></div></section>`
    : ''
}</div></div></article></div>`;
const haCustom = ['Blog', 'Documentation', 'Integrations', 'Install'];
const haSide = ['Topics', 'Users', 'Badges', 'Groups', 'About', 'FAQ'];
const haCats = ['Configuration', 'Installation', 'Share your Projects!', 'Community Guides', 'Third party integrations', 'All categories'];
const haTags = ['automation', 'zha'];
const haRelated = [
  ['Motion sensor automation triggers after Zigbee restart', 'Configuration', '6', '1.1k', 'Mar 2025'],
  ['ZHA motion sensor keeps going unavailable', 'ZHA', '12', '2.4k', 'Aug 2025'],
  ['Ignore unavailable state in template trigger', 'Configuration', '3', '407', 'Jan 2025'],
];
const haClosed = 'This topic was automatically closed 2 days after the last reply. New replies are no longer allowed.';
const haHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch">
<head><meta charset="utf-8"><title>${haTitle} - Configuration - Home Assistant Community</title>
<meta name="description" content="I have a simple automation that turns on the hallway light when the motion sensor goes from off to on\u2026">
<meta name="generator" content="Discourse 3.6.0.beta2 - https://github.com/discourse/discourse version 4f3a1d8b"><link rel="icon" type="image/png"
href="/uploads/default/optimized/3X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://community.home-assistant.io/t/hallway-light-automation-fires-twice-after-zigbee-sensor-drops-off/934112">
<meta property="og:site_name" content="Home Assistant Community"><meta property="og:type" content="website"><meta property="og:title" content="${haTitle}">
<meta property="article:section" content="Configuration"><meta property="article:tag" content="automation"><meta property="article:tag" content="zha">
<link href="/stylesheets/desktop_3f1a7b.css?__ws=community.home-assistant.io" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-4d21c1.js"></script><script defer src="/assets/vendor-a1f3e2.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${haTitle}",
"author":{"@type":"Person","name":"brannigan_t","url":"https://community.home-assistant.io/u/brannigan_t"},"datePublished":"2025-10-27T23:48:12Z",
"articleSection":"Configuration",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":4}]}</script>
</head>
<body class="crawler-disabled docked has-sidebar-page category-configuration tag-automation tag-zha archetype-regular">
<section id="main" class="ember-application"><div class="ember-view"><a href="#main-container" id="skip-link" class="skip-link">Skip to main
content</a>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
class="btn no-text btn-icon
btn-flat" aria-expanded="true" title="Toggle sidebar" aria-label="Toggle sidebar" type="button"></button></div><div class="home-logo-wrapper-outlet">
<div class="title"><a href="/" data-auto-route="true"><img src="/uploads/default/original/3X/logo.svg" alt="Home Assistant Community" id="site-logo"
class="logo-big"></a></div></div>
<ul class="custom-header-links">${links(haCustom, 'headerLink')}</ul>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-text btn-primary btn-small sign-up-button" type="button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span
class="d-button-label">Log
In</span></button></span><ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><button class="btn no-text btn-icon icon btn-flat"
aria-label="Search" title="Search" type="button"></button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections sidebar-sections-anonymous">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><ul class="sidebar-section-content">
${haSide
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/${t.toLowerCase()}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row">
<button class="sidebar-section-header sidebar-section-header-collapsable btn-flat"><span class="sidebar-section-header-text">Categories</span></button></div>
<ul class="sidebar-section-content">
${haCats
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link sidebar-row" href="/c/${t.length}"><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></section></div><div id="main-outlet" class="">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="934112"><a
href="/t/hallway-light-automation-fires-twice-after-zigbee-sensor-drops-off/934112"
class="fancy-title"><span dir="auto">${haTitle}</span></a></h1><div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper"
href="/c/configuration/6"><span data-category-id="6" class="badge-category --style-square" title="Need help configuring Home Assistant?"><span
class="badge-category__name">Configuration</span></span></a></div><div class="list-tags">
${haTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`).join('\n')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="934112"><div class="posts-wrapper"><div class="post-stream">
${haPosts.map(haPost).join('\n')}
<div class="time-gap small-action"><div class="small-action-desc timegap">2 days later</div></div>
<div class="small-action onscreen-post" data-post-number="6"><div class="topic-avatar"></div><div class="small-action-desc"><div class="small-action-contents">
<p>${haClosed}</p></div></div></div>
</div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date"
href="#">Oct 27</a>
</div><div class="timeline-scrollarea"><div class="timeline-replies">1 / 6</div><div class="timeline-ago">Oct 30</div></div></div>
<div class="timeline-footer-controls"><button class="btn btn-icon-text btn-default reply-to-post" type="button"><span
class="d-button-label">Reply</span></button></div></div></div>
</div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
${['Share', 'Bookmark', 'Flag', 'Reply']
  .map(
    (t) => `<button class="btn btn-icon-text btn-default topic-footer-button" type="button"><span
class="d-button-label">${t}</span></button>`,
  )
  .join('')}
</div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="more-topics__list"><h3 class="more-topics__list-title"><span>Related
topics</span></h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th><th
class="activity num">Activity</th></tr></thead><tbody>
${haRelated
  .map(
    ([
      t,
      c,
      r,
      v,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a></span>
<div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/${c}"><span class="badge-category__name">${c}</span></a></div></td>
<td class="num posts"><span class="number">${r}</span></td><td class="num views"><span class="number">${v}</span></td><td class="num activity"><span
class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/configuration/6">Configuration</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></section></body></html>`;
const haBody = [...haP1, ...haP2, ...haP3, ...haP4, ...haP5];
const haDiscourse: TestPage = {
  html: haHtml,
  name: 'heldout123-home-assistant-discourse-forum',
  kind: 'forum',
  // every post is body; usernames, full names, the "in reply to" names and post dates are bylines; the quote in post 3
  // and the accepted-answer excerpt the Solved plugin puts into the first post are in neither list ("Solved by ... in post
  // #4" is furniture); "Oct 27" and "Oct 30" are both post dates and topic-map dates: bylines only
  title: haTitle,
  headings: [],
  body: texts(haBody),
  bylines: ['brannigan_t', 'Tomas Brannigan', 'ellie_marsh', 'Ellie Marsh', 'kaspar.nyland', 'Kaspar Nyland', 'Oct 27', 'Oct 28', 'Oct 30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...haCustom, 'Sign Up', 'Log In', ...haSide, 'Categories', ...haCats, ...haTags, 'Community Leader', haSolvedBy,
    'Solution', 'Reply', ...haMap.filter((t) => !/^\d+$/.test(t)), '318', '2 days later', haClosed, '1 / 6', 'Share', 'Bookmark', 'Flag',
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...haRelated.flat(),
    'Want to read more? Browse other topics in Configuration or view latest topics.',
  ])],
};

export const HELDOUT123_D: readonly TestPage[] = [haDiscourse, archThread];
