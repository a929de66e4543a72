import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout258-kit.js';

/**
 * Held-out batch 258, file b2: a Discourse topic on an open-source project's community site, as the Ember app renders it
 * (d-header with Sign Up / Log In, the sidebar, topic title with category badge and tags, posts with username, full name,
 * user title and relative date, cooked post bodies with h2 headings, a list and a table, post controls with like counts,
 * the topic map, the timeline, Suggested Topics and the "Powered by Discourse" line).
 */
const dTitle = 'Proposal: retire the legacy INI config loader in Tessellate 3.0';
const dHeads = ['Motivation', 'What would change', 'Migration path', 'Open questions'];
const dIntro = [
  j(
    'This is a proposal to remove the INI-based configuration loader in the 3.0 release and make the TOML loader the only supported',
    'format. I would like to collect feedback here for two weeks before we open the pull request.',
  ),
];
const dMotivation = [
  j(
    'We currently maintain two loaders that do the same job. The INI loader was the original format, and it has no way to express',
    'nested tables, so every option added since 2.2 has needed a special flattened key just for INI users. That has made the option',
    'reference harder to read and has caused at least four bugs where the two loaders disagreed about defaults.',
  ),
  j(
    'Usage numbers from the opt-in telemetry suggest that fewer than one in twenty projects still use an INI file, and most of those',
    'have not changed their configuration in over a year.',
  ),
];
const dChange = [
  'The INI loader and its flattened keys would be removed from the core package.',
  'A tessellate migrate-config command would convert an existing INI file to TOML and print any keys it could not map.',
  'Starting Tessellate with only an INI file present would fail with an error that names the migration command.',
];
const dTable = [
  ['Release', 'INI loader', 'What users see'],
  ['2.9', 'Supported', 'Deprecation warning on start-up'],
  ['3.0', 'Removed', 'Error with a pointer to migrate-config'],
  ['3.1', 'Removed', 'migrate-config still available'],
];
const dMigration = [
  j(
    'The plan is to ship the migration command in 2.9, together with a deprecation warning, so that people have a full minor release',
    'to convert before anything breaks. The table below shows the timeline.',
  ),
];
const dOpen = [
  'Should the migration command keep comments from the INI file? It is possible but makes the converter noticeably more complex.',
  'Do any plugin authors read the INI file directly rather than through the config API?',
];
const dReply1 = [
  j(
    'Strong yes from me. The flattened keys are the single most confusing part of the docs, and I regularly see people copy an INI',
    'example into a TOML file and wonder why it does nothing.',
  ),
  j(
    'On comments: I would keep them if it is not too much work. Our team has long explanations in our config about why certain',
    'limits are set, and losing them in the migration would be a real cost.',
  ),
];
const dReply2 = [
  j(
    'Plugin author here. The tile-cache plugin does read the INI file directly, for historical reasons, but only to find the cache',
    'directory. I can switch it to the config API in the next release, so please do not hold 3.0 back for us.',
  ),
];
const dReply3 = [
  j(
    'Thanks both. I will add comment preservation as a stretch goal for the converter and open an issue for the tile-cache change.',
    'If nobody raises a blocker by the end of next week, I will start on the pull request.',
  ),
];
const dTableHtml = `<div class="md-table"><table><thead><tr>${(dTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${dTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div>`;
const h2 = (t: string): string => {
  const a = `${t.toLowerCase().replace(/[^a-z]+/g, '-')}-1`;
  return `<h2><a name="${a}" class="anchor" href="#${a}"></a>${t}</h2>`;
};
const cooked1 = `${ps(dIntro)}
${h2(dHeads[0] ?? '')}
${ps(dMotivation)}
${h2(dHeads[1] ?? '')}
<ul>
${lis(dChange)}
</ul>
${h2(dHeads[2] ?? '')}
${ps(dMigration)}
${dTableHtml}
${h2(dHeads[3] ?? '')}
<ol>
${lis(dOpen)}
</ol>`;
type DPost = { n: number; user: string; name: string; utitle: string; date: string; full: string; likes: string; cooked: string };
const dPosts: DPost[] = [
  { n: 1, user: 'mvarga', name: 'Mirela Varga', utitle: 'Core team', date: 'Feb 3', full: 'Feb 3, 2026 10:14 am', likes: '12', cooked: cooked1 },
  { n: 2, user: 'ohannesen', name: 'Oskar Hannesen', utitle: '', date: 'Feb 3', full: 'Feb 3, 2026 1:52 pm', likes: '7', cooked: ps(dReply1) },
  {
    n: 3,
    user: 'tilecache-dev',
    name: 'Priya Almond',
    utitle: 'Plugin maintainer',
    date: 'Feb 4',
    full: 'Feb 4, 2026 8:20 am',
    likes: '5',
    cooked: ps(dReply2),
  },
  { n: 4, user: 'mvarga', name: 'Mirela Varga', utitle: 'Core team', date: 'Feb 5', full: 'Feb 5, 2026 9:02 am', likes: '4', cooked: ps(dReply3) },
];
const dPost = (p: DPost): string => `<div class="topic-post clearfix ${p.user === 'mvarga' ? 'topic-owner ' : ''}regular">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${31200 + p.n}" data-topic-id="4471" data-user-id="${p.n + 40}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar"
href="/u/${p.user}" data-user-card="${p.user}" aria-hidden="true"><img alt="" width="48" height="48"
src="/user_avatar/community.tessellate.example/${p.user}/96/1_2.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span>
<span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.name}</a></span>
${p.utitle === '' ? '' : `<span class="user-title">${p.utitle}</span>`}</div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/retire-the-legacy-ini-config-loader/4471/${p.n}" title="Post date"><span title="${p.full}"
data-time="1770113640000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${p.cooked}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-icon-text" title="${p.likes} people liked this post">
<span class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like btn-icon" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
const dSide = ['Topics', 'My Posts', 'More'];
const dCats = ['Announcements', 'Proposals', 'Help', 'Plugins', 'All categories'];
const dTags = ['config-files', 'breaking-change', 'release-3-0'];
const dSuggested: [string, string, string, string][] = [
  ['Tile cache fills the disk on long renders', 'Help', '9', 'Jan 29'],
  ['Roadmap for the 3.0 release', 'Announcements', '31', 'Jan 12'],
  ['Should plugins get their own config namespace?', 'Proposals', '17', 'Dec 2025'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Proposals - Tessellate Community</title>
<meta name="description" content="This is a proposal to remove the INI-based configuration loader in the 3.0 release.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://community.tessellate.example/t/retire-the-legacy-ini-config-loader/4471" />
<meta property="og:site_name" content="Tessellate Community" /><meta property="og:type" content="website" /><meta property="og:title" content="${dTitle}" />
<meta property="article:published_time" content="2026-02-03T10:14:22+00:00" /><meta name="twitter:label1" value="Reading time" />
<meta name="twitter:data1" value="3 mins 🕑" /><meta name="twitter:label2" value="Likes" /><meta name="twitter:data2" value="28 ❤" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","articleSection":"Proposals",
"author":{"@type":"Person","name":"mvarga"},"datePublished":"2026-02-03T10:14:22Z","interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"http://schema.org/CommentAction","userInteractionCount":3}]}</script>
<link href="/stylesheets/desktop_2b4c.css?__ws=community.tessellate.example" media="all" rel="stylesheet" data-target="desktop" />
<script defer src="/assets/discourse-4e1f.js" data-discourse-entrypoint="discourse"></script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://community.tessellate.example" data-base-uri="" data-environment="production"
data-disable-custom-css="false" data-highlight-js-path="/highlight-js/community.tessellate.example/a1b2.js">
</head><body class="crawler ember-application docs archetype-regular category-proposals tags-config"><section id="main" class="ember-view">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
class="btn btn-flat btn-sidebar-toggle no-text btn-icon" aria-label="Sidebar" title="Sidebar"></button></div><div class="title">
<a href="/" data-auto-route="true">
<img src="/uploads/default/original/1X/logo.png" alt="Tessellate Community" id="site-logo" class="logo-big"></a></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span>
</button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><div class="sidebar-section" data-section-name="community">
<ul class="sidebar-section-content">${links(dSide, 'sidebar-section-link-wrapper')}
</ul></div><div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">
Categories</span></div><ul class="sidebar-section-content">${links(dCats, 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet"><div class="ember-view"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4471"><a
href="/t/retire-the-legacy-ini-config-loader/4471" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper " href="/c/proposals/7"><span data-category-id="7" style="--category-badge-color: #0088CC;" class="badge-category "
title="Ideas for changes to Tessellate, discussed before code is written."><span class="badge-category__name">Proposals</span></span></a></div>
<div class="list-tags">${dTags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`).join(' ')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="4471"><div class="posts-wrapper">
<div class="topic-post-stream">
${dPost(dPosts[0] as DPost)}
<div class="topic-map --op"><section class="map"><ul class="topic-map__stats"><li><span class="number">3</span>
<span class="topic-map__stat-label">replies</span></li>
<li><span class="number">412</span><span class="topic-map__stat-label">views</span></li><li><span class="number">4</span>
<span class="topic-map__stat-label">users</span></li></ul></section></div>
${dPosts.slice(1).map(dPost).join('\n')}
</div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date">
Feb 2026</a></div><div class="timeline-scroller"><div class="timeline-replies">1 / 4</div></div><div class="timeline-date-wrapper">
<a class="now-date">2d ago</a>
</div></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">
<button class="btn btn-icon-text btn-primary create" title="begin composing a reply to this topic">
<span class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="suggested-topics-title" id="suggested-topics"
class="more-topics__list"><h3 id="suggested-topics-title" class="more-topics__list-title">Suggested Topics</h3><div class="topic-list-container">
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="activity num">Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    ([
      t,
      c,
      r,
      a,
    ]) => `<tr class="topic-list-item"><td class="main-link"><span class="link-top-line"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a>
</span><div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts">${r}</td>
<td class="num activity">${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/proposals/7">Proposals</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div>
<footer class="powered-by-discourse"><a href="https://discourse.org/powered-by">Powered by Discourse</a></footer></section>
<div class="cookie-consent-banner"><p>We use essential cookies to keep you signed in and optional analytics cookies to improve the community.</p>
<button class="btn btn-primary">Accept all</button> <button class="btn">Essential only</button></div>
</body></html>`;
export const discourse: TestPage = {
  name: 'heldout258-discourse-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([...dIntro, ...dMotivation, ...dChange, ...dMigration, ...dTable.flat(), ...dOpen, ...dReply1, ...dReply2, ...dReply3]),
  bylines: uniq([...dPosts.flatMap((p) => [p.user, p.name, p.date])]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Sign Up', 'Log In', ...dSide, 'Categories', ...dCats, ...dTags, 'Core team', 'Plugin maintainer', 'Reply', 'replies', 'views', '412',
    'Feb 2026', '1 / 4', '2d ago', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...dSuggested.map((s) => s[0]), 'Jan 29', 'Jan 12', 'Dec 2025',
    'Want to read more? Browse other topics in Proposals or view latest topics.', 'Powered by Discourse',
    'We use essential cookies to keep you signed in and optional analytics cookies to improve the community.', 'Accept all', 'Essential only',
  ]),
};
