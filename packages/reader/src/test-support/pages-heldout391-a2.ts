import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, render, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file a2: a physiotherapy clinic's blog post on the Astra WordPress theme (Astra header builder and menu,
 * entry header with category, date and author, Gutenberg blocks with a figure and a pull quote, post navigation, Astra Pro
 * related posts, comments with replies and the comment form, a sidebar with a booking widget and recent posts, the footer and
 * a CookieYes banner).
 */
const aTitle = 'Shin splints in new runners: why they happen and how to get back out';
const aSecs: Section[] = [
  [
    '',
    [
      j(
        'Every spring our clinic sees the same pattern. People sign up for a first 10k, buy new shoes, run four times in the first',
        'week and then limp in with a dull ache along the inside of the shin. Shin splints, or medial tibial stress syndrome, are',
        'the most common running injury we treat in beginners, and the good news is that most cases settle with sensible changes.',
      ),
    ],
  ],
  [
    'What is actually going on?',
    [
      j(
        'The muscles on the inside of the lower leg attach along the shin bone. When running load rises faster than the bone and',
        'those attachments can adapt, the lining of the bone becomes irritated. The result is a diffuse tenderness over several',
        'centimetres, worse at the start of a run, often easing during it and returning afterwards.',
      ),
      j(
        'A single point of sharp pain that you can cover with one fingertip, pain at night or pain when walking is different. That',
        'pattern can mean a stress fracture and should be assessed before you run again.',
      ),
    ],
  ],
  [
    'The usual suspects',
    [
      'In our notes from last season, nearly every new runner with shin pain had at least two of these going on:',
      [
        'a jump in weekly distance of more than about a third',
        'running every run at the same brisk pace',
        'all mileage on pavement or a treadmill at a fixed incline',
        'weak calves that tire before the end of a run',
        'shoes chosen for looks rather than comfort',
      ],
    ],
  ],
  [
    'How we get people running again',
    [
      j(
        'Complete rest is rarely needed. We usually cut running volume by half, keep runs easy enough to talk in full sentences,',
        'and move one session a week onto grass or a trail. Cycling and swimming keep fitness ticking over while the shin calms down.',
      ),
      j(
        'Strength is the part people skip. Calf raises, done slowly on one leg and building towards three sets of fifteen to',
        'twenty, are the single most useful exercise we give. Tibialis raises against a wall and hopping drills come later,',
        'once the raises are easy and pain-free.',
      ),
      j(
        'As one of our physios, Harriet Ng, likes to put it when a runner asks whether they have done lasting damage:',
        '“Your shin is not broken, it is just behind schedule.',
        'Give it a plan it can keep up with.”',
      ),
      j(
        'Most runners are back to their previous distance within four to eight weeks. If the pain is not improving after two weeks',
        'of reduced running, book an assessment so we can check your loading and rule out a stress reaction.',
      ),
    ],
  ],
];
const aNav = ['Home', 'Treatments', 'Sports Injuries', 'Pilates Classes', 'Our Team', 'Prices', 'Blog', 'Contact'];
const aRelated = [
  'Plantar heel pain: what helps in the first six weeks',
  'Is stretching before a run worth it?',
  'Getting back to parkrun after a calf strain',
];
const aRecent = ['Desk neck: five small changes that add up', 'Why your knee clicks on the stairs', ...aRelated.slice(0, 1)];
const aCom1 = j(
  'This is me exactly. Went from nothing to 25k a week for a half marathon and my left shin has been sore for a fortnight.',
  'Going to try the calf raises tonight.',
);
const aCom2 = 'Hi Denise, that is a big jump, so it makes sense. Start with two sets on each leg and let us know how it goes.';
const aCom3 = 'Switching two runs to the canal towpath made a huge difference for me. Thanks for writing this up.';
const com = (id: number, who: string, when: string, text: string, depth: number): string => `<li class="comment even thread-even depth-${depth}"
id="li-comment-${id}"><article id="comment-${id}" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-avatar-wrap"><img alt=""
src="https://secure.gravatar.example/avatar/${id}?s=50" class="avatar avatar-50 photo" height="50" width="50"></div>
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b> </cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${id}"><time datetime="2026-03-10T07:14:00+00:00">${when}</time></a></span></div>
</header></div><section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}">Reply</a></span></div></section></article>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shin splints in new runners: why they happen and how to get back out - Fennick Street Physiotherapy</title>
<meta name="description" content="Why new runners get shin splints and the changes our physios use to get them running again within weeks.">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-09T08:00:00+00:00">
<meta name="author" content="Callum Reyes"><meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-03-09T08:00:00+00:00","author":{"name":"Callum Reyes"},"publisher":{"@id":"https://fennickphysio.example/#organization"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://fennickphysio.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3">
<script>var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script></head>
<body itemtype="https://schema.org/Blog" itemscope="itemscope" class="post-template-default single single-post postid-881 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap ast-container">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-">
<div class="ast-builder-html-element">
<p>Same-week appointments • Call 0161 496 0732</p></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element site-branding
ast-site-identity"><span class="site-logo-img"><a href="https://fennickphysio.example/" class="custom-logo-link" rel="home"><img width="200" height="60"
src="/wp-content/uploads/fennick-logo.svg" class="custom-logo" alt="Fennick Street Physiotherapy"></a></span></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex
ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item"><div class="ast-main-header-bar-alignment">
<div class="main-header-bar-navigation">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
</ul></div></nav></div></div></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"><div class="ast-builder-button-wrap">
<a class="ast-custom-button-link"
href="/book/"><div class="ast-custom-button">Book Now</div></a></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-881 post type-post status-publish format-standard has-post-thumbnail hentry category-running ast-article-single" id="post-881"
itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/03/runner-shin.jpg"
class="attachment-large size-large wp-post-image" alt="" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="cat-links">
<a href="/category/running/" rel="category tag">Running</a>
</span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 9, 2026</span></span> / By <span class="posted-by vcard author"
itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Callum Reyes" href="/author/callum/" rel="author"
class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Callum Reyes</span></a></span></div></header>
<div class="entry-content clear" itemprop="text">
${render(aSecs.slice(0, 2), { h: 'h2', hAttrs: ' class="wp-block-heading"', ulAttrs: ' class="wp-block-list"' })}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/03/calf-raise.jpg" alt="">
<figcaption class="wp-element-caption">Single-leg calf raises on a step, the exercise we give most often. Photo: Fennick Street Physiotherapy</figcaption>
</figure>
${render(aSecs.slice(2), { h: 'h2', hAttrs: ' class="wp-block-heading"', ulAttrs: ' class="wp-block-list"' })}
<p class="has-background" style="background-color:#eef6f3"><strong>Read more:</strong> <a href="/blog/plantar-heel-pain/">Plantar heel pain: what helps in the
first six weeks</a></p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a title="Desk neck: five small changes that add up" href="/blog/desk-neck/" rel="prev"><span class="ast-left-arrow">&larr;</span>
Previous Post</a></div><div class="nav-next"><a title="Why your knee clicks on the stairs" href="/blog/knee-clicks/" rel="next">Next Post
<span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div class="ast-single-related-posts-container ast-separate-container"><div class="ast-related-posts-title-section">
<h2 class="ast-related-posts-title">Related Posts</h2>
</div><div class="ast-related-posts-wrapper">${aRelated
  .map(
    (t) => `<article class="ast-related-post post type-post"><div class="ast-related-posts-inner-section"><header class="entry-header related-entry-header">
