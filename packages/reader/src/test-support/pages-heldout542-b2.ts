import { links, type TestPage } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file b2: a farrier's long blog post on WordPress with the Hello Elementor theme and an Elementor Pro
 * single-post template (post info list, share buttons, author box, post navigation, WordPress comments).
 */
const eTitle = 'Loose Shoes, Lost Shoes and When to Call Your Farrier';
const eBlocks = [
  j(
    'Hardly a week goes by without a phone call that starts with the words \u201che\u2019s pulled a shoe again\u201d. Most of the time it is',
    'nothing to worry about, but a lost shoe can be a sign that the shoeing interval is too long, that the ground has changed or',
    'that something is going on in the foot itself. After twenty-two years of shoeing in the Tanat valley, here is what I tell my clients.',
  ),
  '## Why shoes come loose',
  j(
    'A shoe is held on by six to eight nails driven through the hoof wall. As the foot grows, the shoe is carried forward and the',
    'nails work in their holes. By six or seven weeks the heels of the shoe are often sitting under the foot rather than supporting',
    'it, and the clenches \u2013 the turned-over nail ends on the outside of the wall \u2013 start to rise.',
  ),
  'The most common reasons I see for shoes coming off early are:',
  '- Shoeing intervals stretched past eight weeks, especially in spring when feet grow fastest.',
  '- Deep, sticky mud that sucks the shoe off, particularly the front shoes of horses that overreach.',
  '- Dry, brittle walls that crack around the nail holes in a hot summer.',
  '- Horses that paw at gates or stamp at flies for hours on end.',
  '- Over-long toes that make the horse break over late and tread on its own heels.',
  '## Checking your horse\u2019s shoes',
  j(
    'Get into the habit of picking out and looking at all four feet every day. It takes two minutes and it is the best way to catch',
    'a problem before it becomes a lost shoe and a broken wall. Run a hoof pick around the edge of the shoe and look for daylight',
    'between the shoe and the foot.',
  ),
  '### Signs that a shoe is working loose',
  '- A clicking or clinking sound on the road.',
  '- Raised clenches that you can catch a fingernail under.',
  '- The shoe moving when you push on the heel with your thumb.',
  '- A nail head standing proud of the shoe or missing altogether.',
  '- A twisted shoe, with one branch sitting further out than the other.',
  j(
    'If you find any of these, do not ride on the road and do not turn out in deep ground until you have spoken to your farrier.',
    'A loose shoe that comes off in the field is usually stood on, and a bent shoe with nails in it is a puncture waiting to happen.',
  ),
  '## What to do when a shoe comes off',
  j(
    'First, find the shoe if you can. Count the nails still in it and look for any left in the foot. A nail left in the wall can',
    'be pulled out with pincers if you have been shown how, but if you are not confident, leave it and keep the horse in on a',
    'clean bed.',
  ),
  j(
    'Next, look at the foot. A clean pull leaves the wall more or less whole, with small holes where the nails were. A bad pull',
    'tears chunks out of the wall, sometimes right up to the sensitive laminae. Take a photograph and send it to your farrier \u2013',
    'it helps us judge how urgent the visit is and what to bring.',
  ),
  j(
    'Keep the bare foot dry and protected. A hoof boot is ideal. If you do not have one, a nappy and duct tape will do for a day',
    'or two on a soft surface. Do not lunge or ride the horse \u201cjust a little bit\u201d until the shoe is back on.',
  ),
  '### When it is urgent',
  j(
    'Ring straight away, and ring the vet as well, if the horse is lame, if there is blood, if a nail has gone into the sole or',
    'frog, or if a large piece of wall has broken away. A nail puncture in the back third of the foot can reach the joint or',
    'the navicular bursa and needs a vet the same day.',
  ),
  '## How often should a horse be shod?',
  j(
    'For most horses in regular work, every five to seven weeks is about right. Young horses, horses on good grass in spring and',
    'horses with flat feet or long toes often need the shorter end of that. Older horses in light work in winter can sometimes',
    'go eight weeks, but rarely longer without the foot losing its shape.',
  ),
  j(
    'I would much rather see a horse every five weeks and keep the foot balanced than every ten weeks and spend half the visit',
    'putting right the damage. Book your next appointment before I leave the yard and you will not have to remember.',
  ),
  '## Can a farrier help with overreaching?',
  j(
    'Yes, to a point. Overreaching \u2013 where the hind toe strikes the heel or shoe of the front foot \u2013 is usually a mix of',
    'conformation, fitness, ground conditions and foot shape. Shortening the toe, rolling or setting back the hind shoes and',
    'making sure the fronts break over in good time can make a real difference.',
  ),
  j(
    'Overreach boots protect the heels but they do not fix the cause, and a horse that overreaches badly in every pace is worth',
    'a look from your vet or a physio as well as your farrier.',
  ),
  '## A note on costs',
  j(
    'A lost shoe visit between full appointments is charged at a call-out fee plus the cost of the shoe. If I can fit you in on a',
    'day I am already nearby, the call-out fee is halved. Keeping to a regular interval is almost always the cheapest way to shoe',
    'a horse.',
  ),
  'If you are worried about your horse\u2019s feet, ring or message me. A photograph and a few lines are always welcome.',
];
const eNav = ['Home', 'Services', 'Prices', 'Blog', 'Areas Covered', 'Contact'];
const eShare = ['Facebook', 'Twitter', 'WhatsApp', 'Email'];
const eComments: readonly [string, string, string][] = [
  ['Jenny Ralph', '15 February 2025 at 8:12 am', 'The nappy and duct tape trick has saved me more than once. Great article, thank you Tom.'],
  [
    'Mark Powys',
    '16 February 2025 at 6:47 pm',
    'Is it worth trying studs in winter for a horse that slips in the field, or does that make overreaching worse?',
  ],
  [
    'Tom Ashworth',
    '16 February 2025 at 9:03 pm',
    'Hi Mark, studs in the field are not a good idea. Give me a ring and we can talk about road nails or a different shoe.',
  ],
];
const comment = ([who, when, text]: readonly string[], i: number): string => `<li id="comment-${88 + i}" class="comment ${i % 2 ? 'odd' : 'even'} depth-1">
<article id="div-comment-${88 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/${i}?s=42&amp;d=mm&amp;r=g" class="avatar avatar-42 photo" height="42" width="42" loading="lazy">
<b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${88 + i}">
<time datetime="2025-02-15T08:12:00+00:00">${when}</time></a>
</div></footer><div class="comment-content"><p>${text}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${88 + i}#respond" data-commentid="${88 + i}">Reply</a></div></article></li>`;
const widget = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
const shareBtn = (t: string): string => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}" role="button"
tabindex="0" aria-label="Share on ${t.toLowerCase()}">
<span class="elementor-share-btn__icon"><i class="fab fa-${t.toLowerCase()}" aria-hidden="true"></i></span>
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">${t}</span></div></div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Tom Ashworth Farrier Services</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-post-512-css" href="/wp-content/uploads/elementor/css/post-512.css?ver=1707921000" media="all">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${eTitle}",
"datePublished":"2025-02-14T09:30:00+00:00","author":{"@type":"Person","name":"Tom Ashworth"}}]}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.19.2","is_rtl":false};</script></head>
<body class="post-template-default single single-post postid-1207 single-format-standard elementor-default elementor-template-full-width elementor-kit-6
elementor-page-512">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4a2 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${widget(
  'theme-site-logo.default',
  '7c1',
  `<a href="https://tomashworthfarrier.co.uk">
<img width="240" height="80" src="/wp-content/uploads/2023/05/logo.png" alt=""></a>`,
)}
${widget(
  'nav-menu.default',
  '9e3',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-9e3" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-9e3" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}
${widget(
  'button.default',
  'b21',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:07700900731">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">07700 900731</span></span></a></div>`,
)}
</div></div></div>
<div data-elementor-type="single-post" data-elementor-id="512" class="elementor elementor-512 elementor-location-single post-1207 post type-post
status-publish format-standard has-post-thumbnail hentry category-hoof-care">
<div class="elementor-element elementor-element-3f1 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${widget('theme-post-title.default', 'a10', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${widget(
  'post-info.default',
  'a11',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-1a elementor-inline-item" itemprop="author"><a href="/author/tom/">
<span class="elementor-icon-list-icon">
<i aria-hidden="true" class="far fa-user-circle"></i></span>
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Tom Ashworth</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-1b elementor-inline-item" itemprop="datePublished"><a href="/2025/02/14/"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>14 February 2025</time></span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-1c elementor-inline-item" itemprop="commentCount"><a href="#comments"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">3 Comments</span></a></li></ul>`,
)}
${widget(
  'theme-post-featured-image.default',
  'a12',
  `<img width="1024" height="576" src="/wp-content/uploads/2025/02/lost-shoe-1024x576.jpg"
class="attachment-large size-large wp-image-1210" alt="A front shoe lying in a muddy gateway">`,
)}
${widget('theme-post-content.default', 'a13', render(eBlocks))}
${widget('share-buttons.default', 'a14', `<div class="elementor-grid">${eShare.map(shareBtn).join('\n')}</div>`)}
${widget(
  'author-box.default',
  'a15',
  `<div class="elementor-author-box"><a href="/author/tom/" class="elementor-author-box__avatar">
<img src="/wp-content/uploads/2023/05/tom.jpg"
alt="Tom Ashworth" loading="lazy"></a><div class="elementor-author-box__text"><a href="/author/tom/">
<h4 class="elementor-author-box__name">Tom Ashworth</h4></a>
<div class="elementor-author-box__bio"><p>Tom is a registered farrier (DipWCF) working across north Powys and the Shropshire border.</p></div></div></div>`,
)}
${widget(
  'post-navigation.default',
  'a16',
  `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/hoof-care-in-a-wet-winter/" rel="prev">
<span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i>
<span class="elementor-screen-only">Prev</span></span><span class="elementor-post-navigation__link__prev">
<span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Hoof Care in a Wet Winter</span></span></a></div><div class="elementor-post-navigation__separator-wrapper">
<div class="elementor-post-navigation__separator"></div></div><div class="elementor-post-navigation__next elementor-post-navigation__link">
<a href="/barefoot-or-shod/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Barefoot or Shod? Questions to Ask First</span></span>
<span class="post-navigation__arrow-wrapper post-navigation__arrow-next">
<i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">Next</span></span></a></div></div>`,
)}
${widget(
  'post-comments.theme_comments',
  'a17',
  `<section id="comments" class="comments-area"><h2 class="title-comments">3 Responses</h2>
<ol class="comment-list">${eComments.map(comment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="22" class="elementor elementor-22 elementor-location-footer">
<div class="elementor-element elementor-element-f01 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
${widget('text-editor.default', 'f02', `<p>Covering Oswestry, Llanfyllin, Welshpool and the Tanat valley.</p>`)}
${widget('text-editor.default', 'f03', `<p>© 2025 Tom Ashworth Farrier Services. Website by Hafren Web.</p>`)}
</div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.19.2" id="elementor-pro-frontend-js"></script></body></html>`;
const eGold = gold(eBlocks);
// the post author's name is already a byline, so his reply adds only its date and text
const eCommentTexts = eComments.flatMap(([who, when, text]) => (who === 'Tom Ashworth' ? [when, text] : [who, when, text]));
const elementor: TestPage = {
  name: 'heldout542-elementor-farrier-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eGold.headings,
  body: eGold.body,
  bylines: ['Tom Ashworth', '14 February 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', '07700 900731', '3 Comments', ...eShare,
    'Tom is a registered farrier (DipWCF) working across north Powys and the Shropshire border.', 'Prev', 'Previous', 'Hoof Care in a Wet Winter',
    'Barefoot or Shod? Questions to Ask First', '3 Responses', ...eCommentTexts,
    'says:', 'Reply', 'Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *',
    'Covering Oswestry, Llanfyllin, Welshpool and the Tanat valley.', '© 2025 Tom Ashworth Farrier Services. Website by Hafren Web.',
  ],
};

export const HELDOUT542_B2: readonly TestPage[] = [elementor];
