import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout532-kit.js';

/**
 * Held-out batch 532, file c2: a marketing agency's long blog post on HubSpot CMS (CTA images in the body, subscribe form, tags, related posts, cookie banner).
 */
const hTitle = 'The B2B content audit: a twelve-step checklist';
const hIntro = [
  j(
    'Most B2B blogs we inherit have the same shape: a few hundred posts, a handful that bring in nearly all of the traffic, and a',
    'long tail that nobody has looked at since it was published. The team keeps writing new posts because that is what the plan',
    'says, while older pages that once ranked slowly slide down the results.',
  ),
  j(
    'A content audit fixes that. It is not glamorous, and the first one takes a few days, but it almost always finds more growth than',
    'the next ten new posts would. This is the checklist we use with clients, in the order we use it.',
  ),
];
const hParts: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Part one: take stock',
    [
      [
        '1. Export every URL',
        j(
          'Start with a full crawl of the site and a list of every page that has had at least one visit in the last twelve months.',
          'Merge the two. You will find pages the crawl missed because nothing links to them, and pages in the crawl that no one visits.',
        ),
      ],
      [
        '2. Add the numbers that matter',
        j(
          'For each URL, add sessions, conversions (demo requests, downloads, sign-ups), backlinks and the main query it ranks for. Keep',
          'it to these columns. Teams that add twenty metrics never finish the audit.',
        ),
      ],
      [
        '3. Tag each page by stage',
        j(
          'Mark every page as early (problem aware), middle (comparing options) or late (ready to talk to sales). Most blogs are heavy on',
          'early-stage posts and have almost nothing for buyers who are about to choose.',
        ),
      ],
      [
        '4. Note the owner and the date',
        j(
          'Record who wrote or last updated each page, and when. Content without an owner does not get updated, so the owner column',
          'matters more than it looks.',
        ),
      ],
    ],
  ],
  [
    'Part two: judge the quality',
    [
      [
        '5. Check accuracy first',
        j(
          'Read the top 50 pages by traffic and flag anything that is out of date: prices, product names, screenshots, statistics',
          'older than two years. In regulated industries, this step alone can justify the audit.',
        ),
      ],
      [
        '6. Look for overlap',
        j(
          'Group pages that target the same query. Two or three posts competing for one phrase usually means none of them ranks',
          'well. These are your best candidates for merging.',
        ),
      ],
      [
        '7. Score the intent match',
        j(
          'Search the main query of each page yourself and look at what ranks. If the results are checklists and your page is an',
          'opinion piece, the format is the problem, not the writing.',
        ),
      ],
      [
        '8. Review the calls to action',
        j(
          'Every page should offer one sensible next step for a reader at that stage. An early-stage post that only says “book a',
          'demo” loses the many readers who are not ready yet.',
        ),
      ],
    ],
  ],
  [
    'Part three: decide and act',
    [
      [
        '9. Keep, update, merge or remove',
        j(
          'Give every URL one of four verdicts. Keep pages that perform and are accurate. Update pages with good rankings but stale',
          'content. Merge overlapping pages into the strongest one. Remove pages with no traffic, no links and no purpose.',
        ),
      ],
      [
        '10. Redirect with care',
        j(
          'Every removed or merged page needs a 301 redirect to the closest relevant page, not to the home page. Check that internal',
          'links are updated too, so you are not sending visitors through redirect chains.',
        ),
      ],
      [
        '11. Schedule the updates',
        j(
          'Put the update list into the editorial calendar alongside new posts, with the same deadlines and the same owner. A',
          'sensible split for most teams is one update for every two new pieces.',
        ),
      ],
      [
        '12. Measure after 90 days',
        j(
          'Compare traffic and conversions for updated and merged pages against the same 90 days before the change. Share the',
          'results with the whole team. Nothing builds support for the next audit like a page that doubled its leads.',
        ),
      ],
    ],
  ],
];
const hEnd = [
  j(
    'In our experience, a first audit on a B2B site of 200 to 500 pages removes or merges about a third of them. That sounds',
    'drastic, but the pages that go were rarely read, and the site that is left is easier to keep accurate.',
  ),
  j(
    'The second audit, a year later, takes a fraction of the time, because the spreadsheet already exists and every page has an',
    'owner. From then on, most teams run a light version every quarter on their top 50 pages only.',
  ),
  'Common mistakes we see:',
];
const hMistakes = [
  'Auditing only the blog and forgetting product, case study and resource pages.',
  'Deleting pages with backlinks instead of redirecting them.',
  'Treating the audit as a one-off project rather than a habit.',
  'Updating the date on a post without updating the content.',
];
const hNav = ['Services', 'Industries', 'Case studies', 'Blog', 'About', 'Contact'];
const hTags = ['Content strategy', 'SEO', 'B2B marketing'];
const hRelated = [
  'How to brief a freelance writer for technical B2B topics',
  'Pillar pages are back: what changed in 2026',
  'Ten metrics your CMO actually reads',
];
const hFoot = ['Privacy policy', 'Terms', 'Accessibility', 'Sitemap'];
const hSteps = (): string =>
  hParts.map(([h, steps]) => `<h2>${h}</h2>\n${steps.map(([s, p]) => `<h3>${s}</h3>\n<p>${p}</p>`).join('\n')}`).join('\n<!--more-->\n');
