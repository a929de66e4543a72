import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout714-kit.js';

/**
 * Held-out batch 714, file c: a family-organizing post on a lifestyle blog running WordPress with the Kadence theme and
 * Mediavine ads (breadcrumbs, category links, affiliate disclosure, Grow social share bar, empty ad boxes and a video
 * target, a Mediavine Create how-to card, author box, previous / next links, "Similar Posts", comments and a sidebar), and an
 * essay in a parenting newsletter on Ghost (Casper theme: primary tag, excerpt, byline with reading time, feature image,
 * callout, image, bookmark and button cards, footer sign-up box and "Read more" post cards).
 */
const mTitle = 'DIY Family Command Center: How We Finally Got Our Busy Family Organized';
const mIntro = [
  j(
    'If you had walked into our house on a school morning last fall, you would have found me standing in the hallway holding a',
    'permission slip, a library book and a single soccer cleat, asking nobody in particular where the other one was. Three kids,',
    'two working parents and one very overbooked calendar: something had to change.',
  ),
  j(
    'Enter the family command center. It is not a new idea, and it is definitely not a glamorous one, but after six months I can',
    'honestly say it is the single most useful thing we have done for our mornings. Here is how we set ours up, what is on it,',
    'and how we actually use it, plus a printable project card at the end if you want to build your own.',
  ),
];
const mSecs: [string, string[], string[]][] = [
  [
    'Why we needed a command center',
    [
      j(
        'Our problem was not that we lacked systems. We had a shared calendar app, a chore chart on the fridge, a basket for school',
        'papers and a key hook by the door. The problem was that they lived in four different places, and nobody under the age of',
        '35 ever looked at any of them.',
      ),
      j(
        'A command center puts all of it in one spot, at kid height, on the route everyone takes out of the house. For us that was',
        'the short wall between the mudroom and the kitchen, about five feet wide.',
      ),
    ],
    [],
  ],
  [
    'What goes on our command center',
    ['Ours has grown a little over time, but these are the pieces that earn their space:'],
    [
      '<strong>A weekly whiteboard calendar.</strong> One column per day, one color per person. I update it on Sunday nights.',
      '<strong>Three file pockets.</strong> One per kid, for anything that needs to be signed, returned or paid.',
      '<strong>A chore and reward chart.</strong> Magnetic, so the kids can move their own tokens.',
      j('<strong>Key hooks and a charging shelf.</strong> Phones and the tablet live here overnight, which has the bonus of keeping', 'them out of bedrooms.'),
      '<strong>A small corkboard</strong> for invitations, the lunch menu and the one drawing each week that is too good to recycle.',
    ],
  ],
  [
    'How we use it day to day',
    [
      j(
        'Every evening after dinner, each kid checks their pocket and the next day on the calendar. It takes about two minutes. In',
        'the morning, they grab their bags from the hooks underneath and go. My husband, Dom, says the biggest change is that he no',
        'longer finds out about spirit day at 7:45 a.m.',
      ),
      j(
        'Once a week, usually Sunday, I clear out the pockets, wipe the board and write up the week ahead. I keep a jar of dry-erase',
        'markers on the shelf, because markers in our house have a half-life of about four days.',
      ),
    ],
    [],
  ],
  [
    'Tips for making it stick',
    [],
    [
      'Put it where everyone already walks. A beautiful board in a spare room will be ignored.',
      'Hang everything at the height of your youngest reader.',
      'Start small. We began with the calendar and pockets and added the chore chart a month later.',
      'Let the kids decorate their own pocket. Ownership matters more than a matching color scheme.',
    ],
  ],
];
const mCard = 'DIY Family Command Center';
const mCardDesc = 'A simple wall-mounted command center with a weekly calendar, file pockets and key hooks, built in an afternoon for about $45.';
const mTimes = ['Active Time', '2 hours', 'Total Time', '3 hours', 'Difficulty', 'Easy', 'Estimated Cost', '$45'];
const mMaterials = [
  '1 framed whiteboard, about 24 x 36 inches',
  '3 wall-mounted file pockets',
  '1 magnetic chore chart',
  '1 small corkboard',
  '5 adhesive or screw-in hooks',
  'Dry-erase markers in four colors',
];
const mTools = ['Drill and wall anchors', 'Level', 'Measuring tape'];
const mSteps = [
  'Measure your wall and lay out the pieces on the floor first, with the calendar in the center at adult eye level.',
  'Mark the positions with painter’s tape and check them with the level.',
  'Mount the whiteboard and corkboard using wall anchors.',
  'Hang the file pockets below the calendar, low enough for your youngest child to reach.',
  'Add the hooks along the bottom edge and label each one with a name.',
];
const mNotes = 'If you rent, use heavy-duty adhesive strips instead of screws for everything except the whiteboard, and check your lease first.';
const mNav = ['Home', 'Organization', 'Family Life', 'Recipes', 'Printables', 'About'];
const mShare = ['1.4k', 'shares', 'Pin', 'Share', 'Email'];
const mDisclosure = j(
  'This post may contain affiliate links, which means I may earn a small commission at no extra cost to you. See my full',
  'disclosure policy.',
);
type MComment = [name: string, date: string, text: string];
const mComments: MComment[] = [
  [
    'Tasha R.',
    'March 2, 2027 at 9:14 am',
    'We did something similar last year but put it inside a closet door. Love the idea of the charging shelf, stealing that!',
  ],
  [
    'Kelsey Marchetti',
    'March 2, 2027 at 1:40 pm',
    'The closet door is such a smart use of space! The charging shelf has been a game changer for bedtime here.',
  ],
];
const mSimilar = [
  'How to Organize Kids’ Art Without Keeping Every Single Drawing',
  'Our Simple After-School Routine (Free Printable)',
  'The Sunday Basket Method',
];
const mPopular = ['Free Printable Chore Charts for Every Age', 'Easy Make-Ahead Breakfasts for Busy School Mornings', 'Our Small Mudroom Makeover'];
const mFoot = ['Privacy Policy', 'Disclosure', 'Accessibility', 'Contact'];
const mSec = ([h, p, l]: [string, string[], string[]], i: number): string =>
  `<h2 class="wp-block-heading" id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${ps(p)}${
    l.length > 0 ? `\n<${i === 3 ? 'ol' : 'ul'} class="wp-block-list">${lis(l)}</${i === 3 ? 'ol' : 'ul'}>` : ''
  }${
    i === 1
      ? `\n<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="1536"
