import { ps, texts, type TestPage } from './page-kit.js';

const wpBody = [
  'Every spring I promise myself that this will be the year I finally grow tomatoes from ' +
    'seed, and every spring I end up buying plants from the garden centre in May.',
  'This year I started early. I sowed six varieties on the windowsill in the middle of ' +
    'February, in small pots of peat-free compost, with a sheet of cling film over the top to ' +
    'keep the moisture in.',
  'The seedlings came up within a week, but they were long and pale because the windowsill does not get enough light in late winter.',
  'The fix was a cheap LED grow light on a timer, set to fourteen hours a day. Within a fortnight the new growth was short, thick and dark green.',
  'I potted them on into bigger pots in April and planted them out in the greenhouse at the start of May, when the nights were reliably above ten degrees.',
  'If you only take one thing from this post, take this: light matters more than warmth for ' +
    'seedlings, and a windowsill in February does not have enough of it.',
];
const wordpress: TestPage = {
  name: 'blog-wordpress-comments',
  kind: 'blog',
  title: 'Growing tomatoes from seed: what finally worked',
  headings: ['Starting early', 'Planting out'],
  body: texts(wpBody),
  bylines: ['Posted on April 28, 2024 by Helen', 'Helen'],
  furniture: [
    'Share this: Twitter Facebook Pinterest',
    'Like this: Like Loading...',
    'Related',
    'How I finally got rid of slugs',
    '12 thoughts on “Growing tomatoes from seed: what finally worked”',
    'Leave a Reply Cancel reply',
    'Proudly powered by WordPress',
    'Posted in Vegetables',
    'Tagged seeds, tomatoes',
  ],
  html:
    `<!DOCTYPE html><html lang="en-US"><head><title>Growing tomatoes from seed: what finally worked – Helen's Plot</title>` +
    `</head><body class="post-template-default single">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Helen's Plot</a></p>` +
    `<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a>Home</a></li><li><a>About</a></li><li><a>Recipes</a>` +
    `</li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish"><header class="entry-header">` +
    `<h1 class="entry-title">Growing tomatoes from seed: what finally worked</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published">April 28, 2024</time></span>` +
    `<span class="byline"> by <span class="author vcard"><a class="url fn n">Helen</a></span></span></div></header>
<div class="entry-content">${ps(wpBody.slice(0, 1))}
<h2>Starting early</h2>${ps(wpBody.slice(1, 4))}
<h2>Planting out</h2>${ps(wpBody.slice(4))}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li>` +
    `<li><a>Pinterest</a></li></ul></div>
<div class="sharedaddy sd-block sd-like"><h3>Like this:</h3><span>Like</span> <span>Loading...</span></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p>` +
    `<a>How I finally got rid of slugs</a></p></div></div>
<footer class="entry-footer"><span class="cat-links">Posted in <a>Vegetables</a></span>` +
    `<span class="tags-links">Tagged <a>seeds</a>, <a>tomatoes</a></span></footer></article>
<div id="comments" class="comments-area">` +
    `<h2 class="comments-title">12 thoughts on “Growing tomatoes from seed: what finally worked”</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta">Dave says:</footer>` +
    `<div class="comment-content"><p>I had exactly the same problem with leggy seedlings last year. I will try a grow light.</p></div>` +
    `</article></li></ol>
<div id="respond"><h3 id="reply-title">Leave a Reply <a>Cancel reply</a></h3><form>` +
    `<textarea name="comment">Write your comment here</textarea></form></div></div>
</main></div><footer id="colophon" class="site-footer"><a>Proudly powered by WordPress</a></footer></div></body></html>`,
};

const mediumBody = [
  'When our team moved from a monolith to a dozen services, the thing we underestimated most was not the network or the deployment pipeline. It was the logs.',
  'In the monolith, one request produced one stream of log lines on one machine. After the ' +
    'move, a single click in the app could touch seven services on four machines, and nobody ' +
    'could follow it.',
  'We fixed it by giving every request an ID at the edge and passing it along in a header to every service it touched.',
  'Each service writes the ID into every log line, so one search in the log store now shows the whole path of a request, in order.',
  'It took two days to add and it has saved us weeks. If you are about to split a monolith, do this first.',
];
const medium: TestPage = {
  name: 'blog-medium-claps',
  kind: 'blog',
  title: 'The one thing I wish we had done before splitting our monolith',
  headings: [],
  body: texts(mediumBody),
  bylines: ['Priya Raman', '5 min read', 'Jan 9, 2024'],
  furniture: [
    'Listen',
    'Share',
    '1.2K',
    'Written by Priya Raman',
    'More from Priya Raman',
    'Recommended from Medium',
    'Help Status About Careers Blog Privacy Terms',
  ],
  html:
    `<!doctype html><html lang="en"><head>` +
    `<title>The one thing I wish we had done before splitting our monolith | by Priya Raman | Medium</title></head><body><div id="root">
<div class="metabar"><a>Open in app</a><a>Sign up</a><a>Sign in</a></div>
<article><div class="section-content"><h1 data-testid="storyTitle">The one thing I wish we had done before splitting our` +
    ` monolith</h1>
<div class="speechify-ignore"><div class="pw-author"><a>Priya Raman</a><span>Follow</span></div><div class="pw-reading-time">` +
    `<span>5 min read</span><span>Jan 9, 2024</span></div>
<div class="pw-multi-vote-count"><span>1.2K</span></div><button>Listen</button><button>Share</button></div>
${ps(mediumBody, ' class="pw-post-body-paragraph"')}</div></article>
<div class="pw-author-bio"><h2>Written by Priya Raman</h2><p>Engineer. Writes about distributed systems.</p></div>
<div class="pw-more-from"><h2>More from Priya Raman</h2><div><a><h2>Feature flags are debt</h2></a></div></div>
<div class="pw-recommended"><h2>Recommended from Medium</h2><div><a><h2>Kubernetes in ten minutes</h2></a></div></div>
<div class="footer-links"><a>Help</a> <a>Status</a> <a>About</a> <a>Careers</a> <a>Blog</a> <a>Privacy</a> <a>Terms</a></div></div>` +
    `</body></html>`,
};

