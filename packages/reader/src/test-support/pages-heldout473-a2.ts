import { links, ps, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout473-kit.js';

/** Held-out batch 473, file a2: a funeral home's pre-planning guide posted on a HubSpot CMS blog (cookie banner, CTA, subscribe box). */
const hTitle = 'How to Pre-Plan a Funeral: A Step-by-Step Guide';
const hLead = j(
  'Most people put off thinking about their own funeral, and it is easy to see why. But families who lose someone without a plan',
  'often tell us the hardest part of the first week was guessing: guessing what their mother would have wanted, guessing what',
  'she could afford, guessing whether she had already bought a plot. Pre-planning takes those guesses away.',
);
const hSecs: [string, string[]][] = [
  [
    'Why plan ahead?',
    [
      j(
        'A pre-plan is simply a written record of your wishes, kept on file with a funeral home and shared with the people who',
        'will carry it out. You can make one at any age, and you can change it whenever your wishes change.',
      ),
      j(
        'Planning ahead also gives you time to compare prices, ask questions and make decisions calmly rather than in the',
        'forty-eight hours after a death, when most arrangements are usually made.',
      ),
    ],
  ],
  [
    'Step 1: Decide on burial or cremation',
    [
      j(
        'This is the choice that shapes everything else. Burial means choosing a cemetery, a plot or a mausoleum space, a casket',
        'and usually an outer burial container. Cremation leaves more choices open: the remains can be buried, placed in a',
        'columbarium niche, kept at home or scattered where the law allows.',
      ),
      j(
        'If you already own a cemetery plot, write down the cemetery, the section and the lot number, and where the deed is kept.',
        'Families are often surprised to learn that a grandparent bought spaces decades ago.',
      ),
    ],
  ],
  [
    'Step 2: Choose the kind of service',
    [
      j(
        'Think about whether you want a visitation, a funeral with the body present, a memorial service later, a graveside',
        'service, or no formal service at all. Note where it should be held and who you would like to lead it.',
      ),
    ],
  ],
  [
    'Step 3: Write down your personal wishes',
    [
      'The details are what make a service feel like the person it honors. Consider writing down:',
      'favorite readings, hymns or songs',
      'the people you would like as pallbearers or speakers',
      'clothing, jewelry or keepsakes you want to be buried or cremated with',
      'a charity for memorial donations in place of flowers',
      'facts for your obituary: full name, places you lived, schooling, work, service and family',
    ],
  ],
  [
    'Step 4: Decide how to pay',
    [
      j(
        'You can record your wishes without paying anything. If you want to fund the plan, the usual options are a pre-need',
        'contract with the funeral home backed by a trust or an insurance policy, a payable-on-death bank account, or a final',
        'expense insurance policy you buy yourself.',
      ),
      j(
        'Before you sign a pre-need contract, ask what happens if you move away, whether the prices are guaranteed, and whether',
        'you can cancel and get your money back. The answers depend on your state, so ask for them in writing.',
      ),
    ],
  ],
  [
    'Step 5: Share your plan',
    [
      j(
        'A plan helps only if someone knows about it. Give a copy to your executor and to the family member most likely to',
        'make the arrangements. Do not keep the only copy in a safe deposit box, which may not be opened until after the funeral.',
      ),
    ],
  ],
  [
    'What pre-planning does not do',
    [
      j(
        'A pre-plan does not replace a will, a health care directive or a power of attorney. It also cannot bind your family',
        'in every detail. What it does is give them a clear starting point and the comfort of knowing they are doing what you asked.',
      ),
    ],
  ],
];
const hList = hSecs[3]?.[1].slice(1) ?? [];
const hBlock = ([h, paras]: [string, string[]], i: number): string =>
  i === 3 ? `<h2>${h}</h2>\n<p>${at(paras, 0)}</p>\n<ul>${hList.map((t) => `<li>${t}</li>`).join('')}</ul>` : `<h2>${h}</h2>\n${ps(paras)}`;
const hNav = ['Our Services', 'Pre-Planning', 'Obituaries', 'Resources', 'Blog', 'About'];
const hTags = ['Pre-Planning', 'Cremation', 'Family Resources'];
const hRel = ['What to Do in the First 24 Hours After a Death', 'Cremation Costs Explained', 'Writing an Obituary: A Simple Template'];
const hFoot = ['Careers', 'Privacy Policy', 'Terms of Use', 'Sitemap'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How to Pre-Plan a Funeral: A Step-by-Step Guide</title>
<meta name="description" content="Five steps to recording your funeral wishes, from burial or cremation to paying for the plan.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-22T14:00:00Z"><meta property="article:author" content="Dana Okafor">
<link rel="stylesheet" href="//7123456.fs1.hubspotusercontent-na1.net/hubfs/7123456/hub_generated/template_assets/1/5512/1718/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Dana Okafor"}}</script>
<script>var hsVars = {render_id: "3f9a1c2e", ticks: 1718034410, page_id: 118245560112, content_group_id: 118244312870, portal_id: 7123456};</script>
</head><body><div class="body-wrapper hs-content-id-118245560112 hs-blog-post hs-blog-id-118244312870">
<a href="#main-content" class="header__skip">Skip to content</a>
<div data-global-resource-path="cedarline/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/cedarline-logo.svg" alt="Cedarline Memorial Chapels" class="hs-image-widget"></a></span></div>
<div class="header__menu"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul>
</nav></div><div class="header__search"><form action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
<a class="button header__cta" href="/pre-planning/consultation">Call 24/7: (503) 555-0199</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/dana-okafor" rel="author">Dana Okafor</a>
<time datetime="2026-09-22 14:00:00" class="blog-post__timestamp">Sep 22, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${hLead}</p>
<!--more--><p><img src="/hs-fs/hubfs/blog/preplanning-notebook.jpg?width=760&amp;name=preplanning-notebook.jpg" alt="Notebook and pen on a table"
width="760"></p>
${hSecs.map(hBlock).join('\n')}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-156781"><a href="/cs/c/?cta_guid=8a2d" class="hs-cta-wrapper">
<span class="hs-cta-node">Download the Free Pre-Planning Workbook</span></a></div></span></div>
<div class="blog-post__tags"><svg aria-hidden="true" class="blog-post__tags-icon"></svg>${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}"
rel="tag">${t}</a>`,
  )
  .join('\n')}</div></article>
<div class="blog-comments"><div class="blog-subscribe"><h3>Subscribe to the Cedarline blog</h3><form class="hs-form"><label for="email-5512">Email<span
class="hs-form-required">*</span></label><input id="email-5512" type="email" name="email"><input type="submit" value="Subscribe" class="hs-button primary">
</form></div></div>
<section class="blog-related-posts"><h2>Related posts</h2>${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title">
<a href="/blog/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</a></h3></div>`,
  )
  .join('\n')}</section>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Cedarline Memorial Chapels · 2290 Alder Road · Portland, OR 97299</p>
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2026 Cedarline Memorial Chapels</p></div></footer>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script id="hs-script-loader" async defer src="//js.hs-scripts.com/7123456.js"></script></div></body></html>`;
const hubspot: TestPage = {
  name: 'heldout473-hubspot-preplanning-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: [hLead, ...hSecs.flatMap(([, p]) => p)],
  bylines: ['Dana Okafor', 'Sep 22, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Our Services', 'Obituaries', 'Resources', 'Blog', 'Search', 'Call 24/7: (503) 555-0199',
    'Download the Free Pre-Planning Workbook', 'Family Resources', 'Subscribe to the Cedarline blog', 'Email', 'Related posts', ...hRel,
    'Cedarline Memorial Chapels · 2290 Alder Road · Portland, OR 97299', ...hFoot, '© 2026 Cedarline Memorial Chapels',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT473_A2: readonly TestPage[] = [hubspot];
