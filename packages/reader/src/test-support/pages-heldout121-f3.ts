/**
 * Held-out batch 121, file f3: the furniture blocks of the WordPress.com Twenty Twenty-Four page of file f (menus, Jetpack
 * related posts, the comments block with the Verbum form, the footer template part, the "Discover more from" subscribe modal,
 * the EU cookie widget and the hidden action bar), each as its HTML and the visible texts it holds.
 */
export const wpNav = ['About the plot', 'Seed swap', 'Recipes', 'Contact'];
export const wpRelated = [
  { t: 'Why I stopped buying F1 seed', d: 'March 3, 2024', c: 'In "Seeds"' },
  { t: 'Dilys and the great bean debate', d: 'July 19, 2023', c: 'In "Allotment life"' },
  { t: 'A cold frame from two old windows', d: 'April 11, 2023', c: 'In "Projects"' },
];
const cm = [
  { n: 'Dilys Prothero', d: '22 September 2024 at 8:12 pm', t: 'I will take some Pink! And you are welcome to Yellow Pearl any time, you know that.' },
  { n: 'Gwen Talbot', d: '22 September 2024 at 9:40 pm', t: 'Envelope is in the tin for you, Dilys.' },
  {
    n: 'Harun Celik',
    d: '24 September 2024 at 7:05 am',
    t: 'Very clear, thank you. Does the same method work for cucumbers? Mine always go to mush before the seed is ripe.',
  },
];
const cmForm = ['Leave a comment', 'Cancel reply', 'Write a Comment...', 'Log in or provide your name and email to leave a comment.'];
export const wpComments = {
  html: `<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70)"><h2 class="wp-block-heading
has-x-large-font-size">Comments</h2><h3 id="comments" class="wp-block-comments-title">3 responses to “Saving tomato seed, the messy way”</h3>
<ol class="wp-block-comment-template">${cm
    .map(
      (c, i) => `<li id="comment-${51 + i}" class="comment ${i === 1 ? 'byuser comment-author-gwentalbot bypostauthor' : ''} even depth-1"><div
class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt="${c.n} Avatar"
src="https://2.gravatar.example/avatar/${i}?s=40"
class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40"></div><div class="wp-block-group is-layout-flow"><div
class="wp-block-comment-author-name has-small-font-size">${c.n}</div><div class="wp-block-group is-layout-flex" style="margin-top:0px;margin-bottom:0px">
<div class="wp-block-comment-date has-small-font-size"><time datetime="2024-09-2${2 + (i > 1 ? 2 : 0)}"><a
href="#comment-${51 + i}">${c.d}</a></time></div></div>
<div class="wp-block-comment-content"><p>${c.t}</p></div><div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow"
class="comment-reply-link"
href="#comment-${51 + i}" data-commentid="${51 + i}" data-postid="412" data-belowelement="comment-${51 + i}" data-respondelement="respond"
aria-label="Reply to ${c.n}">Reply</a></div></div></div></li>`,
    )
    .join('\n')}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">${cmForm[0]} <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">${cmForm[1]}</a></small></h3><form
action="https://ferncliffplot14.wordpress.com/wp-comments-post.php"
method="post" id="commentform" class="comment-form"><div class="comment-form__verbum transparent"><div class="verbum-form"><label for="comment"
class="verbum-form__label">${cmForm[2]}</label><textarea id="comment" name="comment" class="verbum-form__textarea" placeholder="Write a Comment..."></textarea>
<p class="verbum-form__login-prompt">${cmForm[3]}</p></div></div><input type="hidden" name="comment_post_ID" value="412" id="comment_post_ID">
<p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="a1b2c3d4e5"></p></form></div></div>`,
  texts: [
    'Comments',
    '3 responses to “Saving tomato seed, the messy way”',
    ...cm.filter((c) => c.n !== 'Gwen Talbot').map((c) => c.n),
    ...cm.flatMap((c) => [c.d, c.t]),
    'Reply',
    ...cmForm,
  ],
};
const foot = {
  tag: 'Notes from plot 14 on the Ferncliff Road allotments',
  about: ['The plot', 'Who grows what', 'Contact'],
  else: ['Instagram', 'Mastodon', 'RSS'],
};
const footMenu = (h: string, items: readonly string[]): string => `<div class="wp-block-group is-vertical is-layout-flex"><h2 class="wp-block-heading
has-medium-font-size has-body-font-family" style="font-style:normal;font-weight:600">${h}</h2><nav class="is-vertical wp-block-navigation is-layout-flex"
aria-label="${h}"><ul class="wp-block-navigation__container is-vertical wp-block-navigation">${items
  .map(
    (t) => `<li class="has-small-font-size wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://ferncliffplot14.wordpress.com/${t.toLowerCase().replace(/ /g, '-')}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div>`;
