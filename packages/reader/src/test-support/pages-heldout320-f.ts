import { links, ps, type TestPage, texts } from './page-kit.js';
import { workday } from './pages-heldout320-f2.js';
import { j, lis } from './pages-heldout320-kit.js';

/**
 * Held-out batch 320, file f: an admissions blog post on HubSpot CMS (the global header partial, hs_cos_wrapper spans
 * around the title and post body, the blog post meta with author and timestamp, topic tags, the HubSpot subscribe form, the
 * "Recent posts" listing, the blog comments module with two comments, the footer partial and the hs-eu cookie banner) and,
 * from file f2, an academic job advertisement on Workday.
 */
const hTitle = 'What Happens to Your Application After You Click Submit';
const hIntro = [
  j(
    'Every year, the week after our January deadline, our inbox fills with the same question: what happens now? It is a fair',
    'thing to wonder. You have spent months on your essays and it can feel as if your application disappears into a black box.',
    'So here is a look inside the box, step by step.',
  ),
];
const hS1 = [
  j(
    'First, your application is matched with everything that arrives separately: your school report, your teacher',
    'recommendations, and test scores if you chose to send them. This takes two to three weeks. If anything is missing, you will see',
    'it on your applicant portal, and we will email you as well.',
  ),
  'Things that commonly go missing, and are easy to fix:',
];
const hMissing = [
  'A counselor recommendation submitted under a different email address than the one on your application.',
  'Transcripts from a school you attended for only one year.',
  'A fee waiver request that was started but not submitted.',
];
const hS2 = [
  j(
    'Once your file is complete, it is read in full by at least two admissions counselors. The first reader is usually the',
    'counselor for your region, who knows your school and its courses. We read for context: what opportunities you had and what',
    'you did with them. A student who took the hardest classes their school offered stands out, even if that school offered only two.',
  ),
  j(
    'Each reader writes a short summary and a recommendation. If the two readers agree, the file moves on. If they do not, a',
    'third reader, often a senior member of the team, reads it as well.',
  ),
];
const hS3 = [
  j(
    'In March, the whole team meets in committee. We go through files region by region and talk about every student whose',
    'file has been recommended, and many of those on the margins. These conversations are long and, honestly, they are the best',
    'part of the job. It is where someone says, "You have to hear about this applicant," and the room listens.',
  ),
];
const hS4 = [
  j(
    'Decisions are released online in late March. You will get an email telling you to check your portal; the decision is not in',
    'the email itself. Whatever the outcome, please be kind to yourself that evening. A decision reflects one year at one college,',
    'not your worth.',
  ),
  j(
    'If you have questions at any point, your regional counselor is listed on the portal and is happy to hear from you. We would',
    'much rather answer a question than have you worry about it.',
  ),
];
const hNav = ['Visit', 'Apply', 'Cost & Aid', 'Academics', 'Student Life', 'Blog'];
const hTags = ['Applying', 'First-Year Admission', 'Inside Admissions'];
const hRecent = ['How to Make the Most of a Campus Tour', 'Writing About a Challenge Without Oversharing', 'Financial Aid Terms, Explained'];
const hFoot = ['Office of Admission', 'Pellerin Hall, 12 College Street', 'admission@ashgrove.example.edu', 'Privacy', 'Non-Discrimination'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="A look inside the admissions office, step by step, from a complete file to decision day.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<link rel="canonical" href="https://admission.ashgrove.example.edu/blog/what-happens-after-you-submit">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Corinne Abalos"},"datePublished":"2026-01-20T14:00:00Z"}</script>
<link rel="stylesheet" href="//admission.ashgrove.example.edu/hs-fs/hub/4471123/hub_generated/template_assets/1/main.min.css">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script></head>
<body><div class="body-wrapper hs-content-id-18833125570 hs-blog-post hs-blog-id-9120231">
<div data-global-resource-path="ashgrove-admissions/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">
Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/ashgrove-logo.svg" alt="Ashgrove College Admission"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/corinne-abalos" class="blog-post__author">Corinne Abalos</a>
<time datetime="2026-01-20 14:00:00" class="blog-post__timestamp">Jan 20, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hIntro)}
<!--more-->
<h2>Step 1: We put your file together</h2>
${ps(hS1)}
<ul>
${lis(hMissing)}
</ul>
<h2>Step 2: Two readers, at least</h2>
${ps(hS2)}
<h2>Step 3: Committee</h2>
${ps(hS3)}
<h2>Step 4: Decision day</h2>
${ps(hS4)}
</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join('\n')}</div></article>
<section class="blog-subscribe"><h3>Subscribe to the Ashgrove Admission blog</h3><div class="hbspt-form"><form class="hs-form stacked hs-custom-form">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-9120231">
<span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-9120231" name="email" required type="email" class="hs-input"></div><div class="hs_submit hs-submit">
<input type="submit" class="hs-button primary large"
value="Subscribe"></div></form></div></section>
<section class="blog-comments">
<div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"><h3 class="comments-count">2 Comments</h3>
<div class="comment depth-0"><p class="comment-from">Marisol T. <span class="comment-date">January 21, 2026</span></p><div class="comment-body">
<p>This is so helpful. Does a missing document delay the first reading, or do you start without it?</p></div></div>
<div class="comment depth-1"><p class="comment-from">Corinne Abalos <span class="comment-date">January 21, 2026</span></p><div class="comment-body">
<p>Good question! We wait until the file is complete, so it is worth checking your portal this week.</p></div></div></div></div></span></div></section>
<aside class="blog-recent"><h3>Recent posts</h3><ul>${links(hRecent)}</ul></aside></div></div></main>
<div data-global-resource-path="ashgrove-admissions/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__list no-list">${lis(hFoot)}</ul><p class="footer__copyright">© 2026 Ashgrove College</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button"
role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script async defer id="hs-script-loader" src="//js.hs-scripts.example.com/4471123.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout320-hubspot-admissions-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Step 1: We put your file together', 'Step 2: Two readers, at least', 'Step 3: Committee', 'Step 4: Decision day'],
  body: texts([...hIntro, ...hS1, ...hMissing, ...hS2, ...hS3, ...hS4]),
  bylines: ['Corinne Abalos', 'Jan 20, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, ...hTags, 'Subscribe to the Ashgrove Admission blog', 'Email', '2 Comments', 'Marisol T.',
    'January 21, 2026', 'This is so helpful. Does a missing document delay the first reading, or do you start without it?',
    'Good question! We wait until the file is complete, so it is worth checking your portal this week.', 'Recent posts', ...hRecent, ...hFoot,
    '© 2026 Ashgrove College', 'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT320_F: readonly TestPage[] = [hubspot, workday];
