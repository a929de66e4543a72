import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout335-kit.js';

/**
 * Held-out batch 335, file a: a dating app's blog post on Webflow (navbar, post header with category, date and reading
 * time, author card, rich-text body, share links, newsletter form with its hidden done / fail messages, related posts
 * collection list, app-store footer) and a relationship-advice magazine article on a Dotdash Meredith-style template.
 */
const wTitle = 'How to Move From Texting to a First Date Without the Awkward Pause';
const wIntro = [
  j(
    'You matched, the jokes are landing, and three days later you are still trading voice notes about your favourite breakfast.',
    'Somewhere along the way the conversation became the relationship, and neither of you knows how to turn it into a plan.',
  ),
  j(
    'Our members tell us this is the moment most matches quietly fade. In a survey of 2,400 Kinnet users last spring, six in ten',
    'said they had let a promising chat die because nobody suggested meeting. The good news is that the fix is small.',
  ),
];
const wH = ['Watch for the natural peak', 'Make the ask specific', 'Keep the first date short', 'If they say not yet'];
const wS1 = [
  j(
    'Conversations have a rhythm. When replies get longer, when you are both asking questions rather than answering them, and when',
    'an in-joke appears, you are at the peak. That is the time to suggest meeting, not after the energy has already dipped.',
  ),
];
const wS2 = [
  j(
    'A vague "we should hang out sometime" puts all the work on the other person. Offer a day, a place and an easy way out.',
    'Something like: "I would love to carry this on over coffee. Are you free Thursday after work near the canal?"',
  ),
  'A good first ask usually has three parts:',
];
const wList = [
  'a place you can both reach in under half an hour;',
  'a time with a natural end, such as a lunch break or an early evening;',
  'one line that shows you have actually read their profile.',
];
const wS3 = [
  j(
    'Sixty to ninety minutes is plenty. A walk, a drink or a gallery visit gives you something to look at when the talk pauses,',
    'and ending while it still feels good makes a second date far easier to arrange than a long evening that runs out of steam.',
  ),
  '“The best first dates feel like a trailer, not the whole film,” says Priya Castellane, who runs our member events team.',
];
const wS4 = [
  j(
    'Some people need more time, and that is fine. Ask whether a short video call would feel easier, and then leave the door open.',
    'If the chat keeps going but the plan never arrives, it is kind to yourself to let it go and put your energy where it is returned.',
  ),
];
const wShare = ['Share on X', 'Share on Facebook', 'Copy link'];
const wNav = ['How it works', 'Safety', 'Stories', 'Blog', 'Careers'];
const wRel = ['Five profile prompts that start better conversations', 'What to do when a match goes quiet', 'Our guide to dating safely in a new city'];
const wFoot = ['About us', 'Press', 'Help centre', 'Community guidelines', 'Privacy', 'Terms', 'Cookie policy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 09:12:40 GMT+0000 -->
<html data-wf-domain="www.kinnet.example" data-wf-page="66a1f0c2e4b1d8a7c91f3b21" data-wf-site="66a1f0c2e4b1d8a7c91f3a10" data-wf-collection="66a1f0c2e4b1"
data-wf-item-slug="texting-to-first-date" lang="en"><head><meta charset="utf-8"><title>${wTitle} | Kinnet Blog</title>
<meta content="Stuck in endless chat? Here is how to suggest a first date at the right moment." name="description">
<meta content="${wTitle}" property="og:title"><meta content="https://cdn.prod.website-files.example/66a1/first-date.jpg" property="og:image">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/66a1f0c2/css/kinnet.webflow.shared.4c2e.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Maren Holt"},"datePublished":"2026-04-14"}</script></head>
<body><div class="cookie-banner" fs-cc="banner"><div class="cookie-text">We use cookies to improve your experience and to measure how our blog is read.</div>
<a fs-cc="allow" href="#" class="cookie-button w-button">Accept</a><a fs-cc="deny" href="#" class="cookie-button is-secondary w-button">Decline</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/66a1/logo.svg" loading="lazy" alt="Kinnet"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/download" class="button-nav w-button">Get the app</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-blog-post"><div class="container-small w-container"><div class="blog-post-header">
<a href="/blog-categories/first-dates" class="category-tag">First dates</a>
<h1 class="heading-blog-post">${wTitle}</h1><div class="blog-meta-wrapper"><div class="blog-date">April 14, 2026</div><div class="meta-divider">·</div>
<div class="reading-time">5 min read</div></div>
<div class="author-card"><img src="https://cdn.prod.website-files.example/66a1/maren.jpg" loading="lazy" alt="" class="author-avatar">
<div><div class="author-name">Maren Holt</div><div class="author-role">Dating coach at Kinnet</div></div></div></div>
<img src="https://cdn.prod.website-files.example/66a1/first-date.jpg" loading="lazy" alt="Two people laughing over coffee" class="blog-main-image">
<div class="image-caption">Photo: Kinnet member event in Bristol</div>
<div class="rich-text-blog w-richtext">${ps(wIntro)}<h2>${wH[0]}</h2>${ps(wS1)}<h2>${wH[1]}</h2>${ps(wS2)}
<ul role="list">${wList.map((t) => `<li>${t}</li>`).join('')}</ul><h2>${wH[2]}</h2>${ps(wS3.slice(0, 1))}<blockquote>${wS3[1] ?? ''}</blockquote>
<h2>${wH[3]}</h2>${ps(wS4)}</div>
<div class="share-wrapper"><div class="share-label">Share this article</div>${wShare
  .map(
    (t) => `<a href="#"
class="share-link w-inline-block">${t}</a>`,
  )
  .join('')}</div>
</div></div>
<div class="section-newsletter"><div class="w-container"><h3 class="newsletter-heading">Dating advice, once a week</h3>
<p class="newsletter-text">Join 80,000 readers who get our best tips on Sunday morning.</p>
<div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form">
<input class="input w-input" maxlength="256" name="Email" placeholder="Your email" type="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="section-related"><div class="w-container"><h2 class="related-heading">Keep reading</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${wRel
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/blog/x"
class="related-card w-inline-block"><div class="related-title">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-apps"><div class="footer-label">Download Kinnet</div>
<a href="#" class="store-badge">App Store</a><a href="#" class="store-badge">Google Play</a></div>
<ul role="list" class="footer-links w-list-unstyled">${links(wFoot, 'footer-link-item')}</ul><div class="footer-copyright">© 2026 Kinnet Ltd. All rights
reserved.</div>
</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/66a1f0c2/js/webflow.4a1f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout335-webflow-dating-app-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wS1, ...wS2, ...wList, ...wS3, ...wS4]),
  bylines: ['April 14, 2026', 'Maren Holt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and to measure how our blog is read.', 'Accept', 'Decline', ...wNav, 'Get the app', 'First dates',
    '5 min read', 'Dating coach at Kinnet', 'Photo: Kinnet member event in Bristol', 'Share this article', ...wShare, 'Dating advice, once a week',
    'Join 80,000 readers who get our best tips on Sunday morning.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Keep reading', ...wRel, 'Download Kinnet', 'App Store', 'Google Play', ...wFoot,
    '© 2026 Kinnet Ltd. All rights reserved.',
  ],
};

