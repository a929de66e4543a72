import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout336-kit.js';

/**
 * Held-out batch 336, file c2: a peer-support forum thread on Discourse (header with "Sign Up" and "Log In", the category
 * banner, a theme component's content-warning banner, the topic title with category badge and tags, five posts with user
 * cards, dates, like counts and reply buttons, the topic map, the "Suggested Topics" list and the crisis footer). The posts
 * are the body.
 */
const dTitle = 'Six months free from self-harm, and a wobble this week';
const dPosts: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    'quietfern',
    'Feb 9',
    '4',
    [
      j(
        'I wanted to share this somewhere people would understand. Last Tuesday was six months since I last hurt myself. Six',
        'months ago I honestly did not think I would manage six days.',
      ),
      j(
        'The things that helped most were telling my sister, keeping a list of things to do with my hands when the urge hits,',
        'and the weekly group at my local centre. I still use the ice cube trick more than I would like to admit.',
      ),
      j(
        'But this week has been hard. Work has been awful and on Friday night the urges came back stronger than they have in',
        'months. I did not act on them, but I felt like all my progress was fake. Has anyone else had this happen after a long',
        'stretch? How did you get through it?',
      ),
    ],
  ],
  [
    'Marlow_T',
    'Feb 9',
    '3',
    [
      j(
        'Six months is huge, and it is not fake. Having urges and not acting on them is exactly what recovery looks like. Mine',
        'did not vanish at a milestone either; they just got quieter and less frequent.',
      ),
      'What helped me on bad nights was texting someone before the urge peaked rather than after. Could your sister be that person?',
    ],
  ],
  [
    'ivy.and.oak',
    'Feb 10',
    '2',
    [
      j(
        'I had almost the same thing at around eight months. A stressful stretch at uni brought everything back. I made a plan',
        'for those evenings: shower, music on, phone my friend, and not being alone in my room after ten.',
      ),
      'Proud of you for posting this instead of keeping it to yourself. That counts for something.',
    ],
  ],
  [
    'Sunniva_Mod',
    'Feb 10',
    '1',
    [
      j(
        'Thank you for sharing this, and congratulations on six months. A hard week does not undo what you have built.',
        'It might be worth letting your group facilitator know things have been tougher lately.',
      ),
      j(
        'A gentle reminder to everyone that if you are struggling to stay safe, you can call the Nightharbour Line free on',
        '0800 555 0199 at any time, or use the crisis links at the bottom of every page.',
      ),
    ],
  ],
  [
    'quietfern',
    'Feb 11',
    '5',
    [
      j(
        'Thank you all so much. I talked to my sister last night and we have agreed I will text her a single emoji when things',
        'get bad so I do not have to explain. Reading your answers made me feel a lot less alone.',
      ),
    ],
  ],
];
const dSuggested = ['Things to do with your hands instead', 'Telling a parent for the first time', 'Coping kits: what is in yours?'];
const dTags = ['self-harm', 'milestones', 'relapse'];
const post = ([user, date, likes, paras]: readonly [string, string, string, readonly string[]], n: number): string => `<div class="topic-post clearfix
regular" data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${48210 + n}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${user}"
data-user-card="${user}" aria-hidden="true"><img alt="" width="48" height="48" src="/user_avatar/kindredcircle.example/${user}/96/1.png"
class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${user}" data-user-card="${user}">${user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/six-months/3391/${n}"><span title="${date}, 2026"
data-time="1770000000000" class="relative-date">${date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${ps(paras)}
</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button">
<button class="button-count like-count">${likes}</button><button class="widget-button btn-flat toggle-like like no-text" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply
</span></button></div></nav></section></div></div></div></article></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Six months free from self-harm, and a wobble this week - Recovery stories - Kindred Circle</title>
<meta name="description" content="I wanted to share this somewhere people would understand. Last Tuesday was six months since I last hurt myself.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://community.kindredcircle.example/t/six-months-free-from-self-harm-and-a-wobble-this-week/3391">
<meta property="og:site_name" content="Kindred Circle"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link href="/stylesheets/desktop_c9a1e6.css?__ws=community.kindredcircle.example" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"quietfern"},"datePublished":"2026-02-09T21:14:03Z","commentCount":4}</script>
<script defer src="/assets/discourse-6f3ab1.js"></script><meta id="data-discourse-setup" data-environment="production"></head>
<body class="category-peer-support category-peer-support-recovery-stories tag-self-harm archetype-regular"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Kindred Circle" id="site-logo" class="logo-big"></a></div>
<div class="panel clearfix" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small login-button"><span class="d-button-label">Log In</span>
</button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section class="sidebar-sections">
<ul class="sidebar-section-links">${links(['Topics', 'My Posts', 'Review', 'About', 'FAQ', 'Groups'], 'sidebar-section-link-wrapper')}</ul></section></div>
<div id="main-outlet"><div class="category-title-header"><div class="category-title-contents"><h1 class="category-title">Recovery stories</h1>
<div class="category-title-description"><p>Share milestones, setbacks and what helped. Please keep descriptions of methods out of your posts.</p>
</div></div></div>
<div class="topic-content-warning alert alert-info"><p><strong>Content warning:</strong> this topic discusses self-harm and urges to self-harm.</p>
<button class="btn btn-default cw-reveal">Show topic</button></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="3391"><a href="/t/six-months/3391" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><a class="badge-category__wrapper" href="/c/peer-support/recovery-stories/14"><span class="badge-category__name">Recovery stories
</span></a><div class="list-tags">${dTags.map((t) => `<a href="/tag/${t}" class="discourse-tag simple">${t}</a>`).join(', ')}</div></div></div></div>
<div class="posts-wrapper"><div class="topic-post-stream">
${dPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div></div>
<section class="topic-map"><ul class="topic-map__stats"><li><h4>created</h4><span>Feb 9</span></li><li><h4>last reply</h4><span>Feb 11</span></li>
<li><span class="number">4</span><h4>replies</h4></li><li><span class="number">212</span><h4>views</h4></li><li><span class="number">4</span>
<h4>users</h4></li></ul>
</section>
<div class="more-topics__container"><h3 class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSuggested.map((t) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/" class="title raw-link">${t}</a></td></tr>`).join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/14">Recovery stories</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div>
<footer class="crisis-footer"><p>Kindred Circle is a peer-support space, not a crisis service. If you are in danger now, call 999.</p>
<p>Powered by Discourse, best viewed with JavaScript enabled</p></footer></section></body></html>`;

export const discourse: TestPage = {
  name: 'heldout336-discourse-peersupport-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p[3])),
  bylines: ['quietfern', 'Marlow_T', 'ivy.and.oak', 'Sunniva_Mod', 'Feb 9', 'Feb 10', 'Feb 11'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Topics', 'My Posts', 'Review', 'About', 'FAQ', 'Groups', 'Recovery stories',
    'Share milestones, setbacks and what helped. Please keep descriptions of methods out of your posts.',
    'Content warning: this topic discusses self-harm and urges to self-harm.', 'Show topic', ...dTags, 'Reply', 'created',
    'last reply', 'replies', 'views', 'users', '212', 'Suggested Topics', ...dSuggested,
    'Want to read more? Browse other topics in Recovery stories or view latest topics.',
    'Kindred Circle is a peer-support space, not a crisis service. If you are in danger now, call 999.',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};
