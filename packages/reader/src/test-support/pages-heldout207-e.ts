import { links, type TestPage, texts } from './page-kit.js';
import { cooked, type DPost, dChrome, dHeader, dMapLabels, dPost, dRelated, dSidebar, dTimeline, dTopicMap } from './pages-heldout207-d3.js';
import { unityThread } from './pages-heldout207-e2.js';

/**
 * Held-out batch 207, file e: a Home Assistant Community topic on Discourse (the custom header links to the blog, docs and
 * Discord, the sidebar, the category badge and tags, posts with YAML code blocks, a quoted reply, the solved plugin's
 * "Solution" button and "Solved by" notice, like counts, an edit marker, the topic map, the timeline, the "This topic was
 * automatically closed" small action, the "Related topics" table and the Nabu Casa footer banner) and, from file e2, a Unity
 * Discussions topic.
 */
const haTitle = 'Motion light automation turns the light off while I am still in the room';
const haP1 = [
  'I have a simple automation for the hallway: motion detected, light on, then off after two minutes of no motion. It ' +
    'works, except that the light regularly turns off while someone is standing in the hallway putting their shoes on.',
  'The sensor is a battery Zigbee motion sensor on ZHA. Here is the automation:',
];
const haCode1 = `alias: Hallway motion light
triggers:
  - trigger: state
    entity_id: binary_sensor.hallway_motion_occupancy
    to: "on"
actions:
  - action: light.turn_on
    target:
      entity_id: light.hallway
  - delay: "00:02:00"
  - action: light.turn_off
    target:
      entity_id: light.hallway`;
const haP1b = [
  'The sensor itself reports correctly in the logbook, so I do not think it is a Zigbee problem.',
  'I also tried raising the delay to five minutes, which helps a little but means the light stays on far too long when ' +
    'somebody just walks through. What am I missing?',
];
const haP2 = [
  'Your automation is in the default single mode, so a second motion event while the delay is running is simply ignored. ' +
    'After two minutes the light goes off, whatever the sensor says.',
  'Two things help. First, trigger the off part on the sensor going back to clear, not on a fixed delay. Second, use mode: ' +
    'restart so that a new trigger starts the automation over. Something like this:',
];
const haCode2 = `mode: restart
triggers:
  - trigger: state
    entity_id: binary_sensor.hallway_motion_occupancy
    to: "on"
actions:
  - action: light.turn_on
    target:
      entity_id: light.hallway
  - wait_for_trigger:
      - trigger: state
        entity_id: binary_sensor.hallway_motion_occupancy
        to: "off"
        for: "00:01:00"
  - action: light.turn_off
    target:
      entity_id: light.hallway`;
