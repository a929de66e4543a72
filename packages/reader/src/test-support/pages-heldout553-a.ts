import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, settle } from './pages-heldout553-kit.js';

/**
 * Held-out batch 553, file a: a parish council's village fete post on WordPress (Twenty Twenty-One) with comments and a widget
 * sidebar, and an agricultural show's schedule and classes page on Squarespace 7.1 (fluid engine blocks, newsletter block).
 */
const fTitle = 'Little Ashcombe Summer Fete returns on Saturday 19 June';
const fIntro = [
  j(
    'The Summer Fete is back on the recreation ground this year, after two summers on the school field while the drains were relaid.',
    'Gates open at 12 noon and the fete will be opened by Dora Pettifer, who has run the tombola stall for thirty-one years.',
  ),
  j(
    'All money raised goes to the Village Hall Roof Fund, which now stands at £14,200 of the £22,000 needed. Entry is £2 for adults',
    'and free for children under 16.',
  ),
];
const fWhatH = 'What’s on';
const fWhat = [
  'Dog show in the main ring from 1pm (classes on the day, 50p an entry)',
  'Tug of war between the Plough and the Feathers at 3pm',
  'Cake, plant and book stalls, tombola, bottle stall and splat the rat',
  'Teas and homemade cakes in the village hall all afternoon',
  'Ashcombe Silver Band from 2pm, and the Maypole dancers from Ashcombe Primary at 2.30pm',
];
const fHelpH = 'Can you help?';
const fHelp = [
  j(
    'We still need people to put up the marquee on Friday evening from 6pm, and to take it down again on Sunday morning. Stall holders',
    'are needed for the white elephant stall and the children’s races.',
  ),
  j(
    'Donations for the tombola and bottle stall can be left in the porch of the Old Forge, Church Lane, from 1 June. Please do not',
    'leave cakes there: bring them to the hall on the morning of the fete.',
  ),
  'Parking is in Home Farm’s paddock, by kind permission of the Lacey family. Please do not park on the green.',
];
const fComments = [
  'Margaret Ellery',
  'May 4, 2027 at 9:12 am',
  'Will the dog show have a class for veterans again? Our old collie won it in 2019 and would like to defend her title!',
  'Helen Stacey',
  'May 4, 2027 at 1:40 pm',
  'Yes, Margaret, the veteran class is back (dogs over eight). Judging starts at 1.45pm.',
];
const fNav = ['Home', 'Council', 'Meetings & Minutes', 'Village Hall', 'News', 'Contact'];
const fRecent = ['Parish Council meeting: 11 May', 'Grass cutting on the green', 'Defibrillator training in the hall'];
const fHtml = `<!doctype html>
<html lang="en-GB" ><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${fTitle} &#8211; Little Ashcombe Parish Council</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Little Ashcombe Parish Council &raquo; Feed" href="https://littleashcombe-pc.org.uk/feed/" />
<link rel='stylesheet' id='twenty-twenty-one-style-css'
href='https://littleashcombe-pc.org.uk/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all' />
<script>document.body.classList.remove("no-js");</script>
<link rel="canonical" href="https://littleashcombe-pc.org.uk/2027/05/03/summer-fete-returns/" /></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner"><div class="site-branding">
<p class="site-title"><a href="https://littleashcombe-pc.org.uk/">Little Ashcombe Parish Council</a></p>
<p class="site-description">Serving Little Ashcombe and Nether Wyke</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="menu-button-container">
<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false">
<span class="dropdown-icon open">Menu <svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg></span>
<span class="dropdown-icon close">Close <svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg></span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">${links(fNav, 'menu-item menu-item-type-post_type')}</ul></div>
</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-news entry">
<header class="entry-header alignwide"><h1 class="entry-title">${fTitle}</h1>
<figure class="post-thumbnail"><img width="1568" height="882" src="/wp-content/uploads/2027/05/fete-2025.jpg" class="attachment-post-thumbnail" alt="" />
<figcaption class="wp-caption-text">Splat the rat at the 2025 fete</figcaption></figure></header>
<div class="entry-content">
${ps(fIntro)}
<h2 class="wp-block-heading">${fWhatH}</h2>
<ul class="wp-block-list">${lis(fWhat)}</ul>
<h2 class="wp-block-heading">${fHelpH}</h2>
${ps(fHelp)}
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published
<time class="entry-date published updated" datetime="2027-05-03T18:20:11+01:00">May 3, 2027</time></span><span class="byline">By
<a href="https://littleashcombe-pc.org.uk/author/clerk/" rel="author">Helen Stacey</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/news/" rel="category tag">News</a></span></div></footer>
</article>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2>
<ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1 parent"><article id="div-comment-88" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='/avatar/88.png' class='avatar avatar-60 photo' height='60' width='60' />
<b class="fn">${fComments[0]}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-88"><time datetime="2027-05-04T09:12:40+01:00">${fComments[1]}</time></a></div></footer>
<div class="comment-content"><p>${fComments[2]}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article>
<ol class="children"><li id="comment-89" class="comment byuser comment-author-clerk bypostauthor odd alt depth-2">
<article id="div-comment-89" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<b class="fn">${fComments[3]}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-89">
<time datetime="2027-05-04T13:40:02+01:00">${fComments[4]}</time></a></div></footer><div class="comment-content"><p>${fComments[5]}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are
marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="5" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2027/04/20/grass-cutting/" rel="prev"><p class="meta-nav">Previous post</p>
<p class="post-title">Grass cutting on the green</p></a></div></div></nav>
</main></div></div>
<aside class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label for="search-form-1">Search&hellip;</label><input type="search" id="search-form-1" class="search-field" value="" name="s" />
<input type="submit" class="search-submit" value="Search" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2>Recent Posts</h2><nav aria-label="Recent Posts"><ul>${links(fRecent)}</ul></nav></section>
</aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name"><a href="/">Little Ashcombe Parish Council</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer></div>
<script src='/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.1' id='twenty-twenty-one-primary-navigation-script-js'></script>
</body></html>`;
const wpFete: TestPage = settle({
  name: 'heldout553-wp-village-fete',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [fWhatH, fHelpH],
  body: texts([...fIntro, ...fWhat, ...fHelp]),
  bylines: ['Published May 3, 2027', 'By Helen Stacey', fComments[0] ?? '', fComments[3] ?? '', fComments[1] ?? '', fComments[4] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Little Ashcombe Parish Council', 'Serving Little Ashcombe and Nether Wyke', 'Menu', 'Close', ...fNav,
    'Splat the rat at the 2025 fete', 'Categorized as News', '2 comments', 'says:', fComments[2] ?? '', fComments[5] ?? '', 'Reply',
    'Leave a comment', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Post navigation', 'Previous post',
    'Search…', 'Recent Posts', ...fRecent, 'Proudly powered by WordPress.',
  ],
});

