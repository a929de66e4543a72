import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout590-kit.js';

/** Held-out batch 590, file a2: a tutoring agency's long exam-season advice post on WordPress (Astra), with comments. */
const aTitle = 'Surviving Exam Season: A Week-by-Week Plan for GCSE Families';
const aParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every May our tutors get the same phone call. A parent has looked at the calendar, counted the weeks to the first paper,',
        'and realised that revision has not really started. If that is you, take a breath. Six weeks is enough time to make a real',
        'difference, as long as the time is used on purpose rather than spent re-reading notes.',
      ),
      j(
        'This plan is the one we give to families who join us in late April. It assumes about two hours of work on a school day and',
        'three on a weekend day, with one full day off each week. Adjust it to your child, but keep the shape.',
      ),
    ],
  ],
  [
    'Weeks 1 and 2: find the gaps',
    [
      j(
        'The first fortnight is for diagnosis. Ask your child to list every topic for each subject, using the specification from the',
        'exam board website rather than memory. Next to each topic they write a colour: green for confident, amber for shaky, red',
        'for lost. Most students are too kind to themselves here, so check a few greens with a past-paper question.',
      ),
      j(
        'Then do one full past paper for each of the three subjects that worry you most, under timed conditions, and mark it with the',
        'mark scheme. The marks matter less than the pattern. Are the lost marks in one topic, or spread across the paper in the',
        'longer questions? The answer decides what the next four weeks look like.',
      ),
    ],
  ],
  [
    'Weeks 3 and 4: work on the red topics',
    [
      j(
        'This is the hardest part of the plan, because red topics are uncomfortable. Split each revision session into three blocks of',
        'about thirty-five minutes with a short break between them. The first block goes on a red topic, the second on an amber one,',
        'and the last on something your child enjoys, so that each session ends well.',
      ),
      'Useful activities for a red topic are:',
      'watching one short explanation and then closing it and writing the method out from memory',
      'doing five questions on the topic from an exam-style question bank, easiest first',
      'making a single flash card with the one idea they keep forgetting',
      'explaining the topic out loud to a parent, a sibling or the dog',
      j(
        'Avoid highlighting and copying out notes. Both feel productive and leave very little behind. If your child insists on notes,',
        'ask them to write them with the textbook shut.',
      ),
    ],
  ],
  [
    'Week 5: papers, papers, papers',
    [
      j(
        'By week five the aim is fluency under time pressure. Plan one timed paper a day, alternating subjects, and spend as long',
        'going through the mistakes as sitting the paper. Keep a running list of errors in a notebook. By the end of the week that',
        'list is the most valuable revision resource your child owns.',
      ),
      j(
        'It helps to sit at least two papers at the time of day the real exam will be, in a quiet room, with a clock in view and the',
        'phone in another room. The first one will feel strange. By the second, it will feel like practice.',
      ),
    ],
  ],
  [
    'Week 6: the week before',
    [
      j(
        'In the final week, stop learning new material. Go back through the error notebook, redo the questions that went wrong, and',
        'look at the green topics one last time so they stay green. Sleep now matters more than one more hour of revision.',
        'Teenagers who sleep eight hours remember more of what they revised than those who stay up to cram.',
      ),
      j(
        'Pack the bag the night before: clear pencil case, two black pens, calculator with a fresh battery, water in a clear bottle,',
        'and the exam timetable with candidate number written on it.',
      ),
    ],
  ],
  [
    'What parents can do',
    [
      j(
        'Your job is not to be the revision teacher. It is to protect the time, keep the house calm and notice when things are',
        'going wrong. A few things help more than they sound:',
      ),
      'a fixed start time for revision that does not need negotiating every day',
      'meals at normal times, with the phone away from the table',
      'asking “what did you get better at today?” rather than “how much did you do?”',
      'a plan for the evening after each exam that has nothing to do with school',
      j(
        'If your child is anxious to the point of not sleeping or not eating, talk to their form tutor or head of year early. Schools',
        'see this every year and have people whose job is to help.',
      ),
    ],
  ],
  [
    'When a tutor helps, and when it does not',
    [
      j(
        'A tutor in exam season is most useful for one or two subjects where the red list is long and your child has stopped',
        'believing they can fix it. Three or four sessions on exam technique and the hardest topics can change that. A tutor is less',
        'useful as a way to make revision happen at all: if your child will not sit down to work, an extra hour a week with an adult',
        'rarely solves it on its own.',
      ),
      j('Whatever you decide, keep the last week light and the mood steady. Good luck to everyone sitting papers this summer.'),
    ],
  ],
];
const aHead = aParts.map(([h]) => h).filter((h) => h !== '');
const aBody = aParts.flatMap(([, b]) => b);
const listy = (t: string): boolean => /^[a-z]/.test(t) || t.startsWith('asking');
const section = ([h, b]: [string, string[]]): string => {
  const head = h === '' ? '' : `<h2 class="wp-block-heading">${h}</h2>\n`;
  const items = b.filter(listy);
  const before = b.filter((t) => !listy(t) && b.indexOf(t) < b.indexOf(items[0] ?? ''));
  const after = b.filter((t) => !listy(t) && !before.includes(t));
  return `${head}${ps(before)}${items.length > 0 ? `\n<ul class="wp-block-list">${lis(items)}</ul>\n` : ''}${ps(after)}`;
};
const aNav = ['Home', 'Find a Tutor', 'Subjects', 'Parents’ Blog', 'Become a Tutor', 'Contact'];
const aRecent = ['How Many Past Papers Is Enough?', 'Choosing A-level Subjects Without Regret', 'Our Summer Catch-Up Courses for 2027'];
const aCats = ['Exam Tips', 'For Parents', 'News', 'University Applications'];
const aComments: [string, string, string][] = [
  ['Rachel Ommaney', 'April 29, 2027 at 8:41 pm', 'This is so useful. Printing the week-by-week bit for the fridge.'],
  ['Kwame D.', 'May 1, 2027 at 6:03 pm', 'The error notebook idea worked for my daughter last year. She still has it!'],
];
const comment = ([n, d, t]: [string, string, string], i: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${31 + i}">
<article id="comment-${31 + i}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.com/avatar/0?s=50&amp;d=mm&amp;r=g"
class="avatar avatar-50 photo" height="50" width="50" loading="lazy"></div><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${n}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${31 + i}"><time datetime="2027-05-01T18:03:00+01:00">${d}</time></a></span></div>
</header></div></div></div><section class="ast-comment-content comment"><p>${t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${aTitle} – Larkfield Tutors</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Larkfield Tutors &raquo; Feed" href="https://larkfieldtutors.co.uk/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='https://larkfieldtutors.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all' />
<style id='astra-theme-css-inline-css'>.ast-no-sidebar .entry-content .alignfull{margin-left:calc(-50vw + 50%);}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2027-04-28T09:00:00+00:00","author":{"name":"Helen Marsh"}}]}</script>
<script src="https://larkfieldtutors.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1184 single-format-standard
wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile
ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header"
data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar
site-header-focus-item"
data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center"><div class="site-header-primary-section-left
site-header-section ast-flex site-header-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope">
<span class="site-logo-img"><a href="https://larkfieldtutors.co.uk/" class="custom-logo-link" rel="home"><img width="180" height="48"
src="/wp-content/uploads/2025/02/larkfield-logo.png"
class="custom-logo" alt="Larkfield Tutors" decoding="async" /></a></span></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"
data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation
ast-flex-grow-1 navigation-accessibility site-header-focus-item"
id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-search" data-section="section-header-search">
<div class="ast-search-menu-icon slide-search"><form role="search" method="get" class="search-form"
action="https://larkfieldtutors.co.uk/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." value="" name="s"
tabindex="-1"></label></form>
<div class="ast-search-icon"><a class="slide-search astra-search-icon" aria-label="Search icon link"
href="#"><span class="screen-reader-text">Search</span></a></div></div></div>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-exam-tips category-for-parents ast-article-single"
id="post-1184" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1200" height="630" src="/wp-content/uploads/2027/04/revision-desk.jpg"
class="attachment-large size-large wp-post-image" alt="A desk with revision cards and a timetable" itemprop="image" decoding="async"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope="itemscope" itemprop="author"><a title="View all posts by Helen Marsh" href="/author/helen/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Helen Marsh</span></a></span> / <span class="posted-on"><span class="published"
itemprop="datePublished">April 28, 2027</span>
</span> / <span class="cat-links"><a href="/category/exam-tips/" rel="category tag">Exam Tips</a>, <a href="/category/for-parents/"
rel="category tag">For Parents</a></span>
</div></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${aParts.map(section).join('\n')}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a title="How Many Past Papers Is Enough?" href="/how-many-past-papers/"
rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a title="Choosing A-level Subjects Without Regret" href="/choosing-a-level-subjects/" rel="next">Next Post
<span class="ast-right-arrow">&rarr;</span></a></div>
</div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${aTitle}”</h3></div>
<ol class="ast-comment-list">${aComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post" id="ast-commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend><div class="comment-form-textarea
ast-grid-lg-12">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"
aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="/"
class="wp-block-search__button-outside wp-block-search__text-button wp-block-search">
<label class="wp-block-search__label"
for="wp-block-search__input-1">Search</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input"
id="wp-block-search__input-1" value="" type="search" name="s" required><button aria-label="Search" class="wp-block-search__button wp-element-button"
type="submit">Search</button></div></form></aside>
<aside id="block-3" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Recent Posts</h2><ul
class="wp-block-latest-posts__list wp-block-latest-posts">
${links(aRecent)}</ul></div></aside>
<aside id="block-4" class="widget widget_block"><div class="wp-block-group"><h2 class="wp-block-heading">Categories</h2><ul class="wp-block-categories-list
wp-block-categories">
${links(aCats, 'cat-item')}</ul></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"
itemid="#colophon"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full
ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack"
data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns
site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item
ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Larkfield Tutors | Powered by Larkfield Tutors</p></div></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1","is_scroll_to_top":""};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout590-astra-exam-season',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aHead,
  body: texts(aBody),
  bylines: ['By', 'Helen Marsh', 'April 28, 2027', ...aComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav.filter((t) => t !== 'Subjects'), 'Search for:', 'Search', 'Exam Tips', 'For Parents', 'Previous Post', 'Next Post',
    `2 thoughts on “${aTitle}”`,
    ...aComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked *',
    'Type here..', 'Recent Posts', ...aRecent, 'Categories', 'News', 'University Applications',
    'Copyright © 2027 Larkfield Tutors | Powered by Larkfield Tutors',
  ],
};

export const HELDOUT590_A2: readonly TestPage[] = [astra];
