import { links, type TestPage, texts } from './page-kit.js';
import { phpbbTopic } from './pages-heldout31-a2.js';
import { type DcPost, dcPosts, dcTitle } from './pages-heldout31-a3.js';

/**
 * Held-out batch 31, file a: a Discourse topic as a browser saves it (Ember header with logo, "Sign Up" and "Log In",
 * the sidebar with its categories and tags, the topic title with category badge and tags, the posts with usernames, full
 * names, relative dates, "Lumenvault team" flair, like and reply buttons, the discourse-solved box in the first post and
 * the "Solution" button on the accepted reply, the topic map, the auto-close notice, the timeline, "Related topics" and,
 * inside <noscript>, the whole crawler rendering of the same topic with its own nav, dates and "Powered by Discourse").
 */
const cooked = (p: DcPost): string =>
  p.blocks
    .map((b) =>
      typeof b === 'string'
        ? `<p>${b}</p>`
        : 'code' in b
          ? `<pre data-code-wrap="yaml"><code class="lang-yaml">${b.code}</code></pre>`
          : `<ol>\n${b.ol.map((li) => `<li>${li}</li>`).join('\n')}\n</ol>`,
    )
    .join('\n');
const dcBody = dcPosts.flatMap((p) => p.blocks.flatMap((b) => (typeof b === 'string' ? [b] : 'ol' in b ? b.ol : [])));
const dcSolved =
  '<aside class="quote accepted-answer" data-post="5" data-topic="31207" data-expanded="false"><div class="title">' +
  '<div class="accepted-answer--solver-accepter"><div class="accepted-answer--solver">Solved by <a href="/u/rbauer" data-user-card="rbauer">' +
  'rbauer</a> in <a href="/t/thumbnails-regenerate-after-every-container-restart/31207/5">post #5</a></div></div></div>\n<blockquote>That ' +
  'confirms it. In 2.8 we moved the thumbnail cache out of the library folder, so that backups of the library no longer carry tens of…' +
  '</blockquote></aside>';
const dcTopicMap =
  '<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats --single-stat">' +
  '<button class="btn no-text topic-map__likes-trigger"><span class="number">23</span><span class="topic-map__stat-label">likes</span>' +
  '</button><button class="btn no-text topic-map__views-trigger"><span class="number">1.4k</span><span class="topic-map__stat-label">' +
  'views</span></button><button class="btn no-text topic-map__users-trigger"><span class="number">3</span><span class="topic-map__stat-label">' +
  'users</span></button></div><div class="topic-map__additional-contents"><button class="btn btn-primary topic-map__summarize-btn">' +
  '<span class="d-button-label">Summarize</span></button></div></section></div>';
