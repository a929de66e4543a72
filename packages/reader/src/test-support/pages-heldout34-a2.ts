import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 34, file a2: a Webflow CMS blog post of a small invoicing SaaS (the `data-wf-*` html attributes, the `w-nav`
 * navbar with its menu button, breadcrumb to the category, the post header with summary, author, role, date and reading
 * time, a Finsweet-style "On this page" table of contents that repeats the headings, the `w-richtext` body with a figure,
 * share links, the author card, an empty `w-condition-invisible` "Last updated" block, a `w-dyn-list` of related posts, the
 * newsletter `w-form` with its hidden done / fail messages, the trial CTA, the footer and the cookie consent banner).
 */
const wfTitle = 'How We Cut Our Support Queue in Half Without Hiring Anyone';
const wfSummary = 'Seven questions were eating 41 percent of our week. Here is how we found them, and what we changed.';
const wfIntro = [
  'A year ago our support team of five was answering around 1,900 tickets a month. Customers waited a median of nine hours for a ' +
    'first reply, and the team spent most of its week writing the same answers to the same questions.',
  'By February the queue was down to about 900 tickets a month, the median first reply was under two hours, and nobody new had ' +
    'joined the team. Nothing we did was clever. Here is what actually moved the numbers.',
];
const wfH1 = 'Start with the tickets you keep answering';
const wfPart1 = [
  'We exported six months of tickets and tagged every one by hand over two long afternoons. The result was humbling: 41 percent ' +
    'of all tickets came from just seven questions, and four of those were about the same screen, the one where you connect a bank account.',
  'We had known, in a vague way, that bank connections were confusing. We had not known they were a quarter of our workload.',
];
const wfH2 = 'Fix the product before you write the article';
const wfPart2 = [
  'Our first instinct was to write better help articles. Our second, better instinct was to ask why the questions existed at all. ' +
    'Three of the top seven went away with small product changes:',
];
const wfList = [
  'We stopped hiding the list of supported banks behind a search box.',
  'We showed the reason a connection failed, in plain words, instead of an error code.',
  'We sent a reminder email two days before a bank connection expired, not after.',
];
const wfPart2b = [
  'Those three changes, none of which took an engineer more than a week, removed roughly 300 tickets a month on their own.',
  '“I used to dread Mondays because of the bank connection backlog,” said Joel Adeyemi, one of our support specialists. ' + '“Now Monday is just Monday.”',
];
const wfH3 = 'Measure the right thing';
const wfPart3 = [
  'For years we reported ticket volume and response time to the whole company every week. Both numbers improved, but they hid ' +
    'the thing we cared about, which was whether customers got unstuck. We now also track how many tickets are reopened within ' +
    'a week, and we read every one of them on Fridays.',
  'If you run a small support team, start with a spreadsheet, not new software. The tickets already tell you where your product ' +
    'is hard to use. The work is reading them.',
];
const wfCaption = 'Ticket volume by topic, January 2024 to February 2025.';
const wfNav = ['Features', 'Pricing', 'Case studies', 'Resources'];
const wfRelated = [
  { cat: 'Guides', t: 'The Freelancer’s Guide to Charging Late Payment Interest' },
  { cat: 'Engineering', t: 'What We Learned Moving Every Invoice to UBL' },
  { cat: 'Product updates', t: 'Split Payments Are Here' },
];
const wfFootCols = [
  { h: 'Tallyline', items: ['Invoicing', 'Expenses', 'Integrations', 'Security'] },
  { h: 'Company', items: ['About us', 'Careers', 'Press', 'Contact'] },
  { h: 'Legal', items: ['Privacy policy', 'Terms of service', 'Cookie settings'] },
];
const wfRich = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 18 2025 10:02:41 GMT+0000 -->
<html data-wf-domain="www.tallyline.example" data-wf-page="65f1c0a2b3d4e5f60718293a" data-wf-site="65e0b1a2c3d4e5f607182930"
data-wf-collection="65f1c0a2b3d4e5f607182941"
data-wf-item-slug="support-queue-in-half" lang="en"><head><meta charset="utf-8"><title>${wfTitle} | Tallyline Blog</title>
<meta content="${wfSummary}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65e0b1a2c3d4e5f607182930/css/tallyline.webflow.shared.4c1d2e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<style>.w-richtext figure{max-width:100%}.blog-toc-link.w--current{color:#2f5bea}</style></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container nav-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65e0b1/logo.svg"
loading="lazy"
alt="Tallyline"></a><nav role="navigation" class="nav-menu w-nav-menu">${wfNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}<a href="/blog" class="nav-link w-nav-link w--current">Blog</a></nav>
<div class="nav-right"><a href="https://app.tallyline.example/login" class="nav-link-login">Log in</a><a href="https://app.tallyline.example/signup"
class="button-small w-button">Start free trial</a></div><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-blog-post"><div class="container-small">
<div class="breadcrumb"><a href="/blog" class="breadcrumb-link">Blog</a><div class="breadcrumb-divider">/</div>
<a href="/blog-categories/operations" class="breadcrumb-link">Operations</a></div>
<h1 class="blog-post-title">${wfTitle}</h1><p class="blog-post-summary">${wfSummary}</p>
<div class="blog-post-meta"><img src="https://cdn.prod.website-files.com/65e0b1/priya.webp" loading="lazy" alt="" class="author-avatar">
<div><div class="author-name">Priya Raman</div><div class="author-role">Head of Customer Experience</div></div><div class="meta-divider"></div>
<div class="blog-date">March 18, 2025</div><div class="meta-dot">·</div><div class="reading-time">6 min read</div></div>
<img src="https://cdn.prod.website-files.com/65e0b1/support-queue-hero.webp" loading="lazy" sizes="(max-width: 991px) 100vw, 720px" alt=""
class="blog-hero-image">
<div class="blog-layout"><div class="blog-sidebar"><div class="toc-wrapper"><div class="toc-label">On this page</div>
<div fs-toc-element="table" class="toc-links">${[wfH1, wfH2, wfH3].map((t, i) => `<a href="#toc-${i}" class="blog-toc-link">${t}</a>`).join('')}</div></div>
<div class="share-wrapper"><div class="share-label">Share this article</div><div class="share-links">
<a href="https://www.linkedin.com/sharing/share-offsite/?url=https://www.tallyline.example/blog/support-queue-in-half" target="_blank"
class="share-link w-inline-block">
<img src="https://cdn.prod.website-files.com/65e0b1/linkedin.svg" loading="lazy" alt="LinkedIn"></a><a
href="https://x.com/intent/tweet?url=https://www.tallyline.example/blog/support-queue-in-half" target="_blank" class="share-link w-inline-block">
<img src="https://cdn.prod.website-files.com/65e0b1/x.svg" loading="lazy" alt="X"></a><a href="#" fs-copyclip-element="click" class="share-link w-inline-block">
<div class="copy-text">Copy link</div></a><div fs-copyclip-element="copy-this" class="hide">https://www.tallyline.example/blog/support-queue-in-half</div>
<div class="copied-message hide">Link copied!</div></div></div></div>
<div fs-toc-element="contents" class="blog-rich-text w-richtext">
${wfRich(wfIntro)}
<h2 id="toc-0">${wfH1}</h2>
${wfRich(wfPart1)}
<figure style="max-width:1400pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.com/65e0b1/tickets-by-topic.png"
loading="lazy" alt="Bar chart of tickets by topic"></div><figcaption>${wfCaption}</figcaption></figure>
<h2 id="toc-1">${wfH2}</h2>
${wfRich(wfPart2)}
<ul role="list">${wfList.map((t) => `<li>${t}</li>`).join('')}</ul>
${wfRich(wfPart2b)}
<h2 id="toc-2">${wfH3}</h2>
${wfRich(wfPart3)}
</div></div>
<div class="blog-video w-condition-invisible w-dyn-bind-empty w-video w-embed"></div>
<div class="updated-wrap w-condition-invisible"><div class="updated-label">Last updated</div><div class="w-dyn-bind-empty"></div></div>
<div class="author-card"><img src="https://cdn.prod.website-files.com/65e0b1/priya.webp" loading="lazy" alt="" class="author-card-image">
<div class="author-card-content"><div class="author-card-label">Written by</div><div class="author-card-name">Priya Raman</div>
<p class="author-card-bio">Priya leads support and onboarding at Tallyline from our Leeds office. Before that she ran customer operations at two payroll
startups.</p>
</div></div></div></section>
<section class="section-related"><div class="container"><h2 class="heading-related">More from the blog</h2><div class="w-dyn-list"><div role="list"
class="related-grid w-dyn-items">
${wfRelated
  .map(
    (r, i) =>
      `<div role="listitem" class="w-dyn-item"><a href="/blog/related-${i}" class="blog-card w-inline-block"><img
src="https://cdn.prod.website-files.com/65e0b1/card-${i}.webp" ` +
      `loading="lazy" alt="" class="blog-card-image"><div class="blog-card-category">${r.cat}</div><h3 class="blog-card-title">${r.t}</h3>` +
      `<div class="blog-card-link">Read more</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section-newsletter"><div class="container"><div class="newsletter-box"><h2 class="heading-newsletter">Get our best posts in your inbox</h2>
<p class="newsletter-text">One email a month about getting paid, running a small business and what we are building. No spam, ever.</p>
<div class="form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter-form"
data-wf-page-id="65f1c0a2b3d4e5f60718293a" data-wf-element-id="a1b2c3d4-0001"><input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="Your work email" type="email" id="email" required><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been
received!</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the
form.</div>
</div></div></div></div></section>
<section class="section-cta"><div class="container"><h2 class="heading-cta">Get paid faster, with less chasing.</h2>
<p class="cta-text">Try Tallyline free for 14 days. No card needed.</p><a href="https://app.tallyline.example/signup" class="button w-button">Start your free
trial</a></div></section></main>
<footer class="footer"><div class="container"><div class="footer-grid">${wfFootCols
  .map((c) => `<div class="footer-column"><div class="footer-heading">${c.h}</div><ul role="list">${links(c.items, 'footer-item')}</ul></div>`)
  .join('\n')}</div>
<div class="footer-bottom"><div class="footer-copyright">© 2025 Tallyline Ltd. Registered in England and Wales, no. 12345678.</div></div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to improve your experience
and to understand how our site is used. <a href="/legal/cookies" class="fs-cc-banner_text-link">Cookie policy</a></div><div
class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0b1a2c3d4e5f607182930" type="text/javascript"
crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/65e0b1a2c3d4e5f607182930/js/webflow.4d1e2f.js" type="text/javascript"></script>
</body></html>`;
export const webflowPost: TestPage = {
  html: wfHtml,
  name: 'heldout34-webflow-blog-post',
  kind: 'blog',
  // the summary under the title is the post's dek: body; the three h2s are the headings (the "On this page" table of contents
  // repeats them word for word, so its links are in neither list); the three changes list and the quoted paragraph are body;
  // "Priya Raman" (header and author card, once), her role under the name and the date are bylines; the author card's label
  // and bio, "6 min read", breadcrumb, the figure caption, share label and "Copy link", the hidden "Link copied!" and the
  // empty "Last updated" block, "More from the blog" with its categories and titles, the newsletter with Webflow's hidden
  // done / fail messages, the trial CTA, nav (with "Blog"), footer and cookie banner are furniture; the form's submit value is
  // an attribute, not text; the footer column head "Company" is a word of the body ("the whole company"): left out
  title: wfTitle,
  headings: [wfH1, wfH2, wfH3],
  body: [wfSummary, ...texts(wfIntro), ...texts(wfPart1), ...texts(wfPart2), ...wfList, ...texts(wfPart2b), ...texts(wfPart3)],
  bylines: ['Priya Raman', 'Head of Customer Experience', 'March 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, 'Blog', 'Log in', 'Start free trial', 'Operations', '6 min read', 'On this page', 'Share this article', 'Copy link',
    'https://www.tallyline.example/blog/support-queue-in-half', 'Link copied!', wfCaption,
    'Last updated', 'Written by',
    'Priya leads support and onboarding at Tallyline from our Leeds office. Before that she ran customer operations at two payroll startups.',
    'More from the blog', ...wfRelated.flatMap((r) => [r.cat, r.t]), 'Read more', 'Get our best posts in your inbox',
    'One email a month about getting paid, running a small business and what we are building. No spam, ever.',
    'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.', 'Get paid faster, with less chasing.',
    'Try Tallyline free for 14 days. No card needed.', 'Start your free trial', ...wfFootCols.flatMap((c) => (c.h === 'Company' ? c.items : [c.h, ...c.items])),
    '© 2025 Tallyline Ltd. Registered in England and Wales, no. 12345678.',
    'We use cookies to improve your experience and to understand how our site is used.', 'Cookie policy', 'Preferences', 'Deny', 'Accept',
  ],
};
