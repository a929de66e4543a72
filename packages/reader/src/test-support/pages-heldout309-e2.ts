import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file e2: a meditation app's blog post on Webflow (w-nav navbar, blog category and meta, w-richtext
 * body with a figure caption and a list, the app download call to action, the w-form newsletter with its done / fail
 * messages, a w-dyn-list of related posts, the footer and a Finsweet cookie consent banner).
 */
const wTitle = 'How to build an evening wind-down routine you will actually keep';
const wP1 = [
  j(
    'Most of us know the advice: no screens before bed, a warm bath, a cup of something without caffeine. Most of us also know',
    'how rarely we follow it. The problem is not the advice. It is that a routine built from rules feels like another task at',
    'the end of a day already full of them.',
  ),
  'A wind-down routine works best when it is short, pleasant and tied to something you already do every evening.',
];
const wH1 = 'Start with an anchor';
const wP2 = [
  j(
    'Pick one thing that happens every night without fail, such as brushing your teeth or locking the front door. That is your',
    'anchor. The routine begins straight after it, so you never have to decide when to start.',
  ),
  j(
    'Anchors work because they borrow the momentum of a habit you already have. Over a few weeks the two actions begin to feel',
    'like one, and the wind-down stops being something you have to remember.',
  ),
];
const wH2 = 'A ten-minute routine';
const wList = [
  'Dim the lights in the room where you will spend the last hour of the evening.',
  'Sit for three minutes and follow the breath, counting each exhale up to ten and starting again.',
  'Write down one thing that went well today and one thing you can leave until tomorrow.',
  'Finish with a slow body scan, moving your attention from the feet to the crown of the head.',
];
const wH3 = 'Be kind to the missed nights';
const wP3 = [
  j(
    'You will skip some evenings. Everyone does. Our own user data suggests that people who miss a night and return the next',
    'day are just as likely to keep the habit after three months as those who never miss at all. What matters is the return.',
  ),
  j(
    'If ten minutes feels like too much, start with the three minutes of breathing alone. A small routine you keep will do more',
    'for your sleep than an ambitious one you abandon in a week.',
  ),
];
const wNav = ['Features', 'Courses', 'For Teams', 'Blog', 'Pricing'];
const wRel = ['What a body scan is, and why it helps with sleep', 'Five-minute practices for a busy lunch break', 'Meditation myths, gently corrected'];
const wFoot = ['Help centre', 'Careers', 'Terms', 'Privacy', 'Instagram', 'YouTube'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 10:22:41 GMT+0000 -->
<html data-wf-domain="www.stillwell.example" data-wf-page="65a1f0c2e3d4b5a6c7d8e9f0" data-wf-site="64f0e1d2c3b4a59687786950"
data-wf-collection="65a1f0c2e3d4b5a6c7d8e9aa"
data-wf-item-slug="evening-wind-down-routine" lang="en"><head><meta charset="utf-8"><title>${wTitle} | Stillwell</title>
<meta content="A ten-minute wind-down routine built on one simple anchor." name="description"><meta content="${wTitle}" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/64f0e1d2/css/stillwell.webflow.shared.4c1e.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Dr. Lena Fairweather"},
"datePublished":"2026-03-03"}</script><script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
</head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.example/stillwell-logo.svg" alt="Stillwell logo" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${anchors(wNav, 'nav-link w-nav-link')}<a href="/download" class="button-nav w-button">Get the app</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-blog-post"><div class="container-narrow w-container"><a href="/blog" class="back-link w-inline-block"><div>← All articles</div></a>
<div class="blog-post-header"><div class="blog-category-tag">Sleep</div><h1 class="heading-blog-post">${wTitle}</h1><div class="blog-meta-row">
<img src="https://cdn.prod.website-files.example/fairweather.jpg" loading="lazy" alt="" class="author-image"><div class="author-name">Dr. Lena Fairweather</div>
<div class="meta-divider">·</div><div class="blog-date">March 3, 2026</div><div class="meta-divider">·</div><div class="read-time">4 min read</div></div></div>
<div class="rich-text-blog w-richtext">
${ps(wP1)}
<h2>${wH1}</h2>
${ps(wP2)}
<figure style="max-width:1200pt" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/lamp.jpg"
loading="lazy" alt=""></div><figcaption>Lower light in the last hour helps the body prepare for sleep.</figcaption></figure>
<h2>${wH2}</h2>
<ol role="list">${wList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${wH3}</h2>
${ps(wP3)}
</div>
<div class="author-card"><div class="author-card-name">Dr. Lena Fairweather</div><p class="author-card-bio">Lena is a sleep researcher and leads the
course team at Stillwell.</p></div></div></div>
<div class="section-cta"><div class="container w-container"><h2 class="heading-cta">Try Stillwell free for 14 days</h2><p class="paragraph-cta">Guided
wind-down sessions, sleep stories and a daily reminder that fits your evening.</p><div class="app-buttons"><a href="#" class="app-store-link w-inline-block">
<div>Download on the App Store</div></a><a href="#" class="play-link w-inline-block"><div>Get it on Google Play</div></a></div></div></div>
<div class="section-related"><div class="container w-container"><h3 class="heading-related">Keep reading</h3><div class="w-dyn-list">
<div role="list" class="related-grid
w-dyn-items">${wRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/blog/${t.length}" class="related-card w-inline-block"><div class="related-title">${t}
</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section-newsletter"><div class="container w-container"><h3>Calm in your inbox</h3><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="newsletter-form">
<input class="text-field w-input" maxlength="256" name="email" placeholder="Your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form><div class="w-form-done"><div>Thank you! Your
submission has been received!</div></div><div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-links">${anchors(wFoot, 'footer-link')}</div><div class="footer-copy">© 2026
Stillwell Labs Ltd. Stillwell is not a substitute for medical advice.</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences"
href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow"
href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/64f0e1d2/js/webflow.3f1b.js" type="text/javascript"></script></body></html>`;
export const meditation: TestPage = {
  name: 'heldout309-webflow-meditation-app-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wP1, ...wP2, ...wList, ...wP3]),
  bylines: ['Dr. Lena Fairweather', 'March 3, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Get the app', '← All articles', 'Sleep', 'Lower light in the last hour helps the body prepare for sleep.',
    'Lena is a sleep researcher and leads the course team at Stillwell.', 'Try Stillwell free for 14 days',
    'Guided wind-down sessions, sleep stories and a daily reminder that fits your evening.', 'Download on the App Store', 'Get it on Google Play',
    'Keep reading', ...wRel, 'Calm in your inbox', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    ...wFoot, '© 2026 Stillwell Labs Ltd. Stillwell is not a substitute for medical advice.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences', 'Deny',
    'Accept',
  ],
};
