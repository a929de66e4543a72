import { links, ps, type TestPage, texts } from './page-kit.js';
import { lessonPage } from './pages-heldout111-d2.js';

/**
 * Held-out batch 111, file d: a product announcement post on a SaaS company blog built with Webflow (the announcement bar
 * with a "New" pill, the nav with "Log in" and "Start free", the post's category and "New" badge, the title, author and
 * date, the hero image, the "Try it now" button at the top and at the end of the post, the rich text with a "What's new"
 * changelog list, the newsletter CTA block, the "Keep reading" cards, the footer and the cookie banner) and, from file d2,
 * a LearnDash course lesson with "Lesson 3 of 12", "Mark Complete" and previous/next links.
 */
const wfTitle = 'Introducing Shared Inboxes: one place for every customer email your team answers';
const wfIntro = [
  'For the last three years, the most common request in our feedback board has been some version of the same sentence: “We need ' +
    'more than one person to answer the support address without stepping on each other.” Today we are launching Shared Inboxes ' +
    'for every Tallyhook workspace on the Team plan and above.',
  'A shared inbox connects any email address, like support@ or hello@, to Tallyhook. Every message becomes a conversation your ' +
    'team can assign, comment on and close, and customers still see a normal email reply from a real person.',
];
const wfH1 = 'Why we built it';
const wfWhy = [
  'Small teams tend to run support out of a shared Gmail login. It works until two people reply to the same customer, or until ' +
    'nobody replies because everyone assumed someone else would. When we interviewed 40 customers last autumn, 31 of them had a ' +
    'story about a duplicate or missed reply that cost them a sale.',
  'We wanted the fix to feel like email, not like a ticketing system. There are no ticket numbers, no forms for customers to fill ' +
    'in, and nothing new for them to learn.',
];
const wfH2 = 'What’s new';
const wfChanges = [
  'Connect up to 10 addresses per workspace, with forwarding or direct IMAP.',
  'Assign a conversation to a teammate, or let Tallyhook round-robin new messages across the team.',
  'Collision detection shows who is already typing a reply, so two people never answer the same email.',
  'Internal comments with @mentions sit alongside the email thread and are never sent to the customer.',
  'Snooze a conversation until a date, or until the customer replies.',
  'Saved replies, with placeholders for the customer’s name and order number.',
  'A new Inbox report with first-response time and conversations closed per teammate.',
];
const wfH3 = 'Pricing and availability';
const wfPrice = [
  'Shared Inboxes are included at no extra cost on the Team and Business plans, and rolling out to all workspaces this week. ' +
    'Workspaces on the Starter plan can try them free for 30 days from the Inbox tab.',
  'If you are migrating from a shared login, our guide walks through moving your existing threads without losing history. And ' +
    'as always, tell us what is missing: the feedback board is how this feature got built in the first place.',
];
const wfNav = ['Product', 'Solutions', 'Pricing', 'Customers', 'Blog', 'Help Center'];
const wfKeep = [
  'How we cut our own first-response time in half',
  'Tallyhook now integrates with Shopify order history',
  'What we learned answering 10,000 support emails by hand',
];
const wfKeepCats = ['Guides', 'Product', 'Company'];
const wfFootCols = [
  ['Product', 'Shared Inboxes', 'Live Chat', 'Help Center Builder', 'Integrations', 'Changelog'],
  ['Company', 'About', 'Careers', 'Press', 'Contact'],
  ['Legal', 'Terms', 'Privacy', 'Security', 'DPA'],
];
const wfCookie = 'We use cookies to understand how you use our site and to improve your experience. By continuing, you accept our use of cookies.';
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 14:02:11 GMT+0000 -->
<html data-wf-domain="www.tallyhook.example" data-wf-page="65f1c0a2b9d4e3001a7c2d10" data-wf-site="65f1c0a2b9d4e3001a7c2c88" lang="en">
<head><meta charset="utf-8"><title>Introducing Shared Inboxes | Tallyhook Blog</title><meta content="${wfIntro[1]?.slice(0, 80)}" name="description">
<meta content="${wfTitle}" property="og:title"><meta property="og:type" content="website"><meta content="width=device-width, initial-scale=1" name="viewport">
<link href="https://cdn.prod.website-files.example/65f1c0a2b9d4e3001a7c2c88/css/tallyhook.webflow.shared.3c2e.min.css" rel="stylesheet" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wfTitle}","datePublished":"2026-04-07",
"author":{"@type":"Person","name":"Noor Haddad"}}</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div class="announcement-bar"><div class="announcement-pill">New</div><a href="/blog/introducing-shared-inboxes"
class="announcement-link">Shared Inboxes are here.
See what’s new →</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/logo.svg" loading="lazy" alt="Tallyhook"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wfNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(' ', '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="nav-buttons"><a href="https://app.tallyhook.example/login" class="nav-login">Log in</a><a href="https://app.tallyhook.example/signup"
class="button-primary w-button">Start free</a></div><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-blog-hero"><div class="container-small"><div class="blog-post-tags"><a href="/blog-category/product-updates"
class="blog-category-link">Product Updates</a><div class="badge-new">New</div></div>
<h1 class="heading-blog-post">${wfTitle}</h1><div class="blog-post-meta"><img src="https://cdn.prod.website-files.example/noor.jpg" loading="lazy" alt=""
class="author-avatar"><div class="author-name">Noor Haddad</div><div class="author-role">Product Manager, Inbox</div><div class="meta-divider">·</div>
<div class="blog-date">April 7, 2026</div><div class="meta-divider">·</div><div class="read-time">4 min read</div></div>
<a href="https://app.tallyhook.example/inbox/setup" class="button-primary is-large w-button">Try it now</a>
<img src="https://cdn.prod.website-files.example/shared-inboxes-hero.png" loading="lazy" alt="The Tallyhook shared inbox with three conversations assigned"
class="blog-hero-image"></div></section>
<section class="section-blog-body"><div class="container-small"><div class="blog-rich-text w-richtext">
${ps(wfIntro)}
<h2>${wfH1}</h2>
${ps(wfWhy)}
<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.example/collision.gif"
loading="lazy" alt="Collision detection"></div><figcaption>Collision detection shows when a teammate is already replying.</figcaption></figure>
<h2>${wfH2}</h2>
<ul role="list">${wfChanges.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${wfH3}</h2>
${ps(wfPrice)}
</div><div class="blog-cta-block"><div class="cta-heading">Ready to share the inbox?</div><p
class="cta-text">Connect your first address in under five minutes.</p>
<a href="https://app.tallyhook.example/inbox/setup" class="button-primary w-button">Try it now</a><a href="/docs/shared-inboxes"
class="button-secondary w-button">Read the guide</a>
</div><div class="share-row"><div class="share-label">Share this post</div><a href="#" class="share-link w-inline-block">LinkedIn</a><a href="#"
class="share-link w-inline-block">X</a><a href="#" class="share-link w-inline-block">Copy link</a></div></div></section>
<section class="section-newsletter"><div class="container-small"><h2 class="newsletter-heading">Get product updates in your inbox</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email"
placeholder="you@company.com" type="email" required><input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<section class="section-related"><div class="container"><h2 class="related-heading">Keep reading</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${wfKeep
  .map(
    (
      t,
      i,
    ) => `<div role="listitem" class="w-dyn-item"><a href="/blog/${i}" class="related-card w-inline-block"><div class="related-category">${wfKeepCats[i]}</div>
<h3 class="related-title">${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></section></main>
<footer class="footer"><div class="footer-grid">${wfFootCols
  .map(([h, ...items]) => `<div class="footer-column"><div class="footer-heading">${h}</div><ul>${links(items, 'footer-item')}</ul></div>`)
  .join('\n')}</div><div class="footer-bottom">© 2026 Tallyhook Inc. All rights reserved.</div></footer>
<div class="cookie-banner" fs-cc="banner"><p class="cookie-text">${wfCookie}</p><a fs-cc="allow" href="#" class="cookie-button w-button">Accept</a>
<a fs-cc="deny" href="#" class="cookie-link">Decline</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1c0a2b9d4e3001a7c2c88/js/webflow.4b8e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  html: wfHtml,
  name: 'heldout111-webflow-product-announcement',
  kind: 'blog',
  // the changelog list under "What's new" is body; the category, the "New" badges, the "Try it now" buttons, the CTA block,
  // the figure caption, share row, newsletter (with its hidden done/fail texts), related cards, footer and cookie banner are
  // furniture; the author name, date and read time are bylines (the author's role is furniture)
  title: wfTitle,
  headings: [wfH1, wfH2, wfH3],
  body: [...texts(wfIntro), ...wfWhy, ...wfChanges, ...wfPrice],
  bylines: ['Noor Haddad', 'April 7, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New', 'Shared Inboxes are here. See what’s new →', ...wfNav, 'Log in', 'Start free', 'Product Updates', 'Product Manager, Inbox', 'Try it now',
    'Collision detection shows when a teammate is already replying.', 'Ready to share the inbox?', 'Connect your first address in under five minutes.',
    'Read the guide', 'Share this post', 'LinkedIn', 'X', 'Copy link', 'Get product updates in your inbox', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Keep reading', ...wfKeep, 'Guides',
    ...wfFootCols.flat().filter((t) => t !== 'Product'), '© 2026 Tallyhook Inc. All rights reserved.', wfCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT111_D: readonly TestPage[] = [webflow, lessonPage];
