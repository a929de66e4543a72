import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout316-kit.js';

/**
 * Held-out batch 316, file c: a homework-help thread on a Discourse forum with the Solved plugin (d-header with Sign Up /
 * Log In, sidebar sections, topic title with category badge and tags, four posts with user names, dates, like counts and
 * post controls, the accepted-solution panel, topic map, suggested topics, footer) and a school's student newspaper
 * article on an SNO Sites theme (masthead, section nav, headline with deck, byline and date, photo with credit and
 * caption, pull quote, share buttons, tags, related stories, comments box, Top Stories and poll widgets, footer).
 */
const dTitle = 'How do I find the area of a triangle when I only know the three sides?';
const dPosts = [
  [
    j(
      'Our maths homework has a triangle with sides 7 cm, 8 cm and 9 cm and asks for the area. We have only learned half base',
      'times height, but there is no height given and the triangle is not right-angled. Is there a way to do it with just the',
      'sides? My teacher said we might have to “think about it differently”.',
    ),
  ],
  [
    j(
      'Yes! There is a formula for exactly this, called Heron’s formula. You first work out the semi-perimeter, which is just',
      'half of the perimeter, and then use it in one square root.',
    ),
    'Here are the steps for your triangle:',
    'Add the three sides: 7 + 8 + 9 = 24.',
    'Halve it to get the semi-perimeter s = 12.',
    'Work out s minus each side: 12 − 7 = 5, 12 − 8 = 4 and 12 − 9 = 3.',
    'Multiply s by those three numbers: 12 × 5 × 4 × 3 = 720.',
    'Take the square root: the area is √720, which is about 26.8 cm².',
    j(
      'If you want an exact answer, √720 simplifies to 12√5. It is worth checking with your teacher which form they want, since',
      'some mark schemes prefer the decimal.',
    ),
  ],
  [
    j(
      'Another way, if you have done a bit of trigonometry, is to use the cosine rule to find one angle and then use',
      'half ab sin C. It gets to the same answer but there are more steps, so Heron is quicker for homework like this.',
    ),
  ],
  [
    j('Thank you so much, I got 26.8 as well! I also tried the trigonometry way to check and it matched. Marking this as the', 'solution.'),
    j(
      'For anyone finding this later: my teacher said Heron’s formula is not on our syllabus until next year, but she gave me',
      'a bonus point for explaining where the semi-perimeter comes from, so it was worth learning.',
    ),
  ],
];
const dUsers = ['mika_h', 'MrsOkonjo', 'ben.tutor', 'mika_h'];
const dDates = ['Mar 4', 'Mar 4', 'Mar 5', 'Mar 5'];
const dLikes = ['', '12', '4', '2'];
const dSide = ['Topics', 'My Posts', 'More', 'Categories', 'Maths', 'Science', 'English', 'All categories'];
const dSuggested = ['Converting recurring decimals to fractions', 'What does “show your working” actually mean?', 'Help with simultaneous equations'];
const post = (i: number): string => `<article id="post_${i + 1}" aria-label="post #${i + 1} by @${dUsers[i]}" role="region" data-post-id="${8800 + i}"
data-topic-id="5521" data-user-id="${300 + i}" class="boxed onscreen-post${i === 1 ? ' accepted-answer' : ''}"><div class="row">
<div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${dUsers[i]}" data-user-card="${dUsers[i]}"
aria-hidden="true"><img loading="lazy" alt="" width="48" height="48" src="/user_avatar/homework.example/${dUsers[i]}/96/1.png" class="avatar"></a></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span
class="first username"><a href="/u/${dUsers[i]}" data-user-card="${dUsers[i]}" class="">${dUsers[i]}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="widget-link post-date" href="/t/area-of-triangle/5521/${i + 1}"
title="Post date"><span title="${dDates[i]}, 2026 5:1${i} pm" data-time="1772640000000" class="relative-date">${dDates[i]}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">
${i === 1 ? `${ps(dPosts[1]?.slice(0, 2) ?? [])}<ol>${lis(dPosts[1]?.slice(2, 7) ?? [])}</ol>${ps(dPosts[1]?.slice(7) ?? [])}` : ps(dPosts[i] ?? [])}
</div>${i === 1 ? '<div class="solved-panel"><p class="solved">Solved by mika_h in post #4</p></div>' : ''}
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">${
  dLikes[i] === ''
    ? ''
    : `<div class="double-button"><button
