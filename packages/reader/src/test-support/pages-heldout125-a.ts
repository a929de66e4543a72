import { type TestPage, texts } from './page-kit.js';
import { astraPost } from './pages-heldout125-a2.js';

/**
 * Held-out batch 125, file a: a WordPress post on the Twenty Twenty-Four block theme (header template part with the site
 * title and the responsive navigation with its overlay "Open menu"/"Close menu" buttons, the post title, the hidden-post-meta
 * row with date, author and category, the featured image, the post content with an image caption and a "Become a member"
 * button block at its end, tag pills, the post navigation, the comments block with two comments and the reply form, and the
 * default footer pattern) and, from file a2, a WordPress post on the Astra theme with a right sidebar.
 */
const tt4Title = 'Two years of lending tools: what our members actually borrow';
const tt4P1 = [
  `When we opened the Eastbrook Tool Library in a former bike shop on Carver Street in February 2023, we had 212 tools, most of them
donated by neighbours clearing out their garages. Two years later we have 640 tools, 418 paying members and a waiting list for the
carpet cleaner that never seems to get any shorter.`,
  `Every loan goes through our checkout system, so we can see exactly what people take home and how long they keep it. We went through
the numbers with our volunteers last month, and some of what we found surprised us.`,
];
const tt4H1 = 'The tools that never stay on the shelf';
const tt4P2 = [
  `The most borrowed items are not the ones we expected. Power drills, which we assumed would lead the list, came in ninth. These were
the top five across 2024:`,
];
const tt4L1 = [
  'Carpet cleaner, borrowed 74 times, usually over a weekend.',
  'Pressure washer, 61 loans, almost all of them between April and September.',
  'Wallpaper steamer, 48 loans.',
  'Hedge trimmer, 45 loans, with a sharp peak in early summer.',
  'Tile cutter, 39 loans, often together with a spirit level and the trowel set.',
];
const tt4P3 = [
  `What the list has in common is that these are tools people need for a day or two every few years. Nobody wants to store a
wallpaper steamer, and nobody wants to pay for one to use it once.`,
];
const tt4H2 = 'The tools nobody touches';
const tt4P4 = [
  `At the other end, about a fifth of our catalogue has not gone out once in twelve months. Much of it is specialist woodworking
equipment, such as dovetail jigs and a very heavy mortiser, which arrived in a single generous donation. We have kept most of it,
because the three or four members who want it really do need it, but we have stopped accepting more.`,
  'We have also learned to say no to duplicates. We were offered eleven circular saws last year and accepted two.',
];
const tt4H3 = 'What we changed';
const tt4P5 = ['The numbers led to three changes, which came in at the start of January:'];
const tt4L2 = [
  'Seasonal tools now have a four-day loan limit between April and September, so the pressure washer comes back in time for the next person.',
  'We bought a second carpet cleaner with a grant from the Carver Street Traders’ Association.',
  'The Saturday repair café now runs a short session on using the tile cutter safely, after two cracked blades in one month.',
];
const tt4P6 = [
  `Running the library still depends on volunteers. Twenty-six people covered at least one shift last year, and the Thursday evening
slot is the hardest to fill. If you can spare three hours a month, <a href="/volunteer">we would love to hear from you</a>.`,
  `Membership is still £20 a year, or free for anyone receiving Universal Credit or Pension Credit. You can join at the counter on
Carver Street or online.`,
];
const tt4Caption = 'Volunteers Marek and Ade checking returned tools on a Saturday morning.';
const tt4Nav = ['Borrow', 'Catalogue', 'Repair Café', 'Volunteer', 'News', 'Contact'];
const tt4Tags = ['Annual review', 'Membership', 'Volunteering'];
const tt4Prev = 'Repair café dates for spring';
const tt4Next = 'Why we now ask for a deposit on the floor sander';
const tt4Comments = [
  {
    id: 231,
    name: 'Hannah Okafor',
    date: 'March 4, 2025 at 7:42 pm',
    text: 'The four-day limit on the pressure washer is a good call. I waited three weeks for it last August!',
  },
  {
    id: 236,
    name: 'Dev Raman',
    date: 'March 5, 2025 at 9:15 am',
    text: 'Happy to take a Thursday shift once a month. Is there a rota I can add my name to?',
  },
];
const tt4Form = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const tt4FootCols: [string, string[]][] = [
  ['About', ['Team', 'History', 'Careers']],
  ['Privacy', ['Privacy Policy', 'Terms and Conditions', 'Contact Us']],
  ['Social', ['Facebook', 'Instagram', 'Mastodon']],
];
const tt4Ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const tt4Ul = (a: readonly string[]): string => `<ul class="wp-block-list">\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const tt4H = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const tt4NavItem = (
  t: string,
  cls = '',
): string => `<li class="${cls} wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://eastbrooktools.example/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`;
const tt4Comment = (c: (typeof tt4Comments)[number]): string => `<li id="comment-${c.id}" class="comment even thread-even depth-1">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt="${c.name} Avatar"
src="https://secure.gravatar.com/avatar/${c.id}?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40"></div>
<div class="wp-block-group"><div class="wp-block-comment-author-name has-small-font-size">${c.name}</div>
<div class="wp-block-group is-layout-flex"><div class="wp-block-comment-date has-small-font-size"><time datetime="2025-03-0${c.id === 231 ? 4 : 5}">
<a href="https://eastbrooktools.example/2025/03/04/two-years-of-lending-tools/#comment-${c.id}">${c.date}</a></time></div></div>
<div class="wp-block-comment-content"><p>${c.text}</p></div>
<div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link"
href="#comment-${c.id}" data-commentid="${c.id}" data-postid="412" data-belowelement="comment-${c.id}" data-respondelement="respond"
data-replyto="Reply to ${c.name}" aria-label="Reply to ${c.name}">Reply</a></div></div></div></li>`;
const tt4Html = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>Two years of lending tools: what our members actually borrow &#8211; Eastbrook Tool Library</title>
<link rel="alternate" type="application/rss+xml" title="Eastbrook Tool Library &raquo; Feed" href="https://eastbrooktools.example/feed/" />
<link rel="alternate" type="application/rss+xml" title="Eastbrook Tool Library &raquo; Comments Feed" href="https://eastbrooktools.example/comments/feed/" />
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{"concatemoji":
"https:\\/\\/eastbrooktools.example\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}};
</script>
<style id='wp-block-site-title-inline-css'>.wp-block-site-title{box-sizing:border-box}.wp-block-site-title :where(a){color:inherit}</style>
<link rel='stylesheet' id='wp-block-library-css' href='https://eastbrooktools.example/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' media='all' />
<style id='global-styles-inline-css'>:root{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;}</style>
<link rel="https://api.w.org/" href="https://eastbrooktools.example/wp-json/" />
<link rel="alternate" title="JSON" type="application/json" href="https://eastbrooktools.example/wp-json/wp/v2/posts/412" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel="canonical" href="https://eastbrooktools.example/2025/03/04/two-years-of-lending-tools/" />
<link rel='shortlink' href='https://eastbrooktools.example/?p=412' />
</head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"
style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="is-default-size wp-block-site-logo"><a
href="https://eastbrooktools.example/"
class="custom-logo-link" rel="home"><img width="64" height="64" src="https://eastbrooktools.example/wp-content/uploads/2023/01/logo.png" class="custom-logo"
alt="Eastbrook Tool Library" decoding="async" /></a></div>
<p class="wp-block-site-title"><a href="https://eastbrooktools.example" target="_self" rel="home">Eastbrook Tool Library</a></p></div>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><nav class="is-responsive items-justified-right wp-block-navigation
is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Header navigation"
data-wp-interactive="core/navigation" data-wp-context='{"overlayOpenedBy":{"click":false,"hover":false,"focus":false},"type":"overlay","roleAttribute":""}'>
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"
data-wp-on-async--click="actions.openMenuOnClick" data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24"
xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" />
<rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-class--has-modal-open="state.isMenuOpen"
data-wp-class--is-menu-open="state.isMenuOpen" data-wp-watch="callbacks.initMenu" data-wp-on--keydown="actions.handleMenuKeydown">
<div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"
data-wp-bind--aria-modal="state.ariaModal" data-wp-bind--aria-label="state.ariaLabel" data-wp-bind--role="state.roleAttribute">
<button aria-label="Close menu" class="wp-block-navigation__responsive-container-close" data-wp-on-async--click="actions.closeMenuOnClick">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
<path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path>
</svg></button><div class="wp-block-navigation__responsive-container-content" id="modal-1-content">
<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">
${tt4Nav.map((t) => tt4NavItem(t, t === 'News' ? 'current-menu-ancestor' : '')).join('\n')}
</ul></div></div></div></div></nav></div></div></div></header>

<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-bottom:var(--wp--preset--spacing--40)">
<h1 style="margin-bottom:var(--wp--preset--spacing--40)" class="has-text-align-center wp-block-post-title">${tt4Title}</h1>
<div class="wp-block-group is-content-justification-center is-layout-flex wp-container-core-group-is-layout-7 wp-block-group-is-layout-flex">
<div class="wp-block-post-date"><time datetime="2025-03-04T10:12:33+00:00"><a
href="https://eastbrooktools.example/2025/03/04/two-years-of-lending-tools/">March 4, 2025</a>
</time></div>
<p class="has-contrast-2-color has-text-color">—</p>
<p class="has-contrast-2-color has-text-color">by</p>
<div class="wp-block-post-author-name"><a href="https://eastbrooktools.example/author/priya/" target="_self"
class="wp-block-post-author-name__link">Priya Lindqvist</a></div>
<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="https://eastbrooktools.example/category/news/"
rel="tag">News</a></div></div>
<figure style="margin-top:var(--wp--preset--spacing--40)" class="alignwide wp-block-post-featured-image"><img width="1280" height="720"
src="https://eastbrooktools.example/wp-content/uploads/2025/03/shelves-1280x720.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image"
alt="Rows of labelled tool shelves" decoding="async" fetchpriority="high" /></figure></div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${tt4Ps(tt4P1)}
${tt4H(tt4H1)}
${tt4Ps(tt4P2)}
${tt4Ul(tt4L1)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://eastbrooktools.example/wp-content/uploads/2025/03/returns-1024x683.jpg"
alt="" class="wp-image-418" /><figcaption class="wp-element-caption">${tt4Caption}</figcaption></figure>
${tt4Ps(tt4P3)}
${tt4H(tt4H2)}
${tt4Ps(tt4P4)}
${tt4H(tt4H3)}
${tt4Ps(tt4P5)}
${tt4Ul(tt4L2)}
${tt4Ps(tt4P6)}
<div class="wp-block-buttons is-content-justification-center is-layout-flex wp-block-buttons-is-layout-flex"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="https://eastbrooktools.example/join/">Become a member</a></div></div>
</div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="taxonomy-post_tag is-style-pill wp-block-post-terms">${tt4Tags
  .map((t) => `<a href="https://eastbrooktools.example/tag/${t.toLowerCase().replace(' ', '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">  </span>')}</div>
<div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex"
aria-label="Post navigation">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow"
aria-hidden="true">←</span><a href="https://eastbrooktools.example/2025/02/18/repair-cafe-spring/" rel="prev">${tt4Prev}</a></div>
<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"><a
href="https://eastbrooktools.example/2025/03/12/floor-sander-deposit/"
rel="next">${tt4Next}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70)">
<h2 class="wp-block-heading has-x-large-font-size">Comments</h2>
<ol class="wp-block-comment-template">
${tt4Comments.map(tt4Comment).join('\n')}
</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">${tt4Form[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond"
style="display:none;">${tt4Form[1]}</a></small></h3>
<form action="https://eastbrooktools.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">${tt4Form[2]}</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label>
<input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
<input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">${tt4Form[7]}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200"
autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
<label for="wp-comment-cookies-consent">${tt4Form[8]}</label></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment" />
<input type='hidden' name='comment_post_ID' value='412' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form></div></div></div>
</main>

<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:30%">
<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">
<h2 class="wp-block-site-title"><a href="https://eastbrooktools.example" target="_self" rel="home">Eastbrook Tool Library</a></h2>
<p class="wp-block-site-tagline">Borrow it, don’t buy it.</p></div></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:20%"></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:50%">
<div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
${tt4FootCols
  .map(
    ([h, items]) => `<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex">
<h2 class="wp-block-heading has-medium-font-size has-body-font-family" style="font-style:normal;font-weight:600">${h}</h2>
<nav class="has-small-font-size is-vertical wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="${h}">
<ul class="wp-block-navigation__container has-small-font-size is-vertical wp-block-navigation has-small-font-size">
${items.map((t) => tt4NavItem(t, 'has-small-font-size')).join('\n')}
</ul></nav></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"
style="padding-top:var(--wp--preset--spacing--40)">
<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer></div>
<script src="https://eastbrooktools.example/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async data-wp-strategy="async"></script>
<script type="module" src="https://eastbrooktools.example/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=8ff192874fc8910a284c"
id="@wordpress/block-library/navigation/view-js-module"></script>
</body>
</html>`;
const tt4Post: TestPage = {
  html: tt4Html,
  name: 'heldout125-wordpress-twentytwentyfour-blog',
  kind: 'blog',
  // the date and author name in the meta row are bylines; the "—", "by" and "in" glue words are in neither list; the
  // category, caption, the "Become a member" button inside the content, tags, post navigation titles, comments (reader
  // comments are furniture), the reply form and the footer are furniture
  title: tt4Title,
  headings: [tt4H1, tt4H2, tt4H3],
  body: texts([...tt4P1, ...tt4P2, ...tt4L1, ...tt4P3, ...tt4P4, ...tt4P5, ...tt4L2, ...tt4P6]),
  bylines: ['March 4, 2025', 'Priya Lindqvist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eastbrook Tool Library', ...tt4Nav, tt4Caption, 'Become a member', ...tt4Tags, tt4Prev, tt4Next, 'Comments',
    ...tt4Comments.flatMap((c) => [c.name, c.date, c.text]), 'Reply', ...tt4Form, ...tt4FootCols.flatMap(([h, items]) => [h, ...items]),
    'Borrow it, don’t buy it.', 'Designed with WordPress',
  ],
};

export const HELDOUT125_A: readonly TestPage[] = [tt4Post, astraPost];