const sTitle = 'Schedule & Classes';
const sIntro = j(
  'Entries for all classes close at 5pm on Friday 30 July. Entry is free for members of the Brackenfield Agricultural Society and 50p a',
  'class for non-members. Exhibits must be staged in the Produce Marquee between 7am and 9.30am on show day, Saturday 7 August.',
);
const sSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'Section A: Vegetables',
    [
      'Class 1. Six pods of broad beans',
      'Class 2. Five potatoes, one variety, white',
      'Class 3. Five potatoes, one variety, coloured',
      'Class 4. Three carrots, tops trimmed to 75mm',
      'Class 5. Three onions, dressed, grown from sets',
      'Class 6. The heaviest marrow (weighed on the day)',
      'Class 7. A collection of four kinds of vegetables, displayed in a seed tray',
    ],
  ],
  [
    'Section B: Fruit and flowers',
    [
      'Class 8. Six gooseberries, any variety',
      'Class 9. A plate of five dessert apples',
      'Class 10. Three stems of sweet peas, one colour',
      'Class 11. A vase of garden flowers, arranged for effect',
      'Class 12. A single dahlia bloom, any type',
    ],
  ],
  [
    'Section C: Home baking and preserves',
    [
      'Class 13. A Victoria sandwich made to the recipe below',
      'Class 14. Four cheese scones',
      'Class 15. A fruit loaf, made in a 2lb tin',
      'Class 16. A jar of strawberry jam with a plain lid',
      'Class 17. A jar of lemon curd',
      'Class 18. Men only: a plate of six flapjacks',
    ],
  ],
  [
    'Section D: Children (under 12 on show day)',
    [
      'Class 19. A vegetable animal',
      'Class 20. A miniature garden on a dinner plate',
      'Class 21. Four decorated biscuits',
      'Class 22. A painting of a farm animal, no larger than A4',
    ],
  ],
];
const sRecipeH = 'Class 13 recipe';
const sRecipe = j(
  '175g self-raising flour, 175g caster sugar, 175g soft margarine, 3 eggs and 1 teaspoon of baking powder. Bake in two 18cm tins at 180°C',
  'for 20 to 25 minutes. Fill with raspberry jam only; dust the top with caster sugar.',
);
const sTrophH = 'Trophies';
const sTroph = [
  j(
    'The Hebden Cup goes to the exhibitor with the most points in Sections A and B; the Lowe Rose Bowl to the most points in Section C.',
    'Points are 3 for a first, 2 for a second and 1 for a third. Trophies are presented at 4pm in the Produce Marquee.',
  ),
  'Exhibits may be removed from 4.30pm and not before. Prize money can be collected from the Secretary’s tent until 5.30pm.',
];
const sNav = ['About', 'Schedule & Classes', 'Visiting', 'Trade Stands', 'Sponsors', 'Contact'];
const sFoot = ['Brackenfield Agricultural Society', 'Registered charity no. 1180442', 'Show Field, Lower Brackenfield, DE55 9QT', 'Instagram', 'Facebook'];
const sBlocks = sSections
  .map(
    ([h, items]) => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${esc(h)}</h3><ul data-rte-list="default">${lis(items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
</div></div></div>`,
  )
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8" />
<title>Schedule &amp; Classes &mdash; Brackenfield Show</title><link rel="canonical" href="https://www.brackenfieldshow.co.uk/schedule"/>
<meta property="og:site_name" content="Brackenfield Show"/><meta property="og:title" content="Schedule &amp; Classes &mdash; Brackenfield Show"/>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61f0a9","siteTitle":"Brackenfield Show"},"collection":{"title":"Schedule & Classes"}};</script>
<script type="application/ld+json">{"url":"https://www.brackenfieldshow.co.uk","name":"Brackenfield Show","@context":"http://schema.org","@type":"WebSite"}
</script>
<link href="//static1.squarespace.com/static/versioned-site-css/61f0a9/12/site.css" rel="stylesheet" type="text/css"/></head>
<body id="collection-6203b1" class="primary-button-style-solid header-width-full tweak-fixed-header collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid">
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
<span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="bottom-bun"></div></div></div>
</button></div><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Brackenfield Show</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">${esc(t)}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/tickets">Buy Tickets</a></div></div></div></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6203b1a4">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6203b1a4">
<div class="fe-block fe-block-yui_3_17_2_1_1643"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">Schedule &amp; Classes</h1><p class="" style="white-space:pre-wrap;">${sIntro}</p>
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1644"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center">
<a href="/s/schedule-2027.pdf" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Download the schedule (PDF)</a></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div data-fluid-engine="true"><div class="fluid-engine fe-6203b1a5"><div class="fe-block fe-block-a1">
${sBlocks}
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">${sRecipeH}</h3><p class="" style="white-space:pre-wrap;">${sRecipe}</p>
<h2 style="white-space:pre-wrap;">${sTrophH}</h2>${ps(sTroph, ' class="" style="white-space:pre-wrap;"')}</div></div></div></div></div></div></div></div>
</section>
<section data-test="page-section" data-section-theme="dark" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Show news by email</h2><div class="newsletter-form-header-description"><p>Schedules, results and
ticket offers, a few times a year.</p></div></div><form class="newsletter-form" data-form-id="62a1">
<div class="newsletter-form-field-wrapper form-item field email
required"><label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button
sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sFoot.slice(0, 3), ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul>
${links(sFoot.slice(3))}</ul></nav></div></div></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const sqsSchedule: TestPage = settle({
  name: 'heldout553-squarespace-show-schedule',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sSections.map(([h]) => h), sRecipeH, sTrophH],
  body: texts([sIntro, ...sSections.flatMap(([, items]) => items), sRecipe, ...sTroph]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Brackenfield Show', ...sNav.filter((t) => t !== sTitle), 'Buy Tickets', 'Download the schedule (PDF)', 'Show news by email',
    'Schedules, results and ticket offers, a few times a year.', 'Email Address', 'Sign Up', ...sFoot,
  ],
});

export const HELDOUT553_A: readonly TestPage[] = [wpFete, sqsSchedule];
