import { links, ps, type TestPage, texts } from './page-kit.js';
import { shareholderLetter } from './pages-heldout191-e2.js';

/**
 * Held-out batch 191, file e: a SaaS company's product blog post on a Webflow site (the announcement bar, the w-nav header
 * with "Log in" and "Start free trial", the category pill, the author card with role, date and read time, the sticky
 * "Table of contents" whose items repeat the headings, an image caption, an inline trial CTA box inside the rich text, the
 * "Share this article" links, the "Related articles" cards, the newsletter form with Webflow's hidden success and error
 * messages, the footer columns and the Finsweet cookie banner) and, from file e2, a letter to shareholders page.
 */
const title = 'Introducing Team Availability: see everyone’s open hours in one view';
const p1 = [
  'If you manage bookings for a team, you know the routine. A client asks for a Thursday afternoon slot, and you open four ' +
    'calendars in four tabs to find out who is free. Then someone changes their hours, and the whole exercise starts again.',
  'Today we are launching Team Availability, a single view that shows the open hours of everyone on your Loomfield account, ' +
    'side by side. It is available now on the Team and Business plans.',
] as const;
const h1 = 'What Team Availability does';
const p2 = [
  'Team Availability pulls together working hours, booked appointments, time off and buffer times for every team member, and ' +
    'shows the result as a simple week view. Open slots are highlighted, so you can see at a glance who can take a booking and when.',
] as const;
const list = [
  'Filter by service, so you only see people who offer what the client asked for.',
  'Drag an open slot straight into a new booking without leaving the view.',
  'Spot gaps in coverage, such as a Saturday with only one person on, before they become a problem.',
] as const;
const h2 = 'Why we built it';
const p3 = [
  'Over the past year, “see my whole team’s availability” was the single most requested feature in our community forum, with more ' +
    'than 900 votes. When we spoke to customers about it, most were salons, clinics and studios with between three and 15 staff, ' +
    'where the person taking bookings is often also serving clients.',
  'One physiotherapy clinic owner told us she spent around 40 minutes a day switching between calendars. During our beta, clinics ' +
    'using Team Availability reported cutting the time spent arranging bookings by roughly half.',
] as const;
const h3 = 'How to get started';
const p4 = [
  'Team Availability is switched on automatically for all accounts on eligible plans. You will find it under Calendar in the main ' +
    'menu. Admins can choose which team members appear in the view from Settings, under Team.',
  'We would love to hear what you think. Reply to the in-app survey after you have used it for a week, or post your ideas in the ' +
    'community forum. We read every one.',
] as const;
const announce = ['New: Team Availability is here', 'See what’s new'] as const;
const nav = ['Product', 'Pricing', 'Customers', 'Resources', 'Blog'] as const;
const cta = ['Log in', 'Start free trial'] as const;
const cat = 'Product updates';
const author = ['Ines Marchetti', 'Product Marketing Manager'] as const;
const meta = ['April 29, 2025', '5 min read'] as const;
const toc = 'Table of contents';
const caption = 'The new Team Availability view, showing open slots for a five-person team.';
const box = ['Try Loomfield free for 14 days', 'No credit card required. Set up your booking page in minutes.'] as const;
const share = ['Share this article', 'Copy link', 'LinkedIn', 'X', 'Facebook'] as const;
const related = [
  'Related articles',
  'Five ways to reduce no-shows at your clinic',
  'Recurring bookings are here',
  'How Harbor Yoga doubled online bookings',
] as const;
const nl = ['Subscribe to our newsletter', 'Product news and tips for running a busy booking schedule, once a month.', 'Subscribe'] as const;
const wf = ['Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.'] as const;
const footCols = ['Product', 'Company', 'Resources'] as const;
const foot = ['Features', 'Integrations', 'Changelog', 'About us', 'Careers', 'Contact', 'Help center', 'Community', 'Templates'] as const;
const legal = ['Privacy policy', 'Terms of service', '© 2025 Loomfield Inc. All rights reserved.'] as const;
const cookie = [
  'By clicking “Accept”, you agree to the storing of cookies on your device to improve site navigation and analyze usage.',
  'Preferences',
  'Deny',
  'Accept',
] as const;
const html = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="6620f1a3c2b4e1d0a9f3b7c2" data-wf-site="65f0a9e8b1c3d2e4f5a6b7c8" lang="en"><head><meta charset="utf-8">
<title>${title} | Loomfield</title><meta content="${title}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65f0a9e8/css/loomfield.webflow.shared.css" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","datePublished":"2025-04-29",
"author":{"@type":"Person","name":"Ines Marchetti"}}</script>
<script src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in" defer></script></head>
<body>
<div class="announcement-bar"><div class="announcement-text">${announce[0]}</div>
<a href="/blog/team-availability" class="announcement-link">${announce[1]}</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/logo.svg" alt="Loomfield"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${nav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="nav-buttons"><a href="https://app.loomfield.example/login" class="nav-login">${cta[0]}</a>
<a href="https://app.loomfield.example/signup" class="button-primary w-button">${cta[1]}</a></div>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-blog-hero"><div class="container">
<a href="/blog-categories/product-updates" class="category-pill">${cat}</a><h1 class="heading-blog-post">${title}</h1>
<div class="author-card"><img src="https://cdn.prod.website-files.example/ines.jpg" alt="" class="author-image"><div>
<div class="author-name">${author[0]}</div><div class="author-role">${author[1]}</div></div></div>
<div class="blog-meta"><div class="blog-date">${meta[0]}</div><div class="blog-meta-divider">·</div><div class="read-time">${meta[1]}</div></div>
</div></section>
<section class="section-blog-content"><div class="container blog-grid">
<aside class="toc-sticky"><div class="toc-title">${toc}</div><div class="toc-links" fs-toc-element="table">
${[h1, h2, h3].map((t, i) => `<a href="#toc-${i}" class="toc-link">${t}</a>`).join('')}</div></aside>
<article class="blog-rich-text w-richtext" fs-toc-element="contents">
${ps(p1)}
<figure style="max-width:1600px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/ta.png"
loading="lazy" alt="Week view with open slots"></div><figcaption>${caption}</figcaption></figure>
<h2 id="toc-0">${h1}</h2>
${ps(p2)}
<ul role="list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="w-embed"><div class="blog-cta-box"><div class="blog-cta-title">${box[0]}</div><div class="blog-cta-text">${box[1]}</div>
<a href="https://app.loomfield.example/signup" class="button-primary w-button">${cta[1]}</a></div></div>
<h2 id="toc-1">${h2}</h2>
${ps(p3)}
<h2 id="toc-2">${h3}</h2>
${ps(p4)}
</article></div>
<div class="container share-row"><div class="share-title">${share[0]}</div><div class="share-links">
${share
  .slice(1)
  .map((t) => `<a href="#" class="share-link w-inline-block" aria-label="${t}"><div class="share-label">${t}</div></a>`)
  .join('')}</div></div></section>
