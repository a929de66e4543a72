import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 233, file C: a Memrise community forum thread (Discourse) and an Open edX courseware lesson. */

const MM_NAV = ['Memrise Community', 'Latest', 'Categories', 'Top', 'Sign Up', 'Log In'];
const MM_POSTS = [
  [
    `I have been using the Dutch community course for three months and the review sessions keep showing me words I learned on day one,
    while the new ones from last week barely come back. Is there a setting for this or is the scheduler just odd?`,
    'I am on the web version, not the app, if that matters.',
  ],
  [
    `The scheduler spaces words by how often you got them right, so old easy words come back rarely but they do come back. Try the
    difficult words mode for a week; it only shows the ones you miss.`,
  ],
  [
    `Same thing happened to me with Italian. What helped was turning off the daily goal for a few days and doing only learn sessions,
    then letting the reviews catch up on their own.`,
  ],
  ['Thanks both, the difficult words mode made a big difference already. Marking this as solved.'],
];
const MM_AUTH = [
  ['lotte_vdb', 'Mar 4'],
  ['kasimir.o', 'Mar 4'],
  ['annabel_reads', 'Mar 5'],
  ['lotte_vdb', 'Mar 6'],
];
const MM_MISC = [
  'Learning Help',
  'community-courses',
  'web',
  'Reply',
  'Like',
  'Copy a link to this post to clipboard',
  'Solution',
  '3 Likes',
  'created',
  'last reply',
  '4 replies',
  '212 views',
  '3 users',
  'Suggested Topics',
  'Audio missing on German 2 course',
  'How do streaks work after the update?',
  'Topic',
  'Replies',
  'Views',
  'Activity',
  'Powered by Discourse, best viewed with JavaScript enabled',
];

const post = (i: number): string => {
  const [name, time] = MM_AUTH[i] ?? ['', ''];
  return `<div class="topic-post" data-post-number="${i + 1}"><article id="post_${i + 1}" role="region" class="boxed onscreen-post">
<div class="topic-avatar"><img alt="" src="/user_avatar/${name}.png"></div><div class="topic-body"><div class="topic-meta-data">
<span class="first username"><a href="/u/${name}">${name}</a></span><div class="post-infos"><a class="post-date">
<span class="relative-date">${time}</span></a></div></div>
<div class="regular contents"><div class="cooked">${ps(MM_POSTS[i] ?? [])}</div>
<section class="post-menu-area"><nav class="post-controls"><button class="like" title="like this post">Like</button>
<button class="share" title="Copy a link to this post to clipboard">Copy a link to this post to clipboard</button><button class="reply">Reply</button>
</nav></section>
${i === 1 ? '<div class="accepted-answer"><span>Solution</span></div><div class="post-likes">3 Likes</div>' : ''}</div></div></article></div>`;
};

const memriseHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device"><head><meta charset="utf-8">
<title>Reviews keep showing old words - Learning Help - Memrise Community</title>
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse">
<link rel="canonical" href="https://community.memrise.com/t/reviews-old-words/48213">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"Reviews keep showing old words"}</script>
<script src="/assets/discourse.js"></script></head>
<body class="crawler"><header class="d-header"><div class="title"><a href="/">Memrise Community</a></div><nav><ul>${links(MM_NAV.slice(1))}</ul></nav></header>
<div id="main-outlet" class="wrap"><div id="topic-title"><h1><a class="fancy-title" href="/t/reviews-old-words/48213">Reviews keep showing old words</a></h1>
<div class="topic-category"><a class="badge-category" href="/c/learning-help/5">Learning Help</a> <div class="list-tags">
<a class="discourse-tag">community-courses</a>
<a class="discourse-tag">web</a></div></div></div>
<div class="post-stream">${[0, 1, 2, 3].map(post).join('\n')}</div>
<div class="topic-map"><ul><li><h4>created</h4></li><li><h4>last reply</h4></li><li><span>4 replies</span></li><li><span>212 views</span></li><li>
<span>3 users</span></li></ul></div>
<div class="suggested-topics"><h3>Suggested Topics</h3><table><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead>
<tbody><tr><td><a href="/t/1">Audio missing on German 2 course</a></td><td>2</td><td>88</td><td>Feb 20</td></tr>
<tr><td><a href="/t/2">How do streaks work after the update?</a></td><td>5</td><td>301</td><td>Mar 1</td></tr></tbody></table></div></div>
<footer class="noscript-footer-nav">
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;