const haP2b = [
  'Also note that many battery sensors have their own cooldown of 60 seconds or more before they report clear, so the ' +
    'light will stay on a bit longer than the for: time.',
];
const haQuote = 'Also note that many battery sensors have their own cooldown';
const haP3 = [
  'That was exactly it. The sensor has a 90 second cooldown, which I had never noticed. With mode: restart and the ' +
    'wait_for_trigger the light now stays on as long as anyone is moving in the hallway. Thanks a lot!',
];
const haP4 = [
  'If you want less YAML, the motion-activated light blueprint that ships with Home Assistant does exactly this. You can ' +
    'create an automation from it in the UI and pick the sensor and the light.',
  'It uses the same restart mode and wait for the sensor to clear, and you can take control of it later if you want to ' +
    'add conditions such as only running after sunset or keeping the light dimmed at night.',
];
const haPosts: DPost[] = [
  {
    n: 1,
    user: 'petra_vd',
    when: 'Sep 30',
    whenTitle: 'Sep 30, 2025 9:48 pm',
    cooked: `${cooked(haP1)}<pre><code class="lang-yaml">${haCode1}</code></pre>${cooked(haP1b)}`,
  },
  {
    n: 2,
    user: 'tinkerer_rob',
    full: 'Rob',
    when: 'Sep 30',
    whenTitle: 'Sep 30, 2025 10:15 pm',
    likes: '6',
    solution: true,
    edited: true,
    cooked: `${cooked(haP2)}<pre><code class="lang-yaml">${haCode2}</code></pre>${cooked(haP2b)}`,
  },
  {
    n: 3,
    user: 'petra_vd',
    when: 'Oct 1',
    whenTitle: 'Oct 1, 2025 7:02 am',
    likes: '1',
    replyTo: 'tinkerer_rob',
    cooked: `<aside class="quote no-group" data-username="tinkerer_rob" data-post="2"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/tinkerer_rob/48/1.png"
class="avatar"> tinkerer_rob:</div><blockquote><p>${haQuote}</p></blockquote></aside>
${cooked(haP3)}`,
  },
  { n: 4, user: 'Ashgrove', full: 'Mirela Ionescu', when: 'Oct 1', whenTitle: 'Oct 1, 2025 8:30 am', likes: '2', cooked: cooked(haP4) },
];
const haLinks = ['Blog', 'Docs', 'Discord', 'Donate'];
const haCats = ['Configuration', 'Installation', 'Third party integrations', 'Share your Projects!', 'Feature Requests'];
const haTags = ['automation', 'zha', 'motion-sensor'];
const haRel: [string, string, string, string][] = [
  ['Motion sensor light stays on forever after restart', '11', '2.4k', 'Aug 2025'],
  ['Blueprint motion light with illuminance condition', '6', '905', 'Sep 2025'],
  ['ZHA occupancy sensor cooldown setting', '3', '410', 'Jul 2025'],
];
const haClosed = 'This topic was automatically closed 2 days after the last reply. New replies are no longer allowed.';
const haNabu = ['Home Assistant is open source home automation that puts local control and privacy first.', 'Home Assistant Cloud by Nabu Casa'];
const haSlug = 'motion-light-automation-turns-the-light-off-while-i-am-still-in-the-room/931207';
const haHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon discourse-no-touch"><head><meta charset="utf-8">
<title>${haTitle} - Configuration - Home Assistant Community</title><meta name="description" content="I have a simple automation for the hallway.">
<meta name="generator" content="Discourse 3.6.0.beta1 - https://github.com/discourse/discourse version 3.6.0.beta1">
<meta property="og:site_name" content="Home Assistant Community"><meta property="og:title" content="${haTitle}"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://community.home-assistant.io/t/${haSlug}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${haTitle}","mainEntity":{"@type":"Question","name":"${haTitle}",
"answerCount":3,"author":{"@type":"Person","name":"petra_vd"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"tinkerer_rob"}}}}</script>
<link href="/stylesheets/desktop_ha_9e0a.css" media="all" rel="stylesheet"><script defer src="/assets/discourse-c3d1.br.js"></script></head>
<body class="crawler-disabled category-configuration tags-automation docked has-sidebar-page"><section id="main" class="ember-application">
${dHeader('Home Assistant Community', haLinks)}
<div id="main-outlet-wrapper" class="wrap" role="main">${dSidebar(haCats, haTags)}<div id="main-outlet"><div class="regular ember-view">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="931207"><span class="topic-statuses"><span class="topic-status"
title="This topic has a solution"><svg class="fa d-icon d-icon-square-check svg-icon"></svg></span></span>
<a href="/t/${haSlug}" class="fancy-title">${haTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/configuration/6">
<span class="badge-category"><span class="badge-category__name">Configuration</span></span></a><div class="list-tags">${haTags
  .map((t) => `<a href="/tag/${t}" class="discourse-tag box" data-tag-name="${t}">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="931207"><div class="posts-wrapper">
<div class="post-stream">${dPost(haPosts[0]!, haSlug)}
<section class="solved-panel"><p class="solved"><span class="accepted-text">Solved by <a href="/u/tinkerer_rob">tinkerer_rob</a> in
<a href="/t/${haSlug}/2">post #2</a></span></p></section>
${dTopicMap('Sep 30', 'Oct 1', ['3', '1.3k', '3', '9'])}
${haPosts
  .slice(1)
  .map((p) => dPost(p, haSlug))
  .join('\n')}
<div class="time-gap small-action"><div class="topic-avatar"></div><div class="small-action-desc timegap">2 months later</div></div>
<div class="small-action onscreen-post" id="post_5"><div class="topic-avatar"><svg class="fa d-icon d-icon-far-clock"></svg></div>
<div class="small-action-desc"><div class="small-action-contents"><p>${haClosed}</p></div></div></div></div></div></section>
${dTimeline('Sep 2025', '1 / 5', 'Oct 3')}</div></div>${dRelated(haRel)}</div></div></div>
<div class="nabu-casa-footer"><p>${haNabu[0]}</p><a href="https://www.nabucasa.example/">${haNabu[1]}</a>
<ul>${links(['Privacy', 'Terms of Service', 'Code of Conduct'], 'footer-link')}</ul></div>
</section></body></html>`;
const homeAssistantTopic: TestPage = {
  html: haHtml,
  name: 'heldout207-home-assistant-community-topic',
  kind: 'forum',
  // code blocks and the quoted line are in neither list; the "Solved by" notice is furniture, its names bylines
  title: haTitle,
  headings: [],
  body: texts([...haP1, ...haP1b, ...haP2, ...haP2b, ...haP3, ...haP4]),
  bylines: ['petra_vd', 'tinkerer_rob', 'Rob', 'Ashgrove', 'Mirela Ionescu', 'Sep 30', 'Oct 1'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...haLinks, ...dChrome, ...haCats, ...haTags, 'Solution', 'Reply', 'Solved by tinkerer_rob in post #2', ...dMapLabels, '1 / 5', 'Sep 2025',
    'Oct 3', '2 months later', haClosed, ...haRel.flatMap((r) => [r[0], r[2], r[3]]), ...haNabu, 'Privacy', 'Terms of Service', 'Code of Conduct',
  ],
};

export const HELDOUT207_E: readonly TestPage[] = [homeAssistantTopic, unityThread];
