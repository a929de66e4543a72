import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 143, file f2: a post on a WordPress.com hosted blog with a block theme, a book blog (the skip link, the
 * header template part with site title, tagline and a navigation block with its "Open menu" / "Close menu" buttons, the
 * post title, date, author and category, the post content followed, inside the same content block, by Jetpack's
 * "Share this:" buttons, "Like this:" with "Like Loading...", the "Related" posts and a WordAds unit; then the post terms,
 * the comments block with two comments and the comment form, the previous / next links, the footer with
 * "Blog at WordPress.com.", the WordPress.com action bar with its follow and more popovers, the hidden subscribe modal
 * and the cookie banner).
 */
const site = 'Shelf Life';
const title = 'A year of reading only library books';
const p1 = [
  'Last October I made a rule: for twelve months, I would not buy a single book. Everything I read would come from the ' +
    'library, either the branch on Tanner Road or the county’s ebook app. I did it partly to save money and partly because ' +
    'my to-be-read pile had become a to-be-read wall.',
  'The year ended last week. I read fifty-two books, which is more than any year since I left university, and I spent ' +
    'nothing on them apart from £3.20 in late fees. Here is what I learned.',
];
const h1 = 'The waiting list changes how you read';
const p2 = [
  'The first surprise was the reservations queue. New novels often had twenty or thirty people ahead of me, so I got into the ' +
    'habit of reserving things months before I wanted them. The result was that books arrived at random, and I read them ' +
    'in whatever order the library decided.',
  'I expected to hate this. I ended up loving it. I read a history of Baltic shipping straight after a comic novel about a ' +
    'wedding, and a slim collection of Icelandic poems in the week I was waiting for a thriller. A shop would never have ' +
    'sent me home with that pile.',
];
const h2 = 'Three-week loans are a deadline';
const p3 = [
  'Knowing a book has to go back concentrates the mind. I abandoned more books this year than ever before, around a dozen, ' +
    'because there was no money sunk into them and another reader was waiting. I also finished more, because a due date is ' +
    'a better motivator than good intentions.',
];
const h3 = 'What I missed';
const missed = [
  'Writing in the margins. I started keeping a notebook instead, which I suspect is better for me.',
  'Buying from the two independent shops in town, which I have done every month since the year ended.',
  'Owning the handful of books I loved enough to want to reread.',
];
const p4 = [
  'Will I keep going? Not strictly. But the library is now where I start, and the shop is where I go for the books I know I ' +
    'will want to keep. If you have a branch near you, go and borrow something you would never buy. That is what it is for.',
];
const nav = ['Reviews', 'Reading Lists', 'About'];
const share = ['Share this:', 'Facebook', 'X', 'Email', 'Print'];
const related = [
  ['Ten books I abandoned, and why', 'August 14, 2025', 'In "Reading"'],
  ['The branch library on Tanner Road turns 100', 'May 2, 2025', 'In "Libraries"'],
  ['What I read in the spring', 'June 30, 2025', 'In "Reading Lists"'],
];
const comments = [
  {
    id: '4411',
    name: 'Halima Osei',
    when: 'October 3, 2025 at 8:12 am',
    text: 'I did something similar during lockdown and the ebook app saved me. The random order thing is so true.',
  },
  { id: '4418', name: 'bookishben', when: 'October 4, 2025 at 10:47 pm', text: '£3.20 in late fees is honestly impressive restraint.' },
];
const actionbar = [
  'Subscribe',
  'Subscribed',
  'Join 1,208 other subscribers',
  'Sign me up',
  'Already have a WordPress.com account? Log in now.',
  'Sign up',
  'Log in',
  'Copy shortlink',
  'Report this content',
  'View post in Reader',
  'Manage subscriptions',
  'Collapse this bar',
];
const modal = [`Discover more from ${site}`, 'Subscribe now to keep reading and get access to the full archive.', 'Type your email…', 'Continue reading'];
const cookie = [
  'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
  'To find out more, including how to control cookies, see here: Cookie Policy',
];
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hd = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const url = 'https://shelflifereads.wordpress.example/2025/10/02/a-year-of-library-books/';
const sharing = `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3
class="sd-title">${share[0]}</h3><div class="sd-content"><ul>
${share
  .slice(1)
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${s.toLowerCase()} sd-button share-icon"
href="${url}?share=${s.toLowerCase()}" target="_blank" title="Click to share"><span>${s}</span></a></li>`,
  )
  .join('\n')}
