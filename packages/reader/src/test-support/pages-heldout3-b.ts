import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 3 (second half), written AFTER the sprint-8 rules and never used to change
 * them: a university press release, a personal static-site blog with footnotes, and a
 * Reddit-like discussion thread.
 */
const release = [
  'Researchers at the university have shown that a common garden weed can pull lead out of ' +
    'contaminated soil, and that the lead can then be recovered from the dried plants.',
  'In a two-year field trial on a former battery works, plots planted with the weed lost a quarter of their lead, against four per cent in unplanted plots.',
  'Professor Amara Nwosu, who led the study, said the method would not replace digging out ' +
    'the worst soil, but could clean up large, mildly polluted sites at a fraction of the cost.',
  'The study, published in the journal Environmental Science, was funded by the national research council.',
];
const pressRelease: TestPage = {
  name: 'heldout3-university-press-release',
  kind: 'news',
  title: 'Garden weed pulls lead out of polluted soil, study finds',
  headings: [],
  body: texts(release),
  bylines: ['14 February 2024', 'Posted by the Press Office'],
  furniture: [
    'Media contact',
    'Jane Whitfield, Press Officer',
    'press@example.ac.uk',
    '+44 (0)1234 567890',
    'Notes to editors',
    'The university is a research-intensive university with 30,000 students and 6,000 staff, ranked among the top 100 in the world.',
    'Share this page',
    'Back to news',
    'Faculty of Science',
    'Study',
    'Research',
  ],
  html: `<!DOCTYPE html><html lang="en-GB"><head><title>Garden weed pulls lead out of polluted soil, study finds | News | The University</title>\
</head><body class="news-item">
<div class="uni-masthead"><div class="uni-masthead__inner"><a class="uni-logo">The University</a><ul class="uni-masthead__links"><li>\
<a>Study</a></li><li><a>Research</a></li><li><a>About</a></li></ul></div></div>
<div class="uni-local-header"><a>Faculty of Science</a></div>
<div class="uni-container"><div class="uni-row"><div class="uni-col-md-8"><div class="news-article"><h1 class="news-article__title">Garden\
 weed pulls lead out of polluted soil, study finds</h1>
<p class="news-article__date">14 February 2024</p><p class="news-article__author">Posted by the Press Office</p>
<div class="news-article__body rich-text">${ps(release)}
<h3>Notes to editors</h3><p>The university is a research-intensive university with 30,000 students and 6,000 staff, ranked among the top 100\
 in the world.</p></div>
<div class="news-article__sharing"><h4>Share this page</h4><a class="icon-twitter"></a><a class="icon-linkedin"></a></div>
<a class="news-article__back">Back to news</a></div></div>
<div class="uni-col-md-4"><div class="media-contact-box"><h3>Media contact</h3><p>Jane Whitfield, Press Officer</p><p>\
<a>press@example.ac.uk</a></p><p>+44 (0)1234 567890</p></div></div></div></div></body></html>`,
};

