import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout668-kit.js';

/**
 * Held-out batch 668, file a: a coding bootcamp's full-stack syllabus page on Webflow (CMS template, Finsweet cookie banner),
 * and a student story on WordPress (Astra theme) with a pull quote, a captioned figure, comments and a sidebar.
 */
const fTitle = 'Full-Stack Web Development Syllabus';
const fDek = j('Sixteen weeks, four phases and one capstone project. Here is what you will build and learn in each week of the full-time', 'program.');
const fGlance = [
  '<strong>Length:</strong> 16 weeks, full time, Monday to Friday',
  '<strong>Hours:</strong> 9:30 am to 5:30 pm Central, with optional office hours until 7 pm',
  '<strong>Format:</strong> live online, in cohorts of 24 students with two instructors',
  '<strong>Next start dates:</strong> 11 January, 5 April and 28 June 2027',
];
const fPhases = [
  {
    h: 'Phase 1: Foundations (weeks 1 to 4)',
    p: j(
      'You start with the tools every developer uses daily. By the end of week 4 you will have published a small personal site',
      'and opened your first pull request on a team repository.',
    ),
    items: [
      'The command line, Git and GitHub',
      'HTML semantics and accessible forms',
      'CSS layout with flexbox and grid',
      'JavaScript basics: values, functions, arrays and objects',
    ],
  },
  {
    h: 'Phase 2: Front end (weeks 5 to 8)',
    p: 'Phase 2 moves from static pages to interfaces that fetch data and respond to the user.',
    items: ['The DOM and browser events', 'Asynchronous JavaScript and the fetch API', 'React components, state and hooks', 'Testing components with Vitest'],
  },
  {
    h: 'Phase 3: Back end and data (weeks 9 to 12)',
    p: j(
      'You build a REST API in Node.js, store data in PostgreSQL and deploy both to a cloud host. Pair programming is daily in',
      "this phase, and every pair reviews another pair's code on Fridays.",
    ),
    items: ['Express routing and middleware', 'SQL, schema design and migrations', 'Authentication with sessions and tokens', 'Deploying with containers'],
  },
  {
    h: 'Phase 4: Capstone and career (weeks 13 to 16)',
    p: j(
      'Teams of three or four plan, build and present a full application to a panel of local hiring managers on demo day. Career',
      'coaching runs alongside: mock interviews, a portfolio review and a salary negotiation workshop.',
    ),
    items: ['Sprint planning and stand-ups', 'Code review and pull request etiquette', 'Technical interview practice', 'Demo day presentation'],
  },
];
const fAssess = [
  j(
    'There are no exams. Each phase ends with a project that an instructor grades against a published rubric, and you need to',
    'pass three of the four phase projects to graduate.',
  ),
  'Students who fall behind can repeat one phase in the next cohort at no extra cost.',
];
const fBody = [fDek, ...fGlance, ...fPhases.flatMap((ph) => [ph.p, ...ph.items]), ...fAssess];
const fNav = ['Programs', 'Tuition', 'Admissions', 'Outcomes', 'Blog'];
const fFootCols = ['Full-Stack Web Development', 'Data Analytics', 'UX Design', 'About us', 'Careers', 'Hiring partners', 'Contact', 'Privacy policy'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 01 2027 16:04:22 GMT+0000 -->
<html data-wf-domain="www.forgeline.academy" data-wf-page="64f1c2a9e0b3d41a7c9e1f20" data-wf-site="64f1c2a9e0b3d41a7c9e1e88"
data-wf-collection="64f1c2a9e0b3d41a7c9e1f3a" data-wf-item-slug="full-stack-web-development" lang="en"><head><meta charset="utf-8">
<title>${fTitle} | Forgeline Academy</title><meta content="What you learn in each week of Forgeline's 16-week full-stack bootcamp." name="description">
<meta content="${fTitle} | Forgeline Academy" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/64f1c2a9e0b3d41a7c9e1e88/css/forgeline.webflow.shared.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Full-Stack Web Development",
"provider":{"@type":"Organization","name":"Forgeline Academy"},"timeRequired":"P16W"}</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<style>.w-richtext h2{margin-top:48px}.syllabus-hero{background:#0f172a}</style></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking "Accept", you agree to the storing of cookies on your device to analyze site usage and assist in our marketing.
<a href="/privacy-policy" class="fs-cc-banner_text-link">Privacy policy</a></div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div class="page-wrapper"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64f1/logo.svg"
loading="lazy" alt="Forgeline Academy" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/apply" class="button nav-button w-button">Apply now</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="syllabus-hero"><div class="padding-global"><div class="container-medium">
<div class="eyebrow-tag">Syllabus</div><h1 class="heading-xlarge">${fTitle}</h1><p class="text-size-large">${fDek}</p>
<a href="https://assets-global.website-files.com/64f1/forgeline-fullstack-syllabus-2027.pdf" class="button is-secondary w-button">Download the PDF syllabus</a>
</div></div></section>
<section class="section-syllabus"><div class="padding-global"><div class="container-small"><div class="syllabus-rich-text w-richtext">
<h2>Course at a glance</h2><ul role="list">${lis(fGlance)}</ul>
${fPhases.map((ph) => `<h2>${ph.h}</h2>\n<p>${ph.p}</p>\n<ul role="list">${lis(ph.items)}</ul>`).join('\n')}
<h2>How you are assessed</h2>${ps(fAssess)}
</div></div></div></section>
<section class="section-cta"><div class="padding-global"><div class="cta-card"><h2 class="heading-medium">Ready to start?</h2>
<p class="text-size-medium">The application takes about 10 minutes, and an admissions advisor will call you within two working days.</p>
<a href="/apply" class="button w-button">Start your application</a>
<a href="/admissions/faq" class="button is-text w-button">Read the admissions FAQ</a></div></div>
</section>
<section class="section-testimonials"><div data-delay="6000" data-autoplay="true" class="testimonial-slider w-slider"><div class="w-slider-mask">
<div class="w-slide"><p class="testimonial-quote">"The pace was intense, but I never felt alone. My instructors answered questions until late every night."</p>
<div class="testimonial-name">Corinne A., class of 2026</div></div>
<div class="w-slide" aria-hidden="true" style="visibility:hidden"><p class="testimonial-quote">"Demo day got me two interviews."</p></div></div>
<div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-nav w-round"></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="footer-grid"><div class="footer-column"><div class="footer-heading">Forgeline Academy</div>
<p class="footer-text">418 Market Street, Suite 300, Larkfield</p></div><div class="footer-column">
${fFootCols.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('\n')}</div></div>
<div class="footer-bottom"><div class="text-size-small">© 2027 Forgeline Academy. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f1c2a9e0b3d41a7c9e1e88" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64f1c2a9e0b3d41a7c9e1e88/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflowSyllabus: TestPage = {
  name: 'heldout668-webflow-syllabus',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Course at a glance', ...fPhases.map((ph) => ph.h), 'How you are assessed'],
  body: texts(fBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking "Accept", you agree to the storing of cookies on your device to analyze site usage and assist in our marketing.', 'Privacy policy',
    'Preferences', 'Deny', 'Accept', ...fNav, 'Apply now', 'Download the PDF syllabus', 'Ready to start?',
    'The application takes about 10 minutes, and an admissions advisor will call you within two working days.', 'Start your application',
    'Read the admissions FAQ', '"The pace was intense, but I never felt alone. My instructors answered questions until late every night."',
    'Corinne A., class of 2026', 'Forgeline Academy', '418 Market Street, Suite 300, Larkfield',
    ...fFootCols.filter((t) => t !== 'Privacy policy' && t !== 'Full-Stack Web Development'),
    '© 2027 Forgeline Academy. All rights reserved.',
  ],
};