const substackBody = [
  'Last week a reader asked me why the price of eggs went up so fast and is taking so long to ' +
    'come down. It is a good question, and the answer is mostly about birds, not money.',
  'Avian flu killed or forced the culling of tens of millions of laying hens in 2022. ' +
    'Replacing a laying flock takes months, because a chick does not lay its first egg until it ' +
    'is about five months old.',
  'Prices went up quickly because the supply fell all at once. They came down slowly because the supply could only come back one flock at a time.',
  'There is a lesson here beyond eggs: when prices rise because something was destroyed, they fall at the speed at which it can be rebuilt.',
];
const substack: TestPage = {
  name: 'blog-newsletter',
  kind: 'blog',
  title: 'Why egg prices fall slowly',
  headings: [],
  body: texts(substackBody),
  bylines: ['Ana Lopez', 'Mar 14, 2023'],
  furniture: [
    'Subscribe to The Margin to get new posts by email. It is free.',
    'Type your email...',
    'Subscribe',
    '34 Likes',
    '6 Comments',
    'Share',
    'Ready for more?',
    '© 2023 Ana Lopez',
    'Substack is the home for great culture',
  ],
  html:
    `<!DOCTYPE html><html><head><title>Why egg prices fall slowly - by Ana Lopez - The Margin</title></head><body>
<div class="topbar"><a class="navbar-title">The Margin</a><button>Subscribe</button><a>Sign in</a></div>
<div class="single-post"><div class="post-header"><h1 class="post-title">Why egg prices fall slowly</h1>
<div class="post-meta"><a class="profile-hover-card-target">Ana Lopez</a><div class="post-date">Mar 14, 2023</div></div>
<div class="post-ufi"><span>34 Likes</span><span>6 Comments</span><span>Share</span></div></div>
<div class="available-content"><div class="body markup">${ps(substackBody.slice(0, 2))}
<div class="subscription-widget-wrap"><p>Subscribe to The Margin to get new posts by email. It is free.</p>` +
    `<input placeholder="Type your email..."><button>Subscribe</button></div>
${ps(substackBody.slice(2))}</div></div></div>
<div class="post-footer"><h3>Ready for more?</h3><div class="subscribe-widget"><button>Subscribe</button></div></div>
<div class="footer-wrap"><p>© 2023 Ana Lopez</p><p>Substack is the home for great culture</p></div></body></html>`,
};

const hugoBody = [
  'I have used the same text editor for eleven years, and last month I switched. This post is about why it took so long and what finally made me do it.',
  'The old editor did everything I needed, but every upgrade broke one of the plugins I had ' +
    'come to depend on, and I spent more time fixing my setup than writing code.',
  'The new one does less out of the box. That turned out to be the point: I learned the few commands it has, and I stopped tinkering.',
  'My advice, if you are thinking about switching: give it two full weeks, and do not copy your old configuration across.',
];
const hugo: TestPage = {
  name: 'blog-static-licence',
  kind: 'blog',
  title: 'Switching editors after eleven years',
  headings: ['Why I waited', 'Advice'],
  body: texts(hugoBody),
  bylines: ['2024-02-11', 'Marek Nowak'],
  furniture: [
    'Tags: editors, tools',
    'This work is licensed under a Creative Commons Attribution 4.0 International License.',
    'Older post',
    'Newer post',
    'Comments powered by Disqus',
  ],
  html:
    `<!DOCTYPE html><html lang="en"><head><title>Switching editors after eleven years · Marek's notes</title></head><body>
<header><a href="/">Marek's notes</a><nav><a href="/posts">Posts</a> <a href="/about">About</a></nav></header>
<main><article class="post"><header><h1 class="post-title">Switching editors after eleven years</h1><div class="post-meta">` +
    `<time>2024-02-11</time> · <span>Marek Nowak</span></div></header>
<div class="post-content">${ps(hugoBody.slice(0, 1))}<h2>Why I` +
    ` waited</h2>${ps(hugoBody.slice(1, 3))}<h2>Advice</h2>${ps(hugoBody.slice(3))}</div>
<div class="post-tags">Tags: <a>editors</a>, <a>tools</a></div>
<div class="pagination"><a>Older post</a> <a>Newer post</a></div>
<div id="disqus_thread"><p>Comments powered by Disqus</p></div></article></main>
<footer><p>This work is licensed under a <a>Creative Commons Attribution 4.0 International License</a>.</p></footer></body></html>`,
};

export const BLOG_PAGES: readonly TestPage[] = [wordpress, medium, substack, hugo];