const emberPost = (p: DcPost): string => `<div class="topic-post clearfix${p.user === 'kestrel_ops' ? ' topic-owner' : ''} regular">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${88410 + p.n}" data-topic-id="31207"
 class="boxed onscreen-post${p.n === 5 ? ' accepted-answer' : ''}"><span class="tabLoc" aria-hidden="true" tabindex="-1"></span>
<div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${p.user}"
 data-user-card="${p.user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48" src="/user_avatar/${p.user}/96/1_2.png"
 class="avatar" loading="lazy"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username${p.user === 'rbauer' ? ' staff moderator' : ''}"><a href="/u/${p.user}"
 data-user-card="${p.user}">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}">${p.full}</a>
</span>${p.user === 'rbauer' ? '<span class="user-title">Lumenvault team</span>' : ''}</div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/thumbnails-regenerate-after-every-container-restart/31207/${p.n}" data-share-url data-post-number="${p.n}">
<span title="${p.long.replace(/ +/g, ' ')}" class="relative-date">${p.short}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${cooked(p)}${p.n === 1 ? `\n${dcSolved}` : ''}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  p.likes > 0 ? `<button class="btn btn-flat button-count like-count" title="${p.likes} people liked this post">${p.likes}</button>` : ''
}<button class="btn btn-icon no-text btn-flat post-action-menu__like toggle-like like" title="like this post"><svg class="fa d-icon
 d-icon-d-unliked svg-icon"><use href="#far-heart"></use></svg></button><button class="btn btn-icon no-text btn-flat post-action-menu__copy-link"
 title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share svg-icon"><use href="#link"></use></svg></button>${
   p.n === 5
     ? '<button class="btn btn-icon-text btn-flat post-action-menu__solved-accepted accepted fade-out" title="this reply has been marked ' +
       'as the solution to the topic"><svg class="fa d-icon d-icon-square-check svg-icon"><use href="#square-check"></use></svg>' +
       '<span class="d-button-label accepted-text">Solution</span></button>'
     : ''
 }<button class="btn btn-icon-text btn-flat reply create fade-out" title="begin composing a reply to this post"><svg class="fa d-icon
 d-icon-reply svg-icon"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section>
${p.n === 1 ? dcTopicMap : ''}</div></div></div></article></div>`;
const crawlerPost = (p: DcPost): string => `<div${p.n === 1 ? '' : ` itemprop='comment'`} id='post_${p.n}' itemscope
 itemtype='http://schema.org/${p.n === 1 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://community.lumenvault.example/u/${p.user}'><span itemprop='name'>${p.user}</span></a>
(${p.full})</span><span class="crawler-post-infos"><time itemprop='datePublished' datetime='2025-03-0${p.long.charAt(6)}' class='post-time'>
${p.long}</time><span itemprop='position'>${p.n === 1 ? '' : `#${p.n}`}</span></span></div>
<div class='post' itemprop='text'>${cooked(p)}</div>${
  p.likes > 0
    ? `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
 content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes}" /><span class='post-likes'>${p.likes}
 Like${p.likes === 1 ? '' : 's'}</span></div>`
    : ''
}</div>`;
const dcSideCats = ['Announcements', 'Support', 'Feature requests', 'Show and tell', 'Development', 'All categories'];
const dcSideTags = ['docker', 'unraid', 'mobile-app', 'face-recognition', 'All tags'];
const dcRelated: [string, string, string, string][] = [
  ['Face recognition restarts from scratch after update', '6', '412', 'Feb 2025'],
  ['Moving the library to a new disk without re-importing', '11', '1.9k', 'Jan 2025'],
  ['Container uses 100% CPU for hours after first start', '4', '287', 'Dec 2024'],
];
const dcNoscriptNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dcHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal no-touch discourse-no-touch">
<head><meta charset="utf-8"><title>${dcTitle} - Support - Lumenvault Community</title>
<meta name="description" content="Since upgrading our family server from 2.7.3 to 2.8.0 last weekend, Lumenvault rebuilds every thumbnail">
<meta property="og:site_name" content="Lumenvault Community"><meta property="og:title" content="${dcTitle}">
<meta name="discourse_theme_id" content="2">
<link rel="canonical" href="https://community.lumenvault.example/t/thumbnails-regenerate-after-every-container-restart/31207">
<style>.d-header{height:4em}#main-outlet{padding-top:1.8em}</style></head>
<body class="crawler navigation-topics category-support has-sidebar-page docked">
<div id="data-preloaded" data-preloaded="{&quot;topic_31207&quot;:&quot;{}&quot;}"></div>
<section id="main" class="ember-application"><div class="skip-link__container"><a href="#main-container" class="skip-link">Skip to main content</a></div>
<header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png" alt="Lumenvault Community"></a></div></div>
<div class="extra-info-wrapper"><div class="extra-info"><div class="title-wrapper"><h1 class="header-title"><a class="topic-link"
 href="/t/thumbnails-regenerate-after-every-container-restart/31207" data-topic-id="31207"><span>${dcTitle}</span></a></h1></div></div></div>
<div class="panel"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button">
<span class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button"><svg class="fa d-icon
 d-icon-user svg-icon"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons d-header-icons">
<li class="search-dropdown header-dropdown-toggle"><a href="/search" aria-label="Search" id="search-button" class="icon btn-flat"
 title="search topics, posts, users, or categories"><svg class="fa d-icon d-icon-magnifying-glass svg-icon"><use href="#magnifying-glass"></use>
</svg></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><div class="sidebar-section" data-section-name="community"><ul class="sidebar-section-content">
<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/latest">Topics</a></li>
<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/about">About</a></li>
<li class="sidebar-section-link-wrapper"><a class="sidebar-section-link" href="/faq">FAQ</a></li></ul></div>
<div class="sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">
Categories</span></div><ul class="sidebar-section-content">${links(dcSideCats, 'sidebar-section-link-wrapper')}</ul></div>
<div class="sidebar-section" data-section-name="tags"><div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">
Tags</span></div><ul class="sidebar-section-content">${links(dcSideTags, 'sidebar-section-link-wrapper')}</ul></div></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="31207">
<a href="/t/thumbnails-regenerate-after-every-container-restart/31207" class="fancy-title"><span class="badge badge-notification
 solved-indicator" title="This topic has a solution"><svg class="fa d-icon d-icon-square-check svg-icon"><use href="#square-check"></use></svg>
</span>${dcTitle}</a></h1><div class="topic-category"><a class="badge-category__wrapper" href="/c/support/4"><span data-category-id="4"
 class="badge-category --style-square" style="--category-badge-color: #0E76BD"><span class="badge-category__name">Support</span></span></a>
<div class="list-tags"><a href="/tag/docker" data-tag-name="docker" class="discourse-tag box">docker</a><a href="/tag/thumbnails"
 data-tag-name="thumbnails" class="discourse-tag box">thumbnails</a><a href="/tag/v2-8" data-tag-name="v2-8" class="discourse-tag box">v2-8</a>
</div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
${dcPosts.map(emberPost).join('\n')}
<div class="small-action onscreen-post" data-post-number="9" id="post_9"><div class="topic-avatar"><svg class="fa d-icon d-icon-lock svg-icon">
<use href="#lock"></use></svg></div><div class="small-action-desc"><div class="small-action-contents"><a class="trigger-user-card" href="/u/system"
 data-user-card="system"><img alt="" width="24" height="24" src="/user_avatar/system/48/1_2.png" class="avatar"></a><p>Closed on
 <span class="relative-date" title="Mar 9, 2025 11:03 am">Mar 9</span></p></div><div class="small-action-custom-message"><div class="cooked">
<p>This topic was automatically closed 2 days after the last reply. New replies are no longer allowed.</p></div></div></div></div>
</div></div>
<div class="topic-navigation with-timeline"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper"><a class="start-date" href="#">Mar 4</a></div><div class="timeline-scrollarea"><div class="timeline-handle"></div>
<div class="timeline-scroller-content"><div class="timeline-replies">1 / 9</div><div class="timeline-ago">Mar 4</div></div></div>
<div class="timeline-date-wrapper"><a class="now-date" href="#">Mar 9</a></div></div><div class="timeline-footer-controls">
<button class="btn btn-icon-text btn-primary create reply-to-post"><span class="d-button-label">Reply</span></button></div></div></div></div>
<div class="more-topics__container"><div class="more-topics__lists"><div role="complementary" aria-labelledby="related-topics-title"
 id="related-topics" class="more-topics__list"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<table class="topic-list"><thead><tr><th class="default">Topic</th><th class="posts num">Replies</th><th class="views num">Views</th>
<th class="activity num">Activity</th></tr></thead><tbody>${dcRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item category-support"><td class="main-link"><a href="/t/${t.length}" class="title raw-link">${t}</a>
<span class="badge-category__name">Support</span></td><td class="num posts">${r}</td>
<td class="num views">${v}</td><td class="num age activity">${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/support/4">
Support</a> or <a href="/latest">view latest topics</a>.</h3></div></div></div></div>
<div id="reply-control" class="closed hide-preview"></div></section>
<noscript data-path="/t/thumbnails-regenerate-after-every-container-restart/31207">
<header class="noscript-header"><div id="site-logo"><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Lumenvault Community">
</a></div><nav class="noscript-nav"><ul>${links(dcNoscriptNav)}</ul></nav></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/thumbnails-regenerate-after-every-container-restart/31207">
${dcTitle}</a></h1><div class="topic-category"><span class='category-name' itemprop='name'>Support</span></div></div>
${dcPosts.map(crawlerPost).join('\n')}
<footer class="container wrap"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
 enabled</p></footer></div></noscript></body></html>`;
