import { type TestPage, texts } from './page-kit.js';
import { mediumStory } from './pages-heldout143-b2.js';

/**
 * Held-out batch 143, file b: a WordPress post on the Blocksy theme, a furniture-restoration blog (skip link, the
 * off-canvas mobile menu and search modal ahead of the header, the header menu with its "Search" and "Menu" toggles, the
 * hero with category, title, author, date and comment count, the featured image with caption, block content with ordered
 * and unordered lists and an image caption, "#" tags, the icon-only share box, the author box with "Articles: 42", the
 * post navigation, the Blocksy Companion newsletter box, "Related Posts", two comments and the comment form, and the
 * copyright footer) and, from file b2, a Medium member-only story preview.
 */
const title = 'Reviving a 1960s teak sideboard without stripping it';
const p1 = [
  'The sideboard came from a house clearance in Wexcombe for forty pounds. It had the usual problems: rings from wet glasses, ' +
    'a bleached stripe where the sun had come through the window for fifty years, and a top that felt sticky whenever the heating ' +
    'was on. The veneer, though, was whole, and that is what matters.',
  'Most guides tell you to strip a piece like this back to bare wood. I wanted to keep the colour the years had given it, so I ' +
    'tried the gentlest route first. This is how it went.',
];
const h1 = 'What you need';
const kit = [
  'White spirit and a pack of lint-free cloths',
  'Fine steel wool, grade 0000',
  'A bottle of Danish oil, not teak oil',
  'A soft brass brush for the carved handles',
  'Patience: at least a week, mostly waiting',
];
const h2 = 'Cleaning off fifty years';
const p2 = [
  'The stickiness is nearly always old polish and grime, not the original finish. I wiped the whole piece down with white ' +
    'spirit on a cloth, working a section at a time and turning the cloth often. It came away brown for the first three passes ' +
    'and clear on the fourth.',
  'For the glass rings I rubbed gently along the grain with steel wool dipped in white spirit. The pale marks on the top ' +
    'faded to almost nothing; the two dark ones, where water had got under the finish, did not move at all.',
];
const h3 = 'Oiling, one thin coat at a time';
const steps = [
  'Wipe on a thin coat of Danish oil with a cloth and leave it for fifteen minutes.',
  'Wipe off everything that has not soaked in. This step is the one people skip, and it is why their furniture ends up sticky.',
  'Leave it for a full day, then rub lightly with steel wool and wipe away the dust.',
  'Repeat. I did four coats on the top and two on the sides and doors.',
];
const p3 = [
  'The bleached stripe took the oil more hungrily than the rest of the top, which helped: by the third coat it had darkened to ' +
    'within a shade of the surrounding veneer. You can still see it if you look for it, and I have decided I like that.',
];
const h4 = 'What I would not do again';
const p4 = [
  'I tried to lift one of the dark rings with oxalic acid. It worked, but it left a pale halo that took two extra coats of oil to ' +
    'blend in. Next time I would leave dark rings alone, or put a lamp over them.',
  'The whole job cost about twenty pounds in materials and a week of evenings, and the sideboard now lives in our hall with the ' +
    'post on top of it, which is what it was made for.',
];
const nav = ['Projects', 'Techniques', 'Finds', 'About'];
const featCaption = 'The sideboard after four coats of Danish oil.';
const imgCaption = 'The sun-bleached stripe across the top, before cleaning.';
const tags = ['danish oil', 'mid-century', 'teak'];
const bio = 'Marit restores furniture from house clearances and writes about the ones that survive. She lives in Wexcombe with a dog and too many chairs.';
const related = [
  ['Regluing a wobbly Ercol chair', 'September 2, 2025'],
  ['How to tell veneer from solid wood', 'July 21, 2025'],
  ['Brass handles: clean, polish or leave?', 'June 9, 2025'],
];
const comments = [
  {
    id: '388',
    name: 'Lorcan Day',
    when: 'October 13, 2025 / 8:41 am',
    text: 'Great result. Did you do anything about the inside of the drawers? Ours smell strongly of old cigarette smoke.',
  },
  { id: '391', name: 'Bea Hartnell', when: 'October 14, 2025 / 6:20 pm', text: 'The wipe-off step is so true. I learned that one the hard way.' },
];
const newsletter = ['Newsletter Updates', 'Enter your email address below and subscribe to our newsletter', 'Subscribe'];
const formLabels = [
  'Your email address will not be published.',
  'Required fields are marked *',
  'Add Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const li = (a: readonly string[]): string => a.map((t) => `<li>${t}</li>`).join('\n');
const body = `${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
<ul class="wp-block-list">${li(kit)}</ul>
<h2 class="wp-block-heading">${h2}</h2>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768" src="https://workbenchwren.example/wp-content/uploads/2025/10/top.jpg"
alt="" class="wp-image-1730"><figcaption class="wp-element-caption">${imgCaption}</figcaption></figure>
${ps(p2)}
<h2 class="wp-block-heading">${h3}</h2>
<ol class="wp-block-list">${li(steps)}</ol>
${ps(p3)}
<h2 class="wp-block-heading">${h4}</h2>
${ps(p4)}`;
const menuItems = (cls: string): string =>
  nav
    .map(
      (t, i) => `<li id="menu-item-${cls}${i}" class="menu-item menu-item-type-taxonomy menu-item-object-category" role="none"><a
href="https://workbenchwren.example/${t.toLowerCase()}/" class="ct-menu-link" role="menuitem">${t}</a></li>`,
    )
    .join('\n');
const comment = (c: (typeof comments)[number]): string => `<li id="comment-${c.id}" class="comment even thread-even depth-1">
<article class="ct-comment-inner" id="ct-comment-inner-${c.id}" itemscope itemtype="https://schema.org/Comment"><footer class="ct-comment-meta">
<figure class="ct-media-container"><img alt="" src="https://secure.gravatar.example/avatar/${c.id}?s=100" width="50" height="50"></figure>
<h4 class="ct-comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><cite itemprop="name">${c.name}</cite></h4>
<div class="ct-comment-meta-data"><a href="https://workbenchwren.example/teak-sideboard/#comment-${c.id}"><time datetime="2025-10-13T08:41:00+01:00"
itemprop="datePublished">${c.when}</time></a><a rel="nofollow" class="comment-reply-link" href="#comment-${c.id}" data-commentid="${c.id}"
data-postid="1722" aria-label="Reply to ${c.name}">Reply</a></div></footer><div class="ct-comment-content entry-content" itemprop="text">
<p>${c.text}</p></div></article></li>`;
const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${title} – Workbench &amp; Wren</title>
<meta name="robots" content="max-image-preview:large"><link rel="canonical" href="https://workbenchwren.example/teak-sideboard/">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="Workbench &amp; Wren">
<link rel="stylesheet" id="ct-main-styles-css" href="https://workbenchwren.example/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.1.10" media="all">
<link rel="stylesheet" id="blocksy-ext-newsletter-subscribe-styles-css"
href="https://workbenchwren.example/wp-content/plugins/blocksy-companion/framework/extensions/newsletter-subscribe/static/bundle/main.min.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","author":{"@type":"Person",
"name":"Marit Ellery"},"datePublished":"2025-10-12T09:00:00+01:00","image":"https://workbenchwren.example/wp-content/uploads/2025/10/after.jpg"}</script>
<noscript><link rel="stylesheet" href="https://workbenchwren.example/wp-content/themes/blocksy/static/bundle/no-scripts.min.css" type="text/css"></noscript>
</head>
<body class="post-template-default single single-post postid-1722 single-format-standard wp-custom-logo wp-embed-responsive" data-link="type-2"
data-prefix="single_blog_post" data-header="type-1:sticky" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="ct-drawer-canvas" data-location="start"><div id="search-modal" class="ct-panel" data-behaviour="modal" role="dialog" aria-label="Search modal"
inert><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Close search modal"><svg class="ct-icon" width="12"
height="12" viewBox="0 0 15 15"><path
d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8z"/></svg></button>
</div>
<div class="ct-panel-content"><form role="search" method="get" class="ct-search-form" action="https://workbenchwren.example/" aria-haspopup="listbox"
data-live-results="thumbs"><input type="search" class="modal-field" placeholder="Search" value="" name="s" autocomplete="off" title="Search for..."
aria-label="Search for..."><div class="ct-search-form-controls"><button type="submit" class="wp-element-button" data-button="icon" aria-label="Search button">
<svg class="ct-icon ct-search-button-content" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11"/></svg></button>
<input type="hidden" name="ct_post_type" value="post:page"></div><div class="screen-reader-text" aria-live="polite" role="status">No results</div></form>
</div></div><div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Offcanvas modal" inert="">
<div class="ct-panel-inner"><div class="ct-panel-actions"><button class="ct-toggle-close" data-type="type-1" aria-label="Close drawer"></button></div>
<div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner"><nav class="mobile-menu menu-container" data-id="mobile-menu"
data-interaction="click" data-toggle-type="type-1" aria-label="Off Canvas Menu"><ul id="menu-main-1" class="">${menuItems('m')}</ul></nav>
</div></div></div></div></div>
<div id="main-container"><header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">
<div data-device="desktop"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1">
<div data-items="primary"><div class="site-branding" data-id="logo" itemscope="itemscope" itemtype="https://schema.org/Organization">
<a href="https://workbenchwren.example/" class="site-logo-container" rel="home" itemprop="url"><img width="180" height="48"
src="https://workbenchwren.example/wp-content/uploads/2024/logo.svg" class="default-logo" alt="Workbench &amp; Wren"></a></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary"><nav id="header-menu-1" class="header-menu-1 menu-container" data-id="menu"
data-interaction="hover" data-menu="type-1" data-dropdown="type-1:simple" data-responsive="no" itemscope="" itemtype="https://schema.org/SiteNavigationElement"
aria-label="Header Menu"><ul id="menu-main" class="menu" role="menubar">${menuItems('d')}</ul></nav>
<button data-toggle-panel="#search-modal" class="ct-header-search ct-toggle" aria-label="Search" data-label="left" data-id="search"
aria-controls="search-modal">
<span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Search</span><svg class="ct-icon" aria-hidden="true" width="15" height="15"
viewBox="0 0 15 15"><path d="M14.8,13.7L12,11"/></svg></button></div></div></div></div></div>
<div data-device="mobile"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="end" data-placements="1">
<div data-items="primary"><button class="ct-header-trigger ct-toggle" data-toggle-panel="#offcanvas" aria-controls="offcanvas" data-design="simple"
data-label="right" aria-label="Menu" data-id="trigger"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Menu</span>
<svg class="ct-icon" width="18" height="14" viewBox="0 0 18 14" aria-hidden="true"><rect y="0.00" width="18" height="1.7" rx="1"/></svg></button>
</div></div></div></div></div></header>
<main id="main" class="site-main hfeed" itemscope="itemscope" itemtype="https://schema.org/CreativeWork">
<div class="ct-container-full" data-content="narrow" data-vertical-spacing="top:bottom">
<article id="post-1722" class="post-1722 post type-post status-publish format-standard has-post-thumbnail hentry category-projects tag-danish-oil
tag-mid-century tag-teak"><div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">
<ul class="entry-meta" data-type="simple:slash"><li class="meta-categories" data-type="simple"><a href="https://workbenchwren.example/projects/"
rel="tag" class="ct-term-4">Projects</a></li></ul><h1 class="page-title" title="${title}" itemprop="headline">${title}</h1>
<ul class="entry-meta" data-type="simple:slash"><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a
class="ct-meta-element-author" href="https://workbenchwren.example/author/marit/" title="Posts by Marit Ellery" rel="author" itemprop="url"><span
itemprop="name">Marit Ellery</span></a></li><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date"
datetime="2025-10-12T09:00:00+01:00">October 12, 2025</time></li><li class="meta-comments"><a href="https://workbenchwren.example/teak-sideboard/#comments">2
Comments</a></li></ul></header></div>
<figure class="ct-featured-image"><div class="ct-media-container"><img width="1600" height="1067"
src="https://workbenchwren.example/wp-content/uploads/2025/10/after.jpg"
class="attachment-full size-full wp-post-image" alt="" loading="lazy" decoding="async" itemprop="image" style="aspect-ratio: 3/2;"></div>
<figcaption>${featCaption}</figcaption></figure>
<div class="entry-content is-layout-constrained">
${body}
</div>
<div class="entry-tags is-width-constrained"><span class="ct-module-title">Tags</span><div class="entry-tags-items">
${tags.map((t) => `<a href="https://workbenchwren.example/tag/${t.replace(' ', '-')}/" rel="tag"><span>#</span> ${t}</a>`).join('\n')}</div></div>
<div class="ct-share-box is-width-constrained ct-hidden-sm" data-location="bottom" data-type="type-1"><div data-icons-type="simple">
${['facebook', 'twitter', 'pinterest', 'email']
  .map(
    (n) => `<a href="https://share.example/${n}?u=https%3A%2F%2Fworkbenchwren.example%2Fteak-sideboard%2F"
data-network="${n}" aria-label="${n}" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20" height="20" viewBox="0 0 20 20"
aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10"/></svg></span></a>`,
  )
  .join('\n')}
