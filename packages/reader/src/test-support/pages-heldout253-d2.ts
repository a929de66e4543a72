import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file d2: a caregivers' forum thread on Discourse as saved from the browser (Ember app markup: d-header
 * with Sign Up / Log In, the sidebar sections, topic title with category badge and tags, the post stream of topic-post
 * articles with names, relative dates, a quote aside and post controls, the topic map, the timeline, "Suggested Topics" and
 * the footer message). The five posts are the body.
 */
const title = 'How do you get any sleep when Mum wanders at night?';
const posts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'margaret_h',
    date: 'Feb 12',
    paras: [
      j(
        'My mum (84, vascular dementia) moved in with us last autumn. Days are mostly fine but since Christmas she gets up two or three',
        'times a night, tries the front door and once got as far as the end of the road in her nightie.',
      ),
      j(
        'I am now sleeping on the sofa by the door and I am exhausted. Her social worker mentioned sensors but did not follow it up.',
        'What has actually worked for you?',
      ),
    ],
  },
  {
    user: 'DaveInLeeds',
    date: 'Feb 12',
    paras: [
      j(
        'We had exactly this with my dad. What helped most was a bed sensor mat linked to a pager I kept on my pillow. It goes off when',
        'he gets up, so I could reach him before he reached the door, and I could finally sleep in my own bed.',
      ),
      'Ask the council for a telecare assessment. Ours lent us the mat and pager free of charge.',
    ],
  },
  {
    user: 'nurse_ros',
    date: 'Feb 13',
    paras: [
      'I am a community nurse and see this a lot. A couple of things worth checking before you buy equipment:',
      j(
        'Is she in pain at night, or does she need the toilet? A night light on the route to the bathroom and a commode by the bed',
        'can cut the wandering a surprising amount. Also ask the GP to review any tablets she takes in the evening.',
      ),
    ],
  },
  {
    user: 'margaret_h',
    date: 'Feb 14',
    paras: [
      'Thank you both, this is really useful.',
      j(
        'You are right about the toilet, she has had a water infection and nobody connected it. GP appointment booked for Monday and',
        'I have phoned about the telecare assessment.',
      ),
    ],
  },
  {
    user: 'Priyanka_S',
    date: 'Mar 1',
    paras: [
      j(
        'Just to add: a door sensor that plays a recorded message in your voice (\u201CIt\u2019s night-time Mum, go back to bed\u201D)',
        'worked better for my mother-in-law than an alarm, which frightened her. And please look after yourself too, a few nights',
        'of respite care once a month saved my sanity.',
      ),
    ],
  },
];
const quoted = 'I could reach him before he reached the door, and I could finally sleep in my own bed.';
const community = ['Topics', 'My Posts', 'Review', 'Groups', 'About', 'FAQ'];
const cats = ['Dementia care', 'Young carers', 'Benefits and money', 'Respite'];
const tags = ['sleep-problems', 'dementia-wandering', 'home-sensors'];
const suggested = ['Power of attorney: how long did yours take?', 'Day centre refusals: any tips?', 'Respite weeks: what to pack'];
const post = (p: (typeof posts)[number], n: number, extra = ''): string => `<div class="topic-post clearfix ${n === 1 ? 'topic-owner ' : ''}regular"
data-post-number="${n}"><article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${9100 + n}" data-topic-id="3318"
data-user-id="${200 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar"
href="/u/${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/forum/${p.user}/96/1.png" class="avatar"></a></div>
</div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div><div class="post-infos"><div class="post-info post-date"><a class="post-date"
href="/t/3318/${n}"><span title="${p.date}, 2026 10:0${n} pm" data-time="1770900000000" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${extra}${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions">
<button class="btn no-text btn-icon btn-flat like" title="like this post"></button><button class="btn no-text btn-icon btn-flat share"
title="share a link to this post"></button><button class="btn btn-icon-text btn-flat reply" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article></div>`;
const quote = `<aside class="quote no-group" data-username="DaveInLeeds" data-post="2" data-topic="3318"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum/DaveInLeeds/48/1.png" class="avatar"> DaveInLeeds:</div><blockquote><p>${quoted}</p></blockquote>
</aside>`;
const html = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${title} - Dementia care - The Kitchen Table</title>
<meta name="description" content="My mum (84, vascular dementia) moved in with us last autumn.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://forum.kitchentable.example/t/how-do-you-get-any-sleep-when-mum-wanders-at-night/3318">
<meta property="og:site_name" content="The Kitchen Table"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${title}",
"author":{"@type":"Person","name":"margaret_h"},"datePublished":"2026-02-12T22:01:00Z","interactionStatistic":{"userInteractionCount":4}}</script>
<link href="/stylesheets/desktop_f3a2.css" media="all" rel="stylesheet" data-target="desktop"><script defer src="/assets/discourse-7c1d.js"></script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.kitchentable.example"></head>
<body class="category-dementia-care tags-night-time archetype-regular docked has-sidebar-page"><div id="main" class="ember-application">
<div class="skip-links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat"
aria-label="Hide sidebar"></button></div><div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big"
src="/uploads/default/logo.png" alt="The Kitchen Table"></a></div><div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-primary btn-small sign-up-button btn-icon-text"><span class="d-button-label">Sign Up</span></button><button class="btn btn-primary btn-small
login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-header-wrapper"><span
class="sidebar-section-header-text">Community</span></div><ul class="sidebar-section-content">${community
  .map(
    (c) => `<li
class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/${c.toLowerCase()}"><span class="sidebar-section-link-content-text">${c}</span>
</a></li>`,
  )
  .join('')}</ul></div><div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><span