const dcDates = [...new Set(dcPosts.flatMap((p) => [p.short, p.long.replace(/ +/g, ' ')]))];
const discourse: TestPage = {
  html: dcHtml,
  name: 'heldout31-discourse-topic-solved',
  kind: 'forum',
  // all eight posts are body, the accepted reply (#5) with its numbered steps as well (the code blocks and the log line are in
  // neither list); the discourse-solved box's quoted excerpt repeats #5 (in neither); usernames, full names and every date of
  // both renderings (the short "Mar 4" of the Ember view and the crawler's "March 4, 2025, 3:12pm" in <noscript>) are bylines,
  // the closing notice's "Mar 9" as well; the "Lumenvault team" flair, "Solved by rbauer in post #5", the like
  // counts, topic map, auto-close notice, timeline, category badge, tags, sidebar, header, "Related topics" table with its
  // headings, the browse-more line and the noscript nav and "Powered by" line are furniture; "Support" (a category) and "Reply"
  // are words of no post, kept; words of the title or the posts are left out: the tags "docker", "unraid" and "thumbnails", the
  // sidebar's "About" and "Tags", the button "Solution", the topic map's "users", the like counts "1", "2", "3" and the "6" and
  // "4" of the related table ("2.6", "41,000")
  title: dcTitle,
  headings: [],
  body: texts(dcBody),
  bylines: [...dcDates, 'Mar 9', 'kestrel_ops', 'Hanna Vos', 'rbauer', 'Rafael Bauer', 'ottoline', 'Otto Lindqvist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Topics', 'FAQ', ...dcSideCats, ...dcSideTags.filter((t) => t !== 'docker' && t !== 'unraid'),
    'v2-8', 'Lumenvault team', 'Solved by rbauer in post #5', 'Reply', '14', '23', 'likes', '1.4k', 'views', 'Summarize', 'Closed on',
    'This topic was automatically closed 2 days after the last reply. New replies are no longer allowed.', '1 / 9', 'Related topics', 'Topic',
    'Replies', 'Views', 'Activity', ...dcRelated.flat().filter((t) => t !== '6' && t !== '4'),
    'Want to read more? Browse other topics in Support or view latest topics.', ...dcNoscriptNav, '14 Likes', '3 Likes', '2 Likes', '1 Like',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT31_A: readonly TestPage[] = [discourse, phpbbTopic];