<li class="share-end"></li></ul></div></div></div>`;
const likes = `<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded" id="like-post-wrapper-201833-812-66fc"
data-src="//widgets.wp.example/likes/?ver=15.0#blog_id=201833&amp;post_id=812" data-name="like-post-frame-201833-812"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span
class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>`;
const rel = `<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">
${related
  .map(
    ([t, d, c], i) => `<p class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="${790 + i}" data-post-format="false"><span
class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://shelflifereads.wordpress.example/p${i}/" title="${t}" rel="nofollow"
data-origin="812" data-position="${i}">${t}</a></span><span class="jp-relatedposts-post-date" style="display: inline;">${d}</span><span
class="jp-relatedposts-post-context">${c}</span></p>`,
  )
  .join('\n')}
</div></div>`;
const ad = `<div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">Advertisements</span><div class="u top_amp"><div id="atatags-2018331-66fc"
class="wordads-ad-wrapper"></div></div></div></div>`;
const comment = (c: (typeof comments)[number]): string => `<li id="comment-${c.id}" class="comment even thread-even depth-1"><div
class="wp-block-group is-layout-flow"><div class="wp-block-columns is-layout-flex"><div class="wp-block-column is-layout-flow" style="flex-basis:40px">
<div class="wp-block-avatar"><img alt="${c.name} Avatar" src="https://secure.gravatar.example/avatar/${c.id}?s=40"
class="avatar avatar-40 photo wp-block-avatar__image"
width="40" height="40" style="border-radius:20px;"></div></div><div class="wp-block-column is-layout-flow"><div class="wp-block-comment-author-name"><a
rel="external nofollow ugc" href="https://gravatar.example/${c.name.toLowerCase().replace(' ', '')}" target="_self">${c.name}</a></div><div
class="wp-block-group is-layout-flex"><div class="wp-block-comment-date"><time datetime="2025-10-03T08:12:44+00:00"><a
href="${url}#comment-${c.id}">${c.when}</a></time></div></div><div class="wp-block-comment-content"><p>${c.text}</p></div><div
class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="${url}?replytocom=${c.id}#respond" data-commentid="${c.id}"
data-postid="812" aria-label="Reply to ${c.name}">Reply</a></div></div></div></div></li>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots"
content="max-image-preview:large">
<title>${title} – ${site}</title><link rel="dns-prefetch" href="//s0.wp.example"><link rel="dns-prefetch" href="//widgets.wp.example">
<link rel="alternate" type="application/rss+xml" title="${site} » Feed" href="https://shelflifereads.wordpress.example/feed/">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:url" content="${url}">
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2025-10-02T17:30:11+00:00">
<meta name="twitter:site" content="@wordpressdotcom"><meta property="fb:app_id" content="249643311490">
<link rel="stylesheet" id="all-css-0-1"
href="https://s0.wp.example/_static/??-eJyNj0EOwjAMBD9EcKEqnBBvcW2TJorjSHZV8XsKB4S4cF7taAbWmshqkRogz9B" media="all">
<script type="text/javascript" id="wpcom-actionbar-placeholder-js-extra">var actionbardata = {"siteID":"201833","postID":"812","siteURL":
"https://shelflifereads.wordpress.example","xhrURL":"https://shelflifereads.wordpress.example/wp-admin/admin-ajax.php","nonce":"a7e2c1","isLoggedIn":"",
"statusMessage":"","subsEmailDefault":"instantly","proxyScriptUrl":"https://s0.wp.example/wp-content/js/wpcom-proxy-request.js?m=1513050504i&ver=20211021",
"i18n":{"followedText":"New posts from this site will now appear in your <a href=\\"https://wordpress.example/reader\\">Reader</a>"}};</script>
<link rel="canonical" href="${url}"><link rel="shortlink" href="https://wp.example/pdBQ2z-d6"><link rel="search" type="application/opensearchdescription+xml"
href="https://shelflifereads.wordpress.example/osd.xml" title="${site}"></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive customizer-styles-applied highlander-enabled
highlander-light"><div class="wp-site-blocks"><a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<header class="wp-block-template-part"><div class="wp-block-group alignfull has-global-padding is-layout-constrained"><div class="wp-block-group alignwide
is-content-justification-space-between is-layout-flex"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a
href="https://shelflifereads.wordpress.example" target="_self" rel="home">${site}</a></p><p class="wp-block-site-tagline">Notes from a reader who borrows
more than she buys</p></div><nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Navigation"><button
aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick"><svg
width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M5 5v1.5h14V5H5zm0 7.8h14v-1.5H5v1.5zM5 19h14v-1.5H5V19z"></path></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div
class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"><svg width="24"
height="24" viewBox="0 0 24 24" aria-hidden="true"><path
d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg>
</button><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container
wp-block-navigation">
${nav
  .map(
    (t) => `<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://shelflifereads.wordpress.example/${t.toLowerCase().replace(' ', '-')}/"><span
class="wp-block-navigation-item__label">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></nav></div></div></header>
<main class="wp-block-group has-global-padding is-layout-constrained" id="wp--skip-link--target"><div class="wp-block-group is-layout-flow"><h1
class="wp-block-post-title">${title}</h1><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time
datetime="2025-10-02T17:30:11+00:00">October
2, 2025</time></div><p>—</p><div class="wp-block-post-author-name">by <a href="https://shelflifereads.wordpress.example/author/imogentully/" target="_self"
class="wp-block-post-author-name__link">Imogen Tully</a></div><div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in
</span><a href="https://shelflifereads.wordpress.example/category/reading/" rel="tag">Reading</a></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(p1)}
${hd(h1)}
${ps(p2)}
${hd(h2)}
${ps(p3)}
${hd(h3)}
<ul class="wp-block-list">${missed.map((m) => `<li>${m}</li>`).join('\n')}</ul>
${ps(p4)}
${ad}
${sharing}${likes}
${rel}</div>
<div class="wp-block-group is-layout-flow"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tags: </span><a
href="https://shelflifereads.wordpress.example/tag/libraries/" rel="tag">libraries</a><span class="wp-block-post-terms__separator">, </span><a
href="https://shelflifereads.wordpress.example/tag/reading-challenge/" rel="tag">reading challenge</a></div></div>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to “${title}”</h2><ol class="wp-block-comment-template">
${comments.map(comment).join('\n')}
</ol><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a
rel="nofollow" id="cancel-comment-reply-link" href="${url}#respond" style="display:none;">Cancel reply</a></small></h3><form
action="https://shelflifereads.wordpress.example/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="verbum-form
comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" title="Enter your comment here..." placeholder="Write a
comment..." required></textarea></div><p class="form-submit wp-block-button"><input name="submit" type="submit" id="comment-submit" class="wp-block-button__link
wp-element-button" value="Comment"></p></form></div></div>
<nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="Post navigation"><div class="post-navigation-link-previous
wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a
href="https://shelflifereads.wordpress.example/2025/09/18/autumn-list/" rel="prev">My autumn reading list</a></div><div class="post-navigation-link-next
wp-block-post-navigation-link"><a href="https://shelflifereads.wordpress.example/2025/10/16/ghost-stories/" rel="next">Ghost stories for short days</a><span
class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-text-align-center
has-small-font-size"><a href="https://wordpress.example/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></p></div></footer></div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentytwentyfour actnbr-has-follow actnbr-has-actions"><ul><li
class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><svg class="gridicon" height="20" width="20" viewBox="0 0 20 20"><path
d="M18 16l-4-4h3V4h2v8h3l-4 4z"></path></svg><span>${actionbar[0]}</span></a><a class="actnbr-action actnbr-actn-following no-display" href=""><svg
class="gridicon" height="20" width="20" viewBox="0 0 20 20"><path d="M8 2H2v14h14v-6"></path></svg><span>${actionbar[1]}</span></a><div
class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul><li
class="actnbr-sitename"><a href="https://shelflifereads.wordpress.example"><img loading="lazy" alt="" src="https://s2.wp.example/i/logo/wpcom-gray-white.png"
class="avatar avatar-50" height="50" width="50"> ${site}</a></li><form method="post" action="https://subscribe.wordpress.example" accept-charset="utf-8"
style="display: none;"><div class="actnbr-follow-count">${actionbar[2]}</div><div><input type="email" name="email" placeholder="Enter your email address"
class="actnbr-email-field" aria-label="Enter your email address"></div><input type="hidden" name="action" value="subscribe"><div class="actnbr-button-wrap">
<button type="submit" value="Sign me up">${actionbar[3]}</button></div></form><li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a
href="https://wordpress.example/log-in">Log in now.</a></div></li></ul></div></div></li><li class="actnbr-ellipsis actnbr-hidden"><svg class="gridicon"
height="24" width="24" viewBox="0 0 24 24"><path d="M7 12a2 2 0 11-4.001-.001A2 2 0 017 12z"></path></svg><div class="actnbr-popover tip tip-top-left
actnbr-more"><div class="tip-arrow"></div><div class="tip-inner"><ul><li class="actnbr-sitename"><a href="https://shelflifereads.wordpress.example"><img
loading="lazy" alt="" src="https://s2.wp.example/i/logo/wpcom-gray-white.png" class="avatar avatar-50" height="50" width="50"> ${site}</a></li>
<li class="actnbr-folded-follow"><a class="actnbr-action actnbr-actn-follow" href=""><span>Subscribe</span></a></li><li class="actnbr-signup"><a
href="https://wordpress.example/start/">${actionbar[5]}</a></li><li class="actnbr-login"><a href="https://wordpress.example/log-in">${actionbar[6]}</a></li>
<li class="actnbr-shortlink"><a href="https://wp.example/pdBQ2z-d6"><span class="actnbr-shortlink__text">${actionbar[7]}</span></a></li><li
class="flb-report"><a href="https://wordpress.example/abuse/?report_url=${url}" target="_blank" rel="noopener noreferrer">${actionbar[8]}</a></li><li
class="actnbr-reader"><a href="https://wordpress.example/reader/blogs/201833/posts/812">${actionbar[9]}</a></li><li class="actnbr-subs"><a
href="https://subscribe.wordpress.example/">${actionbar[10]}</a></li><li class="actnbr-fold"><a
href="">${actionbar[11]}</a></li></ul></div></div></li></ul></div>
<div class="jetpack-subscribe-modal" role="dialog" aria-hidden="true"><div class="jetpack-subscribe-modal__modal-content"><div class="wp-block-group
is-layout-constrained"><h2 class="wp-block-heading has-text-align-center">${modal[0]}</h2><p class="has-text-align-center">${modal[1]}</p><div
class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="https://wordpress.example/email-subscriptions" method="post"
accept-charset="utf-8" data-blog="201833" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label"
for="subscribe-field" class="screen-reader-text">${modal[2]}</label><input type="email" name="email" required class="no-border-radius" value=""
id="subscribe-field" placeholder="Type your email…"></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link
no-border-radius" name="jetpack_subscriptions_widget">Subscribe</button></p></form></div><p class="has-text-align-center
jetpack-subscribe-modal__close"><a href="#">${modal[3]}</a></p></div></div></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">
<form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept"></form>Privacy &amp; Cookies: This site uses
cookies. By continuing to use this website, you agree to their use.<br>To find out more, including how to control cookies, see here: <a
href="https://automattic.example/cookies/" rel="nofollow">Cookie Policy</a></div></div>
<script src="https://s0.wp.example/wp-content/js/bilmur.min.js?i=16&amp;m=202540" defer></script>
<script type="text/javascript" src="https://s0.wp.example/_static/??-eJyVjUEKwzAMBD9UR/TQ5lT6lmAJo2DLwpLo95seSk9N6XVmYeFhqVWsJL3o"
id="wpcom-actionbar-js"></script>
</body></html>`;
export const wpcomPost: TestPage = {
  html,
  name: 'heldout143-wordpresscom-blog',
  kind: 'blog',
  // the sharing buttons, likes, related posts and the ad sit inside the post content block but are furniture; the date
  // and the "by" author are bylines; the category line, tags, comments and the action bar are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...missed, ...p4]),
  bylines: ['October 2, 2025', 'by Imogen Tully'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', site, 'Notes from a reader who borrows more than she buys', ...nav, 'in Reading', 'Advertisements', ...share, 'Like this:', 'Like',
    'Loading...', 'Related', ...related.flat(), 'Tags: libraries, reading challenge', `2 responses to “${title}”`,
    ...comments.flatMap((c) => [c.name, c.when, c.text]), 'Reply', 'Leave a comment', 'Cancel reply', 'Comment', 'My autumn reading list',
    'Ghost stories for short days', 'Blog at WordPress.com.', ...actionbar, ...modal, ...cookie,
  ],
};
