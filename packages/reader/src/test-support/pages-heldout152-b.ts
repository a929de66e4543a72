import { type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout152-b2.js';

/**
 * Held-out batch 152, file b: a Discourse 3.x topic on a programming language's users forum, saved from the rendered
 * Ember page by a visitor who is not logged in (the d-header with "Sign Up" / "Log In", the anonymous sidebar with its
 * Community, Categories and Tags sections, the h1 with category badge and tags, posts with username / full name / date,
 * the discourse-solved "Solved by ... in post #4" box with its excerpt under the first post, the topic map, a quoted reply,
 * like counts and the "Solution" button, the automatic-close small action, the signup CTA, the timeline, "Related topics"
 * with its table and the footer) and, from file b2, a phpBB 3.3 prosilver topic with attachments.
 */
const dcTitle = 'Why does my iterator keep the vector borrowed for the whole loop?';
const dcPosts = [
  {
    user: 'mira_k',
    full: 'Mira Kovač',
    date: 'Oct 3',
    title: 'Oct 3, 2025 9:41 am',
    likes: '2',
    paras: [
      'I am writing a small tool that walks a list of jobs and retries the ones that failed. The loop looks roughly like this:',
      'The compiler rejects the push with <code>error[B0412]: cannot mutate jobs while it is borrowed by pending</code>. I expected the ' +
        'borrow to end once <code>pending</code> was created, because I only read from it inside the loop.',
      'Why does the borrow last until the end of the loop, and what is the idiomatic way to write this?',
    ],
    code: 'let pending = jobs.iter().filter(|j| j.failed)\nfor job in pending {\n    jobs.push(job.retry())\n}',
  },
  {
    user: 'tobiasw',
    full: 'Tobias Wren',
    date: 'Oct 3',
    title: 'Oct 3, 2025 10:05 am',
    likes: '5',
    paras: [
      '<code>pending</code> is a lazy adaptor. It does not copy anything out of <code>jobs</code>; it holds a reference into the vector and ' +
        'produces items one at a time as the loop asks for them. So the borrow has to last as long as the loop is still pulling items ' +
        'from it, which is the whole loop.',
      'If the vector could grow while the adaptor is walking over it, the adaptor might be left pointing at storage that has been moved ' +
        'to make room. That is exactly the situation the borrow checker is there to stop.',
    ],
  },
  {
    user: 'mira_k',
    full: 'Mira Kovač',
    date: 'Oct 3',
    title: 'Oct 3, 2025 10:22 am',
    likes: '1',
    quote: ['tobiasw', 'So the borrow has to last as long as the loop is still pulling items from it, which is the whole loop.'],
    paras: ['That makes sense. So I have to collect first? That feels wasteful when most runs have no failures at all.'],
  },
  {
    user: 'ilse.vd',
    full: 'Ilse van Dijk',
    date: 'Oct 3',
    title: 'Oct 3, 2025 11:48 am',
    likes: '9',
    solution: true,
    paras: [
      'Collecting is the simplest fix, and it is rarely as wasteful as it looks, because you only collect the failures rather than the ' + 'whole list:',
      'If you really want to avoid that allocation, push the retries onto a second vector and append it once the loop is done:',
      'Both versions compile because the borrow of <code>jobs</code> ends before anything tries to change it. Since Sorrel 0.14 the ' +
        'second form is also what the standard library’s <code>retain_then</code> does internally.',
    ],
    code: 'let failed: Vec<Job> = jobs.iter().filter(|j| j.failed).cloned().collect()\njobs.extend(failed.iter().map(Job::retry))',
    code2: 'let mut retries = Vec::new()\nfor job in jobs.iter().filter(|j| j.failed) {\n    retries.push(job.retry())\n}\njobs.append(&mut retries)',
  },
  {
    user: 'tobiasw',
    full: 'Tobias Wren',
    date: 'Oct 4',
    title: 'Oct 4, 2025 8:15 am',
    likes: '3',
    paras: [
      'One more option, since you mentioned retries: if the retried jobs only run on the next pass anyway, a queue such as ' +
        '<code>Deque</code> makes the intent clearer than a vector that grows while you walk it. You pop from the front and push ' +
        'failures onto the back, and there is no second borrow to think about.',
    ],
  },
  {
    user: 'mira_k',
    full: 'Mira Kovač',
    date: 'Oct 4',
    title: 'Oct 4, 2025 9:02 am',
    likes: '2',
    paras: ['Went with the second vector for now. Thanks both, and thank you for explaining why and not only how.'],
  },
];
const dcSideCommunity = ['Community', 'Topics', 'My Posts', 'More'];
const dcSideCats = ['Categories', 'Announcements', 'Help', 'Libraries', 'Language design', 'All categories'];
const dcSideTags = ['Tags', 'borrowing', 'iterators', 'tooling', 'All tags'];
const dcTags = ['borrowing', 'iterators'];
const dcMap = ['14', 'likes', '412', 'views', '3', 'users', 'read 2 min'] as const;
const dcSolved = 'Solved by ilse.vd in post #4';
const dcExcerpt = 'Collecting is the simplest fix, and it is rarely as wasteful as it looks, because you only collect the failures rather …';
const dcClosed = 'This topic was automatically closed 90 days after the last reply. New replies are no longer allowed.';
const dcCta = [
  'Hey! Looks like you’re enjoying the discussion, but you haven’t signed up for an account yet.',
  'Tired of scrolling through the same posts? When you create an account you’ll always come back to where you left off. With an ' +
    'account you can also be notified of new replies, save bookmarks, and use likes to thank others. We can all work together to ' +
    'make this community great.',
  'Remind me tomorrow',
  'no thanks',
] as const;
const dcRelated: [string, string, string, string][] = [
  ['Borrowing a struct field while calling a method on the struct', 'Help', '4', 'Sep 21'],
  ['Proposal: two-phase borrows for push-in-loop patterns', 'Language design', '27', 'Aug 30'],
  ['Iterator adaptors that own their source', 'Libraries', '6', 'Jul 12'],
];
const dcFooter = ['Sorrel Users Forum is run by the Sorrel project team.', 'Code of Conduct', 'Privacy', 'Powered by Discourse'];
const dcIcon = (n: string): string =>
  `<svg class="fa d-icon d-icon-${n} svg-icon svg-string" xmlns="http://www.w3.org/2000/svg"><use href="#${n}"></use></svg>`;
const dcBtn = (cls: string, label: string, icon: string): string =>
  `<button class="btn btn-icon-text ${cls}" type="button">${dcIcon(icon)}<span class="d-button-label">${label}</span></button>`;
const dcSide = (name: string, items: readonly string[]): string => `<div class="sidebar-section-wrapper sidebar-section" data-section-name="${name}">
<div class="sidebar-section-header-wrapper sidebar-row"><button class="btn no-text sidebar-section-header sidebar-section-header-collapsable btn-transparent"
aria-controls="sidebar-section-content-${name}" aria-expanded="true" title="Toggle section" type="button"><span class="sidebar-section-header-caret">
${dcIcon('angle-down')}</span><span class="sidebar-section-header-text">${items[0]}</span></button></div><ul id="sidebar-section-content-${name}"
class="sidebar-section-content">${items
  .slice(1)
  .map(
    (t) => `<li class="sidebar-section-link-wrapper" data-list-item-name="${t}"><a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="ember-view sidebar-section-link sidebar-row"><span class="sidebar-section-link-prefix icon">${dcIcon('hashtag')}</span>
<span class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>`;
const dcPost = (p: (typeof dcPosts)[number], i: number): string => {
  const n = i + 1;
  const quote = p.quote
    ? `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="2" data-topic="4187"><div class="title"><div class="quote-controls">
<button aria-controls="quote-id-4187-2-0" aria-expanded="false" class="quote-toggle btn-flat">${dcIcon('chevron-down')}</button>
<a href="/t/why-does-my-iterator-keep-the-vector-borrowed/4187/2" title="go to the quoted post" class="back"></a></div>
<img alt="" width="24" height="24" src="/user_avatar/users.sorrel-lang.example/tobiasw/48/112_2.png" class="avatar"> ${p.quote[0]}:</div>
<blockquote><p>${p.quote[1]}</p></blockquote></aside>\n`
    : '';
  const body = p.paras.map((t, j) => {
    const pre = j === 1 && p.code ? `<pre><code class="lang-sorrel">${p.code.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre>\n` : '';
    const pre2 = j === 2 && p.code2 ? `<pre><code class="lang-sorrel">${p.code2.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre>\n` : '';
    return `${pre}${pre2}<p>${t}</p>`;
  });
  const solved =
    n === 1
      ? `<aside class="quote accepted-answer accepted-answer--has-excerpt" data-post="4" data-topic="4187" data-expanded="false"><div class="title">
<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/ilse.vd">ilse.vd</a> in
<a href="/t/why-does-my-iterator-keep-the-vector-borrowed/4187/4">post #4</a></div></div><div class="quote-controls"><button aria-controls="quote-id-4187-4-1"
aria-expanded="false" class="quote-toggle btn-flat">${dcIcon('chevron-down')}</button></div></div><blockquote id="quote-id-4187-4-1">${dcExcerpt}</blockquote>
</aside>`
      : '';
  return `<div class="topic-post clearfix ${p.user === 'mira_k' ? 'topic-owner ' : ''}${n === 1 ? '' : 'regular '}" data-post-number="${n}">
<article id="post_${n}" aria-label="post #${n} by @${p.user}" role="region" data-post-id="${22010 + n}" data-topic-id="4187" data-user-id="${300 + n}"
class="boxed onscreen-post${p.solution ? ' accepted-answer' : ''}"><span class="post__topic-avatar"></span><div class="row"><div class="topic-avatar">
<div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}">
<img alt="" width="48" height="48" src="/user_avatar/users.sorrel-lang.example/${p.user}/96/1.png" class="avatar" loading="lazy"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span><span class="second full-name">
<a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/why-does-my-iterator-keep-the-vector-borrowed/4187/${n}" data-share-url="/t/4187/${n}" data-post-number="${n}">
<span title="${p.title}" data-time="1759484460000" data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${quote}${body.join('\n')}</div>${solved}<section class="post-menu-area clearfix">
<nav class="post-controls"><div class="actions"><div class="double-button"><button class="btn btn-flat button-count like-count highlight-action"
type="button" aria-pressed="false"><span class="d-button-label">${p.likes}</span></button><button class="btn toggle-like like no-text btn-icon btn-flat"
title="like this post" type="button">${dcIcon('d-unliked')}</button></div>${
    p.solution
      ? `<button class="btn post-action-menu__solved-accepted accepted fade-out btn-flat btn-icon-text" title="This reply was selected as the solution"
type="button">${dcIcon('square-check')}<span class="d-button-label">Solution</span></button>`
      : ''
  }<button class="btn share no-text btn-icon btn-flat" title="copy a link to this post to clipboard" type="button">${dcIcon('d-post-share')}</button>
</div></nav></section></div><section class="post-actions"></section><div class="post-links-container"></div></div></div></article></div>${
    n === 1
      ? `\n<section class="topic-map --op"><div class="topic-map__stats"><button class="btn no-text fk-d-menu__trigger topic-map__likes-trigger"
type="button"><span class="topic-map__stat-label"><span class="number">${dcMap[0]}</span> ${dcMap[1]}</span></button><button class="btn no-text
fk-d-menu__trigger topic-map__views-trigger" type="button"><span class="topic-map__stat-label"><span class="number">${dcMap[2]}</span> ${dcMap[3]}</span>
</button><button class="btn no-text fk-d-menu__trigger topic-map__users-trigger" type="button"><span class="topic-map__stat-label"><span class="number">
${dcMap[4]}</span> ${dcMap[5]}</span></button></div><div class="topic-map__additional-contents"><div
class="estimated-read-time">${dcMap[6]}</div></div></section>`
      : ''
  }`;
};
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Why does my iterator keep the vector borrowed for the whole loop? - Help - Sorrel Users Forum</title>
<meta name="description" content="I am writing a small tool that walks a list of jobs and retries the ones that failed.">
<meta name="generator" content="Discourse 3.5.0 - https://github.com/discourse/discourse version 3.5.0">
<link rel="canonical" href="https://users.sorrel-lang.example/t/why-does-my-iterator-keep-the-vector-borrowed-for-the-whole-loop/4187">
<meta property="og:site_name" content="Sorrel Users Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${dcTitle}"><meta property="article:section" content="Help"><meta property="article:tag" content="borrowing">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dcTitle}",
"author":{"@type":"Person","name":"mira_k"},"datePublished":"2025-10-03T09:41:00Z","articleSection":"Help","interactionStatistic":[{"@type":
"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":5}],"url":"https://users.sorrel-lang.example/t/4187"}</script>
<link href="/stylesheets/desktop_c8d1f2.css?__ws=users.sorrel-lang.example" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/discourse-9a1b6f.br.js" data-discourse-entrypoint="discourse"></script></head>
<body class="crawler-browser docked archetype-regular category-help tag-borrowing tag-iterators has-sidebar-page">
<div id="data-preloaded" data-preloaded="{}"></div><section id="main" class="ember-application"><div class="ember-view">
<div class="skip-links" role="navigation" aria-label="Skip links"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title">
<a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Sorrel Users Forum"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons">${dcBtn('btn-primary btn-small sign-up-button', 'Sign Up', 'user-plus')}
${dcBtn('btn-primary btn-small login-button', 'Log In', 'user')}</span><ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle">
<button class="icon btn-flat" aria-expanded="false" title="Search" aria-label="Search" type="button">${dcIcon('magnifying-glass')}</button></li>
<li class="hamburger-dropdown header-dropdown-toggle"><button class="icon btn-flat" aria-expanded="false" title="Menu" aria-label="Menu" type="button">
${dcIcon('bars')}</button></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections sidebar-sections-anonymous">${dcSide('community', dcSideCommunity)}${dcSide('categories', dcSideCats)}${dcSide('tags', dcSideTags)}
</div><div class="sidebar-footer-wrapper"><div class="sidebar-footer-container"><div class="sidebar-footer-actions">
<button class="btn no-text sidebar-footer-actions-keyboard-shortcuts btn-flat" title="Keyboard shortcuts" type="button">${dcIcon('keyboard')}</button>
</div></div></div></section></div><div id="main-outlet" class=""><div class="container posts"><div class="topic-navigation with-timeline">
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper">
<a class="start-date" href="/t/4187/1">Oct 3</a></div><div class="timeline-scrollarea"><div class="timeline-padding"></div>
<div class="timeline-scroller"><div class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 7</div>
<div class="timeline-ago">Oct 2025</div></div></div></div><div class="timeline-date-wrapper"><a class="now-date" href="/t/4187/7">Jan 3</a></div></div>
<div class="timeline-footer-controls"></div></div></div></div>
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4187"><a href="/t/why-does-my-iterator-keep-the-vector-borrowed-for-the-whole-loop/4187"
class="fancy-title">${dcTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/help/5"><span data-category-id="5"
style="--category-badge-color: #3AB54A;" data-drop-close="true" class="badge-category" title="Questions about using Sorrel."><span class="badge-category__name">
Help</span></span></a><div class="list-tags">${dcTags
  .map((t) => `<a href="/tag/${t}" data-tag-name="${t}" class="discourse-tag simple">${t}</a>`)
  .join('')}</div></div></div></div>
<div class="row"><section class="topic-area" id="topic" data-topic-id="4187"><div class="posts-wrapper"><div class="post-stream">
${dcPosts.map(dcPost).join('\n')}
<div class="small-action topic-post-visited"><div class="topic-avatar">${dcIcon('far-clock')}</div><div class="small-action-desc timegap">
<p>${dcClosed}</p></div></div>
</div></div><div class="posts-filtered-notice"></div></section></div>
<section class="signup-cta alert alert-info"><h3>${dcCta[0]}</h3><p>${dcCta[1]} ${dcIcon('heart')}</p><div class="buttons">
${dcBtn('btn-primary', 'Sign Up', 'user')}${dcBtn('btn-transparent', dcCta[2], 'far-clock')}${dcBtn('btn-transparent', dcCta[3], 'xmark')}</div></section>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons">${dcBtn('btn-default share-and-invite', 'Share', 'link')}
${dcBtn('btn-default bookmark', 'Bookmark', 'bookmark')}${dcBtn('btn-primary create', 'Reply', 'reply')}</div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="more-content-topics" id="related-topics" role="complementary"
aria-labelledby="related-topics-title"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topics">
<table class="topic-list"><thead class="topic-list-header"><tr><th class="topic-list-data default" scope="col">Topic</th><th class="topic-list-data posts num"
scope="col">Replies</th><th class="topic-list-data views num" scope="col">Views</th><th class="topic-list-data activity num"
scope="col">Activity</th></tr></thead>
<tbody class="topic-list-body">${dcRelated
  .map(
    ([t, c, r, d], i) => `<tr class="topic-list-item"><td class="main-link topic-list-data"><span class="link-top-line"><a href="/t/x/${4100 + i}"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/x"><span class="badge-category">
<span class="badge-category__name">${c}</span></span></a></div></td><td class="num posts-map posts topic-list-data"><span class="number">${r}</span></td>
<td class="num views topic-list-data"><span class="number">${i === 1 ? '1.8k' : '300'}</span></td><td class="num activity topic-list-data">
<span class="relative-date">${d}</span></td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/help/5">Help</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div>
<footer class="custom-footer"><p>${dcFooter[0]} <a href="/faq">${dcFooter[1]}</a> · <a href="/privacy">${dcFooter[2]}</a> ·
<a href="https://www.discourse.org">${dcFooter[3]}</a></p></footer></div></section>
<script defer src="/assets/plugins/discourse-solved-0f3c.br.js"></script></body></html>`;
const discourse: TestPage = {
  html: dcHtml,
  name: 'heldout152-discourse-language-forum',
  kind: 'forum',
  // every post is body (the quoted reply and the solved box's excerpt are in neither list, the code blocks too); usernames,
  // full names and post dates are bylines; the "Solved by" line, like counts, "Solution", the topic map, the auto-close
  // notice, the signup CTA, timeline, sidebar, related topics and footer are furniture
  title: dcTitle,
  headings: [],
  body: dcPosts.flatMap((p) => texts(p.paras)),
  bylines: ['mira_k', 'Mira Kovač', 'tobiasw', 'Tobias Wren', 'ilse.vd', 'Ilse van Dijk', 'Oct 3', 'Oct 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Sign Up', 'Log In', ...dcSideCommunity, ...dcSideCats, ...dcSideTags, '1 / 7', 'Oct 2025', 'Jan 3', dcSolved, '14 likes',
    '412 views', '3 users', dcMap[6], 'Solution', dcClosed, ...dcCta, 'Share', 'Bookmark', 'Reply', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dcRelated.flatMap((r) => [r[0], r[3]]), 'Language design', '1.8k', 'Want to read more? Browse other topics in Help or view latest topics.', ...dcFooter,
  ])],
};

export const HELDOUT152_B: readonly TestPage[] = [discourse, phpbbTopic];
