import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file c: a bootcamp blog post on technical interview preparation on Ghost (Casper theme) with a callout
 * card, a code card and a read-more rail, and a student question thread on a bootcamp's Discourse forum with five replies.
 */
const gTitle = 'How to prepare for your first technical interview after a bootcamp';
const gExcerpt = 'A four-week plan from our career coaches, with the questions graduates were actually asked last year.';
const gIntro = [
  j(
    'Finishing a bootcamp gives you a portfolio and a lot of momentum. What it does not always give you is practice at solving',
    'problems out loud while a stranger watches. That is a separate skill, and like any skill it improves with repetition.',
  ),
  j(
    'We surveyed 112 Loopwise graduates from 2026 about their first technical interviews. Here is what they were asked, and the',
    'plan our career coaches now give every cohort in the last month of the program.',
  ),
];
const gH = ['What graduates were asked', 'Week 1: revisit the fundamentals', 'Week 2: practise out loud', 'Weeks 3 and 4: mock interviews', 'On the day'];
const gAsked = [
  'Explain the difference between let, const and var (41% of graduates)',
  'Reverse a string or an array without a built-in method (37%)',
  'Walk through a project in your portfolio and a decision you would change (68%)',
  'Design a simple REST API for a to-do list (22%)',
];
const gW1 = j(
  'Spend the first week on arrays, strings, objects and hash maps. Most junior interview questions can be solved with one loop',
  'and one lookup table. Write each solution by hand before you type it.',
);
const gCallout = j(
  'Coach tip: keep a "mistakes log". Every time a practice problem trips you up, write one sentence about why. Reread it the',
  'night before the interview.',
);
const gW2 = [
  j(
    'In week two, solve two problems a day while narrating your thinking. Record yourself, or better, practise with another',
    'graduate. Interviewers care more about how you reason than about the first answer you reach.',
  ),
  'A typical warm-up question looks like this:',
];
const gCode = "function countVowels(word) {\n  let n = 0;\n  for (const ch of word.toLowerCase()) if ('aeiou'.includes(ch)) n++;\n  return n;\n}";
const gW2b = 'Start with the simple version, say its time cost out loud, then ask whether the interviewer wants you to handle accented letters.';
const gW34 = j(
  'Book at least three mock interviews through the career portal: one with a coach, one with an alumni volunteer and one with a',
  'peer. Ask each for one thing to keep and one thing to change.',
);
const gDay = [
  'Test your camera, microphone and editor the evening before.',
  'Ask clarifying questions before you write any code.',
  'If you get stuck, say what you would try next. Silence is the only wrong answer.',
];
const gEnd = 'Good luck. And when you get the offer, tell us: we ring a bell in the office for every one.';
const gBody = [gExcerpt, ...gIntro, ...gAsked, gW1, gCallout, ...gW2, gW2b, gW34, ...gDay, gEnd];
const gNav = ['Home', 'Careers', 'Student life', 'Curriculum', 'About'];
const gMore = [
  ['Portfolio reviews: the five fixes our coaches suggest most often', 'Jan 27, 2027', '5 min read'],
  ['What hiring managers said at the winter demo day', 'Jan 12, 2027', '4 min read'],
  ['Negotiating your first developer salary', 'Dec 15, 2026', '7 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.loopwise.dev/assets/built/screen.css?v=8c1b2d0a41">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://blog.loopwise.dev/first-technical-interview/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-02-10T15:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Loopwise Blog"},
"author":{"@type":"Person","name":"Odalys Fenwick"},"headline":"${gTitle}","datePublished":"2027-02-10T15:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://blog.loopwise.dev/"
data-key="4b1f0e2c9a" data-api="https://blog.loopwise.dev/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="4b1f0e2c9a" crossorigin="anonymous"></script>
<link href="https://blog.loopwise.dev/webmentions/receive/" rel="webmention"></head>
<body class="post-template tag-careers is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.loopwise.dev">Loopwise Blog</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-careers tag-interviews">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/careers/">Careers</a></span>
</div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/odalys/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/09/odalys.jpg" alt="Odalys Fenwick"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/odalys/">Odalys Fenwick</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-10">Feb 10, 2027</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/02/whiteboard.jpg 300w" src="/content/images/size/w2000/2027/02/whiteboard.jpg"
alt="A student writing on a whiteboard"><figcaption><span style="white-space: pre-wrap;">Mock interview day in the Loopwise studio.</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${ps(gIntro)}
<h2 id="what-graduates-were-asked">${gH[0]}</h2><ul>${lis(gAsked)}</ul>
<h2 id="week-1-revisit-the-fundamentals">${gH[1]}</h2>${ps([gW1])}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="week-2-practise-out-loud">${gH[2]}</h2>${ps(gW2)}
<pre><code class="language-javascript">${gCode}</code></pre>
${ps([gW2b])}
<h2 id="weeks-3-and-4-mock-interviews">${gH[3]}</h2>${ps([gW34])}
<h2 id="on-the-day">${gH[4]}</h2><ol>${lis(gDay)}</ol>
${ps([gEnd])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gMore
  .map(
    ([t, d, r]) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Careers</span></div><h2 class="post-card-title">${t}</h2>
</header></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time><span class="post-card-meta-length">${r}</span></footer></div>
</article>`,
  )
  .join('\n')}
</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://blog.loopwise.dev">Loopwise Blog</a> © 2027</section>
<nav class="site-footer-nav"><ul><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://blog.loopwise.dev/assets/built/casper.js?v=8c1b2d0a41"></script></body></html>`;
const ghostInterview: TestPage = {
  name: 'heldout668-ghost-interview-prep',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts(gBody),
  bylines: ['Odalys Fenwick', 'Feb 10, 2027', '• 6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loopwise Blog', 'Home', 'Careers', 'Student life', 'Curriculum', 'Sign in', 'Subscribe', 'Mock interview day in the Loopwise studio.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), 'Loopwise Blog © 2027', 'Sign up', 'Powered by Ghost',
  ],
};

const dTitle = 'Is the part-time program realistic with a full-time job and a toddler?';
const dPosts = [
  [
    'jules_ferreira',
    'Mar 4',
    [
      j(
        'I have been accepted to the part-time Software Engineering cohort starting in April. I work 40 hours a week in a pharmacy and',
        'have a two-year-old. The site says 20 to 25 hours a week of study. Has anyone done this with a similar schedule? Be honest.',
      ),
    ],
  ],
  [
    'marco.b',
    'Mar 4',
    [
      j(
        'I did it with a full-time job and no kids, and 25 hours was the real number, sometimes 30 in the React unit. It is doable',
        'but you need to protect your evenings. I told my friends I was gone for nine months.',
      ),
    ],
  ],
  [
    'Priyanka_TA',
    'Mar 5',
    [
      'Teaching assistant here. A few things that help students in your situation:',
      'Watch the recorded lectures at 1.25x on your commute or breaks.',
      'Use the Saturday lab sessions for the hard problems, not the easy ones.',
      'Tell your instructor early if a week goes wrong. You can move one project deadline per unit without asking why.',
    ],
  ],
  [
    'dana_k',
    'Mar 6',
    [
      j(
        'Parent of twins, finished last December. The thing nobody tells you: mornings are gold. I studied 5 to 6:30 am before they',
        'woke up and kept evenings for the live classes. It was hard but it worked.',
      ),
    ],
  ],
  ['jules_ferreira', 'Mar 7', ['Thank you all, this is really helpful. I am going to try the early mornings and talk to my manager about fixed shifts.']],
];
const dSuggested = [
  ['Study group for the April part-time cohort', 'Part-time program', '14'],
  ['Best laptop for the bootcamp under $900?', 'General', '22'],
  ['How strict is the attendance policy?', 'Part-time program', '6'],
];
const dPostHtml = (p: (string | string[])[], n: number): string => {
  const [user, date, paras] = p as [string, string, string[]];
  const cooked = n === 3 ? `<p>${paras[0]}</p><ul>${lis(paras.slice(1))}</ul>` : ps(paras);
  return `<div class="topic-post clearfix regular"><article id="post_${n}" aria-label="post #${n} by @${user}" role="region" data-post-id="${9000 + n}"
data-topic-id="1482" data-user-id="${300 + n}" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar">
<a class="trigger-user-card main-avatar" href="/u/${user}" data-user-card="${user}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/community.stackhouse.io/${user}/96/1.png" class="avatar"></a></div></div><div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username${n === 3 ? ' staff' : ''}">
<a href="/u/${user}" data-user-card="${user}" class="">${user}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="post-date" href="/t/part-time-full-time-job-toddler/1482/${n}"><span title="${date}, 2027 8:12 pm" class="relative-date">${date}</span></a>
</div></div>
</div><div class="regular contents"><div class="cooked">${cooked}</div><section class="post-menu-area clearfix"><nav class="post-controls">
<div class="actions"><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button>
<button class="widget-button btn-flat create fade-out btn-icon-text" title="begin composing a reply to this post"><span class="d-button-label">Reply</span>
</button></div></nav></section></div></div></div></article></div>`;
};
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Part-time program - Stackhouse Community</title><meta name="description" content="I have been accepted to the part-time cohort...">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://community.stackhouse.io/t/part-time-full-time-job-toddler/1482">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"name":"jules_ferreira"}}</script>
<link href="/stylesheets/desktop_theme_3_4f1e.css?__ws=community.stackhouse.io" media="all" rel="stylesheet" data-target="desktop_theme">
<script defer src="/assets/start-discourse-7c1d.js"></script></head>
<body class="docs-topic archetype-regular category-part-time-program"><section id="main" class="ember-application"><div class="ember-view">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a><div id="ember4" class="d-header-wrap ember-view">
<header class="d-header clearfix">
<div class="wrap"><div class="contents"><div class="title"><a href="/"><img src="/uploads/default/original/1X/stackhouse-logo.png" alt="Stackhouse Community"
id="site-logo" class="logo-big"></a></div><div class="panel clearfix" role="navigation"><span class="header-buttons">
<button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span class="d-button-label">Sign Up</span></button>
<button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a href="/search" title="search topics, posts, users, or categories"
class="icon btn-flat" aria-label="search topics, posts, users, or categories"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><div class="sidebar-sections"><div class="sidebar-section-wrapper">
<div class="sidebar-section-header-wrapper"><span class="sidebar-section-header-text">Categories</span></div><ul class="sidebar-section-content">
${links(['General', 'Part-time program', 'Full-time program', 'Job search', 'All categories'], 'sidebar-section-link-wrapper')}</ul></div></div></div>
<div id="main-outlet"><div id="main-container"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="1482">
<a href="/t/part-time-full-time-job-toddler/1482" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper">
<a class="badge-category__wrapper" href="/c/part-time-program/7"><span data-category-id="7" class="badge-category"><span class="badge-category__name">Part-time
program</span></span></a></div><div class="list-tags"><a href="/tag/advice" class="discourse-tag simple">advice</a></div></div></div></div></div>
<div class="container posts"><div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper">
<div class="timeline-date-wrapper">
<a class="start-date">Mar 4</a></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div><div class="timeline-ago">Mar 7</div></div>
</div></div></div><div class="post-stream">
${dPosts.map((p, i) => dPostHtml(p, i + 1)).join('\n')}
</div><div class="topic-map"><section class="map"><ul><li><h4>created</h4><span class="relative-date">Mar 4</span></li><li><h4>last reply</h4>
<span class="relative-date">Mar 7</span></li><li><span class="number">4</span><h4>replies</h4></li>
<li><span class="number">318</span><h4>views</h4></li></ul></section></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3>
<table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th></tr></thead><tbody>
${dSuggested
  .map(
    ([t, c, r]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${r}" class="title raw-link raw-topic-link">${t}</a>
<div class="link-bottom-line"><span class="badge-category__name">${c}</span></div></td><td class="num posts"><span class="number">${r}</span></td>
</tr>`,
  )
  .join('\n')}
</tbody></table><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/part-time-program/7">Part-time program</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div></div></div></section>
<div id="d-footer"><footer class="powered-by-link">
<a href="https://www.discourse.org">Powered by Discourse</a>, best viewed with JavaScript enabled</footer></div>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout668-discourse-part-time-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p[2] as string[]),
  bylines: ['jules_ferreira', 'marco.b', 'Priyanka_TA', 'dana_k', 'Mar 4', 'Mar 5', 'Mar 6', 'Mar 7'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Categories', 'General', 'Full-time program', 'Job search', 'All categories',
    'advice', '1 / 5', 'Reply', 'created', 'last reply', 'replies', 'views', '4', '318', 'Suggested Topics', ...dSuggested.map((s) => s[0] ?? ''),
    'Want to read more? Browse other topics in Part-time program or view latest topics.', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT668_C: readonly TestPage[] = [ghostInterview, discourseThread];