const sTitle = 'From warehouse shifts to writing Python: how Marisol Tenney changed careers at 34';
const sParas1 = [
  j(
    "For eight years, Marisol Tenney's alarm went off at 4:15 am. She drove forty minutes to a distribution center outside",
    'Harwick, scanned pallets for a ten-hour shift and, more often than she liked, stayed on for overtime.',
  ),
  j(
    '"I was good at the job, and I was the person everyone asked when the scanners broke," she says. "At some point I realized I',
    'liked fixing the system more than I liked moving the boxes."',
  ),
  j(
    'That curiosity led her to a free Python course online, then to a weekend meetup at the Harwick public library, and finally to',
    "Northpoint Code School's part-time Software Engineering program, which she started in September 2025.",
  ),
];
const sH1 = 'Learning at night, working by day';
const sParas2 = [
  j(
    'The part-time program runs three evenings a week and every other Saturday for nine months. Marisol kept her warehouse job for',
    'the first six months, studying on her lunch breaks with flashcards she had written on the back of shipping labels.',
  ),
  j(
    'The hardest stretch was the unit on data structures. "Recursion made me cry once, in the car, in the parking lot," she',
    'laughs. Her mentor, a volunteer engineer who met her online every Tuesday, suggested drawing every function call on paper.',
    'It worked.',
  ),
];
const sQuote = 'I stopped asking whether I was smart enough and started asking what the next small step was.';
const sH2 = 'The capstone that got her hired';
const sParas3 = [
  j(
    'For her final project, Marisol built a small tool that predicts which warehouse aisles will need restocking first, using two',
    'years of anonymized scan data that her former supervisor agreed to share. She presented it at demo day in June 2026.',
  ),
  j(
    'A logistics software company in the audience invited her to interview the following week. After a take-home exercise and two',
    'rounds of interviews, she accepted an offer as a junior data engineer.',
  ),
];
const sH3 = 'Her advice for career changers';
const sTips = [
  'Keep your current job as long as you can while you learn.',
  'Find one person who will review your code every week.',
  'Build projects from the work you already know.',
];
const sEnd = '"Your past job is not wasted time," she says. "It is the thing that makes your projects different from everyone else\'s."';
const sBody = [...sParas1, ...sParas2, sQuote, ...sParas3, ...sTips, sEnd];
const sNav = ['Programs', 'Student stories', 'Financing', 'Events', 'Blog'];
const sRecent = ['What a typical evening in the part-time program looks like', 'Meet our new mentors for spring 2027', 'Five projects from the March demo day'];
const sCats = ['Announcements', 'Career change', 'Student stories'];
const sCom1 = 'This is so inspiring. I start the part-time program in April and I am keeping the shipping label trick!';
const sCom2 = 'Marisol was in my cohort and her demo was the best of the night. Well deserved.';
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} - Northpoint Code School</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://northpointcode.org/blog/marisol-tenney-career-change/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${sTitle}",
"datePublished":"2027-03-03T14:00:00+00:00","author":{"name":"Priya Vance"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://northpointcode.org/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 4em}</style></head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2147 single-format-standard ast-desktop
ast-separate-container ast-two-container ast-right-sidebar astra-4.6.4"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">
Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope><span class="site-title" itemprop="name">
<a href="https://northpointcode.org/" rel="home" itemprop="url">Northpoint Code School</a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(sNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="ast-builder-button-wrap"><a class="ast-custom-button-link" href="/apply/"><div class="ast-custom-button">Apply</div></a></div>
</div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2147 post type-post status-publish format-standard has-post-thumbnail hentry category-student-stories ast-article-single"
id="post-2147" itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${sTitle}</h1><div class="entry-meta">
<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">By <a title="View all posts by Priya Vance"
href="https://northpointcode.org/author/pvance/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Priya Vance</span></a>
</span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2027</span></span> / <span class="cat-links">
<a href="https://northpointcode.org/category/student-stories/" rel="category tag">Student stories</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(sParas1)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://northpointcode.org/wp-content/uploads/2027/03/marisol-demo-day.jpg"
alt="Marisol presenting on a stage">
<figcaption class="wp-element-caption">Marisol presents her restocking tool at demo day. Photo: Leon Baptiste</figcaption></figure>
<h2 class="wp-block-heading">${sH1}</h2>
${ps(sParas2)}
<figure class="wp-block-pullquote"><blockquote><p>${sQuote}</p><cite>Marisol Tenney</cite></blockquote></figure>
<h2 class="wp-block-heading">${sH2}</h2>
${ps(sParas3)}
<h2 class="wp-block-heading">${sH3}</h2><ul class="wp-block-list">${lis(sTips)}</ul>
${ps([sEnd])}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/programs/part-time/">Explore the part-time
program</a></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/blog/spring-mentors/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/blog/march-demo-day/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
"${sTitle}"</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Dewitt Alcott</b>
</cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-311"><time datetime="2027-03-04T09:12:00+00:00">March 4, 2027 at 9:12 am</time></a>
</span></div></header></div><section class="ast-comment-content comment"><p>${sCom1}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-314"><article id="comment-314" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite>
<b class="fn">Hana Kowalczyk</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-314"><time datetime="2027-03-05T18:40:00+00:00">March 5, 2027 at 6:40 pm</time></a>
</span></div></header></div><section class="ast-comment-content comment"><p>${sCom2}</p><div class="ast-comment-edit-reply-wrap">
<span class="ast-reply-link"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
Required fields are marked <span class="required">*</span></p><textarea id="comment" name="comment" placeholder="Type here.."></textarea>
<input name="author" type="text" placeholder="Name*"><input name="email" type="text" placeholder="Email*">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://northpointcode.org/"><label>
<span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(sRecent)}</ul>
</nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories"><ul>
${links(sCats, 'cat-item')}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row-container-inner"><div class="ast-footer-copyright"><p>Copyright © 2027 Northpoint Code School | A nonprofit coding school in
Harwick</p></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script>
<script src="https://northpointcode.org/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astraStory: TestPage = {
  name: 'heldout668-astra-student-story',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: texts(sBody),
  bylines: ['By Priya Vance', 'March 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Programs', 'Financing', 'Events', 'Blog', 'Apply',
    'Marisol presents her restocking tool at demo day. Photo: Leon Baptiste', 'Explore the part-time program',
    '← Previous Post', 'Next Post →', `2 thoughts on "${sTitle}"`, 'Dewitt Alcott', 'March 4, 2027 at 9:12 am', sCom1, 'Reply', 'Hana Kowalczyk',
    'March 5, 2027 at 6:40 pm', sCom2, 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recent Posts', ...sRecent, 'Categories', 'Announcements', 'Career change', 'Student stories',
    'Copyright © 2027 Northpoint Code School | A nonprofit coding school in Harwick',
  ],
};

export const HELDOUT668_A: readonly TestPage[] = [webflowSyllabus, astraStory];