const hugo = [
  'I have been writing this blog in plain Markdown for six years, and for most of that time the build took under a second. Last month it took forty.',
  'The culprit was image processing. Every build was resizing every photo I had ever posted, ' +
    'because the cache folder had been left out of the deploy.<sup id="fnref:1"><a ' +
    'href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>',
  'Once the cache was kept between builds, the time fell back to 1.2 seconds. The lesson, again, is that the slow part is rarely the part you think.',
];
const staticBlog: TestPage = {
  name: 'heldout3-static-blog-footnotes',
  kind: 'blog',
  title: 'Why my blog took forty seconds to build',
  headings: [],
  body: texts(hugo),
  bylines: ['March 2, 2024', '2 minute read', 'Ruth Ellery'],
  furniture: [
    'The cache lives in resources/_gen, which my deploy script copied from a clean checkout.',
    '↩︎',
    '#static-sites',
    '#performance',
    '← Older: Self-hosting my photos',
    'Newer: A year of plain-text notes →',
    'Webmentions',
    'Liked by 4 people',
    'Subscribe via RSS',
    '© 2024 Ruth Ellery · Built with Hugo',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Why my blog took forty seconds to build · Ruth Ellery</title><link rel="alternate"\
 type="application/rss+xml" href="/index.xml"></head><body>
<header><a href="/">Ruth Ellery</a> <a href="/posts/">Posts</a> <a href="/about/">About</a></header>
<main><article class="h-entry"><h1 class="p-name">Why my blog took forty seconds to build</h1>
<p class="post-info"><time class="dt-published" datetime="2024-03-02">March 2, 2024</time> · 2 minute read · <span class="p-author\
 h-card">Ruth Ellery</span></p>
<div class="e-content">${ps(hugo)}
<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>The cache lives in resources/_gen, which my deploy script copied from a\
 clean checkout.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">↩︎</a></p></li></ol></div></div>
<p class="tags"><a href="/tags/static-sites/">#static-sites</a> <a href="/tags/performance/">#performance</a></p></article>
<div class="post-nav"><a class="prev" href="/posts/photos/">← Older: Self-hosting my photos</a><a class="next" href="/posts/notes/">Newer: A\
 year of plain-text notes →</a></div>
<section class="webmentions"><h2>Webmentions</h2><p>Liked by 4 people</p></section></main>
<footer><p><a href="/index.xml">Subscribe via RSS</a></p><p>© 2024 Ruth Ellery · Built with Hugo</p></footer></body></html>`,
};

const op = [
  'We are moving from the city to a village with one bus a day, and I have never owned a ' +
    'car. For people who have made a move like this, what surprised you most?',
];
const replies = [
  'How much of your week you spend planning. Every trip to a shop, a doctor or a friend has ' +
    'to be worked out in advance, and missing the one bus means waiting until tomorrow.',
  'The quiet. It took us about three months before we stopped waking up at night because it was too silent.',
  'Get to know your neighbours early. Half of our lifts to the station came from people we met at the village hall in the first week.',
];
const comment = (user: string, points: string, age: string, text: string) => `<div class="thing comment-tree-item" data-author="${user}" data-score="${points}">
<div class="entry unvoted"><p class="tagline"><a class="author may-blank">${user}</a> <span class="score unvoted">${points} points</span>\
 <time class="live-timestamp">${age}</time></p>
<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md"><p>${text}</p></div></div></form>
<ul class="flat-list buttons"><li><a class="bylink">permalink</a></li><li><a>save</a></li><li><a>report</a></li><li><a>reply</a></li></ul></div></div>`;
const thread: TestPage = {
  name: 'heldout3-discussion-thread-votes',
  kind: 'forum',
  title: 'Moved from a city to a village without a car - what surprised you?',
  headings: [],
  body: texts([...op, ...replies]),
  bylines: ['submitted 5 hours ago by quiet_lane', 'quiet_lane', 'moorwalker', 'thirdbus'],
  furniture: [
    '412',
    '87 comments',
    'share',
    'save',
    'hide',
    'report',
    'permalink',
    'reply',
    '231 points',
    '4 hours ago',
    'sorted by: best',
    'Welcome to r/ruralliving. Please read the rules before posting.',
    'subscribe',
    '28.4k readers',
    'Log in or sign up in seconds.',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Moved from a city to a village without a car - what surprised you? : ruralliving</title></head>\
<body class="listing-page comments-page">
<div id="header"><div id="sr-header-area"><ul class="flat-list sr-bar"><li><a>popular</a></li><li><a>all</a></li><li><a>random</a></li></ul>\
</div><span class="user"><a>Log in or sign up</a> in seconds.</span></div>
<div class="side"><div class="spacer"><div class="titlebox"><h1 class="hover redditname"><a>ruralliving</a></h1><span\
 class="fancy-toggle-button subscribe-button"><a class="option add login-required">subscribe</a></span><span class="subscribers"><span\
 class="number">28.4k</span> readers</span>
<div class="usertext-body"><div class="md"><p>Welcome to r/ruralliving. Please read the rules before posting.</p></div></div></div></div></div>
<div class="content" role="main"><div class="sitetable linklisting"><div class="thing link self" data-author="quiet_lane"><div class="midcol\
 unvoted"><div class="score unvoted">412</div></div>
<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank">Moved from a city to a village without a car\
 - what surprised you?</a></p>
<p class="tagline">submitted <time>5 hours ago</time> by <a class="author">quiet_lane</a></p>
<div class="expando"><form class="usertext"><div class="usertext-body"><div class="md">${ps(op)}</div></div></form></div>
<ul class="flat-list buttons"><li class="first"><a class="bylink comments may-blank">87 comments</a></li><li><a>share</a></li><li>\
<a>save</a></li><li><a>hide</a></li><li><a>report</a></li></ul></div></div></div></div>
<div class="commentarea"><div class="panestack-title"><span class="title">all 87 comments</span></div><div class="menuarea"><span>sorted by:\
 </span><a>best</a></div>
<div class="sitetable\
 nestedlisting">${comment('moorwalker', '231', '4 hours ago', replies[0] ?? '')}\
${comment('thirdbus', '118', '4 hours ago', replies[1] ?? '')}\
${comment('hedgelayer', '64', '3 hours ago', replies[2] ?? '')}</div>\
</div></div></body></html>`,
};

export const HELDOUT3_B: readonly TestPage[] = [pressRelease, staticBlog, thread];
