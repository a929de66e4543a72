import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout710-kit.js';

/**
 * Held-out batch 710, file b: a high school newspaper's news story on WordPress with SNO Sites' FLEX theme (breaking news ticker,
 * category label, deck, byline with staff titles, photo credit and caption, "Story continues below advertisement", a pull quote,
 * a schedule table, the donation widget, "About the Contributors", related stories and the comment form), and a teacher's post
 * on a Blogger blog with the classic Simple template (blog title h1, date header, h3 post title, share buttons, labels, comments,
 * pager and a sidebar with profile, archive and popular posts).
 */
const sTitle = 'Board weighs later start times as students, coaches split';
const sDeck = 'A district survey found most students want to start school after 8 a.m. Coaches and working parents are less sure.';
const sBody = [
  j(
    'The Alder Springs School Board will vote on March 23 on whether to push back the start of the school day at Westridge High',
    'School by as much as an hour next fall, after a district survey found that 71 percent of students would prefer a later first',
    'bell.',
  ),
  j(
    'Westridge currently starts at 7:25 a.m., one of the earliest start times in the county. Two proposals are on the table:',
    'Proposal A would move the first bell to 8:10 a.m., and Proposal B to 8:30 a.m. Both would push dismissal back by the same',
    'amount.',
  ),
  j(
    'Superintendent Carla Whitfield presented the survey results at the board’s Feb. 28 meeting. Of the 1,140 students who',
    'responded, 812 said they regularly get less than seven hours of sleep on school nights, and more than half said they had',
    'fallen asleep in a first-period class at least once this year.',
  ),
  j(
    '“We’re asking teenagers to be at their sharpest at a time when their bodies are telling them to be asleep,” Whitfield said.',
    '“The research on this is very consistent.”',
  ),
  'Sleep versus schedules',
  j(
    'Students who spoke at the meeting overwhelmingly supported the change. Junior Amara Oduya, who has first-period AP',
    'Chemistry, said she leaves her house at 6:40 a.m. to catch the bus.',
  ),
  j('“By the time we get to the lab, half the class is still waking up,” Oduya said. “An extra hour would honestly change how I', 'do in that class.”'),
  j(
    'But coaches warned that a later dismissal would cut into practice time, especially for outdoor sports in the fall and spring,',
    'when it gets dark early. Athletic director Ben Tsosie said teams that travel to away games already leave before the end of',
    'seventh period.',
  ),
  j(
    '“If we go to 3:40, our athletes are going to miss more class, not less,” Tsosie said. “I’m not against it. I just want us to',
    'think about what it means for the kids who play two sports.”',
  ),
  'What the proposals would change',
  j(
    'Some parents raised concerns about child care, since Westridge students often walk younger siblings home from Alder Springs',
    'Elementary, which dismisses at 2:50 p.m. The district has said it would look at running a later bus from the elementary school',
    'if the change passes.',
  ),
  j(
    'The March 23 meeting begins at 6:30 p.m. in the Westridge library and is open to the public. Students who want to speak during',
    'public comment must sign up at the front office by March 21.',
  ),
];
const sTable = [
  ['Schedule', 'Current', 'Proposal A', 'Proposal B'],
  ['First bell', '7:25 a.m.', '8:10 a.m.', '8:30 a.m.'],
  ['Dismissal', '2:35 p.m.', '3:20 p.m.', '3:40 p.m.'],
  ['Bus pickup (earliest)', '6:35 a.m.', '7:20 a.m.', '7:40 a.m.'],
];
const sNav = ['Home', 'News', 'Features', 'Opinion', 'Sports', 'Arts & Entertainment', 'Multimedia', 'About'];
const sRelated = ['Students push for longer lunch period', 'Bus driver shortage leaves routes uncovered', 'Boys basketball advances to regional semifinal'];
const sFoot = ['Privacy Policy', 'Log in'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Board weighs later start times as students, coaches split – The Westridge Talon</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://westridgetalon.com/12484/news/board-weighs-later-start-times/">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="The Westridge Talon">
<meta property="og:description" content="${sDeck}"><meta property="article:published_time" content="2027-03-04T15:02:11+00:00">
<link rel="stylesheet" id="sno-flex-style-css" href="https://westridgetalon.com/wp-content/themes/snoflex/style.css?ver=4.2.1" media="all">
<link rel="stylesheet" id="sno-flex-custom-css" href="https://westridgetalon.com/wp-content/uploads/sno-flex/custom.css?ver=1709" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}",
"datePublished":"2027-03-04T15:02:11+00:00","author":[{"@type":"Person","name":"Priya Nandakumar"},{"@type":"Person","name":"Marcus Ito"}],
"publisher":{"@type":"Organization","name":"The Westridge Talon"}}</script>
<script id="sno-flex-js-extra">
var snoflex = {"ajaxurl":"https:\\/\\/westridgetalon.com\\/wp-admin\\/admin-ajax.php","story_id":"12484","carousel":"1"};</script>
</head>
<body class="post-template-default single single-post postid-12484 single-format-standard sno-flex">
<a class="skip-link screen-reader-text" href="#main">Skip to Content</a>
<div id="sno-breaking-news" class="sno-breaking-news-bar"><span class="sno-breaking-label">Breaking News</span>
<div class="sno-breaking-ticker"><a href="/12471/sports/boys-basketball-regional-semifinal/">Boys basketball advances to regional semifinal</a></div></div>
<div id="wrap" class="sno-wrap"><header id="sno-header" class="sno-header-area"><div class="sno-header-wrap">
<div class="header-image"><a href="https://westridgetalon.com/"><img src="https://westridgetalon.com/wp-content/uploads/2025/08/talon-banner.png"
alt="The student news site of Westridge High School in Alder Springs"></a></div>
<div class="header-search"><form role="search" method="get" class="searchform" action="https://westridgetalon.com/"><label class="screen-reader-text"
for="s">Search this site</label><input type="text" value="" name="s" id="s" placeholder="Search this site"><button type="submit" class="searchsubmit"><span
class="screen-reader-text">Submit Search</span></button></form></div></div>
<nav id="sno-main-nav" class="sno-nav-wrap" aria-label="Main Navigation"><div class="menu-main-navigation-container"><ul id="menu-main-navigation"
class="sno-nav menu">${links(sNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></div></nav></header>
<main id="main" class="sno-main"><div id="sno-story-container" class="sno-story-page-container"><div class="sno-story-content-area">
<div class="sno-story-category"><a href="https://westridgetalon.com/category/news/" class="sno-category-link">News</a></div>
<div class="sno-story-headline-area"><h1 class="sno-story-headline storyheadline">${sTitle}</h1>
<div class="sno-story-deck storydeck">${sDeck}</div></div>
<div class="sno-story-byline-area"><div class="sno-story-byline"><span class="byline-name"><a href="https://westridgetalon.com/staff_name/priya-nandakumar/"
class="creditline">Priya Nandakumar</a></span>, <span class="byline-title">News Editor</span> and <span class="byline-name"><a
href="https://westridgetalon.com/staff_name/marcus-ito/" class="creditline">Marcus Ito</a></span>, <span class="byline-title">Staff Writer</span></div>
<div class="sno-story-date"><span class="time-wrapper">March 4, 2027</span></div></div>
<div class="sno-story-photo-area"><div class="photowrap sno-story-photo"><img width="1200" height="800"
src="https://westridgetalon.com/wp-content/uploads/2027/03/board-meeting-0228.jpg" class="catboxphoto feature-image" alt="Students line up to speak during
public comment at the Feb. 28 board meeting."><div class="photocredit sno-photo-credit"><a href="https://westridgetalon.com/staff_name/lena-ortiz/">Lena
Ortiz</a></div><div class="photocaption sno-photo-caption"><p>Students line up to speak during public comment at the Feb. 28 school board meeting in the
Westridge library.</p></div></div></div>
<div id="sno-story-body-content" class="sno-story-body-content storycontent">
${ps(sBody.slice(0, 4))}
<div class="sno-story-ad sno-ad-in-story"><div class="sno-ad-label">Story continues below advertisement</div><a href="https://www.alderspringscu.org/"
target="_blank" rel="noopener"><img src="https://westridgetalon.com/wp-content/uploads/2026/09/ascu-ad.png" alt="Alder Springs Credit Union"></a></div>
<h2>${at(sBody, 4)}</h2>
${ps(sBody.slice(5, 7))}
<div class="pullquote sno-pullquote pullquote-left"><p class="quote">“An extra hour would honestly change how I do in that class.”</p>
<p class="pullquotename">— Amara Oduya, junior</p></div>
${ps(sBody.slice(7, 9))}
<h2>${at(sBody, 9)}</h2>
<table class="sno-story-table"><thead><tr>${(sTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${sTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
${ps(sBody.slice(10))}
</div>
<div class="sno-donation-box"><div class="sno-donation-inner"><h3 class="sno-donation-title">Donate to The Westridge Talon</h3>
<div class="sno-donation-progress"><span class="sno-donation-raised">$410</span> Raised <span class="sno-donation-goal">$1,000</span> Goal</div>
<p class="sno-donation-text">Your donation will support the student journalists of Westridge High School. Your contribution will allow us to purchase
equipment and cover our annual website hosting costs.</p><a class="sno-donation-button" href="https://westridgetalon.com/donate/">Donate</a></div></div>
<div class="sno-story-writer-profiles"><h3 class="sno-writer-profiles-title">About the Contributors</h3>
<div class="sno-writer-profile"><a href="https://westridgetalon.com/staff_name/priya-nandakumar/"><img
src="https://westridgetalon.com/wp-content/uploads/2026/09/
nandakumar.jpg" alt="Photo of Priya Nandakumar"></a><div class="sno-writer-profile-info"><h4 class="sno-writer-name">Priya Nandakumar, News Editor</h4>
<p>Priya is a senior and in her third year on staff. When she isn’t chasing down school board agendas, she runs cross country and makes very strong
coffee.</p></div></div>
<div class="sno-writer-profile"><a href="https://westridgetalon.com/staff_name/marcus-ito/"><img
src="https://westridgetalon.com/wp-content/uploads/2026/09/ito.jpg"
alt="Photo of Marcus Ito"></a><div class="sno-writer-profile-info"><h4 class="sno-writer-name">Marcus Ito, Staff Writer</h4><p>Marcus is a sophomore and
first-year staff writer who covers district news and the robotics team.</p></div></div></div>
<div class="sno-related-stories"><h3 class="sno-related-title">More Stories from The Westridge Talon</h3><ul>${links(sRelated, 'sno-related-item')}</ul></div>
<div id="comments" class="sno-comments"><h3 class="sno-comments-title">Comments (0)</h3><div id="respond" class="comment-respond"><h3 id="reply-title"
class="comment-reply-title">Leave a Comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel
reply</a></small></h3><form action="https://westridgetalon.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p
class="comment-notes">The Westridge Talon intends for this comment section to be used for civil conversation. All comments are reviewed by an editor
before they appear. If you want a picture to show with your comment, go get a gravatar.</p><p class="comment-form-comment"><label for="comment">Comment
<span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p
class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" value=""
size="30" required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email"
type="email" value="" size="30" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Submit"></p>
</form></div></div></div></div></main>
<footer id="sno-footer" class="sno-footer"><div class="sno-footer-inner"><p>© 2027 • <a href="/privacy-policy/">Privacy Policy</a> • FLEX Pro WordPress
Theme by <a href="https://snosites.com">SNO</a> • <a href="https://westridgetalon.com/wp-login.php">Log in</a></p></div></footer></div>
<script src="https://westridgetalon.com/wp-content/themes/snoflex/js/sno-flex.min.js?ver=4.2.1" id="sno-flex-js"></script></body></html>`;
const sno: TestPage = gold({
  name: 'heldout710-sno-start-times',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [at(sBody, 4), at(sBody, 9)],
  body: texts([sDeck, ...sBody.slice(0, 4), ...sBody.slice(5, 9), ...sTable.map((r) => r.join(' ')), ...sBody.slice(10)]),
  bylines: ['Priya Nandakumar, News Editor and Marcus Ito, Staff Writer', 'March 4, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Breaking News', ...sRelated.slice(2), 'Search this site', 'Submit Search', ...sNav, 'Lena Ortiz',
    'Students line up to speak during public comment at the Feb. 28 school board meeting in the Westridge library.',
    'Story continues below advertisement', '— Amara Oduya, junior', 'Donate to The Westridge Talon', '$410', 'Raised', '$1,000', 'Goal',
    'Your donation will support the student journalists of Westridge High School. Your contribution will allow us to purchase equipment and cover our '
      + 'annual website hosting costs.',
    'Donate', 'About the Contributors', 'Priya Nandakumar, News Editor',
    'Priya is a senior and in her third year on staff. When she isn’t chasing down school board agendas, she runs cross country and makes very strong coffee.',
    'Marcus Ito, Staff Writer', 'Marcus is a sophomore and first-year staff writer who covers district news and the robotics team.',
    'More Stories from The Westridge Talon', ...sRelated, 'Comments (0)', 'Leave a Comment',
    'The Westridge Talon intends for this comment section to be used for civil conversation. All comments are reviewed by an editor before they appear. '
      + 'If you want a picture to show with your comment, go get a gravatar.',
    'Comment', 'Name', 'Email', '© 2027', 'FLEX Pro WordPress Theme by SNO', ...sFoot,
  ],
});

const bBlog = 'Notes from Room 14';
const bTitle = 'Why I stopped leveling our classroom library';
const bSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Three years ago, every book in Room 14 had a colored dot on its spine. Green for the kids reading on grade level, blue for',
        'the ones just below, red for the ones who needed the most support. It looked great. Visitors loved it. And I am now pretty',
        'sure it was one of the worst things I have done as a teacher.',
      ),
      'This post is long, so grab your coffee.',
    ],
  ],
  [
    'How it started',
    [
      j(
        'When I moved from second grade to fourth, I inherited a library of about 900 books in no order at all. A colleague showed me',
        'her leveled bins and it seemed like the obvious fix. I spent most of a summer entering titles into a leveling app and',
        'sticking dots on spines at my kitchen table.',
      ),
      j(
        'For the first few months it worked the way I hoped. Kids could find a “just right” book quickly, and my reading conferences',
        'got faster because I knew roughly what each child was reading.',
      ),
    ],
  ],
  [
    'What changed',
    [
      j(
        'Then I started noticing who was standing at which bin. The red-dot kids went straight to their bin and never looked anywhere',
        'else. One of my boys, who loved sharks more than anything, walked past our whole ocean shelf because the shark books had',
        'green dots. When I asked him about it he said, “Those aren’t for me.”',
      ),
      j(
        'That sentence has stuck with me for three years. The dots were supposed to help kids find books. Instead they told some of',
        'them which books they were not allowed to want.',
      ),
    ],
  ],
  [
    'What I do instead',
    [
      j(
        'The dots came off over winter break (goo remover is my new best friend). Now the library is organized by topic and genre,',
        'with bins the kids named themselves: “Funny Stuff,” “Scary But Not Too Scary,” “Real Animals,” “Sports,” “Graphic Novels.”',
      ),
      'I still know what my readers can handle. I just keep that information in my conferring notes instead of on the books. A few things that helped:',
    ],
  ],
  [
    'A few things I’d tell my first-year self',
    [
      j(
        'Levels are a tool for the teacher, not a label for the kid. Interest carries readers further than you think. And if a',
        'system looks great to adults visiting your room, ask whether it looks great to the nine-year-old standing in front of it.',
      ),
      'I would love to hear how other upper elementary teachers organize their libraries. Leave a comment!',
    ],
  ],
];
const bList = [
  'Teaching a short lesson on “how to tell if a book is a good fit” using the five-finger check',
  'Letting kids keep one “stretch book” and one “comfort book” in their book boxes',
  'Book talks every Friday, where I deliberately talk up books at all different levels',
  'A “try it” basket of short picture books and high-interest books that anyone can grab',
];
const bComments: [string, string, string][] = [
  [
    'Jess K.',
    'March 8, 2027 at 6:15 AM',
    'The shark story got me. I took the dots off my second grade bins last year for almost the same reason. The kids complained for a week and then forgot.',
  ],
  [
    'Mr. Delgado',
    'March 8, 2027 at 4:42 PM',
    'Do you find that some kids still get stuck picking books that are way too hard? That is the part I worry about.',
  ],
  [
    'Ms. Ferrante',
    'March 8, 2027 at 8:10 PM',
    'Some do, at first! That is what the conferences are for. I would rather have that conversation than have them feel locked into a color.',
  ],
];
const bShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bLabels = ['classroom library', 'fourth grade', 'reading workshop'];
const bArchive = ['March (2)', 'February (3)', 'January (4)'];
const bPopular = [
  'Our first-day-of-school read alouds, ranked',
  'The sticky-note parking lot that saved my math block',
  'What I learned from a year of book clubs',
];
const bSec = ([h, p]: [string, string[]]): string => `${h === '' ? '' : `<h3>${h}</h3>\n`}${ps(p)}`;
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data"
xmlns:expr="http://www.google.com/2005/gml/expr"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://roomfourteennotes.blogspot.com/favicon.ico" rel="icon" type="image/x-icon">
<link href="https://roomfourteennotes.blogspot.com/2027/03/why-i-stopped-leveling-our-classroom.html" rel="canonical">
<link rel="alternate" type="application/atom+xml" title="${bBlog} - Atom" href="https://roomfourteennotes.blogspot.com/feeds/posts/default">
<meta content="https://roomfourteennotes.blogspot.com/2027/03/why-i-stopped-leveling-our-classroom.html" property="og:url">
<meta content="${bTitle}" property="og:title"><meta content="Three years ago, every book in Room 14 had a colored dot on its spine." property="og:description">
<title>${bBlog}: ${bTitle}</title>
<style id="page-skin-1" type="text/css"><!--
body { font: normal normal 15px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #333333; background: #f3efe6; }
.date-header span { background-color: transparent; color: #8a6d3b; letter-spacing: 1px; text-transform: uppercase; }
--></style>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2437439463-widget_css_bundle.css">
<script type="text/javascript">var _WidgetManager = _WidgetManager || {}; _WidgetManager._Init('//www.blogger.com/rearrange?blogID=48812700923',
'//roomfourteennotes.blogspot.com/2027/03/why-i-stopped-leveling-our-classroom.html','4881270092311');</script></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1">
<iframe allowtransparency="true" class="blogger-iframe-colorize blogger-search-bar" frameborder="0" height="30px" id="navbar-iframe" scrolling="no"
src="https://www.blogger.com/navbar.g?targetBlogID=4881270092311&amp;blogName=Notes+from+Room+14" title="Blogger Navigation and Search"></iframe></div></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-fauxcolumns"></div><div class="content-outer"><div class="content-cap-top cap-top"></div>
<div class="content-inner"><header><div class="header-outer"><div class="header-cap-top cap-top"></div><div class="fauxborder-left header-fauxborder-left">
<div class="region-inner header-inner"><div class="header section" id="header" name="Header"><div class="widget Header" data-version="1" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://roomfourteennotes.blogspot.com/">${bBlog}</a></h1></div>
<div class="descriptionwrapper"><p
class="description"><span>Fourth grade, one read aloud at a time.</span></p></div></div></div></div></div></div></div></header>
<div class="tabs-outer"><div class="region-inner tabs-inner"><div class="tabs section" id="crosscol" name="Cross-Column"><div class="widget PageList"
data-version="1" id="PageList1"><div class="widget-content"><ul><li class="selected"><a href="https://roomfourteennotes.blogspot.com/">Home</a></li>
<li><a href="https://roomfourteennotes.blogspot.com/p/about-me.html">About Me</a></li><li><a
href="https://roomfourteennotes.blogspot.com/p/book-lists.html">Book
Lists</a></li></ul><div class="clear"></div></div></div></div></div></div>
<div class="main-outer"><div class="main-cap-top cap-top"></div><div class="fauxborder-left main-fauxborder-left"><div class="region-inner main-inner">
<div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Sunday, March 7, 2027</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh-shelves/s1600/library.jpg" itemprop="image_url">
<meta content="4881270092311" itemprop="blogId"><meta content="7710293387614" itemprop="postId"><a name="7710293387614"></a>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7710293387614" itemprop="description articleBody">
${bSec(bSecs[0] ?? ['', []])}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh-shelves/s1600/library.jpg"
style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="300"
src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh-shelves/s400/library.jpg" width="400"></a></div>
<div style="text-align: center;"><i>Our library this week. No dots anywhere!</i></div>
${bSecs
  .slice(1, 3)
  .map((s) => bSec(s))
  .join('\n')}
${bSec(bSecs[3] ?? ['', []])}
<ul>${lis(bList)}</ul>
${bSec(bSecs[4] ?? ['', []])}
<p>Happy reading,<br>
Ms. F</p>
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/10293847561" itemprop="url"><a class="g-profile"
href="https://www.blogger.com/profile/10293847561" rel="author" title="author profile"><span itemprop="name">Ms. Ferrante</span></a></span></span>
<span class="post-timestamp">at <meta content="https://roomfourteennotes.blogspot.com/2027/03/why-i-stopped-leveling-our-classroom.html" itemprop="url"><a
class="timestamp-link" href="https://roomfourteennotes.blogspot.com/2027/03/why-i-stopped-leveling-our-classroom.html" rel="bookmark"
title="permanent link"><abbr class="published" itemprop="datePublished" title="2027-03-07T19:42:00-06:00">7:42 PM</abbr></a></span>
<span class="post-comment-link"></span><span class="post-icons"><span class="item-control blog-admin pid-1029384756"><a
href="https://www.blogger.com/post-edit.g?blogID=4881270092311&amp;postID=7710293387614&amp;from=pencil" title="Edit Post"><img alt="" class="icon-action"
height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18"></a></span></span>
<div class="post-share-buttons goog-inline-block">${bShare
  .map(
    (t) => `<a class="goog-inline-block share-button sb-${t.toLowerCase().replace(/[^a-z]+/g, '')}"
href="https://www.blogger.com/share-post.g?blogID=4881270092311"
target="_blank" title="${t}"><span class="share-button-link-text">${t}</span></a>`,
  )
  .join('')}</div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: ${bLabels
  .map((t) => `<a href="https://roomfourteennotes.blogspot.com/search/label/${t.replace(/ /g, '%20')}" rel="tag">${t}</a>`)
  .join(',\n')}</span></div><div class="post-footer-line post-footer-line-3"><span class="post-location"></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div class="comments-content"><div class="comment-thread"><ol>
${bComments
  .map(
    ([n, d, t], i) => `<li class="comment" id="c${88120 + i}"><div class="avatar-image-container"><img alt="" src="//resources.blogblog.com/img/blank.gif"
title="${n}"></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/5502${i}"
rel="nofollow">${n}</a></cite><span class="icon user ${i === 2 ? 'blog-author' : ''}"></span><span class="datetime secondary-text"><a rel="nofollow"
href="https://roomfourteennotes.blogspot.com/2027/03/why-i-stopped-leveling-our-classroom.html?showComment=18${i}#c${88120 + i}">${d}</a></span></div>
<p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" data-comment-id="${88120 + i}"
target="_self">Reply</a><span class="item-control blog-admin blog-admin pid-1029384756"><a
href="https://www.blogger.com/comment/delete/4881270092311/${88120 + i}"
target="_self">Delete</a></span></span></div><div class="comment-replies"></div><div class="comment-replybox-single" id="c${88120 + i}-ce"></div></li>`,
  )
  .join('\n')}</ol><div class="continue" id="c-continue"><a class="comment-reply" href="javascript:;" target="_self">Add comment</a></div></div></div>
<p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4><p></p>
<a href="https://www.blogger.com/comment/frame/4881270092311?po=7710293387614" id="comment-editor-src"></a><iframe allowtransparency="true"
class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor" name="comment-editor" src=""
width="100%"></iframe></div></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link"
href="https://roomfourteennotes.blogspot.com/2027/03/march-read-alouds.html" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="https://roomfourteennotes.blogspot.com/2027/02/fraction-strips.html"
id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></span><a class="home-link" href="https://roomfourteennotes.blogspot.com/">Home</a></div>
<div class="clear"></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link"
href="https://roomfourteennotes.blogspot.com/feeds/7710293387614/comments/default"
target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div>
</div>
</div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a
href="https://www.blogger.com/profile/10293847561"><img
alt="My photo" class="profile-img" height="80" src="//blogger.googleusercontent.com/img/b/profile-ferrante.jpg" width="80"></a><dl class="profile-datablock"><dt
class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/10293847561" rel="author">Ms. Ferrante</a></dt><dd
class="profile-textblock">Fourth grade teacher in a small public school. Read-aloud enthusiast, sticky-note hoarder, mom of two.</dd></dl><a
class="profile-link" href="https://www.blogger.com/profile/10293847561" rel="author">View my complete profile</a><div class="clear"></div></div></div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Popular Posts</h2><div
class="widget-content popular-posts"><ul>${links(bPopular)}</ul></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList"><div
id="BlogArchive1_ArchiveList"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span
class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="https://roomfourteennotes.blogspot.com/2027/">2027</a> <span
class="post-count" dir="ltr">(9)</span><ul class="hierarchy">${bArchive
  .map((t) => {
    const [m, c] = t.split(' ');
    return `<li class="archivedate collapsed"><a class="post-count-link" href="https://roomfourteennotes.blogspot.com/2027/">${m}</a> <span class="post-count"
dir="ltr">${c}</span></li>`;
  })
  .join('\n')}</ul></li></ul></div></div><div class="clear"></div></div></div></div></aside></div></div></div></div></div></div></div>
<footer><div class="footer-outer"><div class="region-inner footer-inner"><div class="foot section" id="footer-3" name="Footer"><div class="widget Attribution"
data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a
href="https://www.blogger.com" target="_blank">Blogger</a>.</div><div class="clear"></div></div></div></div></div></footer></div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3566091532-widgets.js"></script></body></html>`;
const blogger: TestPage = gold({
  name: 'heldout710-blogger-classroom-library',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bSecs.slice(1).map(([h]) => h),
  body: texts([...bSecs.slice(0, 4).flatMap(([, p]) => p), ...bList, ...(bSecs[4]?.[1] ?? []), 'Happy reading, Ms. F']),
  bylines: ['Sunday, March 7, 2027', 'Posted by Ms. Ferrante at 7:42 PM', ...bComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    bBlog, 'Fourth grade, one read aloud at a time.', 'Home', 'About Me', 'Book Lists', 'Our library this week. No dots anywhere!', ...bShare, 'Labels:',
    ...bLabels, '3 comments:', ...bComments.map(([, , t]) => t), 'Reply', 'Delete', 'Add comment', 'Post a Comment', 'Newer Post', 'Older Post',
    'Subscribe to:', 'Post Comments (Atom)',
    'Fourth grade teacher in a small public school. Read-aloud enthusiast, sticky-note hoarder, mom of two.', 'View my complete profile', 'Popular Posts',
    ...bPopular, 'Blog Archive', '2027', '(9)', ...bArchive.flatMap((t) => t.split(' ')), 'Simple theme. Powered by Blogger.',
  ],
});

export const HELDOUT710_B: readonly TestPage[] = [sno, blogger];
