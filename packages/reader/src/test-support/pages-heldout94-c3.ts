import { links } from './page-kit.js';
import { tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file c3: the Elementor templates around the WordPress post of file c (header with the nav menu widget
 * and its hidden dropdown copy, share buttons, author box, post navigation, related posts widget, WordPress comments with
 * the reply form, footer template with a newsletter form, and the Complianz cookie banner), with their furniture texts.
 */
export const elWidget = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}
</div></div>`;
const elMenu = ['Home', 'Walks', 'Bothies', 'Gear', 'About', 'Contact'];
const elMenuHtml = (cls: string, hidden: boolean): string => `<nav${hidden ? ' aria-hidden="true"' : ' aria-label="Menu"'} class="${cls}
elementor-nav-menu__container"><ul id="menu-${hidden ? 2 : 1}-c1d2e3f" class="elementor-nav-menu">
${elMenu
  .map(
    (
      t,
      i,
    ) => `<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${30 + i}"><a href="https://theslowcoast.example/${t.toLowerCase()}/"
class="elementor-item"${hidden ? ' tabindex="-1"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul></nav>`;
export const elHeader = `<header data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header"
data-elementor-post-type="elementor_library"><div class="elementor-element elementor-element-5c3b2a1 e-flex e-con-boxed e-con e-parent" data-id="5c3b2a1"
data-element_type="container"><div class="e-con-inner">
${elWidget(
  '6d4c3b2',
  'theme-site-logo',
  '<a href="https://theslowcoast.example"><img width="220" height="60" src="https://theslowcoast.example/logo.png" alt="The Slow Coast"></a>',
)}
${elWidget(
  'c1d2e3f',
  'nav-menu',
  `${elMenuHtml('elementor-nav-menu--main elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade', false)}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
${elMenuHtml('elementor-nav-menu--dropdown', true)}`,
)}
</div></div></header>`;
const elShareNets = ['Facebook', 'Twitter', 'Pinterest', 'Email'];
export const elShare = elWidget(
  'c6a7b8d',
  'share-buttons',
  `<div class="elementor-grid">${elShareNets
    .map(
      (t) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}" role="button" tabindex="0"
aria-label="Share on ${t.toLowerCase()}"><span class="elementor-share-btn__icon"><i class="fab fa-${t.toLowerCase()}" aria-hidden="true"></i></span>
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">${t}</span></div></div></div>`,
    )
    .join('\n')}</div>`,
);
const elBio =
  'Ros Fenwick walks, writes and occasionally gets lost in the north-west Highlands. She has slept in 61 bothies and has opinions about all of them.';
const elNav = ['Previous', 'A rainy week on the Sleat peninsula', 'Next', 'The bothy code, explained'];
const elRelTitles = ['Five bothies you can reach in under two hours', 'Midges: what actually works', 'My first solo wild camp'];
const elRelDates = ['May 30, 2025', 'May 11, 2025', 'April 19, 2025'];
export const elRelated = `<div class="elementor-element elementor-element-d7b8c9e e-flex e-con-boxed e-con e-parent" data-id="d7b8c9e"
data-element_type="container"><div class="e-con-inner">
${elWidget(
  'e8c9d0f',
  'author-box',
  `<div class="elementor-author-box"><a href="https://theslowcoast.example/author/ros/" class="elementor-author-box__avatar">
<img src="https://secure.gravatar.example/avatar/3f2a?s=300" alt="Picture of Ros Fenwick" loading="lazy"></a><div class="elementor-author-box__text">
<a href="https://theslowcoast.example/author/ros/"><h4 class="elementor-author-box__name">Ros Fenwick</h4></a>
<div class="elementor-author-box__bio">${elBio}</div></div></div>`,
)}
${elWidget(
  'f9d0e1a',
  'post-navigation',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="https://theslowcoast.example/sleat-peninsula/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev">
<i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Prev</span></span><span class="elementor-post-navigation__link__prev">
<span class="post-navigation__prev--label">${elNav[0]}</span><span class="post-navigation__prev--title">${elNav[1]}</span></span></a></div>
<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="https://theslowcoast.example/bothy-code/" rel="next">
<span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">${elNav[2]}</span>
<span class="post-navigation__next--title">${elNav[3]}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next">
<i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Next</span></span></a></div></div>`,
)}
${elWidget('0a1b2c3', 'heading', '<h2 class="elementor-heading-title elementor-size-default">You might also like</h2>')}
${elWidget(
  '1b2c3d4',
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${elRelTitles
    .map(
      (t, i) => `<article class="elementor-post elementor-grid-item post-${1790 + i} post type-post status-publish"><div class="elementor-post__text">
<h3 class="elementor-post__title"><a href="https://theslowcoast.example/p${i}/">${t}</a></h3><div class="elementor-post__meta-data">
<span class="elementor-post-date">${elRelDates[i]}</span></div><a class="elementor-post__read-more" aria-label="Read more about ${t}"
href="https://theslowcoast.example/p${i}/" tabindex="-1">Read More »</a></div></article>`,
    )
    .join('\n')}</div>`,
)}
</div></div>`;
const elComments = [
  {
    name: 'Moira',
    date: 'June 25, 2025 at 8:14 pm',
    text: 'Great write-up. We did it the other way round last year and the climb from Inverlael is brutal in the heat. Good call on the poles.',
  },
  {
    name: 'Alasdair Munro',
    date: 'June 27, 2025 at 10:02 am',
    text: 'Was the bus still running from Inverlael? I heard it might be cut back to one a day after the summer.',
  },
];
const elForm = [
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
export const wpComments = elWidget(
  '2c3d4e5',
  'post-comments',
  `<section id="comments" class="comments-area"><h2 class="title-comments">2 Responses</h2><ol class="comment-list">
${elComments
  .map(
    (c, i) => `<li id="comment-${41 + i}" class="comment even thread-even depth-1"><article id="div-comment-${41 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.example/avatar/${i}?s=42" class="avatar avatar-42 photo"
height="42" width="42"><b class="fn">${c.name}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-${41 + i}"><time datetime="2025-06-2${5 + i * 2}">${c.date}</time></a></div></footer>
<div class="comment-content"><p>${c.text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${elForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">${elForm[1]}</a></small></h3><form action="https://theslowcoast.example/wp-comments-post.php" method="post"
id="commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">${elForm[2]}</span> <span class="required-field-message">${elForm[3]}</span></p>
<p class="comment-form-comment"><label for="comment">${elForm[4]}</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
${elForm
  .slice(5, 8)
  .map(
    (t) => `<p class="comment-form-${t.toLowerCase().replace(/ \*$/, '')}"><label for="${t.toLowerCase().replace(/ \*$/, '')}">${t}</label>
<input id="${t.toLowerCase().replace(/ \*$/, '')}" type="text" size="30"></p>`,
  )
  .join('\n')}
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">${elForm[8]}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
value="Post Comment"></p></form></div></section>`,
);
const elFootMenu = ['Privacy Policy', 'Affiliate Disclosure', 'Contact'];
const elFootNews = ['Get new walks by email, about once a month.', 'Email', 'Subscribe'];
const elCopy = '© 2025 The Slow Coast. All rights reserved.';
const elCookie = [
  'Manage Cookie Consent',
  'We use cookies to remember your choices and to count visits, so we can see which walks people read. You can change your mind at any time.',
  'Accept',
  'Deny',
  'View preferences',
  'Cookie Policy',
];
export const elFooter = `<footer data-elementor-type="footer" data-elementor-id="118" class="elementor elementor-118 elementor-location-footer"
data-elementor-post-type="elementor_library"><div class="elementor-element elementor-element-3d4e5f6 e-flex e-con-boxed e-con e-parent" data-id="3d4e5f6"
data-element_type="container"><div class="e-con-inner">
${elWidget('4e5f6a7', 'text-editor', `<p>${elFootNews[0]}</p>`)}
${elWidget(
  '5f6a7b8',
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper elementor-labels-"><div
class="elementor-field-type-email
elementor-field-group elementor-column elementor-field-group-email"><label for="form-field-email" class="elementor-field-label elementor-screen-only">
${elFootNews[1]}</label><input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm"
placeholder="Email">
</div><div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${elFootNews[2]}</span></span></button></div></div></form>`,
)}
${elWidget(
  '6a7b8c9',
  'nav-menu',
  `<nav aria-label="Footer" class="elementor-nav-menu--main elementor-nav-menu__container"><ul
class="elementor-nav-menu">${links(elFootMenu, 'menu-item')}</ul></nav>`,
)}
${elWidget('7b8c9d0', 'text-editor', `<p>${elCopy}</p>`)}
</div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${elCookie[0]}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">${elCookie[1]}</div></div>
<div class="cmplz-buttons">${tags('button', elCookie.slice(2, 5), ' class="cmplz-btn"')}</div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="https://theslowcoast.example/cookie-policy/"
class="cmplz-link cookie-statement">${elCookie[5]}</a></li>
</ul></div></div></div>`;
export const elFurniture: string[] = [
  ...new Set([
    'Skip to content',
    ...elMenu,
    'Menu',
    ...elShareNets,
    elBio,
    ...elNav,
    'Prev',
    'You might also like',
    ...elRelTitles,
    ...elRelDates,
    'Read More »',
    '2 Responses',
    ...elComments.flatMap((c) => [c.name, c.date, c.text]),
    'says:',
    'Reply',
    ...elForm,
    ...elFootNews,
    ...elFootMenu,
    elCopy,
    ...elCookie,
  ]),
];
