import { links, type TestPage, texts } from './page-kit.js';
import { stackOverflowBounty } from './pages-heldout146-e2.js';

/**
 * Held-out batch 146, file e: a Home Assistant community (Discourse) topic saved from the rendered page by a signed-out
 * visitor (the custom Home Assistant header links, the Discourse header with "Sign Up" / "Log In", the topic title with
 * category, subcategory and tags, the "first time ... has posted" post notice inside the first post, YAML code blocks, a
 * onebox link preview inside a reply, the Solved plugin's "Solved by" quote and "Solution" button, reactions counts, post
 * controls, the topic map, the timeline, footer buttons, the anonymous sign-up prompt, Suggested topics and the site footer)
 * and, from file e2, a Stack Overflow question with a bounty and comments.
 */
const haTitle = 'Turn the heating off when a window has been open for five minutes';
const ha1 = [
  'I have contact sensors on the windows in the living room and bedroom, and a smart thermostat. I want the heating to go off when ' +
    'any window has been open for five minutes, so a quick airing does not matter but a window left open all afternoon does.',
  'This is what I have so far. The problem is that it turns the heating off the moment I open the window, not after five minutes:',
  'I thought the delay would do it. What am I missing?',
];
const ha1Code = `alias: Heating off when window open
triggers:
  - trigger: state
    entity_id:
      - binary_sensor.living_room_window
      - binary_sensor.bedroom_window
    to: "on"
actions:
  - delay: "00:05:00"
  - action: climate.turn_off
    target:
      entity_id: climate.thermostat`;
const ha2 = [
  'The delay runs after the trigger, so it only postpones the action. If you close the window during those five minutes the ' +
    'automation carries on anyway, which is why it looks as if it fires straight away.',
  'What you want is <code>for:</code> on the trigger itself. Then the trigger only fires once the window has been open for the whole ' +
    'five minutes, and closing it earlier cancels it:',
  'The state trigger documentation explains the option with a couple of examples:',
];
const ha2Code = `triggers:
  - trigger: state
    entity_id:
      - binary_sensor.living_room_window
      - binary_sensor.bedroom_window
    to: "on"
    for:
      minutes: 5`;