class="sidebar-section-header-text">Categories</span><ul class="sidebar-section-content">${links(cats, 'sidebar-section-link-wrapper')}</ul></div>
</section></div><div id="main-outlet" class="wrap"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="3318"><a href="/t/3318"
class="fancy-title"><span dir="auto">${title}</span></a></h1><div class="topic-category"><span class="badge-category__wrapper"><a class="badge-category"
href="/c/dementia-care/5"><span class="badge-category__name">Dementia care</span></a></span><div class="list-tags">
${tags.map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`).join(' ')}</div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="3318"><div class="posts-wrapper"><div class="post-stream">
${posts.map((p, i) => post(p, i + 1, i === 3 ? quote : '')).join('\n')}
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><div class="topic-map-post created-at">Feb 12</div></li>
<li><h4 role="presentation">last reply</h4><div class="topic-map-post last-reply">Mar 1</div></li><li><span class="number">4</span><h4 role="presentation">
replies</h4></li><li><span class="number">612</span><h4 role="presentation">views</h4></li><li><span class="number">4</span><h4 role="presentation">users
</h4></li></ul></section></div></div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea"><div class="timeline-replies">1 / 5</div></div>
<button class="btn btn-icon-text btn-primary create"><span class="d-button-label">Reply</span></button></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn share-and-invite"><span class="d-button-label">Share</span></button>
<button class="btn bookmark"><span class="d-button-label">Bookmark</span></button></div></div>
<div class="more-topics__container"><div id="suggested-topics" class="more-topics__list" role="complementary"><h3 id="suggested-topics-title"
class="more-topics__list-title">Suggested Topics</h3><table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th>
<th class="views num">Views</th><th class="activity num">Activity</th></tr></thead><tbody>
${suggested
  .map(
    (s, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${3200 + i}" class="title raw-link raw-topic-link">${s}</a></td>
<td class="num posts">${7 + i}</td><td class="num views">${180 + i * 40}</td><td class="num activity">${['Jan 28', 'Feb 3', 'Feb 20'][i]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
<div class="custom-footer-message"><p>The Kitchen Table is run by Carers Together, a registered charity. Posts are the views of members, not medical
advice.</p></div></div></div></div></body></html>`;
export const kitchenTable: TestPage = {
  name: 'heldout253-discourse-caregivers-forum-thread',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...posts.flatMap((p, i) => (i === 3 ? [quoted, ...p.paras] : p.paras))]),
  bylines: ['margaret_h', 'DaveInLeeds', 'nurse_ros', 'Priyanka_S', 'Feb 12', 'Feb 13', 'Feb 14', 'Mar 1', 'DaveInLeeds:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Community', ...community, 'Categories', ...cats, ...tags, 'Reply', 'created', 'last reply', 'replies',
    'views', 'users', '612', '1 / 5', 'Share', 'Bookmark', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...suggested,
    'Jan 28', 'Feb 3', 'Feb 20', 'The Kitchen Table is run by Carers Together, a registered charity. Posts are the views of members, not medical advice.',
  ],
};