<h3 class="ast-related-post-title entry-title"><a href="/blog/${t.length}/" rel="bookmark">${t}</a></h3></header></div></article>`,
  )
  .join('\n')}</div></div>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${aTitle}”</h3></div><ol class="ast-comment-list">
${com(55, 'Denise Orchard', 'March 10, 2026 at 7:14 am', aCom1, 1)}<ol class="children">${com(56, 'Callum Reyes', 'March 10, 2026 at 9:02 am', aCom2, 2)}
</li></ol></li>
${com(61, 'Tomasz Brill', 'March 12, 2026 at 6:48 pm', aCom3, 1)}</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post"
id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><textarea id="comment" name="comment" placeholder="Type here.." rows="8">
</textarea>
</fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="block-4"
class="widget widget_block"><div class="wp-block-group booking-box"><h2 class="wp-block-heading">Book an assessment</h2>
<p>Initial appointments are 45 minutes and cost £68.</p><div class="wp-block-button"><a class="wp-block-button__link" href="/book/">Book online</a></div></div>
</aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>
${links(aRecent)}</ul></nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full"><div class="ast-builder-grid-row-container-inner">
<div class="ast-builder-footer-grid-columns
site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"><div class="ast-footer-copyright"><p>Copyright © 2026
Fennick Street Physiotherapy | HCPC-registered physiotherapists | Powered by Astra WordPress Theme</p></div></div></div></div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-group"><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customize</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<script src="https://fennickphysio.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script></body>
</html>`;
export const astraPhysio: TestPage = {
  name: 'heldout391-astra-physio-blog',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: heads(aSecs),
  body: bodyOf(aSecs),
  bylines: ['March 9, 2026', 'Callum Reyes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Same-week appointments • Call 0161 496 0732', ...aNav, 'Book Now', 'Running',
    'Single-leg calf raises on a step, the exercise we give most often. Photo: Fennick Street Physiotherapy',
    'Read more: Plantar heel pain: what helps in the first six weeks', 'Post navigation', 'Previous Post', 'Next Post', 'Related Posts', ...aRelated,
    `3 thoughts on “${aTitle}”`, 'Denise Orchard', 'March 10, 2026 at 7:14 am', aCom1, 'March 10, 2026 at 9:02 am', aCom2, 'Tomasz Brill',
    'March 12, 2026 at 6:48 pm', aCom3, 'Reply', 'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked *',
    'Book an assessment', 'Initial appointments are 45 minutes and cost £68.', 'Book online', 'Recent Posts', ...aRecent.slice(0, 2),
    'Copyright © 2026 Fennick Street Physiotherapy | HCPC-registered physiotherapists | Powered by Astra WordPress Theme', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customize', 'Reject All', 'Accept All',
  ],
};