export const wpFoot = {
  html: `<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"
style="padding-top:var(--wp--preset--spacing--50);
padding-bottom:var(--wp--preset--spacing--50)"><div class="wp-block-group alignwide is-layout-flow"><div class="wp-block-group alignfull
is-content-justification-space-between is-layout-flex"><div class="wp-block-group is-vertical is-layout-flex"><h2 class="wp-block-site-title"><a
href="https://ferncliffplot14.wordpress.com" target="_self" rel="home">Ferncliff Plot 14</a></h2><p class="wp-block-site-tagline">${foot.tag}</p></div>
<div class="wp-block-group is-layout-flex">${footMenu('About', foot.about)}${footMenu('Elsewhere', foot.else)}</div></div>
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex" style="padding-top:var(--wp--preset--spacing--40)">
<p class="has-small-font-size">Blog at <a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">WordPress.com</a>.</p></div></div></div></footer>`,
  texts: [foot.tag, 'About', ...foot.about, 'Elsewhere', ...foot.else, 'Blog at WordPress.com.'],
};
const more = [
  'Discover more from Ferncliff Plot 14',
  'Subscribe now to keep reading and get access to the full archive.',
  'Type your email…',
  'Continue reading',
];
export const wpMore = {
  html: `<div class="jetpack-subscribe-modal" style="display:none;"><div class="jetpack-subscribe-modal__modal-content"><div
class="wp-block-group has-border-color
is-layout-constrained"><h2 class="wp-block-heading has-text-align-center" style="margin-top:4px;margin-bottom:0px;font-size:26px">${more[0]}</h2>
<p class="has-text-align-center" style="margin-top:4px;margin-bottom:0px;font-size:15px">${more[1]}</p><div class="wp-block-jetpack-subscriptions__container
is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" data-blog="231884416" data-post_access_level="everybody" id="subscribe-blog"><div
class="wp-block-jetpack-subscriptions__form-elements"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field"
class="screen-reader-text">${more[2]}</label><input required="required" type="email" name="email" class="no-border-radius" placeholder="Type your email…"
value="" id="subscribe-field" title="Please fill in this field."></p><p id="subscribe-submit"><button type="submit"
class="wp-block-button__link no-border-radius"
name="jetpack_subscriptions_widget">Subscribe</button></p></div></form></div><p class="has-text-align-center jetpack-subscribe-modal__close"
style="margin-top:20px;font-size:14px"><a href="#">${more[3]}</a></p></div></div></div>`,
  texts: [...more, 'Subscribe'],
};
const cookie = [
  'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
  'To find out more, including how to control cookies, see here:',
  'Cookie Policy',
];
export const wpCookie = {
  html: `<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180"
id="eu-cookie-law"><form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept"
class="accept"></form>Privacy &amp; Cookies: This site
uses cookies. By continuing to use this website, you agree to their use.<br><br>${cookie[1]} <a href="https://automattic.com/cookies/"
rel="nofollow">${cookie[2]}</a>
</div></div>`,
  texts: cookie,
};
const bar = [
  'Reblog',
  'Subscribe',
  'Subscribed',
  'Join 214 other subscribers',
  'Sign me up',
  'Already have a WordPress.com account? Log in now.',
  'Copy shortlink',
  'Report this content',
  'View post in Reader',
  'Manage subscriptions',
  'Collapse this bar',
];
export const wpActionbar = {
  html: `<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentytwentyfour actnbr-has-follow actnbr-has-actions"><ul><li class=""><a
class="actnbr-action actnbr-actn-reblog" href=""><svg class="gridicon gridicons-reblog" height="20" width="20" viewBox="0 0 24 24"><g><path
d="M22.086 9.914L20 7.828V18"></path>
</g></svg><span>${bar[0]}</span></a></li><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><svg
class="gridicon" height="20"
width="20" viewBox="0 0 20 20"><path d="M18 8h-2V6h-2V4h-2v2h-2v2h2v2h2V8h2z"></path></svg><span>${bar[1]}</span></a><a
class="actnbr-action actnbr-actn-following
no-display" href=""><span>${bar[2]}</span></a><div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div
class="tip-inner actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="https://ferncliffplot14.wordpress.com"><img loading="lazy" alt=""
src="https://ferncliffplot14.wordpress.com/wp-content/uploads/2023/02/logo.png?w=50" class="avatar avatar-50" height="50" width="50"> Ferncliff Plot 14</a></li>
<form method="post" action="https://subscribe.wordpress.com" accept-charset="utf-8" style="display: none;"><div
class="actnbr-follow-count">${bar[3]}</div><div><input
type="email" name="email" placeholder="Enter your email address" class="actnbr-email-field" aria-label="Enter your email address"></div><div
class="actnbr-button-wrap">
<button type="submit" value="Sign me up">${bar[4]}</button></div></form><li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a
href="https://wordpress.com/log-in?redirect_to=https%3A%2F%2Fferncliffplot14.wordpress.com">Log in now.</a></div></li></ul></div></div></li><li
class="actnbr-ellipsis actnbr-hidden"><svg class="gridicon gridicons-ellipsis" height="24" width="24" viewBox="0 0 24 24"><g><path
d="M7 12a2 2 0 11-4 0"></path></g>
</svg><div class="actnbr-popover tip tip-top-left actnbr-more"><div class="tip-arrow"></div><div class="tip-inner"><ul>
${bar
  .slice(6)
  .map((t) => `<li class="actnbr-${t.split(' ')[0]?.toLowerCase()}"><a href="#">${t}</a></li>`)
  .join('\n')}</ul></div></div></li></ul></div>`,
  texts: bar,
};