const dTitle = 'Why Small Resentments Matter More Than Big Fights';
const dDek = 'The arguments you never have can do more damage than the ones you do. Here is how to spot them early.';
const dP1 = [
  j(
    'Most couples can remember their worst argument. Fewer can name the small things that have been building for months: the dishes',
    'left in the sink, the joke at a dinner party that stung, the plans made without asking. Therapists call these micro-resentments.',
  ),
  j(
    'On their own they seem too petty to raise. Together they change how partners read each other. A neutral comment starts to sound',
    'like criticism, and a late reply starts to look like indifference.',
  ),
];
const dH = ['How Resentment Builds', 'Signs It Is Happening to You', 'How to Raise a Small Thing', 'When to Get Support'];
const dP2 = [
  j(
    'Resentment grows when a need is noticed but not spoken. Each time one partner decides "it is not worth a fight", the feeling',
    'does not disappear. It is filed away, and the file gets thicker.',
  ),
];
const dSigns = [
  'You rehearse arguments in your head that you never actually have.',
  'You keep a mental tally of who did what around the house.',
  'Affection feels like a favour rather than something you want to give.',
  'Your partner’s habits irritate you far more than they used to.',
];
const dP3 = [
  j(
    'Pick a calm moment, not the middle of the irritation. Describe one specific event and how it felt, and then ask rather than',
    'accuse. "When the weekend got booked up without us talking, I felt left out. Can we check in first next time?" is easier to',
    'hear than "You never think about me."',
  ),
  j(
    'Keep it to one issue. Bringing out the whole file at once turns a repair conversation into a trial, and your partner will',
    'defend the case rather than hear the feeling.',
  ),
];
const dP4 = [
  j(
    'If you find that every small conversation turns into the same large argument, a couples counsellor can help you both slow',
    'down. Many offer short courses of six sessions, and some work online in the evenings.',
  ),
  j(
    'Support can also mean something smaller: a book you read together, or a weekly check-in where each of you names one thing',
    'that bothered you and one thing you appreciated. Small things said early rarely grow into big ones.',
  ),
];
const dNav = ['Relationships', 'Mental Health', 'Self-Care', 'Therapy', 'News', 'About Us'];
const dRel = ['What Is Stonewalling and How Do You Stop It?', 'How to Apologise So It Actually Lands', 'Are You in a Codependent Relationship?'];
const dFoot = ['About Us', 'Editorial Process', 'Privacy Policy', 'Terms of Service', 'Careers', 'Contact', 'Advertise'];
const dHtml = `<!DOCTYPE html><html id="relationshipwellcom_1-0" class="comp relationshipwellcom html mntl-html no-js" data-ab="99,99,99" lang="en"><head>
<title>${dTitle}</title><meta name="description" content="${dDek}"><meta property="og:site_name" content="Together Well">
<meta name="sailthru.author" content="Corinne Abara"><meta name="parsely-pub-date" content="2026-02-09T11:00:00-05:00">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${dTitle}","datePublished":"2026-02-09",
"author":[{"@type":"Person","name":"Corinne Abara"}],"reviewedBy":{"@type":"Person","name":"Dr. Felix Amadi"}}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.dataLayer = [{"templateId":"structured-content","contentId":"8791204"}];</script></head>
<body class="mntl-body structured-content"><a href="#main" class="mntl-skip-to-content mntl-text-link">Skip to content</a>
<header id="header_1-0" class="comp header mntl-header"><div class="header__inner"><a href="/" class="header__logo">Together Well</a>
<nav id="global-nav_1-0" class="comp global-nav"><ul class="global-nav__list">${links(dNav, 'global-nav__list-item')}</ul></nav>
<button class="header__search-button">Search</button></div></header>
<main id="main" class="loc main"><article id="structured-content_1-0" class="comp article structured-content mntl-article">
<div id="breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs"><ul><li class="mntl-breadcrumbs__item"><a href="/relationships">Relationships</a></li>
<li class="mntl-breadcrumbs__item"><a href="/conflict">Conflict</a></li></ul></div>
<header class="comp article-header mntl-article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${dTitle}</h1>
<h2 id="article-subheading_1-0" class="comp article-subheading type--dog mntl-text-block">${dDek}</h2>
<div class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By </span>
<a href="/corinne-abara" class="mntl-attribution__item-name">Corinne Abara</a></div>
<div class="mntl-attribution__item mntl-attribution__item--has-checkmark"><span class="mntl-attribution__item-descriptor">Medically reviewed by </span>
<a href="/felix-amadi" class="mntl-attribution__item-name">Dr. Felix Amadi</a></div>
<div class="mntl-attribution__item-date">Published on February 9, 2026</div></div>
<div class="comp social-share mntl-social-share"><ul class="social-share__list"><li class="social-share__item"><a class="social-share__button">Facebook</a></li>
<li class="social-share__item"><a class="social-share__button">Pinterest</a></li><li class="social-share__item"><a class="social-share__button">Email</a></li>
</ul></div></header>
<figure id="figure-article_1-0" class="comp figure-article mntl-universal-primary-image"><img src="https://www.togetherwell.example/thmb/couple-kitchen.jpg"
alt="Couple at a kitchen table"><figcaption class="figure-article-caption"><span class="figure-article-caption-owner">Together Well / Hana
Ruiz</span></figcaption></figure>
<div id="article-content_1-0" class="comp article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block" data-sc-sticky-offset="60">
${ps(dP1, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<div id="mntl-sc-block_1-0-5" class="comp mntl-sc-block mntl-sc-block-inlinelink"><span class="mntl-sc-block-inlinelink__text">Read More:</span>
<a href="/stonewalling" class="mntl-sc-block-inlinelink__link">What Is Stonewalling and How Do You Stop It?</a></div>
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${dH[0]}</span></h2>
${ps(dP2, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${dH[1]}</span></h2>
<ul class="comp mntl-sc-block mntl-sc-block-html">${dSigns.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="comp mntl-sc-block mntl-sc-block-adslot"><div class="mntl-gpt-adunit" data-ad-label="Advertisement">Advertisement</div></div>
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${dH[2]}</span></h2>
${ps(dP3, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${dH[3]}</span></h2>
${ps(dP4, ' class="comp mntl-sc-block mntl-sc-block-html"')}</div></div>
<div class="comp mntl-article-feedback"><div class="article-feedback__heading">Was this page helpful?</div><button>Yes</button><button>No</button></div>
<div class="comp mntl-sources"><h3 class="mntl-sources__heading">Sources</h3><ol><li>Field notes on couple conflict, Riverbank Institute, 2024.</li></ol></div>
</article><aside class="comp right-rail"><div class="right-rail__title">Related Articles</div><ul>${links(dRel, 'right-rail__item')}</ul></aside></main>
<div class="comp newsletter-signup"><div class="newsletter-signup__title">Get our weekly relationship tips</div><button
class="newsletter-signup__button">Sign Up</button></div>
<footer id="footer_1-0" class="comp footer mntl-footer"><ul class="mntl-footer__links">${links(dFoot)}</ul>
<p class="mntl-footer__disclaimer">Together Well is part of the Oakhouse media family. Our content is for informational purposes only.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></body></html>`;
const dotdash: TestPage = {
  name: 'heldout335-dotdash-mntl-magazine-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts([dDek, ...dP1, ...dP2, ...dSigns, ...dP3, ...dP4]),
  bylines: ['By Corinne Abara', 'Medically reviewed by Dr. Felix Amadi', 'Published on February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Together Well', ...dNav, 'Search', 'Conflict', 'Facebook', 'Pinterest', 'Email', 'Together Well / Hana Ruiz', 'Read More:',
    'Advertisement', 'Was this page helpful?', 'Sources', 'Field notes on couple conflict, Riverbank Institute, 2024.', 'Related Articles', ...dRel,
    'Get our weekly relationship tips', 'Sign Up', ...dFoot,
    'Together Well is part of the Oakhouse media family. Our content is for informational purposes only.',
    'We and our partners use cookies to personalise content and ads.', 'I Accept', 'Cookie Settings',
  ],
};

export const HELDOUT335_A: readonly TestPage[] = [webflow, dotdash];
