import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file c2: a yoga studio's blog post on WordPress with an Elementor Pro single-post template (the header
 * template with "Book a Class", the hidden off-canvas mobile menu repeating the nav, the post-info widget with author, date
 * and reading time, the theme-post-content widget holding the text and a pull quote, an inline class schedule promo from the
 * booking widget, the share buttons, the author box, the posts widget "You might also like", the Mailchimp form section, the
 * footer template with address and hours, and the Complianz cookie banner).
 */
const title = 'Why we hold poses longer in Yin, and what to do when you want to come out';
const p1 = paras(`
If you have come to one of our Sunday evening Yin classes you will know the moment. You have been in a pose for three minutes,
the music has gone quiet, and every part of you wants to move. Many students tell us this is the hardest part of Yin, harder
than any balance or backbend in a flow class.

We wanted to explain why we ask you to stay, and also why it is fine to come out.
`);
const h1 = 'What the long holds are for';
const p2 = paras(`
In a flowing class we work mostly with muscles, moving in and out of shapes with the breath. In Yin we stay still in gentle
positions for three to five minutes, usually close to the floor. The idea is that with the muscles relaxed, the pose can work on
the deeper tissues around the joints, especially in the hips, spine and legs.

There is also a simpler reason. Staying still is a skill. Most of us spend the day moving from one thing to the next, and the long
holds give you a rare chance to notice what is happening in your body without trying to fix it.
`);
const quote = 'Comfortable discomfort is the goal. Sharp, hot or electric sensations are a sign to back off straight away.';
const h2 = 'Finding your edge';
const p3 = paras(`
We talk a lot about your edge in Yin. It is the point where you feel a clear stretch but can still breathe slowly and stay. Go
past it and you will tense up, which defeats the purpose. Stay too far back and you may get bored. Here is what we suggest:
`);
const tips = [
  'Come into the pose slowly and stop at the first point of real sensation.',
  'Use props freely. A bolster under the chest or a block under the head changes everything.',
  'After a minute, check in. If the sensation has eased, you can go a little deeper.',
  'Breathe through the nose and let the exhale be a little longer than the inhale.',
] as const;
const h3 = 'When to come out';
const p4 = paras(`
You are always allowed to come out of a pose. If you feel pins and needles, numbness or pain in a joint, ease out and rest in a
neutral position. Nobody is keeping score. Coming out and going back in is a perfectly good practice, and our teachers will often
offer another version of the pose that suits you better.

If you are pregnant, recovering from an injury or have hypermobile joints, have a word with your teacher before class. Some poses
need adapting and we are always happy to help.
`);
const nav = ['Home', 'Timetable', 'Classes', 'Workshops', 'Teachers', 'Blog', 'Contact'] as const;
const promo = ['Yin and Restore', 'Sundays at 6.30pm with Freya', 'Book a Class'] as const;
const share = ['Share on facebook', 'Share on whatsapp', 'Share on email'] as const;
const bio = 'Freya Lindqvist has taught Yin and restorative yoga at Stillwater since 2019 and runs our teacher training programme.';
const more = ['Five props you already have at home', 'A beginner’s guide to our timetable', 'Breathing for better sleep'] as const;
const news = ['Join our mailing list', 'Timetable changes, workshops and the odd offer. No spam, ever.', 'First name', 'Email', 'Sign me up'] as const;
const footer = [
  'Stillwater Yoga',
  '4 Orchard Yard, Totnes',
  'Studio open Monday to Saturday 7am to 9pm, Sunday 9am to 8pm',
  'Privacy Policy',
  'Terms and Conditions',
  '© 2026 Stillwater Yoga. All rights reserved.',
] as const;
const cookie = 'We use cookies to optimise our website and our service.';
const cookieBtns = ['Accept', 'Deny', 'View preferences'] as const;
const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Stillwater Yoga</title><meta name="description" content="Why we ask you to stay in Yin poses, and why it is fine to come out.">
<link rel="stylesheet" id="elementor-frontend-css" href="https://stillwateryoga.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4">
<link rel="stylesheet" id="elementor-post-9-css" href="https://stillwateryoga.example/wp-content/uploads/elementor/css/post-9.css?ver=1732">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"datePublished":"2026-10-27T08:00:00+00:00","author":{"@type":"Person","name":"Freya Lindqvist"}}]}</script>
<script src="https://stillwateryoga.example/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js" id="cmplz-cookiebanner-js" defer></script>
</head><body class="post-template-default single single-post postid-612 elementor-default elementor-template-full-width elementor-page-704">
<div data-elementor-type="header" data-elementor-id="9" class="elementor elementor-9 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="elementor-widget-theme-site-logo">
<a href="https://stillwateryoga.example"><img src="https://stillwateryoga.example/wp-content/uploads/logo.svg" alt="Stillwater Yoga logo"></a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container"
aria-label="Menu"><ul id="menu-1-6c1" class="elementor-nav-menu">${links(nav, 'menu-item')}</ul></nav>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-6c1" class="elementor-nav-menu">
${links(nav, 'menu-item')}</ul></nav></div>
<div class="elementor-widget-button"><a class="elementor-button elementor-button-link" href="/timetable/"><span
class="elementor-button-text">Book a Class</span>
</a></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="704" class="elementor elementor-704 elementor-location-single post-612 post type-post">
<div class="elementor-element e-con-boxed e-con e-parent"><div class="elementor-widget-theme-post-title"><h1
class="elementor-heading-title elementor-size-default">
${title}</h1></div>
<div class="elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-author"><span
class="elementor-icon-list-text elementor-post-info__item--type-author">Freya Lindqvist</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-date"><span class="elementor-icon-list-text"><time>27 October 2026</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-custom"><span class="elementor-icon-list-text">6 min read</span></li></ul></div>
<div class="elementor-widget-theme-post-featured-image"><img src="https://stillwateryoga.example/wp-content/uploads/2026/10/yin-dragon.jpg"
alt="Student in dragon pose with a bolster"></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<blockquote class="wp-block-quote is-style-large"><p>${quote}</p></blockquote>
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<ul class="wp-block-list">${lis(tips)}</ul>
<div class="wp-block-group studio-promo"><div class="bw-widget" data-bw-widget-type="schedules"><h4>${promo[0]}</h4><p>${promo[1]}</p>
<a class="bw-widget__cta" href="/timetable/?class=yin">${promo[2]}</a></div></div>
<h2 class="wp-block-heading">${h3}</h2>
${ps(p4)}
</div></div>
<div class="elementor-widget-share-buttons"><div class="elementor-grid">
${share
  .map(
    (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn" role="button">
<span class="elementor-screen-only">${s}</span></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="elementor-widget-author-box"><div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">
Freya Lindqvist</h4><div class="elementor-author-box__bio"><p>${bio}</p></div></div></div></div>
<div class="elementor-widget-posts"><h3 class="elementor-heading-title">You might also like</h3><div class="elementor-posts-container elementor-posts">
${more
  .map(
    (m) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="#">${m}</a></h3>
<a class="elementor-post__read-more" href="#">Read More »</a></div></article>`,
  )
  .join('\n')}</div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
<section class="elementor-element mailchimp-section"><h2 class="elementor-heading-title">${news[0]}</h2><p>${news[1]}</p>
<form class="elementor-form" name="Newsletter"><label for="form-field-name" class="elementor-field-label">${news[2]}</label><input id="form-field-name">
<label for="form-field-email" class="elementor-field-label">${news[3]}</label><input id="form-field-email" type="email">
<button type="submit" class="elementor-button"><span class="elementor-button-text">${news[4]}</span></button></form></section>
<div class="elementor-element footer-info"><p>${footer[0]}</p><p>${footer[1]}</p><p>${footer[2]}</p>
<ul class="footer-legal">${links(footer.slice(3, 5))}</ul><p class="copyright">${footer[5]}</p></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div
class="cmplz-message"><p>${cookie}</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${cookieBtns[0]}</button><button class="cmplz-btn cmplz-deny">${cookieBtns[1]}</button>
<button class="cmplz-btn cmplz-view-preferences">${cookieBtns[2]}</button></div></div></div>
<script src="https://stillwateryoga.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.2" id="elementor-pro-frontend-js"></script>
</body></html>`;

export const yogaStudio: TestPage = {
  html,
  name: 'heldout216-yoga-studio-blog-post',
  kind: 'blog',
  // the pull quote is part of the article (body); the booking widget's class promo inside the post content, the share
  // buttons, the author box and the posts widget are furniture; the author box name repeats the byline
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...texts(p2), quote, ...texts(p3), ...tips, ...texts(p4)],
  bylines: ['Freya Lindqvist', '27 October 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Book a Class', ...promo.slice(0, 2), ...share, bio, 'You might also like', ...more, 'Read More »', ...news, ...footer, 'Manage Cookie Consent',
    cookie, ...cookieBtns,
  ],
};
