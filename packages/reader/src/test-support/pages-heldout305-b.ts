import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout305-kit.js';

/**
 * Held-out batch 305, file b: an HR software company's blog on HubSpot CMS (hs_cos_wrapper modules, the blog-post__meta with
 * author, date and reading time, a featured image with its caption, a CTA module, tag list, an author bio box, related posts,
 * a blog subscription form, the HubSpot cookie banner and footer).
 */
const title = 'Stay Interviews: The Cheapest Retention Tool You Are Not Using';
const intro = [
  j(
    'Most companies learn why people leave only once they have already gone. Exit interviews are useful, but by then the resignation',
    'letter is signed and the knowledge is walking out of the door. A stay interview asks the same questions while there is still',
    'time to act on the answers.',
  ),
  j(
    'At Perchly we have run stay interviews with our own team for three years, and dozens of our customers now use them alongside',
    'their engagement surveys. Here is what we have learned about doing them well.',
  ),
];
const h1 = 'What is a stay interview?';
const p1 = [
  j(
    'A stay interview is a structured, one-to-one conversation between a manager and a member of their team about what keeps that',
    'person in their job and what might tempt them away. It is not a performance review, and it should never be tied to pay decisions.',
  ),
];
const h2 = 'Five questions that work';
const qs = [
  'What do you look forward to when you start work on a Monday?',
  'What is the last thing that made you think about leaving?',
  'Which of your skills are we not using?',
  'What would you change about your role if you could?',
  'What can I do more, or less, of as your manager?',
];
const h3 = 'Running the conversation';
const p3 = [
  j(
    'Schedule thirty minutes and tell the employee in advance what the meeting is for, so it does not feel like an ambush. Managers',
    'should listen far more than they talk; a good rule of thumb is to speak for no more than a fifth of the time.',
  ),
  j(
    'Take notes, and end by agreeing one or two concrete actions. The fastest way to make stay interviews worthless is to ask',
    'thoughtful questions and then do nothing with the answers.',
  ),
];
const quote = j(
  '“The first round felt awkward. By the second, people were bringing their own lists. Our regretted attrition halved within a',
  'year.” — Head of People at a 300-person logistics firm',
);
const h4 = 'Turning answers into action';
const p4 = [
  j(
    'Individual answers belong to the manager and the employee. Patterns belong to HR. If several people in one team say their',
    'skills are going unused, that is a signal about how work is allocated, not a string of personal complaints.',
  ),
  j(
    'We recommend tagging themes after each conversation, for example career growth, workload, recognition and flexibility, and',
    'reviewing them each quarter alongside your turnover data. Over time you will see which themes come before resignations in your',
    'organisation, and you can act on them earlier.',
  ),
];
const nav = ['Product', 'Pricing', 'Case Studies', 'Resources', 'Blog'];
const tags = ['Employee Retention', 'Management', 'People Analytics'];
const related = [
  'How to Build a 90-Day Onboarding Plan That Sticks',
  'Engagement Surveys: How Often Is Too Often?',
  'A Manager’s Guide to Difficult Feedback Conversations',
];
const foot = ['Security', 'Privacy Policy', 'Terms of Service', 'Status', 'Careers'];
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stay Interviews: The Cheapest Retention Tool You Are Not Using</title>
<meta name="description" content="Stay interviews ask employees why they stay before they decide to leave. Questions, tips and how to act on answers.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:title" content="Stay Interviews: The Cheapest Retention Tool You Are Not Using"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="https://www.perchly.example/hubfs/hub_generated/template_assets/1/101/blog-post.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Stay Interviews","author":{"@type":"Person",
"name":"Maren Holt"},"datePublished":"2026-08-19"}</script>
<script>var hsVars = {render_id: "6c0a2f", ticks: 1786000000, page_id: 88102231, content_group_id: 4401, portal_id: 2299103, app_hs_base_url:
"https://app.hubspot.com", language: "en"};</script></head>
<body><div class="body-wrapper hs-content-id-88102231 hs-blog-post hs-blog-id-4401">
<div data-global-resource-path="perchly-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/perchly-logo.svg" alt="Perchly"></a></div>
<nav class="navigation-primary" aria-label="Main menu"><ul class="submenu level-1">${links(nav, 'menu-item hs-menu-depth-1')}</ul></nav>
<a class="button header__cta" href="/demo">Get a demo</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${title}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/maren-holt" class="blog-post__author">Maren Holt</a>
<time datetime="2026-08-19 09:00:00" class="blog-post__timestamp">August 19, 2026</time><span class="blog-post__read-time">7 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<figure><img src="/hubfs/blog/stay-interviews.jpg" alt="Two colleagues talking at a table" width="1200" loading="lazy">
<figcaption>A stay interview works best somewhere informal. Photo: Perchly</figcaption></figure>
${ps(intro)}
<!--more-->
<h2>${h1}</h2>
${ps(p1)}
<h2>${h2}</h2><ol>
${lis(qs)}</ol>
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-140733"><div class="hs-cta-wrapper"><p>Free template: download our stay
interview guide with 20 questions and a note-taking sheet.</p><a class="cta_button" href="/cta/redirect/2299103/140733">Download the guide</a></div></div>
<h2>${h3}</h2>
${ps(p3)}
<blockquote><p>${quote}</p></blockquote>
<h2>${h4}</h2>
${ps(p4)}
</span></div>
<div class="blog-post__tags"><svg class="icon-tag"></svg>${tags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t}">${t}</a>`).join(', ')}</div>
<div class="blog-post__share"><span>Share this post</span><a class="hs-blog-social-share-item" href="#">LinkedIn</a>
<a class="hs-blog-social-share-item" href="#">X</a><a class="hs-blog-social-share-item" href="#">Email</a></div>
<div class="blog-author"><img class="blog-author__image" src="/hubfs/people/maren.jpg" alt="Maren Holt"><div class="blog-author__details">
<h3 class="blog-author__name">Maren Holt</h3><p class="blog-author__bio">Maren leads people operations at Perchly and writes about
managers, feedback and retention.</p></div></div></article>
<section class="blog-related-posts"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${related.map((r) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__post-title"><a href="#">${r}</a></h3></article>`).join('\n')}
</div></section>
<div class="blog-subscribe"><div id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 class="form-title">Subscribe to the Perchly blog</h3><form class="hs-form"><label>Email<span class="hs-form-required">*</span></label>
<input type="email" name="email"><input type="submit" value="Subscribe" class="hs-button primary large"></form></div></div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer__links">${links(foot)}</ul>
<p class="footer__copyright">© 2026 Perchly Ltd. Made in Leeds.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores
cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/2299103.js"></script></body></html>`;
const page: TestPage = {
  name: 'heldout305-hubspot-hr-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...intro, ...p1, ...qs, ...p3, quote, ...p4]),
  bylines: ['Maren Holt', 'August 19, 2026', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nav, 'Get a demo', 'A stay interview works best somewhere informal. Photo: Perchly',
    'Free template: download our stay interview guide with 20 questions and a note-taking sheet.', 'Download the guide', ...tags,
    'Share this post', 'LinkedIn', 'Email', 'Maren leads people operations at Perchly and writes about managers, feedback and retention.',
    'Related posts', ...related, 'Subscribe to the Perchly blog', ...foot, '© 2026 Perchly Ltd. Made in Leeds.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT305_B: readonly TestPage[] = [page];