src="https://sageandsunday.com/wp-content/uploads/2027/02/family-command-center-hallway-1024x1536.jpg" alt="A family command center with a whiteboard,
file pockets and hooks on a hallway wall" class="wp-image-2297" data-pin-description="DIY family command center"></figure>`
      : ''
  }\n<div id="content_${i + 2}_btf_wrapper" class="mv-ad-box" data-slotname="content_${i + 2}_btf"><div id="content_${i + 2}_btf"></div></div>`;
const mHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"><title>${mTitle} - Sage &amp; Sunday</title>
<meta name="description" content="How we built a simple family command center with a weekly calendar, file pockets and key hooks.">
<link rel="canonical" href="https://sageandsunday.com/diy-family-command-center/"><meta property="og:type" content="article">
<meta property="og:title" content="${mTitle}"><meta property="og:site_name" content="Sage &amp; Sunday">
<meta property="article:published_time" content="2027-03-01T12:00:00+00:00"><meta name="author" content="Kelsey Marchetti">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${mTitle}",
"datePublished":"2027-03-01T12:00:00+00:00","author":{"name":"Kelsey Marchetti"}},{"@type":"HowTo","name":"${mCard}",
"totalTime":"PT3H","estimatedCost":"45"}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://sageandsunday.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all'>
<link rel='stylesheet' id='dpsp-frontend-style-pro-css'
href='https://sageandsunday.com/wp-content/plugins/social-pro/assets/dist/style-frontend-pro.css?ver=2.1'
media='all'>
<link rel='stylesheet' id='mv-create-card_4-css' href='https://sageandsunday.com/wp-content/plugins/mediavine-create/lib/css/card-4.min.css?ver=1.9.9'
media='all'>
<script type="text/javascript" async="async" fetchpriority="high" data-noptimize="1" data-cfasync="false"
src="//scripts.mediavine.com/tags/sage-and-sunday.js?ver=6.7.2" id="mv-script-wrapper-js"></script>
<script>var kadenceConfig = {"screenReader":{"expand":"Child menu","collapse":"Child menu"},"breakPoints":{"desktop":"1024","tablet":768}};</script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom
hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed grow-content-body">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div
class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard"><div class="site-container"><div
class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left
site-header-section site-header-section-left"><div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image"
href="https://sageandsunday.com/" rel="home"><img width="360" height="90" src="https://sageandsunday.com/wp-content/uploads/2025/01/sage-sunday-logo.png"
class="custom-logo" alt="Sage &amp; Sunday"></a></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><nav
id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Primary
Navigation"><div class="primary-menu-container header-menu-container"><ul
id="primary-menu" class="menu">${links(mNav, 'menu-item menu-item-type-taxonomy')}</ul>
</div></nav></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main" role="main"><div class="content-wrap">
<article id="post-2291" class="entry content-bg single-entry post-2291 post type-post status-publish format-standard has-post-thumbnail hentry
category-organization category-family-life mv-content-wrapper"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a
href="https://sageandsunday.com/" itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a
href="https://sageandsunday.com/category/organization/" itemprop="url"><span>Organization</span></a></span> <span class="bc-delimiter">/</span> <span
class="kadence-bread-current">${mTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://sageandsunday.com/category/family-life/"
rel="tag">Family Life</a> | <a href="https://sageandsunday.com/category/organization/" rel="tag">Organization</a></span></div>
<h1 class="entry-title">${mTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
href="https://sageandsunday.com/author/kelsey/">Kelsey Marchetti</a></span></span><span class="posted-on"><time class="entry-date published updated"
datetime="2027-03-01T12:00:00+00:00">March 1, 2027</time></span><span class="meta-comments"><a class="meta-comments-link anchor-scroll"
href="#comments">2 Comments</a></span></div></header>
<div class="entry-content single-content">
<div id="dpsp-content-top" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-has-spacing dpsp-show-total-share-count
dpsp-show-total-share-count-before dpsp-button-style-1"><div class="dpsp-total-share-wrapper"><span class="dpsp-icon-total-share"><svg aria-hidden="true"
></svg></span><span class="dpsp-total-share-count">${at(mShare, 0)}</span><span>${at(mShare, 1)}</span></div><ul class="dpsp-networks-btns-wrapper
dpsp-networks-btns-share dpsp-networks-btns-content dpsp-column-auto">${[2, 3, 4]
  .map(
    (i) => `<li class="dpsp-network-list-item"><a rel="nofollow noopener" href="#" class="dpsp-network-btn dpsp-has-label" aria-label="${at(mShare, i)}"><span
