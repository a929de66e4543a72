import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 221, file a2: a neighbourhood association's spring newsletter post on WordPress with the GeneratePress theme
 * (skip link, site branding and primary menu, entry meta with date and author, the "In this issue" list, an image block with
 * caption, a dues button group inside the entry content, category and tag links, post navigation, one reader comment and the
 * comment form, the sidebar with search, recent posts, events and a Mailchimp for WP sign-up form, and the footer credit).
 */
const gpTitle = 'Spring 2025 Newsletter: Porch Fest is back, speed humps on Alder Street, and a thank-you';
const gpIntro = ['Hello neighbors! Winter is finally loosening its grip on Elmhurst Park. In this issue:'];
const gpIssue = [
  'Porch Fest returns on Saturday, May 17',
  'The city agrees to speed humps on Alder Street',
  'A thank-you to our snow shovel volunteers',
  'Board elections at the June general meeting',
];
const gpH = ['Porch Fest returns', 'Speed humps coming to Alder Street', 'Thank you, snow shovel brigade', 'Board elections in June'];
const gpP1 = [
  'After a year off, Porch Fest is back. From noon to 6 p.m. on Saturday, May 17, twenty-two porches across the neighborhood will ' +
    'host local musicians playing thirty-minute sets. Bring a lawn chair, walk from porch to porch, and say hello to the people ' +
    'who live three blocks away but you have never met.',
  'We still need porches. If you would like to host, you need a covered porch or a front yard, permission from your landlord if ' +
    'you rent, and a willingness to have forty strangers in front of your house for an afternoon. Email Marcus Whitfield, this ' +
    'year’s Porch Fest coordinator, by April 20.',
];
const gpCap = 'The Delgado family’s porch on Birch Avenue drew the biggest crowd at Porch Fest 2023.';
const gpP2 = [
  'Two years of petitions, traffic counts and meetings have paid off. The city’s Department of Transportation has confirmed that ' +
    'three speed humps will be installed on Alder Street between Fourth and Ninth Avenues this summer. The city’s own count last ' +
    'fall found that more than half of drivers on that stretch were going faster than 30 mph in a 20 mph zone.',
  'Construction is expected to take about a week, and the street will stay open to traffic. We will share the exact dates as soon ' +
    'as the city posts them. Thank you to everyone on Alder who signed the petition and to Council Member Priya Natarajan’s office ' +
    'for pushing it through.',
];
const gpP3 = [
  'This winter, eighteen volunteers cleared sidewalks and front steps for thirty-one older and disabled neighbors after every ' +
    'snowfall of two inches or more. That is nine storms and, by our count, roughly four miles of sidewalk. If you were one of ' +
    'them, thank you. If you would like to join next winter, let us know and we will add you to the list.',
];
const gpP4 = [
  'Three board seats are up for election at the general meeting on Wednesday, June 11, at 7 p.m. in the fellowship hall of ' +
    'Elmhurst Community Church. Any resident or business owner in the neighborhood who has paid this year’s dues can run and vote.',
  'Dues are still $10 per household and can be paid online or at any meeting. They cover our insurance, the Porch Fest permit and ' +
    'this newsletter. See you on the porches!',
];
const gpNav = ['Home', 'About Us', 'Events', 'Newsletter', 'Get Involved', 'Contact'];
const gpRecent = ['Winter 2024 Newsletter: Holiday lights and the Birch Avenue tree', 'Notes from the January general meeting', 'Fall cleanup results'];
const gpEvents = ['April 12 – Riverside Park cleanup', 'May 17 – Porch Fest', 'June 11 – General meeting and board elections'];
const gpMc = ['Join Our Mailing List', 'Get the newsletter and event reminders by email. We send about one message a month.', 'Email address:', 'First name:'];
const gpForm = [
  'Leave a Comment',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const gpComment = {
  name: 'Joan Pettigrew',
  date: 'April 3, 2025 at 9:14 am',
  text: 'Finally on the speed humps! I have lived on Alder for 26 years and have been asking for this since my kids were small.',
};
const gpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spring 2025 Newsletter: Porch Fest is back, speed humps on Alder Street, and a thank-you &#8211; Elmhurst Park Neighborhood Association</title>
<meta name='robots' content='max-image-preview:large'><link rel="alternate" type="application/rss+xml" title="Elmhurst Park Neighborhood Association &raquo;
Feed"
href="https://elmhurstparkna.example/feed/"><link rel='stylesheet' id='generate-style-css'
href='https://elmhurstparkna.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all'>
<link rel='stylesheet' id='mc4wp-form-basic-css'
href='https://elmhurstparkna.example/wp-content/plugins/mailchimp-for-wp/assets/css/form-basic.css?ver=4.9.17' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gpTitle}",
"datePublished":"2025-04-02T18:20:41+00:00","author":{"name":"Carla Jimenez"},"articleSection":["Newsletter"]}]}</script>
<link rel="canonical" href="https://elmhurstparkna.example/2025/04/02/spring-2025-newsletter/"></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers
header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://elmhurstparkna.example/" rel="home">Elmhurst Park Neighborhood Association</a></p>
<p class="site-description" itemprop="description">Neighbors working together since 1978</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg
viewBox="0 0 512 512"
aria-hidden="true" width="1em" height="1em"></svg></span><span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(gpNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry
category-newsletter tag-porch-fest tag-traffic" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gpTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2025-04-02T18:20:41+00:00" itemprop="datePublished">April 2, 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://elmhurstparkna.example/author/carla/" title="View all posts by Carla Jimenez" rel="author" itemprop="url"><span class="author-name"
itemprop="name">Carla Jimenez</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(gpIntro)}
<ul class="wp-block-list">${gpIssue.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${gpH[0]}</h2>
${ps(gpP1)}
<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683"
src="https://elmhurstparkna.example/wp-content/uploads/2025/04/porchfest-2023-1024x683.jpg" alt="A crowd on a lawn in front of a porch band"
class="wp-image-790"><figcaption class="wp-element-caption">${gpCap}</figcaption></figure>
<h2 class="wp-block-heading">${gpH[1]}</h2>
${ps(gpP2)}
<h2 class="wp-block-heading">${gpH[2]}</h2>
${ps(gpP3)}
<h2 class="wp-block-heading">${gpH[3]}</h2>
${ps(gpP4)}
<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://elmhurstparkna.example/dues/">Pay 2025 Dues</a></div><div class="wp-block-button is-style-outline"><a class="wp-block-button__link
wp-element-button" href="https://elmhurstparkna.example/porch-fest/">Host a Porch</a></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true"
width="1em" height="1em"></svg></span><span class="screen-reader-text">Categories </span><a href="https://elmhurstparkna.example/category/newsletter/"
rel="category tag">Newsletter</a></span> <span class="tags-links"><span class="gp-icon icon-tags"></span><span class="screen-reader-text">Tags </span>
<a href="/tag/porch-fest/" rel="tag">Porch Fest</a>, <a href="/tag/traffic/" rel="tag">Traffic safety</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev">
<a href="https://elmhurstparkna.example/2025/01/20/january-meeting/" rel="prev">${gpRecent[1]}</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">One thought on “Spring newsletter”</h3><ol class="comment-list">
<li id="comment-77" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-77" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt='' src='https://secure.gravatar.com/avatar/77?s=50&#038;d=mm&#038;r=g' class='avatar
avatar-50 photo'
height='50' width='50'><div class="comment-author-info"><div class="comment-author vcard" itemprop="author"><cite itemprop="name"
class="fn">${gpComment.name}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-77"><time datetime="2025-04-03T09:14:22+00:00"
itemprop="datePublished">${gpComment.date}</time></a></div></div>
</footer><div class="comment-content" itemprop="text"><p>${gpComment.text}</p><span class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a>
</span></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${gpForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${gpForm[1]}</a></small></h3><form action="https://elmhurstparkna.example/wp-comments-post.php" method="post"
id="commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">${gpForm[2]}</span> <span class="required-field-message">${gpForm[3]}
<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">${gpForm[4]}</label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">${gpForm[5]}</label>
<input placeholder="Name *" id="author" name="author" type="text" required><label for="email" class="screen-reader-text">${gpForm[6]}</label>
<input placeholder="Email *" id="email" name="email" type="email" required><label for="url" class="screen-reader-text">${gpForm[7]}</label>
<input placeholder="Website" id="url" name="url" type="url"><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">${gpForm[8]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://elmhurstparkna.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
${gpRecent.map((t) => `<li><a href="/${t.length}/">${t}</a></li>`).join('\n')}</ul></aside>
<aside id="text-3" class="widget inner-padding widget_text"><h2 class="widget-title">Upcoming Events</h2><div class="textwidget"><ul>
${gpEvents.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></aside>
<aside id="mc4wp_form_widget-2" class="widget inner-padding widget_mc4wp_form_widget"><h2 class="widget-title">${gpMc[0]}</h2>
<script>(function() {window.mc4wp = window.mc4wp || {listeners: [], forms: {on: function(evt, cb) {window.mc4wp.listeners.push({event: evt, callback:
cb});}}}})();
</script><form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-640" method="post" data-id="640" data-name="Newsletter"><div class="mc4wp-form-fields">
<p>${gpMc[1]}</p><p><label>${gpMc[2]} <input type="email" name="EMAIL" required></label></p><p><label>${gpMc[3]} <input type="text" name="FNAME"></label></p>
<p><input type="submit" value="Sign up"></p></div><div class="mc4wp-response"></div></form></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info
grid-container">
<div class="copyright-bar"><span class="copyright">© 2025 Elmhurst Park Neighborhood Association</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="https://elmhurstparkna.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script></body></html>`;
export const gpNewsletter: TestPage = {
  name: 'heldout221-wordpress-generatepress-association-newsletter',
  kind: 'news',
  html: gpHtml,
  // the "In this issue" list is body; the dues buttons inside the entry content, the reader comment and its name and time are furniture
  title: gpTitle,
  headings: gpH,
  body: texts([...gpIntro, ...gpIssue, ...gpP1, ...gpP2, ...gpP3, ...gpP4]),
  bylines: ['April 2, 2025', 'Carla Jimenez'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Elmhurst Park Neighborhood Association', 'Neighbors working together since 1978', 'Menu', ...gpNav, gpCap, 'Pay 2025 Dues',
    'Host a Porch', 'Categories', 'Newsletter', 'Tags', 'Porch Fest', 'Traffic safety', ...gpRecent, 'One thought on', 'Spring newsletter', gpComment.name,
    gpComment.date, gpComment.text, 'Reply', ...gpForm, 'Search for:', 'Search', 'Recent Posts', 'Upcoming Events', ...gpEvents, ...gpMc,
    '© 2025 Elmhurst Park Neighborhood Association', 'Built with', 'GeneratePress',
  ],
};