<section class="section-related"><div class="container"><h2 class="heading-related">${related[0]}</h2><div class="w-dyn-list">
<div role="list" class="w-dyn-items">
${related
  .slice(1)
  .map(
    (t) =>
      `<div role="listitem" class="w-dyn-item"><a href="/blog/x" class="related-card w-inline-block"><div class="category-pill">Blog</div>
<h3>${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-newsletter"><div class="container"><h2>${nl[0]}</h2><p>${nl[1]}</p><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" method="get"><input class="w-input" maxlength="256" name="email" placeholder="Your email" type="email">
<input type="submit" data-wait="Please wait..." class="button-primary w-button" value="${nl[2]}"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>${wf[0]}</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Newsletter failure"><div>${wf[1]}</div></div></div></div></section></main>
<footer class="footer"><div class="container footer-grid">
<div class="footer-col"><div class="footer-heading">${footCols[0]}</div>${links(foot.slice(0, 3), 'footer-link')}</div>
<div class="footer-col"><div class="footer-heading">${footCols[1]}</div>${links(foot.slice(3, 6), 'footer-link')}</div>
<div class="footer-col"><div class="footer-heading">${footCols[2]}</div>${links(foot.slice(6), 'footer-link')}</div></div>
<div class="footer-bottom">${links(legal.slice(0, 2), 'footer-legal')}<div class="footer-copy">${legal[2]}</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_text">${cookie[0]}</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">${cookie[1]}</a><a fs-cc="deny" href="#" class="fs-cc-banner_button">${cookie[2]}</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button">${cookie[3]}</a></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f0a9e8/js/webflow.js" type="text/javascript"></script>
</body></html>`;
const saasPost: TestPage = {
  html,
  name: 'heldout191-saas-product-blog-post',
  kind: 'blog',
  title,
  headings: [h1, h2, h3],
  body: [...texts(p1), ...texts(p2), ...texts(list), ...texts(p3), ...texts(p4)],
  bylines: [author[0], ...meta],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...announce, ...nav, ...cta, cat, author[1], toc, caption, ...box, ...share, ...related, 'Blog', ...nl.slice(0, 2), ...wf, ...footCols.slice(1), ...foot,
    ...legal, ...cookie,
  ],
};

export const HELDOUT191_E: readonly TestPage[] = [saasPost, shareholderLetter];
