import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 111, file d2: a course lesson on a WordPress site with LearnDash (the "ld30" focus mode: the course sidebar
 * with the course title, progress bar and lesson list with its topics, the focus header with "Lesson 3 of 12", the
 * "Previous Lesson" / "Mark Complete" / "Next Lesson" bar at the top and bottom, the lesson breadcrumbs and status, the
 * lesson content with a video embed, a tip box and a numbered list, the "Lesson Content" topic table, the comments form
 * and the footer).
 */
const ldTitle = 'Reading a contour map';
const ldIntro = [
  'In the last lesson you learned how to orient the map with your compass. Now we will learn to read what the map is telling you ' +
    'about the shape of the land, which is where most navigation mistakes start.',
  'Contour lines join points of equal height above sea level. On the maps we use in this course, there is a thin contour line every ' +
    '10 metres and a thicker “index” contour every 50 metres, with its height printed on it.',
];
const ldH1 = 'Three things to look for first';
const ldSteps = [
  'How close together the lines are. Lines packed tightly mean steep ground; lines far apart mean gentle slopes or flat land.',
  'Which way the numbers run. Index contour heights are printed so that they read uphill, which tells you which side is higher.',
  'The shapes the lines make. A set of Vs pointing uphill is a valley or stream; Vs pointing downhill are a spur or ridge.',
];
const ldTip = 'Tip: if you cannot tell whether a closed ring of contours is a hilltop or a hollow, look for the nearest index contour and its number.';
const ldH2 = 'Putting it together on the ground';
const ldP = [
  'When you stand at the trig point on Coldharbour Fell, the map shows tightly packed contours to the east and widely spaced ones to ' +
    'the south. On the ground, that is exactly what you see: a steep drop towards Hallow Beck and a long, gentle slope towards the ' +
    'car park.',
  'Try it yourself with the practice sheet below. For each of the five marked points, say whether you would be walking uphill, ' +
    'downhill or on the level if you set off north, and how steep you expect it to be. Check your answers against the ' +
    'worked solutions at the end of the sheet.',
  'When you are happy with your answers, mark this lesson complete and move on to Lesson 4, where we will use contours to plan a ' +
    'route that avoids the worst of the climbing.',
];
const ldLessons = [
  'Welcome to the course',
  'Holding and orienting your map',
  'Reading a contour map',
  'Planning a route with contours',
  'Taking a bearing',
  'Pacing and timing',
  'Navigating in poor visibility',
  'Relocating when you are lost',
];
const ldTopics = ['Contour lines and index contours', 'Valleys, spurs and saddles', 'Practice sheet: five points on Coldharbour Fell'];
const ldNav = ['Courses', 'My Account', 'Log Out'];
const ldFoot = ['Terms and Conditions', 'Refund Policy', 'Privacy Policy', 'Contact'];
const bar = (where: string): string => `<div class="ld-content-actions ld-content-actions-${where}"><div class="ld-content-action">
<a class="ld-button ld-button-transparent" href="/lessons/holding-and-orienting-your-map/"><span class="ld-icon ld-icon-arrow-left"></span>
<span class="ld-text">Previous Lesson</span></a></div><div class="ld-content-action"><form class="sfwd-mark-complete" method="post" action="">
<input type="hidden" value="2814" name="post"><input type="submit" value="Mark Complete" class="learndash_mark_complete_button"></form></div>
<div class="ld-content-action"><a class="ld-button ld-button-transparent" href="/lessons/planning-a-route-with-contours/"><span
class="ld-text">Next Lesson</span>
<span class="ld-icon ld-icon-arrow-right"></span></a></div></div>`;
const ldHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reading a contour map – Fellcraft Academy</title>
<meta name="robots" content="noindex, nofollow"><link rel="stylesheet" id="learndash-front-css"
href="https://fellcraft.example/wp-content/plugins/sfwd-lms/themes/ld30/assets/css/learndash.min.css?ver=4.14.0">
<script id="learndash-front-js-extra">var ldVars = {"postID":"2814","videoReqMsg":"You must watch the video before accessing this content",
"ajaxurl":"https://fellcraft.example/wp-admin/admin-ajax.php"};</script>
</head><body class="sfwd-lessons-template-default single single-sfwd-lessons postid-2814 learndash-cpt learndash-cpt-sfwd-lessons ld-in-focus-mode
learndash-theme">
<div class="learndash-wrapper"><div class="ld-focus ld-focus-initial-transition ld-focus-sidebar-collapsed-mobile">
<div class="ld-focus-sidebar"><div class="ld-course-navigation-heading"><h3><a href="https://fellcraft.example/courses/hill-navigation-basics/"
id="ld-focus-mode-course-heading">
<span class="ld-icon ld-icon-content"></span>Hill Navigation Basics</a></h3></div>
<div class="ld-focus-sidebar-wrapper"><div class="ld-course-navigation"><div class="ld-lesson-navigation"><div class="ld-lesson-items">${ldLessons
  .map(
    (t, i) => `<div class="ld-lesson-item ${i < 2 ? 'learndash-complete' : 'learndash-incomplete'}${i === 2 ? ' ld-is-current-lesson ld-expanded' : ''}">
<div class="ld-lesson-item-preview"><a class="ld-lesson-item-preview-heading ld-primary-color-hover" href="/lessons/${i}/"><div class="ld-status-icon"></div>
<div class="ld-lesson-title">${t}</div></a></div>${
      i === 2
        ? `<div class="ld-lesson-item-expanded ld-expandable ld-expanded"><div class="ld-table-list ld-topic-list">${ldTopics
            .map((x) => `<a class="ld-table-list-item-preview ld-topic-row" href="/topic/${x.length}/"><span class="ld-topic-title">${x}</span></a>`)
            .join('')}</div></div>`
        : ''
    }</div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="ld-focus-main" role="main"><div class="ld-focus-header"><div class="ld-mobile-nav"><a href="#" class="ld-trigger-mobile-nav" aria-label="Menu">
</a></div>
<div class="ld-brand-logo"><img src="https://fellcraft.example/wp-content/uploads/fellcraft-logo.png" alt="Fellcraft Academy"></div>
<div class="ld-progress ld-progress-inline"><div class="ld-progress-heading"><div class="ld-progress-stats"><div
class="ld-progress-percentage ld-secondary-color">17% Complete</div>
<div class="ld-progress-steps">2/12 Steps</div></div></div><div class="ld-progress-bar"><div class="ld-progress-bar-percentage" style="width:17%"></div></div>
</div>
<div class="ld-lesson-position">Lesson 3 of 12</div>
${bar('top')}
<div class="ld-user-menu"><span class="ld-text">Hello, Priya!</span><div class="ld-user-menu-items">${links(ldNav, 'ld-user-menu-item')}</div></div></div>
<div class="ld-focus-content"><h1>${ldTitle}</h1><div class="ld-tabs ld-tab-count-1"><div class="ld-tabs-content"><div class="ld-tab-content ld-visible"
id="ld-tab-content-2814">
<div class="ld-breadcrumbs"><div class="ld-breadcrumbs-segments"><span><a href="/courses/hill-navigation-basics/">Hill Navigation Basics</a></span>
<span><a href="/lessons/reading-a-contour-map/">Reading a contour map</a></span></div><div
class="ld-status ld-status-progress ld-primary-background">In Progress</div></div>
<div class="ld-video" data-video-progression="false"><iframe title="Reading contours in the field" src="https://player.vimeo.example/video/91822411" width="640"
height="360" allowfullscreen></iframe></div>
${ps(ldIntro)}
<h2>${ldH1}</h2>
<ol>${ldSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="wp-block-group has-pale-cyan-blue-background-color"><p>${ldTip}</p></div>
<h2>${ldH2}</h2>
${ps(ldP)}
<div class="ld-lesson-topic-list"><div class="ld-table-list ld-topic-list"><div class="ld-table-list-header ld-primary-background">
<div class="ld-table-list-title"><span class="ld-item-icon"></span><span class="ld-text">Lesson Content</span></div>
<div class="ld-table-list-lesson-details"><span class="ld-lesson-list-progress">0% Complete</span><span class="ld-lesson-list-steps">0/3 Steps</span></div>
</div>
<div class="ld-table-list-items">${ldTopics
  .map(
    (x) => `<div class="ld-table-list-item"><a class="ld-table-list-item-preview" href="/topic/${x.length}/">
<span class="ld-topic-title">${x}</span></a></div>`,
  )
  .join('')}</div></div></div></div></div></div>
${bar('bottom')}
<div id="comments" class="ld-focus-comments"><div class="ld-focus-comments__heading"><div class="ld-focus-comments__header">Leave a Reply</div></div>
<form id="commentform" class="comment-form"><p class="comment-notes">Logged in as Priya Desai. Edit your profile. Log out?</p>
<label for="comment">Comment</label><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" class="submit" value="Post Comment">
</form></div>
</div></div></div></div>
<footer class="site-footer"><ul>${links(ldFoot, 'menu-item')}</ul><p>© 2026 Fellcraft Academy. Built with LearnDash.</p></footer>
<script src="https://fellcraft.example/wp-content/plugins/sfwd-lms/themes/ld30/assets/js/learndash.js?ver=4.14.0" id="learndash-front-js"></script></body>
</html>`;
export const lessonPage: TestPage = {
  html: ldHtml,
  name: 'heldout111-learndash-course-lesson',
  kind: 'docs',
  // the lesson text, its numbered steps and the tip box are body; the course sidebar (lesson and topic titles, one of them the
  // lesson's own title, which is left out), the progress texts, "Lesson 3 of 12", the previous / mark complete / next bar,
  // the breadcrumbs and status, the "Lesson Content" topic table, the comment form and the footer are furniture
  title: ldTitle,
  headings: [ldH1, ldH2],
  body: [...ldIntro, ...ldSteps, ldTip, ...texts(ldP)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hill Navigation Basics', ...ldLessons.filter((t) => t !== ldTitle), ...ldTopics, '17% Complete', '2/12 Steps', 'Lesson 3 of 12', 'Previous Lesson',
    'Next Lesson', 'Hello, Priya!', ...ldNav, 'In Progress', 'Lesson Content', '0% Complete', '0/3 Steps', 'Leave a Reply',
    'Logged in as Priya Desai. Edit your profile. Log out?', 'Comment', ...ldFoot, '© 2026 Fellcraft Academy. Built with LearnDash.',
  ],
};