const hCta = `<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4b1f2a7e-9c3d-4e51-8a06-2d7f1e0c9b44">
<span class="hs-cta-node hs-cta-4b1f2a7e-9c3d-4e51-8a06-2d7f1e0c9b44" id="hs-cta-4b1f2a7e-9c3d-4e51-8a06-2d7f1e0c9b44"><a
href="https://cta-redirect.hubspot.com/cta/redirect/2194706/4b1f2a7e-9c3d-4e51-8a06-2d7f1e0c9b44">
<img class="hs-cta-img" id="hs-cta-img-4b1f2a7e" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/2194706/4b1f2a7e-9c3d-4e51-8a06-2d7f1e0c9b44.png" alt="Download our content audit spreadsheet template"></a>
</span>
<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script>
<script type="text/javascript">hbspt.cta.load(2194706, '4b1f2a7e-9c3d-4e51-8a06-2d7f1e0c9b44',
{"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></p>`;
const hHtml = `<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>The B2B Content Audit: A 12-Step Checklist [2026]</title>
<link rel="shortcut icon" href="https://www.copperline.co.uk/hubfs/favicon.png"><meta name="description" content="A practical, step-by-step content audit
for B2B marketing teams."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.copperline.co.uk/blog/b2b-content-audit-checklist">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Hattie Orme"}}</script>
<link rel="stylesheet" href="https://www.copperline.co.uk/hubfs/hub_generated/template_assets/1/64910228391/1741103357881/template_main.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-158811293716 hs-blog-post hs-blog-id-64910771834">
<div data-global-resource-path="@marketplace/Copperline/theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/"
id="hs-link-site_logo"><img src="https://www.copperline.co.uk/hubfs/copperline-logo.svg" alt="Copperline Marketing" width="170" height="38"></a></span></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="site-search-input">Search</label><input type="text" id="site-search-input" class="hs-search-field__input" name="q" placeholder="Search"></form></div>
<div class="header__button"><a class="button" href="/contact">Talk to us</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.copperline.co.uk/blog/author/hattie-orme" rel="author">Hattie Orme</a>
<time datetime="2026-02-17 09:00:00" class="blog-post__timestamp">17 February 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<!--more-->${hCta}
${hSteps()}
<h2>What to expect</h2>${ps(hEnd)}<ul>${hMistakes.map((t) => `<li>${t}</li>`).join('')}</ul>${hCta}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer">
<path d="M497.9 225.9"/>
</g></svg>${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.copperline.co.uk/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(', ')}</div>
<div class="blog-post__social"><span>Share this article</span>
<a href="https://www.linkedin.com/shareArticle?mini=true" aria-label="Share on LinkedIn">LinkedIn</a>
<a href="https://twitter.com/intent/tweet" aria-label="Share on X">X</a><a href="mailto:?subject=${hTitle}" aria-label="Share by email">Email</a></div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map(
    (t) => `<article class="blog-related-posts__post">
<a class="blog-related-posts__image-link" href="#"><img class="blog-related-posts__image" src="/hubfs/related.jpg" alt="" loading="lazy"></a>
<div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="#">${t}</a></h3></div></article>`,
  )
  .join('')}</div></section>
<div class="blog-subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe"
data-hs-cos-general-type="widget" data-hs-cos-type="blog_subscribe">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Get new posts by
email</h3><div id="hs_form_target_blog_subscribe_7301"><form novalidate accept-charset="UTF-8" method="POST"
action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/2194706/0a1b2c3d" class="hs-form stacked hs-custom-form">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email-0a1b2c3d" for="email-0a1b2c3d"><span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-0a1b2c3d"
name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_blog_default_64910771834_subscription hs-blog_default_64910771834_subscription hs-fieldtype-radio field hs-form-field"><label>
<span>Notify me</span></label>
<ul class="inputs-list" role="radiogroup"><li class="hs-form-radio"><label class="hs-form-radio-display"><input type="radio" class="hs-input" value="instant">
<span>Instantly</span></label></li><li class="hs-form-radio"><label class="hs-form-radio-display"><input type="radio" class="hs-input" value="weekly">
<span>Weekly</span>
</label></li></ul></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div>
</div></form>
</div></span></div></div></div></main>
<div data-global-resource-path="@marketplace/Copperline/theme/templates/partials/footer.html"><footer class="footer">
<div class="footer__container content-wrapper">
<p class="footer__address">Copperline Marketing Ltd · 3 Foundry Street, Aldersey AL4 7RT</p><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Copperline Marketing Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="BASIC">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2194706.js"></script></body></html>`;
const hubspotPost: TestPage = {
  name: 'heldout532-hubspot-agency-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hParts.flatMap(([h, steps]) => [h, ...steps.map(([s]) => s)]), 'What to expect'],
  body: texts([...hIntro, ...hParts.flatMap(([, steps]) => steps.map(([, p]) => p)), ...hEnd, ...hMistakes]),
  bylines: ['Hattie Orme', '17 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => !['Industries', 'Blog', 'About'].includes(t)), 'Talk to us', ...hTags, 'Share this article', 'LinkedIn', 'X',
    'Email', 'Related posts', ...hRelated,
    'Get new posts by email', 'Notify me', 'Instantly', 'Weekly', 'Copperline Marketing Ltd · 3 Foundry Street, Aldersey AL4 7RT', ...hFoot,
    '© 2026 Copperline Marketing Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT532_C2: readonly TestPage[] = [hubspotPost];