class="dpsp-network-icon"><span class="dpsp-network-icon-inner"><svg aria-hidden="true"></svg></span></span><span
class="dpsp-network-label">${at(mShare, i)}</span></a></li>`,
  )
  .join('')}</ul></div>
<p class="disclosure"><em>This post may contain affiliate links, which means I may earn a small commission at no extra cost to you. See my full <a
href="https://sageandsunday.com/disclosure/">disclosure policy</a>.</em></p>
${ps(mIntro)}
<div id="content_1_wrapper" class="mv-ad-box" data-slotname="content_1"><div id="content_1"></div></div>
<div id="mv-video-target-sage" class="mv-video-target mv-video-id-f3kq9wzt" data-video-id="f3kq9wzt" data-volume="70" data-ratio="16:9"></div>
${mSecs.map(mSec).join('\n')}
<div id="mv-creation-12" class="mv-create-card mv-create-card-12 mv-create-card-style-centered mv-no-js mv-create-has-image"><div class="mv-create-wrapper">
<div class="mv-create-header"><div class="mv-create-image-container"><img class="mv-create-image"
src="https://sageandsunday.com/wp-content/uploads/mv-creations/12-card.jpg"
alt="DIY family command center on a hallway wall"></div><h2 class="mv-create-title mv-create-title-primary">${mCard}</h2>
<div class="mv-create-description"><p>${mCardDesc}</p></div>
<div class="mv-create-times mv-create-times-4">${[0, 2, 4, 6]
  .map(
    (i) => `<div class="mv-create-time"><strong class="mv-create-time-label">${at(mTimes, i)}</strong>