const EX_NAV = ['Course', 'Progress', 'Dates', 'Discussion', 'Notes', 'Help', 'Dashboard', 'Profile', 'Account', 'Sign Out'];
const EX_OUTLINE = ['Week 1: Welcome', 'Week 2: Measuring the river', 'Week 3: Floods and droughts', 'Final assessment'];
const EX_HEAD = ['Why discharge matters', 'The velocity-area method', 'Check your understanding'];
const EX_P = [
  `In this lesson we move from looking at a river to measuring it. By the end you should be able to estimate how much water passes a
  point on the bank every second, using nothing more than a tape, a float and a stopwatch.`,
  `Discharge is the volume of water flowing past a cross-section of a river per second, measured in cubic metres per second. Hydrologists
  at the Vellmar field station use it to compare rivers of very different shapes on the same scale.`,
  `The simplest field method splits the river into strips. For each strip you measure width, depth and surface speed, multiply them, and add
  the strips together.`,
  `Surface floats move faster than the water near the bed, so multiply your float speed by 0.8 before using it.`,
];
const EX_STEPS = [
  'Stretch a tape across the river and divide it into strips one metre wide.',
  'Measure the depth in the middle of each strip with a marked pole.',
  'Time a float over ten metres, three times, and take the average.',
  'Multiply width, depth and corrected speed for each strip, then add the results.',
];
const EX_Q = ['A strip is 1 m wide, 0.5 m deep and the corrected speed is 0.4 m/s. What is its discharge?'];
const EX_MISC = [
  'Skip to main content',
  'Previous',
  'Next',
  'Bookmark this page',
  'Video',
  'Problem',
  'Download video file',
  'Download transcript',
  'Show answer',
  'Submit',
  'You have used 0 of 2 attempts',
  'Some problems have options such as save, reset, hints, or show answer. These options follow the Submit button.',
  'Course Outline',
  'Terms of Service & Honor Code',
  'Privacy Policy',
  'Accessibility Policy',
  'Powered by Open edX',
];

const edxHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Measuring discharge | Week 2: Measuring the river | RIVR101x Courseware | Northvale University Online</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/lms-main-v1.css">
<script src="/static/js/i18n/en/djangojs.js"></script></head>
<body class="view-in-course view-courseware courseware lang_en"><a class="sr-only sr-only-focusable" href="#main-content">Skip to main content</a>
<header class="learning-header"><div class="course-title">RIVR101x: Rivers and People</div><nav><ul>${links(EX_NAV.slice(6))}</ul></nav></header>
<nav class="course-tabs-navigation" aria-label="Course Material"><ul>${links(EX_NAV.slice(0, 6))}</ul></nav>
<div class="course-outline-sidebar"><h3>Course Outline</h3><ul>${links(EX_OUTLINE)}</ul></div>
<main id="main-content"><div class="sequence-navigation"><button class="previous-btn">Previous</button><button class="next-btn">Next</button></div>
<div class="unit"><div class="unit-title-container"><h1 class="h3">Measuring discharge</h1><button class="bookmark-button">Bookmark this page</button></div>
<div class="xblock xblock-student_view xblock-student_view-html" data-block-type="html">${ps(EX_P.slice(0, 1))}<h2>${EX_HEAD[0]}</h2>${ps(EX_P.slice(1, 2))}
<h2>${EX_HEAD[1]}</h2>${ps(EX_P.slice(2, 3))}<ol>${EX_STEPS.map((s) => `<li>${s}</li>`).join('\n')}</ol><div class="note">${ps(EX_P.slice(3))}</div></div>
<div class="xblock xblock-student_view-video" data-block-type="video"><h3 class="hd hd-2">Video</h3>
<ul class="wrapper-downloads"><li><a href="#">Download video file</a></li><li><a href="#">Download transcript</a></li></ul></div>
<div class="xblock xblock-student_view-problem" data-block-type="problem"><h3 class="hd hd-3 problem-header">Problem</h3><div class="problem">
<h2>${EX_HEAD[2]}</h2>${ps(EX_Q)}<input type="text">
<p class="sr">Some problems have options such as save, reset, hints, or show answer. These options follow the Submit button.</p>
<button class="submit">Submit</button><span class="submission-feedback">You have used 0 of 2 attempts</span><button class="show">Show answer</button>
</div></div></div></main>
<footer class="footer"><ul>${links(EX_MISC.slice(13, 16))}</ul><a href="https://openedx.org">Powered by Open edX</a></footer>
<script>window.LearningConfig = {"MFE_CONFIG_API_URL":"/api/mfe_config/v1"};</script></body></html>`;

export const HELDOUT233_C: readonly TestPage[] = [
  {
    name: 'heldout233-memrise-forum',
    kind: 'forum',
    html: memriseHtml,
    title: 'Reviews keep showing old words',
    headings: [],
    body: MM_POSTS.flatMap((p) => texts(p)),
    bylines: ['lotte_vdb', 'kasimir.o', 'annabel_reads', 'Mar 4', 'Mar 5', 'Mar 6'],
    furniture: [...MM_NAV, ...MM_MISC],
  },
  {
    name: 'heldout233-openedx-docs',
    kind: 'docs',
    html: edxHtml,
    title: 'Measuring discharge',
    headings: EX_HEAD,
    body: [...texts(EX_P.slice(0, 3)), ...texts(EX_STEPS), ...texts(EX_P.slice(3)), ...texts(EX_Q)],
    bylines: [],
    furniture: [...EX_NAV, ...EX_OUTLINE, ...EX_MISC, 'RIVR101x: Rivers and People'],
  },
];
