import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout550-kit.js';

/** Held-out batch 550, file c2: a kitchen studio's long planning checklist on HubSpot CMS (blog post template, cookie banner, CTA, subscribe form). */
const kTitle = 'The kitchen planning checklist: ten decisions to make before your design appointment';
const kIntro = [
  j(
    'A first design appointment goes twice as far when you arrive with a few decisions already made. Our designers can draw almost',
    'anything, but they cannot guess how you cook, who else uses the room or what you are prepared to give up. These are the ten',
    'questions we ask most often, grouped so you can talk them through at home first.',
  ),
];
const kGroups: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'How you use the room',
    [
      [
        '1. Who cooks, and how often?',
        j(
          'A household where one person cooks every night needs a different layout from one where three people make their own lunch.',
          'If two of you cook together, plan two prep zones with a clear run of worktop each, even if that means a smaller island.',
        ),
      ],
      [
        '2. Where do you eat?',
        j(
          'Decide whether you want a table in the kitchen, stools at an island or peninsula, or neither. A table for four needs a',
          'space of about 2.4 by 2.4 metres once you allow room to pull chairs out, which is more than most people expect.',
        ),
      ],
      [
        '3. What else happens in here?',
        j(
          'Homework, laundry, a dog bed, a desk for paperwork: write down everything the room has to hold that is not cooking. Each',
          'one either needs a cupboard, a stretch of worktop or a bit of floor, and it is far cheaper to plan them now than to find',
          'room for them later.',
        ),
      ],
    ],
  ],
  [
    'Layout and structure',
    [
      [
        '4. Can the sink move?',
        j(
          'Moving a sink is usually straightforward if the waste can run along an outside wall. Moving it into an island means',
          'lifting floorboards or breaking up a concrete floor, and a pump if the fall is too shallow. Ask your fitter to look before',
          'you fall in love with an island sink.',
        ),
      ],
      [
        '5. Are any walls coming down?',
        j(
          'If you are thinking of knocking through, get a structural engineer round before the design appointment. A steel beam',
          'changes where the ceiling lights can go and sometimes where the wall units can hang, and building control will want',
          'drawings before anyone starts.',
        ),
      ],
      [
        '6. Gas or induction?',
        j(
          'Switching from gas to induction usually needs a new 32 amp circuit from the consumer unit. It is a half-day job for an',
          'electrician if the run is short, but it needs to be in the plan and the quote from the start.',
        ),
      ],
    ],
  ],
  [
    'Money and finishes',
    [
      [
        '7. What is the real budget?',
        j(
          'Give your designer a figure that includes fitting, appliances, worktops and any building work, plus ten per cent for the',
          'things nobody can see until the old kitchen is out. A plan drawn to the real number saves a second round of cuts.',
        ),
      ],
      [
        '8. Which appliances are you keeping?',
        j(
          'Measure anything you want to reuse, including the height of a freestanding fridge freezer and the depth of the door',
          'handles. Built-in appliances are sized to standard housings, but older freestanding models often are not.',
        ),
      ],
      [
        '9. Painted, wood or laminate?',
        j(
          'Bring photos of doors you like and doors you do not. Painted in-frame doors cost the most and take the longest; slab doors',
          'in a laminate or lacquer are quicker to make and easier to wipe. Neither is better, but the choice changes the price more',
          'than almost anything else.',
        ),
      ],
      [
        '10. How long can you live without a kitchen?',
        j(
          'A straightforward replacement takes five to eight working days to fit, plus two weeks for stone worktops to be templated',
          'and made. If there is building work, allow four to six weeks in total and plan a temporary kitchen with a microwave, a',
          'kettle and the old fridge in another room.',
        ),
      ],
    ],
  ],
];
const kOutro = j(
  'You do not need an answer to every question. Even a note that says “not sure, show us both” helps. Print the list, scribble on',
  'it and bring it along, together with a rough sketch of the room and its measurements.',
);
const kHeads = kGroups.flatMap(([h, items]) => [h, ...items.map(([q]) => q)]);
const kParas = kGroups.flatMap(([, items]) => items.map(([, p]) => p));
const kRelated = ['Islands, peninsulas and the 1 metre rule', 'What happens on fitting day', 'Quartz or sintered stone? A plain comparison'];
const kNav = ['Kitchens', 'Our studio', 'Projects', 'Journal', 'Book a consultation'];
const kCta = `<span class="hs-cta-wrapper" id="hs-cta-wrapper-4b1d2e9a"><span class="hs-cta-node hs-cta-4b1d2e9a" id="hs-cta-4b1d2e9a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/1412019/4b1d2e9a" class="cta_button"
cta_dest_link="https://www.corbelkitchens.co.uk/checklist">Download the printable
checklist (PDF)</a></span></span>`;
const kWrap = (id: string, type: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_${type}" style="" data-hs-cos-general-type="${type.split('_')[0]}"
data-hs-cos-type="${type}">${inner}</div>`;
const kHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8">
<title>${kTitle}</title><link rel="shortcut icon" href="https://www.corbelkitchens.co.uk/hubfs/favicon.png">
<meta name="description" content="Ten decisions that make your first kitchen design appointment count: layout, sink, walls, budget, appliances and more.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="Ten decisions that make your first kitchen design appointment count."><meta property="og:title" content="${kTitle}">
<meta name="twitter:card" content="summary_large_image"><link rel="amphtml"
href="https://www.corbelkitchens.co.uk/journal/kitchen-planning-checklist?hs_amp=true">
<meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml" href="https://www.corbelkitchens.co.uk/journal/rss.xml">
<meta name="generator" content="HubSpot"><link rel="stylesheet"
href="https://www.corbelkitchens.co.uk/hubfs/hub_generated/template_assets/1/corbel-main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}","author":{"@type":"Person",
"name":"Nadia Ferrow"}}</script>
</head><body><div class="body-wrapper   hs-content-id-158203346571 hs-blog-post hs-blog-id-1412019820"><div
data-global-resource-path="corbel/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper">
<div class="header__logo">${kWrap(
  'site_logo',
  'widget_type_logo',
  `<a href="/" id="hs-link-site_logo"><img
src="https://www.corbelkitchens.co.uk/hubfs/corbel-logo.svg" alt="Corbel Kitchen Studio"></a>`,
)}</div>
<nav class="header__menu" aria-label="Main menu">${kWrap(
  'navigation-primary',
  'module',
  `<ul
class="menu__wrapper no-list">${links(kNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>`,
)}</nav>
<div class="header__search">${kWrap(
  'site_search',
  'module',
  `<form class="hs-search-field__form" action="/hs-search-results"><label
class="hs-search-field__label show-for-sr" for="site-search-input">Search</label><input type="text" id="site-search-input" class="hs-search-field__input"
name="term" placeholder="Search"></form>`,
)}</div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${kTitle}</span></h1><div class="blog-post__meta"><a href="/journal/author/nadia-ferrow" rel="author">Written by Nadia Ferrow</a>
<time datetime="2026-02-18 10:00:00" class="blog-post__timestamp">Feb 18, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">${ps(kIntro)}
<!--more-->
${kGroups
  .map(
    ([h, items]) => `<h2>${h}</h2>\n${items.map(([q, p]) => `<h3>${q}</h3>\n<p>${p}</p>`).join('\n')}${h === 'Layout and structure' ? `\n<p>${kCta}</p>` : ''}`,
  )
  .join('\n')}
<p>${kOutro}</p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer"><path
d="M0 252.1V48C0"/></g></svg>
<a class="blog-post__tag-link" href="/journal/tag/kitchen-planning" rel="tag">Kitchen planning</a>,<a class="blog-post__tag-link" href="/journal/tag/design"
rel="tag">Design</a></div>
</article>
<section class="blog-subscribe"><h3>Subscribe to the Corbel journal</h3><p>A new kitchen idea in your inbox every fortnight.</p>
${kWrap(
  'blog_subscription',
  'widget_type_blog_subscribe',
  `<div id="hs_form_target_blog_subscription"><form novalidate accept-charset="UTF-8"
action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/1412019/7c1e" class="hs-form stacked hs-custom-form">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7c1e" class="">Email<span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7c1e" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div>`,
)}</section>
<section class="blog-related-posts"><h2>You might also like</h2><div class="blog-related-posts__list">${kRelated
  .map((t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/journal/${t.length}"><h3>${t}</h3></a></div>`)
  .join('\n')}</div></section>
</div></div></main>
<div data-global-resource-path="corbel/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Corbel Kitchen Studio, 5 Tanner’s Yard, Brookhithe BH2 6LA · 01632 960255</p><p>© 2026 Corbel Kitchen Studio. All rights
reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-type="OPT_IN"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalised services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/1412019.js"></script>
</body></html>`;
const hubspotChecklist: TestPage = {
  name: 'heldout550-hubspot-planning-checklist',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kIntro, ...kParas, kOutro]),
  bylines: ['Written by Nadia Ferrow', 'Feb 18, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Search', 'Download the printable checklist (PDF)',
    'Subscribe to the Corbel journal', 'A new kitchen idea in your inbox every fortnight.', 'Email*', 'You might also like', ...kRelated,
    'Corbel Kitchen Studio, 5 Tanner’s Yard, Brookhithe BH2 6LA · 01632 960255', '© 2026 Corbel Kitchen Studio. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT550_C2: readonly TestPage[] = [hubspotChecklist];