<span class="mv-create-time-format">${at(mTimes, i + 1)}</span></div>`,
  )
  .join('\n')}</div>
<a href="https://sageandsunday.com/print/12/" class="mv-create-button mv-create-print-button" rel="nofollow">Print</a></div>
<div class="mv-create-supplies"><h3 class="mv-create-supplies-title mv-create-title-secondary">Materials</h3><ul>${lis(mMaterials)}</ul></div>
<div class="mv-create-tools"><h3 class="mv-create-tools-title mv-create-title-secondary">Tools</h3><ul>${lis(mTools)}</ul></div>
<div class="mv-create-instructions"><h3 class="mv-create-instructions-title mv-create-title-secondary">Instructions</h3><ol>${lis(mSteps)}</ol></div>
<div class="mv-create-notes"><h3 class="mv-create-notes-title mv-create-title-secondary">Notes</h3><div
class="mv-create-notes-content"><p>${mNotes}</p></div></div>
<div class="mv-create-footer"><div class="mv-create-copy">© Kelsey Marchetti</div><div class="mv-create-category"><strong
class="mv-create-category-label">Category:</strong> <a href="https://sageandsunday.com/category/organization/">Organization</a></div></div>
<div class="mv-create-social"><span class="mv-create-social-title">Did you make this project?</span> <span class="mv-create-social-text">Please leave a comment
on the blog or share a photo on Pinterest</span></div></div></div>
</div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span><a
href="https://sageandsunday.com/tag/command-center/" title="Command Center" class="tag-link" rel="tag"><span class="tag-hash">#</span>Command Center</a><a
href="https://sageandsunday.com/tag/mudroom/" title="Mudroom" class="tag-link" rel="tag"><span class="tag-hash">#</span>Mudroom</a></span></div></footer>
</div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img
src="https://sageandsunday.com/wp-content/uploads/2025/01/kelsey-150x150.jpg" alt="" width="80" height="80"></div><b class="entry-author-name author-name fn"><a
href="https://sageandsunday.com/author/kelsey/" class="author-link url" rel="author">Kelsey Marchetti</a></b><div
class="entry-author-description author-bio"><p>Kelsey
is a mom of three who writes about simple routines, easy organizing ideas and real family life from her home in Maple Hollow.</p></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a href="https://sageandsunday.com/organize-kids-art/" rel="prev"><div class="post-navigation-sub"><small><span
class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true"></svg></span>Previous</small></div>${at(mSimilar, 0)}</a></div><div class="nav-next"><a
href="https://sageandsunday.com/sunday-basket-method/" rel="next"><div class="post-navigation-sub"><small>Next<span class="kadence-svg-iconset
svg-baseline"><svg aria-hidden="true"></svg></span></small></div>${at(mSimilar, 2)}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel">${mSimilar
  .map(
    (t) => `<article class="entry content-bg loop-entry post type-post"><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a
href="https://sageandsunday.com/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></h3></header></div></article>`,
  )
  .join('\n')}</div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">