const ha3 = [
  'That works, thank you. The heating goes off after five minutes now. But when I close the window it stays off until someone ' +
    'notices the house is getting cold. Can the same automation turn it back on?',
];
const ha4 = [
  'Yes. Give each trigger an id and use a choose block. Before turning the heating off, save the current mode in a scene so you can ' +
    'restore exactly what was running before:',
  'Turn the heating off when the window trigger fires, after creating a scene called <code>scene.before_window</code> from the thermostat.',
  'When both windows have been closed for a minute, turn the scene back on.',
  'Use <code>mode: restart</code> so a second window opening does not start a parallel run.',
  'Saving the scene matters in winter, when the thermostat may be on a schedule you do not want to overwrite with a fixed temperature.',
];
const ha5 = ['Perfect, that is exactly what I needed. Both windows tested, heating comes back on in the mode it was in. Marked as the solution.'];
type HaPost = { n: number; user: string; name: string; date: string; html: string; paras: string[]; likes: string; solution?: boolean };
const haPosts: HaPost[] = [
  {
    n: 1,
    user: 'ninavdb',
    name: 'Nina van den Berg',
    date: 'Nov 2',
    likes: '1',
    paras: ha1,
    html: `<p>${ha1[0]}</p>\n<p>${ha1[1]}</p>\n<pre data-code-wrap="yaml"><code class="lang-yaml">${ha1Code}</code></pre>\n<p>${ha1[2]}</p>`,
  },
  {
    n: 2,
    user: 'pdrummond',
    name: '',
    date: 'Nov 2',
    likes: '3',
    paras: ha2,
    html: `<p>${ha2[0]}</p>\n<p>${ha2[1]}</p>\n<pre data-code-wrap="yaml"><code class="lang-yaml">${ha2Code}</code></pre>\n<p>${ha2[2]}</p>
<aside class="onebox allowlistedgeneric" data-onebox-src="https://www.home-assistant.io/docs/automation/trigger/"><header class="source">
<img src="https://www.home-assistant.io/images/favicon-192x192.png" class="site-icon" width="192"
height="192"><a href="https://www.home-assistant.io/docs/automation/trigger/"
target="_blank" rel="noopener">Home Assistant</a></header><article class="onebox-body"><h3><a href="https://www.home-assistant.io/docs/automation/trigger/"
target="_blank"
rel="noopener">Automation Trigger</a></h3><p>All the different ways how automations can be triggered.</p></article><div class="onebox-metadata"></div>
<div style="clear: both"></div></aside>`,
  },
  { n: 3, user: 'ninavdb', name: 'Nina van den Berg', date: 'Nov 3', likes: '', paras: ha3, html: `<p>${ha3[0]}</p>` },
  {
    n: 4,
    user: 'pdrummond',
    name: '',
    date: 'Nov 3',
    likes: '4',
    solution: true,
    paras: ha4,
    html: `<p>${ha4[0]}</p>\n<ol>\n${ha4
      .slice(1, 4)
      .map((t) => `<li>${t}</li>`)
      .join('\n')}\n</ol>\n<p>${ha4[4]}</p>`,
  },
  { n: 5, user: 'ninavdb', name: 'Nina van den Berg', date: 'Nov 3', likes: '1', paras: ha5, html: `<p>${ha5[0]}</p>` },
];
const haNotice = 'This is the first time ninavdb has posted — let’s welcome them to our community!';
const haTop = ['Blog', 'Documentation', 'Community', 'Integrations', 'Get started'];
const haSuggested = [
  { t: 'Thermostat keeps turning back on after I switch it off', c: 'Configuration', r: '8', v: '611', a: 'Oct 28' },
  { t: 'Window sensor automation with different delays per room', c: 'Automations', r: '5', v: '402', a: 'Oct 14' },
  { t: 'Restore climate state after an automation has finished', c: 'Automations', r: '12', v: '1.3k', a: 'Sep 30' },
];
const haCta = [
  'Hello! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.',
  'When you create an account, we remember what you’ve read, so you always come right back where you left off.',
];
const haFoot = ['Home Assistant', 'Privacy', 'Terms of Service', 'Code of Conduct', 'Powered by Discourse'];
const haPost = (p: HaPost): string => `<div class="topic-post clearfix${p.n === 1 ? ' topic-owner' : ''} regular" data-post-number="${p.n}">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="2290${p.n}" data-topic-id="801245"
class="boxed onscreen-post${p.solution ? ' accepted-answer' : ''}"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar"
href="/u/${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="https://community-assets.home-assistant.example/user_avatar/${p.user}.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username${p.n === 1 ? ' new-user' : ''}"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name || p.user}</a></span>
${p.name ? `<span class="second username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>` : ''}</div><div class="post-infos">
<div class="post-info post-date"><a class="post-date" href="/t/801245/${p.n}" data-post-number="${p.n}"><span title="${p.date}, 2025 8:14 pm"
data-time="1730574840000"
class="relative-date">${p.date}</span></a></div></div></div>
${
  p.n === 1
    ? `<div class="post-notice new-user"><svg class="fa d-icon d-icon-hands-holding-heart svg-icon"></svg><div
class="post-notice-message"><p>${haNotice}</p></div></div>`
    : ''
}
<div class="regular contents"><div class="cooked">${
  p.n === 1
    ? `<aside class="quote accepted-answer" data-post="4" data-topic="801245"><div class="title"><div class="accepted-answer--solver-accepter"><div
class="accepted-answer--solver">
Solved by <a href="/u/pdrummond">pdrummond</a> in <a href="/t/801245/4">post #4</a></div></div></div><blockquote><p>${ha4[0]}</p></blockquote></aside>\n`
    : ''
}${p.html}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.solution
    ? `<button class="btn btn-icon-text post-action-menu__solved-accepted accepted btn-flat" title="this reply was marked as the solution">
<span class="accepted-text">Solution</span></button>`
    : ''
}<div class="discourse-reactions-actions can-toggle-reaction">${
  p.likes
    ? `<div class="discourse-reactions-counter"><div
class="reactions-counter">${p.likes}</div></div>`
    : ''
}
<div class="discourse-reactions-reaction-button" title="Like this post"><button class="btn-toggle-reaction-like btn-icon no-text reaction-button"
aria-label="Like"></button></div>
</div><button class="btn no-text btn-icon post-action-menu__copy-link btn-flat"
title="copy a link to this post to clipboard"></button><button class="btn btn-icon-text
post-action-menu__reply reply create fade-out btn-flat" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section>
</div></div></div></article></div>`;
const haHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${haTitle} - Configuration / Automations - Home Assistant Community</title>
<meta name="description" content="I have contact sensors on the windows in the living room and bedroom, and a smart thermostat.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 8a2f0b"><meta property="og:site_name"
content="Home Assistant Community">
<meta property="og:type" content="website"><meta property="og:title" content="${haTitle}"><meta property="article:section" content="Configuration">
<link rel="canonical" href="https://community.home-assistant.io/t/turn-the-heating-off-when-a-window-has-been-open-for-five-minutes/801245">
<link href="https://community-assets.home-assistant.example/stylesheets/desktop_1b2c.css" media="all" rel="stylesheet">
<script defer src="https://community-assets.home-assistant.example/assets/discourse-8c0d.js"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${haTitle}","articleSection":"Automations",
"author":{"@type":"Person","name":"ninavdb"},"datePublished":"2025-11-02T19:14:00Z","commentCount":4}</script></head>
<body class="category-configuration-automations tag-automation tag-climate archetype-regular"><section id="main"
class="ember-application"><div class="ember-view">
<div class="skip-links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<div class="ha-custom-header"><a href="https://www.home-assistant.io" class="ha-logo"
aria-label="Home Assistant"></a><ul class="ha-header-links">${links(haTop)}</ul></div>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a
href="/">
<img id="site-logo" class="logo-big" src="https://community-assets.home-assistant.example/logo.png" alt="Home Assistant Community"></a></div></div>
<div class="panel" role="navigation"><span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span
class="d-button-label">Sign Up</span>
</button><button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span><ul class="icons
d-header-icons">
<li class="search-dropdown header-dropdown-toggle"><a href="/search" title="Search" aria-label="Search"
class="icon btn-flat"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div id="main-outlet"
class="wrap"><div class="container posts"><div id="topic-title"><div class="container">
<div class="title-wrapper"><h1 data-topic-id="801245"><a href="/t/801245"
class="fancy-title">${haTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/configuration/6"><span class="badge-category --style-square"
data-category-id="6"><span class="badge-category__name">Configuration</span>
</span></a><a class="badge-category__wrapper" href="/c/configuration/automations/53"><span class="badge-category --has-parent" data-category-id="53">
<span class="badge-category__name">Automations</span></span></a></div><div class="list-tags"><a href="/tag/automation" class="discourse-tag box">automation</a>
<a href="/tag/climate" class="discourse-tag box">climate</a></div></div></div></div></div>
<div class="posts-wrapper"><section class="topic-area" id="topic"><div class="post-stream">
${haPosts.map(haPost).join('\n')}
</div></section></div>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-date-wrapper"><a class="start-date"><span>Nov 2</span></a></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div><div class="timeline-ago">Nov 2</div></div><div class="timeline-date-wrapper">
<a class="now-date"><span>Nov 3</span></a></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-default share-and-invite topic-footer-button">
<span class="d-button-label">Share</span></button><button class="btn btn-icon-text btn-primary create topic-footer-button"><span
class="d-button-label">Reply</span></button></div></div>
<div class="signup-cta alert alert-info"><h3>${haCta[0]}</h3><p>${haCta[1]}</p><div class="buttons"><button class="btn btn-primary btn-icon-text">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text"><span class="d-button-label">Remind me tomorrow</span></button>
<button class="btn btn-flat btn-text"><span class="d-button-label">no thanks</span></button></div></div>
<div class="more-topics__container"><div role="complementary"
class="suggested-topics"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead>
<tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>${haSuggested
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link">
<a href="/t/${r.r}" class="title raw-link raw-topic-link">${r.t}</a><div class="link-bottom-line"><span class="badge-category__name">${r.c}</span></div></td>
<td class="num posts"><span class="number">${r.r}</span></td><td class="num views"><span class="number">${r.v}</span></td><td class="num age activity">
<span class="relative-date">${r.a}</span></td></tr>`,
  )
  .join('\n')}</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in
