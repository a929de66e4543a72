import { links, ps, type TestPage, texts } from './page-kit.js';
import { drupalPlan } from './pages-heldout322-a2.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file a: a gym chain's HubSpot CMS blog post on cluster sets (HubSpot menu module, blog header with
 * author, date and reading time, rich-text post body with a list, tag links, social share links, a subscribe form module,
 * related posts, a HubSpot blog comment, the hs-eu cookie banner and a footer) and, from file a2, a running-club plan page
 * on Drupal 10 (Olivero).
 */
const hTitle = 'Cluster Sets: How to Lift Heavier for Longer Without Burning Out';
const hH = ['What a cluster set actually is', 'Why the short rests work', 'How to program them', 'Who should wait'];
const hP0 = [
  j(
    'If you have trained at Ironvale for more than a few months, you have probably hit the wall every lifter meets: the weights that',
    'felt heavy in January still feel heavy in April, and adding another set just leaves you flat for the rest of the week.',
  ),
  j(
    'Our coaches have been using cluster sets with members on the Strength Foundations programme since last autumn, and the results',
    'have been good enough that we wanted to explain the method properly, including when it is not the right tool.',
  ),
];
const hP1 = [
  j(
    'A normal set of five is five reps in a row. A cluster set breaks the same five reps into small groups with a very short rest',
    'between them, usually 15 to 30 seconds. A common layout is 2+2+1: two reps, rack the bar, breathe for 20 seconds, two more,',
    'another short pause, then the final rep.',
  ),
  j(
    'Because you never grind out the last reps of a long set, you can use a load that would normally only allow three, and still',
    'finish five clean repetitions with good bar speed.',
  ),
];
const hP2 = [
  j(
    'Your muscles refill a large part of their fast energy stores within half a minute. Those short pauses let each mini-set start',
    'close to fresh, so the quality of every rep stays high. Quality is what drives strength: heavy, fast, well-positioned reps.',
  ),
  j(
    'The second benefit is technical. Tired lifters lose their brace and their bar path first. Cluster sets keep you out of that zone,',
    'which is why our coaches like them for members who are still learning the big lifts under heavier loads.',
  ),
];
const hP3 = ['We keep cluster work simple and use it on one main lift per session, never on everything. A typical block looks like this:'];
const hL3 = [
  'Pick one compound lift: back squat, trap-bar deadlift or bench press.',
  'Use about 85 percent of your best single, a weight you could normally lift three or four times.',
  'Perform four cluster sets of 2+2+1 with 20 seconds between clusters and three minutes between sets.',
  'Add 2.5 kg the following week if every rep moved at the same speed; repeat the weight if the last rep slowed down.',
  'Run the block for four weeks, then return to straight sets and test a new five-rep best.',
];
const hP3b = [
  j(
    'Everything else in the session stays as it was. Accessory work, conditioning and mobility do not need clusters, and adding them',
    'there mostly makes a session longer.',
  ),
];
const hP4 = [
  j(
    'If you are in your first six months of lifting, straight sets will still make you stronger every week, and that is the simplest',
    'way to build the habit. Cluster sets also need a rack or a spotter you can trust, so they are a poor fit for busy peak-time floors.',
  ),
  j(
    'Not sure where you sit? Ask any coach on the gym floor for a ten-minute form check, or book a free programme review in the app.',
    'We would rather you add cluster sets a month late than a month early.',
  ),
];
const hBody = [...hP0, ...hP1, ...hP2, ...hP3, ...hL3, ...hP3b, ...hP4];
const hNav = ['Memberships', 'Classes', 'Personal Training', 'Find a Gym', 'Blog', 'Join Now'];
const hTags = ['Strength Training', 'Programming', 'Coaching Tips'];
const hShare = ['Facebook', 'LinkedIn', 'Email'];
const hRelated = [
  'Tempo Training: Why Slowing Down Builds Muscle',
  'The Deload Week, Explained by Our Head Coach',
  'Five Warm-Up Drills That Make Squats Feel Easier',
];
const hFoot = ['About Ironvale', 'Careers', 'Franchise Enquiries', 'Membership Terms', 'Privacy Policy', 'Contact Us'];
const hComment = 'Tried 2+2+1 on trap-bar deadlifts last week and the last rep finally looked like the first one. Great write-up.';
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8">
<title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.ironvalefitness.example/hubfs/favicon.png">
<meta name="description" content="Cluster sets split a heavy set into small groups of reps with short rests. Our coaches explain how to use them.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.ironvalefitness.example/blog/cluster-sets-explained">
<link rel="stylesheet" href="//7052146.fs1.hubspotusercontent-na1.example/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Callum Orrey"},"datePublished":"2026-02-17T08:00:00Z",
"publisher":{"@type":"Organization","name":"Ironvale Fitness"}}</script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en-gb'; hsVars['page_id'] = 118240331; hsVars['content_group_id'] = 90111244;</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-118240331 hs-blog-post hs-blog-id-90111244">
<div data-global-resource-path="ironvale-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/ironvale-logo.svg" alt="Ironvale Fitness"></a></div>
<div class="header__menu header__menu--desktop"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu" class="menu menu--desktop">
<ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1 menu__item')}</ul></nav></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a class="blog-post__author-name" href="/blog/author/callum-orrey" rel="author">Callum Orrey</a>
<time datetime="2026-02-17 08:00:00" class="blog-post__timestamp">17 February 2026</time>
<span class="blog-post__read-time">6 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hP0)}
<!--more--><h2>${hH[0] ?? ''}</h2>
${ps(hP1)}
<div class="hs-responsive-embed-wrapper"><img src="/hubfs/blog/cluster-sets-rack.jpg" alt="A member resting between clusters at the squat rack"
width="1200" loading="lazy"><p class="image-caption"><em>Head coach Priya Lanning cues a member between clusters at Ironvale Leeds Dock.</em></p></div>
<h2>${hH[1] ?? ''}</h2>
${ps(hP2)}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-183340001"><a href="/free-programme-review" class="cta_button">Book a free programme
review</a></div>
<h2>${hH[2] ?? ''}</h2>
${ps(hP3)}
<ul>
${hL3.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(hP3b)}
<h2>${hH[3] ?? ''}</h2>
${ps(hP4)}
</span></div>
<div class="blog-post__tags"><svg aria-hidden="true"></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div>
<div class="blog-post__social-sharing"><span class="blog-post__social-label">Share this article</span><ul class="no-list">
${hShare.map((s) => `<li><a class="social-share-${s.toLowerCase()}" href="#" target="_blank" rel="noopener">${s}</a></li>`).join('\n')}</ul></div>
</article>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"
data-hs-cos-general-type="widget" data-hs-cos-type="form"><h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title"
data-hs-cos-general-type="widget_field" data-hs-cos-type="text">Get new training articles every Tuesday</h3>
<div id="hs_form_target_blog_subscribe"><form class="hs-form stacked hs-custom-form" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-8812" class=""><span>Email</span><span
class="hs-form-required">*</span></label>
<div class="input"><input id="email-8812" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div>
</form></div></span></div>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated
  .map(
    (t, i) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/related-${i}"><img
src="/hubfs/blog/related-${i}.jpg" alt="" loading="lazy"></a><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/related-${i}">${t}</a></h3></article>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments">
<div class="comment depth-0"><p class="comment-from">Nadia Feltham</p><div class="comment-body"><p>${hComment}</p></div>
<p class="comment-date">February 19, 2026</p><p class="comment-reply-to"><a href="#">Reply to Nadia Feltham</a></p></div></div>
<h3 class="comment-form-title">Leave a comment</h3></div></span></div>
</div></div></main>
<div data-global-resource-path="ironvale-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__links no-list">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Ironvale Fitness Ltd. Registered in England and Wales, company no. 09981223.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-hide="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>We use cookies to personalise your visit and to measure how our
website is used. You can accept all cookies or decline non-essential ones.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept all</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/7052146.js"></script>
</body></html>`;
const hubspotGym: TestPage = {
  name: 'heldout322-hubspot-gym-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts(hBody),
  bylines: ['Callum Orrey', '17 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, '6 min read', 'Head coach Priya Lanning cues a member between clusters at Ironvale Leeds Dock.',
    'Book a free programme review', ...hTags, 'Share this article', ...hShare, 'Get new training articles every Tuesday',
    'Related posts', ...hRelated, 'Nadia Feltham', hComment, 'February 19, 2026', 'Reply to Nadia Feltham', 'Leave a comment', ...hFoot,
    '© 2026 Ironvale Fitness Ltd. Registered in England and Wales, company no. 09981223.',
    'We use cookies to personalise your visit and to measure how our website is used. You can accept all cookies or decline non-essential ones.',
    'Accept all', 'Decline',
  ],
};

export const HELDOUT322_A: readonly TestPage[] = [hubspotGym, drupalPlan];