<li id="comment-101" class="comment even thread-even depth-1 parent"><article id="div-comment-101" class="comment-body"><footer class="comment-meta"><div
class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/8f1e?s=60&amp;d=mm&amp;r=g" class="avatar avatar-60 photo" height="60"
width="60"><b class="fn">${at(mComments[0] ?? [], 0)}</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="https://sageandsunday.com/diy-family-command-center/#comment-101"><time datetime="2027-03-02T09:14:00+00:00">${at(mComments[0] ?? [], 1)}</time></a></div>
</footer><div class="comment-content"><p>${at(mComments[0] ?? [], 2)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-101" data-commentid="101" data-postid="2291" aria-label="Reply to Tasha R.">Reply</a></div></article>
<ol class="children"><li id="comment-102" class="comment byuser comment-author-kelsey bypostauthor odd alt depth-2"><article id="div-comment-102"
class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/2b7c?s=60&amp;d=mm&amp;r=g"
class="avatar avatar-60 photo" height="60" width="60"><b class="fn"><a href="https://sageandsunday.com/" class="url"
rel="ugc">${at(mComments[1] ?? [], 0)}</a></b>
<span class="says">says:</span></div><div class="comment-metadata"><a href="https://sageandsunday.com/diy-family-command-center/#comment-102"><time
datetime="2027-03-02T13:40:00+00:00">${at(mComments[1] ?? [], 1)}</time></a></div></footer><div class="comment-content"><p>${at(mComments[1] ?? [], 2)}</p>
</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-102" data-commentid="102" data-postid="2291"
aria-label="Reply to Kelsey Marchetti">Reply</a></div></article></li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="https://sageandsunday.com/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment
comment-form-float-label"><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea><label class="float-label"
for="comment">Comment <span class="required">*</span></label></p><p class="comment-input-wrap"><input id="author" name="author" type="text" required><label
class="float-label" for="author">Name <span class="required">*</span></label></p><p class="form-submit"><input name="submit" type="submit" id="submit"
class="submit" value="Post Comment"></p></form></div></div>
</div></main>
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div
class="sidebar-inner-wrap"><section id="block-3" class="widget widget_block"><div class="wp-block-group about-widget"><figure class="wp-block-image"><img
src="https://sageandsunday.com/wp-content/uploads/2025/01/kelsey-about.jpg" alt="Kelsey smiling in her kitchen"></figure><h2 class="wp-block-heading">Hi,
I’m Kelsey!</h2><p>I’m a mom of three sharing simple routines and real-life family rhythms from our home in Maple Hollow.</p><div
class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://sageandsunday.com/about/">Read More</a></div></div></div>
</section><section id="block-5" class="widget widget_block"><h2 class="widget-title">Popular Posts</h2><ul class="wp-block-latest-posts">${links(mPopular)}</ul>
</section><div id="sidebar_atf_wrapper" class="mv-ad-box mv-sidebar-wrapper" data-slotname="sidebar_atf"><div id="sidebar_atf"></div></div></div></aside>
</div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap"><ul
class="footer-menu">${links(mFoot, 'menu-item')}</ul><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>© 2027 Sage &amp; Sunday
- WordPress Theme by Kadence WP</p></div></div></div></div></footer></div>
<script id="mv-create-card-js" src="https://sageandsunday.com/wp-content/plugins/mediavine-create/lib/js/card.min.js?ver=1.9.9"></script></body></html>`;
const mediavine: TestPage = gold({
  name: 'heldout714-mediavine-command-center',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map(([h]) => h), mCard, 'Materials', 'Tools', 'Instructions', 'Notes'],
  body: texts([...mIntro, ...mSecs.flatMap(([, p, l]) => [...p, ...l]), mCardDesc, ...mMaterials, ...mTools, ...mSteps, mNotes]),
  bylines: ['By', 'Kelsey Marchetti', 'March 1, 2027', ...mComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mNav, 'Family Life', '2 Comments', ...mShare, mDisclosure, ...mTimes, 'Print', '© Kelsey Marchetti', 'Category:',
    'Did you make this project?', 'Please leave a comment on the blog or share a photo on Pinterest', 'Post Tags:', 'Command Center', 'Mudroom',
    'Kelsey is a mom of three who writes about simple routines, easy organizing ideas and real family life from her home in Maple Hollow.',
    'Post navigation', 'Previous', 'Next', 'Similar Posts', ...mSimilar, ...mComments.map(([, , t]) => t), 'says:', 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Hi, I’m Kelsey!',
    'I’m a mom of three sharing simple routines and real-life family rhythms from our home in Maple Hollow.', 'Read More', 'Popular Posts',
    ...mPopular, ...mFoot, '© 2027 Sage & Sunday - WordPress Theme by Kadence WP',
  ],
});

const oTitle = 'In praise of the boring weekend';
const oExcerpt = 'We cancelled everything for a month of Saturdays. The kids complained for two of them.';
const oIntro = [
  j(
    'In January I did something I had been threatening to do for two years. I sat down with the family calendar, a pen and a cup',
    'of coffee that went cold while I worked, and I cancelled every weekend plan we had in February.',
  ),
  j(
    'Not the important ones. My mother’s birthday lunch survived. But the football, the two birthday parties in soft-play centres,',
    'the “we should really catch up” brunch, the trip to the big shopping centre for school shoes that could have been bought',
    'online: all of it went. Four weekends, empty.',
  ),
  j(
    'My partner, Ines, thought I had lost my mind. The kids, who are nine and seven, were outraged. “What are we going to do?”',
    'asked our eldest, with the specific despair of a child who has never been given nothing to do.',
  ),
];
const oCallout = j(
  'A note on luck: Ines and I both have our weekends off, and we have a dining room to wreck. Plenty of families have neither,',
  'and nothing here is meant as a rule.',
);
const oSecs: [string, string[]][] = [
  [
    'The first weekend was awful',
    [
      j(
        'I will not pretend otherwise. By ten o’clock on the first Saturday, both children had asked for a screen eleven times',
        'between them, and our youngest had lain face down on the hallway carpet to demonstrate how bored he was. I made pancakes. I',
        'suggested a walk. I was told, in no uncertain terms, that walks are “for old people”.',
      ),
      j(
        'Then, at about two in the afternoon, it went quiet. The kind of quiet that makes every parent’s heart rate go up. I found',
        'them in the dining room, where they had dragged every chair, two duvets and the clothes horse into what they announced was',
        'a hotel. I was charged 40p for a cup of imaginary tea.',
      ),
    ],
  ],
  [
    'What changed',
    [
      j(
        'The hotel ran for eleven days. It grew a restaurant, a swimming pool (the bath, with permission) and a complaints',
        'department, staffed by our youngest, who took complaints very seriously. Nobody asked for a screen on the second weekend.',
        'On the third, our eldest finished a book she had been “reading” since October.',
      ),
      'I do not think there is any magic in this. A psychologist I spoke to for an earlier letter, Dr Ruth Adebayo, put it more simply than I can:',
    ],
  ],
  [
    'What we are keeping',
    [
      j(
        'We are back to a normal-ish calendar now, with one rule: one weekend a month stays empty, and nobody is allowed to fill it,',
        'including me. The kids have started calling it “hotel weekend”, even though the hotel has since been demolished to make way',
        'for a tape-and-cardboard airport.',
      ),
      j(
        'The other thing I am keeping is a phrase our eldest came up with on the last Sunday of February, lying on the sofa with her',
        'feet up the wall. “I’m not bored,” she said. “I’m just waiting for my idea.” I have written it on the fridge.',
      ),
      'See you next Saturday.',
    ],
  ],
];
const oQuote = j(
  '“Boredom is the feeling that comes just before you work out what you want to do. Most children today get rescued from it',
  'before they reach the second part.”',
);
const oNav = ['Home', 'About', 'Archive', 'Recipes'];
const oCards: [string, string, string, string, string][] = [
  [
    'Recipes',
    'The Friday fish finger sandwich, perfected',
    'Crisp outside, soft inside, and a tartare sauce the kids will actually eat.',
    'Feb 27, 2027',
    '4 min read',
  ],
  ['Essays', 'On being the fun parent, and the other one', 'Why we keep swapping roles, and why that turns out to be the point.', 'Feb 20, 2027', '7 min read'],
  [
    'Essays',
    'Issue 31: What the experts say about boredom',
    'Three conversations about why doing nothing might be the most useful thing a child can do.',
    'Oct 4, 2026',
    '9 min read',
  ],
];
const oHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${oTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://thelongtable.co/assets/built/screen.css?v=4b9c2d1e7f">
<meta name="description" content="${oExcerpt}"><link rel="icon"
href="https://thelongtable.co/content/images/size/w256h256/2025/03/table-icon.png" type="image/png">
<link rel="canonical" href="https://thelongtable.co/in-praise-of-the-boring-weekend/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Long Table"><meta property="og:type" content="article"><meta property="og:title" content="${oTitle}">
<meta property="og:description" content="${oExcerpt}"><meta property="article:published_time" content="2027-03-06T07:30:00.000Z">
<meta property="article:tag" content="Essays"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Owen Farraday">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Long Table"},
"author":{"@type":"Person","name":"Owen Farraday"},"headline":"${oTitle}","datePublished":"2027-03-06T07:30:00.000Z","description":"${oExcerpt}"}</script>
<meta name="generator" content="Ghost 5.112">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="https://thelongtable.co/"
data-key="6b2c0e1f9a7d3e5c8b4a1f2e9d" data-api="https://the-long-table.ghost.io/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content, .gh-post-upgrade-cta { display: flex; flex-direction: column; }</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="6b2c0e1f9a7d3e5c8b4a1f2e9d"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://the-long-table.ghost.io/" crossorigin="anonymous"></script>
<link href="https://thelongtable.co/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=4b9c2d1e7f"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=4b9c2d1e7f"></head>
<body class="post-template tag-essays tag-family is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://thelongtable.co">The Long Table</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
aria-hidden="true"></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(oNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a
class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-essays tag-family">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/essays/">Essays</a></span></div>
<h1 class="article-title">${oTitle}</h1>
<p class="article-excerpt">${oExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/owen/" class="author-avatar" aria-label="Read more of Owen Farraday"><img class="author-profile-image"
src="/content/images/size/w100/2025/03/owen.jpg" alt="Owen Farraday"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a
href="/author/owen/">Owen Farraday</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-03-06">Mar 6, 2027</time><span
class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/03/dining-room-hotel.jpg 300w,
/content/images/size/w600/2027/03/dining-room-hotel.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/03/dining-room-hotel.jpg" alt="${oTitle}"><figcaption><span
style="white-space: pre-wrap;">The dining-room hotel, day three. Photo by the author.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(oIntro)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${oCallout}</div></div>
<h2 id="the-first-weekend-was-awful">${oSecs[0]?.[0] ?? ''}</h2>
${ps(oSecs[0]?.[1] ?? [])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://thelongtable.co/content/images/2027/03/complaints-desk.jpg" class="kg-image" alt=""
loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">The complaints department, open daily from 4pm.</span></figcaption>
</figure>
<h2 id="what-changed">${oSecs[1]?.[0] ?? ''}</h2>
${ps(oSecs[1]?.[1] ?? [])}
<blockquote>${oQuote}</blockquote>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://thelongtable.co/issue-31-boredom/"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">${at(oCards[2] ?? [], 1)}</div><div
class="kg-bookmark-description">${at(oCards[2] ?? [], 2)}</div><div
class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://thelongtable.co/content/images/size/w256h256/2025/03/table-icon.png" alt=""><span
class="kg-bookmark-author">The Long Table</span><span class="kg-bookmark-publisher">Owen Farraday</span></div></div><div class="kg-bookmark-thumbnail"><img
src="https://thelongtable.co/content/images/2026/10/boredom.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="what-we-are-keeping">${oSecs[2]?.[0] ?? ''}</h2>
${ps(oSecs[2]?.[1] ?? [])}
<div class="kg-card kg-button-card kg-align-center"><a href="#/portal/signup" class="kg-btn kg-btn-accent">Forward this to someone who needs a boring
weekend</a></div>
</section>
<section class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
data-ghost-comments="https://thelongtable.co/" data-api="https://the-long-table.ghost.io/ghost/api/content/" data-admin="https://the-long-table.ghost.io/ghost/"
data-key="6b2c0e1f9a7d3e5c8b4a1f2e9d" data-title="null" data-count="true" data-post-id="67c8d1f2a9e4b3c5d6e7f801" data-color-scheme="auto"
data-avatar-saturation="60" data-accent-color="#C2410C" data-comments-enabled="all" data-publication="The Long Table" crossorigin="anonymous"></script>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for The Long Table</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${oCards
  .map(
    ([tag, t, ex, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img
class="post-card-image" src="/content/images/size/w600/2027/02/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${ex}</div></a><footer
class="post-card-meta"><time class="post-card-meta-date" datetime="2027-02-27">${d}</time><span
class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thelongtable.co">The Long Table</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Privacy'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div
class="pswp__ui pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button
class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div></div>
<script src="https://thelongtable.co/assets/built/casper.js?v=4b9c2d1e7f"></script></body></html>`;
const ghost: TestPage = gold({
  name: 'heldout714-ghost-boring-weekend',
  kind: 'blog',
  html: oHtml,
  title: oTitle,
  headings: oSecs.map(([h]) => h),
  body: texts([oExcerpt, ...oIntro, oCallout, ...(oSecs[0]?.[1] ?? []), ...(oSecs[1]?.[1] ?? []), oQuote, ...(oSecs[2]?.[1] ?? [])]),
  bylines: ['Owen Farraday', 'Mar 6, 2027', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Long Table', ...oNav, 'Sign in', 'Subscribe', 'Essays', 'The dining-room hotel, day three. Photo by the author.',
    'The complaints department, open daily from 4pm.', 'Forward this to someone who needs a boring weekend', 'Sign up for The Long Table',
    'Enter your email', ...oCards.flat(), 'The Long Table © 2027', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
});

export const HELDOUT714_C: readonly TestPage[] = [mediavine, ghost];
