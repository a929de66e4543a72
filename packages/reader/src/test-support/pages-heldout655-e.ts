import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file e: a grooming franchise's blog post on HubSpot CMS (Growth theme, CTA, subscribe form, cookie
 * notice), and a dog walking app's help-centre article on Zendesk Guide (Copenhagen theme, section sidebar, votes).
 */
const hTitle = 'What’s Included in a Full Groom (and What Costs Extra)?';
const hBody = [
  j(
    'Booking a "full groom" for the first time can feel like ordering from a menu with no descriptions. Every salon uses the',
    'words a little differently, so here is exactly what a full groom means at every Bubble &amp; Bark salon, and which extras',
    'you might see on the bill.',
  ),
  'The full groom, step by step',
  '<strong>Health check.</strong> We look over skin, ears, eyes, teeth and paws and note anything for you to keep an eye on.',
  '<strong>Pre-clip and brush out.</strong> Loose coat and small tangles come out before the bath so they do not tighten.',
  '<strong>Bath.</strong> Two washes with a shampoo chosen for the coat type, and conditioner where the coat needs it.',
  '<strong>Dry.</strong> Hand drying with a stand dryer, straightening curly coats so they can be scissored evenly.',
  '<strong>Style.</strong> The clip or scissor trim you asked for, including face, feet and sanitary areas.',
  '<strong>Finishing.</strong> Nails clipped and filed, ears cleaned, and a finishing spray.',
  'What costs extra',
  j(
    'Most of our extras are about time. A matted coat can double the length of a groom, and our price list assumes a coat that',
    'has been brushed at home. We will always call you before doing anything that costs more than £10 extra.',
  ),
  'Dematting, charged in 15-minute blocks',
  'Hand stripping instead of clipping',
  'Flea treatment baths',
  'Teeth cleaning with enzyme paste',
  'Blueberry facials and paw balm',
  'How long will it take?',
  j(
    'A small dog usually takes about two hours and a large double-coated dog up to four. We text you when your dog is ready, and',
    'we never use cage dryers, so your dog is never left drying in a crate.',
  ),
];
const hH = [1, 8, 16];
const hNav = ['Services', 'Locations', 'Prices', 'Blog', 'Careers'];
const hRel = ['Doodle Grooming 101', 'Why Your Groomer Asks About Vaccinations', 'Summer Cuts: Does Shaving Keep Dogs Cool?'];
const hMod = (id: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>What’s Included in a Full Groom? | Bubble &amp; Bark Blog</title>
<link rel="shortcut icon" href="https://www.bubbleandbark.com/hubfs/favicon.png">
<meta name="description" content="Exactly what a full groom includes, and which extras cost more.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.bubbleandbark.com/hubfs/hub_generated/template_assets/1/118/1712345/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"${hTitle}","author":{"@type":"Person","name":"Dana Whitcombe"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.bubbleandbark.com/blog/whats-included-in-a-full-groom">
<script>var hsVars = {"render_id":"c1a2","ticks":1740000000000,"page_id":118822,"content_group_id":98121,"portal_id":4419202};</script></head>
<body><div class="body-wrapper hs-content-id-118822 hs-blog-post hs-blog-id-98121">
<div data-global-resource-path="growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper">
<div class="header__logo header__logo--main">${hMod(
  'site_logo',
  `<span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo"><img src="/hubfs/logo.svg" alt="Bubble &amp; Bark" class="hs-image-widget"></a></span>`,
)}</div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation header--element">
${hMod(
  'navigation-primary',
  `<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>`,
)}
</div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.bubbleandbark.com/blog/author/dana-whitcombe">Dana Whitcombe</a>
<time datetime="2025-02-20 10:00:00" class="blog-post__timestamp">February 20, 2025</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps([at(hBody, 0)])}<!--more--><h2>${at(hBody, 1)}</h2><ol>${lis(hBody.slice(2, 8))}</ol>
<h2>${at(hBody, 8)}</h2>${ps([at(hBody, 9)])}<ul>${lis(hBody.slice(10, 15))}</ul>
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-0b1c"><span class="hs-cta-node hs-cta-0b1c" id="hs-cta-0b1c"><a
href="https://cta-redirect.hubspot.com/cta/redirect/4419202/0b1c"
 class="cta_button" cta_dest_link="/book">Book a full groom near you</a></span></span></p>