<a href="/c/configuration/automations/53">Automations</a> or <a href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<footer class="below-footer"><ul class="ha-footer-links">${links(haFoot)}</ul></footer></div></section></body></html>`;
const homeAssistant: TestPage = {
  html: haHtml,
  name: 'heldout146-home-assistant-community-topic',
  kind: 'forum',
  // every post is body (the ordered list in post 4 too); code blocks and the Solved quote are in neither list; display
  // names, usernames and dates are bylines; the first-post notice, the onebox preview, reactions, "Solution", the timeline,
  // the sign-up prompt, suggested topics and footer are furniture
  title: haTitle,
  headings: [],
  body: texts(haPosts.flatMap((p) => p.paras)),
  bylines: ['Nina van den Berg', 'ninavdb', 'pdrummond', 'Nov 2', 'Nov 3'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...haTop, 'Sign Up', 'Log In', 'Configuration', 'Automations', 'automation', 'climate', haNotice, 'Solved by pdrummond in post #4',
    'Home Assistant', 'Automation Trigger', 'All the different ways how automations can be triggered.', 'Solution', '1', '3', '4', 'Reply', '1 / 5', 'Share',
    ...haCta,
    'Remind me tomorrow', 'no thanks', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...haSuggested.flatMap((r) => [r.t, r.r, r.v, r.a]),
    'Want to read more? Browse other topics in Automations or view latest topics.', ...haFoot.slice(1),
  ],
};

export const HELDOUT146_E: readonly TestPage[] = [homeAssistant, stackOverflowBounty];