</div></div>
<div class="author-box is-width-constrained" data-type="type-2"><a href="https://workbenchwren.example/author/marit/" class="ct-media-container"><img
src="https://secure.gravatar.example/avatar/me?s=120" width="60" height="60" alt="Marit Ellery" style="aspect-ratio: 1/1;"></a><section>
<h5 class="author-box-name">Marit Ellery</h5><div class="author-box-bio"><p>${bio}</p></div><a href="https://workbenchwren.example/author/marit/"
class="ct-author-box-more">Articles: 42</a></section></div>
<nav class="post-navigation is-width-constrained"><a href="https://workbenchwren.example/ercol-chair/" class="nav-item-prev"><span class="item-content">
<span class="item-label">Previous <span>Post</span></span><span class="item-title ct-hidden-sm">${related[0]![0]}</span></span></a><div class="ct-hidden-sm">
</div><a href="https://workbenchwren.example/rush-seat/" class="nav-item-next"><span class="item-content"><span class="item-label">Next <span>Post</span>
</span><span class="item-title ct-hidden-sm">Re-rushing a seat in a weekend</span></span></a></nav></article></div>
<div class="ct-newsletter-subscribe-container is-width-constrained" data-type="type-2"><h3>${newsletter[0]}</h3>
<p class="ct-newsletter-subscribe-description">${newsletter[1]}</p><form action="https://workbenchwren.example/?ct_newsletter=1" method="post"
class="ct-newsletter-subscribe-form" data-provider="mailchimp" data-columns="2" target="_blank" novalidate><input type="email" name="EMAIL"
placeholder="Your email address" title="Email" aria-label="Email" required><button class="wp-element-button">${newsletter[2]}</button>
<div class="ct-newsletter-subscribe-message"></div></form></div>
<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts"><h3 class="ct-module-title">Related Posts</h3>
<div class="ct-related-posts-items" data-layout="grid">
${related
  .map(
    ([t, d], i) => `<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-${1600 + i}"
class="post-${1600 + i} post type-post"><a class="ct-media-container" href="https://workbenchwren.example/r${i}/" aria-label="${t}"><img width="768"
height="512" src="https://workbenchwren.example/wp-content/uploads/r${i}.jpg" alt="" loading="lazy"></a><h4 class="related-entry-title" itemprop="name"><a
href="https://workbenchwren.example/r${i}/" itemprop="url" rel="bookmark">${t}</a></h4><ul class="entry-meta" data-type="simple:slash"><li class="meta-date"
itemprop="datePublished"><time class="ct-meta-element-date" datetime="2025-09-02">${d}</time></li></ul></div></article>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="ct-comments-container"><div class="ct-container-narrow"><div class="ct-comments" id="comments"><h3 class="ct-comments-title">2 Comments</h3>
<ol class="ct-comment-list">${comments.map(comment).join('\n')}</ol><div id="respond" class="comment-respond"><h2 id="reply-title"
class="comment-reply-title">Leave a Reply <span class="ct-cancel-reply"><a rel="nofollow" id="cancel-comment-reply-link" href="/teak-sideboard/#respond"
style="display:none;">Cancel Reply</a></span></h2><form action="https://workbenchwren.example/wp-comments-post.php" method="post" id="commentform"
class="comment-form has-website-field has-cookies-consent" novalidate><p class="comment-notes"><span id="email-notes">${formLabels[0]}</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-field-input-author">
<label for="author">Name<b class="required">&nbsp;*</b></label><input id="author" name="author" type="text" value="" size="30" required></p>
<p class="comment-form-field-input-email"><label for="email">Email<b class="required">&nbsp;*</b></label><input id="email" name="email" type="text"
value="" size="30" required></p><p class="comment-form-field-input-url"><label for="url">Website</label><input id="url" name="url" type="text"
value="" size="30"></p><p class="comment-form-field-textarea"><label for="comment">Add Comment<b class="required">&nbsp;*</b></label><textarea
id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">${formLabels[6]}</label></p><p class="form-submit">
<button name="submit" type="submit" id="submit" class="submit" value="Post Comment">Post Comment</button></p></form></div></div></div></div></main>
<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="bottom"><div class="ct-container">
<div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright"><p>Copyright © 2025 - WordPress Theme by <a
href="https://creativethemes.com">CreativeThemes</a></p></div></div></div></div></footer></div>
<script id="ct-scripts-js-extra">var ct_localizations = {"ajax_url":"https://workbenchwren.example/wp-admin/admin-ajax.php","public_url":
"https://workbenchwren.example/wp-content/themes/blocksy/static/bundle/","search_url":"https://workbenchwren.example/search/QUERY_STRING/"};</script>
<script src="https://workbenchwren.example/wp-content/themes/blocksy/static/bundle/main.js?ver=2.1.10" id="ct-scripts-js"></script>
</body></html>`;
const blocksy: TestPage = {
  html,
  name: 'heldout143-wordpress-blocksy-blog',
  kind: 'blog',
  // the hero's category, the captions, the "#" tags, the author box, the post navigation, the newsletter box, related
  // posts and comments are furniture; the author, date and comment count in the hero are bylines
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...kit, ...p2, ...steps, ...p3, ...p4]),
  bylines: ['Marit Ellery', 'October 12, 2025', '2 Comments'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'No results', ...nav, 'Search', 'Menu', featCaption, imgCaption, 'Tags', ...tags.map((t) => `# ${t}`), bio, 'Articles: 42',
    'Previous Post', 'Next Post', 'Re-rushing a seat in a weekend', ...newsletter, 'Related Posts', ...related.flat(),
    ...comments.flatMap((c) => [c.name, c.when, c.text]), 'Reply', 'Leave a Reply', 'Cancel Reply', ...formLabels,
    'Copyright © 2025 - WordPress Theme by CreativeThemes',
  ],
};

export const HELDOUT143_B: readonly TestPage[] = [blocksy, mediumStory];
