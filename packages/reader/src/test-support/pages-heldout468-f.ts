import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout468-kit.js';

/**
 * Held-out batch 468, file f: a coach's profile on a fitness club's HubSpot CMS site (drag-and-drop rows, HubSpot cookie
 * banner and form), and a dance school's blog post on Blogger (Simple template, with comments, labels and archive sidebar).
 */
const hTitle = 'Delphine Arkwright';
const hDek = 'Head Strength Coach';
const hBody = [
  j(
    'Delphine joined Ironbark in 2020 after eight years coaching rugby players at county level. She runs the Strong Foundations',
    'course for new members and programmes the club’s Tuesday and Thursday barbell classes.',
  ),
  'Coaching style',
  j(
    'Delphine believes most people lift too heavy too soon and rest too little. Expect a lot of questions in your first session about',
    'sleep, work and what you enjoy, and a plan that starts lighter than you think it should.',
  ),
  'Qualifications',
  'BSc Sport and Exercise Science',
  'UKSCA Accredited Strength and Conditioning Coach',
  'Level 2 British Weight Lifting coach',
  'Outside the gym',
  'She grows far too many chillies, swims in the reservoir all year round and is slowly learning the accordion.',
];
const hHeads = [1, 3, 7];
const hNav = ['Memberships', 'Classes', 'Personal Training', 'Coaches', 'Timetable', 'Join'];
const hOthers = ['Sami Okonkwo', 'Rhiannon Vale', 'Teodor Maric'];
const hFoot = ['Ironbark Athletic Club', 'Unit 9, Fellside Trading Estate', 'Opening hours', 'Careers', 'Privacy policy'];
const hMod = (id: string, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${id.length} dnd-row"><div class="row-fluid">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">${inner}</span>
</div></div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Delphine Arkwright | Coaches | Ironbark Athletic Club</title>
<link rel="shortcut icon" href="https://www.ironbarkac.example/hubfs/favicon.png">
<meta name="description" content="Meet Delphine, Ironbark's head strength coach.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css">
<link rel="stylesheet" href="https://www.ironbarkac.example/hubfs/hub_generated/template_assets/main.min.css">
<meta property="og:url" content="https://www.ironbarkac.example/coaches/delphine-arkwright">
<link rel="canonical" href="https://www.ironbarkac.example/coaches/delphine-arkwright">
</head><body><div class="body-wrapper hs-content-id-88123456 hs-site-page page"><div data-global-resource-path="ironbark-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo">
<img src="https://www.ironbarkac.example/hubfs/ironbark-logo.svg" alt="Ironbark Athletic Club" class="hs-image-widget"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1 menu__item')}</ul></nav>
<a class="button header__button" href="/free-trial">Free trial</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--coach">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span4 widget-span widget-type-cell dnd-column">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-linked_image"><span class="hs_cos_wrapper_type_linked_image">
<img src="https://www.ironbarkac.example/hubfs/coaches/delphine.jpg" class="hs-image-widget" alt="Delphine Arkwright" loading="lazy"></span></div></div>
<div class="span8 widget-span widget-type-cell dnd-column">
${hMod('1710234', `<h1>${hTitle}</h1><p class="coach-role">${hDek}</p>${ps([at(hBody, 0)])}`)}
${hMod('1710235', `<h2>${at(hBody, 1)}</h2>${ps([at(hBody, 2)])}<h2>${at(hBody, 3)}</h2><ul>${lis(hBody.slice(4, 7))}</ul>`)}
${hMod('1710236', `<h2>${at(hBody, 7)}</h2>${ps([at(hBody, 8)])}`)}
</div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-section section--dark"><div class="row-fluid"><div class="span12 widget-span dnd-column">
<h2 class="form-title">Book a free session with Delphine</h2><div class="hbspt-form" id="hbspt-form-5f1d7c0e"><form id="hsForm_5f1d7c0e"
class="hs-form stacked hs-custom-form"><div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label for="firstname-5f1d7c0e">
<span>First name</span><span class="hs-form-required">*</span></label><div class="input"><input name="firstname" class="hs-input" type="text"></div></div>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-5f1d7c0e"><span>Email</span>
<span class="hs-form-required">*</span></label>
<div class="input"><input name="email" class="hs-input" type="email"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Request my session"></div></div></form></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-section"><div class="row-fluid"><div class="span12 widget-span dnd-column">
<h2 class="coach-grid__title">Meet the other coaches</h2><div class="coach-grid">
${hOthers.map((n) => `<a class="coach-card" href="/coaches/${n.toLowerCase().replace(' ', '-')}"><span class="coach-card__name">${n}</span></a>`).join('\n')}
</div></div></div></div></div></main>
<div data-global-resource-path="ironbark-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${ps(hFoot.slice(0, 2))}<ul class="footer__links">${links(hFoot.slice(2))}</ul><p class="footer__copyright">© 2026 Ironbark Athletic Club Ltd</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.3/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4301987.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout468-hubspot-coach-profile',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts([hDek, ...hBody.filter((_, i) => !hHeads.includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Free trial', 'Book a free session with Delphine', 'First name', 'Email', 'Meet the other coaches', ...hOthers,
    ...hFoot, '© 2026 Ironbark Athletic Club Ltd', 'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

const pTitle = 'Exam results, and what comes next for Grade 3 tap';
const pBody = [
  'What a fortnight! Forty-one of our dancers took ISTD exams at the end of February, and every single one of them passed.',
  j(
    'Special well done to our Grade 3 tap group, who all came away with Distinctions. The examiner wrote that their shuffles were',
    '"as clean as any I have heard this year", which Miss Jodie has now had printed and stuck on the studio door.',
  ),
  'Certificates and result sheets will be handed out in class next week. Please check the spelling of your child’s name!',
  j(
    'Grade 3 tappers will move up to Grade 4 after Easter. The class will stay on Wednesdays but will start at 5.15 instead of 5.00,',
    'and it will run for an hour. New shoes are not needed unless your child has grown out of theirs.',
  ),
  'The next exam session is in November. Letters about entries will go out in September.',
  'Miss Gwen x',
];
const pComments = [
  ['Lorna P', '9 March 2026 at 08:12', 'Amazing news, so proud of all of them! Ellie has not stopped tapping in the kitchen since.'],
  ['Anonymous', '9 March 2026 at 19:40', 'Does the new Grade 4 time apply from the first week back?'],
];
const pShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook'];
const pLabels = ['exams', 'news', 'tap'];
const pArch = ['► 2026 (4)', '► 2025 (11)', '► 2024 (9)'];
const pHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en-GB" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://corriemews-dance.blogspot.com/2026/03/exam-results.html" rel="canonical"><title>Miss Gwen's Dance Diary: ${pTitle}</title>
<link rel="alternate" type="application/atom+xml" title="Miss Gwen's Dance Diary - Atom" href="https://corriemews-dance.blogspot.com/feeds/posts/default">
<style id="page-skin-1" type="text/css"><!--
body{font:normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif;color:#222222;background:#f3e8f0 none repeat scroll top left}
--></style><script type="text/javascript">(function() { var b = window, f = "chrome"; })();</script></head>
<body class="loading variant-pale"><div class="navbar no-items section" id="navbar" name="Navbar"></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div><div class="content"><div class="content-outer">
<div class="content-inner">
<header><div class="header-outer"><div class="header-inner"><div class="section" id="header" name="Header">
<div class="widget Header" data-version="1" id="Header1">
<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://corriemews-dance.blogspot.com/">Miss Gwen's Dance Diary</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>News and notes from Corrie Mews Dance Studio</span></p></div></div></div></div></div>
</div></header>
<div class="tabs-outer"><div class="tabs-inner"><div class="tabs section" id="crosscol" name="Cross-Column">
<div class="widget PageList" data-version="1" id="PageList1">
<div class="widget-content"><ul>${links(['Home', 'Timetable', 'Fees', 'Contact'])}</ul></div></div></div></div></div>
<div class="main-outer"><div class="main-inner columns-fix-sidebar"><div class="columns-inner"><div class="column-center-outer">
<div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Sunday, 8 March 2026</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/exams.jpg" itemprop="image_url"><a name="2211048307716541120"></a>
<h3 class="post-title entry-title" itemprop="name">${pTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-2211048307716541120" itemprop="description articleBody">
${pBody.map((p) => `<div>${p}</div>`).join('<div><br /></div>\n')}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/0433" rel="author"><span itemprop="name">
Miss Gwen</span></a></span></span> <span class="post-timestamp">at
<meta content="https://corriemews-dance.blogspot.com/2026/03/exam-results.html" itemprop="url">
<a class="timestamp-link" href="/2026/03/exam-results.html" rel="bookmark">
<abbr class="published" itemprop="datePublished" title="2026-03-08T18:05:00Z">18:05</abbr></a>
</span> <span class="post-comment-link"></span></div><div class="post-share-buttons goog-inline-block">
${pShare.map((s) => `<a class="goog-inline-block share-button sb-email" href="#"><span class="share-button-link-text">${s}</span></a>`).join('')}
</div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels:
${pLabels.map((l) => `<a href="/search/label/${l}" rel="tag">${l}</a>`).join(',\n')}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div class="comments-content"><div id="comment-holder">
<div class="comment-thread toplevel-thread"><ol id="top-ra">${pComments
  .map(
    ([a, d, t]) => `<li class="comment"><div class="comment-block">
<div class="comment-header"><cite class="user">${a}</cite><span class="icon user"></span><span class="datetime secondary-text">
<a rel="nofollow" href="#c">${d}</a>
</span></div><p class="comment-content">${t}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
<span class="item-control blog-admin pid-1830"><a target="_self" href="https://www.blogger.com/comment/delete">Delete</a></span></span></div></li>`,
  )
  .join('\n')}
</ol></div></div></div><p class="comment-footer"><div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Post a Comment</h4>
<iframe allowtransparency="allowtransparency" class="blogger-iframe-colorize blogger-comment-from-post" frameborder="0" height="410px" id="comment-editor"
name="comment-editor" src="" width="100%"></iframe></div></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2026/03/easter.html">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2026/02/uniform.html">Older Post</a></span>
<a class="home-link" href="https://corriemews-dance.blogspot.com/">Home</a></div><div class="clear"></div><div class="post-feeds"><div class="feed-links">
Subscribe to: <a class="feed-link" href="/feeds/2211048307716541120/comments/default" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">
<a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0433">Miss Gwen</a></dt><dd class="profile-textblock">Principal of Corrie Mews
Dance Studio. Tap, ballet and far too much tea.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/0433"
rel="author">View my complete profile</a>
</div></div><div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><div id="ArchiveList">
<ul class="hierarchy">${pArch
  .map(
    (a) => `<li class="archivedate collapsed"><a class="toggle" href="javascript:void(0)">
<span class="zippy">${a}</span></a></li>`,
  )
  .join('')}
</ul></div></div></div></div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="footer-inner"><div class="foot section" id="footer-3" name="Footer">
<div class="widget Attribution" data-version="1"
id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by
<a href="https://www.blogger.com" target="_blank">Blogger</a>.
</div></div></div></div></div></footer></div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975778902-widgets.js"></script></body></html>`;
const blogger: TestPage = {
  name: 'heldout468-blogger-dance-school-post',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['Sunday, 8 March 2026', 'Posted by Miss Gwen at 18:05', ...pComments.map(([, d]) => d ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Miss Gwen's Dance Diary", 'News and notes from Corrie Mews Dance Studio', 'Home', 'Timetable', 'Fees', 'Contact', ...pShare,
    `Labels: ${pLabels.join(', ')}`, '2 comments:', ...pComments.flatMap(([a, , t]) => [a ?? '', t ?? '']), 'Reply', 'Delete',
    'Post a Comment', 'Newer Post', 'Older Post', 'Subscribe to: Post Comments (Atom)', 'About Me',
    'Principal of Corrie Mews Dance Studio. Tap, ballet and far too much tea.', 'View my complete profile', 'Blog Archive', ...pArch,
    'Simple theme. Powered by Blogger.',
  ],
};

export const HELDOUT468_F: readonly TestPage[] = [hubspot, blogger];