<h2>${at(hBody, 16)}</h2>${ps([at(hBody, 17)])}</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg>
<a class="blog-post__tag-link" href="/blog/tag/grooming-basics">Grooming Basics</a>, <a class="blog-post__tag-link" href="/blog/tag/prices">Prices</a></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/x">
<img class="blog-related-posts__image" src="/hubfs/r.jpg" alt="${t}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3></div>
</div>`,
  )
  .join('\n')}
</div></section>
<div class="blog-comments">${hMod(
  'blog_comments',
  `<div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_blog_comments"><h3 class="hs-form-title">Leave a comment</h3></div></div>`,
)}</div>
</div></div></main>
<div data-global-resource-path="growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${hMod(
  'footer_subscribe',
  `<h3>Subscribe to the Bubble &amp; Bark newsletter</h3><div class="hs_cos_wrapper_type_form">
<form class="hs-form stacked" action="#"><div class="hs_email hs-form-field">
<label for="email-1"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-1" name="email" type="email" class="hs-input"></div>
<input type="submit" value="Subscribe" class="hs-button primary large"></form></div>`,
)}
${hMod('footer_copyright', '<p class="footer__copyright">© 2025 Bubble &amp; Bark Grooming Ltd. 14 salons across the East Midlands.</p>')}
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients  hs-cookie-notification-position-bottom" data-hs-banner-type="2" role="region"
aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer.
These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button"
role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4419202.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout655-hubspot-full-groom',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH.map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => !hH.includes(i))),
  bylines: ['Dana Whitcombe', 'February 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Services', 'Locations', 'Prices', 'Blog', 'Careers', 'Book a full groom near you', 'Grooming Basics', 'Related posts', ...hRel,
    'Leave a comment', 'Subscribe to the Bubble & Bark newsletter', 'Email', '© 2025 Bubble & Bark Grooming Ltd. 14 salons across the East Midlands.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

const zTitle = 'How do I cancel or reschedule a walk?';
const zBody = [
  'You can change a walk in the Strollie app up until your walker’s cut-off time, which is shown on the booking.',
  'To reschedule a walk',
  'Open the <strong>Bookings</strong> tab and tap the walk you want to move.',
  'Tap <strong>Change time</strong> and pick a new slot. Only slots your walker has free are shown.',
  'Tap <strong>Send request</strong>. Your walker has 12 hours to accept; until then the original walk stays booked.',
  'To cancel a walk',
  j(
    'Tap the walk, then <strong>Cancel walk</strong>, and choose a reason. If you cancel before the cut-off, the payment is released',
    'back to your card within 3 to 5 working days.',
  ),
  j(
    'Cancellations after the cut-off are paid to your walker in full, because they have already held the slot for you. If you think',
    'a late cancellation should be refunded, for example because your dog was unwell, contact us and we will look into it.',
  ),
  'Note: Walks booked as part of a weekly plan are cancelled one at a time. To end the plan, go to Profile › Plans.',
];
const zSide = ['Changing your walker', 'What happens if my walker cancels?', 'Holiday pauses for weekly plans', zTitle];
const zRel = ['How are walks paid for?', 'Setting up a weekly plan'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26871 --><title>${zTitle} – Strollie Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://help.strollie.app/hc/en-gb/articles/4411920-How-do-I-cancel-or-reschedule-a-walk">
<meta content="width=device-width, initial-scale=1.0" name="viewport">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-2f6a.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/9911/style.css?digest=8821">
<script>window.HelpCenter = {"account":{"subdomain":"strollie"},"user":{"role":"anonymous"}};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb">
<img src="//theme.zdassets.com/theme_assets/9911/logo.png" alt="Strollie Help Centre home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li>
<li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button" href="/hc/en-gb/signin">Sign in</a></li>
</ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs">
${links(['Strollie Help Centre', 'Booking walks', 'Changes and cancellations'])}</ol></nav>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get">
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSide
  .map(
    (t, n) => `<li><a href="/hc/en-gb/articles/44119${n}"
class="sidenav-item${t === zTitle ? ' current-article' : ''}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://strollie.zendesk.com/system/photos/ola.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/3813-Ola-Brennan">Ola Brennan</a><ul class="meta-group"><li class="meta-data">
<time datetime="2025-01-14T11:02:19Z" title="2025-01-14 11:02" data-datetime="relative">2 months ago</time></li><li class="meta-data">Updated</li></ul></div>
</div></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps([at(zBody, 0)])}
<h3>${at(zBody, 1)}</h3><ol>${lis(zBody.slice(2, 5))}</ol><h3>${at(zBody, 5)}</h3>${ps([at(zBody, 6), at(zBody, 7)])}
<p class="callout callout--info">${at(zBody, 8)}</p></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=x" class="share-facebook" aria-label="Facebook"><svg></svg></a></li>
<li><a href="https://twitter.com/share?lang=en" class="share-twitter" aria-label="X Corp"><svg></svg></a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 57 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg class="article-return-to-top-icon" aria-hidden="true"></svg></a></div>
</footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${links(zRel)}</ul></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Strollie Help Centre</a><div class="footer-language-selector">
<div class="dropdown language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></div></footer>
<script src="//static.zdassets.com/hc/assets/en-gb.1b7c.js"></script>
<script src="//theme.zdassets.com/theme_assets/9911/script.js?digest=8821"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout655-zendesk-reschedule',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [at(zBody, 1), at(zBody, 5)],
  body: texts(zBody.filter((_, i) => i !== 1 && i !== 5)),
  bylines: ['Ola Brennan', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Strollie Help Centre', 'Booking walks', 'Changes and cancellations',
    'Articles in this section', ...zSide.slice(0, 3), 'Was this article helpful?', 'Yes', 'No', '41 out of 57 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRel, 'English (GB)',
  ],
};

export const HELDOUT655_E: readonly TestPage[] = [hubspot, zendesk];