class="widget-button btn-flat button-count like-count highlight-action regular-likes btn-text" title="${dLikes[i]} people liked this post">
<span class="d-button-label">${dLikes[i]}</span></button></div>`
}<button class="widget-button btn-flat toggle-like like no-text btn-icon"
title="like this post"></button><button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post"><span
class="d-button-label">Reply</span></button></div></nav></section></div></div></div></article>`;
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>How do I find the area of a triangle when I only know the three sides? - Maths - Homework Harbour</title>
<meta name="description" content="Our maths homework has a triangle with sides 7 cm, 8 cm and 9 cm and asks for the area.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="canonical" href="https://forum.homeworkharbour.example/t/area-of-triangle/5521"><meta property="og:site_name" content="Homework Harbour">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary"><meta property="og:title" content="${dTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${dTitle}","mainEntity":{"@type":"Question","name":"${dTitle}",
"answerCount":3,"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"MrsOkonjo"}}}}</script>
<link href="/stylesheets/desktop_theme_3_5c1.css" media="all" rel="stylesheet" data-target="desktop_theme"><script defer src="/assets/discourse.js"></script>
<meta id="data-preloaded" data-preloaded="{&quot;topic_tracking_states&quot;:[]}"></head>
<body class="crawler ember-application docs category-maths tag-geometry archetype-regular"><section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
class="btn-sidebar-toggle" aria-label="Toggle sidebar"></button></div><div class="title"><a href="/"><img id="site-logo" class="logo-big"
src="/uploads/default/logo.png" alt="Homework Harbour"></a></div><div class="panel" role="navigation"><span class="header-buttons">
<button class="btn btn-primary btn-small sign-up-button btn-icon-text"><span class="d-button-label">Sign Up</span></button><button
class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container">
<div class="sidebar-sections"><ul class="sidebar-section-content">${links(dSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="5521"><a
href="/t/area-of-triangle/5521" class="fancy-title">${dTitle}</a></h1><div class="topic-category"><div class="categories-wrapper"><a
class="badge-category__wrapper" href="/c/maths/4"><span data-category-id="4" class="badge-category --style-square"><span
class="badge-category__name">Maths</span></span></a></div><div class="list-tags"><a href="/tag/geometry" class="discourse-tag simple">geometry</a>
<a href="/tag/year-9" class="discourse-tag simple">year-9</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="5521"><div class="posts-wrapper">
${post(0)}
<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><span class="topic-map__stat">3 replies</span>
<span class="topic-map__stat">214 views</span><span class="topic-map__stat">3 users</span></div></section></div>
${post(1)}
${post(2)}
${post(3)}
</div></section></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table
class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts">${i + 2}</td><td class="num views">${(i + 1) * 87}</td><td class="num activity">Feb ${i + 10}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in Maths or view latest topics.</h3></div></div></div></div></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a><a href="/categories">Categories</a>
<a href="/guidelines">Guidelines</a><a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<div id="noscript-footer"><p>Powered by <a rel="nofollow noopener" href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</div></section></body></html>`;
const dBody = texts(dPosts.flat());
const discourse: TestPage = {
  name: 'heldout316-discourse-homework-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dBody,
  bylines: ['mika_h', 'MrsOkonjo', 'ben.tutor', 'Mar 4', 'Mar 5'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', ...dSide, 'geometry', 'year-9', '3 replies', '214 views', '3 users', 'Solved by mika_h in post #4', 'Reply',
    'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested, 'Want to read more? Browse other topics in Maths or view latest topics.',
    'Home', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

const eTitle = 'Cafeteria switches to compostable trays after student petition';
const eBody1 = [
  j(
    'Starting next Monday, the Westbrook High cafeteria will stop using polystyrene lunch trays and switch to compostable',
    'trays made from pressed sugarcane fibre, after a petition started by the Environmental Club gathered more than 900',
    'signatures.',
  ),
  j(
    'The change was approved at the March school board meeting. District food services director Carla Ruiz said the new',
    'trays cost about four cents more each, but that the district expects to save money on trash pickup because the trays',
    'will go into the new compost bins behind the gym instead.',
  ),
];
const eH1 = 'From a class project to a board vote';
const eBody2 = [
  j(
    'The petition began as a project in junior Noor Haddad’s AP Environmental Science class. Her group weighed the trash from',
    'one lunch period in January and found that trays made up almost a third of it by volume.',
  ),
  j(
    '“We stood by the trash cans with a clipboard and a bathroom scale for three days,” Haddad said. “People thought we were',
    'weird, but once they saw the numbers a lot of them signed right away.”',
  ),
  j(
    'The club presented its findings to the board in February, along with quotes from three suppliers. Board member Dennis',
    'Yoon said the presentation was “one of the most prepared I’ve seen from anyone, student or adult.”',
  ),
];
const eQuote = '“It showed us that if you bring real data, people listen, even if you’re sixteen.”';
const eH2 = 'What changes for students';
const eBody3 = [
  'For most students, the switch will be simple. The Environmental Club is asking everyone to:',
  'put used trays and food scraps in the green compost bins',
  'keep plastic cutlery and milk cartons out of the compost',
  'stack trays neatly so the bins do not overflow',
  j(
    'Club members will stand by the bins during the first two weeks to help. Haddad said the next goal is replacing plastic',
    'cutlery, which the club plans to bring to the board in the fall.',
  ),
  j(
    'Not everyone is convinced. Some students said the old trays were sturdier, and a few worried the new ones would go',
    'soggy with soup. Food services staff said they tested the trays with every item on the current menu and that only the',
    'chili needed a second tray underneath during the trial week.',
  ),
];
const eNav = ['News', 'Sports', 'Opinion', 'Features', 'Arts & Entertainment', 'Multimedia', 'About'];
const eTop = ['Varsity girls’ soccer heads to state semifinal', 'Opinion: Later start times would help everyone', 'Spring musical tickets go on sale'];
const eRel = ['Environmental Club plants 200 trees at Cedar Park', 'New water bottle stations installed in every hallway'];
const eHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Cafeteria switches to compostable trays after student petition – The
Westbrook Wire</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Westbrook Wire"><meta property="og:title" content="${eTitle}"><meta name="author" content="Ava Lindqvist">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2026-03-11",
"author":[{"@type":"Person","name":"Ava Lindqvist"}],"publisher":{"@type":"Organization","name":"The Westbrook Wire"}}</script>
<link rel='stylesheet' id='sno-style-css' href='https://westbrookwire.example/wp-content/themes/snoflex/style.css' media='all'>
<script>var snoAjax={"ajaxurl":"https:\\/\\/westbrookwire.example\\/wp-admin\\/admin-ajax.php"};</script></head>
<body class="post-template-default single single-post postid-9012 sno-story-page"><div id="sno-header" class="sno-header-wrap"><div
class="sno-banner"><a href="/" class="sno-banner-link"><img src="/wp-content/uploads/2025/08/wire-banner.png" alt="The Westbrook Wire"></a>
<p class="sno-banner-tagline">The student news site of Westbrook High School</p></div>
<nav id="sno-main-navigation" class="sno-navigation"><ul id="menu-main" class="sno-menu">${links(eNav, 'menu-item')}</ul></nav></div>
<div id="sno-content" class="sno-content-area"><div id="sno-story-container" class="sno-story-wrap sno-story-fullwidth">
<div class="sno-story-category"><a href="/category/news/" class="sno-category-link">Campus</a></div>
<h1 class="sno-story-headline">${eTitle}</h1>
<h2 class="sno-story-deck">Environmental Club’s data on lunch trash convinced the school board</h2>
<div class="sno-story-byline"><span class="byline-name"><a href="/staff_name/ava-lindqvist/" class="creditline">Ava Lindqvist</a>, Staff
Writer</span></div><div class="sno-story-date"><span class="time-wrapper">March 11, 2026</span></div>
<div class="sno-story-share-buttons"><span class="sno-share-label">Share this Story</span> <a class="sno-share-facebook" href="#">Facebook</a>
<a class="sno-share-email" href="#">Email</a> <a class="sno-share-print" href="#">Print</a></div>
<div class="photowrap sno-story-photo"><img src="/wp-content/uploads/2026/03/trays.jpg" alt="Students holding compostable trays">
<div class="photocredit">Marcus Bell</div><div class="captiontext">Environmental Club members show off the new sugarcane trays during
a trial lunch on March 6.</div></div>
<div id="sno-story-body-content" class="sno-story-body-content">
${ps(eBody1)}
<h3>${eH1}</h3>
${ps(eBody2)}
<div class="pullquote sno-pullquote"><p class="pullquote-text">${eQuote}</p><p class="pullquote-attribution">— Noor Haddad, junior</p></div>
<h3>${eH2}</h3>
<p>${eBody3[0]}</p><ul>${lis(eBody3.slice(1, 4))}</ul>
${ps(eBody3.slice(4))}
</div>
<div class="sno-story-tags"><span class="tags-label">Tags:</span> <a href="/tag/environment/" rel="tag">environment</a>, <a href="/tag/cafeteria/"
rel="tag">cafeteria</a></div>
<div class="sno-related-stories"><h3 class="sno-related-title">Related Stories</h3><ul>${links(eRel, 'sno-related-item')}</ul></div>
<div class="sno-comments-area"><h3 class="sno-comments-title">Leave a Comment</h3><p class="sno-comments-note">Comments are reviewed by student
editors before they appear. Please keep them respectful.</p><form class="sno-comment-form"><textarea name="comment"></textarea><button
type="submit">Submit Comment</button></form></div></div>
<aside id="sno-sidebar" class="sno-sidebar"><div class="widget sno-top-stories"><h3 class="widget-title">Top Stories</h3><ul>${links(eTop, 'sno-top-item')}</ul>
</div><div class="widget sno-poll"><h3 class="widget-title">Poll</h3><p class="sno-poll-question">Will you use the compost bins?</p><ul
class="sno-poll-options"><li>Yes, every day</li><li>Only if someone reminds me</li></ul></div></aside></div>
<footer id="sno-footer" class="sno-footer"><p>© 2026 • The Westbrook Wire • Privacy Policy •
<a href="/wp-login.php">Log in</a></p><p>Powered by SNO Sites</p>
</footer><script src="https://westbrookwire.example/wp-content/themes/snoflex/js/sno.js"></script></body></html>`;
const sno: TestPage = {
  name: 'heldout316-snosites-student-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([...eBody1, ...eBody2, eQuote, ...eBody3]),
  bylines: ['Ava Lindqvist, Staff Writer', 'March 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The student news site of Westbrook High School', ...eNav, 'Campus', 'Environmental Club’s data on lunch trash convinced the school board',
    'Share this Story', 'Facebook', 'Email', 'Print', 'Marcus Bell',
    'Environmental Club members show off the new sugarcane trays during a trial lunch on March 6.', '— Noor Haddad, junior', 'Tags:',
    'environment', 'Related Stories', ...eRel, 'Leave a Comment', 'Comments are reviewed by student editors before they appear. Please keep them respectful.',
    'Submit Comment', 'Top Stories', ...eTop, 'Poll', 'Will you use the compost bins?', 'Yes, every day', 'Only if someone reminds me',
    '© 2026 • The Westbrook Wire • Privacy Policy • Log in', 'Powered by SNO Sites',
  ],
};

export const HELDOUT316_C: readonly TestPage[] = [discourse, sno];
