import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file c: a cockapoo coat guide on a groomer's Ghost blog (Casper theme, members portal, callout card,
 * read-more cards), and a mobile groomer's "first groom" post on Webflow (CMS template, newsletter form, collection list).
 */
const gTitle = 'The Cockapoo Coat: A Groomer’s Guide to Keeping It Tangle-Free';
const gDek = 'Wavy, curly or straight, every cockapoo coat mats in the same places. Here is how to stay ahead of them between grooms.';
const gBody = [
  j(
    'No two cockapoos have quite the same coat. Some take after the spaniel side and have a flat, silky coat with feathering; most',
    'have a loose wave; and some have a tight poodle curl. What they share is a coat that keeps growing and that tangles at the',
    'friction points: behind the ears, under the collar, in the armpits and on the back of the legs.',
  ),
  'Brushing: little and often',
  j(
    'Brush every other day, and daily while the puppy coat changes to the adult coat, somewhere between eight and twelve months. Use',
    'a slicker brush with a light hand, lifting the coat and brushing down to the skin in layers, then check your work with a comb.',
    'If the comb snags, you have missed a knot.',
  ),
  'The friction points to check',
  'Behind and under the ears',
  'Under the collar or harness',
  'Armpits and the inside of the front legs',
  'The "trousers" on the back legs',
  'Between the pads',
  'How often to book a groom',
  j(
    'Every six to eight weeks suits most cockapoos. Leave it longer and the undercoat packs down into a pelt that can only be clipped',
    'off short. A short clip is not a punishment, but it is better to choose it than to need it.',
  ),
  'Tip: bath day is brush day. Never bath a matted coat, because water tightens the knots.',
  'Asking for the right trim',
  j(
    'Bring a photo, and describe the length in centimetres rather than in clipper blade numbers, which vary between salons. A',
    '"teddy bear" trim means very different things to different groomers. Tell us if your dog swims, because a shorter coat will',
    'dry faster and smell less.',
  ),
];
const gH = [1, 3, 9, 12];
const gNav = ['Home', 'Breed Guides', 'Salon Life', 'About'];
const gMore: [string, string][] = [
  ['Why We Don’t Shave Double Coats', 'Apr 14, 2025'],
  ['Ear Cleaning Without Tears', 'Mar 20, 2025'],
  ['Five Minutes a Day: Handling Practice for Puppies', 'Mar 2, 2025'],
];
const gCards = gMore
  .map(
    ([
      t,
      d,
    ]) => `<article class="post-card post tag-breed-guides keep-ratio"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2025/03/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header">
<div class="post-card-tags"><span class="post-card-primary-tag">Breed Guides</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time>
<span class="post-card-meta-length">4 min read</span></footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2c1d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://blog.tuftandtumble.com/cockapoo-coat-guide/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-04-02T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tuft & Tumble"},
"author":{"@type":"Person","name":"Priya Anand"},"headline":"${gTitle}","datePublished":"2025-04-02T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://blog.tuftandtumble.com/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-breed-guides is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://blog.tuftandtumble.com">Tuft &amp; Tumble</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div>
<nav class="gh-head-menu">
<ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-breed-guides image-small">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/breed-guides/">Breed Guides</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/priya/" class="author-avatar" aria-label="Read more of Priya Anand">
<img class="author-profile-image" src="/content/images/2024/priya.jpg" alt="Priya Anand"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/priya/">Priya Anand</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-04-02">Apr 2, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div>
</section></div>
<figure class="article-image">
<img srcset="/content/images/size/w600/2025/04/cockapoo.jpg 600w" src="/content/images/2025/04/cockapoo.jpg" alt="A wavy-coated cockapoo">
<figcaption><span style="white-space: pre-wrap;">Marlow, a two-year-old cockapoo, after his spring trim.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps([at(gBody, 0)])}<h2 id="brushing-little-and-often">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}
<h2 id="the-friction-points-to-check">${at(gBody, 3)}</h2><ul>${lis(gBody.slice(4, 9))}</ul>
<h2 id="how-often-to-book-a-groom">${at(gBody, 9)}</h2>${ps([at(gBody, 10)])}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${at(gBody, 11)}</div></div>
<h2 id="asking-for-the-right-trim">${at(gBody, 12)}</h2>${ps([at(gBody, 13)])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards}</div></aside></div>
<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="https://blog.tuftandtumble.com">Tuft &amp; Tumble</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Book a groom', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div>
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div>
<script src="/assets/built/casper.js?v=8f2c1d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout655-ghost-cockapoo-coat',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH.map((i) => at(gBody, i)),
  body: [gDek, ...gBody.filter((_, i) => !gH.includes(i))],
  bylines: ['Priya Anand', 'Apr 2, 2025', ...gMore.map(([, d]) => d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuft & Tumble', ...gNav, 'Sign in', 'Subscribe', '• 5 min read', 'Marlow, a two-year-old cockapoo, after his spring trim.',
    'Sign up for more like this.', 'Enter your email', ...gMore.map(([t]) => t), '4 min read', 'Tuft & Tumble © 2025', 'Sign up',
    'Privacy', 'Powered by Ghost',
  ],
};

const fTitle = 'Your Puppy’s First Groom: What to Expect';
const fBody = [
  j(
    'A first groom should be short, calm and a little bit boring. We book puppies in for our quietest slot, first thing in the',
    'morning, and we park the van on your drive so your puppy can hear and smell home the whole time.',
  ),
  'Before the appointment',
  j(
    'Get your puppy used to being touched on the paws, ears and muzzle for a minute or two each day. Run an electric toothbrush',
    'near them so the buzz of the clippers is not a surprise. Make sure the second vaccination was at least a week ago.',
  ),
  'In the van',
  j(
    'We start on the floor with a sniff and a treat, then lift your puppy onto the table with a non-slip mat. A first visit is a',
    'bath, a gentle blow dry on a low setting, a nail trim and a tidy round the eyes, feet and bottom. We stop as soon as your',
    'puppy has had enough, even if that is halfway through.',
  ),
  'After the groom',
  j('Expect a sleepy puppy. Book the next visit for four to six weeks later, so each groom builds on the last one before the adult', 'coat comes through.'),
];
const fNav = ['Home', 'Services', 'Pricing', 'Blog', 'Book'];
const fRel = ['How Often Should a Doodle Be Groomed?', 'Van or Salon: Which Suits Your Dog?'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 11 2025 09:12:40 GMT+0000 -->
<html data-wf-domain="www.suds-on-wheels.co.uk" data-wf-page="65c0d1e2f3a4b5c6d7e8f901" data-wf-site="65c0d1e2f3a4b5c6d7e8f900"
data-wf-collection="65c0d1e2f3a4b5c6d7e8f9aa"
 data-wf-item-slug="puppys-first-groom"><head><meta charset="utf-8"><title>Your Puppy’s First Groom | Suds on Wheels</title>
<meta content="What happens at a puppy's first visit to our mobile grooming van." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c0d1e2f3a4b5c6d7e8f900/css/suds-on-wheels.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65c0/logo.svg" loading="lazy" alt="Suds on Wheels"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-blog-post"><div class="container-narrow w-container"><a href="/blog" class="back-link w-inline-block"><div>← Back to all posts</div></a>
<div class="blog-post-header"><div class="category-pill">Puppies</div><h1 class="heading-xl">${fTitle}</h1>
<div class="blog-meta"><div class="text-block-author">Words by Tamsin Reeve</div><div class="text-block-date">February 10, 2025</div></div></div>
<img src="https://assets-global.website-files.com/65c0/puppy-first-groom.jpg" loading="lazy" alt="" sizes="100vw" class="blog-main-image">
<div class="rich-text-block w-richtext">${ps([at(fBody, 0)])}<h3>${at(fBody, 1)}</h3>${ps([at(fBody, 2)])}<h3>${at(fBody, 3)}</h3>${ps([at(fBody, 4)])}
<figure class="w-richtext-align-center w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65c0/van.jpg" loading="lazy" alt=""></div>
<figcaption>The non-slip table in our van.</figcaption></figure><h3>${at(fBody, 5)}</h3>${ps([at(fBody, 6)])}</div></div></div>
<div class="section-related"><div class="container w-container"><h2 class="heading-m">More from the blog</h2><div class="w-dyn-list">
<div role="list" class="collection-list w-dyn-items">
${fRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/blog/x" class="related-card w-inline-block"><div class="related-title">${t}</div></a>
</div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section-newsletter"><div class="container w-container"><h2 class="heading-m">Grooming tips, once a month</h2><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form">
<label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com" type="email" id="email" required>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid">
<div class="footer-text">Mobile dog grooming across Wenham, Ashcombe and the Levels.</div>
<div class="footer-links">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2025 Suds on Wheels. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65c0d1e2f3a4b5c6d7e8f900/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout655-webflow-first-groom',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1), at(fBody, 3), at(fBody, 5)],
  body: fBody.filter((_, i) => i % 2 === 0),
  bylines: ['Words by Tamsin Reeve', 'February 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Services', 'Pricing', 'Blog', '← Back to all posts', 'The non-slip table in our van.', 'More from the blog', ...fRel,
    'Grooming tips, once a month', 'Email address', 'Mobile dog grooming across Wenham, Ashcombe and the Levels.',
    '© 2025 Suds on Wheels. All rights reserved.',
  ],
};

export const HELDOUT655_C: readonly TestPage[] = [ghost, webflow];
