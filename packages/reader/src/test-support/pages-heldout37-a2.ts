/**
 * Held-out batch 37, file a2: the Twenty Twenty-Five chrome of the WordPress post in file a (head, header with the responsive
 * navigation, comment template, reply form and footer), split out to keep each file short.
 */
export const wpt = (s: string): string =>
  s.replace(/’/g, '&#8217;').replace(/‘/g, '&#8216;').replace(/“/g, '&#8220;').replace(/”/g, '&#8221;').replace(/–/g, '&#8211;');
const navLi = (t: string): string =>
  `<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  ` +
  `href="https://hollowlane.example/${t.toLowerCase().replace(/ /g, '-')}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`;
const footLi = (t: string): string =>
  `<li class="has-small-font-size wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"  ` +
  `href="#"><span class="wp-block-navigation-item__label">${t}</span></a></li>`;
export const wpComment = (id: number, name: string, date: string, text: string, depth: number, extra = ''): string => `<li id="comment-${id}" \
class="comment ${extra}depth-${depth}">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt='${name} Avatar' \
src='https://secure.gravatar.com/avatar/${id}f3a?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo wp-block-avatar__image' \
height='50' width='50' style="border-radius:20px;"/></div>

<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-comment-author-name has-small-font-size">${name}</div>

<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="margin-top:0px;margin-bottom:0px">
<div class="wp-block-comment-date has-small-font-size"><time datetime="2025-03-1${depth}T19:02:45+00:00"><a \
href="https://hollowlane.example/2025/03/what-a-wet-winter-taught-me-about-raised-beds/#comment-${id}">${date}</a></time></div>

<div class="wp-block-comment-edit-link has-small-font-size"></div>
</div>

<div class="wp-block-comment-content"><p>${wpt(text)}</p>
</div>

<div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" \
data-commentid="${id}" data-postid="2187" data-belowelement="comment-${id}" data-respondelement="respond" \
data-replyto="Reply to ${name}" aria-label="Reply to ${name}">Reply</a></div>
</div>
</div>
`;
/** `<html>` to the end of the site header: head, body tag and the header template part with its navigation. */
export const wpHeader = (title: string, nav: readonly string[]): string => `<!DOCTYPE html>
<html lang="en-GB">
<head>
\t<meta charset="UTF-8" />
\t<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>${wpt(title)} &#8211; Hollow Lane Garden</title>
<link rel="alternate" type="application/rss+xml" title="Hollow Lane Garden &raquo; Feed" href="https://hollowlane.example/feed/" />
<link rel="alternate" type="application/rss+xml" title="Hollow Lane Garden &raquo; Comments Feed" href="https://hollowlane.example/comments/feed/" />
<script>
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.1.0\\/72x72\\/","ext":".png","svgExt":".svg"};
/*! This file is auto-generated */
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new \
Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);
</script>
<style id='wp-block-site-title-inline-css'>
.wp-block-site-title{box-sizing:border-box}.wp-block-site-title :where(a){color:inherit;font-family:inherit;font-size:inherit}
</style>
<style id='wp-block-post-date-inline-css'>
.wp-block-post-date{box-sizing:border-box}
</style>
<link rel='stylesheet' id='twentytwentyfive-style-css' href='https://hollowlane.example/wp-content/themes/twentytwentyfive/style.css?ver=1.2' media='all' />
<link rel="https://api.w.org/" href="https://hollowlane.example/wp-json/" /><link rel="alternate" title="JSON" type="application/json" \
href="https://hollowlane.example/wp-json/wp/v2/posts/2187" />
<meta name="generator" content="WordPress 6.8.1" />
<link rel="canonical" href="https://hollowlane.example/2025/03/what-a-wet-winter-taught-me-about-raised-beds/" />
<link rel='shortlink' href='https://hollowlane.example/?p=2187' />
</head>

<body class="post-template-default single single-post postid-2187 single-format-standard logged-out wp-embed-responsive">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-f4c28e8b \
wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">\
<p class="wp-block-site-title"><a href="https://hollowlane.example" target="_self" rel="home">Hollow Lane Garden</a></p>


<div class="wp-block-group is-content-justification-right is-nowrap is-layout-flex wp-block-group-is-layout-flex">\
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex \
wp-block-navigation-is-layout-flex" aria-label="Header navigation" 
\t\t data-wp-interactive="core/navigation" data-wp-context='{"overlayOpenedBy":{"click":false,"hover":false,"focus":false},\
"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}'><button aria-haspopup="dialog" aria-label="Open menu" \
class="wp-block-navigation__responsive-container-open" 
\t\t\t\tdata-wp-on-async--click="actions.openMenuOnClick"
\t\t\t\tdata-wp-on--keydown="actions.handleMenuKeydown"
\t\t\t><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false">\
<path d="M4 7.5h16v1.5H4z"></path><path d="M4 15h16v1.5H4z"></path></svg></button>
\t\t\t\t<div class="wp-block-navigation__responsive-container"  id="modal-1" 
\t\t\t\tdata-wp-class--has-modal-open="state.isMenuOpen"
\t\t\t\tdata-wp-class--is-menu-open="state.isMenuOpen"
\t\t\t\ttabindex="-1"
\t\t\t>
\t\t\t\t\t<div class="wp-block-navigation__responsive-close" tabindex="-1">
\t\t\t\t\t\t<div class="wp-block-navigation__responsive-dialog" 
\t\t\t\tdata-wp-bind--aria-modal="state.ariaModal"
\t\t\t\tdata-wp-bind--aria-label="state.ariaLabel"
\t\t\t>
\t\t\t\t\t\t\t<button aria-label="Close menu" class="wp-block-navigation__responsive-container-close" 
\t\t\t\tdata-wp-on-async--click="actions.closeMenuOnClick"
\t\t\t><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">\
<path d="m13.06 12 6.47-6.47-1.06-1.06L12 10.94 5.53 4.47 4.47 5.53 10.94 12l-6.47 6.47 1.06 1.06L12 13.06l6.47 6.47 1.06-1.06L13.06 12Z"></path></svg></button>
\t\t\t\t\t\t\t<div class="wp-block-navigation__responsive-container-content" 
\t\t\t\tdata-wp-watch="callbacks.focusFirstElement"
\t\t\t id="modal-1-content">
\t\t\t\t\t\t\t\t<ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">\
${nav.map(navLi).join('')}</ul>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t</div></nav></div>
</div>
</div>
</div>
</header>
`;
/** The comment form after the comment list. */
export const wpRespond = `\t<div id="respond" class="comment-respond wp-block-post-comments-form">
\t\t<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" \
href="/2025/03/what-a-wet-winter-taught-me-about-raised-beds/#respond" style="display:none;">Cancel reply</a></small></h3>\
<form action="https://hollowlane.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>\
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">\
Required fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment \
<span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>\
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" \
value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" \
value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" \
autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> \
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" \
value="Post Comment" /> <input type='hidden' name='comment_post_ID' value='2187' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>\t</div><!-- #respond -->`;
/** The footer template part, its two default navigation menus and the end of the page. */
export const wpFooter = (foot1: readonly string[], foot2: readonly string[]): string => `<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" \
style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow \
wp-block-column-is-layout-flow" style="flex-basis:100%"><h2 class="wp-block-site-title"><a href="https://hollowlane.example" \
target="_self" rel="home">Hollow Lane Garden</a></h2></div>
</div>

<div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">\
<nav style="font-style:normal;font-weight:400;" class="has-small-font-size is-vertical wp-block-navigation is-layout-flex \
wp-block-navigation-is-layout-flex" aria-label="Footer navigation 1"><ul class="wp-block-navigation__container has-small-font-size \
is-vertical wp-block-navigation has-small-font-size">${foot1.map(footLi).join('')}</ul></nav>

<nav style="font-style:normal;font-weight:400;" class="has-small-font-size is-vertical wp-block-navigation is-layout-flex \
wp-block-navigation-is-layout-flex" aria-label="Footer navigation 2"><ul class="wp-block-navigation__container has-small-font-size \
is-vertical wp-block-navigation has-small-font-size">${foot2.map(footLi).join('')}</ul></nav></div>
</div>

<div style="height:var(--wp--preset--spacing--70)" aria-hidden="true" class="wp-block-spacer"></div>

<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">Twenty Twenty-Five</p>

<p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</div>
</div>
</footer>
</div>
<script type="speculationrules">
{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"},{"not":{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*"]}}]},\
"eagerness":"conservative"}]}
</script>
<script src="https://hollowlane.example/wp-includes/js/comment-reply.min.js?ver=6.8.1" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
`;
